"""The ``samvirke`` command: the program window by default, subcommands for work without a screen.

``parser`` holds the arguments, ``dispatch`` runs a command; each command group has a module
of its own (``database_commands``, ``spreadsheet_commands``, ``report_commands``,
``person_commands``) with ``COMMANDS``, ``add_commands(sub)`` and ``run(args)``, and
``self_test`` is ``samvirke --self-test``. The groups call domain/, db/ and reports/ only; the
window (gui/) is imported only when no subcommand is given.
"""


def main(argv: list[str] | None = None) -> int:
    from samvirke_desktop.cli.dispatch import main as run

    return run(argv)
