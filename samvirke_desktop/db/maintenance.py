"""The maintenance lock: while one PC restores the database (or copies it to a server), the
other PCs' saves are refused with a plain message instead of being lost.

The lock is a ``Setting`` row, so every PC sees it through the database itself. The write path
checks it inside each write transaction (one primary-key read). A lock older than
``MAX_LOCK_AGE`` is treated as left behind by a PC that stopped half-way, and ignored.
"""
import contextlib
import datetime
import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.db import backup, cipher, connection, schema
from samvirke_desktop.db.models import DB, Setting
from samvirke_desktop.errors import DatabaseBusy, DatabaseOpenError

log = logging.getLogger(__name__)

MAINTENANCE_KEY = "maintenance.lock"
MAX_LOCK_AGE = datetime.timedelta(hours=2)

# What the other PCs are told is happening, by reason code.
REASON_WORDS = {
    "restore": "gjenopprettes",
    "migrate": "kopieres til en databasetjener",
}


class DatabaseUnderMaintenance(DatabaseBusy):
    title = "Databasen vedlikeholdes"


@dataclass(frozen=True)
class MaintenanceLock:
    by: str
    at: datetime.datetime
    reason: str
    host: str = ""
    pid: int = 0

    @property
    def is_mine(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def message(self) -> str:
        verb = REASON_WORDS.get(self.reason, "vedlikeholdes")
        return (f"Databasen {verb} akkurat nå av {self.by} (startet kl. {self.at:%H.%M}), prøv "
                "igjen om litt. Ingenting ble lagret: la skjemaet stå åpent og trykk Lagre igjen "
                "om et par minutter.")


def lock_value(reason: str, by: str, now: datetime.datetime | None = None) -> str:
    now = now or datetime.datetime.now().replace(microsecond=0)
    return json.dumps({"by": by, "at": now.isoformat(), "reason": reason,
                       "host": socket.gethostname(), "pid": os.getpid()}, ensure_ascii=False)


def parse_lock(value: str | None, now: datetime.datetime | None = None) -> MaintenanceLock | None:
    """The lock stored in ``value``, or None when there is none or it is stale."""
    if not value:
        return None
    try:
        data = json.loads(value)
        at = datetime.datetime.fromisoformat(data["at"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(data, dict):
        return None
    now = now or datetime.datetime.now()
    if now - at > MAX_LOCK_AGE:
        return None
    return MaintenanceLock(by=str(data.get("by") or "en kollega"), at=at,
                           reason=str(data.get("reason") or ""), host=str(data.get("host") or ""),
                           pid=int(data.get("pid") or 0))


def current_lock() -> MaintenanceLock | None:
    row = (Setting.select(Setting.value).where(Setting.key == MAINTENANCE_KEY)
           .tuples().first())
    return parse_lock(row[0] if row else None)


def refuse_if_locked() -> None:
    """Called inside every write transaction: refuse while another PC holds the lock."""
    lock = current_lock()
    if lock is not None and not lock.is_mine:
        raise DatabaseUnderMaintenance(lock.message())


def set_lock(reason: str, by: str) -> None:
    """``by``: the name the other PCs are shown."""
    value = lock_value(reason, by)
    with DB.atomic():
        other = current_lock()
        if other is not None and not other.is_mine:
            raise DatabaseUnderMaintenance(other.message())
        (Setting.insert(key=MAINTENANCE_KEY, value=value, updated_by=by[:100])
         .on_conflict(conflict_target=[Setting.key],
                      update={Setting.value: value, Setting.updated_by: by[:100]})
         .execute())
    log.info("Maintenance lock set (%s)", reason)


def clear_lock() -> None:
    with DB.atomic():
        Setting.delete().where(Setting.key == MAINTENANCE_KEY).execute()
    log.info("Maintenance lock cleared")


@contextlib.contextmanager
def maintenance_lock(reason: str, by: str):
    """Hold the lock for the ``with`` block; it is cleared again even when the block fails."""
    set_lock(reason, by)
    try:
        yield
    finally:
        clear_lock()


# --- restoring a backup -----------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path      # the database as it was just before
    opened_normally: bool    # False: the file could not be opened (damaged) and was copied as is


def restore_database(backup_path, db_path, *, by: str, key: bytes | None = None) -> RestoreResult:
    """Put a verified backup in place of the database at ``db_path``.

    First a copy of the database as it is now (so a restore can be undone), then, under the
    maintenance lock so colleagues' saves are refused rather than lost, the backup is written
    into the file through SQLite's own locking. A damaged file (the quick check fails: its copy
    could never be proved whole) or one too damaged to open is copied as it is and restored
    without the lock.

    ``key``: the key of an encrypted database, which its backups share (``backup.restore_into``).
    """
    from samvirke_desktop.db import key_file, private_files, sharing

    backup_path, db_path = Path(backup_path), Path(db_path).absolute()
    backup.verify_backup_file(backup_path, key=key)
    try:
        sharing.check_before_use(db_path, key=key)
        opened = connection.open_database(db_path, create=False, key=key)
    except DatabaseOpenError as exc:
        if not db_path.is_file() or isinstance(exc, cipher.DatabaseLocked):
            raise
        log.warning("Restoring over a database that does not open (%s)", exc.message)
        folder = schema.backup_folder_for(db_path)
        folder.mkdir(exist_ok=True)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = folder / f"{db_path.stem}-skadet-før-gjenoppretting-{stamp}.db"
        private_files.copy_private(db_path, safety)
        if key is not None and key_file.key_file_for(db_path).is_file():
            private_files.copy_private(key_file.key_file_for(db_path),
                                       key_file.key_file_for(safety))
        backup.restore_into(backup_path, db_path, key=key, target_damaged=True)
        connection.open_database(db_path, create=False, key=key)
        clear_lock()
        connection.close_database()
        return RestoreResult(backup_path, safety, opened_normally=False)

    try:
        set_lock("restore", by)
        try:
            safety = backup.take_backup(opened.database.connection(), db_path, rotate=False,
                                        key=opened.key)
            _remove_lock_from_copy(safety, opened.key)
            backup.restore_into(backup_path, db_path, key=key)
        finally:
            # The restored file has its own (older) contents; open it afresh, upgrading an older
            # schema, and make sure no lock is left in it.
            connection.close_database()
            connection.open_database(db_path, create=False, key=key)
            clear_lock()
    finally:
        connection.close_database()
    log.info("Restored %s from %s (safety copy %s)", db_path, backup_path, safety)
    return RestoreResult(backup_path, safety, opened_normally=True)


def _remove_lock_from_copy(path: Path, key: bytes | None = None) -> None:
    con = connection.connect_file(path, key=key)
    try:
        con.execute("DELETE FROM setting WHERE key = ?", (MAINTENANCE_KEY,))
        con.commit()
    finally:
        con.close()
