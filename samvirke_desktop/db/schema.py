"""Schema versions: numbered migrations in ``db/migrations`` run by ``playhouse.migrations``.

An SQLite file carries Samvirke's ``application_id`` and its schema version in
``user_version``. A database from a newer Samvirke is refused; before an older
one is upgraded, a copy of the file is taken.

On a PostgreSQL server the same migrations run; the version is the highest number in the
``schema_migration`` history table, and an advisory lock keeps two PCs from upgrading at once
(the server operator's own backups cover the copy before an upgrade).
"""
import datetime
import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from samvirke_desktop import __version__
from samvirke_desktop.db.models import ALL_MODELS, Setting
from samvirke_desktop.errors import DatabaseReadOnly, DatabaseTooNew, NotASamvirkeDatabase

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


# The last upgrade of an existing database in this process: the command line tells it after
# the command (the window tells it from the OpenedDatabase).
last_upgrade: PrepareResult | None = None


def prepare(db: peewee.Database, path: Path | None, *, read_only: bool = False) -> PrepareResult:
    """Make the database ready for this Samvirke: create, check or upgrade its schema.

    ``read_only``: only check; a database that would need creating or upgrading is refused.
    """
    global last_upgrade
    if isinstance(db, peewee.SqliteDatabase):
        result = _prepare_sqlite(db, path, read_only=read_only)
    else:
        result = _prepare_server(db, read_only=read_only)
    if result.migrated_from is not None:
        last_upgrade = result
    return result


def _refuse_upgrade_read_only(version: int) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        f"Databasen har skjema {version} og må oppgraderes til skjema {LATEST_VERSION} før denne "
        "Samvirke kan lese den, men den er åpnet bare for lesing. Åpne den vanlig (med "
        "skrivetilgang) én gang, eller gjenopprett en nyere sikkerhetskopi.")


def _pragma(db, name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def _prepare_sqlite(db: peewee.SqliteDatabase, path: Path | None, *,
                    read_only: bool = False) -> PrepareResult:
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
    if read_only:
        raise _refuse_upgrade_read_only(version)

    result = PrepareResult()
    if tables and version > 0 and path is not None:
        result.backup_path = backup_before_migration(db, path, version)
        result.migrated_from = version
    _run_migrations(db)
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute_sql(f"PRAGMA user_version = {LATEST_VERSION}")
    return result


# Held while a server database is checked and upgraded, so two PCs opening a new database
# at the same moment do not both create the tables.
SERVER_LOCK_KEY = APPLICATION_ID


def _prepare_server(db: peewee.Database, *, read_only: bool = False) -> PrepareResult:
    version = applied_version(db)
    if version > LATEST_VERSION:
        raise too_new(db, version)
    result = PrepareResult()
    if version == LATEST_VERSION:
        return result
    if read_only:
        raise _refuse_upgrade_read_only(version)
    if version == 0:
        _refuse_foreign_server_database(db)
    db.execute_sql("SELECT pg_advisory_lock(%s)", (SERVER_LOCK_KEY,))
    try:
        version = applied_version(db)  # another PC may have upgraded it while we waited
        if version < LATEST_VERSION:
            result.migrated_from = version if version else None
            _run_migrations(db)
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (SERVER_LOCK_KEY,))
    return result


def _refuse_foreign_server_database(db: peewee.Database) -> None:
    ours = {m._meta.table_name for m in ALL_MODELS}
    foreign = sorted(set(db.get_tables()) - ours - {HISTORY_TABLE})
    if foreign:
        shown = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
        raise NotASamvirkeDatabase(
            f"Databasen «{db.database}» på tjeneren inneholder allerede tabeller som ikke er "
            f"Samvirkes ({shown}). Bruk en egen, tom database til Samvirke.")


def applied_version(db: peewee.Database) -> int:
    if not db.table_exists(HISTORY_TABLE):
        return 0
    names = [row[0] for row in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")]
    numbers = [int(m.group()) for m in (re.match(r"\d+", n) for n in names) if m]
    return max(numbers, default=0)


def _run_migrations(db: peewee.Database) -> None:
    from playhouse.migrations import Runner  # only when upgrading: start-up stays light

    runner = Runner(db, directory=str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)
    if isinstance(db, peewee.SqliteDatabase):
        applied = runner.up()
    else:
        # On the server all pending migrations run in one transaction (DDL is transactional
        # there), so an upgrade happens whole or not at all. The change-counting triggers are
        # deferred to commit, and PostgreSQL refuses ALTER TABLE on a table with trigger events
        # still pending (an add_column fills the new column with an UPDATE first): fire them
        # at once during migrations.
        with db.atomic():
            db.execute_sql("SET CONSTRAINTS ALL IMMEDIATE")
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
        if needed == "0.0.0":  # a Samvirke run without its package metadata: version unknown
            needed = ""
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
    """Copy the whole file with SQLite's backup API before changing its schema (an encrypted
    file into an encrypted copy with the same key, its key file beside it; mode 0600)."""
    from samvirke_desktop.db import cipher, key_file, private_files

    folder = backup_folder_for(path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-før-oppgradering-fra-skjema-{version}-{stamp}.db"
    key = getattr(db, "samvirke_key", None)
    private_files.fresh_private(target)
    dest = cipher.connect(target, key) if key is not None else sqlite3.connect(target)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    if key is not None:
        key_file.copy(key_file.key_file_for(path), key_file.key_file_for(target))
    log.info("Backed up %s to %s before migrating", path, target)
    return target
