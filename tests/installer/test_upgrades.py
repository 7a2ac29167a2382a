"""A newer Samvirke upgrades an older database after a copy and says so; an older Samvirke
refuses a newer database, naming the version it needs, and changes nothing.

"Newer" is this program with one more migration and a higher version number, as the next
release would be.
"""
import hashlib
import shutil
import sqlite3

import pytest

from samvirke_desktop import cli
from samvirke_desktop.cli import dispatch
from samvirke_desktop.db import connection, schema
from samvirke_desktop.db.models import Site
from samvirke_desktop.errors import DatabaseTooNew
from samvirke_desktop.gui import database_files

NEXT_MIGRATION = '''
from peewee import TextField


def up(migrator, db):
    migrator.migrate(migrator.add_column("site", "opening_hours", TextField(default="")))
'''


@pytest.fixture
def team_database(tmp_path):
    """The team's database as this Samvirke leaves it."""
    path = tmp_path / "delt" / "team.db"
    path.parent.mkdir()
    connection.open_database(path, create=True)
    Site.create(name="Kvartal 5")
    connection.close_database()
    return path


class Releases:
    """Switch this process between this Samvirke and its next release."""

    def __init__(self, folder, patcher: pytest.MonkeyPatch):
        self.patcher = patcher
        self.folder = folder
        self.old = schema.LATEST_VERSION
        self.new = self.old + 1
        shutil.copytree(schema.MIGRATIONS_DIR, folder)
        (folder / f"{self.new:04d}_opening_hours.py").write_text(NEXT_MIGRATION)

    def newer(self, version: str = "99.1.0") -> None:
        self.patcher.setattr(schema, "MIGRATIONS_DIR", self.folder)
        self.patcher.setattr(schema, "LATEST_VERSION", self.new)
        self.patcher.setattr(schema, "__version__", version)
        self.patcher.setattr(dispatch, "__version__", version)

    def this_one(self) -> None:
        self.patcher.undo()


@pytest.fixture
def releases(tmp_path):
    patcher = pytest.MonkeyPatch()
    yield Releases(tmp_path / "migreringer", patcher)
    patcher.undo()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_version_copies_upgrades_and_tells_the_window(qapp, team_database, releases):
    releases.newer()

    opened, notes = database_files.open_for_window(str(team_database), create=False)
    assert opened.migrated_from == releases.old
    assert opened.database.execute_sql("PRAGMA user_version").fetchone()[0] == releases.new
    assert Site.get().name == "Kvartal 5"
    copy = opened.backup_path
    assert copy.parent == schema.backup_folder_for(team_database)
    with sqlite3.connect(copy) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == releases.old
        assert con.execute("SELECT name FROM site").fetchall() == [("Kvartal 5",)]
    assert len(notes) == 1
    assert "oppgradert" in notes[0] and f"«{copy}»" in notes[0]
    database_files.close_opened(opened)


def test_newer_version_says_so_on_the_command_line_too(team_database, releases, capsys, tmp_path):
    releases.newer("99.1.0")
    out = tmp_path / "beboere.csv"
    command = ["export", "residents", "--database", str(team_database), "--out", str(out)]
    assert cli.main(command) == 0
    told = capsys.readouterr().err
    assert (f"Merk: Databasen ble oppgradert fra skjema {releases.old} til skjema "
            f"{releases.new} for Samvirke 99.1.0") in told
    copies = list(schema.backup_folder_for(team_database).glob("*.db"))
    assert len(copies) == 1 and f"«{copies[0]}»" in told

    # Once upgraded, nothing more to tell.
    assert cli.main(command) == 0
    assert "oppgradert" not in capsys.readouterr().err


def test_older_version_refuses_naming_the_version_it_needs(qapp, team_database, releases,
                                                           capsys):
    releases.newer("99.1.0")
    connection.open_database(team_database, create=False)  # a colleague with the new release
    connection.close_database()
    folder_before = sorted(p.name for p in team_database.parent.rglob("*"))
    before = digest(team_database)

    releases.this_one()  # this PC still has the older Samvirke
    with pytest.raises(DatabaseTooNew) as info:
        database_files.open_for_window(str(team_database), create=False)
    message = info.value.message
    assert f"skjema {releases.new}" in message
    assert "Den trenger Samvirke 99.1.0 eller nyere" in message
    assert "databasen er ikke endret" in message
    assert digest(team_database) == before
    assert sorted(p.name for p in team_database.parent.rglob("*")) == folder_before
    # The window offers the way on with that message; the command line says it and fails.
    box = database_files.failure_box(info.value)
    assert box.text() == message
    box.deleteLater()
    assert cli.main(["export", "residents", "--database", str(team_database),
                    "--out", str(team_database.parent / "x.csv")]) == 1
    assert "Samvirke 99.1.0 eller nyere" in capsys.readouterr().err


def test_a_newer_program_without_its_version_is_not_named_as_0_0_0(team_database, releases):
    releases.newer("0.0.0")  # a newer Samvirke run without its package metadata
    connection.open_database(team_database, create=False)
    connection.close_database()

    releases.this_one()
    with pytest.raises(DatabaseTooNew) as info:
        connection.open_database(team_database, create=False)
    assert "0.0.0" not in info.value.message
    assert "Den trenger en nyere versjon av Samvirke" in info.value.message
