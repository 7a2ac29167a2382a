"""`samvirke backup` and `samvirke restore`, and the maintenance lock colleagues meet meanwhile."""
import datetime
import json
import sqlite3

import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import backup, connection, maintenance, schema
from samvirke_desktop.db.models import Setting, Site
from samvirke_desktop.domain.team import record_changes


def _written(out: str):
    line = next(line for line in out.splitlines() if line.startswith("Sikkerhetskopi skrevet: "))
    from pathlib import Path
    return Path(line.split(": ", 1)[1])


def test_backup_command_writes_a_verified_copy_beside_the_database(database, db_path, capsys):
    record_changes.create(Site, name="Kvartal 5")
    assert cli.main(["backup", "--database", str(db_path)]) == 0
    copy = _written(capsys.readouterr().out)
    assert copy.parent == schema.backup_folder_for(db_path) and copy.is_file()
    assert backup.verify_backup_file(copy) == schema.LATEST_VERSION
    assert sqlite3.connect(copy).execute("SELECT name FROM site").fetchall() == [("Kvartal 5",)]


def test_backup_command_to_another_folder(database, db_path, tmp_path, capsys):
    folder = tmp_path / "minnepinne"
    assert cli.main(["backup", "--database", str(db_path), "--to", str(folder)]) == 0
    assert _written(capsys.readouterr().out).parent == folder


def test_backup_of_a_missing_or_foreign_file_is_a_plain_error(tmp_path, capsys):
    assert cli.main(["backup", "--database", str(tmp_path / "borte.db")]) == 1
    assert "Finner ikke databasen" in capsys.readouterr().err
    foreign = tmp_path / "annet.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE kunder (id INTEGER)")
    con.close()
    assert cli.main(["backup", "--database", str(foreign)]) == 1
    assert "ikke en Samvirke-database" in capsys.readouterr().err


def test_backup_of_a_server_database_points_to_the_servers_own_tools(capsys):
    assert cli.main(["backup", "--database", "postgresql://anna@tjener/samvirke"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_restore_command_takes_a_safety_copy_first(database, db_path, capsys):
    record_changes.create(Site, name="Kvartal 5")
    copy = backup.take_backup(database.database.connection(), db_path,
                              now=datetime.datetime(2026, 6, 1, 12))
    record_changes.create(Site, name="Feilregistrert")
    connection.close_database()

    assert cli.main(["restore", str(copy), "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"Gjenopprettet {db_path}" in out
    safety = next(line for line in out.splitlines() if "er lagret i" in line).rsplit(" ", 1)[1][:-1]
    connection.open_database(db_path)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]
    assert Setting.get_or_none(Setting.key == maintenance.MAINTENANCE_KEY) is None
    # The safety copy holds the database as it was, and no maintenance lock.
    con = sqlite3.connect(safety)
    assert {r[0] for r in con.execute("SELECT name FROM site")} == {"Kvartal 5", "Feilregistrert"}
    assert con.execute("SELECT count(*) FROM setting WHERE key = ?",
                       (maintenance.MAINTENANCE_KEY,)).fetchone()[0] == 0
    con.close()


def test_restore_over_a_file_too_damaged_to_open(database, db_path, capsys):
    record_changes.create(Site, name="Kvartal 5")
    copy = backup.take_backup(database.database.connection(), db_path)
    connection.close_database()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # the schema page
    db_path.write_bytes(bytes(data))
    assert cli.main(["restore", str(copy), "--database", str(db_path)]) == 0
    connection.open_database(db_path)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]


def test_restore_refuses_a_damaged_backup_and_leaves_the_database(database, db_path, tmp_path, capsys):
    record_changes.create(Site, name="Kvartal 5")
    connection.close_database()
    bad = tmp_path / "kopi.db"
    bad.write_text("ikke en database")
    assert cli.main(["restore", str(bad), "--database", str(db_path)]) == 1
    assert "Feil:" in capsys.readouterr().err
    connection.open_database(db_path)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]


# --- the maintenance lock -----------------------------------------------------------------------

def _lock_from_another_pc(minutes_ago=1):
    at = datetime.datetime.now().replace(microsecond=0) - datetime.timedelta(minutes=minutes_ago)
    value = json.dumps({"by": "Anna Berg", "at": at.isoformat(), "reason": "restore",
                        "host": "PC-KONTOR-2", "pid": 4242})
    Setting.insert(key=maintenance.MAINTENANCE_KEY, value=value).on_conflict_replace().execute()
    return at


def test_saves_are_refused_while_another_pc_restores(database):
    at = _lock_from_another_pc()
    with pytest.raises(maintenance.DatabaseUnderMaintenance) as info:
        record_changes.create(Site, name="Kvartal 5")
    assert info.value.message.startswith(
        f"Databasen gjenopprettes akkurat nå av Anna Berg (startet kl. {at:%H.%M}), prøv igjen om litt.")
    assert Site.select().count() == 0


def test_a_lock_left_for_hours_is_ignored(database):
    _lock_from_another_pc(minutes_ago=60 * 3)
    record_changes.create(Site, name="Kvartal 5")
    assert Site.select().count() == 1


def _try_to_save(path, results):
    # Another process, as a colleague's PC would be.
    from samvirke_desktop.db import connection
    from samvirke_desktop.db.models import Site
    from samvirke_desktop.domain.team import record_changes
    from samvirke_desktop.errors import SamvirkeError
    connection.open_database(path, create=False)
    try:
        record_changes.create(Site, name="Kollegas")
        results.put("lagret")
    except SamvirkeError as exc:
        results.put(f"{type(exc).__name__}: {exc.message}")
    finally:
        connection.close_database()


def test_our_own_lock_does_not_stop_us_but_stops_a_colleague(database, db_path):
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    with maintenance.maintenance_lock("restore", "Anna Berg"):
        record_changes.create(Site, name="Min")
        worker = context.Process(target=_try_to_save, args=(str(db_path), results))
        worker.start()
        outcome = results.get(timeout=60)
        worker.join(timeout=30)
    assert outcome.startswith("DatabaseUnderMaintenance: Databasen gjenopprettes akkurat nå av Anna Berg")
    record_changes.create(Site, name="Etterpå")
    assert sorted(s.name for s in Site.select()) == ["Etterpå", "Min"]


def test_backup_command_prunes_copies_older_than_the_retention_rules(database, db_path, capsys):
    from samvirke_desktop.domain.privacy.retention import RETENTION_KEY
    from samvirke_desktop.domain.team.settings_store import write_setting

    write_setting(RETENTION_KEY, {"resident_inactive_months": 24, "volunteer_after_end_months": 3})
    old = backup.take_backup(database.database.connection(), db_path,
                             now=datetime.datetime.now() - datetime.timedelta(days=200))
    recent = backup.take_backup(database.database.connection(), db_path,
                                now=datetime.datetime.now() - datetime.timedelta(days=20))
    assert cli.main(["backup", "--database", str(db_path)]) == 0
    assert not old.exists()   # older than the 3 months a volunteer is kept after leaving
    assert recent.exists()
    assert _written(capsys.readouterr().out).is_file()
