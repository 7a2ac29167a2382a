"""What a list page shows, as a table to export: the rows the search and filters let through,
in the order shown, the columns in the order the user arranged them (hidden ones left out),
and the Norwegian headers of the screen.

Cells come from the model's ``display()`` (the text on screen) unless the model offers
``export_value(row, column)`` with the real value. Text that is a date on screen
(05.06.2026) becomes a date cell; in right-aligned (number) columns "1 234" becomes a number
and "1 234,50 kr" an amount, so sums and sorting work in Excel.
"""
import datetime
import re
from decimal import Decimal

from PySide6.QtCore import Qt

DATE_TEXT = re.compile(r"\d{2}\.\d{2}\.\d{4}")
NUMBER_TEXT = re.compile(r"(-|−)?\d{1,3}(?:[\u00a0\u202f ]\d{3})*(?:,(\d+))?(?:[\u00a0 ]kr)?")
PLAIN_NUMBER_TEXT = re.compile(r"(-|−)?\d+(?:,(\d+))?(?:[\u00a0 ]kr)?")


def cell_value(text: str, numeric: bool = False):
    """The cell behind a text on screen: a date, a number, an amount, or the text itself."""
    if not isinstance(text, str):
        return text
    stripped = text.strip()
    if not stripped:
        return None
    if DATE_TEXT.fullmatch(stripped):
        try:
            return datetime.datetime.strptime(stripped, "%d.%m.%Y").date()
        except ValueError:
            return stripped
    if numeric and (NUMBER_TEXT.fullmatch(stripped) or PLAIN_NUMBER_TEXT.fullmatch(stripped)):
        plain = stripped.removesuffix("kr").strip()
        plain = re.sub(r"[\u00a0\u202f ]", "", plain).replace("−", "-").replace(",", ".")
        if "." in plain or stripped.endswith("kr"):
            return Decimal(plain)
        return int(plain)
    return stripped


def shown_columns(view) -> list[int]:
    """Logical column numbers in the order on screen, hidden columns left out."""
    header = view.horizontalHeader()
    columns = [header.logicalIndex(visual) for visual in range(header.count())]
    return [c for c in columns if c >= 0 and not header.isSectionHidden(c)]


def shown_table(view, proxy, model) -> tuple[list[str], list[list]]:
    """(headers, rows) of what ``view`` shows through ``proxy`` of the row model ``model``."""
    columns = shown_columns(view)
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    numeric = {c for c in columns if c in getattr(model, "RIGHT_ALIGNED", ())}
    export_value = getattr(model, "export_value", None)
    rows = []
    for proxy_row in range(proxy.rowCount()):
        source_row = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
        record = model.row_at(source_row)
        if export_value is not None:
            rows.append([export_value(record, c) for c in columns])
        else:
            rows.append([cell_value(model.display(record, c), c in numeric) for c in columns])
    return headers, rows


def model_kind(model) -> str:
    """"residents" for gui/models/residents.py: what the list holds, for the role rules."""
    explicit = getattr(model, "EXPORT_KIND", None)
    if explicit:
        return explicit
    return type(model).__module__.rsplit(".", 1)[-1]
