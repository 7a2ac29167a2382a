"""Backups of an SQLite database: taken while colleagues work, verified, rotated, restorable.

Copies are made with SQLite's backup API, which reads a consistent snapshot even while
other PCs write. Each copy is checked with ``integrity_check`` before it counts. Rotation
keeps the newest copy of each of the last 7 days, 4 weeks and 12 months.

A copy of an encrypted database is encrypted with the same key, and carries a copy of the key
file (``<copy>.db.keys``), so it opens with the passwords of the day it was taken, or with the
recovery code, even when the database and its key file are lost; checking and restoring it take
the key. Every copy is made readable by its owner only (mode 0600).
"""
import datetime
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.db import cipher, private_files
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


def _connect(path: Path, key: bytes | None, *, mode: str | None = None, timeout: float = 15):
    from samvirke_desktop.db import connection

    return connection.connect_file(path, key=key, mode=mode, timeout=timeout)


def copy_database(source, target: Path, *, key: bytes | None = None) -> None:
    """Copy a live database into ``target`` and prove the copy is whole. ``source``: a DB-API
    connection to it; for an encrypted database a sqlcipher3 one with ``key``, the key the
    copy is encrypted with too."""
    if cipher.is_connection(source) != (key is not None):
        raise ValueError("an encrypted database is copied with its key, a plain one without")
    tmp = target.with_name(target.name + ".tmp")
    private_files.fresh_private(tmp)
    dest = _connect(tmp, key)
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


def take_backup(connection, db_path: Path, folder: Path | None = None,
                *, key: bytes | None = None, now: datetime.datetime | None = None,
                rotate: bool = True, max_age_months: int = KEEP_MONTHLY) -> Path:
    """Take a verified copy into ``folder`` (default: beside the database) and rotate old ones.

    ``connection``: a DB-API connection to the database (``connection.connect_file``); for an
    encrypted one also its ``key``: the copy is encrypted with it and gets a copy of the key
    file beside it.
    ``max_age_months``: copies older than this go whatever the rotation says, so a person
    erased under the team's retention rules does not live on in old backups.
    """
    now = now or datetime.datetime.now()
    folder = Path(folder) if folder else backup_folder_for(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup_name(db_path, now)
        while target.exists():  # two copies in one second: the first is never overwritten
            now += datetime.timedelta(seconds=1)
            target = folder / backup_name(db_path, now)
        copy_database(connection, target, key=key)
        if key is not None:
            try:
                from samvirke_desktop.db import key_file  # only for encrypted files

                key_file.copy(key_file.key_file_for(db_path), key_file.key_file_for(target))
            except BaseException:
                target.unlink(missing_ok=True)
                raise
    except OSError as exc:
        raise BackupFailed(f"Samvirke fikk ikke skrevet sikkerhetskopien til «{folder}» "
                           f"({exc.strerror or exc}). Sjekk at mappen finnes og at det er plass.") from exc
    if rotate:
        for old in backups_to_prune(list_backups(folder, db_path), now.date(),
                                    max_age_months=max_age_months):
            old.path.unlink(missing_ok=True)
            cipher.key_file_for(old.path).unlink(missing_ok=True)
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


def _locked_backup(path: Path) -> cipher.DatabaseLocked:
    return cipher.DatabaseLocked(f"Sikkerhetskopien «{path.name}» er kryptert. Logg inn med "
                                 "brukernavn og passord for å kontrollere eller gjenopprette den.")


def verify_backup_file(path: Path, *, key: bytes | None = None) -> int:
    """Check that ``path`` is a whole Samvirke database this version can open; returns its schema.

    An encrypted copy needs ``key`` (``cipher.DatabaseLocked`` without, ``cipher.WrongKey``
    when it is another database's key)."""
    path = Path(path)
    encrypted = cipher.is_encrypted(path)
    if encrypted and key is None:
        raise _locked_backup(path)
    try:
        con = _connect(path, key if encrypted else None, mode="ro")
    except cipher.WrongKey as exc:
        raise cipher.WrongKey(
            f"Sikkerhetskopien «{path.name}» er ikke kryptert med nøkkelen til denne databasen: "
            "den er en kopi av en annen database, eller starten av den er skadet. Velg en "
            "annen kopi.", details=exc.details) from None
    except cipher.errors() as exc:
        raise DatabaseDamaged(f"Samvirke fikk ikke åpnet sikkerhetskopien «{path}»: {exc}") from exc
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
        except cipher.errors("DatabaseError") as exc:
            raise NotASamvirkeDatabase(f"«{path.name}» er ikke en Samvirke-database.") from exc
        try:
            result = con.execute("PRAGMA integrity_check").fetchall()
        except cipher.errors("DatabaseError") as exc:  # SQLCipher: a page that fails its HMAC
            result = [(str(exc),)]
    finally:
        con.close()
    if app_id != APPLICATION_ID:
        raise NotASamvirkeDatabase(f"«{path.name}» er ikke en sikkerhetskopi av en "
                                   "Samvirke-database.")
    if result != [("ok",)]:
        raise DatabaseDamaged(f"Sikkerhetskopien «{path.name}» er skadet. Velg en annen kopi.")
    if version > LATEST_VERSION:
        raise NotASamvirkeDatabase(f"Sikkerhetskopien «{path.name}» er fra en nyere Samvirke "
                                   f"(skjema {version}). Oppdater Samvirke før du gjenoppretter den.")
    return version


def restore_into(backup_path: Path, db_path: Path, *, key: bytes | None = None,
                 target_damaged: bool = False) -> None:
    """Replace the contents of ``db_path`` with a verified backup, through SQLite's own locking.

    Writing through the backup API (rather than copying the file over) means a colleague's
    open connection sees the restored data on its next read instead of a torn file.

    ``key``: the key of an encrypted database (and of its backups, which share it). A plain
    backup from before the database was encrypted is encrypted on the way in. An encrypted
    backup is not put into a plain database. ``target_damaged``: the database does not pass
    its check; an encrypted one is then replaced as a whole file (SQLCipher's backup API
    refuses to write over pages it cannot read), its key file left as it is.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    verify_backup_file(backup_path, key=key)
    backup_encrypted = cipher.is_encrypted(backup_path)
    live_encrypted = cipher.is_encrypted(db_path) or (
        key is not None and not cipher.is_plain(db_path))
    if backup_encrypted and not live_encrypted:
        raise NotASamvirkeDatabase(
            f"Sikkerhetskopien «{backup_path.name}» er kryptert, men databasen «{db_path.name}» "
            "er ikke det. Krypter databasen først (Innstillinger → Personvern), og gjenopprett "
            "så.")
    if live_encrypted and key is None:
        raise cipher.DatabaseLocked(cipher.locked_message(db_path))
    converted = None
    if live_encrypted and not backup_encrypted:
        converted = db_path.with_name(f"{db_path.name}.gjenopprettes-{os.getpid()}")
        private_files.fresh_private(converted)
        cipher.export_encrypted(backup_path, converted, key)
    source_path = converted or backup_path
    try:
        if live_encrypted and target_damaged:
            _replace_whole_file(source_path, db_path, key)
            return
        source = _connect(source_path, key if live_encrypted else None, mode="ro")
        try:
            target = _connect(db_path, key if live_encrypted else None)
            try:
                source.backup(target)
                if target.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                    raise DatabaseDamaged("Databasen ble ikke hel etter gjenopprettingen. Prøv en "
                                          "annen sikkerhetskopi.")
            finally:
                target.close()
        finally:
            source.close()
    finally:
        if converted is not None:
            converted.unlink(missing_ok=True)


def _replace_whole_file(source: Path, db_path: Path, key: bytes) -> None:
    tmp = db_path.with_name(f"{db_path.name}.gjenopprettes-hel-{os.getpid()}")
    private_files.copy_private(source, tmp)
    try:
        con = _connect(tmp, key, mode="ro")
        try:
            if con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise DatabaseDamaged("Kopien av sikkerhetskopien ble ikke hel. Prøv igjen.")
        finally:
            con.close()
        Path(str(db_path) + "-journal").unlink(missing_ok=True)  # belongs to the damaged file
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
