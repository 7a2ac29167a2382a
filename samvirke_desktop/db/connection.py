"""Opening a Samvirke database: an SQLite file (often on a shared folder) or a PostgreSQL URL.

A file can be opened read-only (SQLite's ``mode=ro``), e.g. when the start-up check found it
damaged. An encrypted file (``db.cipher``, ``db.encryption``) opens with its key, which the
user's log-in took from the key file beside it; a plain file opens as before. New files are made
readable by their owner only (``db.private_files``).

A server URL (``postgresql://user[:password]@host[:port]/database``, read through
``playhouse.db_url``) gets the same migrations; a server that cannot be reached, a wrong
password, a missing database or a missing PostgreSQL driver each get their own plain message.
"""
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from samvirke_desktop import paths
from samvirke_desktop.db import cipher, private_files, schema
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

SQLITE_HEADER = cipher.SQLITE_HEADER

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
    read_only: bool = False           # opened for reading only (e.g. a damaged file)
    pending_check: object = None      # sharing.StartupReport of a check still to run, or None

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.database, peewee.SqliteDatabase)

    @property
    def is_server(self) -> bool:
        return not self.is_sqlite

    @property
    def encrypted(self) -> bool:
        return isinstance(self.database, cipher.EncryptedSqliteDatabase)

    @property
    def key(self) -> bytes | None:
        """The key of an encrypted file (for backups and checks on connections of their own)."""
        return getattr(self.database, "samvirke_key", None)


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


def make_sqlite(path: Path, *, read_only: bool = False,
                key: bytes | None = None) -> peewee.SqliteDatabase:
    """The peewee database for the file ``path`` (not connected yet); with ``key`` an
    encrypted one (``cipher.EncryptedSqliteDatabase``), whose busy timeout is a pragma."""
    # lock_type IMMEDIATE: a write transaction takes the write lock when it begins, so it
    # waits for a colleague's save instead of failing half-way with "database is locked".
    if key is not None:
        db = cipher.EncryptedSqliteDatabase(None, key=key, path=path, lock_type="IMMEDIATE")
    else:
        db = peewee.SqliteDatabase(None, lock_type="IMMEDIATE")
    pragmas = dict(SQLITE_PRAGMAS)
    if key is not None:
        # sqlcipher3 is given the timeout too; the pragma makes sure (the write path reads it).
        pragmas["busy_timeout"] = BUSY_TIMEOUT_SECONDS * 1000
    if read_only:
        # mode=ro: SQLite itself refuses every write, whatever the file permissions say.
        # The journal mode is left alone: changing it would be a write.
        pragmas.pop("journal_mode")
        pragmas["query_only"] = 1
        db.init(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, pragmas=pragmas,
                timeout=BUSY_TIMEOUT_SECONDS)
    else:
        db.init(str(path), pragmas=pragmas, timeout=BUSY_TIMEOUT_SECONDS)
    db.samvirke_read_only = read_only
    return db


def connect_file(path: str | os.PathLike, *, key: bytes | None = None, mode: str | None = None,
                 timeout: float = BUSY_TIMEOUT_SECONDS):
    """A DB-API connection of its own to the file ``path``, for checks and backups: Python's
    sqlite3 for a plain file, a keyed sqlcipher3 one for an encrypted file (or, given ``key``,
    for a new or empty file, which then becomes encrypted). ``mode``: None, "ro" or "rw".

    An encrypted file without ``key`` raises ``DatabaseLocked``; a key that does not fit,
    ``WrongKey``. Catch errors with ``cipher.errors()``: sqlcipher3's are its own classes."""
    path = Path(path)
    plain = cipher.is_plain(path)
    if not plain and key is None and cipher.is_encrypted(path):
        raise cipher.DatabaseLocked(cipher.locked_message(path))
    if key is not None and not plain:
        return cipher.connect(path, key, mode=mode, timeout=timeout)
    if mode:
        return sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True,
                               timeout=timeout)
    return sqlite3.connect(path, timeout=timeout)


def current_key() -> bytes | None:
    """The key of the database bound to the models, or None (plain, a server, none open)."""
    return getattr(DB.obj, "samvirke_key", None)


def current_encrypted_file() -> tuple[Path, bytes] | None:
    """The encrypted file bound to the models and its key, or None when it is not one."""
    key = current_key()
    if key is None:
        return None
    return Path(getattr(DB.obj, "samvirke_path", None) or DB.obj.database), key


def check_sqlite_file(path: Path, *, create: bool, read_only: bool = False,
                      key: bytes | None = None) -> None:
    """Refuse clearly what SQLite would otherwise fail on with a traceback. An encrypted file
    without ``key`` raises ``cipher.DatabaseLocked`` (log in first); whether ``key`` fits is
    found when it is opened."""
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseFolderMissing(
            f"Mappen «{folder}» finnes ikke. Hvis databasen ligger på en delt mappe, sjekk at "
            "nettverksdisken er koblet til, eller velg en annen mappe."
        )
    if not path.exists():
        if not create or read_only:
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
    encrypted = bool(header) and header != SQLITE_HEADER and cipher.is_encrypted(path)
    if header and header != SQLITE_HEADER and not encrypted:
        raise NotASamvirkeDatabase(
            f"«{path.name}» er ikke en Samvirke-database. Velg en fil som slutter på .db og er "
            "laget av Samvirke."
        )
    if encrypted and key is None:
        raise cipher.DatabaseLocked(cipher.locked_message(path))
    # An encrypted file's header is unreadable without the key: open_database checks it after.
    if (not create or read_only) and not encrypted:
        refuse_unless_samvirke(path)
    if read_only:
        return
    # The mode bits count too: an administrator (or root) may bypass them, but a file
    # marked read-only must not be written to.
    if (not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)
            or not path.stat().st_mode & 0o222):
        raise DatabaseReadOnly(
            f"Databasen «{path}» er skrivebeskyttet, eller du mangler skrivetilgang til mappen den "
            "ligger i. Samvirke må kunne lagre i både filen og mappen. Be om skrivetilgang, eller "
            "kopier filen til en mappe du kan skrive i."
        )


def refuse_unless_samvirke(path: Path) -> None:
    """Refuse an existing file that is not already a Samvirke database (an empty file, an empty
    SQLite database, another program's), so that only the commands that make a database (a new
    database in the window, ``samvirke demo``) ever turn a file into one. Reads the header only:
    Samvirke's ``application_id`` sits at byte 68."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseReadOnly(
            f"Samvirke får ikke lest «{path}» ({exc.strerror}). Sjekk at du har tilgang til filen."
        ) from exc
    if not header:
        raise NotASamvirkeDatabase(
            f"«{path.name}» er en tom fil, ikke en Samvirke-database. Velg databasefilen teamet "
            "bruker, eller lag en ny database (Fil → Ny database).")
    if len(header) < 72 or int.from_bytes(header[68:72], "big") != schema.APPLICATION_ID:
        raise NotASamvirkeDatabase(
            f"«{path.name}» er ikke en Samvirke-database, men en SQLite-database fra et annet "
            "program (eller en tom en). Velg databasefilen teamet bruker, eller lag en ny "
            "database (Fil → Ny database).")


def open_database(target: str | os.PathLike | None = None, *, create: bool | None = None,
                  read_only: bool = False, key: bytes | None = None) -> OpenedDatabase:
    """Open (and create or upgrade) a Samvirke database and bind the models to it.

    ``create``: whether a missing file may be made; by default only the embedded
    default database and an explicitly named new file are created. With ``create=False`` (and
    read-only) an existing file that is not a Samvirke database, an empty one included, is
    refused rather than made into one (``refuse_unless_samvirke``).
    ``read_only``: open without the right to change anything (a damaged file, a copy to
    look at); every save then fails with ``DatabaseReadOnly``. Nothing is upgraded.
    ``key``: the key of an encrypted file (``encryption.unlock``); a new file made with a key
    is encrypted. A plain file opens plain, key or not. An encrypted file without a key raises
    ``cipher.DatabaseLocked``, with a key that does not fit ``cipher.WrongKey``.
    """
    target, is_default = resolve_target(target)
    if is_url(target):
        return _open_url(target, read_only=read_only)

    path = Path(target).expanduser().absolute()
    if is_default and not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    check_sqlite_file(path, create=True if create is None else create, read_only=read_only,
                      key=key)

    made = False
    if not path.exists():
        # Made empty and private before SQLite writes a byte (its journal takes the same mode).
        private_files.create_private(path)
        made = True
    encrypted = key is not None and not cipher.is_plain(path)
    existing = not made and path.stat().st_size > 0
    db = make_sqlite(path, read_only=read_only, key=key if encrypted else None)
    try:
        db.connect()
        if encrypted and existing and (create is False or read_only):
            _refuse_unless_samvirke_encrypted(db, path)
        result = schema.prepare(db, path, read_only=read_only)
    except (peewee.DatabaseError, *cipher.errors("DatabaseError")) as exc:
        db.close()
        _remove_if_made(path, made)
        raise explain_sqlite_error(exc, path, encrypted=encrypted) from exc
    except BaseException:
        db.close()
        _remove_if_made(path, made)
        raise
    DB.initialize(db)
    log.info("Opened %s (schema %s%s)", path, schema.LATEST_VERSION,
             ", encrypted" if encrypted else "")
    return OpenedDatabase(
        database=db,
        location=str(path),
        display_name=path.name,
        migrated_from=result.migrated_from,
        backup_path=result.backup_path,
        read_only=read_only,
    )


def _remove_if_made(path: Path, made: bool) -> None:
    try:
        if made and path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass


def _refuse_unless_samvirke_encrypted(db: peewee.SqliteDatabase, path: Path) -> None:
    """``refuse_unless_samvirke`` for an encrypted file, read through its key."""
    app_id = db.execute_sql("PRAGMA application_id").fetchone()[0]
    if app_id != schema.APPLICATION_ID:
        raise NotASamvirkeDatabase(
            f"«{path.name}» er ikke en Samvirke-database, men en kryptert database fra et annet "
            "program (eller en tom en). Velg databasefilen teamet bruker, eller lag en ny "
            "database (Fil → Ny database).")


def explain_sqlite_error(exc: Exception, path: Path, *, encrypted: bool = False) -> Exception:
    """Turn SQLite's own words into a message the user can act on."""
    text = str(exc).lower()
    if encrypted and ("not a database" in text or "file is encrypted" in text):
        return cipher.WrongKey(cipher.wrong_key_message(path), details=str(exc))
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


# --- a PostgreSQL server ------------------------------------------------------

SERVER_SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_SECONDS = 10


def _server_place(params: dict) -> str:
    host = params.get("host") or "localhost"
    return f"{host}:{params['port']}" if params.get("port") else str(host)


def explain_server_error(exc: Exception, params: dict, safe_url: str) -> DatabaseServerError:
    """Turn libpq's words about a failed connection into a message the user can act on."""
    text = str(exc)
    low = text.lower()
    place = _server_place(params)
    user = params.get("user") or "(ditt brukernavn)"
    name = params.get("database") or ""
    if "password authentication failed" in low or "no password supplied" in low \
            or "fe_sendauth" in low:
        message = (f"Databasetjeneren {place} godtok ikke brukernavnet «{user}» med dette passordet. "
                   "Sjekk brukernavn og passord (i adressen, i PGPASSWORD eller i pgpass-filen), "
                   "eller be den som driver tjeneren om et nytt passord.")
    elif "role" in low and "does not exist" in low:
        message = (f"Brukeren «{user}» finnes ikke på databasetjeneren {place}. Sjekk brukernavnet "
                   "i adressen, eller be den som driver tjeneren om å opprette brukeren.")
    elif "database" in low and "does not exist" in low:
        message = (f"Databasen «{name}» finnes ikke på tjeneren {place}. Sjekk navnet i adressen, "
                   "eller be den som driver tjeneren om å opprette en tom database.")
    elif "pg_hba.conf" in low:
        message = (f"Databasetjeneren {place} slipper ikke inn brukeren «{user}» fra denne PC-en. "
                   "Be den som driver tjeneren om tilgang (pg_hba.conf).")
    elif "could not translate host name" in low or "name or service not known" in low \
            or "nodename nor servname" in low:
        message = (f"Finner ikke databasetjeneren «{params.get('host')}». Sjekk adressen, og at "
                   "PC-en er koblet til kommunens nett (eventuelt VPN).")
    elif "too many connections" in low or "remaining connection slots" in low:
        message = (f"Databasetjeneren {place} har ikke plass til flere tilkoblinger akkurat nå. "
                   "Prøv igjen om litt, eller si fra til den som driver tjeneren.")
    elif "permission denied" in low:
        message = (f"Brukeren «{user}» har ikke lov til å bruke databasen «{name}» på {place}. "
                   "Be den som driver tjeneren om rettigheter til å lage og endre tabeller der.")
    else:
        message = (f"Får ikke kontakt med databasetjeneren {place}. Sjekk at PC-en er på nettet "
                   "(eventuelt VPN), at adressen er riktig og at tjeneren er i gang. Prøv igjen "
                   "om litt.")
    return DatabaseServerError(message, details=f"{safe_url}: {text.strip()}")


def _server_params(url: str, safe: str) -> dict:
    from playhouse.db_url import parse

    scheme = url.split("://", 1)[0].lower()
    if scheme not in SERVER_SCHEMES:
        raise DatabaseServerError(
            f"Samvirke forstår ikke adressen «{safe}». En databasetjener skrives slik: "
            "postgresql://bruker@tjener/database (en databasefil velges som en vanlig fil).")
    try:
        params = parse(url, unquote_password=True, unquote_user=True)
    except ValueError as exc:  # e.g. a port that is not a number
        raise DatabaseServerError(f"Adressen «{safe}» er ikke gyldig ({exc}).") from exc
    if not params.get("database"):
        raise DatabaseServerError(
            f"Adressen «{safe}» mangler navnet på databasen. Skriv den slik: "
            "postgresql://bruker@tjener/samvirke.")
    return params


def connect_url(url: str, *, read_only: bool = False) -> peewee.Database:
    """Connect to the PostgreSQL database ``url`` names (its schema is not checked here).

    Waits at most ``CONNECT_TIMEOUT_SECONDS`` for the server, and makes a write wait at most
    ``BUSY_TIMEOUT_SECONDS`` for a row a colleague is saving (``lock_timeout``), like SQLite's
    busy timeout; the write path then retries.
    """
    from playhouse.db_url import connect

    safe = hide_password(url)
    params = _server_params(url, safe)
    extra = {}
    if "connect_timeout" not in params:
        extra["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    if "application_name" not in params:
        extra["application_name"] = "Samvirke"
    if "options" not in params:
        options = f"-c lock_timeout={BUSY_TIMEOUT_SECONDS * 1000}"
        if read_only:
            options += " -c default_transaction_read_only=on"
        extra["options"] = options
    try:
        db = connect(url, unquote_password=True, unquote_user=True, **extra)
        db.connect()
    except (ImportError, peewee.ImproperlyConfigured) as exc:
        raise DatabaseServerError(
            "Denne installasjonen av Samvirke mangler støtte for PostgreSQL (psycopg2). Installer "
            "Samvirke med PostgreSQL-tillegget (pip install 'samvirke[postgres]'), eller be den "
            "som installerte Samvirke om å gjøre det.", details=str(exc)) from exc
    except peewee.PeeweeException as exc:
        raise explain_server_error(exc, params, safe) from exc
    db.samvirke_read_only = read_only
    db.samvirke_location = safe
    return db


def _open_url(url: str, *, read_only: bool = False) -> OpenedDatabase:
    db = connect_url(url, read_only=read_only)
    try:
        result = schema.prepare(db, None, read_only=read_only)
    except peewee.PeeweeException as exc:
        db.close()
        raise DatabaseServerError(
            "Databasetjeneren godtok tilkoblingen, men Samvirke fikk ikke gjort databasen klar "
            f"({str(exc).strip()}). Sjekk at brukeren har lov til å lage tabeller i databasen.",
            details=str(exc)) from exc
    except BaseException:
        db.close()
        raise
    DB.initialize(db)
    safe = hide_password(url)
    name = db.database or safe
    log.info("Opened %s (schema %s)", safe, schema.LATEST_VERSION)
    return OpenedDatabase(database=db, location=safe, display_name=str(name),
                          migrated_from=result.migrated_from, read_only=read_only)


def ensure_connected(db: peewee.Database) -> bool:
    """Reconnect a server connection lost while idle (server restart, network blip).

    Costs one round trip. Returns True when it had to reconnect. SQLite needs none of this.
    """
    if isinstance(db, peewee.SqliteDatabase) or db.in_transaction():
        return False
    if not db.is_closed():
        try:
            db.execute_sql("SELECT 1")
            return False
        except peewee.PeeweeException as exc:
            log.info("Server connection lost, reconnecting: %s", exc)
        try:
            db.close()
        except peewee.PeeweeException:
            pass
    try:
        db.connect(reuse_if_open=True)
    except peewee.PeeweeException as exc:
        params = {"host": db.connect_params.get("host"), "port": db.connect_params.get("port"),
                  "user": db.connect_params.get("user"), "database": db.database}
        raise explain_server_error(exc, params, getattr(db, "samvirke_location", "")) from exc
    return True


def hide_password(url: str) -> str:
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"



_on_close: list = []


def call_on_close(callback) -> None:
    """Have ``callback()`` run after every ``close_database`` (``db.sharing`` removes the markers
    that say this PC has the file open)."""
    if callback not in _on_close:
        _on_close.append(callback)


def close_database() -> None:
    db = DB.obj
    if db is not None and not db.is_closed():
        db.close()
    for callback in list(_on_close):
        callback()
