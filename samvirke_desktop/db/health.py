"""Checking a database file without changing it: integrity, schema version, row counts.

An encrypted file is checked through its key, and its key file with it; without the key
nothing in it can be read (``cipher.DatabaseLocked``).
"""
from dataclasses import dataclass, field
from pathlib import Path

from samvirke_desktop.db import cipher, key_file
from samvirke_desktop.db.schema import APPLICATION_ID, LATEST_VERSION
from samvirke_desktop.errors import DatabaseMissing, NotASamvirkeDatabase


@dataclass
class CheckReport:
    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    is_samvirke: bool = True
    row_counts: dict[str, int] = field(default_factory=dict)
    encrypted: bool = False
    key_entries: int = 0          # encrypted: the keys in its key file (users and recovery)


def check_file(path: Path, *, thorough: bool = False, key: bytes | None = None) -> CheckReport:
    """``quick_check`` (or ``integrity_check`` when thorough) on a read-only connection.
    ``key``: the key of an encrypted file; its key file is checked too."""
    from samvirke_desktop.db import connection

    path = Path(path)
    if not path.is_file():
        raise DatabaseMissing(f"Finner ikke databasen «{path}».")
    encrypted = cipher.is_encrypted(path)
    try:
        con = connection.connect_file(path, key=key if encrypted else None, mode="ro")
    except cipher.errors() as exc:
        raise DatabaseMissing(f"Samvirke fikk ikke åpnet «{path}»: {exc}") from exc
    report = CheckReport(path=path, ok=True, encrypted=encrypted)
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
        except cipher.errors("DatabaseError") as exc:
            raise NotASamvirkeDatabase(f"«{path.name}» er ikke en Samvirke-database ({exc}).") from exc
        report.is_samvirke = app_id == APPLICATION_ID
        report.schema_version = con.execute("PRAGMA user_version").fetchone()[0]
        pragma = "integrity_check" if thorough else "quick_check"
        try:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        except cipher.errors("DatabaseError") as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            report.ok = False
            report.problems.extend(rows)
        try:
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name")]
            for table in tables:
                report.row_counts[table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        except cipher.errors("DatabaseError") as exc:
            report.ok = False
            report.problems.append(str(exc))
    finally:
        con.close()
    if not report.is_samvirke:
        report.problems.append("Filen er ikke merket som en Samvirke-database.")
    if encrypted:
        try:
            report.key_entries = key_file.verify(key_file.key_file_for(path), key)
        except (key_file.KeyFileMissing, key_file.KeyFileDamaged) as exc:
            report.ok = False
            report.problems.append(exc.message)
    if report.schema_version > LATEST_VERSION:
        report.problems.append(
            f"Skjema {report.schema_version} er nyere enn denne Samvirke kjenner ({LATEST_VERSION}).")
    return report
