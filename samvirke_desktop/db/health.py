"""Checking a database file without changing it: integrity, schema version, row counts."""
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

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


def check_file(path: Path, *, thorough: bool = False) -> CheckReport:
    """``quick_check`` (or ``integrity_check`` when thorough) on a read-only connection."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseMissing(f"Finner ikke databasen «{path}».")
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseMissing(f"Samvirke fikk ikke åpnet «{path}»: {exc}") from exc
    report = CheckReport(path=path, ok=True)
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise NotASamvirkeDatabase(f"«{path.name}» er ikke en Samvirke-database ({exc}).") from exc
        report.is_samvirke = app_id == APPLICATION_ID
        report.schema_version = con.execute("PRAGMA user_version").fetchone()[0]
        pragma = "integrity_check" if thorough else "quick_check"
        try:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        except sqlite3.DatabaseError as exc:
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
        except sqlite3.DatabaseError as exc:
            report.ok = False
            report.problems.append(str(exc))
    finally:
        con.close()
    if not report.is_samvirke:
        report.problems.append("Filen er ikke merket som en Samvirke-database.")
    if report.schema_version > LATEST_VERSION:
        report.problems.append(
            f"Skjema {report.schema_version} er nyere enn denne Samvirke kjenner ({LATEST_VERSION}).")
    return report
