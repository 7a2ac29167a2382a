"""Oppmøterapport: sessions with counts, volunteers with hours, and who came when.

The participants × sessions matrix is printed landscape; its rows continue over as many
pages as needed with the header repeated, and when there are more sessions than fit the
width, the columns are split into groups, each with the names repeated.
"""
import datetime
import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.activities.attendance_matrix import AttendanceReportData, attendance_report_data
from samvirke_desktop.domain.formatting import date_no, number, time_no, weekday_name
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.report_periods import period_text
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
from samvirke_desktop.reports.grid import column_groups, name_column_width
from samvirke_desktop.reports.styles import MUTED, hex_color, paragraph_styles
from samvirke_desktop.translation import translate

TITLE = "Oppmøterapport"
MATRIX_FONT = 7.5
CHECK_SIZE = 8.5
DATE_COLUMN = 8.4 * mm       # narrowest date column («05.06» in 7 pt)
MAX_DATE_COLUMN = 12 * mm
TOTAL_COLUMN = 11 * mm


def write_attendance_report(path: str | os.PathLike, activity_id: int, first: datetime.date,
                            last: datetime.date, *, printed_on: datetime.date | None = None
                            ) -> Path:
    """Write the attendance report for one activity and period to ``path``."""
    data = attendance_report_data(activity_id, first, last, today=printed_on)
    spec = ReportSpec(title=translate("Report", "Oppmøterapport"),
                      subject=f"{data.activity_name}, {period_text(first, last)}",
                      orientation=PORTRAIT, printed_on=printed_on,
                      keywords=[translate("Report", "oppmøte"), data.activity_name])
    return build_report(path, spec, lambda doc: attendance_story(doc, data))


def attendance_story(doc, data: AttendanceReportData) -> list:
    width, _ = doc.frame_size(PORTRAIT)
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
    story += [room_for(40 * mm), heading(translate("Report", "Samlinger")),
              _sessions_table(data, width)]
    story += [room_for(30 * mm), heading(translate("Report", "Frivillige"))]
    if data.volunteers:
        story.append(_volunteers_table(data, width))
    else:
        story.append(para(translate("Report", "Ingen frivillige er registrert på samlingene i "
                                    "perioden."), "body"))
    story += switch_to(LANDSCAPE)
    story += _matrix(doc, data)
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
        (translate("Report", "Oppmøter registrert med navn"), number(data.attendances)),
        (translate("Report", "Snitt registrerte per samling"), average),
        (translate("Report", "Telt uten navn"), number(data.head_count_total)),
        (translate("Report", "Frivillige"), number(len(data.volunteers))),
        (translate("Report", "Frivillige timer"), format_hours(data.volunteer_hours)),
    ]


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


def _matrix(doc, data: AttendanceReportData) -> list:
    story = [heading(translate("Report", "Oppmøte per deltaker"))]
    held = data.held_sessions
    if not held:
        return story + [notice(translate("Report", "Ingen samlinger ble holdt i perioden, så "
                                         "det er ikke registrert oppmøte."))]
    if not data.participants:
        return story + [notice(translate("Report", "Ingen deltakere er registrert med navn i "
                                         "perioden. Oppmøte uten navn står under «Telt» i "
                                         "tabellen over samlingene."))]
    width, _ = doc.frame_size(LANDSCAPE)
    styles = paragraph_styles()
    name_width = name_column_width([p.listed_name for p in data.participants], MATRIX_FONT)
    groups = column_groups(len(held), width, name_width + TOTAL_COLUMN, DATE_COLUMN)
    name_cells = [Paragraph(text(p.listed_name), styles.cell_small) for p in data.participants]
    story.append(para(translate(
        "Report", "✓ betyr registrert til stede. «I alt» er antall samlinger hver deltaker var "
        "på i hele perioden. Avlyste samlinger er ikke med."), "small"))
    story.append(gap(2))
    for number_in_order, group in enumerate(groups):
        sessions = [held[i] for i in group]
        if len(groups) > 1:
            if number_in_order:
                story.append(PageBreak())
            story.append(heading(
                translate("Report", "Samling {first}–{last} av {count}").format(
                    first=group.start + 1, last=group.stop, count=len(held))
                + f" ({date_no(sessions[0].date)}–{date_no(sessions[-1].date)})", level=1))
        last_group = number_in_order == len(groups) - 1
        # Columns share the width evenly within a group, up to a comfortable maximum.
        room = width - name_width - (TOTAL_COLUMN if last_group else 0)
        column = min(MAX_DATE_COLUMN, room / len(sessions))
        story.append(_matrix_table(data, sessions, name_cells, name_width, column, last_group))
        story.append(gap(2))
    return story


def _matrix_table(data, sessions, name_cells, name_width, column: float, with_totals: bool):
    styles = paragraph_styles()
    header = [Paragraph(f"<b>{translate('Report', 'Deltaker')}</b>", styles.head)]
    for s in sessions:
        header.append(Paragraph(
            f"{s.date:%d.%m}<br/><font size=6.5>{weekday_name(s.date.isoweekday())[:3]}</font>",
            styles.matrix_head))
    if with_totals:
        header.append(Paragraph(translate("Report", "I alt"), styles.matrix_head))
    check = fonts.CHECK_MARK
    rows = []
    for participant, name_cell in zip(data.participants, name_cells):
        present = participant.present
        row = [name_cell] + [check if s.session_id in present else "" for s in sessions]
        if with_totals:
            row.append(number(participant.total))
        rows.append(row)
    registered = [translate("Report", "Registrerte")] + [
        number(data.present_at(s.session_id)) for s in sessions]
    counted = [translate("Report", "Telt uten navn")] + [number(s.head_count) for s in sessions]
    total = [translate("Report", "Totalt")] + [
        number(data.present_at(s.session_id) + s.head_count) for s in sessions]
    if with_totals:
        registered.append(number(data.attendances))
        counted.append(number(data.head_count_total))
        total.append(number(data.attendances + data.head_count_total))
    rows += [registered, counted, total]
    widths = [name_width] + [column] * len(sessions) + ([TOTAL_COLUMN] if with_totals else [])
    body_end = len(rows) - 3
    last_col = len(widths) - 1
    extra = [
        ("FONTNAME", (1, 1), (len(sessions), body_end), fonts.SYMBOLS),
        ("FONTSIZE", (1, 1), (len(sessions), body_end), CHECK_SIZE),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
        ("LEFTPADDING", (1, 0), (-1, -1), 1),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1),
    ]
    if with_totals:
        extra += [("FONTNAME", (last_col, 1), (last_col, body_end), fonts.BOLD)]
    return data_table(header, rows, widths, total_rows=3, extra_style=extra,
                      font_size=MATRIX_FONT)
