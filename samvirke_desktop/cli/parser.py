"""The ``samvirke`` command's arguments: the program's own options, then each command group's
subcommands, added by the group's module."""
import argparse

from samvirke_desktop import __version__
from samvirke_desktop.cli import (
    database_commands,
    log_in,
    person_commands,
    report_commands,
    spreadsheet_commands,
    user_commands,
)

COMMAND_GROUPS = (database_commands, user_commands, spreadsheet_commands, report_commands,
                  person_commands)


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
    log_in.add_to_commands(sub)
    _no_abbreviations(parser)
    return parser


def _no_abbreviations(parser: argparse.ArgumentParser) -> None:
    """Options are taken only as written: "--password SECRET" must not pass for
    "--password-file" (and then print the password as a missing file's name)."""
    parser.allow_abbrev = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _no_abbreviations(child)
