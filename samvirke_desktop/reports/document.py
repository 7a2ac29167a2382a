"""The page frame every report shares: header with the team, footer with «Side x av y».

``build_report`` takes a story of flowables and writes the PDF: A4 (or A3), portrait and
landscape page templates to switch between, metadata (title, author, subject, language
nb-NO), and an outline built from the headings in the story.
"""
import datetime
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from samvirke_desktop import __version__
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.team.team_settings import TeamIdentity, team_identity
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.reports import fonts
from samvirke_desktop.reports.styles import INK, MUTED, RULE
from samvirke_desktop.translation import locale_name, translate

log = logging.getLogger(__name__)

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
PAPER = {"A4": A4, "A3": A3}

SIDE_MARGIN = 14 * mm
TOP_MARGIN = 24 * mm      # room for the header
BOTTOM_MARGIN = 17 * mm   # room for the footer
HEADER_RULE = 17 * mm     # distance of the header rule from the top edge
FOOTER_RULE = 11 * mm     # distance of the footer rule from the bottom edge
LOGO_HEIGHT = 10 * mm


@dataclass
class ReportSpec:
    """What a PDF is: its title and subject, paper and first orientation."""
    title: str                         # "Oppmøterapport"
    subject: str = ""                  # "Leksehjelp, 01.01.2026–30.06.2026"
    orientation: str = PORTRAIT        # of the first page
    paper: str = "A4"
    keywords: list[str] = field(default_factory=list)
    printed_on: datetime.date | None = None
    # The document's own language for its metadata ("ar" for an Arabic poster); None: the
    # program's language, as for every report the team reads itself.
    language: str | None = None

    @property
    def document_title(self) -> str:
        return f"{self.title} – {self.subject}" if self.subject else self.title


class NumberedCanvas(Canvas):
    """Holds pages back until the end, so each can say «Side x av y».

    Outline entries are held with their page and written when the page is, because
    a bookmark belongs to the page being written at the time it is made.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held_pages = []
        self._pending_outline = []

    def add_outline_entry(self, title: str, level: int, top: float) -> None:
        self._pending_outline.append((title, level, top))

    def showPage(self):
        self._held_pages.append(dict(self.__dict__))
        self._pending_outline = []
        self._startPage()

    def save(self):
        total = len(self._held_pages)
        if any(state["_pending_outline"] for state in self._held_pages):
            self.showOutline()
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            for index, (title, level, top) in enumerate(state["_pending_outline"]):
                key = f"p{number}s{index}"
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                self.addOutlineEntry(title, key, level=level)
            self._draw_page_number(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_page_number(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(fonts.TEXT, 8)
        self.setFillColor(MUTED)
        self.drawRightString(width - SIDE_MARGIN, FOOTER_RULE - 4.5 * mm,
                             translate("Report", "Side {page} av {pages}").format(
                                 page=number, pages=total))
        self.restoreState()


class ReportDocument(BaseDocTemplate):
    def __init__(self, path: Path, spec: ReportSpec, team: TeamIdentity):
        paper = PAPER[spec.paper]
        self.spec = spec
        self.team = team
        self.printed_on = spec.printed_on or datetime.date.today()
        self._logo = _load_logo(team.logo_path)
        first_size = landscape(paper) if spec.orientation == LANDSCAPE else portrait(paper)
        super().__init__(
            str(path), pagesize=first_size,
            leftMargin=SIDE_MARGIN, rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
            title=spec.document_title, author=team.display_name or "Samvirke",
            subject=spec.subject or spec.title, creator=f"Samvirke {__version__}",
            keywords=spec.keywords, lang=spec.language or locale_name().replace("_", "-"),
            displayDocTitle=1,
            initialFontName=fonts.TEXT, initialFontSize=9,
        )
        templates = [self._template(PORTRAIT, portrait(paper)),
                     self._template(LANDSCAPE, landscape(paper))]
        if spec.orientation == LANDSCAPE:
            templates.reverse()
        self.addPageTemplates(templates)

    def _template(self, name: str, size) -> PageTemplate:
        width, height = size
        frame = Frame(SIDE_MARGIN, BOTTOM_MARGIN, width - 2 * SIDE_MARGIN,
                      height - TOP_MARGIN - BOTTOM_MARGIN, id=f"{name}-body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], onPage=self._decorate, pagesize=size)

    def frame_size(self, orientation: str) -> tuple[float, float]:
        """Width and height available for content on a page of this orientation."""
        return frame_size(self.spec.paper, orientation)

    def afterFlowable(self, flowable):
        title = getattr(flowable, "outline_title", None)
        if title:
            top = self.frame._y + flowable.height + 4 * mm
            self.canv.add_outline_entry(title, getattr(flowable, "outline_level", 0), top)

    def _decorate(self, canvas, doc):
        width, height = canvas._pagesize
        canvas.saveState()
        # Header: logo and team on the left, report title on the right, a rule below.
        text_x = SIDE_MARGIN
        if self._logo is not None:
            image, logo_width = self._logo
            canvas.drawImage(image, SIDE_MARGIN, height - HEADER_RULE + 2 * mm,
                             width=logo_width, height=LOGO_HEIGHT, mask="auto")
            text_x += logo_width + 3 * mm
        right_edge = width - SIDE_MARGIN
        # The team may take up to 55 % of the line; the report title gets the rest.
        team_room = (right_edge - text_x) * 0.55
        name_width = 0
        top_line = self.team.name or self.team.bydel
        if top_line:
            name_width = _draw_fitted(canvas, top_line, fonts.BOLD, 9, text_x,
                                      height - 10 * mm, team_room, INK)
            if self.team.name and self.team.bydel:
                name_width = max(name_width, _draw_fitted(
                    canvas, self.team.bydel, fonts.TEXT, 8, text_x, height - 14 * mm,
                    team_room, MUTED))
        room = right_edge - (text_x + name_width + 8 * mm)
        _draw_fitted(canvas, self.spec.title, fonts.BOLD, 9, right_edge, height - 10 * mm,
                     room, INK, align_right=True)
        if self.spec.subject:
            _draw_fitted(canvas, self.spec.subject, fonts.TEXT, 8, right_edge,
                         height - 14 * mm, room, MUTED, align_right=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(SIDE_MARGIN, height - HEADER_RULE, right_edge, height - HEADER_RULE)
        # Footer: date of printing on the left; «Side x av y» is added at the end.
        canvas.line(SIDE_MARGIN, FOOTER_RULE, right_edge, FOOTER_RULE)
        canvas.setFont(fonts.TEXT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(SIDE_MARGIN, FOOTER_RULE - 4.5 * mm,
                          translate("Report", "Skrevet ut {date}").format(
                              date=date_no(self.printed_on)))
        canvas.restoreState()


def frame_size(paper: str, orientation: str) -> tuple[float, float]:
    size = landscape(PAPER[paper]) if orientation == LANDSCAPE else portrait(PAPER[paper])
    return size[0] - 2 * SIDE_MARGIN, size[1] - TOP_MARGIN - BOTTOM_MARGIN


def _draw_fitted(canvas, text, font, size, x, y, room, color, *, align_right=False) -> float:
    """Text shrunk (down to 7 pt), then shortened with «…», to stay within ``room``; names
    in other scripts in the font that has their letters, Arabic joined and right to left.

    Returns the width drawn."""
    text = fonts.visual_order(text)

    def width(value: str, points: float) -> float:
        return sum(canvas.stringWidth(piece, name, points)
                   for piece, name in fonts.runs(value, font))

    while size > 7 and width(text, size) > room:
        size -= 0.5
    if width(text, size) > room:
        while text and width(text + "…", size) > room:
            text = text[:-1]
        text = text.rstrip() + "…"
    drawn = width(text, size)
    start = x - drawn if align_right else x
    canvas.setFillColor(color)
    line = canvas.beginText(start, y)
    for piece, name in fonts.runs(text, font):
        line.setFont(name, size)
        line.textOut(piece)
    canvas.drawText(line)
    return drawn


def _load_logo(path: Path | None):
    """The logo image and its width at header height, or None when it cannot be read."""
    if path is None:
        return None
    try:
        image = ImageReader(str(path))
        width, height = image.getSize()
    except Exception as exc:  # a missing or broken logo must never stop a report
        log.warning("Logo %s could not be read: %s", path, exc)
        return None
    if not width or not height:
        return None
    return image, LOGO_HEIGHT * width / height


def build_report(path: str | os.PathLike, spec: ReportSpec, story_for) -> Path:
    """Write the PDF. ``story_for(doc)`` returns the flowables (it may ask the frame size)."""
    fonts.register_fonts()
    path = Path(path)
    if not path.parent.is_dir():
        raise SamvirkeError(f"Mappen «{path.parent}» finnes ikke. Velg en annen mappe for PDF-en.")
    doc = ReportDocument(path, spec, team_identity())
    story = story_for(doc)
    try:
        doc.build(story, canvasmaker=NumberedCanvas)
    except PermissionError as exc:
        raise SamvirkeError(
            f"Samvirke fikk ikke skrevet «{path}». Er filen åpen i et annet program? Lukk den, "
            "eller velg et annet filnavn.", details=str(exc)) from exc
    return path
