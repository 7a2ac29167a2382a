"""Grant figures as text to paste into a funder's web portal, and as CSV and JSON.

The text uses Norwegian number formats (1 234,50); CSV and JSON keep plain numbers
(1234.50) so a spreadsheet or another program reads them as numbers. All three are
made from the same ``GrantStatistics``.
"""
import csv
import datetime
import io
import json
from decimal import Decimal

from samvirke_desktop.domain.formatting import date_no, money, number

FORMATS = ("text", "csv", "json")
CSV_HEADER = ("seksjon", "post", "kolonne", "verdi")


# --- flat rows (CSV, spreadsheets) ---------------------------------------------

def _band_table_rows(section: str, gender_labels, rows, gender_totals=None) -> list[tuple]:
    out = []
    for row in rows:
        for code, label in gender_labels:
            out.append((section, row.label, label, row.count(code)))
        out.append((section, row.label, "Sum", row.total))
    if gender_totals is not None:
        totals = dict(gender_totals)
        for code, label in gender_labels:
            out.append((section, "Sum", label, totals[code]))
        out.append((section, "Sum", "Sum", sum(totals.values())))
    return out


def figure_rows(stats) -> list[tuple]:
    """(section, item, column, value) rows with Norwegian labels and plain values."""
    p, hc, v, b = stats.participants, stats.head_counts, stats.volunteers, stats.budget
    rows = [
        ("Søknad", "Tittel", "", stats.title),
        ("Søknad", "Referanse", "", stats.reference),
        ("Søknad", "Tilskuddsgiver", "", stats.funder),
        ("Søknad", "Ordning", "", stats.scheme),
        ("Søknad", "Underkategori", "", stats.sub_category),
        ("Søknad", "Status", "", stats.status_label),
        ("Søknad", "Søknadsperiode", "fra", stats.application_period_start),
        ("Søknad", "Søknadsperiode", "til", stats.application_period_end),
        ("Søknad", "Beløp søkt", "", stats.amount_applied),
        ("Søknad", "Beløp innvilget", "", stats.amount_granted),
        ("Tallene gjelder", "Periode", "fra", stats.period_from),
        ("Tallene gjelder", "Periode", "til", stats.period_to),
        ("Tallene gjelder", "Alder", "", stats.age_basis_text),
        ("Tallene gjelder", "Fødselsår", "", stats.birth_year_rule_text),
        ("Tallene gjelder", "Aldersgrupper", "", stats.bands_text),
        ("Samlinger", "Gjennomført", "", stats.sessions.held),
        ("Samlinger", "Avlyst", "", stats.sessions.cancelled),
        ("Samlinger", "Planlagt senere", "", stats.sessions.planned),
        ("Samlinger", "Oppmøte ikke registrert", "", stats.sessions.not_registered),
        ("Unike deltakere", "Totalt", "", p.total),
        ("Unike deltakere", "Nye", "", p.new),
        ("Unike deltakere", "Gjengangere", "", p.returning),
    ]
    for group in (p.children, p.adults):
        rows += [("Unike deltakere", group.label, "Totalt", group.total),
                 ("Unike deltakere", group.label, "Nye", group.new),
                 ("Unike deltakere", group.label, "Gjengangere", group.returning)]
    if p.youth_total is not None:   # Bufdir's 0–24 beside the bands
        rows.append(("Unike deltakere", "0–24 år", "Totalt", p.youth_total))
    for group in (p.children, p.adults):
        rows += _band_table_rows(f"{group.label} etter alder og kjønn", group.gender_labels,
                                 group.rows, group.gender_totals)
    rows += [("Oppmøter", "Registrerte oppmøter", "", stats.attendances.total),
             ("Oppmøter", "Snitt per gjennomført samling", "", stats.attendances.average_per_session),
             ("Telte personer", "Totalt", "", hc.total),
             ("Telte personer", "Snitt per gjennomført samling", "", hc.average_per_session)]
    rows += _band_table_rows("Telte personer etter alder og kjønn", hc.gender_labels, hc.rows)
    rows += [("Frivillige", "Unike frivillige", "", v.unique),
             ("Frivillige", "Frivillige vakter", "", v.presences),
             ("Frivillige", "Timer", "", v.hours),
             ("Frivillige", "Timesats", "", v.hour_rate),
             ("Frivillige", "Verdi av egeninnsats", "", v.in_kind_value)]
    for m in stats.months:
        rows += [("Per måned", m.label, "Samlinger", m.sessions_held),
                 ("Per måned", m.label, "Oppmøter", m.attendances),
                 ("Per måned", m.label, "Telte personer", m.head_counts)]
    for a in stats.activities:
        rows += [("Per aktivitet", a.name, "Samlinger", a.sessions_held),
                 ("Per aktivitet", a.name, "Avlyst", a.sessions_cancelled),
                 ("Per aktivitet", a.name, "Oppmøter", a.attendances),
                 ("Per aktivitet", a.name, "Unike deltakere", a.unique_participants),
                 ("Per aktivitet", a.name, "Telte personer", a.head_counts),
                 ("Per aktivitet", a.name, "Frivillige timer", a.volunteer_hours)]
    rows += [("Budsjett og regnskap", "Regnskap", "fra", b.spent_from),
             ("Budsjett og regnskap", "Regnskap", "til", b.spent_to)]
    for line in b.lines + (None,):
        name = "Sum" if line is None else line.name
        src = b if line is None else line
        rows += [("Budsjett og regnskap", name, "Budsjett", src.budgeted),
                 ("Budsjett og regnskap", name, "Regnskap", src.spent),
                 ("Budsjett og regnskap", name, "Avvik", src.variance),
                 ("Budsjett og regnskap", name, "Forbruk prosent", src.percent_used),
                 ("Budsjett og regnskap", name, "Utenfor søknadsperioden", src.outside_period)]
    return rows


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def as_csv(stats) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in figure_rows(stats):
        writer.writerow([_csv_value(v) for v in row])
    return out.getvalue()


def as_json(stats) -> str:
    return json.dumps(stats.as_dict(), ensure_ascii=False, indent=2)


# --- text ---------------------------------------------------------------------

def _n(value) -> str:
    return number(value) if value is not None else "–"


def _d(value, decimals=1) -> str:
    return number(value, decimals) if value is not None else "–"


def _pct(value) -> str:
    return f"{number(value, 1)} %" if value is not None else "–"


def _table(header: list[str], rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = []
    for row in [header] + rows:
        cells = [str(row[0]).ljust(widths[0])]
        cells += [str(cell).rjust(widths[i]) for i, cell in enumerate(row[1:], start=1)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def _band_table(first: str, gender_labels, rows, gender_totals=None) -> list[str]:
    header = [first] + [label for _code, label in gender_labels] + ["Sum"]
    body = [[r.label] + [_n(r.count(code)) for code, _l in gender_labels] + [_n(r.total)]
            for r in rows]
    if gender_totals is not None:
        totals = dict(gender_totals)
        body.append(["Sum"] + [_n(totals[code]) for code, _l in gender_labels]
                    + [_n(sum(totals.values()))])
    return _table(header, body)


def as_text(stats) -> str:
    """The figures as Norwegian plain text, ready to copy into a funder's form."""
    p, hc, v, b = stats.participants, stats.head_counts, stats.volunteers, stats.budget
    funder = stats.funder + (f" – {stats.scheme}" if stats.scheme else "")
    if stats.sub_category:
        funder += f" ({stats.sub_category})"
    title = stats.title + (f" (ref. {stats.reference})" if stats.reference else "")
    out = [
        "Tall til tilskuddsrapport",
        f"Søknad: {title}",
        f"Tilskuddsgiver: {funder}",
        f"Status: {stats.status_label}",
        (f"Periode: {date_no(stats.period_from)}–{date_no(stats.period_to)} (søknadsperiode "
        f"{date_no(stats.application_period_start)}–{date_no(stats.application_period_end)})"),
        f"{stats.age_basis_text}. {stats.birth_year_rule_text}",
        f"{stats.bands_text}.",
        "",
        "Beløp",
        f"  Søkt: {money(stats.amount_applied)}",
        f"  Innvilget: {money(stats.amount_granted) if stats.amount_granted is not None else 'ikke avgjort'}",
        "",
        "Samlinger",
        f"  Gjennomført: {_n(stats.sessions.held)}",
        f"  Avlyst: {_n(stats.sessions.cancelled)}",
        *([f"  Planlagt senere i perioden: {_n(stats.sessions.planned)}"]
          if stats.sessions.planned else []),
        *([f"  Oppmøte ikke registrert (ikke regnet som gjennomført): "
           f"{_n(stats.sessions.not_registered)}"] if stats.sessions.not_registered else []),
        "",
        f"Unike deltakere: {_n(p.total)}",
        f"  {p.children.label}: {_n(p.children.total)}",
        f"  {p.adults.label}: {_n(p.adults.total)}",
        f"  Nye: {_n(p.new)}",
        f"  Gjengangere (var med før perioden): {_n(p.returning)}",
        *([f"  0–24 år: {_n(p.youth_total)}"] if p.youth_total is not None else []),
    ]
    for group in (p.children, p.adults):
        out += ["", (f"{group.label} etter alder og kjønn "
                    f"(nye {_n(group.new)}, gjengangere {_n(group.returning)})")]
        out += _band_table("Alder", group.gender_labels, group.rows, group.gender_totals)
    out += [
        "",
        "Oppmøter",
        f"  Registrerte oppmøter: {_n(stats.attendances.total)}",
        f"  Snitt per gjennomført samling: {_d(stats.attendances.average_per_session)}",
        "",
        "Telte personer (ikke registrert med navn, ikke med i unike deltakere)",
        f"  Totalt: {_n(hc.total)}",
        f"  Snitt per gjennomført samling: {_d(hc.average_per_session)}",
    ]
    out += _band_table("Alder", hc.gender_labels, hc.rows)
    out += [
        "",
        "Frivillige",
        f"  Unike frivillige: {_n(v.unique)}",
        f"  Frivillige vakter: {_n(v.presences)}",
        f"  Timer: {number(v.hours, 2)}",
    ]
    if v.hour_rate is None:
        out.append("  Verdi av egeninnsats: ingen timesats, bare timer rapporteres")
    else:
        out += [f"  Timesats: {money(v.hour_rate)}",
                f"  Verdi av egeninnsats: {money(v.in_kind_value)}"]
    if stats.activities:
        out += ["", "Per aktivitet"]
        out += _table(["Aktivitet", "Samlinger", "Avlyst", "Oppmøter", "Unike deltakere",
                       "Telte", "Frivillige timer"],
                      [[a.name, _n(a.sessions_held), _n(a.sessions_cancelled), _n(a.attendances),
                        _n(a.unique_participants), _n(a.head_counts), number(a.volunteer_hours, 2)]
                       for a in stats.activities])
    out += ["", "Per måned"]
    out += _table(["Måned", "Samlinger", "Oppmøter", "Telte"],
                  [[m.label, _n(m.sessions_held), _n(m.attendances), _n(m.head_counts)]
                   for m in stats.months])
    out += ["", f"Budsjett og regnskap (utgifter {date_no(b.spent_from)}–{date_no(b.spent_to)})"]
    if b.lines:
        body = [[line.name, money(line.budgeted), money(line.spent), money(line.variance),
                 _pct(line.percent_used)] for line in b.lines]
        body.append(["Sum", money(b.budgeted), money(b.spent), money(b.variance),
                     _pct(b.percent_used)])
        out += _table(["Post", "Budsjett", "Regnskap", "Avvik", "Forbruk"], body)
        out.append("  Avvik = regnskap − budsjett (minus betyr under budsjett).")
    else:
        out.append("  Søknaden har ingen budsjettposter.")
    if b.outside_period != Decimal(0):
        out.append(f"  Utgifter datert utenfor søknadsperioden: {money(b.outside_period)} "
                   "(ikke med i regnskapet over; sjekk datoene).")
    return "\n".join(out) + "\n"


def render(stats, fmt: str = "text") -> str:
    if fmt == "json":
        return as_json(stats)
    if fmt == "csv":
        return as_csv(stats)
    if fmt == "text":
        return as_text(stats)
    raise ValueError(f"unknown format {fmt!r}; use one of {FORMATS}")
