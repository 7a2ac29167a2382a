"""Running the ``samvirke`` command: a subcommand when one is given, otherwise the program window.

Every expected problem ends as one Norwegian line on standard error and exit code 1 (a group
may use 2 for wrong arguments); an older database upgraded on the way is mentioned as the
window does."""
import sys

from samvirke_desktop import __version__
from samvirke_desktop.cli.arguments import UsageError
from samvirke_desktop.cli.parser import COMMAND_GROUPS, build_parser
from samvirke_desktop.errors import SamvirkeError


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if any(word == "--password" or word.startswith("--password=") for word in words):
        # Said before parsing: argparse would repeat the unknown option's value, the password.
        print("Feil: Passordet kan ikke stå på kommandolinjen (andre på PC-en kan se den). "
              "Skriv det når du blir spurt, eller bruk --password-file FIL.", file=sys.stderr)
        return 2
    args = build_parser().parse_args(words)
    if args.self_test:
        from samvirke_desktop.cli.self_test import main as self_test

        return self_test()
    from samvirke_desktop.db import schema

    schema.last_upgrade = None
    try:
        for group in COMMAND_GROUPS:
            if args.command in group.COMMANDS:
                return group.run(args)
    except UsageError as exc:
        print(f"Feil: {exc.message}", file=sys.stderr)
        return 2
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
