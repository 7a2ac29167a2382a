"""Encryption at rest: what the log-in window, Innstillinger and the command line call.

A team database can be one encrypted file (SQLCipher, ``db.cipher``) with its key file beside
it (``db.key_file``). The database key is 32 random bytes; each user account holds its own
copy of it, wrapped with that user's password, and the recovery code holds one more. So
logging in is what opens the file, and nothing on the share opens it alone.

    made = create_encrypted_database(path, username="kari", password=pw)  # show made.recovery_code
    key = unlock(path, "kari", pw)              # at log-in; UnlockFailed on a wrong password
    opened = connection.open_database(path, key=key)
    set_user_key(path, key, "ola", first_pw)    # a new user, a changed or reset password
    remove_user_key(path, key, "ola")           # a user deactivated or deleted
    key = unlock_with_recovery_code(path, code) # every administrator has forgotten
    done = encrypt_in_place(path, username="kari", password=pw)  # an existing plain file

User names are compared as the database stores them (``strip().lower()``).
"""
import logging
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from samvirke_desktop.db import cipher, key_file, private_files
from samvirke_desktop.db.cipher import DatabaseLocked, WrongKey, is_encrypted, is_plain
from samvirke_desktop.db.key_file import (
    KeyFileDamaged,
    KeyFileMissing,
    NoEntry,
    UnlockFailed,
    WrongSecret,
    key_file_for,
)
from samvirke_desktop.errors import DatabaseBusy, DatabaseOpenError, NotASamvirkeDatabase

log = logging.getLogger(__name__)

__all__ = [
    "DatabaseLocked", "WrongKey", "KeyFileDamaged", "KeyFileMissing", "UnlockFailed",
    "WrongSecret", "NoEntry", "DatabaseExists", "NotEncrypted", "StillOpenElsewhere",
    "is_encrypted", "is_plain", "key_file_for", "create_encrypted_database", "unlock",
    "unlock_with_recovery_code", "set_user_key", "remove_user_key", "users_with_keys",
    "new_recovery_code", "replace_recovery_code", "encrypt_in_place", "put_back_key_file",
    "format_recovery_code", "normalise_recovery_code",
]

# Digits 2–9 and consonants: no vowels, so no words can form, and none of 0/O, 1/I/L that
# read alike. 27 symbols × 24 = 114 bits.
RECOVERY_ALPHABET = "23456789BCDFGHJKMNPQRSTVWXZ"
RECOVERY_LENGTH = 24
RECOVERY_GROUP = 4


class DatabaseExists(DatabaseOpenError):
    title = "Filen finnes allerede"


class NotEncrypted(DatabaseOpenError):
    title = "Databasen er ikke kryptert"


class StillOpenElsewhere(DatabaseBusy):
    """Other PCs have the file open: it cannot be replaced under them."""

    title = "Databasen er i bruk"


# --- recovery codes -------------------------------------------------------------------------

def new_recovery_code() -> str:
    """24 random symbols from ``RECOVERY_ALPHABET`` in six groups of four."""
    return format_recovery_code("".join(secrets.choice(RECOVERY_ALPHABET)
                                        for _ in range(RECOVERY_LENGTH)))


def format_recovery_code(code: str) -> str:
    plain = normalise_recovery_code(code)
    return "-".join(plain[i:i + RECOVERY_GROUP] for i in range(0, len(plain), RECOVERY_GROUP))


def normalise_recovery_code(text: str) -> str:
    """The code as wrapped: capitals, without spaces and hyphens. A code that cannot be one
    raises ``WrongSecret`` with what it should look like."""
    plain = "".join(ch for ch in str(text).upper() if ch not in " -\t\n")
    wrong = sorted({ch for ch in plain if ch not in RECOVERY_ALPHABET})
    if wrong or len(plain) != RECOVERY_LENGTH:
        what = (f"«{''.join(wrong)}» finnes ikke i slike koder. " if wrong
                else f"Du skrev {len(plain)} tegn. ")
        raise WrongSecret(
            f"En gjenopprettingskode har {RECOVERY_LENGTH} tegn, tall fra 2 til 9 og "
            "konsonanter, i seks grupper på fire (for eksempel BCDF-2345-GHJK-6789-MNPQ-RSTV). "
            + what + "Sjekk koden på arket fra da databasen ble laget, og prøv igjen.")
    return plain


# --- a new encrypted database -------------------------------------------------------------

@dataclass(frozen=True)
class NewEncryptedDatabase:
    path: Path
    key_file: Path
    key: bytes = field(repr=False)
    recovery_code: str = field(repr=False)   # show it once, ask for it back, never store it


def _refuse_existing(path: Path) -> None:
    keys = key_file_for(path)
    if path.exists() and (not path.is_file() or path.stat().st_size > 0):
        raise DatabaseExists(f"«{path.name}» finnes allerede. Velg et nytt filnavn: Samvirke "
                             "skriver ikke over en fil som finnes.")
    if keys.exists():
        raise DatabaseExists(
            f"Det ligger allerede en nøkkelfil «{keys.name}» i mappen, fra en annen database. "
            "Velg et annet filnavn, eller flytt den gamle nøkkelfilen bort først.")


def create_encrypted_database(path: str | os.PathLike, *, username: str,
                              password: str) -> NewEncryptedDatabase:
    """Make a new, empty Samvirke database ``path`` encrypted with a new random key, and its
    key file holding that key for ``username`` (the first administrator) and for a new
    recovery code. The database has the full schema and is left closed (open it with
    ``connection.open_database(path, key=made.key)``, then ``users.create_first_admin`` with
    the same name and password). Both files are mode 0600."""
    from samvirke_desktop.db import connection, schema

    path = Path(path).expanduser().absolute()
    _refuse_existing(path)
    connection.check_sqlite_file(path, create=True)
    if not username.strip() or not password:
        raise ValueError("a user name and a password are needed")
    key = secrets.token_bytes(cipher.KEY_BYTES)
    code = new_recovery_code()
    keys = key_file_for(path)
    key_file.create(keys, key, {key_file.user_entry(username): password,
                                key_file.RECOVERY: normalise_recovery_code(code)})
    made_file = False
    try:
        if not path.exists():
            private_files.create_private(path)
            made_file = True
        else:
            private_files.make_private(path)  # an empty file someone made beforehand
        db = connection.make_sqlite(path, key=key)
        try:
            db.connect()
            schema.prepare(db, path)
        finally:
            db.close()
    except BaseException:
        keys.unlink(missing_ok=True)
        if made_file:
            path.unlink(missing_ok=True)
        raise
    log.info("Made encrypted database %s", path)
    return NewEncryptedDatabase(path, keys, key, code)


# --- opening ------------------------------------------------------------------------------

def _require_encrypted(path: Path) -> None:
    if not path.is_file():
        from samvirke_desktop.errors import DatabaseMissing

        raise DatabaseMissing(f"Finner ikke databasen «{path}».")
    if not is_encrypted(path):
        raise NotEncrypted(f"Databasen «{path.name}» er ikke kryptert, så den trenger ingen "
                           "nøkkel: logg inn som vanlig.")


def unlock(db_path: str | os.PathLike, username: str, password: str, *, now=None,
           check_database: bool = True) -> bytes:
    """The database key, opened with ``username``'s password from the key file beside
    ``db_path`` (a backup's own key file lies beside it too).

    Raises ``WrongSecret`` (a wrong password), ``UnlockFailed`` with ``wait_seconds`` (too many
    wrong ones: wait), ``NoEntry`` (no key for that user), ``KeyFileMissing``,
    ``KeyFileDamaged``, or, with ``check_database``, ``WrongKey`` when the key does not open
    the file. Each carries a Norwegian message to show as it is."""
    path = Path(db_path).expanduser().absolute()
    _require_encrypted(path)
    key = key_file.unlock(key_file_for(path), key_file.user_entry(username), password, now=now)
    if check_database:
        cipher.check_key(path, key)
    return key


def unlock_with_recovery_code(db_path: str | os.PathLike, code: str, *, now=None,
                              check_database: bool = True) -> bytes:
    """The database key, opened with the recovery code (with or without its hyphens). Then
    give an administrator a new password (``set_user_key`` and ``users.change_password``), and
    consider a new code (``replace_recovery_code``)."""
    path = Path(db_path).expanduser().absolute()
    _require_encrypted(path)
    key = key_file.unlock(key_file_for(path), key_file.RECOVERY, normalise_recovery_code(code),
                          now=now)
    if check_database:
        cipher.check_key(path, key)
    return key


# --- users --------------------------------------------------------------------------------

def set_user_key(db_path: str | os.PathLike, key: bytes, username: str, password: str) -> None:
    """Give ``username`` a copy of the key wrapped with ``password``: a new user's first
    password, a changed or reset one (the old copy is replaced, its wrong tries cleared).
    ``key`` is the open database's (``connection.current_key()``)."""
    if not username.strip() or not password:
        raise ValueError("a user name and a password are needed")
    key_file.put(key_file_for(Path(db_path).absolute()), key, key_file.user_entry(username),
                 password)


def remove_user_key(db_path: str | os.PathLike, key: bytes, username: str) -> bool:
    """Take ``username``'s copy of the key away (deactivated or deleted): that password no
    longer opens the file. False when the user had none."""
    return key_file.remove(key_file_for(Path(db_path).absolute()), key,
                           key_file.user_entry(username))


def users_with_keys(db_path: str | os.PathLike) -> list[str]:
    """The user names that have a key (for "these users need a new password")."""
    return [name.removeprefix(key_file.USER_PREFIX)
            for name in key_file.names(key_file_for(Path(db_path).absolute()))
            if name.startswith(key_file.USER_PREFIX)]


def replace_recovery_code(db_path: str | os.PathLike, key: bytes) -> str:
    """A new recovery code (the old one stops working); show it once, as at creation."""
    code = new_recovery_code()
    key_file.put(key_file_for(Path(db_path).absolute()), key, key_file.RECOVERY,
                 normalise_recovery_code(code))
    return code


def put_back_key_file(db_path: str | os.PathLike, backup_path: str | os.PathLike,
                      key: bytes) -> None:
    """Put a backup's key file in place of the database's missing or damaged one, after
    checking that the key (opened from the backup's key file) opens the database. Passwords
    changed since that backup are as they were then."""
    db_path, backup_path = Path(db_path).absolute(), Path(backup_path).absolute()
    source = key_file_for(backup_path)
    key_file.verify(source, key)
    cipher.check_key(db_path, key)
    target = key_file_for(db_path)
    if target.exists():
        target.replace(target.with_name(target.name + ".skadet"))
    key_file.copy(source, target)


# --- an existing plain database ----------------------------------------------------------------

@dataclass(frozen=True)
class EncryptedInPlace:
    path: Path
    key_file: Path
    key: bytes = field(repr=False)
    recovery_code: str = field(repr=False)
    rows: int                                      # rows copied and compared
    encrypted_backups: list[Path] = field(default_factory=list)
    plain_left: list[tuple[Path, str]] = field(default_factory=list)  # (file, why) not encrypted


def _open_elsewhere(path: Path) -> list[str]:
    from samvirke_desktop.db import sharing

    return [m.host for m in sharing.open_elsewhere(path)]


def _encrypted_copy(plain: Path, target: Path, key: bytes) -> int:
    """Export ``plain`` into the new private file ``target`` and prove the copy holds every
    row; returns the number of rows."""
    from samvirke_desktop.db import connection

    private_files.fresh_private(target)
    cipher.export_encrypted(plain, target, key)
    con = cipher.connect(target, key, mode="ro")
    try:
        check = [r[0] for r in con.execute("PRAGMA integrity_check")]
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        rows = sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        con.close()
    if check != ["ok"]:
        raise connection.explain_sqlite_error(Exception("; ".join(check[:3])), plain)
    problems = cipher.differences(target, key, plain)
    if problems:
        from samvirke_desktop.errors import DatabaseDamaged

        raise DatabaseDamaged(
            f"Den krypterte kopien av «{plain.name}» ble ikke lik originalen, så ingenting er "
            "byttet ut. Prøv igjen; skjer det igjen, ta kontakt med den som har ansvaret for "
            "databasen.", details="; ".join(problems[:5]))
    return rows


def _plain_backups(path: Path, folders: Iterable[Path]) -> list[Path]:
    """Every plain copy of this database Samvirke made in ``folders``: the rotated backups,
    the copies before an upgrade or a restore."""
    from samvirke_desktop.db import schema

    found = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for candidate in sorted(folder.glob(f"{path.stem}-*.db")):
            if not is_plain(candidate):
                continue
            try:
                with open(candidate, "rb") as fh:
                    header = fh.read(100)
            except OSError:
                continue
            if len(header) >= 72 and int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID:
                found.append(candidate)
    return found


def encrypt_in_place(db_path: str | os.PathLike, *, username: str, password: str,
                     backup_folders: Iterable[Path] | None = None, force: bool = False,
                     progress: Callable[[str], None] | None = None) -> EncryptedInPlace:
    """Encrypt the existing plain Samvirke database ``db_path`` with a new key, in place.

    The database must be closed in this process; other PCs must have closed it too (their
    open-markers say so; ``force`` after they have confirmed). An encrypted copy is written
    beside it and compared row by row with the original, with the file held against writes
    (BEGIN IMMEDIATE) meanwhile; then the key file is written (``username``'s key and a new
    recovery code), and the copy replaces the original. No plain copy is kept: one left on
    the share would be what the encryption is there to prevent. The plain backups Samvirke made
    of it in ``backup_folders`` (default: the folder beside it) are encrypted the same way,
    each with a copy of the key file; those that cannot be (damaged) are listed in
    ``plain_left`` for the user to delete.

    Only ``username`` gets a key: every other user needs a new password from an administrator
    (``set_user_key``) before they can log in."""
    from samvirke_desktop.db import connection, schema
    from samvirke_desktop.db.models import DB

    path = Path(db_path).expanduser().absolute()
    say = progress or (lambda text: None)
    if not path.is_file():
        from samvirke_desktop.errors import DatabaseMissing

        raise DatabaseMissing(f"Finner ikke databasen «{path}».")
    if is_encrypted(path):
        raise DatabaseExists(f"Databasen «{path.name}» er allerede kryptert.")
    connection.check_sqlite_file(path, create=False)
    bound = DB.obj
    if bound is not None and not bound.is_closed() and \
            Path(str(bound.database)).absolute() == path:
        raise RuntimeError("close the database before encrypting it in place")
    keys = key_file_for(path)
    if keys.exists():
        raise DatabaseExists(
            f"Det ligger allerede en nøkkelfil «{keys.name}» ved databasen. Flytt den bort "
            "(den hører ikke til denne ukrypterte filen), og prøv igjen.")
    others = [] if force else _open_elsewhere(path)
    if others:
        raise StillOpenElsewhere(
            f"Samvirke har databasen åpen på {', '.join(others)}. Be dem lukke Samvirke før "
            "databasen krypteres. Er Samvirke lukket der og meldingen kommer likevel, ble "
            "økten der avbrutt: åpne og lukk Samvirke én gang på den PC-en.")
    if not username.strip() or not password:
        raise ValueError("a user name and a password are needed")

    key = secrets.token_bytes(cipher.KEY_BYTES)
    code = new_recovery_code()
    tmp = path.with_name(f"{path.name}.krypteres-{os.getpid()}")
    # Colleagues' saves wait (and then are told the database is busy) while the copy is made.
    hold = cipher.driver().connect(str(path), timeout=connection.BUSY_TIMEOUT_SECONDS,
                                   isolation_level=None)
    replaced = False
    try:
        hold.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_SECONDS * 1000}")
        try:
            hold.execute("BEGIN IMMEDIATE")
        except cipher.errors("OperationalError") as exc:
            raise connection.explain_sqlite_error(exc, path) from exc
        say("Lager en kryptert kopi og sammenligner den med originalen …")
        rows = _encrypted_copy(path, tmp, key)
        say("Skriver nøkkelfilen …")
        key_file.create(keys, key, {key_file.user_entry(username): password,
                                    key_file.RECOVERY: normalise_recovery_code(code)})
        # On Windows a file held open cannot be replaced: let go just before.
        hold.execute("ROLLBACK")
        hold.close()
        try:
            os.replace(tmp, path)
        except OSError as exc:
            keys.unlink(missing_ok=True)
            raise StillOpenElsewhere(
                f"Samvirke fikk ikke byttet ut «{path.name}» ({exc.strerror or exc}): en annen PC "
                "har den trolig åpen. Ingenting er endret. Be alle lukke Samvirke, og prøv igjen.",
                details=str(exc)) from exc
        replaced = True
        # None is left after a clean ROLLBACK; one that were would hold plain pages, and rolling
        # it back into the encrypted file would ruin it.
        Path(str(path) + "-journal").unlink(missing_ok=True)
    finally:
        if not replaced:
            try:
                hold.close()
            except cipher.errors():
                pass
            tmp.unlink(missing_ok=True)
    log.info("Encrypted %s in place (%d rows)", path, rows)

    folders = [schema.backup_folder_for(path)] if backup_folders is None else list(backup_folders)
    encrypted, left = [], []
    for plain in _plain_backups(path, folders):
        say(f"Krypterer sikkerhetskopien {plain.name} …")
        copy = plain.with_name(plain.name + ".krypteres")
        try:
            _encrypted_copy(plain, copy, key)
            key_file.copy(keys, key_file_for(plain))
            os.replace(copy, plain)
            encrypted.append(plain)
        except (OSError, DatabaseOpenError, NotASamvirkeDatabase, *cipher.errors()) as exc:
            copy.unlink(missing_ok=True)
            key_file_for(plain).unlink(missing_ok=True)
            why = getattr(exc, "message", None) or str(exc)
            log.warning("Backup %s left plain: %s", plain, why)
            left.append((plain, why))
    return EncryptedInPlace(path, keys, key, code, rows, encrypted, left)
