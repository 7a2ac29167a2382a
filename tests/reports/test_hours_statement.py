"""Timeattest: hours per activity, the confirmation the team signs, and the signature lines."""
import datetime

from samvirke_desktop.domain.people.volunteer_hours import volunteer_hours_statement
from samvirke_desktop.reports.hours_statement import write_hours_statement
from tests.reports.conftest import set_team
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf

PERIOD = (datetime.date(2026, 1, 1), datetime.date(2026, 6, 30))


def test_hours_statement_text_and_numbers(homework, tmp_path):
    ingrid = homework["volunteers"][0]
    ingrid.first_name, ingrid.last_name = "Łukasz", "Wójcik"
    ingrid.save()
    path = write_hours_statement(tmp_path / "attest.pdf", ingrid.id, *PERIOD)
    pdf = read_pdf(path)
    data = volunteer_hours_statement(ingrid.id, *PERIOD)
    text = pdf.text
    assert "Timeattest for Łukasz Wójcik" in text
    assert "Leksehjelp Kvartal 5 Leksehjelp 02.06.2026–18.06.2026 5 10" in text
    assert f"Sum {data.total_sessions} 10" in text
    assert ("Bo- og nærmiljøteamet Sagene, Bydel Sagene bekrefter at Łukasz Wójcik har bidratt "
            "som frivillig i perioden 1. januar 2026 til 30. juni 2026, med til sammen 10 timer "
            "fordelt på 5 samlinger i 1 aktivitet.") in text
    for label in ("Navn (blokkbokstaver)", "Dato", "Signatur", "For teamet:"):
        assert label in text
    assert page_numbers_ok(pdf) and pdf.language == "nb-NO" and font_problems(path) == []
    assert pdf.metadata.title == "Timeattest – Łukasz Wójcik, 01.01.2026–30.06.2026"


def test_statement_with_decimal_hours_and_without_team_name(homework, tmp_path):
    set_team(name="", bydel="")
    ola = homework["volunteers"][1]
    pdf = read_pdf(write_hours_statement(tmp_path / "ola.pdf", ola.id, *PERIOD))
    assert "Samvirke bekrefter at Ola Nordmann" in pdf.text
    assert "3,75 timer fordelt på 2 samlinger" in pdf.text
    assert pdf.metadata.author == "Samvirke"


def test_period_without_hours_says_so(homework, tmp_path):
    ola = homework["volunteers"][1]
    pdf = read_pdf(write_hours_statement(tmp_path / "tom.pdf", ola.id,
                                         datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)))
    assert "Ingen registrerte timer for Ola Nordmann i perioden 01.01.2025–31.12.2025." in pdf.text
    assert "bekrefter" not in pdf.text
