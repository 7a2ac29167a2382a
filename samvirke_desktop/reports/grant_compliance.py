"""The compliance part of the grant report: budget against accounts with variance and
explanations, contributions in kind, the grant letter's conditions, the reporting deadline, the
auditor requirement, the police-certificate confirmation, the signature block and the list of
sessions as an appendix.

Everything comes from ``domain.grants.compliance``; every amount is printed to the øre, so a
total in a sentence is always the total of the table beside it. No volunteer and no
participant is named: the report goes to the funder.
"""
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, TableStyle

from samvirke_desktop.domain.formatting import date_long, date_no, money, number
from samvirke_desktop.domain.grants.compliance import Compliance, deadline_text
from samvirke_desktop.domain.grants.statistics import GrantStatistics
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    head_cells,
    heading,
    notice,
    para,
    room_for,
    text,
)
from samvirke_desktop.reports.flowables import table as plain_table
from samvirke_desktop.reports.styles import GRID, INK, MUTED, hex_color, paragraph_styles
from samvirke_desktop.translation import translate

MINUS = "\u2013"   # the shipped font has no U+2212; Norwegian typesetters use the en dash
MISSING = colors.HexColor("#B42318")   # "mangler forklaring": red that reads on white and zebra


def signed(value: Decimal) -> str:
    """+2 960,00 kr / –30 000,00 kr / 0,00 kr: over or under budget at a glance."""
    if value > 0:
        return "+" + money(value)
    if value < 0:
        return MINUS + money(-value)
    return money(value)


def signed_percent(value: Decimal | None) -> str:
    if value is None:
        return "–"
    sign = "+" if value > 0 else MINUS if value < 0 else ""
    return f"{sign}{number(abs(value), 1)}\u00a0%"


def _limit_text(limit: Decimal) -> str:
    """10 % / 12,5 %"""
    return f"{number(limit, 0 if limit == limit.to_integral() else 1)}\u00a0%"


def _missing_mark() -> str:
    return (f'<font color="{hex_color(MISSING)}"><b>'
            f'{text(translate("Report", "Mangler forklaring"))}</b></font>')


def _muted(value: str) -> str:
    return f'<i><font color="{hex_color(MUTED)}">{text(value)}</font></i>'


# --- budget and accounts -------------------------------------------------------------------

def budget_section(s: GrantStatistics, c: Compliance, width: float) -> list:
    b = s.budget
    story = [room_for(min(200, 55 + 12 * len(b.lines)) * mm),
             heading(translate("Report", "Budsjett og regnskap"))]
    if not b.lines:
        return story + [para(translate("Report", "Søknaden har ingen budsjettposter."))]
    story.append(para(translate(
        "Report", "Regnskapet tar med utgifter fra {first} til {last}. Avvik er regnskap minus "
        "budsjett: minus betyr under budsjett. Avvik på mer enn {limit} må forklares.").format(
            first=date_no(b.spent_from), last=date_no(b.spent_to),
            limit=_limit_text(c.variance_limit)),
        "body"))
    story.append(gap(2))
    styles = paragraph_styles()
    numbers = (1, 2, 3, 4)
    widths = [None, 29 * mm, 29 * mm, 29 * mm, 18 * mm]
    widths[0] = width - sum(w for w in widths if w)
    header = head_cells([translate("Report", "Post"), translate("Report", "Budsjett"),
                         translate("Report", "Regnskap"), translate("Report", "Avvik"),
                         translate("Report", "Avvik %")], right=numbers)
    rows, extra = [], [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for line in c.budget_lines:
        rows.append([Paragraph(text(line.name), styles.cell), money(line.budgeted),
                     money(line.spent), signed(line.variance),
                     signed_percent(line.variance_percent)])
        if line.explanation or line.needs_explanation:
            said = (f'<i>{text(translate("Report", "Forklaring"))}:</i> {text(line.explanation)}'
                    if line.explanation else
                    f'{_missing_mark()}: '
                    + text(translate("Report", "avviket er større enn {limit} og må "
                                     "forklares før rapporten sendes.").format(
                        limit=_limit_text(c.variance_limit))))
            row = len(rows) + 1   # the header is row 0
            rows.append([Paragraph(said, styles.cell), "", "", "", ""])
            extra += [("SPAN", (0, row), (-1, row)), ("TOPPADDING", (0, row), (-1, row), 0),
                      ("LINEABOVE", (0, row), (-1, row), 0, colors.white)]
    variance_percent = (None if not b.budgeted else
                        (b.variance * 100 / b.budgeted).quantize(Decimal("0.1")))
    rows.append([translate("Report", "Sum"), money(b.budgeted), money(b.spent), signed(b.variance),
                 signed_percent(variance_percent)])
    story.append(data_table(header, rows, widths, align_right=numbers, total_rows=1,
                            zebra=False, extra_style=extra))
    missing = [line for line in c.budget_lines if line.missing_explanation]
    if missing:
        story.append(notice(translate(
            "Report", "{n} av budsjettpostene mangler forklaring på avviket: {lines}. Skriv "
            "forklaringen på søknadens budsjett (fanen Budsjett og regnskap) og lag rapporten "
            "på nytt.").format(n=number(len(missing)),
                               lines=", ".join(f"«{line.name}»" for line in missing))))
    if s.amount_granted is not None and s.amount_granted != b.budgeted:
        story.append(para(translate("Report", "Innvilget beløp er {granted}; budsjettet over "
                                    "er på {budgeted}.").format(
            granted=money(s.amount_granted), budgeted=money(b.budgeted)), "small"))
    if b.outside_period:
        story.append(notice(translate(
            "Report", "Utgifter på {amount} er datert utenfor søknadsperioden og er ikke regnet "
            "med. Sjekk datoene på bilagene.").format(amount=money(b.outside_period))))
    return story


# --- contributions in kind ---------------------------------------------------------------------

def in_kind_section(c: Compliance, width: float) -> list:
    story = [room_for(55 * mm), heading(translate("Report", "Egeninnsats"))]
    if not c.in_kind:
        return story + [para(translate("Report", "Søknaden har ingen egeninnsats registrert, og "
                                       "ingen frivillige timer er registrert i perioden."))]
    styles = paragraph_styles()
    numbers = (2, 3, 4)
    widths = [32 * mm, None, 20 * mm, 24 * mm, 30 * mm]
    widths[1] = width - sum(w for w in widths if w)
    header = head_cells([translate("Report", "Type"), translate("Report", "Beskrivelse"),
                         translate("Report", "Timer"), translate("Report", "Sats"),
                         translate("Report", "Verdi")], right=numbers)
    rows = [[Paragraph(text(line.label), styles.cell), Paragraph(text(line.description),
                                                                 styles.cell),
             format_hours(line.hours) if line.hours is not None else "",
             money(line.rate) if line.rate is not None else "",
             money(line.value) if line.value is not None
             else translate("Report", "bare timer")]
            for line in c.in_kind]
    rows.append([translate("Report", "Sum"), "", "", "", money(c.in_kind_total)])
    story.append(data_table(header, rows, widths, align_right=numbers, total_rows=1,
                            extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(para(translate(
        "Report", "Egeninnsatsen er til sammen verdt {total}. Ansattes timer regnes som timer "
        "ganget med timesatsen; frivillige timer er de som er registrert på samlingene i "
        "perioden, med tilskuddsgiverens sats.").format(total=money(c.in_kind_total)), "small"))
    if any(line.value is None for line in c.in_kind):
        story.append(para(translate("Report", "Tilskuddsgiveren har ingen timesats for frivillig "
                                    "innsats, så de frivillige timene er ikke verdsatt."),
                          "small"))
    return story


# --- the grant letter and what the funder checks -------------------------------------------

def _pairs_table(rows: list[tuple[str, str]], width: float):
    styles = paragraph_styles()
    cells = [[Paragraph(text(label), styles.cell), Paragraph(value, styles.body)]
             for label, value in rows]
    result = plain_table(cells, colWidths=[48 * mm, width - 48 * mm], hAlign="LEFT")
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return result


def conditions_section(c: Compliance, width: float) -> list:
    story = [PageBreak(), heading(translate("Report", "Vilkår og krav fra tilskuddsgiveren"))]
    if c.gaps:
        story.append(notice(translate("Report", "Rapporten er ikke komplett ennå:") + " "
                            + " ".join(c.gaps)))
    story.append(heading(translate("Report", "Vilkår i tilsagnsbrevet"), level=1))
    if c.grant_letter_date or c.grant_letter_reference:
        letter = translate("Report", "Tilsagnsbrev")
        if c.grant_letter_date:
            letter += " " + translate("Report", "datert {date}").format(
                date=date_long(c.grant_letter_date))
        if c.grant_letter_reference:
            letter += f" ({c.grant_letter_reference})"
        story.append(para(letter + ".", "body"))
    if not c.conditions:
        story.append(para(translate("Report", "Ingen vilkår fra tilsagnsbrevet er registrert i "
                                    "søknaden."), "body"))
    else:
        styles = paragraph_styles()
        widths = [None, 28 * mm, 62 * mm]
        widths[0] = width - sum(w for w in widths if w)
        header = head_cells([translate("Report", "Vilkår"), translate("Report", "Oppfylt"),
                             translate("Report", "Kommentar")])
        rows = [[Paragraph(text(line.text), styles.cell),
                 Paragraph(f"<b>{text(line.status_text)}</b>" if line.status
                           else _muted(line.status_text), styles.cell),
                 Paragraph(text(line.comment) or "–", styles.cell)] for line in c.conditions]
        story += [gap(1), data_table(header, rows, widths,
                                     extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]

    auditor = c.auditor
    if auditor.required is True:
        answer = translate("Report", "Ja")
    elif auditor.required is False:
        answer = translate("Report", "Nei")
    else:
        answer = translate("Report", "Ukjent")
    rows = [(translate("Report", "Rapportfrist"), text(deadline_text(c.deadline)))]
    if c.deadline.accounts_due:
        rows.append((translate("Report", "Frist for regnskap"), text(date_no(c.deadline.accounts_due))))
    rows.append((translate("Report", "Revisorattestasjon"),
                 f"<b>{text(answer)}</b>. {text(auditor.reason)}"))
    rows.append((translate("Report", "Revisjon (tilskuddsgiverens merknad)"),
                 text(auditor.funder_note) if auditor.funder_note
                 else _muted(translate("Report", "Ingen merknad om revisjon er registrert hos "
                                       "tilskuddsgiveren."))))
    story += [heading(translate("Report", "Frister og revisjon"), level=1),
              _pairs_table(rows, width)]
    story += police_section(c, width)
    return story


def police_section(c: Compliance, width: float) -> list:
    p = c.police
    story = [heading(translate("Report", "Politiattest"), level=1)]
    if not p.volunteers:
        return story + [para(translate(
            "Report", "Ingen frivillige er registrert på samlinger med barn i perioden."), "body")]
    if p.all_valid:
        return story + [para(translate(
            "Report", "Alle som arbeidet med barn hadde gyldig politiattest: {n} frivillige på "
            "{presences} vakter på aktiviteter med barn i perioden, kontrollert mot datoen for "
            "hver samling.").format(n=number(p.volunteers), presences=number(p.presences)),
            "body")]
    story.append(para(translate(
        "Report", "{flagged} av {n} frivillige som arbeidet med barn i perioden hadde ikke "
        "gyldig politiattest på alle samlingene de var med på. Unntakene er oppgitt etter "
        "rolle, uten navn:").format(flagged=number(p.volunteers_with_exceptions),
                                     n=number(p.volunteers)), "body"))
    styles = paragraph_styles()
    numbers = (2, 3)
    widths = [None, 62 * mm, 24 * mm, 24 * mm]
    widths[0] = width - sum(w for w in widths if w)
    header = head_cells([translate("Report", "Rolle"), translate("Report", "Hva manglet"),
                         translate("Report", "Frivillige"), translate("Report", "Vakter")],
                        right=numbers)
    rows = [[Paragraph(text(e.role), styles.cell), Paragraph(text(e.problem), styles.cell),
             number(e.volunteers), number(e.presences)] for e in p.exceptions]
    story += [gap(1), data_table(header, rows, widths, align_right=numbers)]
    story.append(para(translate(
        "Report", "De øvrige hadde gyldig politiattest på dagene de var med. Frivillige uten "
        "gyldig attest blir fulgt opp før de er med igjen."), "small"))
    return story


# --- signature -----------------------------------------------------------------------------------

def signature_section(c: Compliance, width: float) -> list:
    """Who signs, with role, date, place and the organisation number, and a line to sign on."""
    sig = c.signature
    styles = paragraph_styles()

    def value(filled: str) -> str:
        return f"<b>{text(filled)}</b>" if filled else ""

    labels = [(translate("Report", "Navn"), value(sig.name)),
              (translate("Report", "Rolle"), value(sig.role)),
              (translate("Report", "Sted og dato"),
               value(", ".join(part for part in (sig.place, date_no(sig.date)) if part))),
              (translate("Report", "Organisasjon"), value(sig.organisation)),
              (translate("Report", "Organisasjonsnummer"), value(sig.organisation_number))]
    between = 8 * mm
    column = (width - between) * 0.58
    cells = [[Paragraph(label, styles.small), Paragraph(filled, styles.body)]
             for label, filled in labels]
    # A blank field keeps room to write in by hand.
    details = plain_table(cells, colWidths=[34 * mm, column - 34 * mm], hAlign="LEFT",
                          rowHeights=[None if filled else 9 * mm for _label, filled in labels])
    details.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (1, 0), (1, -1), 0.5, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
    ]))
    signing = width - between - column
    line = plain_table([[""], [Paragraph(text(translate("Report", "Signatur")), styles.small)]],
                       colWidths=[signing], rowHeights=[22 * mm, None], hAlign="LEFT")
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.7, INK),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 1), (-1, 1), 2)]))
    both = plain_table([[details, "", line]], colWidths=[column, between, signing],
                       hAlign="LEFT")
    both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    block = [heading(translate("Report", "Underskrift")),
             para(translate("Report", "Vi bekrefter at opplysningene i rapporten er riktige, og "
                            "at tilskuddet er brukt slik det er beskrevet."), "body"),
             gap(3), both]
    return [room_for(75 * mm), KeepTogether(block)]


# --- appendix: the sessions ----------------------------------------------------------------------

def sessions_appendix(c: Compliance, width: float) -> list:
    story = [PageBreak(), heading(translate("Report", "Vedlegg: samlinger i perioden"))]
    if not c.sessions:
        return story + [para(translate("Report", "Ingen samlinger i perioden."))]
    held = sum(1 for line in c.sessions if line.state == "held")
    story.append(para(translate(
        "Report", "Alle samlinger i perioden for aktivitetene i søknaden: {n} i alt, {held} "
        "holdt. Uke er ISO-uke.").format(n=number(len(c.sessions)), held=number(held)), "body"))
    story.append(gap(2))
    styles = paragraph_styles()
    widths = [20 * mm, 11 * mm, 40 * mm, 52 * mm, None, 24 * mm]
    widths[4] = width - sum(w for w in widths if w)
    header = head_cells([translate("Report", "Dato"), translate("Report", "Uke"),
                         translate("Report", "Aktivitet"), translate("Report", "Sted"),
                         translate("Report", "Tema"), translate("Report", "Status")], right=(1,))
    rows = [[date_no(line.date), str(line.iso_week), Paragraph(text(line.activity),
                                                               styles.cell_small),
             Paragraph(text(line.place) or "–", styles.cell_small),
             Paragraph(text(line.topic) or "–", styles.cell_small), line.state_text]
            for line in c.sessions]
    story.append(data_table(header, rows, widths, align_right=(1,), font_size=7.5,
                            extra_style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return story


def goal_evidence(goal: dict) -> str:
    """The evidence under a goal's result, as markup for its cell."""
    evidence = (goal.get("evidence") or "").strip()
    if not evidence:
        return ""
    return f'<br/><i>{text(translate("Report", "Dokumentasjon"))}:</i> {text(evidence)}'


def youth_row(group, codes) -> list | None:
    """Bufdir's 0–24 in a band table, beside the bands."""
    if group.youth is None:
        return None
    row = group.youth
    return [translate("Report", row.label)] + [number(row.count(code)) for code in codes] \
        + [number(row.total)]

