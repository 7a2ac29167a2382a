"""Schema versions: numbered migrations in ``db/migrations`` run by ``playhouse.migrations``.

An SQLite file carries Samvirke's ``application_id`` and its schema version in
``user_version``. A database from a newer Samvirke is refused; before an older
one is upgraded, a copy of the file is taken.
"""
import datetime
import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee
from playhouse.migrations import Runner

from samvirke_desktop import __version__
from samvirke_desktop.db.models import Setting
from samvirke_desktop.errors import DatabaseTooNew, NotASamvirkeDatabase

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
APPLICATION_ID = 0x53414D56  # "SAMV"
HISTORY_TABLE = "schema_migration"
WRITTEN_BY_KEY = "schema.written_by"


def _migration_versions() -> list[int]:
    found = []
    for file in MIGRATIONS_DIR.glob("[0-9]*.py"):
        match = re.match(r"\d+", file.name)
        found.append(int(match.group()))
    return sorted(found)


LATEST_VERSION = max(_migration_versions(), default=0)


@dataclass
class PrepareResult:
    migrated_from: int | None = None
    backup_path: Path | None = None


def prepare(db: peewee.Database, path: Path | None) -> PrepareResult:
    """Make the database ready for this Samvirke: create, check or upgrade its schema."""
    if isinstance(db, peewee.SqliteDatabase):
        return _prepare_sqlite(db, path)
    return _prepare_server(db)


def _pragma(db, name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def _prepare_sqlite(db: peewee.SqliteDatabase, path: Path | None) -> PrepareResult:
    app_id = _pragma(db, "application_id")
    version = _pragma(db, "user_version")
    if app_id == APPLICATION_ID and version == LATEST_VERSION:
        return PrepareResult()  # the usual case: nothing to do

    tables = [t for t in db.get_tables() if not t.startswith("sqlite_")]
    if app_id != APPLICATION_ID and tables:
        raise NotASamvirkeDatabase(
            f"«{path.name if path else 'Databasen'}» er en SQLite-database, men ikke laget av "
            "Samvirke. Velg en annen fil, eller lag en ny database."
        )
    if version > LATEST_VERSION:
        raise too_new(db, version)

    result = PrepareResult()
    if tables and version > 0 and path is not None:
        result.backup_path = backup_before_migration(db, path, version)
        result.migrated_from = version
    _run_migrations(db)
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute_sql(f"PRAGMA user_version = {LATEST_VERSION}")
    return result


def _prepare_server(db: peewee.Database) -> PrepareResult:
    version = applied_version(db)
    if version > LATEST_VERSION:
        raise too_new(db, version)
    result = PrepareResult()
    if version < LATEST_VERSION:
        result.migrated_from = version if version else None
        _run_migrations(db)
    return result


def applied_version(db: peewee.Database) -> int:
    if not db.table_exists(HISTORY_TABLE):
        return 0
    names = [row[0] for row in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")]
    numbers = [int(m.group()) for m in (re.match(r"\d+", n) for n in names) if m]
    return max(numbers, default=0)


def _run_migrations(db: peewee.Database) -> None:
    runner = Runner(db, directory=str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)
    applied = runner.up()
    if applied:
        log.info("Applied migrations: %s", ", ".join(applied))
    value = json.dumps({"version": __version__, "schema": LATEST_VERSION})
    with db.bind_ctx([Setting]), db.atomic():
        (Setting.insert(key=WRITTEN_BY_KEY, value=value)
         .on_conflict(conflict_target=[Setting.key], update={Setting.value: value})
         .execute())


def too_new(db: peewee.Database, version: int) -> DatabaseTooNew:
    needed = ""
    try:
        with db.bind_ctx([Setting]):
            row = Setting.get_or_none(Setting.key == WRITTEN_BY_KEY)
        if row:
            needed = json.loads(row.value).get("version", "")
    except (peewee.DatabaseError, sqlite3.DatabaseError, ValueError):
        pass
    wanted = f"Samvirke {needed} eller nyere" if needed else "en nyere versjon av Samvirke"
    return DatabaseTooNew(
        f"Databasen er laget av en nyere Samvirke (skjema {version}), og denne versjonen "
        f"({__version__}) kjenner bare skjema {LATEST_VERSION}. Den trenger {wanted}. "
        "Be om den nye versjonen fra den som installerte Samvirke; databasen er ikke endret."
    )


def backup_folder_for(path: Path) -> Path:
    return path.parent / f"{path.stem}-sikkerhetskopier"


def backup_before_migration(db: peewee.SqliteDatabase, path: Path, version: int) -> Path:
    """Copy the whole file with SQLite's backup API before changing its schema."""
    folder = backup_folder_for(path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-før-oppgradering-fra-skjema-{version}-{stamp}.db"
    dest = sqlite3.connect(target)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    log.info("Backed up %s to %s before migrating", path, target)
    return target
