"""Upgrading an older database: a copy first, then the numbered migrations."""
import shutil
import sqlite3

import pytest

from samvirke_desktop.db import connection, schema
from samvirke_desktop.db.models import Site

OPENING_HOURS = '''
from peewee import TextField


def up(migrator, db):
    migrator.migrate(migrator.add_column("site", "opening_hours", TextField(default="")))
'''

BROKEN = '''
from peewee import TextField


def up(migrator, db):
    migrator.migrate(migrator.add_column("site", "x", TextField(default="")))
    raise RuntimeError("stopp midt i")
'''


@pytest.fixture
def ship_migration(tmp_path, monkeypatch):
    """Make the program see the real migrations plus one more, as a newer Samvirke would."""
    def ship(name: str, body: str) -> int:
        folder = tmp_path / "migrations"
        shutil.copytree(schema.MIGRATIONS_DIR, folder)
        version = schema.LATEST_VERSION + 1
        (folder / f"{version:04d}_{name}.py").write_text(body)
        monkeypatch.setattr(schema, "MIGRATIONS_DIR", folder)
        monkeypatch.setattr(schema, "LATEST_VERSION", version)
        return version
    return ship


@pytest.fixture
def old_database(db_path):
    connection.open_database(db_path)
    Site.create(name="Kvartal 5")
    connection.close_database()
    return db_path


def test_older_database_is_copied_then_upgraded(old_database, ship_migration):
    old_version = schema.LATEST_VERSION
    new_version = ship_migration("opening_hours", OPENING_HOURS)

    opened = connection.open_database(old_database)
    assert opened.migrated_from == old_version
    assert "opening_hours" in [c.name for c in opened.database.get_columns("site")]
    assert opened.database.execute_sql("PRAGMA user_version").fetchone()[0] == new_version
    assert Site.get().name == "Kvartal 5"

    # The copy taken before the upgrade is a whole, readable database of the old schema.
    backup = opened.backup_path
    assert backup is not None and backup.parent == schema.backup_folder_for(old_database)
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT name FROM site").fetchall() == [("Kvartal 5",)]
    assert "opening_hours" not in [r[1] for r in con.execute("PRAGMA table_info(site)")]
    con.close()


def test_a_new_database_needs_no_copy(db_path, ship_migration):
    ship_migration("opening_hours", OPENING_HOURS)
    opened = connection.open_database(db_path)
    assert opened.migrated_from is None
    assert opened.backup_path is None
    assert not schema.backup_folder_for(db_path).exists()


def test_failed_migration_leaves_the_database_as_it_was(old_database, ship_migration):
    old_version = schema.LATEST_VERSION
    ship_migration("broken", BROKEN)
    with pytest.raises(RuntimeError):
        connection.open_database(old_database)

    con = sqlite3.connect(old_database)
    assert con.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert "x" not in [r[1] for r in con.execute("PRAGMA table_info(site)")]
    assert con.execute("SELECT name FROM site").fetchall() == [("Kvartal 5",)]
    con.close()
