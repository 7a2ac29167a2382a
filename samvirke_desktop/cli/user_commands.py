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
from samvirke_desktop.cli.arguments import UsageError

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
    new.add_argument("--no-encryption", action="store_true",
                     help="lag en ukryptert fil (ellers krypteres databasen, og bare de som "
                          "logger inn, kan lese den)")

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
    from samvirke_desktop.db import connection, encryption
    from samvirke_desktop.domain.team import users

    path = Path(args.path).expanduser().absolute()
    admin = (args.admin or "").strip().lower()
    if not admin:
        raise UsageError("Skriv administratorens brukernavn med --admin, for eksempel "
                         "samvirke new team.db --admin anne --full-name \"Anne Admin\".")
    if not (args.full_name or "").strip():
        raise UsageError("Skriv administratorens fulle navn med --full-name, så kollegene ser "
                         "hvem som har endret hva.")
    if path.exists() or encryption.key_file_for(path).exists():
        raise UsageError(f"«{path}» (eller nøkkelfilen ved siden av) finnes allerede. Velg et "
                         "nytt filnavn; en eksisterende database endres ikke.")
    password = _new_password(args.admin_password_file, f"Passord for {admin}: ")
    users.check_first_admin(admin, password, args.full_name)   # before any file is made
    made = None
    if args.no_encryption:
        connection.open_database(path, create=True)
    else:
        made = encryption.create_encrypted_database(path, username=admin, password=password)
        connection.open_database(path, create=False, key=made.key)
    try:
        try:
            users.create_first_admin(admin, password, args.full_name)
            users.log_in(admin, password)
        finally:
            connection.close_database()
    except BaseException:
        # A half-made team database is no use to anyone.
        path.unlink(missing_ok=True)
        encryption.key_file_for(path).unlink(missing_ok=True)
        raise
    print(f"Laget teamdatabasen {path} med administratoren «{admin}».")
    if made is None:
        print("Merk: Databasen er ikke kryptert. Alle som kan lese mappen, kan lese alt i den.")
        return 0
    print(f"Den er kryptert; nøklene ligger i {made.key_file.name} ved siden av, og begge "
          "filene må følge med når databasen flyttes.")
    _show_recovery_code(made.recovery_code)
    return 0


def _show_recovery_code(code: str) -> None:
    """Shown once: the only way in the day every administrator has forgotten the password."""
    import sys

    from samvirke_desktop.db import encryption

    print()
    print("GJENOPPRETTINGSKODE (vises bare nå):")
    print(f"    {encryption.format_recovery_code(code)}")
    print("Skriv den ut eller skriv den ned, og oppbevar den innelåst. Den åpner databasen "
          "den dagen alle administratorene har glemt passordet sitt.")
    if not sys.stdin.isatty():
        return
    for _ in range(3):
        try:
            typed = input("Skriv koden her for å bekrefte at du har tatt vare på den: ")
        except EOFError:
            break
        try:
            if encryption.normalise_recovery_code(typed) == encryption.normalise_recovery_code(code):
                print("Koden stemmer.")
                return
            print("Det var ikke den samme koden. Se etter og prøv igjen.")
        except encryption.WrongSecret as exc:   # not a code at all: say what one looks like
            print(exc.message)
    print("Koden ble ikke bekreftet. Sørg for å ha den skrevet ned før du lukker dette vinduet.")


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
