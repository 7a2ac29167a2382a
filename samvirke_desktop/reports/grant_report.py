"""Rapport til tilskuddsgiver: what a funder gets back for one application and period.

Every figure comes from ``grant_statistics`` (the same function behind the screen and the
data export), the goals and the narrative texts from the application as the team wrote
them. The report holds aggregated numbers only: no participant is named anywhere.
"""
import datetime
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, TableStyle

from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.formatting import date_long, money, number
from samvirke_desktop.domain.grants.application_record import read_application
from samvirke_desktop.domain.grants.compliance import Compliance, grant_compliance
from samvirke_desktop.domain.grants.report_photos import ReportPhoto, report_photos
from samvirke_desktop.domain.grants.statistics import GrantStatistics, grant_statistics
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.report_periods import check_period, period_text
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import GOAL_RATING_LABELS, label_text
from samvirke_desktop.reports.charts import stacked_month_bars
from samvirke_desktop.reports.document import PORTRAIT, ReportSpec, build_report
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    head_cells,
    heading,
    key_figures,
    markup,
    notice,
    para,
    room_for,
    text,
)
from samvirke_desktop.reports.flowables import table as plain_table
from samvirke_desktop.reports.grant_compliance import (
    budget_section,
    conditions_section,
    goal_evidence,
    in_kind_section,
    sessions_appendix,
    signature_section,
    youth_row,
)
from samvirke_desktop.reports.photo_section import photo_section
from samvirke_desktop.reports.styles import GRID, INK, MUTED, hex_color, paragraph_styles
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

TITLE = "Rapport til tilskuddsgiver"
NOT_WRITTEN = QT_TRANSLATE_NOOP("Report", "Ikke fylt ut i søknaden.")
# The narrative sections after the figures: (field of the application, heading).
NARRATIVE = (("results", QT_TRANSLATE_NOOP("Report", "Resultater")),
             ("success_factors", QT_TRANSLATE_NOOP("Report", "Suksessfaktorer")),
             ("deviations", QT_TRANSLATE_NOOP("Report", "Avvik fra planen")),
             ("challenges", QT_TRANSLATE_NOOP("Report", "Utfordringer")),
             ("continuation", QT_TRANSLATE_NOOP("Report", "Videreføring og neste steg")))


def _title() -> str:
    return translate("Report", "Rapport til tilskuddsgiver")


@dataclass(frozen=True)
class GrantReportData:
    stats: GrantStatistics
    application: dict   # read_application's values: goals and texts as the team wrote them
    compliance: Compliance | None = None   # conditions, deadline, auditor, police certificates…
    photos: tuple[ReportPhoto, ...] = ()   # consent checked on the day the report is made

    @property
    def empty(self) -> bool:
        """No session at all (held or cancelled) of the linked activities in the period."""
        return not (self.stats.sessions.held or self.stats.sessions.cancelled)


def grant_report_data(application_id: int, first: datetime.date | None = None,
                      last: datetime.date | None = None, *,
                      today: datetime.date | None = None,
                      photo_ids=None) -> GrantReportData:
    """The figures and texts of the report (statistics and application rights are checked).
    Sessions count as held up to ``today`` (the day the report is made). ``photo_ids``: the
    photos to print (else those chosen for the application), refused with
    ``PhotoConsentMissing`` when someone shown lacks a photo consent on that day."""
    permissions.require(permissions.VIEW_STATISTICS)
    if first is not None and last is not None:
        check_period(first, last)
    stats = grant_statistics(application_id, first, last, today=today)
    values, _version = read_application(application_id)
    compliance = grant_compliance(stats, report_day=today)
    photos = report_photos(application_id, photo_ids, on=today or datetime.date.today())
    return GrantReportData(stats, values, photos=tuple(photos), compliance=compliance)


def write_grant_report(path: str | os.PathLike, application_id: int,
                       first: datetime.date | None = None, last: datetime.date | None = None,
                       *, printed_on: datetime.date | None = None, photo_ids=None) -> Path:
    """Write the grant report for one application to ``path``; the period defaults to the
    application's own, the photos to those chosen for it."""
    data = grant_report_data(application_id, first, last, today=printed_on,
                             photo_ids=photo_ids)
    s = data.stats
    spec = ReportSpec(title=_title(),
                      subject=f"{s.title}, {period_text(s.period_from, s.period_to)}",
                      orientation=PORTRAIT, printed_on=printed_on,
                      keywords=[translate("Report", "tilskudd"), translate("Report", "rapport"),
                                s.funder])
    return build_report(path, spec, lambda doc: grant_story(doc, data))


# --- the story -------------------------------------------------------------------------

def grant_story(doc, data: GrantReportData) -> list:
    width, _ = doc.frame_size(PORTRAIT)
    s = data.stats
    story = _cover(doc, data, width)
    story += [PageBreak(), heading(translate("Report", "Sammendrag"))]
    story += _text_or_missing(data.application.get("summary"))
    if data.empty:
        story.append(notice(_empty_text(s)))
    else:
        story += [gap(2), key_figures(_key_figures(s), width)]
    story += _goals(data, width)
    story += _activities(data, width)
    if not data.empty:
        story += _participants(s, width)
        story += _sessions_and_months(s, width)
        story += _head_counts(s, width)
        story += _volunteers(s, width)
    story += budget_section(s, data.compliance, width)
    story += in_kind_section(data.compliance, width)
    for field, title in NARRATIVE:
        story += [room_for(30 * mm), heading(translate("Report", title))]
        story += _text_or_missing(data.application.get(field))
    story += photo_section(list(data.photos), width)
    story += conditions_section(data.compliance, width)
    story += signature_section(data.compliance, width)
    story += sessions_appendix(data.compliance, width)
    return story


def _empty_text(s: GrantStatistics) -> str:
    period = period_text(s.period_from, s.period_to)
    if not s.activities:
        return translate("Report", "Ingen aktiviteter er knyttet til søknaden, så det er ingen "
                         "tall å rapportere for perioden {period}. Knytt aktivitetene til "
                         "søknaden under Søknader.").format(period=period)
    return translate("Report", "Ingen samlinger i perioden {period} for aktivitetene i søknaden, "
                     "så det er ingen deltakere, oppmøter eller frivillige timer å "
                     "rapportere.").format(period=period)


def _text_or_missing(value) -> list:
    """The team's own text, paragraph by paragraph, or a plain note that it is missing."""
    value = (value or "").strip()
    if not value:
        missing = translate("Report", NOT_WRITTEN)
        return [markup(f'<i><font color="{hex_color(MUTED)}">{missing}</font></i>')]
    paragraphs = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]
    out = []
    for paragraph in paragraphs:
        out.append(markup(text(paragraph).replace("\n", "<br/>"), "lead"))
        out.append(gap(1.5))
    return out


def _cover(doc, data: GrantReportData, width: float) -> list:
    s = data.stats
    styles = paragraph_styles()
    story = [gap(18), para(_title().upper(), "small"), gap(2),
             heading(s.title, style="title"),
             para(translate("Report", "Rapportperiode {period}").format(
                 period=period_text(s.period_from, s.period_to)), "subtitle"),
             gap(8)]
    scheme = s.scheme
    if s.sub_category:
        scheme = f"{scheme} ({s.sub_category})" if scheme else s.sub_category
    rows = [(translate("Report", "Tilskuddsgiver"), s.funder),
            (translate("Report", "Tilskuddsordning"), scheme or "–"),
            (translate("Report", "Saksnummer / referanse"), s.reference or "–"),
            (translate("Report", "Søknadsperiode"), period_text(s.application_period_start,
                                              s.application_period_end)),
            (translate("Report", "Rapporten gjelder"), translate("Report", "{first} til {last}").format(
                first=date_long(s.period_from), last=date_long(s.period_to))),
            (translate("Report", "Status"), label_text(s.status_label)),
            (translate("Report", "Beløp søkt"), money(s.amount_applied)),
            (translate("Report", "Beløp innvilget"),
             money(s.amount_granted) if s.amount_granted is not None
             else translate("Report", "Ikke innvilget (ennå)")),
            (translate("Report", "Aktiviteter"), ", ".join(a.name for a in s.activities)
             or translate("Report", "Ingen knyttet til søknaden"))]
    team = doc.team.display_name
    if team:
        rows.append((translate("Report", "Rapporten er skrevet av"), team))
    cells = [[Paragraph(text(label), styles.cell), Paragraph(f"<b>{text(value)}</b>", styles.body)]
             for label, value in rows]
    cover = plain_table(cells, colWidths=[52 * mm, width - 52 * mm], hAlign="LEFT")
    cover.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    story.append(cover)
    story += [gap(10), para(
        translate("Report", "Rapporten inneholder bare tall uten navn: deltakerne telles, de "
                  "nevnes ikke.")
        + f" {s.age_basis_text}. {s.birth_year_rule_text} {s.bands_text}.", "small")]
    return story


def _key_figures(s: GrantStatistics) -> list[tuple[str, str]]:
    p, v = s.participants, s.volunteers
    of_which = translate("Report", "Herav {group}")
    figures = [
        (translate("Report", "Unike deltakere"), number(p.total)),
        (of_which.format(group=label_text(p.children.label).lower()), number(p.children.total)),
        (of_which.format(group=label_text(p.adults.label).lower()), number(p.adults.total)),
        *([(translate("Report", "Unike deltakere 0–24 år"), number(p.youth_total))]
          if p.youth_total is not None else []),
        (translate("Report", "Nye deltakere i perioden"), number(p.new)),
        (translate("Report", "Samlinger holdt"), number(s.sessions.held)),
        (translate("Report", "Samlinger avlyst"), number(s.sessions.cancelled)),
        *([(translate("Report", "Samlinger planlagt senere"), number(s.sessions.planned))]
          if s.sessions.planned else []),
        (translate("Report", "Oppmøter registrert med navn"), number(s.attendances.total)),
        (translate("Report", "Snitt med navn per samling"),
         _decimal(s.attendances.average_per_session)),
        (translate("Report", "Telt uten navn"), number(s.head_counts.total)),
        (translate("Report", "Frivillige"), number(v.unique)),
        (translate("Report", "Frivillige timer"), format_hours(v.hours)),
    ]
    if v.in_kind_value is not None:
        figures.append((translate("Report", "Verdi av frivillig innsats"), money(v.in_kind_value)))
    figures.append((translate("Report", "Brukt av budsjettet"), money(s.budget.spent)))
    return figures


def _decimal(value: Decimal | None) -> str:
    return "–" if value is None else number(value, 1)


def _goals(data: GrantReportData, width: float) -> list:
    story = [room_for(40 * mm), heading(translate("Report", "Mål og måloppnåelse"))]
    goals = data.application.get("goals") or []
    if not goals:
        return story + [para(translate("Report", "Søknaden har ingen registrerte mål."))]
    styles = paragraph_styles()
    widths = [width * 0.30, width * 0.22, None, 22 * mm]
    widths[2] = width - sum(w for w in widths if w)
    header = head_cells([translate("Report", "Mål"), translate("Report", "Målsetting"),
                         translate("Report", "Oppnådd"), translate("Report", "Vurdering")])
    rows = []
    not_described = translate("Report", "Ikke beskrevet ennå")
    for goal in goals:
        achieved = (goal.get("achievement") or "").strip()
        rows.append([
            Paragraph(text(goal.get("description")), styles.cell),
            Paragraph(text(goal.get("target") or "–"), styles.cell),
            Paragraph((text(achieved) if achieved else
                       f'<i><font color="{hex_color(MUTED)}">{not_described}</font></i>')
                      + goal_evidence(goal), styles.cell),
            Paragraph(f"<b>{_rating(goal) or '–'}</b>", styles.cell),
        ])
    return story + [data_table(header, rows, widths, extra_style=[("VALIGN", (0, 0), (-1, -1),
                                                                   "TOP")])]


def _rating(goal: dict) -> str:
    return text(label_text(GOAL_RATING_LABELS.get(goal.get("rating") or "", "")))


def _activities(data: GrantReportData, width: float) -> list:
    s = data.stats
    story = [room_for(40 * mm), heading(translate("Report", "Aktiviteter"))]
    method = (data.application.get("method") or "").strip()
    if method:
        story += [heading(translate("Report", "Slik ble arbeidet gjort"), level=1)]
        story += _text_or_missing(method)
    if not s.activities:
        return story + [para(translate("Report", "Ingen aktiviteter er knyttet til søknaden."))]
    styles = paragraph_styles()
    numbers = (2, 3, 4, 5, 6, 7)
    widths = [None, 31 * mm, 17 * mm, 13 * mm, 17 * mm, 17 * mm, 12 * mm, 17 * mm]
    widths[0] = width - sum(w for w in widths if w)
    header = head_cells([translate("Report", "Aktivitet"), translate("Report", "Type"),
                         translate("Report", "Samlinger holdt"), translate("Report", "Avlyst"),
                         translate("Report", "Oppmøter"), translate("Report", "Unike deltakere"),
                         translate("Report", "Telt"), translate("Report", "Frivillige timer")],
                        right=numbers)
    rows = [[Paragraph(text(a.name), styles.cell),
             Paragraph(text(label_text(a.kind_label)), styles.cell),
             number(a.sessions_held), number(a.sessions_cancelled), number(a.attendances),
             number(a.unique_participants), number(a.head_counts), format_hours(a.volunteer_hours)]
            for a in s.activities]
    rows.append([translate("Report", "Totalt"), "", number(s.sessions.held),
                 number(s.sessions.cancelled),
                 number(s.attendances.total), number(s.participants.total),
                 number(s.head_counts.total), format_hours(s.volunteers.hours)])
    story.append(data_table(header, rows, widths, align_right=numbers, total_rows=1))
    if len(s.activities) > 1:
        story.append(para(translate("Report", "Unike deltakere i alt telles én gang selv om de "
                                    "var med på flere aktiviteter, så summen kan være lavere "
                                    "enn tallene per aktivitet lagt sammen."), "small"))
    return story


def _band_table(gender_labels, rows, gender_totals, width: float, first_column: str,
                group=None):
    codes = [code for code, _ in gender_labels]
    labels = [label_text(label) for _, label in gender_labels]
    numbers = tuple(range(1, len(codes) + 2))
    column = 22 * mm
    widths = [width - column * (len(codes) + 1)] + [column] * (len(codes) + 1)
    header = head_cells([first_column] + labels + [translate("Report", "Sum")], right=numbers)
    body = [[label_text(row.label)] + [number(row.count(code)) for code in codes]
            + [number(row.total)]
            for row in rows]
    totals = dict(gender_totals) if gender_totals is not None else {
        code: sum(row.count(code) for row in rows) for code in codes}
    body.append([translate("Report", "Sum")] + [number(totals[code]) for code in codes]
                + [number(sum(totals[code] for code in codes))])
    youth = youth_row(group, codes) if group is not None else None
    if youth is None:
        return data_table(header, body, widths, align_right=numbers, total_rows=1)
    # Bufdir's 0–24 after the sum, as a second total: it is part of the rows above.
    body.append(youth)
    return data_table(header, body, widths, align_right=numbers, total_rows=2)


def _participants(s: GrantStatistics, width: float) -> list:
    p = s.participants
    story = [room_for(120 * mm), heading(translate("Report", "Deltakere"))]
    story.append(para(translate(
        "Report", "Unike deltakere er personer registrert med navn som var til stede minst én "
        "gang i perioden, telt én gang på tvers av samlinger og aktiviteter. Nye deltakere var "
        "ikke med på noen aktivitet før perioden; gjengangere var det."), "body"))
    story.append(gap(2))
    numbers = (1, 2, 3)
    widths = [width - 3 * 28 * mm] + [28 * mm] * 3
    header = head_cells(["", translate("Report", "Nye"), translate("Report", "Gjengangere"),
                         translate("Report", "Totalt")], right=numbers)
    rows = [[label_text(g.label), number(g.new), number(g.returning), number(g.total)]
            for g in (p.children, p.adults)]
    rows.append([translate("Report", "Alle unike deltakere"), number(p.new), number(p.returning),
                 number(p.total)])
    story.append(data_table(header, rows, widths, align_right=numbers, total_rows=1))
    for group in (p.children, p.adults):
        # A band table is short: it is kept on one page with its heading.
        story.append(KeepTogether([
            heading(translate("Report", "{group} etter alder og kjønn").format(
                group=label_text(group.label)), level=1),
            _band_table(group.gender_labels, group.rows, group.gender_totals, width,
                        translate("Report", "Alder"), group)]))
    story.append(para(f"{s.age_basis_text}. {s.birth_year_rule_text} {s.bands_text}. "
                      + translate("Report", "Barn og unge er registrert som barn på samlingene, "
                                  "voksne som forelder eller voksen."), "small"))
    return story


def _sessions_and_months(s: GrantStatistics, width: float) -> list:
    story = [room_for(125 * mm), heading(translate("Report", "Samlinger og oppmøte per måned"))]
    story.append(para(
        translate("Report", "{held} samlinger ble holdt og {cancelled} avlyst").format(
            held=number(s.sessions.held), cancelled=number(s.sessions.cancelled))
        + (translate("Report", ", og {planned} er planlagt senere i perioden.").format(
            planned=number(s.sessions.planned)) if s.sessions.planned else ".") + " "
        + translate("Report", "Det ble registrert {attendances} oppmøter med navn, i snitt "
                    "{average} per samling, og {counted} personer ble telt uten navn.").format(
            attendances=number(s.attendances.total),
            average=_decimal(s.attendances.average_per_session),
            counted=number(s.head_counts.total)), "body"))
    if s.sessions.not_registered:
        story.append(notice(held_sessions.not_registered_note(
            [day for day, _activity in s.sessions.not_registered_sessions])))
    story.append(gap(2))
    months = [(m.year, m.month) for m in s.months]
    chart = stacked_month_bars(
        months, [(translate("Report", "Oppmøter med navn"), [m.attendances for m in s.months]),
                 (translate("Report", "Telt uten navn"), [m.head_counts for m in s.months])],
        width, 68 * mm)
    story += [KeepTogether([para(translate("Report", "Oppmøter per måned"), "h2"), chart]), gap(3)]
    numbers = (1, 2, 3, 4)
    widths = [width - 4 * 30 * mm] + [30 * mm] * 4
    header = head_cells([translate("Report", "Måned"), translate("Report", "Samlinger holdt"),
                         translate("Report", "Oppmøter med navn"),
                         translate("Report", "Telt uten navn"),
                         translate("Report", "Snitt alle per samling")], right=numbers)
    rows = [[m.label.capitalize(), number(m.sessions_held), number(m.attendances),
             number(m.head_counts),
             number(Decimal(m.attendances + m.head_counts) / m.sessions_held, 1)
             if m.sessions_held else "–"]
            for m in s.months]
    rows.append([translate("Report", "Sum"), number(s.sessions.held), number(s.attendances.total),
                 number(s.head_counts.total),
                 number(Decimal(s.attendances.total + s.head_counts.total) / s.sessions.held, 1)
                 if s.sessions.held else "–"])
    story.append(data_table(header, rows, widths, align_right=numbers, total_rows=1))
    story.append(para(translate("Report", "«Snitt alle per samling» regner med både oppmøter "
                                "med navn og telte personer."), "small"))
    return story


def _head_counts(s: GrantStatistics, width: float) -> list:
    hc = s.head_counts
    title = heading(translate("Report", "Telte deltakere uten navn"))
    if not hc.total:
        return [room_for(30 * mm), title,
                para(translate("Report", "Ingen er telt uten navn i perioden: alle deltakerne "
                               "er registrert med navn."))]
    intro = para(translate(
        "Report", "På åpne aktiviteter telles de som kommer uten å bli registrert med navn. Det "
        "ble telt {total} personer, i snitt {average} per samling. De er ikke med i tallene for "
        "unike deltakere, fordi samme person kan være telt flere ganger.").format(
            total=number(hc.total), average=_decimal(hc.average_per_session)), "body")
    # Heading, text and the short table stay together on one page.
    return [KeepTogether([title, intro, gap(2),
                          _band_table(hc.gender_labels, hc.rows, None, width,
                                      translate("Report", "Alder"))])]


def _volunteers(s: GrantStatistics, width: float) -> list:
    v = s.volunteers
    story = [room_for(45 * mm), heading(translate("Report", "Frivillig innsats"))]
    pairs = [(translate("Report", "Frivillige som har bidratt"), number(v.unique)),
             (translate("Report", "Vakter (frivillig × samling)"), number(v.presences)),
             (translate("Report", "Timer i alt"), format_hours(v.hours))]
    if v.hour_rate is not None:
        pairs += [(translate("Report", "Timesats for egeninnsats"), money(v.hour_rate)),
                  (translate("Report", "Verdi av frivillig innsats"), money(v.in_kind_value))]
    story.append(key_figures(pairs, width))
    if v.hour_rate is None:
        story.append(para(translate("Report", "Tilskuddsgiveren har ingen timesats for frivillig "
                                    "innsats, så bare timene rapporteres."), "small"))
    else:
        story.append(para(translate("Report", "Verdien er timene ganget med {rate} per "
                                    "time.").format(rate=money(v.hour_rate)), "small"))
    return story
