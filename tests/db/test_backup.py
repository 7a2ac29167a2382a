"""Backups: verified copies, rotation, restore."""
import datetime
import os
import sqlite3

import pytest

from samvirke_desktop.db import backup, connection, encryption, health, maintenance, schema
from samvirke_desktop.db.models import DB, Setting, Site
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


# --- an encrypted database ------------------------------------------------------------------

PASSWORD = "lang-og-hemmelig"


@pytest.fixture
def encrypted(db_path):
    """An encrypted database with one site, opened with its key."""
    made = encryption.create_encrypted_database(db_path, username="kari", password=PASSWORD)
    connection.open_database(db_path, create=False, key=made.key)
    Site.create(name="Kvartal 5")
    yield made
    connection.close_database()


def test_an_encrypted_backup_has_the_same_key_and_its_key_file(encrypted, db_path):
    copy = backup.take_backup(DB.obj.connection(), db_path, key=encrypted.key)
    assert encryption.is_encrypted(copy)
    assert backup.verify_backup_file(copy, key=encrypted.key) == schema.LATEST_VERSION
    # The copy opens on its own with the passwords of the day (or the recovery code).
    assert encryption.unlock(copy, "kari", PASSWORD) == encrypted.key
    assert encryption.unlock_with_recovery_code(copy, encrypted.recovery_code) == encrypted.key
    with pytest.raises(encryption.DatabaseLocked):
        backup.verify_backup_file(copy)
    with pytest.raises(encryption.WrongKey, match="ikke kryptert med nøkkelen til denne"):
        backup.verify_backup_file(copy, key=os.urandom(32))
    with pytest.raises(ValueError):  # an encrypted database is never copied into a plain file
        backup.take_backup(DB.obj.connection(), db_path)


def test_an_encrypted_backup_is_restored_with_the_key(encrypted, db_path):
    copy = backup.take_backup(DB.obj.connection(), db_path, key=encrypted.key)
    Site.create(name="Feilregistrert")
    connection.close_database()
    with pytest.raises(encryption.DatabaseLocked):
        backup.restore_into(copy, db_path)
    backup.restore_into(copy, db_path, key=encrypted.key)
    assert encryption.is_encrypted(db_path)
    connection.open_database(db_path, create=False, key=encrypted.key)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]


def test_restore_under_the_lock_keeps_an_encrypted_safety_copy(encrypted, db_path):
    copy = backup.take_backup(DB.obj.connection(), db_path, key=encrypted.key)
    Site.create(name="Feilregistrert")
    connection.close_database()
    result = maintenance.restore_database(copy, db_path, by="Kari", key=encrypted.key)
    assert result.opened_normally
    assert encryption.is_encrypted(result.safety_backup)
    assert encryption.unlock(result.safety_backup, "kari", PASSWORD) == encrypted.key
    connection.open_database(db_path, create=False, key=encrypted.key)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]
    assert Setting.get_or_none(Setting.key == maintenance.MAINTENANCE_KEY) is None
    connection.close_database()
    safety = connection.open_database(result.safety_backup, create=False, key=encrypted.key)
    assert sorted(s.name for s in Site.select()) == ["Feilregistrert", "Kvartal 5"]
    assert Setting.get_or_none(Setting.key == maintenance.MAINTENANCE_KEY) is None
    assert safety.encrypted


def test_a_damaged_encrypted_database_is_restored_whole(encrypted, db_path):
    copy = backup.take_backup(DB.obj.connection(), db_path, key=encrypted.key)
    for n in range(200):
        Site.create(name=f"Adresse {n}", notes="x" * 500)
    connection.close_database()
    size = db_path.stat().st_size
    with open(db_path, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\0" * 4096)
    result = maintenance.restore_database(copy, db_path, by="Kari", key=encrypted.key)
    assert not result.opened_normally
    assert result.safety_backup.read_bytes()[size // 2 // 4096 * 4096:][:4096] == b"\0" * 4096
    assert health.check_file(db_path, key=encrypted.key, thorough=True).ok
    connection.open_database(db_path, create=False, key=encrypted.key)
    assert [s.name for s in Site.select()] == ["Kvartal 5"]


def test_a_plain_backup_from_before_is_encrypted_on_the_way_in(tmp_path):
    path = tmp_path / "team.db"
    opened = connection.open_database(path, create=True)
    Site.create(name="Fra før krypteringen")
    old = backup.take_backup(opened.database.connection(), path, tmp_path / "gamle")
    connection.close_database()
    done = encryption.encrypt_in_place(path, username="kari", password=PASSWORD)
    assert encryption.is_plain(old)  # another folder: not found by the encryption
    connection.open_database(path, create=False, key=done.key)
    Site.create(name="Etter")
    connection.close_database()
    backup.restore_into(old, path, key=done.key)
    assert encryption.is_encrypted(path)
    connection.open_database(path, create=False, key=done.key)
    assert [s.name for s in Site.select()] == ["Fra før krypteringen"]
    connection.close_database()
    # The other way round is refused: an encrypted copy is not decrypted into a plain file.
    plain = tmp_path / "ny.db"
    connection.open_database(plain, create=True)
    connection.close_database()
    with pytest.raises(NotASamvirkeDatabase, match="er kryptert, men databasen"):
        backup.restore_into(path, plain, key=done.key)
    assert encryption.is_plain(plain)


def test_rotation_removes_the_key_files_with_their_backups(encrypted, db_path):
    folder = schema.backup_folder_for(db_path)
    first = backup.take_backup(DB.obj.connection(), db_path, key=encrypted.key,
                               now=datetime.datetime(2024, 1, 1, 12))
    assert encryption.key_file_for(first).is_file()
    backup.take_backup(DB.obj.connection(), db_path, key=encrypted.key,
                       now=datetime.datetime(2026, 11, 22, 12), max_age_months=6)
    assert not first.exists() and not encryption.key_file_for(first).exists()
    assert len(list(folder.glob("*.keys"))) == 1


def test_the_copy_before_an_upgrade_is_encrypted_too(encrypted, db_path):
    copy = schema.backup_before_migration(DB.obj, db_path, schema.LATEST_VERSION - 1)
    assert encryption.is_encrypted(copy)
    assert encryption.unlock(copy, "kari", PASSWORD) == encrypted.key
    assert backup.verify_backup_file(copy, key=encrypted.key) == schema.LATEST_VERSION
