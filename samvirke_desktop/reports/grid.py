"""Splitting wide grids (people × dates) into column groups that fit the page width."""
import math

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from samvirke_desktop.reports import fonts


def column_groups(count: int, available: float, fixed: float, column: float) -> list[range]:
    """Split ``count`` columns of width ``column`` into evenly sized groups that fit next to
    ``fixed`` (the name column and the like) within ``available``."""
    if count == 0:
        return []
    per_page = max(1, int((available - fixed) // column))
    groups = math.ceil(count / per_page)
    size = math.ceil(count / groups)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def name_column_width(names: list[str], font_size: float, *, minimum: float = 38 * mm,
                      maximum: float = 62 * mm, padding: float = 8) -> float:
    """Wide enough for the longest name (up to ``maximum``; longer names wrap)."""
    fonts.register_fonts()
    widest = max((stringWidth(name, fonts.TEXT, font_size) for name in names), default=0)
    return min(maximum, max(minimum, widest + padding))
