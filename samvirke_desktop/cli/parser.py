"""The ``samvirke`` command's arguments: the program's own options, then each command group's
subcommands, added by the group's module."""
import argparse

from samvirke_desktop import __version__
from samvirke_desktop.cli import database_commands, person_commands, report_commands, spreadsheet_commands

COMMAND_GROUPS = (database_commands, spreadsheet_commands, report_commands, person_commands)


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

    for group in COMMAND_GROUPS:
        group.add_commands(sub)
    return parser
