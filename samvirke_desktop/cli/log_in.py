"""Logging in on the command line: the same accounts, roles and waits as the window.

On a database with user accounts every command that reads or writes personal data needs
``--user NAME``; the password is asked for on the terminal without echo, or read from the file
named by ``--password-file`` (for a scheduled backup). Never from an argument or the
environment: both are visible to other users of the PC (``ps``, shell history, crash reports).
The change log then records that person, and the domain's role checks apply as in the window.
A database without accounts (the demo, a file from before accounts) works as the window does:
as an administrator named after the computer's login.
"""
import argparse
import getpass
import os
import stat
import sys
from pathlib import Path

from samvirke_desktop.errors import SamvirkeError

# Commands that read no personal data, or make a new file: no log-in.
WITHOUT_LOG_IN = frozenset({"demo", "check", "new"})


class UsageError(SamvirkeError):
    """A parameter is missing or wrong (exit code 2)."""


def add_arguments(parser) -> None:
    """``--user`` and ``--password-file`` on a command that needs a log-in."""
    parser.add_argument("--user", dest="sub_user", metavar="BRUKERNAVN",
                        help="logg inn som denne brukeren (databaser med brukerkontoer); "
                             "passordet spørres om i terminalen")
    parser.add_argument("--password-file", dest="sub_password_file", metavar="FIL",
                        help="les passordet fra denne filen i stedet (for planlagte "
                             "sikkerhetskopier); bare eieren kan ha lesetilgang til den")


def add_to_commands(sub) -> None:
    """The log-in options on every command (and sub-command) that needs them."""
    for name, parser in sub.choices.items():
        if name in WITHOUT_LOG_IN:
            continue
        nested = [action for action in parser._actions
                  if isinstance(action, argparse._SubParsersAction)]
        if nested:
            for action in nested:
                for child in action.choices.values():
                    add_arguments(child)
        else:
            add_arguments(parser)


def user_name(args) -> str:
    return (getattr(args, "sub_user", None) or getattr(args, "user", None) or "").strip()


def read_password_file(path_text: str) -> str:
    """The first line of the file; refused when others than the owner may read it."""
    path = Path(path_text).expanduser()
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise SamvirkeError(
                f"Passordfilen «{path}» kan leses av andre enn eieren. Gjør den privat "
                f"(chmod 600 «{path}») og prøv igjen.")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SamvirkeError(f"Finner ikke passordfilen «{path}».") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SamvirkeError(f"Kunne ikke lese passordfilen «{path}»: {exc}") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise SamvirkeError(f"Passordfilen «{path}» er tom. Skriv passordet på første linje.")
    return lines[0]


def password(args, prompt: str, *, file_option: str = "sub_password_file",
             flag: str = "--password-file") -> str:
    """From the named file, else from the terminal without echo."""
    named = getattr(args, file_option, None) or getattr(args, file_option.removeprefix("sub_"),
                                                        None)
    if named:
        return read_password_file(named)
    if not sys.stdin.isatty():
        raise UsageError(f"Passordet kan ikke spørres om uten en terminal. Bruk {flag} FIL "
                         "(en fil bare du kan lese, med passordet på første linje).")
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise SamvirkeError("Ingen passord skrevet; ingenting er gjort.") from None


def log_in(args, command: str) -> None:
    """Log in on the opened database as ``--user`` asks, or refuse; without accounts, work as
    the window does."""
    from samvirke_desktop.domain.team import actor, users

    if not users.has_users():
        actor.set_current(users.working_without_accounts())
        return
    name = user_name(args)
    if not name:
        users.log_out()
        raise UsageError(
            f"Databasen har brukerkontoer, så «{command}» krever innlogging. Legg til "
            "--user BRUKERNAVN (passordet spørres om), eller --password-file FIL for en "
            "planlagt jobb.")
    users.log_out()
    users.log_in(name, password(args, f"Passord for {name}: "))


def open_logged_in(args, command: str, *, checked: bool = True, target=None,
                   read_only: bool = False):
    """Open the database the command names (or ``target``) and log in to it. ``checked``:
    refuse a damaged file first, as a report or export must (``sharing.open_checked``)."""
    from samvirke_desktop.db import connection
    from samvirke_desktop.db.sharing import open_checked

    if target is None:
        target = getattr(args, "sub_database", None) or args.database
    if checked:
        opened = open_checked(target)
    else:
        opened = connection.open_database(target, create=False, read_only=read_only)
    try:
        log_in(args, command)
    except BaseException:
        connection.close_database()
        raise
    return opened
