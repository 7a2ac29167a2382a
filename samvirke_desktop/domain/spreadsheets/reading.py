"""Reading a team's spreadsheet (.xlsx or .csv) into a header row and rows of cells.

What the file is, is decided from its content, not its name: an .xlsx renamed to .csv is
still read as a workbook, and a PDF renamed to .xlsx is refused with a plain message.

- CSV: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode-tekst") and
  Windows-1252 (what Norwegian Excel writes as "CSV (semikolondelt)"). Text that still
  looks wrong after decoding (replacement characters, "Ã¸" where "ø" was meant) is refused
  rather than imported with broken names. The delimiter (semicolon, comma or tab) is the
  one that splits the first rows into the same number of columns; a first line "sep=;"
  as Excel writes it decides on its own. A leading apostrophe that Samvirke's own export
  put before = + - @ is taken away again.
- XLSX: read in openpyxl's read-only mode (fast, little memory), cached values of
  formulas, Excel date cells as dates. Merged cells: a range inside one column is filled
  down (a site name merged over the rows of a block belongs to each row); a range across
  columns keeps its value in the top-left cell. Both are reported as warnings. A merged
  range that crosses the header row is refused, since the columns cannot be told apart.
  A password-protected workbook is an encrypted OLE file, not a zip: it is recognised
  by its "EncryptedPackage" stream and refused with what to do.
- The header row is the first row with at least two filled cells, or with its only filled
  cell away from column A, among the first rows (a one-cell title in column A above it is
  skipped with a warning); a file of one column takes its first filled row.
- At most ``MAX_DATA_ROWS`` rows with data (empty rows do not count) are taken in at once.
"""
import codecs
import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.errors import SamvirkeError

MAX_DATA_ROWS = 50_000
# Past this many rows the exact count is not worth the wait; the message says "over".
COUNT_CAP_FACTOR = 10
HEADER_SEARCH_ROWS = 20
DELIMITERS = (";", "\t", ",")  # ties go to the semicolon, as Norwegian Excel writes it
SNIFF_LINES = 50
NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_FOREIGN_FORMATS = (
    (b"%PDF", "en PDF-fil"),
    (b"\x89PNG", "et bilde (PNG)"),
    (b"\xff\xd8\xff", "et bilde (JPEG)"),
    (b"GIF8", "et bilde (GIF)"),
    (b"{\\rtf", "et RTF-dokument"),
)
SAVE_AS_HINT = ("Åpne den i Excel og velg Lagre som → Excel-arbeidsbok (.xlsx) eller "
                "CSV UTF-8, og prøv igjen.")

# What UTF-8 text looks like after being read as Windows-1252 once too often: "Ã¸" for "ø",
# "â€“" for "–", "Â " for a non-breaking space.
_CP1252_TAIL = "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile("Ã[" + re.escape(_CP1252_TAIL) + "]|â€|Â[\u00a0-\u00bf]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)"')

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class SpreadsheetError(SamvirkeError):
    """The file cannot be read as a spreadsheet; nothing was imported."""

    title = "Kan ikke lese filen"


@dataclass(frozen=True)
class SheetRow:
    """One row with data. ``number`` is the row number the user sees in Excel."""
    number: int
    cells: tuple

    def value(self, column: int):
        return self.cells[column] if 0 <= column < len(self.cells) else None


@dataclass
class Sheet:
    file_name: str
    file_format: str                  # "xlsx" or "csv"
    headers: list[str]                # as shown to the user (dates as 05.06.2026)
    header_values: list               # the header cells as read (dates stay dates)
    header_row: int
    rows: list[SheetRow]
    sheet_name: str = ""
    sheet_names: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return len(self.rows)


# --- entry point ------------------------------------------------------------------

def read_spreadsheet(path: str | Path, *, sheet: str | None = None,
                     max_rows: int = MAX_DATA_ROWS) -> Sheet:
    """Read ``path`` as a workbook or CSV file; ``sheet`` picks a worksheet by name."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except FileNotFoundError:
        raise SpreadsheetError(f"Finner ikke filen {path}. Sjekk at den ikke er flyttet eller "
                               "slettet.") from None
    except IsADirectoryError:
        raise SpreadsheetError(f"{path} er en mappe, ikke en fil. Velg selve regnearket.") from None
    except PermissionError:
        raise SpreadsheetError(f"Samvirke får ikke lese {path.name}. Lukk filen i andre program "
                               "og sjekk at du har tilgang til mappen.") from None
    if not start:
        raise SpreadsheetError(f"Filen {path.name} er tom (0 byte).")
    if start.startswith(ZIP_MAGIC):
        return _read_xlsx(path, sheet, max_rows)
    if start.startswith(OLE_MAGIC):
        raise SpreadsheetError(_describe_ole(path))
    for magic, what in _FOREIGN_FORMATS:
        if start.startswith(magic):
            raise SpreadsheetError(f"Filen {path.name} er {what}, ikke et regneark. Velg en "
                                   ".xlsx- eller .csv-fil.")
    return _read_csv(path, max_rows)


# --- shared row handling ------------------------------------------------------------

def clean_cell(value):
    """Text stripped ("" becomes None), whole-number floats as int, midnight datetimes as dates."""
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 1 and text[0] == "'" and text[1] in NEUTRALISED:
            text = text[1:]  # undo the neutralising of a Samvirke CSV export
        return text or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0, 0):
        return value.date()
    return value


def _filled(cells) -> int:
    return sum(1 for c in cells if c is not None)


def _could_be_header(cells: tuple) -> bool:
    """Two filled cells, or one away from the first column (a sheet with no header over the
    names); a lone cell in column A above the table is taken for a title."""
    return _filled(cells) >= 2 or (_filled(cells) == 1 and cells[0] is None)


def _header_text(value, column: int) -> str:
    if value is None:
        return f"Kolonne {_column_letter(column)}"
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0, 0):
        value = value.date()
    if isinstance(value, datetime.date):
        return date_no(value)
    return " ".join(str(value).split())


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _unique_headers(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for text in headers:
        key = text.casefold()
        seen[key] = seen.get(key, 0) + 1
        out.append(text if seen[key] == 1 else f"{text} ({seen[key]})")
    return out


def _too_many(count: int, max_rows: int, cap: int) -> SpreadsheetError:
    shown = f"over {_thousands(cap)}" if count > cap else _thousands(count)
    return SpreadsheetError(f"Filen har {shown} rader; Samvirke tar inn høyst "
                            f"{_thousands(max_rows)} om gangen. Del filen opp.")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


class _RowCollector:
    """Finds the header row, then keeps data rows (up to the limit; counts beyond it)."""

    def __init__(self, max_rows: int, where: str):
        self.max_rows = max_rows
        self.cap = max_rows * COUNT_CAP_FACTOR
        self.where = where
        self.pending: list[tuple[int, tuple]] = []   # filled rows before the header is known
        self.header: tuple[int, tuple] | None = None
        self.rows: list[SheetRow] = []
        self.count = 0
        self.skipped_titles: list[tuple[int, tuple]] = []

    def add(self, number: int, cells: tuple) -> bool:
        """False once counting further is pointless."""
        if not _filled(cells):
            return True
        if self.header is None:
            self.pending.append((number, cells))
            if _could_be_header(cells) or len(self.pending) >= HEADER_SEARCH_ROWS:
                self._settle_header()
            return True
        return self._add_data(number, cells)

    def _settle_header(self) -> None:
        pending, self.pending = self.pending, []
        index = next((i for i, (_, cells) in enumerate(pending) if _could_be_header(cells)), 0)
        self.skipped_titles = pending[:index]
        self.header = pending[index]
        for number, cells in pending[index + 1:]:
            self._add_data(number, cells)

    def _add_data(self, number: int, cells: tuple) -> bool:
        self.count += 1
        if self.count <= self.max_rows:
            self.rows.append(SheetRow(number, cells))
        return self.count <= self.cap

    def finish(self) -> tuple[int, list, list[SheetRow], list[str], list[str]]:
        """Header row number, header cells, data rows, header texts, warnings."""
        if self.header is None and self.pending:
            self._settle_header()
        if self.header is None:
            raise SpreadsheetError(f"{self.where} er tom. Velg en fil med en overskriftsrad og "
                                   "minst én rad med data.")
        if self.count > self.max_rows:
            raise _too_many(self.count, self.max_rows, self.cap)
        if not self.rows:
            raise SpreadsheetError(f"{self.where} har bare en overskriftsrad og ingen rader med "
                                   "data.")
        header_row, header_cells = self.header
        width = max([len(header_cells)] + [len(r.cells) for r in self.rows])
        while width > 0 and header_cells[width - 1:width] in ((None,), ()) and not any(
                r.value(width - 1) is not None for r in self.rows):
            width -= 1
        header_values = list(header_cells[:width]) + [None] * (width - len(header_cells))
        headers = _unique_headers([_header_text(v, i) for i, v in enumerate(header_values)])
        rows = [SheetRow(r.number, tuple(r.cells[:width]) + (None,) * (width - len(r.cells)))
                for r in self.rows]
        warnings = [f"Rad {number} («{_preview(cells)}») er ikke tatt med: den ser ut som en "
                    "tittel over overskriftsraden." for number, cells in self.skipped_titles]
        return header_row, header_values, rows, headers, warnings


def _preview(cells: tuple) -> str:
    text = " ".join(str(c) for c in cells if c is not None)
    return text if len(text) <= 60 else text[:57] + "…"


# --- CSV ----------------------------------------------------------------------------

def decode_text(data: bytes, name: str = "Filen") -> tuple[str, str]:
    """The text and the name of its encoding; refuses text that would import as garbage."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            text, encoding = data[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 med BOM"
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, encoding = data.decode("utf-16"), "UTF-16"
        else:
            try:
                text, encoding = data.decode("utf-8"), "UTF-8"
            except UnicodeDecodeError:
                text, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise SpreadsheetError(f"{name} er verken et regneark eller lesbar tekst (CSV). Velg en "
                               ".xlsx- eller .csv-fil.") from None
    if "\x00" in text or len(_CONTROL.findall(text[:20000])) > 2:
        raise SpreadsheetError(f"{name} er verken et regneark eller lesbar tekst (CSV). Velg en "
                               ".xlsx- eller .csv-fil.")
    bad = _MOJIBAKE.search(text) or re.search("\ufffd", text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise SpreadsheetError(
            f"{name} ser ut til å være lagret med feil tegnsett: «{bad.group(0)}» står på linje "
            f"{line} der det skulle vært en bokstav som «ø» eller «å». Åpne filen i Excel, velg "
            "Lagre som → «CSV UTF-8 (kommadelt)», og prøv igjen.")
    return text, encoding


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most consistent columns."""
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    if not lines:
        return ";"
    sample = "\n".join(lines)
    best, best_score = ";", (-1.0, 0)
    for delimiter in DELIMITERS:
        rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        same = sum(1 for r in rows if len(r) == width) / len(rows)
        score = (same, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, max_rows: int) -> Sheet:
    data = path.read_bytes()
    text, encoding = decode_text(data, f"Filen {path.name}")
    delimiter = None
    first_line, _, rest = text.partition("\n")
    if re.fullmatch(r"\s*sep=(.)\s*", first_line.rstrip("\r"), flags=re.IGNORECASE):
        delimiter = first_line.strip()[4]
        text = rest
    delimiter = delimiter or detect_delimiter(text)
    collector = _RowCollector(max_rows, f"Filen {path.name}")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, record in enumerate(reader, start=1):
            if not collector.add(number, tuple(clean_cell(v) for v in record)):
                break
    except csv.Error as exc:
        raise SpreadsheetError(f"Filen {path.name} kan ikke leses som CSV (rad "
                               f"{reader.line_num}): {exc}. {SAVE_AS_HINT}") from None
    header_row, header_values, rows, headers, warnings = collector.finish()
    return Sheet(file_name=path.name, file_format="csv", headers=headers,
                 header_values=header_values, header_row=header_row, rows=rows,
                 encoding=encoding, delimiter=delimiter, warnings=warnings)


# --- OLE (encrypted workbooks, old .xls) --------------------------------------------

def _describe_ole(path: Path) -> str:
    """Why an OLE compound file cannot be read: a password, or the old .xls format.

    The stream names sit in the file's directory as UTF-16; finding them is enough to tell
    the two apart without a full OLE parser.
    """
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ("Arbeidsboken er passordbeskyttet. Åpne den i Excel, fjern passordet og lagre på "
                "nytt.")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return (f"Filen {path.name} er i det gamle Excel-formatet (.xls). Åpne den i Excel og "
                "lagre den som Excel-arbeidsbok (.xlsx), og prøv igjen.")
    return (f"Filen {path.name} er et Office-dokument, men ikke et regneark Samvirke kan lese. "
            f"{SAVE_AS_HINT}")


# --- XLSX ---------------------------------------------------------------------------

def _zip_kind(path: Path) -> str | None:
    """None for a workbook; otherwise what the zip holds, in words for the message."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names or any(n.startswith("xl/workbook") for n in names):
                return None
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", errors="ignore")
                if "spreadsheet" in mimetype:
                    return "et OpenDocument-regneark (.ods)"
                return "et OpenDocument-dokument"
            if any(n.startswith("word/") for n in names):
                return "et Word-dokument"
            if any(n.startswith("ppt/") for n in names):
                return "en PowerPoint-presentasjon"
            return "en zip-fil"
    except (zipfile.BadZipFile, OSError):
        return "en ødelagt zip-fil"


def _read_xlsx(path: Path, sheet_name: str | None, max_rows: int) -> Sheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    kind = _zip_kind(path)
    if kind is not None:
        extra = f" {SAVE_AS_HINT}" if "ods" in kind else " Velg en .xlsx- eller .csv-fil."
        raise SpreadsheetError(f"Filen {path.name} er {kind}, ikke en Excel-arbeidsbok.{extra}")
    handle = path.open("rb")  # a file object: openpyxl would refuse a name not ending in .xlsx
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError,
            TypeError, ElementTree.ParseError) as exc:
        handle.close()
        raise SpreadsheetError(f"Filen {path.name} ser ut som en Excel-arbeidsbok, men kan ikke "
                               f"leses (den kan være skadet). {SAVE_AS_HINT}",
                               details=repr(exc)) from None
    try:
        names = [ws.title for ws in workbook.worksheets]
        if not names:
            raise SpreadsheetError(f"Arbeidsboken {path.name} har ingen regneark.")
        if sheet_name is not None:
            if sheet_name not in names:
                raise SpreadsheetError(f"Arbeidsboken har ikke noe ark som heter «{sheet_name}». "
                                       f"Arkene heter: {', '.join(names)}.")
            order = [sheet_name]
        else:
            active = workbook.active.title if workbook.active is not None else names[0]
            order = [active] + [n for n in names if n != active]
        empty_error = None
        for name in order:
            try:
                result = _read_worksheet(path, workbook[name], max_rows)
            except _EmptySheet as exc:
                empty_error = empty_error or exc.error
                continue
            result.sheet_names = names
            return result
        raise empty_error
    finally:
        workbook.close()
        handle.close()


class _EmptySheet(Exception):
    def __init__(self, error: SpreadsheetError):
        super().__init__(error.message)
        self.error = error


def _read_worksheet(path: Path, worksheet, max_rows: int) -> Sheet:
    where = f"Arket «{worksheet.title}» i {path.name}"
    merged = _merged_ranges(path, worksheet.title)
    worksheet.reset_dimensions()  # the stored size can be wrong; read what is really there
    collector = _RowCollector(max_rows, where)
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if not collector.add(number, tuple(clean_cell(v) for v in values)):
            break
    try:
        header_row, header_values, rows, headers, warnings = collector.finish()
    except SpreadsheetError as exc:
        if collector.header is None:  # nothing at all: another sheet may hold the table
            raise _EmptySheet(exc) from None
        raise
    if merged:
        warnings += _apply_merges(merged, header_row, header_values, rows, headers)
    return Sheet(file_name=path.name, file_format="xlsx", headers=headers,
                 header_values=header_values, header_row=header_row, rows=rows,
                 sheet_name=worksheet.title, warnings=warnings)


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str | None:
    """The path inside the zip of the worksheet called ``title``."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(f"{_NS_PKG_REL}Relationship")}
    for element in book.iter(f"{_NS_MAIN}sheet"):
        if element.get("name") == title:
            target = targets.get(element.get(f"{_NS_REL}id"))
            if not target:
                return None
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None


def _merged_ranges(path: Path, title: str) -> list[str]:
    """The sheet's merged ranges ("B7:B9"), read from its XML without loading every cell."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, title)
            if part is None:
                return []
            found, tail = [], b""
            with archive.open(part) as stream:
                while chunk := stream.read(1 << 20):
                    block = tail + chunk
                    cut = max(0, len(block) - 200)
                    # Matches wholly inside the kept tail are found again in the next round.
                    found += [m.group(1).decode("ascii").upper() for m in _MERGE_REF.finditer(block)
                              if m.start() < cut]
                    tail = block[cut:]
            found += [m.group(1).decode("ascii").upper() for m in _MERGE_REF.finditer(tail)]
            return list(dict.fromkeys(r for r in found if ":" in r))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError):
        return []


def _apply_merges(merged: list[str], header_row: int, header_values: list,
                  rows: list[SheetRow], headers: list[str]) -> list[str]:
    from openpyxl.utils.cell import range_boundaries

    by_number = {row.number: i for i, row in enumerate(rows)}
    filled, kept = [], []
    for ref in merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if min_row <= header_row <= max_row:
            raise SpreadsheetError(
                f"Overskriftsraden (rad {header_row}) har sammenslåtte celler ({ref}), så "
                "kolonnene kan ikke skilles fra hverandre. Opphev sammenslåingen i Excel "
                "(Hjem → Slå sammen og midtstill) slik at hver kolonne har sin egen overskrift, "
                "lagre og prøv igjen.")
        if max_row < header_row or min_col > len(headers):
            continue  # a title above the table, or outside the columns read
        if min_col == max_col:
            column = min_col - 1
            top = by_number.get(min_row)
            value = rows[top].value(column) if top is not None else None
            if value is not None:
                for number in range(min_row + 1, max_row + 1):
                    i = by_number.get(number)
                    if i is not None and rows[i].value(column) is None:
                        cells = list(rows[i].cells)
                        cells[column] = value
                        rows[i] = SheetRow(rows[i].number, tuple(cells))
            filled.append(ref)
        else:
            kept.append(ref)
    warnings = []
    if filled:
        warnings.append(f"Sammenslåtte celler ({_list_refs(filled)}): verdien er brukt på hver "
                        "rad i området.")
    if kept:
        warnings.append(f"Sammenslåtte celler over flere kolonner ({_list_refs(kept)}): bare den "
                        "første cellen har verdien, de andre regnes som tomme.")
    return warnings


def _list_refs(refs: list[str], shown: int = 5) -> str:
    more = len(refs) - shown
    return ", ".join(refs[:shown]) + (f" og {more} til" if more > 0 else "")
