"""Reading a written PDF back the way a user's viewer would: text, metadata, fonts."""
import re
import shutil
import subprocess
from dataclasses import dataclass

from pypdf import PdfReader

STANDARD_FONTS = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


@dataclass
class ReadPdf:
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        """All text with runs of whitespace made single spaces (wrapped cells read as one)."""
        return re.sub(r"\s+", " ", " ".join(self.pages))

    @property
    def metadata(self):
        return self.reader.metadata

    @property
    def language(self) -> str | None:
        lang = self.reader.trailer["/Root"].get("/Lang")
        return str(lang) if lang is not None else None

    def page_size(self, index: int) -> tuple[float, float]:
        box = self.reader.pages[index].mediabox
        return float(box.width), float(box.height)

    def outline_titles(self) -> list[str]:
        titles = []

        def walk(items):
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(item.title)

        walk(self.reader.outline)
        return titles


def read_pdf(path) -> ReadPdf:
    reader = PdfReader(str(path))
    return ReadPdf(reader, [page.extract_text() or "" for page in reader.pages])


def _fonts_in(resources, seen: dict) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for name, ref in fonts.get_object().items():
            font = ref.get_object()
            seen[(font.get("/BaseFont"), id(font))] = font
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                _fonts_in(xobject.get("/Resources"), seen)


def font_problems(path) -> list[str]:
    """Fonts used on any page that are not embedded TrueType (empty list: all embedded)."""
    reader = PdfReader(str(path))
    seen = {}
    for page in reader.pages:
        _fonts_in(page.get("/Resources"), seen)
    problems = []
    if not seen:
        problems.append("no fonts at all")
    for (base_font, _), font in seen.items():
        descendants = font.get("/DescendantFonts")
        if descendants is not None:
            font = descendants.get_object()[0].get_object()
        descriptor = font.get("/FontDescriptor")
        base = str(base_font).lstrip("/").split("+")[-1]
        if base in STANDARD_FONTS or descriptor is None:
            problems.append(f"{base_font}: not embedded")
            continue
        if "/FontFile2" not in descriptor.get_object():
            problems.append(f"{base_font}: no /FontFile2")
    return problems


def page_numbers_ok(pdf: ReadPdf) -> bool:
    """Every page says «Side i av N» with the right i and N."""
    total = len(pdf.pages)
    return all(f"Side {i} av {total}" in text for i, text in enumerate(pdf.pages, start=1))


# Marks pdftotext puts round right-to-left lines and runs; not part of the text itself.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdftotext(path) -> str:
    """The text poppler's pdftotext reads from the PDF (what a viewer copies and searches),
    without direction marks and with whitespace made single spaces; a skip that says why when
    pdftotext is not installed."""
    import pytest

    program = shutil.which("pdftotext")
    if program is None:
        reason = ("pdftotext is not installed (apt-get install poppler-utils; scripts/test "
                  "installs it when run as root on Debian)")
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    result = subprocess.run([program, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                            check=True, timeout=60)
    return re.sub(r"\s+", " ", _DIRECTION_MARKS.sub("", result.stdout.decode("utf-8")))
