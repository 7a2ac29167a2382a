"""``samvirke new`` and ``samvirke users add``: a team database and its accounts without the
window, for scripted set-ups. They do what the welcome screen and Innstillinger → Brukere do,
through the same domain functions and checks.

    samvirke new team.db --admin anne --full-name "Anne Admin" --password-file anne.txt
    samvirke users add kari --role koordinator --full-name "Kari Lund" \\
        --new-password-file kari.txt --database team.db --user anne --password-file anne.txt

Passwords come from files only the owner can read (or, for ``--user``, from the terminal), never
from an argument.
"""
from pathlib import Path

from samvirke_desktop.cli import log_in
from samvirke_desktop.cli.log_in import UsageError

COMMANDS = ("new", "users")

# The roles as the team says them, on the command line.
ROLE_WORDS = {"administrator": "admin", "koordinator": "coordinator",
              "aktivitetsleder": "activity_leader", "soknadsskriver": "grant_writer",
              "søknadsskriver": "grant_writer"}


def add_commands(sub) -> None:
    new = sub.add_parser("new", help="lag en ny teamdatabase med en administrator")
    new.add_argument("path", metavar="PATH", help="databasefilen som skal lages")
    new.add_argument("--admin", metavar="BRUKERNAVN", help="administratorens brukernavn")
    new.add_argument("--full-name", metavar="NAVN",
                     help="administratorens fulle navn (står i endringsloggen)")
    new.add_argument("--password-file", dest="admin_password_file", metavar="FIL",
                     help="fil med administratorens passord på første linje (ellers spørres "
                          "det om i terminalen)")

    users = sub.add_parser("users", help="brukerkontoer i teamdatabasen")
    users_sub = users.add_subparsers(dest="users_command", metavar="HVA", required=True)
    add = users_sub.add_parser("add", help="lag en ny bruker med et første passord")
    add.add_argument("name", metavar="BRUKERNAVN", help="den nye brukerens brukernavn")
    add.add_argument("--role", metavar="ROLLE",
                     help="administrator, koordinator, aktivitetsleder eller soknadsskriver")
    add.add_argument("--full-name", metavar="NAVN", default="", help="brukerens fulle navn")
    add.add_argument("--new-password-file", metavar="FIL",
                     help="fil med den nye brukerens første passord på første linje")
    add.add_argument("--activity", dest="activities", action="append", metavar="AKTIVITET",
                     default=[], help="aktivitetsleder: en aktivitet brukeren leder (nummer "
                                      "eller navn; kan gis flere ganger)")
    add.add_argument("--database", dest="sub_database", metavar="PATH")


def run(args) -> int:
    if args.command == "new":
        return cmd_new(args)
    return cmd_users_add(args)


def cmd_new(args) -> int:
    from samvirke_desktop.db import connection
    from samvirke_desktop.domain.team import users

    path = Path(args.path).expanduser().absolute()
    if not (args.admin or "").strip():
        raise UsageError("Skriv administratorens brukernavn med --admin, for eksempel "
                         "samvirke new team.db --admin anne --full-name \"Anne Admin\".")
    if not (args.full_name or "").strip():
        raise UsageError("Skriv administratorens fulle navn med --full-name, så kollegene ser "
                         "hvem som har endret hva.")
    if path.exists():
        raise UsageError(f"«{path}» finnes allerede. Velg et nytt filnavn; en eksisterende "
                         "database endres ikke.")
    password = _new_password(args.admin_password_file, f"Passord for {args.admin}: ")
    connection.open_database(path, create=True)
    try:
        try:
            users.create_first_admin(args.admin, password, args.full_name)
        except BaseException:
            connection.close_database()
            path.unlink(missing_ok=True)  # a half-made team database is no use to anyone
            raise
        users.log_in(args.admin, password)
    finally:
        connection.close_database()
    print(f"Laget teamdatabasen {path} med administratoren «{args.admin.strip().lower()}».")
    return 0


def cmd_users_add(args) -> int:
    from samvirke_desktop.cli.spreadsheet_commands import find_activity
    from samvirke_desktop.domain.team import users

    role = ROLE_WORDS.get((args.role or "").strip().lower())
    if role is None:
        raise UsageError("Velg rollen med --role: administrator, koordinator, aktivitetsleder "
                         "eller soknadsskriver.")
    if not args.new_password_file:
        raise UsageError("Den nye brukerens første passord leses fra en fil: "
                         "--new-password-file FIL.")
    if args.activities and role != "activity_leader":
        raise UsageError("--activity gjelder bare aktivitetsledere.")
    new_password = log_in.read_password_file(args.new_password_file)
    log_in.open_logged_in(args, "users add")
    activity_ids = [find_activity(text) for text in args.activities]
    user = users.create_user(args.name, new_password, role, args.full_name,
                             led_activity_ids=activity_ids)
    print(f"Laget brukeren «{user.username}» ({users.role_label(role).lower()}). Be brukeren "
          "bytte passordet første gang hen logger inn.")
    return 0


def _new_password(file_text: str | None, prompt: str) -> str:
    if file_text:
        return log_in.read_password_file(file_text)
    first = log_in.password(_NoFile(), prompt)
    if log_in.password(_NoFile(), "Skriv det samme passordet en gang til: ") != first:
        raise UsageError("Passordene er ikke like. Ingen database er laget.")
    return first


class _NoFile:
    """Arguments without a password file: ``log_in.password`` asks on the terminal."""
    sub_password_file = None
    password_file = None
