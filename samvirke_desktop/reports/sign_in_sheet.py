"""Oppmøteliste: a blank roster for a month to tick on paper and type in afterwards.

Names go down (sorted by last name), the month's planned sessions across. Portrait when
the dates fit, landscape otherwise; a month with more sessions than a landscape page
holds is split into column groups, each with the names repeated.
"""
import datetime
import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from samvirke_desktop.domain.activities.sign_in_sheet import WALK_IN_ROWS, SignInSheetData, sign_in_sheet_data
from samvirke_desktop.domain.formatting import time_no, weekday_name
from samvirke_desktop.domain.report_periods import month_text
from samvirke_desktop.reports.document import (
    LANDSCAPE,
    PORTRAIT,
    ReportSpec,
    build_report,
    frame_size,
)
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    heading,
    notice,
    para,
    text,
    title_block,
)
from samvirke_desktop.reports.grid import column_groups, name_column_width
from samvirke_desktop.reports.styles import INK, TOTAL_BG, paragraph_styles
from samvirke_desktop.translation import translate

TITLE = "Oppmøteliste"
NAME_FONT = 9
BOX = 11 * mm           # narrowest column to tick or write hours in
MAX_BOX = 18 * mm
ROW_HEIGHT = 7 * mm     # room for a pen
EXTRA_VOLUNTEER_ROWS = 2


def write_sign_in_sheet(path: str | os.PathLike, activity_id: int, year: int, month: int, *,
                        printed_on: datetime.date | None = None) -> Path:
    """Write the sign-in sheet for one activity and month to ``path``."""
    data = sign_in_sheet_data(activity_id, year, month)
    names = [p.listed_name for p in data.participants + data.volunteers]
    name_width = name_column_width(names + [_new_people_label()], NAME_FONT,
                                   minimum=50 * mm, maximum=70 * mm)
    portrait_width = frame_size("A4", PORTRAIT)[0]
    orientation = (PORTRAIT if name_width + len(data.sessions) * BOX <= portrait_width
                   else LANDSCAPE)
    spec = ReportSpec(title=translate("Report", "Oppmøteliste"),
                      subject=f"{data.activity_name}, {month_text(year, month)}",
                      orientation=orientation, printed_on=printed_on,
                      keywords=[translate("Report", "oppmøteliste"), data.activity_name])
    return build_report(path, spec,
                        lambda doc: sheet_story(doc, data, orientation, name_width))


def sheet_story(doc, data: SignInSheetData, orientation: str, name_width: float) -> list:
    month = month_text(data.year, data.month)
    where = " · ".join(p for p in (data.site_name, data.place) if p)
    story = title_block(f"{translate('Report', 'Oppmøteliste')}: {data.activity_name}",
                        f"{month.capitalize()}"
                        + (f"  |  {where}" if where else ""))
    if not data.sessions:
        story.append(notice(translate(
            "Report", "Ingen samlinger i {month} for {activity}. Legg inn samlinger for "
            "måneden, og skriv ut listen på nytt.").format(month=month,
                                                         activity=data.activity_name)))
        return story
    story.append(para(translate(
        "Report", "Sett kryss for hver deltaker som er til stede. Skriv nye deltakere på de "
        "tomme linjene, antall som ikke er registrert med navn på linjen «Telt uten navn», og "
        "frivilliges timer i rutene deres."), "small"))
    story.append(gap(2))
    width, _ = doc.frame_size(orientation)
    groups = column_groups(len(data.sessions), width, name_width, BOX)
    for index, group in enumerate(groups):
        sessions = [data.sessions[i] for i in group]
        if len(groups) > 1:
            if index:
                story.append(PageBreak())
            story.append(heading(translate("Report", "Samling {first}–{last} av {count}").format(
                first=group.start + 1, last=group.stop, count=len(data.sessions)), level=1))
        # Dates share the width up to a comfortable box; the name column takes the rest.
        column = min(MAX_BOX, (width - name_width) / len(sessions))
        story.append(_sheet_table(data, sessions, width - column * len(sessions), column))
    story += [gap(6), para(translate("Report", "Ført inn i Samvirke av:") + " "
                           "______________________________   " + translate("Report", "Dato:")
                           + " _______________", "body")]
    return story


def _sheet_table(data: SignInSheetData, sessions, name_width: float, column: float):
    styles = paragraph_styles()
    same_day = {s.date for s in sessions if sum(1 for o in sessions if o.date == s.date) > 1}
    header = [Paragraph(translate("Report", "Navn"), styles.head)]
    for s in sessions:
        label = f"{weekday_name(s.date.isoweekday())[:3]}<br/>{s.date:%d.%m}"
        if s.date in same_day and s.start_time:
            label += f"<br/>{time_no(s.start_time)}"
        header.append(Paragraph(label, styles.matrix_head))
    blank = [""] * len(sessions)
    rows, sections = [], []

    def section(label):
        sections.append(len(rows) + 1)
        rows.append([Paragraph(f"<b>{text(label)}</b>", styles.cell)] + blank)

    for person in data.participants:
        rows.append([Paragraph(text(person.listed_name), styles.cell)] + blank)
    section(_new_people_label())
    rows += [[""] + blank for _ in range(WALK_IN_ROWS)]
    rows.append([Paragraph(translate("Report", "Telt uten navn (antall)"), styles.cell)] + blank)
    section(translate("Report", "Frivillige (skriv timer)"))
    for person in data.volunteers:
        rows.append([Paragraph(text(person.listed_name), styles.cell)] + blank)
    rows += [[""] + blank for _ in range(EXTRA_VOLUNTEER_ROWS)]

    extra = [("GRID", (0, 0), (-1, -1), 0.6, INK),
             ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
    for row in sections:
        extra += [("BACKGROUND", (0, row), (-1, row), TOTAL_BG),
                  ("SPAN", (0, row), (-1, row))]
    return data_table(header, rows, [name_width] + [column] * len(sessions),
                      extra_style=extra, font_size=NAME_FONT, zebra=False,
                      row_heights=[None] + [ROW_HEIGHT] * len(rows))


def _new_people_label() -> str:
    return translate("Report", "Nye deltakere (navn, fødselsår)")
