"""Opening a database file: settings for a shared folder, and clear refusals."""
import hashlib
import os
import sqlite3

import peewee
import pytest

from samvirke_desktop.db import connection, schema
from samvirke_desktop.db.models import ALL_MODELS, Resident, Site
from samvirke_desktop.errors import (
    DatabaseFolderMissing,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotASamvirkeDatabase,
)


def _pragma(db, name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_new_file_gets_shared_folder_settings(database, db_path):
    db = database.database
    assert db_path.is_file()
    assert _pragma(db, "journal_mode") == "delete"
    assert _pragma(db, "synchronous") == 2  # FULL
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "secure_delete") == 1
    assert _pragma(db, "busy_timeout") >= 10_000
    assert _pragma(db, "application_id") == schema.APPLICATION_ID
    assert _pragma(db, "user_version") == schema.LATEST_VERSION


def test_wal_left_by_another_program_is_switched_off(db_path):
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=wal")
    con.close()
    opened = connection.open_database(db_path)
    assert _pragma(opened.database, "journal_mode") == "delete"


def test_migrated_schema_matches_the_models(database):
    from playhouse.schema_diff import diff_models
    assert not diff_models(database.database, ALL_MODELS)


def test_write_transactions_take_the_lock_when_they_begin(database, db_path):
    """BEGIN IMMEDIATE: a second writer waits at BEGIN, never half-way through a transaction."""
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    with database.database.atomic():
        Site.select().count()  # only a read so far, yet the write lock is already held
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_foreign_keys_are_enforced(database):
    with pytest.raises(peewee.IntegrityError):
        Resident.create(first_name="Aya", site=9999)


def test_missing_folder_is_refused_plainly(tmp_path):
    with pytest.raises(DatabaseFolderMissing) as info:
        connection.open_database(tmp_path / "finnes-ikke" / "team.db")
    assert "finnes ikke" in info.value.message


def test_missing_file_is_not_created_when_creation_is_off(tmp_path):
    with pytest.raises(DatabaseMissing) as info:
        connection.open_database(tmp_path / "borte.db", create=False)
    assert "Finner ikke databasen" in info.value.message
    assert not (tmp_path / "borte.db").exists()


def test_read_only_file_is_refused_and_left_alone(db_path):
    connection.open_database(db_path)
    connection.close_database()
    os.chmod(db_path, 0o444)
    try:
        with pytest.raises(DatabaseReadOnly) as info:
            connection.open_database(db_path)
        assert "skrivebeskyttet" in info.value.message
    finally:
        os.chmod(db_path, 0o644)


def test_a_text_file_is_not_a_samvirke_database(tmp_path):
    path = tmp_path / "liste.db"
    path.write_text("Navn;Telefon\nAmina;91234567\n", encoding="utf-8")
    with pytest.raises(NotASamvirkeDatabase) as info:
        connection.open_database(path)
    assert "ikke en Samvirke-database" in info.value.message
    assert path.read_text(encoding="utf-8").startswith("Navn;Telefon")


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "annet.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, navn TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotASamvirkeDatabase):
        connection.open_database(path)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("kunder",)]


def test_database_from_a_newer_samvirke_is_refused_untouched(db_path):
    opened = connection.open_database(db_path)
    Site.create(name="Kvartal 5")
    opened.database.execute_sql(f"PRAGMA user_version = {schema.LATEST_VERSION + 3}")
    connection.close_database()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew) as info:
        connection.open_database(db_path)
    assert f"skjema {schema.LATEST_VERSION + 3}" in info.value.message
    assert "nyere" in info.value.message
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_environment_variable_names_the_database(tmp_path, monkeypatch):
    path = tmp_path / "fra-miljo.db"
    monkeypatch.setenv("SAMVIRKE_DATABASE", str(path))
    opened = connection.open_database(None)
    assert opened.location == str(path)
    assert path.is_file()


def test_default_database_lives_in_the_user_data_folder(monkeypatch):
    from samvirke_desktop import paths
    opened = connection.open_database(None)
    assert opened.location == str(paths.default_database_path())
    assert paths.default_database_path().is_file()
