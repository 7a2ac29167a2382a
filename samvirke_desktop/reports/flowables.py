"""Building blocks for report stories: headings with outline entries, tables, notices."""
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from samvirke_desktop.reports import fonts
from samvirke_desktop.reports.styles import (
    GRID,
    HEADER_BG,
    INK,
    NOTICE_BG,
    NOTICE_EDGE,
    TOTAL_BG,
    ZEBRA,
    paragraph_styles,
)


def table(rows: list[list], **kwargs) -> Table:
    """A Table whose cells default to the embedded font: ReportLab otherwise selects
    Helvetica (not embedded) at every cell, even when all cells are paragraphs."""
    result = Table(rows, **kwargs)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.TEXT)]))
    return result


def text(value) -> str:
    """Plain text made safe for a Paragraph (names may hold «&» or «<»), Arabic joined and
    in right-to-left order, and letters or symbols the text font lacks in a font that has them."""
    plain = str(value if value is not None else "")
    return fonts.with_fallback(escape(fonts.visual_order(plain)))


def para(value, style: str = "body") -> Paragraph:
    return Paragraph(text(value), getattr(paragraph_styles(), style))


def markup(value: str, style: str = "body") -> Paragraph:
    """A paragraph whose text is already ReportLab markup (escape user text with ``text``)."""
    return Paragraph(value, getattr(paragraph_styles(), style))


def title_block(title: str, subtitle: str = "") -> list:
    story = [heading(title, level=0, style="title")]
    if subtitle:
        story.append(para(subtitle, "subtitle"))
    return story


def heading(value: str, level: int = 0, style: str | None = None) -> Paragraph:
    """A heading that also becomes an entry in the PDF's outline (bookmarks)."""
    flowable = para(value, style or ("h1" if level == 0 else "h2"))
    flowable.outline_title = value
    flowable.outline_level = level
    return flowable


def notice(value: str) -> Table:
    """A plain statement in a framed box, e.g. that a period has no sessions."""
    box = table([[para(value, "notice")]], colWidths=["100%"], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG),
        ("BOX", (0, 0), (-1, -1), 0.6, NOTICE_EDGE),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    box.spaceBefore = box.spaceAfter = 10
    return box


def key_figures(pairs: list[tuple[str, str]], width: float) -> Table:
    """Label/value pairs in two columns of pairs, for the summary at the top of a report."""
    styles = paragraph_styles()
    cells = [[Paragraph(text(label), styles.cell), Paragraph(f"<b>{text(value)}</b>",
                                                             styles.cell_right)]
             for label, value in pairs]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:]
    rows = [l + (right[i] if i < len(right) else ["", ""]) for i, l in enumerate(left)]
    between = 8 * mm
    col = (width - between) / 2
    figures = table(rows, colWidths=[col * 0.68, col * 0.32, col * 0.68 + between, col * 0.32],
                    hAlign="LEFT")
    figures.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (1, len(left) - 1), 0.4, GRID),
        ("LINEBELOW", (2, 0), (3, len(right) - 1), 0.4, GRID),
        ("LEFTPADDING", (2, 0), (2, -1), between + 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return figures


def data_table(header: list, rows: list[list], col_widths: list[float], *,
               align_right: tuple[int, ...] = (), align_center: tuple[int, ...] = (),
               total_rows: int = 0, extra_style: list | None = None,
               font_size: float = 8.5, zebra: bool = True,
               row_heights: list | None = None) -> Table:
    """A table with a dark header row repeated on every page, zebra rows and a light grid.

    Header cells and long text should be Paragraphs so they wrap instead of being cut;
    ``total_rows`` last rows are shown bold on a tinted background.
    """
    data = [header] + rows
    result = Table(data, colWidths=col_widths, rowHeights=row_heights, repeatRows=1,
                   hAlign="LEFT")
    last_body = len(data) - 1 - total_rows
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.TEXT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEADER_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra and last_body >= 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_body), [None, ZEBRA]))
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    for col in align_center:
        commands.append(("ALIGN", (col, 0), (col, -1), "CENTER"))
    if total_rows:
        commands += [
            ("BACKGROUND", (0, last_body + 1), (-1, -1), TOTAL_BG),
            ("FONTNAME", (0, last_body + 1), (-1, -1), fonts.BOLD),
            ("LINEABOVE", (0, last_body + 1), (-1, last_body + 1), 0.8, INK),
        ]
    result.setStyle(TableStyle(commands + (extra_style or [])))
    return result


def head_cells(labels: list[str], right: tuple[int, ...] = (),
               center: tuple[int, ...] = ()) -> list[Paragraph]:
    """Header cells that wrap, aligned like their columns."""
    styles = paragraph_styles()
    cells = []
    for index, label in enumerate(labels):
        style = styles.head_right if index in right else (
            styles.head_center if index in center else styles.head)
        cells.append(Paragraph(text(label), style))
    return cells


def switch_to(orientation: str) -> list:
    """Continue on a new page in the other orientation."""
    return [NextPageTemplate(orientation), PageBreak()]


def keep_with_next(*flowables) -> KeepTogether:
    return KeepTogether(list(flowables))


def room_for(height: float) -> CondPageBreak:
    """Start a new page unless ``height`` is left on this one (keeps headings with tables)."""
    return CondPageBreak(height)


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
