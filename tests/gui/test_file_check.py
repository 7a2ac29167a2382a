"""At start the window opens the database at once and checks the file just after it is shown;
a damaged file is then opened again for reading only, with the way back told."""
import sqlite3

import pytest

from samvirke_desktop.db import connection, sharing
from samvirke_desktop.db.models import ChangeLog, Site
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.errors import DatabaseReadOnly
from samvirke_desktop.gui import database_files, file_check
from samvirke_desktop.gui.main_window import MainWindow
from samvirke_desktop.gui.startup.opening import open_at_start


def _team_database(db_path):
    """A team database whose change log fills many pages that no page of the window reads."""
    connection.open_database(db_path, create=True)
    record_changes.create(Site, name="Kvartal 5")
    ChangeLog.insert_many([{"username": "anna", "action": "update", "table_name": "site",
                            "record_id": 1, "changes": "x" * 300} for _ in range(600)]).execute()
    connection.close_database()


def _damage_change_log(db_path):
    con = sqlite3.connect(db_path)
    pages = [p for (p,) in con.execute(
        "SELECT pageno FROM dbstat WHERE name = 'change_log' AND pagetype = 'leaf'")] \
        if _has_dbstat(con) else []
    con.close()
    data = bytearray(db_path.read_bytes())
    size = 4096
    for page in pages[len(pages) // 2:]:
        start = (page - 1) * size
        data[start + 8:start + 200] = b"\xff" * 192
    db_path.write_bytes(bytes(data))
    return bool(pages)


def _has_dbstat(con) -> bool:
    try:
        con.execute("SELECT 1 FROM dbstat LIMIT 1")
        return True
    except sqlite3.Error:
        return False


def _window(qtbot, db_path):
    opened, _notes = database_files.open_for_window(str(db_path), create=False,
                                                    quick_check_later=True)
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_open_at_start_leaves_the_quick_check_pending(qtbot, db_path, monkeypatch):
    _team_database(db_path)
    monkeypatch.setenv("SAMVIRKE_DATABASE", str(db_path))
    started = open_at_start(None)
    assert started is not None and not started.opened.read_only
    report = started.opened.pending_check
    assert isinstance(report, sharing.StartupReport) and report.pending
    assert report.path == db_path


def test_a_sound_file_is_checked_after_showing_and_stays_writable(qtbot, db_path):
    _team_database(db_path)
    window = _window(qtbot, db_path)
    check = file_check.check_later(window)
    assert check is not None and window.opened.pending_check is None
    qtbot.waitUntil(lambda: check.result is not None, timeout=15000)
    assert check.result.ok and check.result.check == "quick_check"
    assert not window.opened.read_only
    record_changes.create(Site, name="Kvartal 6")  # saving still works
    assert file_check.check_later(window) is None  # checked once


def test_a_damaged_file_is_reopened_read_only_with_the_way_back(qtbot, db_path, monkeypatch):
    _team_database(db_path)
    window = _window(qtbot, db_path)
    if not _damage_change_log(db_path):
        pytest.skip("this SQLite has no dbstat table to find the change log's pages")
    told = []
    monkeypatch.setattr(database_files, "show_notes", lambda notes, parent=None: told.extend(notes))
    check = file_check.check_later(window)
    qtbot.waitUntil(lambda: check.result is not None, timeout=15000)

    assert not check.result.ok
    assert window.opened.read_only and window.opened.location == str(db_path)
    assert "(bare lesing)" in window.windowTitle()
    assert len(told) == 1 and "skadet" in told[0] and "bare for lesing" in told[0]
    with pytest.raises(DatabaseReadOnly):
        record_changes.create(Site, name="Kvartal 6")
