"""Backups of an SQLite database: taken while colleagues work, verified, rotated, restorable.

Copies are made with SQLite's backup API, which reads a consistent snapshot even while
other PCs write. Each copy is checked with ``integrity_check`` before it counts. Rotation
keeps the newest copy of each of the last 7 days, 4 weeks and 12 months.
"""
import datetime
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.db.schema import APPLICATION_ID, LATEST_VERSION, backup_folder_for
from samvirke_desktop.errors import DatabaseDamaged, NotASamvirkeDatabase, SamvirkeError

log = logging.getLogger(__name__)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_STAMP = re.compile(r"-(\d{4}-\d{2}-\d{2})_(\d{6})\.db$")


class BackupFailed(SamvirkeError):
    title = "Sikkerhetskopien feilet"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime.datetime


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into ``target`` and prove the copy is whole."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(tmp)
    try:
        source.backup(dest, pages=1024)
        dest.execute("PRAGMA journal_mode = delete")
        result = dest.execute("PRAGMA integrity_check").fetchall()
    finally:
        dest.close()
    if result != [("ok",)]:
        tmp.unlink(missing_ok=True)
        raise BackupFailed("Kopien av databasen ble ikke hel, så den er forkastet. Prøv igjen; "
                           "skjer det igjen, kan databasen være skadet.",
                           details="; ".join(r[0] for r in result))
    os.replace(tmp, target)


def backup_name(db_path: Path, when: datetime.datetime) -> str:
    return f"{db_path.stem}-{when:%Y-%m-%d_%H%M%S}.db"


def take_backup(connection: sqlite3.Connection, db_path: Path, folder: Path | None = None,
                *, now: datetime.datetime | None = None, rotate: bool = True,
                max_age_months: int = KEEP_MONTHLY) -> Path:
    """Take a verified copy into ``folder`` (default: beside the database) and rotate old ones.

    ``max_age_months``: copies older than this go whatever the rotation says, so a person
    erased under the team's retention rules does not live on in old backups.
    """
    now = now or datetime.datetime.now()
    folder = Path(folder) if folder else backup_folder_for(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup_name(db_path, now)
        copy_database(connection, target)
    except OSError as exc:
        raise BackupFailed(f"Samvirke fikk ikke skrevet sikkerhetskopien til «{folder}» "
                           f"({exc.strerror or exc}). Sjekk at mappen finnes og at det er plass.") from exc
    if rotate:
        for old in backups_to_prune(list_backups(folder, db_path), now.date(),
                                    max_age_months=max_age_months):
            old.path.unlink(missing_ok=True)
    log.info("Backup written to %s", target)
    return target


def list_backups(folder: Path, db_path: Path) -> list[BackupFile]:
    found = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{db_path.stem}-*.db"):
        match = _STAMP.search(path.name)
        if not match or not path.name.startswith(db_path.stem + "-"):
            continue
        taken = datetime.datetime.strptime(match.group(1) + match.group(2), "%Y-%m-%d%H%M%S")
        found.append(BackupFile(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_to_prune(backups: list[BackupFile], today: datetime.date, *,
                     max_age_months: int = KEEP_MONTHLY) -> list[BackupFile]:
    """Keep the newest copy per day (7 days), per ISO week (4 weeks) and per month (12 months),
    and none older than ``max_age_months`` (counted from ``today``)."""
    keep: set[Path] = set()
    days, weeks, months = set(), set(), set()
    total = today.year * 12 + today.month - 1 - max_age_months
    oldest = datetime.date(total // 12, total % 12 + 1, 1)
    for backup in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        if backup.taken_at.date() < oldest:
            continue
        day = backup.taken_at.date()
        week = day.isocalendar()[:2]
        month = (day.year, day.month)
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(backup.path)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.add(month)
            keep.add(backup.path)
    return [b for b in backups if b.path not in keep]


def verify_backup_file(path: Path) -> int:
    """Check that ``path`` is a whole Samvirke database this version can open; returns its schema."""
    try:
        con = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseDamaged(f"Samvirke fikk ikke åpnet sikkerhetskopien «{path}»: {exc}") from exc
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            result = con.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise NotASamvirkeDatabase(f"«{Path(path).name}» er ikke en Samvirke-database.") from exc
    finally:
        con.close()
    if app_id != APPLICATION_ID:
        raise NotASamvirkeDatabase(f"«{Path(path).name}» er ikke en sikkerhetskopi av en "
                                   "Samvirke-database.")
    if result != [("ok",)]:
        raise DatabaseDamaged(f"Sikkerhetskopien «{Path(path).name}» er skadet. Velg en annen kopi.")
    if version > LATEST_VERSION:
        raise NotASamvirkeDatabase(f"Sikkerhetskopien «{Path(path).name}» er fra en nyere Samvirke "
                                   f"(skjema {version}). Oppdater Samvirke før du gjenoppretter den.")
    return version


def restore_into(backup_path: Path, db_path: Path) -> None:
    """Replace the contents of ``db_path`` with a verified backup, through SQLite's own locking.

    Writing through the backup API (rather than copying the file over) means a colleague's
    open connection sees the restored data on its next read instead of a torn file.
    """
    verify_backup_file(backup_path)
    source = sqlite3.connect(f"{Path(backup_path).absolute().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(db_path, timeout=15)
    try:
        source.backup(target)
        if target.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise DatabaseDamaged("Databasen ble ikke hel etter gjenopprettingen. Prøv en annen "
                                  "sikkerhetskopi.")
    finally:
        source.close()
        target.close()
