"""Writing a table (Norwegian column headers and rows of values) to .xlsx or .csv.

Every list page's Eksporter button and every named export ends here, so the files look the
same wherever they come from:

- .xlsx: real date cells (shown 05.06.2026), numbers as numbers (amounts with two
  decimals), bold header row that stays in view when scrolling, column widths that fit the
  content. Written in openpyxl's write-only mode, so 20 000 rows take seconds, not minutes.
  A text that starts with "=" is stored as text, never as a formula.
- .csv: what Norwegian Excel opens with a double click: UTF-8 with BOM, semicolons,
  dates as 05.06.2026, decimal comma. Text cells starting with = + - @ (or a tab or
  carriage return) get a leading apostrophe, so a name like "=HYPERLINK(...)" cannot
  become a formula when the file is opened (spreadsheet formula injection). Samvirke's
  own import takes the apostrophe away again.
"""
import csv
import datetime
import decimal
from collections.abc import Iterable, Sequence
from pathlib import Path

from samvirke_desktop.errors import SamvirkeError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
TIME_FORMAT = "HH:MM"
DECIMAL_FORMAT = "#,##0.00"
WIDTH_SAMPLE_ROWS = 500
MIN_WIDTH, MAX_WIDTH = 6, 60
_SHEET_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


class ExportError(SamvirkeError):
    title = "Kan ikke eksportere"


def neutralise(text: str) -> str:
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    return "'" + text if text and text[0] in FORMULA_STARTS else text


def _decimal_text(value) -> str:
    if isinstance(value, float):
        value = decimal.Decimal(repr(value))  # 2.5, not 2.500000
    return format(value, "f").replace(".", ",")


def csv_text(value) -> str:
    """One cell as Norwegian Excel reads it from a CSV file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (decimal.Decimal, float)):
        return _decimal_text(value)
    return neutralise(str(value))


def _checked_path(path: str | Path) -> Path:
    path = Path(path)
    if not path.parent.exists():
        raise ExportError(f"Mappen {path.parent} finnes ikke. Velg en annen mappe.")
    if path.is_dir():
        raise ExportError(f"{path} er en mappe. Skriv et filnavn.")
    return path


def _opened(path: Path):
    try:
        return path.open("w", encoding="utf-8-sig", newline="")
    except PermissionError:
        raise ExportError(f"Samvirke får ikke skrive {path.name}. Er filen åpen i Excel? Lukk "
                          "den, eller velg et annet filnavn.") from None


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence]) -> Path:
    path = _checked_path(path)
    with _opened(path) as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in headers])
        for row in rows:
            writer.writerow([csv_text(v) for v in row])
    return path


def _width_of(value) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime.datetime):
        return 16
    if isinstance(value, datetime.date):
        return 10
    if isinstance(value, (decimal.Decimal, float)):
        return len(f"{value:,.2f}")
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence]) -> list[float]:
    """Widths (in Excel's character units) that fit the header and the first rows."""
    widths = [_width_of(h) + 2 for h in headers]  # room for the filter arrow
    for row in rows[:WIDTH_SAMPLE_ROWS]:
        for i, value in enumerate(row[:len(widths)]):
            widths[i] = max(widths[i], _width_of(value))
    return [min(MAX_WIDTH, max(MIN_WIDTH, w + 1)) for w in widths]


def sheet_title(text: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet's name."""
    cleaned = " ".join(str(text or "Eksport").translate(_SHEET_TITLE_FORBIDDEN).split())
    return (cleaned or "Eksport")[:31]


def write_xlsx(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence], *,
               title: str = "Eksport") -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = _checked_path(path)
    rows = rows if isinstance(rows, Sequence) else list(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title(title))
    for i, width in enumerate(column_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value):
        if isinstance(value, bool):
            return "Ja" if value else "Nei"
        if value is None or isinstance(value, int):
            return value
        if isinstance(value, datetime.datetime):
            c = WriteOnlyCell(sheet, value)
            c.number_format = DATETIME_FORMAT
            return c
        if isinstance(value, datetime.date):
            c = WriteOnlyCell(sheet, value)
            c.number_format = DATE_FORMAT
            return c
        if isinstance(value, datetime.time):
            c = WriteOnlyCell(sheet, value)
            c.number_format = TIME_FORMAT
            return c
        if isinstance(value, (decimal.Decimal, float)):
            c = WriteOnlyCell(sheet, value)
            c.number_format = DECIMAL_FORMAT
            return c
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        if text.startswith("="):
            c = WriteOnlyCell(sheet, text)
            c.data_type = "s"  # text, never a formula
            return c
        return text

    header_cells = []
    for header in headers:  # text, or dates over the columns of a names × dates sheet
        c = cell(header)
        if not isinstance(c, Cell):
            c = WriteOnlyCell(sheet, c)
        c.font = bold
        header_cells.append(c)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([cell(v) for v in row])
    try:
        workbook.save(path)
    except PermissionError:
        raise ExportError(f"Samvirke får ikke skrive {path.name}. Er filen åpen i Excel? Lukk "
                          "den, eller velg et annet filnavn.") from None
    return path


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence], *,
                title: str = "Eksport") -> Path:
    """.csv or .xlsx after the file name's ending."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return write_csv(path, headers, rows)
    if suffix in (".xlsx", ".xlsm"):
        return write_xlsx(path, headers, rows, title=title)
    ending = suffix or "uten filtype"
    raise ExportError(f"Samvirke kan eksportere til .xlsx (Excel) eller .csv, ikke «{ending}». "
                      "Gi filen en av disse endelsene.")
