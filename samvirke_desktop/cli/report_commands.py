"""``samvirke report attendance|signin|grant|hours|calendar``: PDF reports without the program
window; ``samvirke stats grant``: the same figures as the grant report, as text, JSON or CSV.

Exit codes: 0 written, 2 a parameter is missing or names nothing in the database (with
``--check``: 0 no warnings, 2 warnings listed),
1 any other expected problem (database missing, damaged or not a Samvirke database, file
cannot be written).
"""
import sys
from pathlib import Path

from samvirke_desktop.cli.arguments import UsageError, parse_cli_date
from samvirke_desktop.errors import ValidationError

COMMANDS = ("report", "stats")

KINDS = {
    "attendance": "Oppmøterapport",
    "signin": "Oppmøteliste",
    "grant": "Rapport til tilskuddsgiver",
    "hours": "Timeattest",
    "calendar": "Aktivitetskalender",
}
NEEDS = {
    "attendance": ("activity", "from", "to"),
    "signin": ("activity", "month"),
    "grant": ("application",),  # the period defaults to the application's own
    "hours": ("volunteer", "from", "to"),
    "calendar": ("month",),
}
OPTIONAL = {"grant": ("from", "to")}
OPTION_NAMES = {"activity": "--activity", "application": "--application",
                "volunteer": "--volunteer", "from": "--from", "to": "--to", "month": "--month"}


def add_commands(sub) -> None:
    stats = sub.add_parser("stats", help="tall og statistikk")
    stats_sub = stats.add_subparsers(dest="stats_command", metavar="HVA", required=True)
    grant = stats_sub.add_parser("grant", help="tallene til en tilskuddsrapport for én søknad")
    grant.add_argument("--database", dest="sub_database", metavar="PATH")
    grant.add_argument("--application", type=int, required=True, metavar="ID", help="søknadens nummer")
    grant.add_argument("--from", dest="period_from", type=parse_cli_date, metavar="DATO",
                       help="periodens første dag, 2026-01-01 eller 01.01.2026 (ellers søknadsperioden)")
    grant.add_argument("--to", dest="period_to", type=parse_cli_date, metavar="DATO",
                       help="periodens siste dag (tatt med)")
    grant.add_argument("--age-basis", choices=("period_start", "first_attendance"),
                       default="period_start", help="alder etter fødselsår i året perioden begynner, eller i året for "
                            "første oppmøte")
    grant.add_argument("--format", choices=("text", "json", "csv"), default="text")

    report = sub.add_parser(
        "report", help="lag en PDF-rapport: attendance, signin, grant, hours eller calendar",
        description="Lag en PDF: attendance (oppmøterapport), signin (oppmøteliste), grant "
                    "(rapport til tilskuddsgiver), hours (timeattest) eller calendar "
                    "(aktivitetskalender).")
    report.add_argument("report_kind", metavar="RAPPORT", help="attendance, signin, grant, "
                        "hours eller calendar")
    report.add_argument("--database", dest="sub_database", metavar="PATH")
    report.add_argument("--out", metavar="FIL.pdf", help="PDF-filen som skal skrives")
    report.add_argument("--activity", metavar="AKTIVITET", help="nummer eller nøyaktig navn")
    report.add_argument("--application", metavar="SØKNAD",
                        help="søknadens nummer eller nøyaktige tittel")
    report.add_argument("--volunteer", metavar="FRIVILLIG",
                        help="nummer eller «Fornavn Etternavn»")
    report.add_argument("--from", dest="period_from", metavar="DATO",
                        help="første dag, 2026-01-01 eller 01.01.2026 (for grant: ellers "
                             "søknadsperiodens første dag)")
    report.add_argument("--to", dest="period_to", metavar="DATO", help="siste dag (tatt med)")
    report.add_argument("--month", metavar="ÅÅÅÅ-MM", help="måneden, for eksempel 2026-06")
    report.add_argument("--site", metavar="OMRÅDE",
                        help="kalenderen for ett område (nummer eller navn)")
    report.add_argument("--paper", choices=("A4", "A3"), default="A4",
                        help="papirstørrelse for kalenderen")
    report.add_argument("--language", metavar="SPRÅK",
                        help="calendar: kalenderen på et annet språk, for eksempel en, ar, so, "
                             "ti, pl eller prs (ellers bokmål). Det som ikke er oversatt, står "
                             "på bokmål og skrives ut som advarsler først")
    report.add_argument("--photo", dest="photos", action="append", type=int, metavar="ID",
                        help="grant: et bilde fra aktivitetene i søknaden (nummeret); gjenta "
                             "for flere, høyst 4. Uten --photo: bildene valgt i Rapporter. "
                             "Avvises når noen på bildet mangler samtykke til foto")
    report.add_argument("--signer-name", metavar="NAVN",
                        help="hours: hvem som signerer timeattesten (ellers en tom linje å "
                             "skrive navnet på)")
    report.add_argument("--signer-role", metavar="ROLLE",
                        help="hours: rollen til den som signerer, for eksempel koordinator")
    report.add_argument("--role", metavar="ROLLE",
                        help="hours: den frivilliges rolle i alle aktivitetene, i stedet for "
                             "den aktivitetene gir (for eksempel «leksehjelper»)")
    report.add_argument("--all-enrolled", action="store_true",
                        help="attendance: gi også de påmeldte som aldri kom en rad i "
                             "oppmøtetabellen (ellers bare nevnt i ett avsnitt)")
    report.add_argument("--check", action="store_true",
                        help="bare sjekk (attendance, grant, calendar): skriv advarslene og "
                             "avslutt med "
                             "kode 2 når det finnes noen, uten å lage PDF-en")


def run(args) -> int:
    if args.command == "stats":
        return cmd_stats_grant(args)
    try:
        return _run(args)
    except ValidationError as exc:  # a wrong parameter value (UsageError: see dispatch)
        print(f"Feil: {exc.message}", file=sys.stderr)
        return 2


def _run(args) -> int:
    from samvirke_desktop.domain.report_periods import parse_date, parse_month

    kind = args.report_kind
    if kind not in KINDS:
        raise UsageError(f"Ukjent rapport «{kind}». Velg attendance (oppmøterapport), signin "
                         "(oppmøteliste), grant (rapport til tilskuddsgiver), hours (timeattest) "
                         "eller calendar (aktivitetskalender).")
    given = {"activity": args.activity, "application": args.application,
             "volunteer": args.volunteer,
             "from": args.period_from, "to": args.period_to, "month": args.month}
    missing = [OPTION_NAMES[name] for name in NEEDS[kind] if not (given[name] or "").strip()]
    if args.check and kind not in CHECKED:
        raise UsageError(f"--check gjelder {_and_list(sorted(CHECKED))}, ikke {kind}.")
    if getattr(args, "photos", None) and kind != "grant":
        raise UsageError(f"--photo gjelder bare grant (rapport til tilskuddsgiver), ikke {kind}.")
    signing = [option for option, value in (("--signer-name", getattr(args, "signer_name", None)),
                                            ("--signer-role", getattr(args, "signer_role", None)),
                                            ("--role", getattr(args, "role", None)))
               if value is not None]
    if signing and kind != "hours":
        raise UsageError(f"{_and_list(signing)} gjelder bare hours (timeattest), ikke {kind}.")
    if getattr(args, "all_enrolled", False) and kind != "attendance":
        raise UsageError(f"--all-enrolled gjelder bare attendance (oppmøterapport), ikke {kind}.")
    if getattr(args, "language", None) and kind != "calendar":
        raise UsageError(f"--language gjelder bare calendar (aktivitetskalender), ikke {kind}.")
    if not args.out and not args.check:
        missing.insert(0, "--out")
    if missing:
        raise UsageError(f"{KINDS[kind]} trenger {_and_list(missing)}. Eksempel: "
                         f"{_example(kind)}")
    out = Path(args.out).expanduser() if args.out else None
    dated = NEEDS[kind] + OPTIONAL.get(kind, ())
    first = (parse_date(args.period_from, "from")
             if "from" in dated and (args.period_from or "").strip() else None)
    last = (parse_date(args.period_to, "to")
            if "to" in dated and (args.period_to or "").strip() else None)
    year_month = parse_month(args.month) if "month" in NEEDS[kind] else None

    from samvirke_desktop.cli.log_in import open_logged_in

    open_logged_in(args, "report")
    if args.check:
        return _check(kind, args, first, last)
    if kind == "attendance":
        from samvirke_desktop.reports.attendance_report import write_attendance_report

        write_attendance_report(out, find_activity(args.activity), first, last,
                                all_enrolled=args.all_enrolled)
    elif kind == "signin":
        from samvirke_desktop.reports.sign_in_sheet import write_sign_in_sheet

        write_sign_in_sheet(out, find_activity(args.activity), *year_month)
    elif kind == "grant":
        from samvirke_desktop.reports.grant_report import write_grant_report

        write_grant_report(out, find_application(args.application), first, last,
                           photo_ids=getattr(args, "photos", None))
    elif kind == "hours":
        from samvirke_desktop.reports.hours_statement import write_hours_statement

        write_hours_statement(out, find_volunteer(args.volunteer), first, last,
                              signer_name=args.signer_name, signer_role=args.signer_role or "",
                              role=args.role or "")
    else:
        from samvirke_desktop.domain.activities.calendar_poster import poster_check
        from samvirke_desktop.reports.activity_calendar import write_activity_calendar

        site_id = find_site(args.site) if args.site else None
        language = getattr(args, "language", None)
        # What the residents will read in bokmål, or miss, is said before the poster is made.
        for warning in poster_check(*year_month, site_id=site_id, language=language):
            print(f"Merk: {warning.as_line()}")
        write_activity_calendar(out, *year_month, site_id=site_id, paper=args.paper,
                                language=language)
    print(f"Skrev {KINDS[kind].lower()} til {out}")
    return 0


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _example(kind: str) -> str:
    base = f"samvirke report {kind} --database team.db --out rapport.pdf"
    return {
        "attendance": f'{base} --activity "Leksehjelp" --from 2026-01-01 --to 2026-06-30',
        "signin": f'{base} --activity "Leksehjelp" --month 2026-06',
        "grant": f"{base} --application 3 --from 2026-01-01 --to 2026-12-31",
        "hours": f'{base} --volunteer "Kari Nordmann" --from 2026-01-01 --to 2026-06-30',
        "calendar": f"{base} --month 2026-06",
    }[kind]


def _pick(label: str, plural: str, wanted: str, candidates: list[tuple[int, str]],
          option: str, near: list[tuple[int, str]] = ()) -> int:
    """One id from (id, name) pairs whose name matched; explain none or several plainly."""
    if len(candidates) == 1:
        return candidates[0][0]
    if not candidates:
        hint = ""
        if near:
            hint = " Mente du " + " eller ".join(f"«{name}» (nummer {rid})"
                                                 for rid, name in near[:5]) + "?"
        raise UsageError(f"Finner ingen {label} med navnet «{wanted}».{hint} Sjekk stavemåten, "
                         f"eller bruk nummeret med {option}.")
    numbers = ", ".join(str(cid) for cid, _ in candidates[:10])
    raise UsageError(f"Flere {plural} heter «{wanted}» (nummer {numbers}). Bruk nummeret, "
                     f"for eksempel {option} {candidates[0][0]}.")


def _by_id_or_name(model, wanted: str, label: str, plural: str, option: str, name_of) -> int:
    from samvirke_desktop.db.folding import fold

    wanted = (wanted or "").strip()
    if wanted.isdigit():
        if model.get_or_none(model.id == int(wanted)) is None:
            raise UsageError(f"Det finnes ingen {label} med nummer {wanted}. Sjekk nummeret.")
        return int(wanted)
    rows = [(row.id, name_of(row)) for row in model.select()]
    exact = [(rid, name) for rid, name in rows if name == wanted]
    if exact:
        return _pick(label, plural, wanted, exact, option)
    folded = fold(wanted)
    same = [(rid, name) for rid, name in rows if fold(name) == folded]
    near = [(rid, name) for rid, name in rows if folded and folded in fold(name)]
    return _pick(label, plural, wanted, same, option, near)


def find_activity(wanted: str) -> int:
    from samvirke_desktop.db.models import Activity

    return _by_id_or_name(Activity, wanted, "aktivitet", "aktiviteter", "--activity",
                          lambda a: a.name)


def find_application(wanted: str) -> int:
    from samvirke_desktop.db.models import Application

    return _by_id_or_name(Application, wanted, "søknad", "søknader", "--application",
                          lambda a: a.title)


def find_volunteer(wanted: str) -> int:
    from samvirke_desktop.db.models import Volunteer
    from samvirke_desktop.domain.person_names import full_name

    return _by_id_or_name(Volunteer, wanted, "frivillig", "frivillige", "--volunteer",
                          lambda v: full_name(v.first_name, v.last_name))


def find_site(wanted: str) -> int:
    from samvirke_desktop.db.models import Site

    return _by_id_or_name(Site, wanted, "område", "områder", "--site", lambda s: s.name)


def cmd_stats_grant(args) -> int:
    from samvirke_desktop.cli.log_in import open_logged_in
    from samvirke_desktop.domain.grants.figures_text import render
    from samvirke_desktop.domain.grants.statistics import grant_statistics

    open_logged_in(args, "stats")
    stats = grant_statistics(args.application, args.period_from, args.period_to,
                             age_basis=args.age_basis)
    text = render(stats, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


CHECKED = ("attendance", "grant", "calendar")


def _check(kind: str, args, first, last) -> int:
    """Print the warnings a report would go out with; exit code 2 when there are any."""
    if kind == "grant":
        from samvirke_desktop.domain.grants.report_check import check_grant_report

        warnings = check_grant_report(find_application(args.application), first, last)
    elif kind == "calendar":
        from samvirke_desktop.domain.activities.calendar_poster import poster_check
        from samvirke_desktop.domain.report_periods import parse_month

        warnings = poster_check(*parse_month(args.month),
                                site_id=find_site(args.site) if args.site else None,
                                language=getattr(args, "language", None))
    else:
        from samvirke_desktop.domain.activities.report_warnings import check_attendance_report

        warnings = check_attendance_report(find_activity(args.activity), first, last)
    if not warnings:
        print(f"Ingen advarsler: {KINDS[kind].lower()} kan lages.")
        return 0
    count = "1 advarsel" if len(warnings) == 1 else f"{len(warnings)} advarsler"
    print(f"{count} før {KINDS[kind].lower()} lages:")
    for warning in warnings:
        print(f"  - {warning.as_line()}")
    return 2
