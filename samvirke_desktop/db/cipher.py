"""An encrypted team database: SQLCipher through the ``sqlcipher3`` package.

SQLCipher encrypts the whole file page by page (AES-256, each page with its own HMAC), the
rollback journal included; without the key the file is random bytes, header and all. The key
is 32 random bytes (``db.encryption`` makes it, ``db.key_file`` keeps it wrapped per user),
given to SQLCipher as a raw key (``x'…'``), so no passphrase is stretched at each connect: the
stretching of the user's password happens once, at log-in.

Why not ``playhouse.sqlcipher_ext.SqlCipherDatabase``: it takes a passphrase only (quoting
would turn a raw key into a passphrase, run through PBKDF2 with 256 000 rounds at every
connect), and it does not pass the busy timeout on. ``EncryptedSqliteDatabase`` below is a
``peewee.SqliteDatabase`` (so the write path, change watching and migrations treat it as
SQLite) whose connections come from sqlcipher3, keyed first, then given the busy timeout as a
pragma, then checked by reading the schema.

``sqlcipher3`` is imported only when an encrypted file is opened: a plain file (the demo) opens
as before, through Python's own ``sqlite3``. One process must not hold a file open through
both libraries at once (each keeps its own POSIX locks; closing one could drop the other's),
so an encrypted file is always opened through sqlcipher3, also for checks and backups
(``connection.connect_file``).
"""
import datetime
import decimal
import logging
import os
import sqlite3
import sys
from pathlib import Path

import peewee

from samvirke_desktop.errors import DatabaseOpenError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
# SQLCipher's smallest page; every SQLCipher file is a whole number of pages.
_MIN_PAGE = 512


class DatabaseLocked(DatabaseOpenError):
    """The file is encrypted and no key was given: log in first."""

    title = "Databasen er kryptert"


class WrongKey(DatabaseOpenError):
    """The key opened nothing: the key file belongs to another database, or the start of the
    file is damaged (SQLCipher cannot tell the two apart)."""

    title = "Nøkkelen passer ikke"


def locked_message(path: Path) -> str:
    return (f"Databasen «{Path(path).name}» er kryptert. Logg inn med brukernavn og passord for "
            "å åpne den.")


def wrong_key_message(path: Path) -> str:
    path = Path(path)
    return (f"Nøkkelen passer ikke til databasefilen «{path.name}». Enten hører nøkkelfilen "
            f"«{path.name}.keys» til en annen database, eller starten av databasefilen er skadet. "
            "Legg tilbake nøkkelfilen som hører til databasen, eller gjenopprett databasen fra "
            "en sikkerhetskopi (med nøkkelfilen som ligger ved siden av kopien).")


# --- what kind of file -----------------------------------------------------------

def _head(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER))
    except OSError:
        return None


def key_file_for(db_path: str | os.PathLike) -> Path:
    """Where an encrypted file's wrapped keys live: beside it, ``team.db`` → ``team.db.keys``."""
    return Path(str(db_path) + ".keys")


def is_plain(path: str | os.PathLike) -> bool:
    """True for a file that starts as every plain SQLite file does."""
    return _head(Path(path)) == SQLITE_HEADER


def is_encrypted(path: str | os.PathLike) -> bool:
    """True for a file that is not plain SQLite and has the shape of an SQLCipher file (whole
    pages). Without the key nothing more can be known: random bytes of the right length look
    the same, and opening with the key tells them apart."""
    path = Path(path)
    head = _head(path)
    if not head or head == SQLITE_HEADER:
        return False
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= _MIN_PAGE and size % _MIN_PAGE == 0


# --- the driver --------------------------------------------------------------------

_driver = None


def driver():
    """The sqlcipher3 DB-API module, imported and set up on first use."""
    global _driver
    if _driver is None:
        from sqlcipher3 import dbapi2

        # Stored as peewee stores them through sqlite3, so a value reads back the same from
        # either kind of file.
        dbapi2.register_adapter(decimal.Decimal, str)
        dbapi2.register_adapter(datetime.date, str)
        dbapi2.register_adapter(datetime.time, str)
        # SQLCipher writes its own errors (a wrong key: "hmac check failed") to stderr; the
        # user gets them as Samvirke's messages instead.
        probe = dbapi2.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
        finally:
            probe.close()
        _driver = dbapi2
    return _driver


def errors(name: str = "Error") -> tuple[type[BaseException], ...]:
    """The DB-API exception class ``name`` of both drivers, for an ``except`` clause (read
    when an exception is caught, so sqlcipher3 is not imported for a plain file)."""
    found = [getattr(sqlite3, name)]
    module = sys.modules.get("sqlcipher3.dbapi2")
    if module is not None:
        found.append(getattr(module, name))
    return tuple(found)


def is_connection(con) -> bool:
    """True for a sqlcipher3 connection (not Python's own sqlite3)."""
    return type(con).__module__.startswith("sqlcipher3")


def raw_key(key: bytes) -> str:
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"x'{bytes(key).hex()}'"


def apply_key(con, key: bytes, path: Path, *, timeout: float) -> None:
    """Key a fresh sqlcipher3 connection (the first statement it runs), set its busy timeout,
    and prove the key by reading the schema; a key that does not fit raises ``WrongKey``."""
    con.execute(f'PRAGMA key = "{raw_key(key)}"')
    con.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver().DatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text or "encrypted" in text:
            raise WrongKey(wrong_key_message(path), details=str(exc)) from None
        raise


def connect(path: str | os.PathLike, key: bytes, *, mode: str | None = None,
            timeout: float = 15, isolation_level: str | None = ""):
    """A keyed sqlcipher3 connection to ``path``; ``mode``: None, "ro" or "rw" (SQLite's
    URI modes: "ro" never writes, "rw" never creates)."""
    path = Path(path)
    sqlcipher = driver()
    if mode:
        con = sqlcipher.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True,
                                timeout=timeout, isolation_level=isolation_level)
    else:
        con = sqlcipher.connect(str(path), timeout=timeout, isolation_level=isolation_level)
    try:
        apply_key(con, key, path, timeout=timeout)
    except BaseException:
        con.close()
        raise
    return con


def check_key(path: str | os.PathLike, key: bytes, *, timeout: float = 15) -> None:
    """Raise ``WrongKey`` unless ``key`` opens the encrypted file ``path``."""
    connect(path, key, mode="ro", timeout=timeout).close()


class EncryptedSqliteDatabase(peewee.SqliteDatabase):
    """A peewee SQLite database on an encrypted file; ``key`` (32 bytes) opens it.

    ``samvirke_key`` is the key, for what must open the same file on connections of its own
    (backups, checks); ``samvirke_path`` the file, for messages."""

    def __init__(self, database, *, key: bytes, path: str | os.PathLike | None = None, **kwargs):
        raw_key(key)  # refuse a wrong-sized key before anything opens
        self.samvirke_key = bytes(key)
        self.samvirke_path = Path(path) if path else None
        # The SQLite inside sqlcipher3, not Python's, decides what SQL peewee may write.
        self.server_version = driver().sqlite_version_info
        super().__init__(database, **kwargs)

    def _connect(self):
        sqlcipher = driver()
        conn = sqlcipher.connect(self.database, timeout=self._timeout, isolation_level=None,
                                 **self.connect_params)
        try:
            apply_key(conn, self.samvirke_key, self.samvirke_path or Path(str(self.database)),
                      timeout=self._timeout)
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn


# --- a plain file made encrypted ---------------------------------------------------------

def export_encrypted(plain: str | os.PathLike, target: str | os.PathLike, key: bytes, *,
                     timeout: float = 15) -> None:
    """Write an encrypted copy of the plain database ``plain`` into the new, empty file
    ``target`` (``sqlcipher_export``, which copies schema and rows; the schema version and
    application id are set after it, since it leaves them out)."""
    plain, target = Path(plain), Path(target)
    con = driver().connect(f"{plain.absolute().as_uri()}?mode=ro", uri=True, timeout=timeout,
                           isolation_level=None)
    try:
        con.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        application_id = con.execute("PRAGMA application_id").fetchone()[0]
        con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), raw_key(key)))
        try:
            con.execute("PRAGMA encrypted.journal_mode = delete")
            con.execute("SELECT sqlcipher_export('encrypted')")
            con.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
            con.execute(f"PRAGMA encrypted.application_id = {int(application_id)}")
        finally:
            con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()


def differences(encrypted: str | os.PathLike, key: bytes, plain: str | os.PathLike, *,
                timeout: float = 15) -> list[str]:
    """Where the encrypted file and the plain file differ: schema, each table's rows (every
    column, compared both ways), schema version and application id. [] when they hold the
    same."""
    con = connect(encrypted, key, mode="ro", timeout=timeout)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''",
                    (f"{Path(plain).absolute().as_uri()}?mode=ro",))
        found = []
        for pragma in ("user_version", "application_id"):
            mine = con.execute(f"PRAGMA main.{pragma}").fetchone()[0]
            theirs = con.execute(f"PRAGMA plain.{pragma}").fetchone()[0]
            if mine != theirs:
                found.append(f"{pragma}: {mine} ≠ {theirs}")
        schema_sql = ("SELECT type, name, tbl_name, sql FROM {}.sqlite_master "
                      "ORDER BY type, name")
        if (con.execute(schema_sql.format("main")).fetchall()
                != con.execute(schema_sql.format("plain")).fetchall()):
            found.append("skjemaet er ulikt")
            return found
        tables = [row[0] for row in con.execute(
            "SELECT name FROM plain.sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            counts = [con.execute(f"SELECT count(*) FROM {side}.{quoted}").fetchone()[0]
                      for side in ("main", "plain")]
            only = [con.execute(f"SELECT count(*) FROM (SELECT * FROM {a}.{quoted} EXCEPT "
                                f"SELECT * FROM {b}.{quoted})").fetchone()[0]
                    for a, b in (("main", "plain"), ("plain", "main"))]
            if counts[0] != counts[1] or any(only):
                found.append(f"{table}: {counts[0]} rader mot {counts[1]}, {only[0] + only[1]} ulike")
        return found
    finally:
        con.close()
