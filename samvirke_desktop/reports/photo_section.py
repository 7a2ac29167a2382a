"""«Bilder»: the photos chosen for a grant report, two to a row, each scaled to fit, with its
caption and date under it and no names (who is shown stays in Samvirke).

The photos come checked from ``grants.report_photos.report_photos``: everyone shown had a
photo consent on the day the report was made.
"""
import io

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Spacer, TableStyle

from samvirke_desktop.domain.formatting import date_long
from samvirke_desktop.domain.grants.report_photos import ReportPhoto
from samvirke_desktop.reports.flowables import gap, heading, para, room_for
from samvirke_desktop.reports.flowables import table as plain_table
from samvirke_desktop.translation import translate

GUTTER = 6 * mm
HEIGHT_OF_ONE = 110 * mm     # a photo alone gets most of the page's width
HEIGHT_IN_ROW = 72 * mm      # two to a row: four photos fit on one page with their texts


TEXT_HEIGHT = 16 * mm        # caption, date and the space below a row


def _size(photo: ReportPhoto, max_width: float, max_height: float) -> tuple[float, float]:
    width, height = photo.width or 4, photo.height or 3
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale


def _cell(photo: ReportPhoto, max_width: float, max_height: float, row_height: float) -> list:
    """The picture scaled to fit, then caption and date; a short picture gets space below it,
    so the captions of a row start on the same line."""
    width, height = _size(photo, max_width, max_height)
    picture = Image(io.BytesIO(photo.data), width=width, height=height,
                    mask="auto" if photo.image_format == "png" else None, hAlign="LEFT")
    return [picture, Spacer(1, row_height - height + 1.5 * mm), para(photo.caption, "body"),
            para(date_long(photo.taken_on), "small")]


def photo_section(photos: list[ReportPhoto], width: float) -> list:
    """The section, or nothing when no photos were chosen."""
    if not photos:
        return []
    column = (width - GUTTER) / 2
    rows = [photos[start:start + 2] for start in range(0, len(photos), 2)]
    if len(photos) == 1:
        heights = [_size(photos[0], width, HEIGHT_OF_ONE)[1]]
    else:
        heights = [max(_size(photo, column, HEIGHT_IN_ROW)[1] for photo in pair) for pair in rows]
    # The photos of a report stay on one page with their heading when they can.
    needed = 24 * mm + sum(h + TEXT_HEIGHT for h in heights)
    story = [room_for(min(needed, 230 * mm)), heading(translate("Report", "Bilder")),
             para(translate("Report", "Bilder fra aktivitetene. Alle som kan kjennes igjen på "
                            "bildene, har samtykket til at bildene brukes (foresatte for barn "
                            "under 15 år)."), "small"), gap(2)]
    if len(photos) == 1:
        story += [KeepTogether(_cell(photos[0], width, HEIGHT_OF_ONE, heights[0])), gap(4)]
        return story
    for pair, row_height in zip(rows, heights):
        cells = ([_cell(photo, column, HEIGHT_IN_ROW, row_height) for photo in pair]
                 + [[]] * (2 - len(pair)))
        row = plain_table([[cells[0], "", cells[1]]], colWidths=[column, GUTTER, column],
                          hAlign="LEFT")
        row.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
        ]))
        story.append(row)
    return story
