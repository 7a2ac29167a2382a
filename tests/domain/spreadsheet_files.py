"""Real spreadsheet files for the import tests: workbooks made with openpyxl, CSV files in the
encodings and delimiters Excel writes, and OLE compound files (a password-protected workbook,
an old .xls) built by the rules of the compound file format."""
import struct
from pathlib import Path

import openpyxl

SECTOR = 512
ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF


def write_xlsx(path: Path, rows: list[list], *, title: str = "Ark1", merges=(),
               extra_sheets: dict[str, list[list]] | None = None,
               date_format: str = "DD.MM.YYYY") -> Path:
    """A workbook with ``rows`` on its first (active) sheet; dates get a date format."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            if cell.is_date:
                cell.number_format = date_format
    for ref in merges:
        sheet.merge_cells(ref)
    for name, extra in (extra_sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in extra:
            other.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8-sig",
              delimiter: str = ";", newline: str = "\r\n") -> Path:
    """Rows joined the way Excel writes them (quotes only where needed)."""
    def field(value) -> str:
        text = "" if value is None else str(value)
        if any(ch in text for ch in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    body = newline.join(delimiter.join(field(v) for v in row) for row in rows) + newline
    path.write_bytes(body.encode(encoding))
    return path


def _directory_entry(name: str, kind: int, *, child=NOSTREAM, right=NOSTREAM, start=ENDOFCHAIN,
                     size=0) -> bytes:
    encoded = (name.encode("utf-16-le") + b"\x00\x00") if name else b""
    entry = bytearray(128)
    entry[:len(encoded)] = encoded
    struct.pack_into("<HBB", entry, 0x40, len(encoded), kind, 1)  # length, type, black
    struct.pack_into("<III", entry, 0x44, NOSTREAM, right, child)  # left, right, child
    struct.pack_into("<IQ", entry, 0x74, start, size)
    return bytes(entry)


def write_ole(path: Path, streams: dict[str, bytes]) -> Path:
    """A version-3 compound file with the given streams side by side under the root.

    Streams are padded with zero bytes to at least 4096 bytes so they belong in normal
    sectors (smaller ones would have to go into the mini stream); one FAT sector is enough
    for these small files.
    """
    names = list(streams)
    entries = [None] + names
    dir_sectors = (len(entries) + 3) // 4
    data_start = 1 + dir_sectors
    fat = [FATSECT] + [ENDOFCHAIN if i == dir_sectors - 1 else 1 + i + 1
                       for i in range(dir_sectors)]
    chunks, starts, sizes = [], [], []
    sector = data_start
    for name in names:
        body = streams[name].ljust(4096, b"\x00")
        sizes.append(len(body))
        body = body.ljust(-(-len(body) // SECTOR) * SECTOR, b"\x00")
        count = len(body) // SECTOR
        starts.append(sector)
        fat += [sector + k + 1 for k in range(count - 1)] + [ENDOFCHAIN]
        sector += count
        chunks.append(body)
    assert len(fat) <= SECTOR // 4, "one FAT sector only"
    fat += [FREESECT] * (SECTOR // 4 - len(fat))
    # Siblings in a simple right-leaning chain, children of the root (sorted as the format
    # wants: shorter names first, then by upper-case name).
    order = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    right_of = {order[k]: order[k + 1] + 1 for k in range(len(order) - 1)}
    directory = _directory_entry("Root Entry", 5, child=order[0] + 1 if order else NOSTREAM)
    for i, name in enumerate(names):
        directory += _directory_entry(name, 2, right=right_of.get(i, NOSTREAM), start=starts[i],
                                      size=sizes[i])
    directory = directory.ljust(dir_sectors * SECTOR, b"\x00")
    header = bytearray(SECTOR)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 0x2C, 1, 1, 0, 0x1000)
    struct.pack_into("<IIII", header, 0x3C, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    difat = [0] + [FREESECT] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    path.write_bytes(bytes(header) + struct.pack("<128I", *fat) + directory + b"".join(chunks))
    return path


def write_encrypted_workbook(path: Path) -> Path:
    """What Excel saves when a workbook gets a password to open: the zip, encrypted, inside an
    OLE file with EncryptionInfo and EncryptedPackage streams."""
    info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption '
        b'xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" '
        b'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>')
    package = struct.pack("<Q", 5000) + bytes((i * 7 + 3) % 256 for i in range(5008))
    return write_ole(path, {"EncryptionInfo": info, "EncryptedPackage": package})


def write_legacy_xls(path: Path) -> Path:
    """An Excel 97-2003 file: an OLE file with a BIFF "Workbook" stream."""
    bof = struct.pack("<HHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0)
    return write_ole(path, {"Workbook": bof + b"\x00" * 200})
