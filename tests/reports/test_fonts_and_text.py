"""The shipped fonts draw every name the teams meet, and periods/names read the Norwegian way."""
import datetime
import re

import pytest

from samvirke_desktop import paths
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.person_names import listed_name, name_sort_key
from samvirke_desktop.domain.report_periods import (
    month_bounds,
    parse_date,
    parse_month,
    period_text,
)
from samvirke_desktop.errors import ValidationError
from samvirke_desktop.reports import fonts

NAMES = "Łukasz Wójcik Nguyễn Thị Hoa Şükrü Yılmaz Ayaan Maxamed Cabdi æøå ÆØÅ «»–…"


def test_font_files_and_licences_are_shipped():
    for filename in fonts.FILES.values():
        assert paths.resource("fonts", filename).stat().st_size > 100_000
    assert "SIL Open Font License" in paths.resource("fonts", "OFL-NotoSans.txt").read_text()
    assert "Bitstream" in paths.resource("fonts", "LICENSE-DejaVu.txt").read_text()


@pytest.mark.parametrize("font", [fonts.TEXT, fonts.BOLD, fonts.ITALIC])
def test_text_fonts_have_every_letter_of_the_names(font):
    assert fonts.missing_glyphs(font, NAMES) == set()


def test_check_mark_and_tick_box_come_from_the_symbol_font():
    assert fonts.missing_glyphs(fonts.TEXT, "✓") == {"✓"}
    assert fonts.missing_glyphs(fonts.SYMBOLS, "✓☐") == set()
    marked = fonts.with_fallback("Til stede ✓")
    assert marked == f'Til stede <font name="{fonts.SYMBOLS}">✓</font>'
    assert fonts.with_fallback("Şükrü") == "Şükrü"


def test_geez_letters_come_from_the_ethiopic_font_in_one_run():
    assert fonts.missing_glyphs(fonts.TEXT, "ተስፋይ") == set("ተስፋይ")
    assert fonts.missing_glyphs(fonts.ETHIOPIC, "ተስፋይ ሰላም") == set()
    assert (fonts.with_fallback("Amanuel ተስፋይ ✓")
            == f'Amanuel <font name="{fonts.ETHIOPIC}">ተስፋይ</font> '
               f'<font name="{fonts.SYMBOLS}">✓</font>')


PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def test_arabic_is_joined_and_put_in_drawing_order():
    # فاطمة: ف initial, ا final, ط initial, م medial, ة final; drawn from the right.
    assert fonts.visual_order("فاطمة") == "\ufe94\ufee4\ufec3\ufe8e\ufed3"
    assert fonts.visual_order("Łukasz Wójcik") == "Łukasz Wójcik"
    assert fonts.visual_order("ተስፋይ") == "ተስፋይ"
    # A Latin name with an Arabic one keeps its own place; the Arabic part reads from the right.
    assert fonts.visual_order("Amina فاطمة").startswith("Amina ")
    assert fonts.missing_glyphs(fonts.SYMBOLS, fonts.visual_order("الزهراء, فاطمة")) == set()


def test_lam_alef_is_one_ligature_with_a_silent_alef_and_allah_is_spelt_out():
    # سلام: the lam-alef ligature (final form), preceded by the silent alef drawn at its left
    # edge, so the text layer reads lam, alef.
    drawn = fonts.visual_order("سلام")
    assert drawn == "\ufee1" + fonts.SILENT_ALEF["\u0627"] + "\ufefc" + "\ufeb3"
    assert fonts.READS_AS[ord("\ufefc")] == ord("ل")
    assert fonts.READS_AS[ord(fonts.SILENT_ALEF["\u0627"])] == ord("ا")
    assert fonts.READS_AS[0xFE94] == ord("ة")
    # عبدالله: no word ligature for «الله» (the drawing font has none: it would print nothing).
    assert fonts.missing_glyphs(fonts.SYMBOLS, fonts.visual_order("عبدالله")) == set()
    fonts.register_fonts()
    from reportlab.pdfbase import pdfmetrics
    face = pdfmetrics.getFont(fonts.SYMBOLS).face
    assert all(face.charWidths[ord(silent)] == 0 for silent in fonts.SILENT_ALEF.values())


def _arabic_and_latin_report(homework, tmp_path):
    from samvirke_desktop.db.models import Enrolment, Resident
    from samvirke_desktop.reports.attendance_report import write_attendance_report

    for first, last in (("فاطمة", "الزهراء"), ("سلام", "عبدالله"), ("Tor", "Hansen")):
        child = Resident.create(first_name=first, last_name=last, birth_year=2015)
        Enrolment.create(activity=homework["activity"], resident=child, role="child")
    return write_attendance_report(tmp_path / "oppmote.pdf", homework["activity"].id,
                                   datetime.date(2026, 6, 1), datetime.date(2026, 6, 30))


def test_an_arabic_name_reads_back_as_real_arabic(homework, tmp_path):
    """Drawn joined, but what a reader copies or searches for is the Arabic as typed."""
    from tests.reports.pdf_checks import font_problems, read_pdf

    path = _arabic_and_latin_report(homework, tmp_path)
    text = read_pdf(path).text
    for word in ("فاطمة", "الزهراء", "سلام", "عبدالله", "Hansen, Tor", "Wójcik, Łukasz"):
        assert word in text
    assert not PRESENTATION_FORMS.search(text)
    assert font_problems(path) == []


def test_pdftotext_reads_arabic_names_in_logical_order(homework, tmp_path):
    from tests.reports.pdf_checks import pdftotext

    text = pdftotext(_arabic_and_latin_report(homework, tmp_path))
    for word in ("فاطمة", "الزهراء", "سلام", "عبدالله", "Hansen, Tor", "Wójcik, Łukasz"):
        assert word in text
    assert not PRESENTATION_FORMS.search(text)
    # Each word in reading order, not the drawing order (right to left is drawn reversed).
    assert "ةمطاف" not in text and "ءارهزلا" not in text


def test_a_tigrinya_name_prints_in_the_attendance_report(homework, tmp_path):
    from samvirke_desktop.db.models import Enrolment, Resident
    from samvirke_desktop.reports.attendance_report import write_attendance_report
    from tests.reports.pdf_checks import font_problems, read_pdf

    child = Resident.create(first_name="Amanuel", last_name="ተስፋይ", birth_year=2015)
    Enrolment.create(activity=homework["activity"], resident=child, role="child")
    path = write_attendance_report(tmp_path / "oppmote.pdf", homework["activity"].id,
                                   datetime.date(2026, 6, 1), datetime.date(2026, 6, 30))
    assert "ተስፋይ, Amanuel" in read_pdf(path).text
    assert font_problems(path) == []


def test_names_sort_by_last_name_with_æøå_after_z():
    people = [("Ola", "Østbø"), ("Anne", "Zahl"), ("Łukasz", "Wójcik"), ("Per", "Ærø"),
              ("Bo", "Åberg"), ("Şükrü", "Yılmaz"), ("Ayaan Maxamed", "Cabdi")]
    ordered = [listed_name(*p) for p in sorted(people, key=lambda p: name_sort_key(*p))]
    assert ordered == ["Cabdi, Ayaan Maxamed", "Wójcik, Łukasz", "Yılmaz, Şükrü", "Zahl, Anne",
                       "Ærø, Per", "Østbø, Ola", "Åberg, Bo"]


def test_dates_months_and_hours_are_read_and_written_the_norwegian_way():
    assert parse_date("2026-01-05") == parse_date("05.01.2026") == datetime.date(2026, 1, 5)
    with pytest.raises(ValidationError, match="ikke en dato"):
        parse_date("5/1/2026")
    with pytest.raises(ValidationError, match="finnes ikke"):
        parse_date("31.02.2026")
    assert parse_month("2026-06") == (2026, 6)
    with pytest.raises(ValidationError):
        parse_month("2026-13")
    assert month_bounds(2028, 2) == (datetime.date(2028, 2, 1), datetime.date(2028, 2, 29))
    assert period_text(*month_bounds(2026, 1)) == "01.01.2026–31.01.2026"
    from decimal import Decimal
    assert [format_hours(Decimal(v)) for v in ("2.00", "2.50", "0.75", "1234.25")] == \
        ["2", "2,5", "0,75", "1\u00a0234,25"]


def test_the_page_header_draws_names_in_any_script(tmp_path):
    """The header is drawn on the canvas (no paragraph markup): a volunteer's name in Ge'ez or
    Arabic letters still gets a font that has them."""
    from pypdf import PdfReader
    from reportlab.lib.colors import black
    from reportlab.pdfgen.canvas import Canvas

    from samvirke_desktop.reports.document import _draw_fitted

    path = tmp_path / "topp.pdf"
    canvas = Canvas(str(path))
    fonts.register_fonts()
    width = _draw_fitted(canvas, "Timeattest – Amanuel ተስፋይ, فاطمة", fonts.TEXT, 9, 40, 800,
                         500, black)
    canvas.save()
    page = PdfReader(str(path)).pages[0]
    used = {str(f.get_object()["/BaseFont"]).split("+")[-1]
            for f in page["/Resources"]["/Font"].values()}
    assert {"NotoSans-Regular", "NotoSansEthiopic-Regular", "DejaVuSans"} <= used
    text = page.extract_text()
    assert "Amanuel ተስፋይ" in text and "فاطمة" in text
    assert not PRESENTATION_FORMS.search(text)
    assert 0 < width <= 500
