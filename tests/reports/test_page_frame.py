"""The page frame: team and logo in the header, outline pointing at the right pages."""
import datetime

from samvirke_desktop.reports.attendance_report import write_attendance_report
from samvirke_desktop.reports.hours_statement import write_hours_statement
from tests.reports.conftest import set_team
from tests.reports.pdf_checks import read_pdf

JUNE = (datetime.date(2026, 6, 1), datetime.date(2026, 6, 30))


def _logo(path):
    from PIL import Image as PILImage  # Pillow comes with ReportLab

    PILImage.new("RGB", (120, 60), (36, 59, 83)).save(path)
    return path


def test_logo_from_settings_is_drawn_and_a_broken_one_is_skipped(homework, tmp_path):
    set_team(logo=str(_logo(tmp_path / "logo.png")))
    pdf = read_pdf(write_attendance_report(tmp_path / "med-logo.pdf", homework["activity"].id,
                                           *JUNE))
    xobjects = pdf.reader.pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    assert "Bo- og nærmiljøteamet Sagene" in pdf.pages[0]

    set_team(logo=str(tmp_path / "borte.png"))
    pdf = read_pdf(write_attendance_report(tmp_path / "uten-logo.pdf", homework["activity"].id,
                                           *JUNE))
    assert "/XObject" not in pdf.reader.pages[0]["/Resources"]
    assert "Bydel Sagene" in pdf.pages[0]


def test_outline_entries_point_at_the_pages_of_their_sections(homework, tmp_path):
    pdf = read_pdf(write_attendance_report(tmp_path / "r.pdf", homework["activity"].id, *JUNE))
    pages = {item.title: pdf.reader.get_destination_page_number(item)
             for item in pdf.reader.outline if not isinstance(item, list)}
    assert pages["Sammendrag"] == 0
    assert pages["Oppmøte per deltaker"] == len(pdf.pages) - 1
    assert pdf.reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_long_titles_in_the_header_are_shortened_not_overlapping(homework, tmp_path):
    activity = homework["activity"]
    activity.name = "Leksehjelp og norsktrening for barn og foreldre i Kvartal 5 " * 3
    activity.save()
    pdf = read_pdf(write_attendance_report(tmp_path / "lang.pdf", activity.id, *JUNE))
    header = pdf.pages[0].splitlines()[:4]
    assert any(line.endswith("…") for line in header)


def test_printed_date_defaults_to_today(homework, tmp_path):
    ola = homework["volunteers"][1]
    pdf = read_pdf(write_hours_statement(tmp_path / "t.pdf", ola.id, *JUNE))
    assert f"Skrevet ut {datetime.date.today():%d.%m.%Y}" in pdf.text
