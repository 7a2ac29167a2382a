"""``samvirke person export``: everything stored about one resident (innsyn), as PDF or JSON.

Exit codes: 0 written, 2 a parameter is missing or wrong, 1 any other expected problem
(database missing or damaged, the legal basis, controller or data protection officer not yet
filled in under Innstillinger → Personvern, the resident is anonymised, file cannot be
written). Nothing is written then.
"""
from pathlib import Path

from samvirke_desktop.cli.arguments import UsageError

COMMANDS = ("person",)
FORMATS = (".pdf", ".json")
LANGUAGES = ("nb", "en")


def add_commands(sub) -> None:
    person = sub.add_parser("person", help="opplysninger om én person (innsyn)")
    person_sub = person.add_subparsers(dest="person_command", metavar="HVA", required=True)
    export = person_sub.add_parser(
        "export", help="alt som er lagret om en beboer, som PDF eller JSON",
        description="Skriv alt Samvirke lagrer om en beboer (innsyn etter personvernforordningen "
                    "artikkel 15): en lesbar PDF eller en maskinlesbar JSON-fil. Utleveringen "
                    "føres i endringsloggen.")
    export.add_argument("--database", dest="sub_database", metavar="PATH")
    export.add_argument("--resident", metavar="ID", help="beboerens nummer")
    export.add_argument("--out", metavar="FIL.pdf|FIL.json",
                        help="filen som skal skrives; endelsen velger PDF eller JSON")
    export.add_argument("--language", default="nb", metavar="SPRÅK",
                        help="nb (bokmål, som standard) eller en (engelsk): språket i "
                             "rapporten og i tekstene i JSON-filen")


def run(args) -> int:
    """Exit code 2 for a wrong parameter comes from ``UsageError`` (``dispatch``)."""
    missing = [name for name, value in (("--resident", args.resident), ("--out", args.out))
               if not (value or "").strip()]
    if missing:
        raise UsageError(f"Innsyn trenger {' og '.join(missing)}. Eksempel: samvirke person "
                         "export --database team.db --resident 42 --out innsyn.pdf")
    wanted = args.resident.strip()
    if not wanted.isdigit():
        raise UsageError(f"«{wanted}» er ikke et beboernummer. Bruk nummeret beboeren har i "
                         "Samvirke, for eksempel --resident 42.")
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"Skriv til en fil som slutter på .pdf (lesbar) eller .json "
                         f"(maskinlesbar), ikke «{out.name}».")
    language = (getattr(args, "language", None) or "nb").strip().lower()
    if language not in LANGUAGES:
        raise UsageError(f"Innsyn kan lages på nb (bokmål) eller en (engelsk), ikke "
                         f"«{args.language}». Bruk for eksempel --language en.")

    from samvirke_desktop.cli.log_in import open_logged_in

    open_logged_in(args, "person export")
    from samvirke_desktop.domain.privacy.access_request import ResidentAnonymised
    from samvirke_desktop.errors import RecordGone
    from samvirke_desktop.reports.access_report import make_access_report
    from samvirke_desktop.translation import using_language

    try:
        with using_language(language):
            make_access_report(int(wanted), out)
    except ResidentAnonymised:
        raise   # its own message, exit 1: the number is right, there is no person left
    except RecordGone:
        raise UsageError(f"Det finnes ingen beboer med nummer {wanted}. Sjekk nummeret.") from None
    kind = "PDF" if out.suffix.lower() == ".pdf" else "JSON"
    print(f"Skrev innsyn for beboer {wanted} ({kind}) til {out}. Utleveringen er ført i "
          "endringsloggen.")
    return 0
