"""Aktivitetskalender: a month poster of all activities, readable from a distance.

A Monday–Sunday grid with ISO week numbers fills one A4 (or A3) landscape page; the type
is as large as the busiest day allows. A month too busy for any readable grid is printed
as a day-by-day list instead, so no activity is ever left out.
"""
import datetime
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from samvirke_desktop.domain.activities.calendar_poster import CalendarEntry, MonthCalendar, month_calendar
from samvirke_desktop.domain.formatting import date_no, time_no
from samvirke_desktop.domain.report_periods import month_text
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS, WEEKDAY_LABELS
from samvirke_desktop.reports import fonts
from samvirke_desktop.reports.document import LANDSCAPE, ReportSpec, build_report
from samvirke_desktop.reports.flowables import data_table, head_cells, notice, text
from samvirke_desktop.reports.flowables import table as plain_table
from samvirke_desktop.reports.styles import (
    GRID,
    HEADER_BG,
    HEADER_INK,
    INK,
    MUTED,
    ZEBRA,
    hex_color,
    paragraph_styles,
)

TITLE = "Aktivitetskalender"

# Background and text colour per activity kind; each pair has a contrast ratio of at
# least 4.5:1 (tested), and the hues stay apart for readers with colour-vision deficiency.
KIND_COLOURS = {
    "homework_help": ("#1D4ED8", "#FFFFFF"),
    "neighbourhood_school": ("#6D28D9", "#FFFFFF"),
    "patrol": ("#00707A", "#FFFFFF"),
    "dugnad": ("#15803D", "#FFFFFF"),
    "hub": ("#C2410C", "#FFFFFF"),
    "meeting": ("#475569", "#FFFFFF"),
    "holiday_activity": ("#A3195B", "#FFFFFF"),
    "other": ("#8A5A00", "#FFFFFF"),
}
FALLBACK_COLOURS = ("#374151", "#FFFFFF")

OUTSIDE_MONTH = colors.HexColor("#E4E7EB")
HOLIDAY_INK = colors.HexColor("#B42318")
WEEK_COLUMN = 12 * mm
HEADER_ROW = 8 * mm
# Font sizes tried for the entries, largest first (A4; A3 scales up); 7 pt is the least.
SIZES = tuple(x / 2 for x in range(32, 13, -1))


def kind_colours(kind: str) -> tuple[colors.Color, colors.Color]:
    background, ink = KIND_COLOURS.get(kind, FALLBACK_COLOURS)
    return colors.HexColor(background), colors.HexColor(ink)


def write_activity_calendar(path: str | os.PathLike, year: int, month: int, *,
                            site_id: int | None = None, paper: str = "A4",
                            printed_on: datetime.date | None = None) -> Path:
    """Write the month poster to ``path`` (A4 or A3 landscape)."""
    data = month_calendar(year, month, site_id=site_id)
    subject = month_text(year, month) + (f", {data.site_name}" if data.site_name else "")
    spec = ReportSpec(title=TITLE, subject=subject, orientation=LANDSCAPE, paper=paper,
                      printed_on=printed_on, keywords=["aktivitetskalender"])
    return build_report(path, spec, lambda doc: calendar_story(doc, data))


def calendar_story(doc, data: MonthCalendar) -> list:
    scale = 1.41 if doc.spec.paper == "A3" else 1.0
    width, height = doc.frame_size(LANDSCAPE)
    month = month_text(data.year, data.month)
    title = Paragraph(
        f"<b>{text(TITLE)} {text(month)}</b>"
        + (f'  <font color="{hex_color(MUTED)}">{text(data.site_name)}</font>'
           if data.site_name else ""),
        ParagraphStyle("poster_title", parent=paragraph_styles().title,
                       fontSize=20 * scale, leading=24 * scale, spaceAfter=2 * scale))
    title.outline_title = f"{TITLE} {month}"
    title.outline_level = 0
    story = [title]
    if not data.entries:
        return story + [notice(f"Ingen samlinger i {month}.")]
    legend = _legend(data.kinds, width, scale)
    used = (title.wrap(width, height)[1] + title.getSpaceAfter()
            + legend.wrap(width, height)[1] + 2 * mm + 1)
    grid = _grid(data, width, height - used, scale)
    if grid is not None:
        return story + [legend, Spacer(1, 2 * mm), grid]
    return story + [legend, Spacer(1, 3 * mm),
                    Paragraph("Måneden har for mange samlinger til at kalenderen blir lesbar "
                              "på én side, så de står som en liste.", paragraph_styles().small),
                    Spacer(1, 2 * mm), _agenda(data, width)]


def _legend(kinds: list[str], width: float, scale: float) -> Table:
    style = ParagraphStyle("legend", fontName=fonts.BOLD, fontSize=8.5 * scale,
                           leading=10 * scale, alignment=TA_CENTER)
    chips, commands = [], []
    for index, kind in enumerate(kinds):
        background, ink = kind_colours(kind)
        label = ACTIVITY_KIND_LABELS.get(kind, kind)
        chips.append(Paragraph(f'<font color="{hex_color(ink)}">{text(label)}</font>', style))
        commands.append(("BACKGROUND", (index, 0), (index, 0), background))
    chip_width = min(40 * mm * scale, width / max(1, len(kinds)) - 2 * mm)
    table = plain_table([chips], colWidths=[chip_width] * len(kinds), hAlign="LEFT")
    table.setStyle(TableStyle(commands + [
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEAFTER", (0, 0), (-2, -1), 4, colors.white),
    ]))
    return table


def poster_time(start: datetime.time | None, end: datetime.time | None) -> str:
    """«17–19» for whole hours, «17:30–19» otherwise: short enough to read across a room."""
    def short(value):
        return f"{value.hour:02d}" if value.minute == 0 else time_no(value)

    if start is None:
        return ""
    return f"{short(start)}\u2013{short(end)}" if end else time_no(start)


def _entry_text(entry: CalendarEntry, size: float) -> str:
    when = poster_time(entry.start_time, entry.end_time)
    parts = [f"<b>{text(when)}</b> " if when else "", f"<b>{text(entry.activity_name)}</b>"]
    if entry.place:
        parts.append(f'<br/><font size="{size * 0.85:.1f}">{text(entry.place)}</font>')
    return "".join(parts)


def _entry_box(entry: CalendarEntry, style: ParagraphStyle, width: float) -> Table:
    background, ink = kind_colours(entry.kind)
    box_style = ParagraphStyle(f"entry-{entry.kind}", parent=style, textColor=ink)
    box = plain_table([[Paragraph(_entry_text(entry, style.fontSize), box_style)]],
                colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return box


def _day_cell(day, size: float, width: float, scale: float) -> list:
    number_style = ParagraphStyle(
        "day", fontName=fonts.BOLD, fontSize=11 * scale, leading=12.5 * scale,
        textColor=INK if day.in_month else MUTED, alignment=TA_LEFT)
    label = str(day.date.day)
    if day.holiday:
        label += (f' <font name="{fonts.TEXT}" size="{8 * scale:.1f}" '
                  f'color="{hex_color(HOLIDAY_INK)}">{text(day.holiday)}</font>')
    cell = [Paragraph(label, number_style)]
    entry_style = ParagraphStyle("entry", fontName=fonts.TEXT, fontSize=size,
                                 leading=size * 1.18)
    for entry in day.entries:
        cell += [Spacer(1, 0.9 * mm), _entry_box(entry, entry_style, width)]
    return cell


def _cell_height(cell: list, width: float) -> float:
    return sum(flowable.wrap(width, 10_000)[1] for flowable in cell)


def _grid(data: MonthCalendar, width: float, height: float, scale: float) -> Table | None:
    """The month grid in the largest type that fits one page, or None if none does.

    Busy weeks get taller rows than quiet ones; what is left over is shared evenly.
    """
    day_width = (width - WEEK_COLUMN * scale) / 7
    padding = 2.5
    inner = day_width - 2 * padding
    available = height - HEADER_ROW * scale

    def layout(size):
        cells = [[_day_cell(day, size, inner, scale) for day in week.days]
                 for week in data.weeks]
        needed = [max(_cell_height(cell, inner) for cell in row) + 2 * padding + 1
                  for row in cells]
        return cells, needed

    # Binary search for the largest size that fits (taller type never needs less room).
    low, high = 0, len(SIZES) - 1          # indexes into SIZES, largest first
    cells, needed = layout(SIZES[high] * scale)
    if sum(needed) > available:
        return None
    best = (SIZES[high] * scale, cells, needed)
    while low < high:
        middle = (low + high) // 2
        size = SIZES[middle] * scale
        cells, needed = layout(size)
        if sum(needed) <= available:
            best, high = (size, cells, needed), middle
        else:
            low = middle + 1
    size, cells, needed = best
    spare = (available - sum(needed)) / len(needed)
    table = _grid_table(data, cells, day_width, [h + spare for h in needed], scale, padding)
    table.entry_font_size = size
    return table


def _grid_table(data, cells, day_width, row_heights, scale, padding) -> Table:
    head_style = ParagraphStyle("weekday", fontName=fonts.BOLD, fontSize=10 * scale,
                                leading=12 * scale, textColor=HEADER_INK, alignment=TA_CENTER)
    week_style = ParagraphStyle("week", fontName=fonts.BOLD, fontSize=10 * scale,
                                leading=12 * scale, textColor=MUTED, alignment=TA_CENTER)
    header = [Paragraph("Uke", head_style)] + [
        Paragraph(WEEKDAY_LABELS[d].capitalize(), head_style) for d in range(1, 8)]
    rows = [header] + [[Paragraph(str(week.iso_week), week_style)] + row
                       for week, row in zip(data.weeks, cells)]
    table = plain_table(rows, colWidths=[WEEK_COLUMN * scale] + [day_width] * 7,
                  rowHeights=[HEADER_ROW * scale] + row_heights)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (0, 1), (0, -1), ZEBRA),
        ("BACKGROUND", (6, 1), (7, -1), colors.HexColor("#F7F9FB")),
        ("LEFTPADDING", (0, 0), (0, -1), 1),
        ("RIGHTPADDING", (0, 0), (0, -1), 1),
        ("TOPPADDING", (0, 1), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 1), (-1, -1), padding),
        ("LEFTPADDING", (1, 1), (-1, -1), padding),
        ("RIGHTPADDING", (1, 1), (-1, -1), padding),
    ]
    for r, week in enumerate(data.weeks, start=1):
        for c, day in enumerate(week.days, start=1):
            if not day.in_month:
                commands.append(("BACKGROUND", (c, r), (c, r), OUTSIDE_MONTH))
    table.setStyle(TableStyle(commands))
    return table


def _agenda(data: MonthCalendar, width: float) -> Table:
    """Every session as a list row, for months too busy for the grid."""
    styles = paragraph_styles()
    widths = [24 * mm, 20 * mm, 24 * mm, None, 70 * mm]
    widths[3] = width - sum(w for w in widths if w)
    header = head_cells(["Dato", "Dag", "Tid", "Aktivitet", "Sted"])
    rows, colour = [], []
    for index, entry in enumerate(data.entries, start=1):
        background, ink = kind_colours(entry.kind)
        when = time_no(entry.start_time)
        if entry.start_time and entry.end_time:
            when += f"\u2013{time_no(entry.end_time)}"
        rows.append([date_no(entry.date), WEEKDAY_LABELS[entry.date.isoweekday()], when,
                     Paragraph(f'<font color="{hex_color(ink)}"><b>{text(entry.activity_name)}'
                               "</b></font>", styles.cell),
                     Paragraph(text(entry.place), styles.cell)])
        colour.append(("BACKGROUND", (3, index), (3, index), background))
    return data_table(header, rows, widths, extra_style=colour, font_size=9)
