"""Starting column widths: each column as wide as its content, and all of them within the view.

Numbers and money keep their full width; when the text columns together are too wide, the
widest of them are narrowed to the same width, never below ``MIN_TEXT_WIDTH``. Both limits
grow with the text size, so large text shows as many letters of a name (the table scrolls).
"""
from PySide6.QtWidgets import QTableView

PADDING = 24
# Rows looked at to size a column: the first ones shown, enough for a representative width,
# instead of every one of 20 000 residents (which took a third of a second).
SAMPLE_ROWS = 200
MAX_WIDTH = 360
MIN_TEXT_WIDTH = 120


def shared_ceiling(widths: list[int], room: int, floor: int = MIN_TEXT_WIDTH) -> int | None:
    """The largest width W such that sum(min(w, W)) <= room; None if nothing must shrink."""
    if sum(widths) <= room:
        return None
    ordered = sorted(widths)
    used = 0
    for position, width in enumerate(ordered):
        left = len(ordered) - position
        ceiling = (room - used) // left
        if ceiling < width:
            return max(ceiling, floor)
        used += width
    return None


def fit_columns(view: QTableView, right_aligned: frozenset[int] = frozenset()) -> None:
    model = view.model()
    header = view.horizontalHeader()
    count = model.columnCount()
    if count == 0:
        return
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    view.resizeColumnsToContents()
    from samvirke_desktop.gui.language import text_scale

    scale = text_scale() / 100
    widest = round(MAX_WIDTH * scale)
    widths = [min(max(header.sectionSize(c), 60) + PADDING, widest) for c in range(count)]
    text_columns = [c for c in range(count) if c not in right_aligned]
    room = view.viewport().width() - sum(widths[c] for c in range(count) if c in right_aligned)
    ceiling = shared_ceiling([widths[c] for c in text_columns], room,
                             round(MIN_TEXT_WIDTH * scale))
    if ceiling is not None:
        for column in text_columns:
            widths[column] = min(widths[column], ceiling)
    last = count - 1
    for column in range(count):
        if column == last and header.stretchLastSection():
            continue
        header.resizeSection(column, widths[column])
