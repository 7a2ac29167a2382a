"""The key file beside an encrypted database: its key, wrapped once for each user account and
once for the recovery code.

The database is encrypted as a whole, so what opens it cannot live inside it. It lives in
``<database>.keys`` (``team.db`` → ``team.db.keys``), a small plain SQLite file in the same
folder, mode 0600. SQLite rather than JSON: two PCs on the shared folder may add a user and
count a wrong password in it at the same moment, and SQLite's locking and rollback journal,
which the team database already relies on there, keep each change whole and none lost
without a lock file of our own. A backup carries a copy of it (``<backup>.db.keys``).

One entry (a row): a salt of 16 random bytes, new at every wrapping; Argon2id(secret, salt)
gives 64 bytes. The first 32 are XORed with the database key (``wrapped``); the other 32 are
the key of an HMAC-SHA256 ``tag`` over the entry's name, parameters, salt and wrapped key.
Why that is sound: the database key is 32 uniformly random bytes, and the pad is the output of
a memory-hard pseudorandom function of the secret under a salt never used before, so the
wrapped key is a one-time pad: without the secret it says nothing about the key. The tag
(encrypt-then-MAC, with the other, independent half of the output) tells a wrong secret from
the right one before the database is tried, and an entry moved to another user's name or
altered from a whole one. An unkeyed ``checksum`` over the stored bytes tells an entry damaged
by accident (a flipped bit, a file cut short) from a wrong password. ``key_check`` (an HMAC of
a constant under the database key) lets an administrator's open key be checked against the
file before a new entry is added, so an entry can never hold another database's key.

What it does not do: a copy of the key file can be attacked offline at the cost of one
Argon2id per guessed password (as the password hashes could before); the count of wrong tries
below only slows guessing through Samvirke. Removing an entry stops that password from opening
the file, but a person who kept an old copy of the key file and knows their old password still
holds the key: the database key itself never changes.
"""
import datetime
import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from samvirke_desktop.db import private_files
from samvirke_desktop.db.cipher import key_file_for  # noqa: F401  (the name the callers use)
from samvirke_desktop.errors import DatabaseOpenError, DatabaseReadOnly, SamvirkeError

log = logging.getLogger(__name__)

KEY_FILE_ID = 0x53414D4B  # "SAMK"
FORMAT_VERSION = 1
RECOVERY = "recovery"
USER_PREFIX = "user:"
KEY_BYTES = 32
SALT_BYTES = 16
CHECKSUM_BYTES = 16
# As argon2-cffi's PasswordHasher by default (RFC 9106, low memory), as the password hashes
# in the database are made. Stored with each entry, so a later Samvirke may raise them.
ARGON2 = {"type": "argon2id", "version": 19, "time_cost": 3, "memory_cost": 65536,
          "parallelism": 4}
# Parameters read from a file are used only within these bounds (a damaged file must not make
# Samvirke try to take 100 GB of memory).
_BOUNDS = {"time_cost": (1, 50), "memory_cost": (8, 1 << 21), "parallelism": (1, 64)}
# The same rule as domain.team.users.wait_seconds_after (tests compare the two).
FREE_TRIES = 3
MAX_WAIT_SECONDS = 300
TIMEOUT_SECONDS = 15

_SCHEMA = """
CREATE TABLE key_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE wrapped_key (
    name TEXT PRIMARY KEY,
    kdf TEXT NOT NULL,
    salt BLOB NOT NULL,
    wrapped BLOB NOT NULL,
    tag BLOB NOT NULL,
    checksum BLOB NOT NULL,
    failed INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT,
    updated_at TEXT NOT NULL
);
"""


class KeyFileMissing(DatabaseOpenError):
    title = "Nøkkelfilen mangler"


class KeyFileDamaged(DatabaseOpenError):
    title = "Nøkkelfilen er skadet"


class UnlockFailed(SamvirkeError):
    """A wrong password or recovery code, or the wait after too many; ``wait_seconds`` as in
    ``domain.team.users.LoginFailed``."""

    title = "Innlogging"

    def __init__(self, message: str, *, wait_seconds: int = 0):
        super().__init__(message)
        self.wait_seconds = wait_seconds


class WrongSecret(UnlockFailed):
    pass


class NoEntry(UnlockFailed):
    """The user name has no key in the file."""


def user_entry(username: str) -> str:
    """The entry of a user account, by the user name as the database stores it."""
    return USER_PREFIX + username.strip().lower()


def wait_seconds_after(failed: int) -> int:
    if failed < FREE_TRIES:
        return 0
    return min(2 ** (failed - FREE_TRIES + 1), MAX_WAIT_SECONDS)


def _missing_message(path: Path) -> str:
    database = path.name.removesuffix(".keys")
    return (f"Finner ikke nøkkelfilen «{path.name}». Den skal ligge i samme mappe som databasen "
            f"«{database}», og uten den kan ingen åpne den krypterte databasen. Legg den "
            "tilbake fra en sikkerhetskopi: ved siden av hver kopi ligger nøkkelfilen med samme "
            "navn og «.keys» til slutt (logg da inn med passordet du hadde da kopien ble tatt).")


def _damaged_message(path: Path) -> str:
    return (f"Nøkkelfilen «{path.name}» er skadet, så Samvirke får ikke åpnet den krypterte "
            "databasen. Legg tilbake nøkkelfilen fra den nyeste sikkerhetskopien (filen med "
            "samme navn som kopien og «.keys» til slutt), og logg inn med passordet du hadde da "
            "kopien ble tatt.")


def _wrong_message(name: str) -> str:
    if name == RECOVERY:
        return ("Gjenopprettingskoden stemmer ikke. Sjekk at alle 24 tegnene er riktige "
                "(bindestreker og mellomrom spiller ingen rolle), og prøv igjen.")
    return "Feil brukernavn eller passord. Sjekk at Caps Lock er av, og prøv igjen."


def _no_entry_message(name: str) -> str:
    if name == RECOVERY:
        return ("Denne databasen har ingen gjenopprettingskode. Logg inn med en "
                "administrators brukernavn og passord.")
    username = name.removeprefix(USER_PREFIX)
    return (f"Brukeren «{username}» har ingen nøkkel til denne krypterte databasen. Sjekk "
            "brukernavnet. Har du nettopp fått konto, eller ble databasen nettopp kryptert, må "
            "en administrator gi deg et nytt passord (Innstillinger → Brukere).")


# --- wrapping ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    kdf: str
    salt: bytes
    wrapped: bytes
    tag: bytes
    checksum: bytes
    failed: int = 0
    last_failed_at: datetime.datetime | None = None


def _derive(secret: str, salt: bytes, kdf: dict) -> tuple[bytes, bytes]:
    out = hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf["time_cost"],
                          memory_cost=kdf["memory_cost"], parallelism=kdf["parallelism"],
                          hash_len=2 * KEY_BYTES, type=Type.ID, version=kdf["version"])
    return out[:KEY_BYTES], out[KEY_BYTES:]


def _tag(mac_key: bytes, name: str, kdf: str, salt: bytes, wrapped: bytes) -> bytes:
    message = b"\x00".join([b"samvirke-key-wrap/1", name.encode("utf-8"), kdf.encode("utf-8"),
                            salt, wrapped])
    return hmac.new(mac_key, message, hashlib.sha256).digest()


def _checksum(name: str, kdf: str, salt: bytes, wrapped: bytes, tag: bytes) -> bytes:
    message = b"\x00".join([b"samvirke-key-entry/1", name.encode("utf-8"), kdf.encode("utf-8"),
                            salt, wrapped, tag])
    return hashlib.sha256(message).digest()[:CHECKSUM_BYTES]


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def key_check(key: bytes) -> str:
    return hmac.new(key, b"samvirke-key-check/1", hashlib.sha256).hexdigest()


def _wrap(key: bytes, name: str, secret: str) -> _Entry:
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    kdf = json.dumps(ARGON2, sort_keys=True)
    salt = secrets.token_bytes(SALT_BYTES)
    pad, mac_key = _derive(secret, salt, ARGON2)
    wrapped = _xor(key, pad)
    tag = _tag(mac_key, name, kdf, salt, wrapped)
    return _Entry(kdf, salt, wrapped, tag, _checksum(name, kdf, salt, wrapped, tag))


def _parse_kdf(text: str) -> dict:
    kdf = json.loads(text)
    if not isinstance(kdf, dict) or kdf.get("type") != "argon2id" or kdf.get("version") != 19:
        raise ValueError("unknown key derivation")
    for name, (low, high) in _BOUNDS.items():
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"{name} out of bounds")
    if kdf["memory_cost"] < 8 * kdf["parallelism"]:
        raise ValueError("memory_cost too small")
    return kdf


def _unwrap(entry: _Entry, name: str, secret: str) -> bytes | None:
    """The database key, or None when ``secret`` is not the one the entry was wrapped with."""
    pad, mac_key = _derive(secret, entry.salt, _parse_kdf(entry.kdf))
    expected = _tag(mac_key, name, entry.kdf, entry.salt, entry.wrapped)
    if not hmac.compare_digest(expected, entry.tag):
        return None
    return _xor(entry.wrapped, pad)


# --- the file -------------------------------------------------------------------------

def _connect(path: Path, *, write: bool) -> sqlite3.Connection:
    """An open key file, checked to be one; ``write``: for a change (else read-only when the
    file or its folder may not be written, as on a share the user may only read)."""
    if not path.is_file():
        raise KeyFileMissing(_missing_message(path))
    writable = write or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    uri = f"{path.absolute().as_uri()}?mode={'rw' if writable else 'ro'}"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise KeyFileDamaged(_damaged_message(path), details=str(exc)) from None
    try:
        con.execute(f"PRAGMA busy_timeout = {TIMEOUT_SECONDS * 1000}")
        if writable:
            con.execute("PRAGMA synchronous = full")
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError as exc:
        con.close()
        if "locked" in str(exc).lower():
            raise
        raise KeyFileDamaged(_damaged_message(path), details=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        con.close()
        raise KeyFileDamaged(_damaged_message(path), details=str(exc)) from None
    if app_id != KEY_FILE_ID:
        con.close()
        raise KeyFileDamaged(_damaged_message(path), details=f"application_id {app_id}")
    if version > FORMAT_VERSION:
        con.close()
        raise KeyFileDamaged(
            f"Nøkkelfilen «{path.name}» er laget av en nyere Samvirke. Oppdater Samvirke på "
            "denne PC-en, så alle på teamet har samme versjon.", details=f"user_version {version}")
    return con


def _read(con: sqlite3.Connection, path: Path, sql: str, params=()) -> list:
    try:
        return con.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise
        raise KeyFileDamaged(_damaged_message(path), details=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise KeyFileDamaged(_damaged_message(path), details=str(exc)) from None


def _entry(con: sqlite3.Connection, path: Path, name: str) -> _Entry | None:
    rows = _read(con, path, "SELECT kdf, salt, wrapped, tag, checksum, failed, last_failed_at "
                            "FROM wrapped_key WHERE name = ?", (name,))
    if not rows:
        return None
    kdf, salt, wrapped, tag, checksum, failed, last = rows[0]
    try:
        if not (isinstance(kdf, str) and isinstance(salt, bytes) and len(salt) == SALT_BYTES
                and isinstance(wrapped, bytes) and len(wrapped) == KEY_BYTES
                and isinstance(tag, bytes) and len(tag) == 32
                and isinstance(checksum, bytes)):
            raise ValueError("wrong types or sizes")
        if not hmac.compare_digest(checksum, _checksum(name, kdf, salt, wrapped, tag)):
            raise ValueError("checksum")
        _parse_kdf(kdf)
        at = datetime.datetime.fromisoformat(last) if last else None
        entry = _Entry(kdf, salt, wrapped, tag, checksum, int(failed or 0), at)
    except (ValueError, TypeError) as exc:
        raise KeyFileDamaged(_damaged_message(path), details=f"{name}: {exc}") from None
    return entry


def _meta(con: sqlite3.Connection, path: Path, name: str) -> str:
    rows = _read(con, path, "SELECT value FROM key_meta WHERE name = ?", (name,))
    if not rows:
        raise KeyFileDamaged(_damaged_message(path), details=f"{name} missing")
    return rows[0][0]


def _require_key(con: sqlite3.Connection, path: Path, key: bytes) -> None:
    if not hmac.compare_digest(_meta(con, path, "key_check"), key_check(key)):
        raise KeyFileDamaged(
            f"Nøkkelfilen «{path.name}» hører ikke til databasen som er åpen, så Samvirke "
            "endrer den ikke. Legg tilbake nøkkelfilen som hører til databasen (fra en "
            "sikkerhetskopi), og prøv igjen.", details="key_check")


def _store(con: sqlite3.Connection, name: str, entry: _Entry, now: datetime.datetime) -> None:
    con.execute(
        "INSERT INTO wrapped_key (name, kdf, salt, wrapped, tag, checksum, failed, "
        "last_failed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?) "
        "ON CONFLICT (name) DO UPDATE SET kdf = excluded.kdf, salt = excluded.salt, "
        "wrapped = excluded.wrapped, tag = excluded.tag, checksum = excluded.checksum, "
        "failed = 0, last_failed_at = NULL, updated_at = excluded.updated_at",
        (name, entry.kdf, entry.salt, entry.wrapped, entry.tag, entry.checksum,
         now.isoformat(timespec="seconds")))


def _write(con: sqlite3.Connection, path: Path, change) -> None:
    """Run ``change(con)`` in one write transaction, waiting for a colleague's (BEGIN
    IMMEDIATE, as the database itself)."""
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            change(con)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text:
            raise DatabaseReadOnly(
                f"Samvirke får ikke skrevet i nøkkelfilen «{path.name}» (skrivebeskyttet). Be om "
                "skrivetilgang til filen og mappen, og prøv igjen.", details=str(exc)) from None
        raise


def create(path: str | os.PathLike, key: bytes, entries: dict[str, str]) -> None:
    """Write a new key file ``path`` holding ``key`` wrapped once per ``{name: secret}``.

    The file is made under a temporary name and moved into place whole; an existing key file
    is never replaced (``FileExistsError``)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(str(path))
    now = datetime.datetime.now()
    wrapped = {name: _wrap(key, name, secret) for name, secret in entries.items()}
    tmp = private_files.fresh_private(path.with_name(f"{path.name}.tmp-{os.getpid()}"))
    try:
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode = delete")
            con.executescript(_SCHEMA)
            con.execute("BEGIN")
            con.executemany("INSERT INTO key_meta (name, value) VALUES (?, ?)", [
                ("format", "samvirke-keys"), ("key_check", key_check(key)),
                ("created_at", now.isoformat(timespec="seconds"))])
            for name, entry in wrapped.items():
                _store(con, name, entry, now)
            con.execute(f"PRAGMA application_id = {KEY_FILE_ID}")
            con.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
            con.execute("COMMIT")
        finally:
            con.close()
        if path.exists():
            raise FileExistsError(str(path))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("Key file %s written with %d entries", path, len(entries))


def unlock(path: str | os.PathLike, name: str, secret: str, *,
           now: datetime.datetime | None = None) -> bytes:
    """The database key from entry ``name`` opened with ``secret``.

    Wrong secrets are counted in the entry, and after ``FREE_TRIES`` of them the next try must
    wait (2, 4, 8 … seconds, at most five minutes), as logging in to a plain database does. A
    key file that may only be read still opens; it just cannot count."""
    path = Path(path)
    now = now or datetime.datetime.now()
    con = _connect(path, write=False)
    try:
        entry = _entry(con, path, name)
        if entry is None:
            raise NoEntry(_no_entry_message(name))
        wait = wait_seconds_after(entry.failed)
        if wait and entry.last_failed_at:
            remaining = min(wait, int(wait - (now - entry.last_failed_at).total_seconds()))
            if remaining > 0:
                raise UnlockFailed(f"For mange feil forsøk. Vent {remaining} sekunder før du "
                                   "prøver igjen.", wait_seconds=remaining)
        try:
            key = _unwrap(entry, name, secret)
        except ValueError as exc:
            raise KeyFileDamaged(_damaged_message(path), details=str(exc)) from None
        if key is None:
            _count(con, path, name, "failed = failed + 1, last_failed_at = ?",
                   (now.isoformat(timespec="seconds"),))
            raise WrongSecret(_wrong_message(name))
        _require_key(con, path, key)
        if entry.failed:
            _count(con, path, name, "failed = 0, last_failed_at = NULL", ())
        return key
    finally:
        con.close()


def _count(con: sqlite3.Connection, path: Path, name: str, assignment: str, params) -> None:
    def change(c):
        c.execute(f"UPDATE wrapped_key SET {assignment} WHERE name = ?", (*params, name))

    try:
        _write(con, path, change)
    except (DatabaseReadOnly, sqlite3.Error) as exc:  # read-only or busy: the answer is the same
        log.info("Could not count a try in %s: %s", path, exc)


def put(path: str | os.PathLike, key: bytes, name: str, secret: str) -> None:
    """Add the entry ``name`` (or replace it, with a fresh salt and its count of wrong tries
    cleared), holding ``key`` wrapped with ``secret``. ``key`` must be this file's key."""
    path = Path(path)
    entry = _wrap(key, name, secret)  # before the write lock: Argon2id takes a while
    con = _connect(path, write=True)
    try:
        _require_key(con, path, key)
        _write(con, path, lambda c: _store(c, name, entry, datetime.datetime.now()))
    finally:
        con.close()


def remove(path: str | os.PathLike, key: bytes, name: str) -> bool:
    """Remove the entry ``name``; False when there was none."""
    path = Path(path)
    con = _connect(path, write=True)
    removed = []
    try:
        _require_key(con, path, key)
        _write(con, path, lambda c: removed.append(
            c.execute("DELETE FROM wrapped_key WHERE name = ?", (name,)).rowcount))
    finally:
        con.close()
    return bool(removed and removed[0])


def names(path: str | os.PathLike) -> list[str]:
    path = Path(path)
    con = _connect(path, write=False)
    try:
        return [r[0] for r in _read(con, path, "SELECT name FROM wrapped_key ORDER BY name")]
    finally:
        con.close()


def verify(path: str | os.PathLike, key: bytes | None = None) -> int:
    """Check that ``path`` is a whole key file (and, given ``key``, that it holds that key);
    returns the number of entries. Raises ``KeyFileMissing`` or ``KeyFileDamaged``."""
    path = Path(path)
    con = _connect(path, write=False)
    try:
        check = _read(con, path, "PRAGMA integrity_check")
        if check != [("ok",)]:
            raise KeyFileDamaged(_damaged_message(path), details=str(check[:3]))
        found = [r[0] for r in _read(con, path, "SELECT name FROM wrapped_key")]
        for name in found:
            _entry(con, path, name)
        if key is not None:
            _require_key(con, path, key)
        else:
            _meta(con, path, "key_check")
        return len(found)
    finally:
        con.close()


def copy(path: str | os.PathLike, target: str | os.PathLike) -> None:
    """Copy the key file into the new private file ``target`` (SQLite's backup API: a whole
    copy even while a colleague writes to it), moved into place whole."""
    path, target = Path(path), Path(target)
    tmp = private_files.fresh_private(target.with_name(target.name + ".tmp"))
    try:
        source = _connect(path, write=False)
        try:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = delete")
            finally:
                dest.close()
        finally:
            source.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
