"""The quick check at start left for after the window is shown, and run later in full."""
import json
import multiprocessing
import socket

from samvirke_desktop.db import backup, connection, sharing
from samvirke_desktop.db.models import Resident, Site


def _filled(db_path):
    """A database with enough rows that damage lands in data pages, and a backup of it."""
    opened = connection.open_database(db_path)
    site = Site.create(name="Kvartal 5")
    Resident.insert_many([{"first_name": f"Barn {i}", "notes": "x" * 200, "site": site.id}
                          for i in range(400)]).execute()
    copy = backup.take_backup(opened.database.connection(), db_path)
    connection.close_database()
    return copy


def _damage(db_path):
    import sqlite3

    con = sqlite3.connect(db_path)
    last_root = con.execute("SELECT max(rootpage) FROM sqlite_master").fetchone()[0]
    con.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for number in range(last_root + 1, len(data) // page - 1):
        data[number * page:number * page + 200] = b"\xff" * 200
    db_path.write_bytes(bytes(data))


def _cut_off_session(db_path):
    process = multiprocessing.get_context("spawn").Process(target=int)
    process.start()
    process.join()
    sharing.marker_path(db_path).write_text(json.dumps({
        "host": socket.gethostname(), "pid": process.pid, "user": "anna",
        "at": "2026-06-05T14:30:00", "version": "0.1.0"}))


def test_after_a_clean_exit_the_quick_check_is_left_for_later(database, db_path):
    connection.close_database()
    report = sharing.startup_check(db_path, quick_check_later=True)
    assert report.pending and report.check == "quick_check"
    assert report.ok and not report.open_read_only and report.seconds == 0.0

    done = sharing.run_pending_check(report)
    assert not done.pending and done.ok and done.check == "quick_check"
    assert done.seconds > 0
    assert report.pending  # the pending report itself is left as it was


def test_after_a_cut_off_session_the_integrity_check_runs_at_once(database, db_path):
    connection.close_database()
    _cut_off_session(db_path)
    report = sharing.startup_check(db_path, quick_check_later=True)
    assert not report.pending
    assert report.check == "integrity_check" and report.unclean_exit and report.ok


def test_the_later_check_finds_damage_and_tells_the_way_back(db_path):
    copy = _filled(db_path)
    _damage(db_path)
    report = sharing.startup_check(db_path, quick_check_later=True)
    assert report.pending and report.ok  # nothing is known yet

    done = sharing.run_pending_check(report)
    assert not done.ok and done.open_read_only and done.problems
    assert "skadet" in done.message and "bare for lesing" in done.message
    assert str(copy) in done.message and done.backups[0].path == copy


def test_open_team_database_opens_at_once_and_says_the_check_is_pending(db_path):
    _filled(db_path)
    _damage(db_path)
    opened, report = sharing.open_team_database(db_path, quick_check_later=True)
    assert report.pending and not opened.read_only
    assert sharing.marker_path(db_path).is_file()
    connection.close_database()
    # Without the wish to check later, the damage is found before opening, as always.
    opened, report = sharing.open_team_database(db_path)
    assert opened.read_only and report.open_read_only and not report.pending
