"""Colours, paragraph styles and table looks shared by all reports."""
from functools import lru_cache
from types import SimpleNamespace

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from samvirke_desktop.reports import fonts

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
RULE = colors.HexColor("#9AA5B1")
GRID = colors.HexColor("#CBD2D9")
HEADER_BG = colors.HexColor("#243B53")
HEADER_INK = colors.white
ZEBRA = colors.HexColor("#F0F4F8")
TOTAL_BG = colors.HexColor("#D9E2EC")
NOTICE_BG = colors.HexColor("#FFF8E1")
NOTICE_EDGE = colors.HexColor("#E0B400")


@lru_cache(maxsize=1)
def paragraph_styles() -> SimpleNamespace:
    """The named paragraph styles (fonts are registered first)."""
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.TEXT, fontSize=9.5, leading=13, textColor=INK)

    def style(name, **kw):
        return ParagraphStyle(name, parent=base, **kw)

    return SimpleNamespace(
        body=base,
        title=style("title", fontName=fonts.BOLD, fontSize=18, leading=22, spaceAfter=2),
        subtitle=style("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10),
        h1=style("h1", fontName=fonts.BOLD, fontSize=13, leading=16, spaceBefore=12,
                 spaceAfter=6),
        h2=style("h2", fontName=fonts.BOLD, fontSize=10.5, leading=13, spaceBefore=8,
                 spaceAfter=4),
        lead=style("lead", fontSize=10.5, leading=15),
        small=style("small", fontSize=8, leading=10, textColor=MUTED),
        notice=style("notice", fontSize=11, leading=15),
        cell=style("cell", fontSize=8.5, leading=10.5),
        cell_small=style("cell_small", fontSize=7.5, leading=9),
        cell_right=style("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        cell_center=style("cell_center", fontSize=8.5, leading=10.5, alignment=TA_CENTER),
        cell_bold=style("cell_bold", fontName=fonts.BOLD, fontSize=8.5, leading=10.5),
        head=style("head", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=HEADER_INK,
                   alignment=TA_LEFT),
        head_right=style("head_right", fontName=fonts.BOLD, fontSize=8, leading=10,
                         textColor=HEADER_INK, alignment=TA_RIGHT),
        head_center=style("head_center", fontName=fonts.BOLD, fontSize=8, leading=10,
                          textColor=HEADER_INK, alignment=TA_CENTER),
        matrix_head=style("matrix_head", fontName=fonts.BOLD, fontSize=7, leading=8.5,
                          textColor=HEADER_INK, alignment=TA_CENTER),
    )


def hex_color(color) -> str:
    """«#52606d» for colour attributes in paragraph markup."""
    return "#" + color.hexval()[2:]


def relative_luminance(color) -> float:
    """WCAG 2 relative luminance of a ReportLab colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.red) + 0.7152 * channel(color.green)
            + 0.0722 * channel(color.blue))


def contrast_ratio(foreground, background) -> float:
    """WCAG 2 contrast ratio (1 to 21); body text needs at least 4.5."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
