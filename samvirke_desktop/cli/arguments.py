"""What the command line reads from its arguments: dates as teams write them, and the error
for a parameter that is missing or wrong (exit code 2, said by ``dispatch``)."""
import argparse
import datetime

from samvirke_desktop.errors import SamvirkeError


class UsageError(SamvirkeError):
    """A parameter is missing or wrong (exit code 2)."""


def parse_cli_date(text: str):
    """2026-01-01 or 01.01.2026."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato. Skriv for eksempel 2026-01-01 "
                                     "eller 01.01.2026.")
