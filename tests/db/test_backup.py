"""Backups: verified copies, rotation, restore."""
import datetime
import sqlite3

import pytest

from samvirke_desktop.db import backup, connection, schema
from samvirke_desktop.db.models import Site
from samvirke_desktop.errors import DatabaseDamaged, NotASamvirkeDatabase


def test_backup_is_a_whole_copy_taken_while_a_colleague_writes(database, db_path):
    Site.create(name="Kvartal 5")
    colleague = sqlite3.connect(db_path, isolation_level=None)
    colleague.execute("BEGIN IMMEDIATE")
    colleague.execute("INSERT INTO site (name, address, postal_code, city, notes, archived, version,"
                      " created_at, updated_at, updated_by) VALUES ('Uferdig', '', '', '', '', 0, 1,"
                      " '2026-01-01', '2026-01-01', '')")
    try:
        path = backup.take_backup(database.database.connection(), db_path)
    finally:
        colleague.execute("ROLLBACK")
        colleague.close()
    assert path.parent == schema.backup_folder_for(db_path)
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT name FROM site").fetchall() == [("Kvartal 5",)]
    assert copy.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    copy.close()
    assert backup.verify_backup_file(path) == schema.LATEST_VERSION


def _fake_backups(folder, stem, days):
    files = []
    for when in days:
        path = folder / backup.backup_name(folder / f"{stem}.db", when)
        path.write_bytes(b"")
        files.append(backup.BackupFile(path, when))
    return files


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    today = datetime.date(2026, 11, 22)
    # One backup every day at 16:00 for 500 days, plus an extra one today at 09:00.
    days = [datetime.datetime(2026, 11, 22, 16) - datetime.timedelta(days=n) for n in range(500)]
    days.append(datetime.datetime(2026, 11, 22, 9))
    files = _fake_backups(tmp_path, "team", days)
    pruned = {b.path for b in backup.backups_to_prune(files, today)}
    kept = sorted((b.taken_at for b in files if b.path not in pruned), reverse=True)
    # The newest 7 days, the newest per ISO week for 4 weeks, per month for 12 months.
    assert kept[:7] == [datetime.datetime(2026, 11, 22 - n, 16) for n in range(7)]
    assert datetime.datetime(2026, 11, 22, 9) not in kept
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12 and (2025, 12) in months and (2025, 11) not in months
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) > datetime.datetime(2025, 11, 30)


def test_no_backup_outlives_the_retention_period(tmp_path):
    today = datetime.date(2026, 11, 22)
    # A team that opens Samvirke rarely: one backup every third month for four years.
    days = [datetime.datetime(2022 + n // 4, 3 * (n % 4) + 1, 15, 12) for n in range(20)]
    files = _fake_backups(tmp_path, "team", days)
    for months, oldest in ((12, datetime.date(2025, 11, 1)), (6, datetime.date(2026, 5, 1))):
        pruned = {b.path for b in backup.backups_to_prune(files, today, max_age_months=months)}
        kept = [b.taken_at.date() for b in files if b.path not in pruned]
        assert kept and min(kept) >= oldest
        assert all(b.taken_at.date() < oldest for b in files if b.path in pruned)


def test_take_backup_prunes_old_copies(database, db_path):
    folder = schema.backup_folder_for(db_path)
    folder.mkdir()
    old = [datetime.datetime(2024, 1, 1, 12) + datetime.timedelta(days=n) for n in range(40)]
    _fake_backups(folder, db_path.stem, old)
    backup.take_backup(database.database.connection(), db_path,
                       now=datetime.datetime(2026, 11, 22, 12))
    remaining = backup.list_backups(folder, db_path)
    assert len(remaining) < 41
    assert remaining[0].taken_at == datetime.datetime(2026, 11, 22, 12)


def test_restore_brings_back_the_backup(database, db_path):
    Site.create(name="Kvartal 5")
    copy = backup.take_backup(database.database.connection(), db_path)
    Site.create(name="Feilregistrert")
    connection.close_database()
    backup.restore_into(copy, db_path)
    connection.open_database(db_path)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]


def test_restore_refuses_a_damaged_or_foreign_file(database, db_path, tmp_path):
    Site.create(name="Kvartal 5")
    foreign = tmp_path / "annet.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE x (id INTEGER)")
    con.close()
    with pytest.raises(NotASamvirkeDatabase):
        backup.restore_into(foreign, db_path)
    text = tmp_path / "tekst.db"
    text.write_text("ikke en database")
    with pytest.raises((NotASamvirkeDatabase, DatabaseDamaged)):
        backup.restore_into(text, db_path)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]
