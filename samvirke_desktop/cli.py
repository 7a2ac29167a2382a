"""The ``samvirke`` command: the program window by default, subcommands for work without a screen."""
import argparse
import sys
from pathlib import Path

from samvirke_desktop import __version__
from samvirke_desktop.errors import SamvirkeError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samvirke",
        description="Samvirke: beboere, aktiviteter, oppmøte, frivillige og tilskudd.",
    )
    parser.add_argument("--version", action="version", version=f"Samvirke {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="sjekk at installasjonen virker (database, demodata, PDF-rapporter, "
                             "vinduet uten skjerm) og skriv én linje om resultatet")
    parser.add_argument("--database", metavar="PATH",
                        help="databasefil eller postgresql://-adresse (ellers SAMVIRKE_DATABASE "
                             "eller standarddatabasen)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    demo = sub.add_parser("demo", help="lag en database med eksempeldata for ett skoleår")
    demo.add_argument("path", metavar="PATH", help="filen som skal lages")
    demo.add_argument("--seed", type=int, default=2026, help="samme tall gir samme fil")

    check = sub.add_parser("check", help="sjekk databasefilen og vis antall rader per tabell")
    check.add_argument("--database", dest="sub_database", metavar="PATH")
    check.add_argument("--thorough", action="store_true", help="full integrity_check")

    stats = sub.add_parser("stats", help="tall og statistikk")
    stats_sub = stats.add_subparsers(dest="stats_command", metavar="HVA", required=True)
    grant = stats_sub.add_parser("grant", help="tallene til en tilskuddsrapport for én søknad")
    grant.add_argument("--database", dest="sub_database", metavar="PATH")
    grant.add_argument("--application", type=int, required=True, metavar="ID", help="søknadens nummer")
    grant.add_argument("--from", dest="period_from", type=parse_cli_date, metavar="DATO",
                       help="periodens første dag, 2026-01-01 eller 01.01.2026 (ellers søknadsperioden)")
    grant.add_argument("--to", dest="period_to", type=parse_cli_date, metavar="DATO",
                       help="periodens siste dag (tatt med)")
    grant.add_argument("--age-basis", choices=("period_start", "first_attendance"),
                       default="period_start", help="alder ved periodens start eller ved første oppmøte")
    grant.add_argument("--format", choices=("text", "json", "csv"), default="text")

    from samvirke_desktop import database_commands  # backup, restore, migrate-to
    database_commands.add_commands(sub)
    from samvirke_desktop import spreadsheet_commands  # import, export
    spreadsheet_commands.add_commands(sub)
    from samvirke_desktop import report_commands  # report attendance|signin|grant|hours|calendar
    report_commands.add_commands(sub)
    from samvirke_desktop import person_commands  # person export (innsyn)
    person_commands.add_commands(sub)
    return parser


def parse_cli_date(text: str):
    """2026-01-01 or 01.01.2026."""
    import datetime

    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato. Skriv for eksempel 2026-01-01 "
                                     "eller 01.01.2026.")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from samvirke_desktop.self_test import main as self_test

        return self_test()
    from samvirke_desktop.db import schema

    schema.last_upgrade = None
    try:
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "stats":
            return cmd_stats_grant(args)
        from samvirke_desktop import database_commands
        if args.command in database_commands.COMMANDS:
            return database_commands.run(args)
        from samvirke_desktop import spreadsheet_commands
        if args.command in spreadsheet_commands.COMMANDS:
            return spreadsheet_commands.run(args)
        from samvirke_desktop import report_commands
        if args.command in report_commands.COMMANDS:
            return report_commands.run(args)
        from samvirke_desktop import person_commands
        if args.command in person_commands.COMMANDS:
            return person_commands.run(args)
    except SamvirkeError as exc:
        print(f"Feil: {exc.message}", file=sys.stderr)
        return 1
    finally:
        tell_upgrade(schema.last_upgrade)
    from samvirke_desktop.gui.app import run_gui
    return run_gui(args.database)


def tell_upgrade(upgrade) -> None:
    """A command that upgraded an older database says so, as the window does."""
    if upgrade is None:
        return
    from samvirke_desktop.db.schema import LATEST_VERSION

    text = (f"Merk: Databasen ble oppgradert fra skjema {upgrade.migrated_from} til skjema "
            f"{LATEST_VERSION} for Samvirke {__version__}; eldre versjoner av Samvirke kan ikke "
            "lenger åpne den.")
    if upgrade.backup_path:
        text += f" En kopi av databasen slik den var før, ligger i «{upgrade.backup_path}»."
    print(text, file=sys.stderr)


def cmd_demo(args) -> int:
    from samvirke_desktop.domain.demo_data import write_demo_database

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
    report = check_file(Path(target), thorough=args.thorough)
    print(f"Database: {report.path}")
    print(f"Skjemaversjon: {report.schema_version}")
    print(f"Tilstand: {'ok' if report.ok else 'SKADET'}")
    for problem in report.problems:
        print(f"  - {problem}")
    width = max((len(t) for t in report.row_counts), default=10)
    for table, count in report.row_counts.items():
        print(f"{table:<{width}}  {count:>8}")
    return 0 if report.ok and report.is_samvirke else 1


def cmd_stats_grant(args) -> int:
    from samvirke_desktop.db.connection import open_database
    from samvirke_desktop.domain.grant_figures_text import render
    from samvirke_desktop.domain.grant_statistics import grant_statistics

    open_database(args.sub_database or args.database, create=False)
    stats = grant_statistics(args.application, args.period_from, args.period_to,
                             age_basis=args.age_basis)
    text = render(stats, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
