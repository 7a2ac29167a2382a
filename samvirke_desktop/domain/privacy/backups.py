"""The team's backups as the program offers them: the folder chosen in Innstillinger, a copy
taken automatically when the newest is more than a day old, "Ta sikkerhetskopi nå" and
restoring under the maintenance lock (administrators only).

The copies themselves are made by ``db.backup`` with SQLite's backup API, which reads a
consistent snapshot while colleagues keep saving. ``run_backup`` opens its own connection to
the file, so it can run in a background thread while the window goes on working; everything it
needs is read beforehand into a ``BackupPlan``.
"""
import datetime
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from samvirke_desktop.db import backup, connection, maintenance
from samvirke_desktop.db.models import AppUser
from samvirke_desktop.db.schema import backup_folder_for
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.privacy.retention import backup_max_age_months, retention_rules
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.team.settings_store import read_setting, write_setting
from samvirke_desktop.errors import SamvirkeError, ValidationError

log = logging.getLogger(__name__)

BACKUP_FOLDER_KEY = "backup.folder"
AUTOMATIC_EVERY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class BackupPlan:
    """Where a copy of ``db_path`` goes, read from the database before a backup runs."""
    db_path: Path
    folder: Path
    max_age_months: int
    note: str = ""   # why the chosen folder is not used on this PC ('' when it is)
    # The key of an encrypted database: the copy is encrypted with it (never shown in repr).
    key: bytes | None = field(default=None, repr=False)


def default_folder(db_path: Path) -> Path:
    return backup_folder_for(Path(db_path))


def chosen_folder() -> str:
    """The folder set in Innstillinger ('' = beside the database)."""
    value = read_setting(BACKUP_FOLDER_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def set_backup_folder(folder: str | None) -> None:
    """Choose where the team's backups go ('' or None: beside the database)."""
    permissions.require(permissions.MANAGE_BACKUPS)
    text = (folder or "").strip()
    if text:
        path = Path(text).expanduser()
        if not path.is_dir():
            raise ValidationError({"folder": f"Mappen «{text}» finnes ikke. Velg en mappe som "
                                             "finnes, gjerne på teamets fellesdisk."})
        if not os.access(path, os.W_OK):
            raise ValidationError({"folder": f"Samvirke kan ikke skrive i «{text}». Velg en mappe "
                                             "du har skrivetilgang til."})
        text = str(path.absolute())
    write_setting(BACKUP_FOLDER_KEY, text)


def backup_plan(db_path: str | os.PathLike) -> BackupPlan:
    """The folder and the retention limit for a copy of the database bound now.

    A chosen folder this PC cannot reach (another drive letter, a share not connected) gives
    way to the folder beside the database: a copy there is better than none.
    """
    db_path = Path(db_path).absolute()
    chosen = chosen_folder()
    folder, note = default_folder(db_path), ""
    if chosen:
        if Path(chosen).is_dir():
            folder = Path(chosen)
        else:
            note = (f"Sikkerhetskopimappen «{chosen}» finnes ikke på denne PC-en, så kopien ble "
                    f"lagt i «{folder}».")
    return BackupPlan(db_path, folder, backup_max_age_months(retention_rules()), note,
                      key=connection.current_key())


def last_backup(plan: BackupPlan) -> backup.BackupFile | None:
    found = backup.list_backups(plan.folder, plan.db_path)
    return found[0] if found else None


def automatic_backup_due(plan: BackupPlan, now: datetime.datetime | None = None) -> bool:
    """True when the newest copy in the folder is more than a day old (or there is none)."""
    now = now or datetime.datetime.now()
    newest = last_backup(plan)
    return newest is None or now - newest.taken_at >= AUTOMATIC_EVERY


def run_backup(plan: BackupPlan, now: datetime.datetime | None = None) -> Path:
    """Take a verified, rotated copy as ``plan`` says, on a connection of its own (safe in a
    background thread; no role check: see ``take_backup_now``)."""
    con = connection.connect_file(plan.db_path, key=plan.key)
    try:
        return backup.take_backup(con, plan.db_path, plan.folder, key=plan.key, now=now,
                                  max_age_months=plan.max_age_months)
    finally:
        con.close()


def plan_backup_now(db_path: str | os.PathLike) -> BackupPlan:
    """The plan for Fil → Ta sikkerhetskopi nå (administrators); run it with ``run_backup``."""
    permissions.require(permissions.MANAGE_BACKUPS)
    return backup_plan(db_path)


def take_backup_now(db_path: str | os.PathLike) -> Path:
    """Fil → Ta sikkerhetskopi nå, in one step (administrators); logged."""
    written = run_backup(plan_backup_now(db_path))
    record_backup(written)
    return written


@write
def record_backup(path: str | os.PathLike, *, automatic: bool = False) -> None:
    """The change log says who took which copy, and when: a copy holds everyone's data, so
    where copies went must be known afterwards. Written after the copy (it is not in it)."""
    kind = "Automatisk sikkerhetskopi" if automatic else "Sikkerhetskopi"
    record_changes.log_change("backup", "database", None, {"file": [None, str(path)]},
                              summary=f"{kind}: {Path(path).name}")


def available_backups(db_path: str | os.PathLike) -> list[backup.BackupFile]:
    """The copies a restore can choose from, newest first: the chosen folder and the one
    beside the database."""
    permissions.require(permissions.MANAGE_BACKUPS)
    db_path = Path(db_path).absolute()
    folders = [default_folder(db_path)]
    if chosen_folder():
        folders.insert(0, Path(chosen_folder()))
    found: dict[Path, backup.BackupFile] = {}
    for folder in folders:
        for item in backup.list_backups(folder, db_path):
            found.setdefault(item.path.absolute(), item)
    return sorted(found.values(), key=lambda b: b.taken_at, reverse=True)


def restore_backup(backup_path: str | os.PathLike, db_path: str | os.PathLike, *,
                   key: bytes | None = None) -> maintenance.RestoreResult:
    """Put a backup in place of the database (administrators). Under the maintenance lock, so
    colleagues' saves meanwhile are refused, not lost; a copy of the database as it was is kept.

    The models are left unbound: the caller opens the restored database again.
    """
    permissions.require(permissions.MANAGE_BACKUPS)
    who = actor.current()
    key = key or connection.current_key()   # an encrypted database's key, from the log-in
    result = maintenance.restore_database(Path(backup_path), Path(db_path),
                                          by=who.display_name or who.username, key=key)
    record_restore(result, db_path, who, key=key)
    return result


@write
def record_copy_to_server(safe_url: str) -> None:
    """``migrate-to`` copied every row to a server (the address without its password)."""
    record_changes.log_change("export", "database", None, {"file": [None, safe_url]},
                              summary=f"Hele databasen kopiert til {safe_url.split('@')[-1]}")


def record_restore(result: maintenance.RestoreResult, db_path: str | os.PathLike,
                   who: actor.Actor, *, key: bytes | None = None) -> None:
    """Log the restore in the restored database: who put which copy in place, when, and where
    the database as it was just before is kept. The restored file has its own accounts, so the
    person is found there by user name. A log that cannot be written does not undo the
    restore; it is noted in the program's log."""
    connection.open_database(db_path, create=False, key=key)
    try:
        user = AppUser.get_or_none(AppUser.username == who.username)
        restorer = actor.Actor(username=who.username, role=who.role,
                               user_id=user.id if user else None, full_name=who.full_name)
        _log_restore(result, restorer)
    except SamvirkeError as exc:
        log.warning("Kunne ikke føre gjenopprettingen i endringsloggen: %s", exc.message)
    finally:
        connection.close_database()


@write
def _log_restore(result: maintenance.RestoreResult, who: actor.Actor) -> None:
    record_changes.log_change(
        "restore", "database", None,
        {"file": [None, str(result.restored_from)],
         "safety_copy": [None, str(result.safety_backup)]},
        summary=f"Gjenopprettet fra {Path(result.restored_from).name}", who=who)
