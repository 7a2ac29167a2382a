"""Oppmøterapport: a summary page, sessions with counts, volunteers with hours, and who came when.

The summary comes first: sessions held, not registered, planned and cancelled, unique
participants, and the same per month. The participants × sessions matrix follows, landscape,
in blocks of whole months side by side (the month and year over its day columns, so every
date carries its year) with each participant's sum per month. Its pages are laid out here,
not by the table splitting itself, so that every page can end with the sum of the rows on
it, every page repeats the name column and header, and each block ends with the totals for
all participants. By default only participants with at least one attendance get a row; the
enrolled who never came are named in one paragraph above the matrix. Anonymised residents have
no name and no row of their own: one line, «Anonymiserte», gives how many of them came to each
session, just above the totals, which count them as before.
"""
import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Table, TableStyle

from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.activities.attendance_matrix import (
    AttendanceReportData,
    ParticipantLine,
    SessionLine,
    attendance_report_data,
)
from samvirke_desktop.domain.formatting import date_no, month_name, number, time_no, weekday_name
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.report_periods import month_text, period_text
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS, label_text
from samvirke_desktop.reports import fonts
from samvirke_desktop.reports.document import LANDSCAPE, PORTRAIT, ReportSpec, build_report
from samvirke_desktop.reports.flowables import (
    data_table,
    gap,
    head_cells,
    heading,
    key_figures,
    notice,
    para,
    room_for,
    switch_to,
    text,
    title_block,
)
from samvirke_desktop.reports.grid import name_column_width
from samvirke_desktop.reports.styles import (
    GRID,
    HEADER_BG,
    HEADER_INK,
    INK,
    MUTED,
    TOTAL_BG,
    ZEBRA,
    hex_color,
    paragraph_styles,
)
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

TITLE = "Oppmøterapport"
ANONYMISED_LABEL = QT_TRANSLATE_NOOP("Report", "Anonymiserte")

# The matrix, landscape A4: names in 7.5 pt, figures in 7 pt, one line per participant.
NAME_FONT = 7.5
FIGURE_FONT = 7
DAY_FONT = 6.5
CHECK_SIZE = 8.5
DAY_COLUMN = 5.2 * mm        # «07» over «ti», or a ✓
MAX_DAY_COLUMN = 12 * mm     # few sessions: the columns widen up to this
MONTH_SUM_COLUMN = 7.5 * mm
TOTAL_COLUMN = 9 * mm
ROW = 10.5                   # points, a participant whose name takes one line
MONTH_ROW = 12.0             # header: the month and year
DAY_ROW = 18.0               # header: day of the month over the weekday
FOOT_ROW = 11.5              # sum rows
SLACK = 8.0                  # points kept free on every page, so a table is never split


def write_attendance_report(path: str | os.PathLike, activity_id: int, first: datetime.date,
                            last: datetime.date, *, printed_on: datetime.date | None = None,
                            all_enrolled: bool = False) -> Path:
    """Write the attendance report for one activity and period to ``path``.

    ``all_enrolled`` gives the enrolled who never came a row of their own in the matrix
    instead of naming them above it."""
    data = attendance_report_data(activity_id, first, last, today=printed_on)
    spec = ReportSpec(title=translate("Report", "Oppmøterapport"),
                      subject=f"{data.activity_name}, {period_text(first, last)}",
                      orientation=PORTRAIT, printed_on=printed_on,
                      keywords=[translate("Report", "oppmøte"), data.activity_name])
    return build_report(path, spec,
                        lambda doc: attendance_story(doc, data, all_enrolled=all_enrolled))


def attendance_story(doc, data: AttendanceReportData, *, all_enrolled: bool = False) -> list:
    width, height = doc.frame_size(PORTRAIT)
    story = title_block(f"{translate('Report', 'Oppmøterapport')}: {data.activity_name}",
                        _subtitle(data))
    if not data.sessions:
        story.append(notice(translate("Report", "Ingen samlinger i perioden {period}.").format(
            period=period_text(data.first, data.last))))
        return story
    story += [heading(translate("Report", "Sammendrag")), key_figures(_figures(data), width)]
    if data.not_registered_sessions:
        story.append(notice(held_sessions.not_registered_note(
            [s.date for s in data.not_registered_sessions])))
    story += _months_table(data, width)
    # The summary has its page to itself unless the sessions fit below it.
    sessions = [heading(translate("Report", "Samlinger")), _sessions_table(data, width)]
    needed = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                 for f in sessions)
    story += [CondPageBreak(min(needed, height * 0.98)), *sessions]
    story += [room_for(30 * mm), heading(translate("Report", "Frivillige"))]
    if data.volunteers:
        story.append(_volunteers_table(data, width))
    else:
        story.append(para(translate("Report", "Ingen frivillige er registrert på samlingene i "
                                    "perioden."), "body"))
    story += switch_to(LANDSCAPE)
    story += _matrix(doc, data, all_enrolled)
    return story


def _subtitle(data: AttendanceReportData) -> str:
    parts = [label_text(ACTIVITY_KIND_LABELS.get(data.kind, data.kind))]
    parts += [p for p in (data.site_name, data.place) if p]
    return f"{' · '.join(parts)}  |  " + translate("Report", "Periode {period}").format(
        period=period_text(data.first, data.last))


def _figures(data: AttendanceReportData) -> list[tuple[str, str]]:
    held = len(data.held_sessions)
    average = number(data.attendances / held, 1) if held else "–"
    return [
        (translate("Report", "Samlinger holdt"), number(held)),
        *([(translate("Report", "Oppmøte ikke registrert"),
            number(len(data.not_registered_sessions)))] if data.not_registered_sessions else []),
        *([(translate("Report", "Samlinger planlagt senere"), number(len(data.planned_sessions)))]
          if data.planned_sessions else []),
        (translate("Report", "Avlyste samlinger"), number(data.cancelled_count)),
        (translate("Report", "Deltakere med oppmøte"), number(data.unique_participants)),
        *([(translate("Report", "Påmeldte uten oppmøte"), number(len(data.never_present)))]
          if data.never_present else []),
        (translate("Report", "Oppmøter registrert med navn"), number(data.attendances)),
        (translate("Report", "Snitt registrerte per samling"), average),
        (translate("Report", "Telt uten navn"), number(data.head_count_total)),
        (translate("Report", "Frivillige"), number(len(data.volunteers))),
        (translate("Report", "Frivillige timer"), format_hours(data.volunteer_hours)),
    ]


def _months_table(data: AttendanceReportData, width: float) -> list:
    """Attendances by month: the months with sessions, and a total row for the period."""
    months = [m for m in data.months
              if m.held or m.planned or m.not_registered or m.cancelled]
    if not months:
        return []
    numbers = tuple(range(1, 9))
    header = head_cells([translate("Report", "Måned"), translate("Report", "Holdt"),
                         translate("Report", "Ikke registrert"),
                         translate("Report", "Planlagt"), translate("Report", "Avlyst"),
                         translate("Report", "Oppmøter med navn"),
                         translate("Report", "Deltakere"), translate("Report", "Telt uten navn"),
                         translate("Report", "Snitt per samling")], right=numbers)
    rows = [[month_text(m.year, m.month), number(m.held), number(m.not_registered),
             number(m.planned), number(m.cancelled), number(m.attendances),
             number(m.participants), number(m.head_count),
             number(m.average, 1) if m.average is not None else "–"] for m in months]
    held = len(data.held_sessions)
    rows.append([translate("Report", "I alt"), number(held),
                 number(len(data.not_registered_sessions)), number(len(data.planned_sessions)),
                 number(data.cancelled_count), number(data.attendances),
                 number(data.unique_participants), number(data.head_count_total),
                 number(data.attendances / held, 1) if held else "–"])
    first = 25 * mm   # «september 2025»; the rest share the width, headings wrapping at words
    widths = [first] + [(width - first) / 8] * 8
    narrow = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    return [heading(translate("Report", "Oppmøte per måned"), level=1),
            data_table(header, rows, widths, align_right=numbers, total_rows=1, font_size=8,
                       extra_style=narrow),
            gap(1.5),
            para(translate("Report", "«Deltakere» er personer registrert til stede minst én "
                           "gang i måneden; i raden «I alt» er hver person telt én gang for hele "
                           "perioden. «Snitt per samling» er oppmøter med navn delt på samlinger "
                           "holdt."), "small")]


def _time(start, end) -> str:
    if start and end:
        return f"{time_no(start)}\u2013{time_no(end)}"
    return time_no(start)


def _sessions_table(data: AttendanceReportData, width: float):
    styles = paragraph_styles()
    fixed = [19 * mm, 16 * mm, 21 * mm, None, 12 * mm, 14 * mm, 12 * mm, 13 * mm]
    fixed[3] = width - sum(w for w in fixed if w)
    numbers = (4, 5, 6, 7)
    header = head_cells([translate("Report", "Dato"), translate("Report", "Dag"),
                         translate("Report", "Tid"), translate("Report", "Tema / merknad"),
                         translate("Report", "Barn"), translate("Report", "Voksne"),
                         translate("Report", "Telt"), translate("Report", "Totalt")],
                        right=numbers)
    rows, extra = [], []
    for index, s in enumerate(data.sessions, start=1):
        note = []
        if s.topic:
            note.append(text(s.topic))
        if s.place and s.place != data.place:
            place = translate("Report", "Sted: {place}").format(place=text(s.place))
            note.append(f'<font color="{hex_color(MUTED)}" size="7.5">{place}</font>')
        if s.cancelled:
            reason = f": {text(s.cancel_reason)}" if s.cancel_reason else ""
            note.insert(0, f"<i>{translate('Report', 'Avlyst')}{reason}</i>")
            counts = ["–"] * 4
            extra.append(("TEXTCOLOR", (0, index), (-1, index), MUTED))
        elif s.state != held_sessions.HELD:
            note.insert(0, f"<i>{translate('Report', held_sessions.STATE_LABELS[s.state])}</i>")
            counts = ["–"] * 4
            extra.append(("TEXTCOLOR", (0, index), (-1, index), MUTED))
        else:
            counts = [number(s.children), number(s.adults), number(s.head_count),
                      number(s.total)]
        rows.append([date_no(s.date), weekday_name(s.date.isoweekday()),
                     _time(s.start_time, s.end_time),
                     Paragraph("<br/>".join(note), styles.cell)] + counts)
    held = data.held_sessions
    held_text = translate("Report", "{count} samlinger holdt").format(count=len(held))
    rows.append([translate("Report", "Sum"), "", "", Paragraph(f"<b>{held_text}</b>", styles.cell),
                 number(sum(s.children for s in held)), number(sum(s.adults for s in held)),
                 number(sum(s.head_count for s in held)), number(sum(s.total for s in held))])
    return data_table(header, rows, fixed, align_right=numbers, total_rows=1, extra_style=extra)


def _volunteers_table(data: AttendanceReportData, width: float):
    styles = paragraph_styles()
    widths = [width - 60 * mm, 30 * mm, 30 * mm]
    header = head_cells([translate("Report", "Frivillig"), translate("Report", "Samlinger"),
                         translate("Report", "Timer")], right=(1, 2))
    rows = [[Paragraph(text(v.listed_name), styles.cell), number(v.sessions), format_hours(v.hours)]
            for v in data.volunteers]
    rows.append([translate("Report", "Sum ({count} frivillige)").format(count=len(data.volunteers)),
                 number(sum(v.sessions for v in data.volunteers)),
                 format_hours(data.volunteer_hours)])
    return data_table(header, rows, widths, align_right=(1, 2), total_rows=1)


# --- the matrix ------------------------------------------------------------------------------

SUM_BG = colors.HexColor("#E8EEF4")   # the month's sum column, lighter than the total rows


@dataclass
class _MonthPart:
    """A month's held sessions within one block of columns (a very long month takes two)."""
    year: int
    month: int
    sessions: list[SessionLine]
    continued: bool          # the rest of a month begun in the block before
    with_sum: bool           # the month's last part carries the month's sum column
    day_width: float = DAY_COLUMN

    @property
    def label(self) -> str:
        label = month_text(self.year, self.month)
        if self.continued:
            return translate("Report", "{month} (forts.)").format(month=label)
        return label

    @property
    def sum_width(self) -> float:
        return MONTH_SUM_COLUMN if self.with_sum else 0

    def width(self, day: float) -> float:
        """Room taken with day columns ``day`` wide; never narrower than its heading."""
        label = stringWidth(self.label, fonts.BOLD, NAME_FONT) + 4
        return max(len(self.sessions) * day + self.sum_width, label)


def _matrix(doc, data: AttendanceReportData, all_enrolled: bool) -> list:
    story = [heading(translate("Report", "Oppmøte per deltaker"))]
    held = data.held_sessions
    if not held:
        return story + [notice(translate("Report", "Ingen samlinger ble holdt i perioden, så "
                                         "det er ikke registrert oppmøte."))]
    people = data.participants if all_enrolled else data.present_participants
    never = [] if all_enrolled else data.never_present
    anonymised = data.anonymised
    if not people and not anonymised.people:
        story.append(notice(translate("Report", "Ingen deltakere er registrert med navn i "
                                      "perioden. Oppmøte uten navn står under «Telt» i "
                                      "tabellen over samlingene.")))
        return story + ([_never_present(never)] if never else [])
    width, height = doc.frame_size(LANDSCAPE)
    explained = translate(
        "Report", "✓ betyr registrert til stede. Over datoene står måned og år; «Sum» er antall "
        "samlinger deltakeren var på den måneden, «I alt» i hele perioden. Hver side slutter "
        "med summen for deltakerne på siden, hver del med summen for alle. Bare samlinger som "
        "er holdt er med: ikke avlyste, planlagte eller de uten registrert oppmøte.")
    if anonymised.people == 1:
        explained += " " + translate(
            "Report", "1 deltaker er anonymisert og har ikke lenger navn: linjen «{label}» "
            "viser hvilke samlinger personen var på.").format(
                label=translate("Report", ANONYMISED_LABEL))
    elif anonymised.people:
        explained += " " + translate(
            "Report", "{count} deltakere er anonymisert og har ikke lenger navn: linjen "
            "«{label}» viser hvor mange av dem som var til stede på hver samling.").format(
                count=number(anonymised.people), label=translate("Report", ANONYMISED_LABEL))
    story.append(para(explained, "small"))
    if never:
        story += [gap(1), _never_present(never)]
    story.append(gap(2))
    first_room = height - _height(story, width, height)
    if first_room < height / 2:   # a long list of those who never came: the matrix starts anew
        story.append(PageBreak())
        first_room = height

    name_width = name_column_width([p.shown_name for p in people]
                                   + ([translate("Report", ANONYMISED_LABEL)]
                                      if anonymised.people else []), NAME_FONT)
    room = width - name_width - TOTAL_COLUMN
    blocks = _blocks(_month_parts(held, room), room)
    day = _day_width(blocks, room)
    for part in (part for block in blocks for part in block):
        part.day_width = max(day, (part.width(day) - part.sum_width) / len(part.sessions))

    style = ParagraphStyle("matrix_name", parent=paragraph_styles().cell_small,
                           fontSize=NAME_FONT, leading=NAME_FONT + 1.5)
    names = [Paragraph(_name_markup(p), style) for p in people]
    heights = [max(ROW, n.wrap(name_width - 5, height)[1] + 1.5) for n in names]
    month_of = {s.session_id: (s.date.year, s.date.month) for s in held}
    per_month = [_month_counts(p, month_of) for p in people]
    months = {(m.year, m.month): m for m in data.months}
    first_number = {s.session_id: i for i, s in enumerate(held, start=1)}

    # The block's totals, and the anonymised line above them when there is one.
    last_foot = (5 if anonymised.people else 4) * FOOT_ROW
    for number_in_order, block in enumerate(blocks):
        last_block = number_in_order == len(blocks) - 1
        sessions = [s for part in block for s in part.sessions]
        title = _block_title(block, first_number[sessions[0].session_id],
                             first_number[sessions[-1].session_id], len(held))
        head_height = _height([para(title, "h2")], width, height) + MONTH_ROW + DAY_ROW + SLACK
        pages = (_paginate(heights, (first_room if number_in_order == 0 else height)
                           - head_height, height - head_height, FOOT_ROW, last_foot)
                 if people else [range(0, 0)])
        if number_in_order:
            story.append(PageBreak())
        for page_number, rows in enumerate(pages):
            if page_number:
                story.append(PageBreak())
            line = title if not people else title + " · " + translate(
                "Report", "deltaker {first}–{last} av {count}").format(
                first=rows.start + 1, last=rows.stop, count=len(people))
            story.append(heading(line, level=1) if page_number == 0 else para(line, "h2"))
            story.append(_page_table(
                data, block, [people[i] for i in rows], [names[i] for i in rows],
                [heights[i] for i in rows], [per_month[i] for i in rows], months,
                name_width, with_total=last_block, page_sum=len(pages) > 1,
                block_totals=page_number == len(pages) - 1))
    return story


def _anonymised_months(data: AttendanceReportData, month_of: dict) -> dict:
    counts: dict = {}
    for present in data.anonymised.presences:
        for session_id in present:
            key = month_of[session_id]
            counts[key] = counts.get(key, 0) + 1
    return counts


def _never_present(people: list[ParticipantLine]) -> Paragraph:
    names = "; ".join(p.shown_name for p in people)
    return para(translate("Report", "Påmeldt, men ikke registrert til stede i perioden "
                          "({count}): {names}.").format(count=len(people), names=names), "small")


def _name_markup(person: ParticipantLine) -> str:
    markup = text(person.listed_name)
    if person.detail:
        markup += f' <font color="{hex_color(MUTED)}" size="6.5">({text(person.detail)})</font>'
    return markup


def _height(flowables: list, width: float, height: float) -> float:
    return sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)


def _month_counts(person: ParticipantLine, month_of: dict) -> dict:
    counts: dict = {}
    for session_id in person.present:
        key = month_of[session_id]
        counts[key] = counts.get(key, 0) + 1
    return counts


def _month_parts(held: list[SessionLine], room: float) -> list[_MonthPart]:
    """The held sessions by month, a month longer than a page's width cut into parts."""
    most = max(1, int((room - MONTH_SUM_COLUMN) // DAY_COLUMN))
    months: dict = {}
    for s in held:
        months.setdefault((s.date.year, s.date.month), []).append(s)
    parts = []
    for (year, month), sessions in months.items():
        pieces = [sessions[i:i + most] for i in range(0, len(sessions), most)]
        for index, piece in enumerate(pieces):
            parts.append(_MonthPart(year, month, piece, continued=index > 0,
                                    with_sum=index == len(pieces) - 1))
    return parts


def _blocks(parts: list[_MonthPart], room: float) -> list[list[_MonthPart]]:
    """Whole months side by side, as many as fit the width of a page."""
    blocks, current, used = [], [], 0.0
    for part in parts:
        needed = part.width(DAY_COLUMN)
        if current and used + needed > room:
            blocks.append(current)
            current, used = [], 0.0
        current.append(part)
        used += needed
    return blocks + [current] if current else blocks


def _day_width(blocks: list[list[_MonthPart]], room: float) -> float:
    """One width for every day column: as wide as the fullest block allows, up to a maximum."""
    day = MAX_DAY_COLUMN
    for block in blocks:
        while day > DAY_COLUMN and sum(part.width(day) for part in block) > room:
            day -= 0.5
    return max(day, DAY_COLUMN)


def _paginate(heights: list[float], first_room: float, room: float, page_foot: float,
              last_foot: float) -> list[range]:
    """Rows to pages: each page keeps room for its sum row, the last for the block's totals;
    the rows are then spread evenly over that many pages, so no page holds just a few."""
    pages = _fill(heights, first_room, room, page_foot, last_foot, len(heights))
    longest = max(len(page) for page in pages)
    for most in range(-(-len(heights) // len(pages)), longest):
        even = _fill(heights, first_room, room, page_foot, last_foot, most)
        if len(even) == len(pages):
            return even
    return pages


def _fill(heights, first_room, room, page_foot, last_foot, most: int) -> list[range]:
    """Pages filled as far as room (and ``most`` rows a page) allows."""
    pages, start, available, count = [], 0, first_room, len(heights)
    rest = sum(heights)
    while start < count:
        if count - start <= most and rest + last_foot <= available:
            pages.append(range(start, count))
            break
        used, stop = 0.0, start
        while (stop < count and stop - start < most
               and used + heights[stop] + page_foot <= available):
            used += heights[stop]
            stop += 1
        if stop == count:        # all fit, but not with the totals: one row moves on
            stop -= 1
        stop = max(stop, start + 1)
        pages.append(range(start, stop))
        rest -= sum(heights[start:stop])
        start, available = stop, room
    return pages


def _block_title(block: list[_MonthPart], first: int, last: int, count: int) -> str:
    (y1, m1), (y2, m2) = (block[0].year, block[0].month), (block[-1].year, block[-1].month)
    if (y1, m1) == (y2, m2):
        months = month_text(y1, m1)
    elif y1 == y2:
        months = f"{month_name(m1)}–{month_name(m2)} {y1}"
    else:
        months = f"{month_text(y1, m1)}–{month_text(y2, m2)}"
    sessions = translate("Report", "samling {first}–{last} av {count}").format(
        first=first, last=last, count=count)
    return f"{months[:1].upper()}{months[1:]} · {sessions}"


def _page_table(data: AttendanceReportData, block: list[_MonthPart], people, names, heights,
                per_month, months: dict, name_width: float, *, with_total: bool,
                page_sum: bool, block_totals: bool) -> Table:
    """One page of the matrix: two header rows, the participants on the page, the page's sum
    and, on a block's last page, the totals for everyone."""
    columns = []          # ("day", session) | ("sum", (year, month)) | ("total", None)
    widths = [name_width]
    spans = []            # (first column, last column, label) of each month's heading
    for part in block:
        first_column = len(columns) + 1
        for s in part.sessions:
            columns.append(("day", s))
            widths.append(part.day_width)
        if part.with_sum:
            columns.append(("sum", (part.year, part.month)))
            widths.append(MONTH_SUM_COLUMN)
        spans.append((first_column, len(columns), part))
    if with_total:
        columns.append(("total", None))
        widths.append(TOTAL_COLUMN)

    top = [translate("Report", "Deltaker")] + [""] * len(columns)
    days = [""]
    for first_column, _, part in spans:
        top[first_column] = part.label
    for kind, value in columns:
        if kind == "day":
            days.append(f"{value.date.day:02d}\n{weekday_name(value.date.isoweekday())[:2]}")
        elif kind == "sum":
            days.append(translate("Report", "Sum"))
        else:
            top[len(days)] = translate("Report", "I alt")
            days.append("")

    check = fonts.CHECK_MARK
    rows = [top, days]
    for person, name, counts in zip(people, names, per_month):
        row = [name]
        for kind, value in columns:
            if kind == "day":
                row.append(check if value.session_id in person.present else "")
            elif kind == "sum":
                row.append(number(counts[value]) if counts.get(value) else "")
            else:
                row.append(number(person.total))
        rows.append(row)

    foot = []
    if page_sum:
        cells = [translate("Report", "Sum denne siden")]
        for kind, value in columns:
            if kind == "day":
                cells.append(number(sum(1 for p in people if value.session_id in p.present)))
            elif kind == "sum":
                cells.append(number(sum(c.get(value, 0) for c in per_month)))
            else:
                cells.append(number(sum(p.total for p in people)))
        foot.append(cells)
    anonymised_row = None
    if block_totals and data.anonymised.people:
        # Counts, not ticks: several anonymised may have come to the same session.
        month_counts = _anonymised_months(data, {s.session_id: (s.date.year, s.date.month)
                                                 for s in data.held_sessions})
        cells = [translate("Report", ANONYMISED_LABEL)]
        for kind, value in columns:
            if kind == "day":
                n = data.anonymised.at(value.session_id)
            elif kind == "sum":
                n = month_counts.get(value, 0)
            else:
                n = data.anonymised.total
            cells.append(number(n) if n else "")
        anonymised_row = len(foot)
        foot.append(cells)
    if block_totals:
        registered = [translate("Report", "Registrerte i alt")]
        counted = [translate("Report", "Telt uten navn")]
        total = [translate("Report", "Totalt")]
        for kind, value in columns:
            if kind == "day":
                named, heads = data.present_at(value.session_id), value.head_count
            elif kind == "sum":
                named, heads = months[value].attendances, months[value].head_count
            else:
                named, heads = data.attendances, data.head_count_total
            registered.append(number(named))
            counted.append(number(heads))
            total.append(number(named + heads))
        foot += [registered, counted, total]
    rows += foot

    body_first, body_last = 2, 1 + len(people)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.TEXT),
        ("FONTSIZE", (0, 0), (-1, -1), FIGURE_FONT),
        ("LEADING", (0, 0), (-1, -1), FIGURE_FONT + 1),
        ("BACKGROUND", (0, 0), (-1, 1), HEADER_BG),
        ("TEXTCOLOR", (0, 0), (-1, 1), HEADER_INK),
        ("FONTNAME", (0, 0), (-1, 1), fonts.BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), NAME_FONT),
        ("FONTSIZE", (1, 1), (-1, 1), DAY_FONT),
        ("LEADING", (1, 1), (-1, 1), DAY_FONT + 1.5),
        ("SPAN", (0, 0), (0, 1)),
        ("TEXTCOLOR", (0, 2), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, body_first), (-1, body_last), [None, ZEBRA]),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (0, -1), 3),
        ("RIGHTPADDING", (0, 0), (0, -1), 2),
        ("LEFTPADDING", (1, 0), (-1, -1), 0.5),
        ("RIGHTPADDING", (1, 0), (-1, -1), 0.5),
    ]
    for first_column, last_column, part in spans:
        day_last = first_column + len(part.sessions) - 1
        commands += [
            ("SPAN", (first_column, 0), (last_column, 0)),
            ("LINEBEFORE", (first_column, 0), (first_column, -1), 0.9, HEADER_BG),
            ("FONTNAME", (first_column, body_first), (day_last, body_last), fonts.SYMBOLS),
            ("FONTSIZE", (first_column, body_first), (day_last, body_last), CHECK_SIZE),
        ]
        if part.with_sum:
            commands += [
                ("BACKGROUND", (last_column, body_first), (last_column, body_last), SUM_BG),
                ("FONTNAME", (last_column, body_first), (last_column, body_last), fonts.BOLD),
            ]
    if with_total:
        last = len(columns)
        commands += [("SPAN", (last, 0), (last, 1)),
                     ("LINEBEFORE", (last, 0), (last, -1), 0.9, HEADER_BG),
                     ("FONTNAME", (last, body_first), (last, body_last), fonts.BOLD)]
    if foot:
        commands += [("BACKGROUND", (0, body_last + 1), (-1, -1), TOTAL_BG),
                     ("FONTNAME", (0, body_last + 1), (-1, -1), fonts.BOLD),
                     ("LINEABOVE", (0, body_last + 1), (-1, body_last + 1), 0.8, INK)]
    if anonymised_row is not None:
        # A line of the body, not a total: plain type on white, the name in italics.
        row = body_last + 1 + anonymised_row
        commands += [("BACKGROUND", (0, row), (-1, row), colors.white),
                     ("FONTNAME", (0, row), (-1, row), fonts.TEXT),
                     ("FONTNAME", (0, row), (0, row), fonts.ITALIC),
                     ("LINEABOVE", (0, row + 1), (-1, row + 1), 0.8, INK)]
    result = Table(rows, colWidths=widths,
                   rowHeights=[MONTH_ROW, DAY_ROW] + heights + [FOOT_ROW] * len(foot),
                   hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result
