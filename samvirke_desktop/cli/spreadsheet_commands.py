"""``samvirke import`` and ``samvirke export``: spreadsheets in and out without the program window.

    samvirke import residents beboere.xlsx --database team.db [--mapping kolonner.json]
    samvirke import attendance oppmote.xlsx --activity "Leksehjelp Sagene" --database team.db
    samvirke export residents --database team.db --out beboere.xlsx

The import shows the same preview as the wizard (column choices, notes, every problem) and
then imports the rows without errors in one transaction; ``--dry-run`` stops after the
preview. Rows that were skipped are written with their reasons to a report next to the file
(``<file>-hoppet-over.csv``, or ``--report``). The column choices are saved in the database
for the next import, as the wizard does. A damaged database file, or one that is not a
Samvirke database, is refused before anything is read from it or written to it.
"""
import sys
from pathlib import Path

from samvirke_desktop.cli.arguments import parse_cli_date
from samvirke_desktop.errors import SamvirkeError

COMMANDS = ("import", "export")
IMPORT_KINDS = ("residents", "volunteers", "partners", "attendance")
EXPORT_KINDS = ("residents", "volunteers", "partners", "sessions", "attendance", "applications")
MAX_PROBLEM_LINES = 200


def add_commands(sub) -> None:

    imp = sub.add_parser("import", help="ta inn beboere, frivillige, samarbeidspartnere eller "
                                        "oppmøte fra et regneark (.xlsx eller .csv)")
    imp.add_argument("kind", choices=IMPORT_KINDS, metavar="HVA",
                     help="residents, volunteers, partners eller attendance")
    imp.add_argument("file", metavar="FIL", help="regnearket (.xlsx eller .csv)")
    imp.add_argument("--database", dest="sub_database", metavar="PATH")
    imp.add_argument("--mapping", metavar="FIL",
                     help='kolonnevalg som JSON: {"overskrift": "felt"}, for eksempel '
                          '{"Født": "birth_date", "Tlf mor": null}')
    imp.add_argument("--sheet", metavar="ARK", help="arket i arbeidsboken (ellers det aktive)")
    imp.add_argument("--activity", metavar="AKTIVITET",
                     help="aktivitetens nummer eller navn (for attendance)")
    imp.add_argument("--skip-duplicates", action="store_true",
                     help="ta ikke med rader som kan være personer som alt er registrert")
    imp.add_argument("--report", metavar="FIL",
                     help="hvor radene som hoppes over skrives (ellers FIL-hoppet-over.csv)")
    imp.add_argument("--dry-run", action="store_true",
                     help="vis bare forhåndsvisningen; ingenting lagres")

    exp = sub.add_parser("export", help="skriv et register til .xlsx eller .csv")
    exp.add_argument("kind", choices=EXPORT_KINDS, metavar="HVA",
                     help="residents, volunteers, partners, sessions, attendance eller "
                          "applications")
    exp.add_argument("--database", dest="sub_database", metavar="PATH")
    exp.add_argument("--out", required=True, metavar="FIL", help="filen (.xlsx eller .csv)")
    exp.add_argument("--include-archived", action="store_true", help="ta med arkiverte")
    exp.add_argument("--activity", metavar="AKTIVITET",
                     help="bare denne aktiviteten (sessions, attendance)")
    exp.add_argument("--from", dest="date_from", type=parse_cli_date, metavar="DATO",
                     help="fra og med (sessions, attendance)")
    exp.add_argument("--to", dest="date_to", type=parse_cli_date, metavar="DATO",
                     help="til og med (sessions, attendance)")
    exp.add_argument("--layout", choices=("list", "matrix"), default="list",
                     help="attendance: én rad per oppmøte, eller navn × datoer for én aktivitet")


def run(args) -> int:
    from samvirke_desktop.cli.log_in import open_logged_in

    open_logged_in(args, args.command)
    if args.command == "import":
        return cmd_import(args)
    return cmd_export(args)


def find_activity(text: str) -> int:
    """An activity by number or by name (case and accents ignored)."""
    from samvirke_desktop.db.folding import fold
    from samvirke_desktop.db.models import Activity

    text = (text or "").strip()
    if text.isdigit():
        if Activity.get_or_none(Activity.id == int(text)) is None:
            raise SamvirkeError(f"Finner ingen aktivitet med nummer {text}.")
        return int(text)
    found = [(a.id, a.name) for a in Activity.select(Activity.id, Activity.name)
             if fold(a.name) == fold(text)]
    if len(found) == 1:
        return found[0][0]
    if found:
        numbers = ", ".join(str(a) for a, _ in found)
        raise SamvirkeError(f"Flere aktiviteter heter «{text}» (nummer {numbers}). Bruk nummeret.")
    names = ", ".join(f"{a.id} {a.name}" for a in Activity.select().order_by(Activity.name))
    raise SamvirkeError(f"Finner ingen aktivitet som heter «{text}». Aktivitetene er: "
                        f"{names or '(ingen)'}.")


def _print_problems(lines: list[str]) -> None:
    for line in lines[:MAX_PROBLEM_LINES]:
        print(f"  {line}")
    if len(lines) > MAX_PROBLEM_LINES:
        print(f"  … og {len(lines) - MAX_PROBLEM_LINES} til (se rapporten).")


def _print_header(sheet, headers_and_fields: list[tuple[str, str]]) -> None:
    where = f", ark «{sheet.sheet_name}»" if sheet.sheet_name else ""
    how = f", {sheet.encoding}" if sheet.encoding else ""
    print(f"Leser {sheet.file_name}{where}{how}: {sheet.row_count} rader.")
    print("Kolonner:")
    for header, label in headers_and_fields:
        print(f"  {header} → {label}")


def cmd_import(args) -> int:
    from samvirke_desktop.domain.spreadsheets.mapping import field_label, read_mapping_file

    mapping = read_mapping_file(args.mapping, args.kind) if args.mapping else None
    if args.kind == "attendance":
        return _import_attendance(args, mapping)
    from samvirke_desktop.domain.spreadsheets import people_import as pi

    preview = pi.preview_people_import(args.kind, args.file, mapping, sheet_name=args.sheet)
    _print_header(preview.sheet, [(h, field_label(args.kind, code))
                                  for h, code in zip(preview.sheet.headers, preview.mapping)])
    for note in preview.notes:
        print(f"Merk: {note}")
    problems = [p for row in preview.rows for p in row.problems]
    if problems:
        print("Problemer:")
        _print_problems(problems)
    if args.skip_duplicates:
        for row in preview.rows:
            if row.duplicates or row.same_as_rows:
                row.include = False
    print(preview.summary())
    if args.dry_run:
        print("Prøvekjøring: ingenting er lagret.")
        return 0
    if not preview.rows_to_import:
        print("Feil: ingen rader kan importeres. Rett filen og prøv igjen.", file=sys.stderr)
        _write_report(args, pi.skipped_rows_table(preview))
        return 1
    result = pi.run_import(preview)
    print(result.summary())
    _write_report(args, pi.skipped_rows_table(preview) if result.skipped else None)
    return 0


def _write_report(args, table) -> None:
    from samvirke_desktop.domain.spreadsheets.people_import import default_report_path, write_report_table

    if not table:
        return
    path = Path(args.report) if args.report else default_report_path(args.file)
    if write_report_table(table, path) is not None:
        print(f"Radene som ble hoppet over, med grunnen, står i {path}.")


def _import_attendance(args, mapping) -> int:
    from samvirke_desktop.domain.formatting import date_no
    from samvirke_desktop.domain.spreadsheets import attendance_import as ai
    from samvirke_desktop.domain.spreadsheets.mapping import field_label

    if not args.activity:
        print("Feil: skriv hvilken aktivitet oppmøtet gjelder, med --activity NUMMER eller NAVN.",
              file=sys.stderr)
        return 2
    preview = ai.preview_attendance_import(find_activity(args.activity), args.file, mapping,
                                           sheet_name=args.sheet)
    dates = {c.column: c for c in preview.columns}

    def label(i: int, code: str | None) -> str:
        if i not in dates:
            return field_label("attendance", code)
        column = dates[i]
        if column.session_id is None:
            return f"ny samling {date_no(column.date)}"
        return f"{'avlyst ' if column.cancelled else ''}samling {date_no(column.date)}"

    _print_header(preview.sheet, [(h, label(i, code)) for i, (h, code)
                                  in enumerate(zip(preview.sheet.headers, preview.mapping))])
    print(f"Aktivitet: {preview.activity_name}")
    for note in preview.notes:
        print(f"Merk: {note}")
    problems = [p for row in preview.rows for p in row.problems]
    if problems:
        print("Problemer:")
        _print_problems(problems)
    print(preview.summary())
    if args.dry_run:
        print("Prøvekjøring: ingenting er lagret.")
        return 0
    result = ai.run_attendance_import(preview)
    print(result.summary())
    _write_report(args, ai.skipped_rows_table(preview) if result.skipped else None)
    return 0


def cmd_export(args) -> int:
    from samvirke_desktop.domain.spreadsheets.register_export import export_register

    filters = {}
    if args.kind in ("residents", "volunteers", "partners", "applications"):
        filters["include_archived"] = args.include_archived
    if args.kind in ("sessions", "attendance"):
        filters.update(activity_id=find_activity(args.activity) if args.activity else None,
                       date_from=args.date_from, date_to=args.date_to)
    if args.kind == "attendance":
        filters["layout"] = args.layout
    table = export_register(args.kind, args.out, **filters)
    print(f"Eksporterte {table.row_count} rader ({table.title.lower()}) til {args.out}.")
    return 0
