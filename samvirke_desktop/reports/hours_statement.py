"""Timeattest: a volunteer's hours per activity for a period, confirmed and signed by the team."""
import datetime
import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, TableStyle

from samvirke_desktop.domain.formatting import date_long, date_no, number
from samvirke_desktop.domain.people.volunteer_hours import (
    HoursStatement,
    format_hours,
    volunteer_hours_statement,
)
from samvirke_desktop.domain.report_periods import period_text
from samvirke_desktop.domain.team.team_settings import TeamIdentity
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS
from samvirke_desktop.reports.document import PORTRAIT, ReportSpec, build_report
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    head_cells,
    heading,
    notice,
    para,
    text,
    title_block,
)
from samvirke_desktop.reports.flowables import table as plain_table
from samvirke_desktop.reports.styles import INK, paragraph_styles

TITLE = "Timeattest"


def write_hours_statement(path: str | os.PathLike, volunteer_id: int, first: datetime.date,
                          last: datetime.date, *, printed_on: datetime.date | None = None
                          ) -> Path:
    """Write the hours statement (Timeattest) for one volunteer and period to ``path``."""
    data = volunteer_hours_statement(volunteer_id, first, last)
    spec = ReportSpec(title=TITLE, subject=f"{data.name}, {period_text(first, last)}",
                      orientation=PORTRAIT, printed_on=printed_on,
                      keywords=["timeattest", "frivillig"])
    return build_report(path, spec, lambda doc: hours_story(doc, data))


def confirmation_text(data: HoursStatement, team: TeamIdentity) -> str:
    """The sentence the team signs under (plain text)."""
    who = team.display_name or "Samvirke"
    activities = len(data.activities)
    return (f"{who} bekrefter at {data.name} har bidratt som frivillig i perioden "
            f"{date_long(data.first)} til {date_long(data.last)}, med til sammen "
            f"{format_hours(data.total_hours)} timer fordelt på {number(data.total_sessions)} "
            f"{'samling' if data.total_sessions == 1 else 'samlinger'} i {activities} "
            f"{'aktivitet' if activities == 1 else 'aktiviteter'}.")


def hours_story(doc, data: HoursStatement) -> list:
    width, _ = doc.frame_size(PORTRAIT)
    story = title_block(f"{TITLE} for {data.name}",
                        f"Frivillig innsats i perioden {period_text(data.first, data.last)}")
    if not data.activities:
        story.append(notice(f"Ingen registrerte timer for {data.name} i perioden "
                            f"{period_text(data.first, data.last)}."))
        return story
    story += [heading("Timer per aktivitet"), _hours_table(data, width), gap(8)]
    story.append(para(confirmation_text(data, doc.team), "lead"))
    story.append(gap(2))
    story.append(para("Timene er registrert av teamet ved hver samling. Avlyste samlinger er "
                      "ikke regnet med.", "small"))
    story.append(gap(16))
    story.append(_signature_block(doc.team, width))
    return story


def _hours_table(data: HoursStatement, width: float):
    styles = paragraph_styles()
    widths = [None, 32 * mm, 42 * mm, 22 * mm, 20 * mm]
    widths[0] = width - sum(w for w in widths if w)
    header = head_cells(["Aktivitet", "Type", "Første–siste samling", "Samlinger", "Timer"],
                        right=(3, 4))
    rows = [[Paragraph(text(line.activity_name), styles.cell),
             Paragraph(text(ACTIVITY_KIND_LABELS.get(line.kind, line.kind)), styles.cell),
             _dates(line.first_date, line.last_date),
             number(line.sessions), format_hours(line.hours)]
            for line in data.activities]
    rows.append(["Sum", "", "", number(data.total_sessions), format_hours(data.total_hours)])
    return data_table(header, rows, widths, align_right=(3, 4), total_rows=1)


def _dates(first: datetime.date, last: datetime.date) -> str:
    return date_no(first) if first == last else f"{date_no(first)}\u2013{date_no(last)}"


def _signature_block(team: TeamIdentity, width: float) -> KeepTogether:
    """Lines to sign on: name, date and signature, with the team below."""
    styles = paragraph_styles()
    gap_width = 8 * mm
    column = (width - 2 * gap_width) / 3
    labels = ["Navn (blokkbokstaver)", "Dato", "Signatur"]
    table = plain_table([["", "", "", "", ""],
                   [Paragraph(text(labels[0]), styles.small), "",
                    Paragraph(text(labels[1]), styles.small), "",
                    Paragraph(text(labels[2]), styles.small)]],
                  colWidths=[column, gap_width, column * 0.6, gap_width, column * 1.4],
                  rowHeights=[14 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (0, 0), 0.7, INK),
        ("LINEBELOW", (2, 0), (2, 0), 0.7, INK),
        ("LINEBELOW", (4, 0), (4, 0), 0.7, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 2),
    ]))
    block = [para("For teamet:", "body"), table]
    if team.display_name:
        block += [gap(3), para(team.display_name, "small")]
    return KeepTogether(block)
