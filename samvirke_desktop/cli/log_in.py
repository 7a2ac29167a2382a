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

from samvirke_desktop.cli.arguments import UsageError
from samvirke_desktop.errors import SamvirkeError

# Commands that make a new file: no log-in. ``check`` reads no personal data and logs in only
# to unlock an encrypted file.
WITHOUT_LOG_IN = frozenset({"demo", "new"})


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


def _name_or_refuse(args, command: str, what: str) -> str:
    name = user_name(args)
    if not name:
        raise UsageError(
            f"{what}, så «{command}» krever innlogging. Legg til --user BRUKERNAVN (passordet "
            "spørres om), eller --password-file FIL for en planlagt jobb.")
    return name


def log_in(args, command: str, *, known_password: str | None = None) -> None:
    """Log in on the opened database as ``--user`` asks, or refuse; without accounts, work as
    the window does."""
    from samvirke_desktop.domain.team import actor, users

    if not users.has_users():
        actor.set_current(users.working_without_accounts())
        return
    users.log_out()
    name = _name_or_refuse(args, command, "Databasen har brukerkontoer")
    users.log_in(name, known_password if known_password is not None
                 else password(args, f"Passord for {name}: "))


def _encrypted_file(target) -> Path | None:
    from samvirke_desktop.db import connection, encryption

    resolved, _ = connection.resolve_target(target)
    if connection.is_url(resolved):
        return None
    path = Path(resolved).expanduser().absolute()
    return path if path.is_file() and encryption.is_encrypted(path) else None


def unlock(args, command: str, path: Path) -> tuple[bytes, str]:
    """The key of an encrypted file from the user's own password (the log-in opens the file),
    and that password, so it is asked for once."""
    from samvirke_desktop.db import encryption

    name = _name_or_refuse(args, command, f"Databasen «{path.name}» er kryptert")
    secret = password(args, f"Passord for {name}: ")
    return encryption.unlock(path, name, secret), secret


def open_logged_in(args, command: str, *, checked: bool = True, target=None,
                   read_only: bool = False):
    """Open the database the command names (or ``target``) and log in to it. ``checked``:
    refuse a damaged file first, as a report or export must (``sharing.open_checked``). An
    encrypted file is unlocked with the same user name and password first."""
    from samvirke_desktop.db import connection
    from samvirke_desktop.db.sharing import open_checked

    if target is None:
        target = getattr(args, "sub_database", None) or args.database
    keyed, secret = {}, None
    encrypted = _encrypted_file(target)
    if encrypted is not None:
        key, secret = unlock(args, command, encrypted)
        keyed = {"key": key}
    if checked:
        opened = open_checked(target, **keyed)
    else:
        opened = connection.open_database(target, create=False, read_only=read_only, **keyed)
    try:
        log_in(args, command, known_password=secret)
    except BaseException:
        connection.close_database()
        raise
    return opened
