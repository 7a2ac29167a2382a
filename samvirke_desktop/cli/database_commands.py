"""``samvirke demo``, ``check``, ``backup``, ``restore`` and ``migrate-to``: making, checking and
looking after the team's database without opening the program window."""
import getpass
import socket
import sqlite3
import sys
from pathlib import Path

from samvirke_desktop.errors import DatabaseMissing

COMMANDS = ("demo", "check", "backup", "restore", "migrate-to")


def add_commands(sub) -> None:
    demo = sub.add_parser("demo", help="lag en database med eksempeldata for ett skoleår")
    demo.add_argument("path", metavar="PATH", help="filen som skal lages")
    demo.add_argument("--seed", type=int, default=2026, help="samme tall gir samme fil")

    check = sub.add_parser("check", help="sjekk databasefilen og vis antall rader per tabell")
    check.add_argument("--database", dest="sub_database", metavar="PATH")
    check.add_argument("--thorough", action="store_true", help="full integrity_check")

    backup = sub.add_parser("backup", help="ta en kontrollert sikkerhetskopi av databasefilen")
    backup.add_argument("--database", dest="sub_database", metavar="PATH")
    backup.add_argument("--to", dest="backup_to", metavar="MAPPE",
                        help="mappen kopien skal i (ellers «…-sikkerhetskopier» ved databasen)")

    restore = sub.add_parser("restore", help="gjenopprett databasefilen fra en sikkerhetskopi")
    restore.add_argument("backup_file", metavar="FIL", help="sikkerhetskopien")
    restore.add_argument("--database", dest="sub_database", metavar="PATH")

    migrate = sub.add_parser("migrate-to",
                             help="kopier databasefilen til en tom PostgreSQL-database")
    migrate.add_argument("url", metavar="POSTGRESQL-ADRESSE",
                         help="for eksempel postgresql://bruker@tjener/samvirke")
    migrate.add_argument("--database", dest="sub_database", metavar="PATH",
                         help="databasefilen som skal kopieres")


def run(args) -> int:
    if args.command == "demo":
        return cmd_demo(args)
    if args.command == "check":
        return cmd_check(args)
    if args.command == "backup":
        return cmd_backup(args)
    if args.command == "restore":
        return cmd_restore(args)
    return cmd_migrate_to(args)


def _who() -> str:
    """The name the other PCs are shown while this PC holds the maintenance lock."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "en kollega"
    return f"{user} på {socket.gethostname()}"


def _file_target(args, command: str) -> Path | None:
    from samvirke_desktop.db.connection import is_url, resolve_target

    target, _ = resolve_target(getattr(args, "sub_database", None) or args.database)
    if is_url(target):
        print(f"Feil: «{command}» gjelder databasefiler (SQLite). En database på en "
              "PostgreSQL-tjener sikkerhetskopieres av den som driver tjeneren (pg_dump).",
              file=sys.stderr)
        return None
    return Path(target).expanduser().absolute()


def _backup_max_age(con: sqlite3.Connection) -> int:
    """The team's retention rules decide how old a kept backup may be."""
    import json

    from samvirke_desktop.domain.privacy.retention import (
        RETENTION_KEY,
        backup_max_age_months,
        rules_from_stored,
    )

    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (RETENTION_KEY,)).fetchone()
        stored = json.loads(row[0]) if row else {}
    except (sqlite3.DatabaseError, ValueError, TypeError):
        stored = {}
    return backup_max_age_months(rules_from_stored(stored))


def cmd_backup(args) -> int:
    from samvirke_desktop.cli.log_in import open_logged_in
    from samvirke_desktop.db import backup, connection, encryption
    from samvirke_desktop.domain.privacy.backups import record_backup
    from samvirke_desktop.domain.team import permissions

    path = _file_target(args, "backup")
    if path is None:
        return 2
    if not path.is_file():
        raise DatabaseMissing(f"Finner ikke databasen «{path}».")
    if not encryption.is_encrypted(path):
        connection.refuse_unless_samvirke(path)
    # A copy holds everyone's data: only an administrator takes one, and it is logged.
    open_logged_in(args, "backup", checked=False)
    try:
        permissions.require(permissions.MANAGE_BACKUPS)
        key = connection.current_key()
        # The copy is read through a connection of its own, with SQLite's backup API.
        con = connection.connect_file(path, key=key)
        try:
            written = backup.take_backup(con, path,
                                         Path(args.backup_to) if args.backup_to else None,
                                         key=key, max_age_months=_backup_max_age(con))
        finally:
            con.close()
        record_backup(written)
    finally:
        connection.close_database()
    print(f"Sikkerhetskopi skrevet: {written}")
    return 0


def cmd_restore(args) -> int:
    from samvirke_desktop.cli.log_in import open_logged_in
    from samvirke_desktop.db import connection, sharing
    from samvirke_desktop.domain.privacy import backups
    from samvirke_desktop.errors import DatabaseOpenError

    path = _file_target(args, "restore")
    if path is None:
        return 2
    backup_file = Path(args.backup_file)
    # Who may restore is decided by the database as it is; when it no longer opens, by the copy.
    try:
        open_logged_in(args, "restore", checked=False, target=path)
    except DatabaseOpenError:
        if not backup_file.is_file():
            raise
        open_logged_in(args, "restore", checked=False, target=backup_file, read_only=True)
    key = connection.current_key()
    connection.close_database()
    others = [m.host for m in sharing.open_elsewhere(path)]
    result = backups.restore_backup(backup_file, path, key=key)
    print(f"Gjenopprettet {path} fra {result.restored_from}.")
    print(f"Databasen slik den var rett før, er lagret i {result.safety_backup}.")
    if others:
        print(f"Merk: Samvirke er åpen på {', '.join(others)}. De ser de gjenopprettede dataene "
              "neste gang de henter noe; lagrer de noe de hadde åpent fra før, får de beskjed om "
              "at oppføringen er endret.")
    return 0


def cmd_migrate_to(args) -> int:
    from samvirke_desktop.db.connection import is_url
    from samvirke_desktop.db.server_copy import copy_to_server

    if not is_url(args.url):
        print("Feil: målet må være en PostgreSQL-adresse, for eksempel "
              "postgresql://bruker@tjener/samvirke.", file=sys.stderr)
        return 2
    path = _file_target(args, "migrate-to")
    if path is None:
        return 2
    if not path.is_file():
        raise DatabaseMissing(f"Finner ikke databasen «{path}».")
    key = _copy_allowed(args, path)

    def progress(table: str, done: int, total: int) -> None:
        if done == total:
            print(f"  {table}: {total} rader")

    print(f"Kopierer {path} til {args.url.split('@')[-1]} …")
    report = copy_to_server(path, args.url, by=_who(), progress=progress, key=key)
    width = max(len(c.table) for c in report.counts)
    print()
    print(f"{'Tabell':<{width}}  {'Fil':>9}  {'Tjener':>9}")
    for count in report.counts:
        mark = "" if count.ok else "  AVVIK"
        print(f"{count.table:<{width}}  {count.source:>9}  {count.target:>9}{mark}")
    if not report.ok:
        wrong = ", ".join(c.table for c in report.counts if not c.ok)
        print(f"Feil: antall rader stemmer ikke i {wrong}. Ikke ta i bruk databasen på tjeneren; "
              "prøv igjen med en ny, tom database.", file=sys.stderr)
        return 1
    _log_copy(path, args.url, key)
    print(f"Alle {report.rows} rader er kopiert ({report.seconds:.1f} s). Fra nå av: start Samvirke "
          f"med --database {report.target}, eller sett SAMVIRKE_DATABASE til den adressen. Den "
          "gamle filen er ikke endret; flytt den bort så ingen fortsetter å lagre i den.")
    return 0


def _copy_allowed(args, path: Path) -> bytes | None:
    """Copying the whole database to a server is an administrator's job."""
    from samvirke_desktop.cli.log_in import open_logged_in
    from samvirke_desktop.db import connection
    from samvirke_desktop.domain.team import permissions

    open_logged_in(args, "migrate-to", checked=False, target=path)
    try:
        permissions.require(permissions.MANAGE_BACKUPS)
        return connection.current_key()
    finally:
        connection.close_database()


def _log_copy(path: Path, url: str, key: bytes | None) -> None:
    """The file's change log says who copied everything to which server, and when."""
    from samvirke_desktop.db import connection
    from samvirke_desktop.domain.privacy.backups import record_copy_to_server

    connection.open_database(path, create=False, key=key)
    try:
        record_copy_to_server(connection.hide_password(url))
    finally:
        connection.close_database()


def cmd_demo(args) -> int:
    from samvirke_desktop.domain.demo.database import write_demo_database

    path = Path(args.path)
    summary = write_demo_database(path, seed=args.seed)
    print(f"Laget demodatabasen {path}: {summary}")
    return 0


def cmd_check(args) -> int:
    from samvirke_desktop.db.connection import is_url, resolve_target
    from samvirke_desktop.db.health import check_file

    target, _ = resolve_target(args.sub_database or args.database)
    if is_url(target):
        print("Feil: «check» gjelder databasefiler (SQLite).", file=sys.stderr)
        return 2
    path = Path(target)
    key = None
    if path.is_file():
        from samvirke_desktop.cli import log_in
        from samvirke_desktop.db import encryption

        if encryption.is_encrypted(path):
            key, _ = log_in.unlock(args, "check", path.expanduser().absolute())
    report = check_file(path, thorough=args.thorough, key=key)
    print(f"Database: {report.path}")
    print(f"Skjemaversjon: {report.schema_version}")
    print(f"Tilstand: {'ok' if report.ok else 'SKADET'}")
    for problem in report.problems:
        print(f"  - {problem}")
    width = max((len(t) for t in report.row_counts), default=10)
    for table, count in report.row_counts.items():
        print(f"{table:<{width}}  {count:>8}")
    return 0 if report.ok and report.is_samvirke else 1
