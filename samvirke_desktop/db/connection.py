"""Opening a Samvirke database: an SQLite file (often on a shared folder) or a PostgreSQL URL."""
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from samvirke_desktop import paths
from samvirke_desktop.db import schema
from samvirke_desktop.db.models import DB
from samvirke_desktop.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFolderMissing,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseServerError,
    NotASamvirkeDatabase,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"

# Settings for a file that several PCs open over a network share: a rollback journal
# (WAL does not work on network file systems), full syncs, foreign keys, and erased
# text overwritten on disk.
SQLITE_PRAGMAS = {
    "journal_mode": "delete",
    "synchronous": "full",
    "foreign_keys": 1,
    "secure_delete": 1,
    "cache_size": -16000,
}
BUSY_TIMEOUT_SECONDS = 15


@dataclass
class OpenedDatabase:
    database: peewee.Database
    location: str          # file path or URL without password
    display_name: str      # shown in the window title
    migrated_from: int | None = None  # schema version before this open upgraded it
    backup_path: Path | None = None   # copy taken before upgrading

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.database, peewee.SqliteDatabase)


def is_url(target: str) -> bool:
    return "://" in str(target)


def resolve_target(explicit: str | os.PathLike | None) -> tuple[str, bool]:
    """The database to open: the one named, else SAMVIRKE_DATABASE, else the embedded default.

    Returns the target and whether it is the embedded default (whose folder may be created).
    """
    if explicit:
        return str(explicit), False
    from_env = paths.database_from_environment()
    if from_env:
        return from_env, False
    return str(paths.default_database_path()), True


def make_sqlite(path: Path) -> peewee.SqliteDatabase:
    # lock_type IMMEDIATE: a write transaction takes the write lock when it begins, so it
    # waits for a colleague's save instead of failing half-way with "database is locked".
    db = peewee.SqliteDatabase(None, lock_type="IMMEDIATE")
    db.init(str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    return db


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse clearly what SQLite would otherwise fail on with a traceback."""
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseFolderMissing(
            f"Mappen «{folder}» finnes ikke. Hvis databasen ligger på en delt mappe, sjekk at "
            "nettverksdisken er koblet til, eller velg en annen mappe."
        )
    if not path.exists():
        if not create:
            raise DatabaseMissing(
                f"Finner ikke databasen «{path}». Den kan være flyttet eller slettet, eller den "
                "delte mappen er ikke tilkoblet. Velg en annen fil eller lag en ny database."
            )
        if not os.access(folder, os.W_OK):
            raise DatabaseReadOnly(
                f"Samvirke har ikke lov til å lage en fil i «{folder}». Velg en mappe du kan "
                "skrive i, eller be den som styrer mappen om skrivetilgang."
            )
        return
    if path.is_dir():
        raise NotASamvirkeDatabase(f"«{path}» er en mappe, ikke en databasefil. Velg selve filen.")
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseReadOnly(
            f"Samvirke får ikke lest «{path}» ({exc.strerror}). Sjekk at du har tilgang til filen."
        ) from exc
    if header and header != SQLITE_HEADER:
        raise NotASamvirkeDatabase(
            f"«{path.name}» er ikke en Samvirke-database. Velg en fil som slutter på .db og er "
            "laget av Samvirke."
        )
    # The mode bits count too: an administrator (or root) may bypass them, but a file
    # marked read-only must not be written to.
    if (not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)
            or not path.stat().st_mode & 0o222):
        raise DatabaseReadOnly(
            f"Databasen «{path}» er skrivebeskyttet, eller du mangler skrivetilgang til mappen den "
            "ligger i. Samvirke må kunne lagre i både filen og mappen. Be om skrivetilgang, eller "
            "kopier filen til en mappe du kan skrive i."
        )


def open_database(target: str | os.PathLike | None = None, *, create: bool | None = None) -> OpenedDatabase:
    """Open (and create or upgrade) a Samvirke database and bind the models to it.

    ``create``: whether a missing file may be made; by default only the embedded
    default database and an explicitly named new file are created.
    """
    target, is_default = resolve_target(target)
    if is_url(target):
        return _open_url(target)

    path = Path(target).expanduser().absolute()
    if is_default:
        path.parent.mkdir(parents=True, exist_ok=True)
    check_sqlite_file(path, create=True if create is None else create)

    db = make_sqlite(path)
    try:
        db.connect()
        result = schema.prepare(db, path)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        raise explain_sqlite_error(exc, path) from exc
    except BaseException:
        db.close()
        raise
    DB.initialize(db)
    log.info("Opened %s (schema %s)", path, schema.LATEST_VERSION)
    return OpenedDatabase(
        database=db,
        location=str(path),
        display_name=path.name,
        migrated_from=result.migrated_from,
        backup_path=result.backup_path,
    )


def explain_sqlite_error(exc: Exception, path: Path) -> Exception:
    """Turn SQLite's own words into a message the user can act on."""
    text = str(exc).lower()
    if "not a database" in text or "file is encrypted" in text:
        return NotASamvirkeDatabase(
            f"«{path.name}» er ikke en Samvirke-database. Velg en annen fil.", details=str(exc))
    if "malformed" in text or "corrupt" in text:
        return DatabaseDamaged(
            f"Databasen «{path.name}» er skadet. Gjenopprett den fra en sikkerhetskopi "
            "(Fil → Gjenopprett), eller kontakt den som har ansvaret for databasen.",
            details=str(exc))
    if "locked" in text or "busy" in text:
        return DatabaseBusy(
            "En kollega lagrer akkurat nå, eller databasen holdes låst av en annen PC. "
            "Prøv igjen om litt.", details=str(exc))
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(
            f"Databasen «{path}» kan ikke skrives til. Be om skrivetilgang til filen og mappen.",
            details=str(exc))
    if "unable to open" in text or "disk i/o" in text:
        return DatabaseMissing(
            f"Samvirke fikk ikke åpnet «{path}». Sjekk at den delte mappen er tilkoblet.",
            details=str(exc))
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseReadOnly(
            "Disken er full, så Samvirke får ikke lagret. Frigjør plass og prøv igjen.",
            details=str(exc))
    return DatabaseDamaged(
        f"Samvirke fikk ikke åpnet «{path.name}»: {exc}. Prøv igjen, eller gjenopprett fra en "
        "sikkerhetskopi.", details=str(exc))


def _open_url(url: str) -> OpenedDatabase:
    from playhouse.db_url import connect, parse

    safe = _hide_password(url)
    try:
        db = connect(url)
        db.connect()
    except ImportError as exc:
        raise DatabaseServerError(
            "Støtte for PostgreSQL er ikke installert. Installer Samvirke med tillegget "
            "«postgres» (pip install 'samvirke[postgres]')."
        ) from exc
    except peewee.OperationalError as exc:
        raise DatabaseServerError(
            f"Får ikke kontakt med databasetjeneren ({safe}). Sjekk adressen, brukernavnet og "
            "passordet, og at tjeneren er i gang.",
            details=str(exc),
        ) from exc
    result = schema.prepare(db, None)
    DB.initialize(db)
    name = parse(url).get("database") or safe
    return OpenedDatabase(database=db, location=safe, display_name=str(name),
                          migrated_from=result.migrated_from)


def _hide_password(url: str) -> str:
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"


def close_database() -> None:
    db = DB.obj
    if db is not None and not db.is_closed():
        db.close()
