"""PDFs follow the program's language: the grant report, attendance report and sign-in sheet
in English, with English metadata, and bokmål unchanged when nothing is chosen."""
import datetime

import pytest

from samvirke_desktop import translation
from samvirke_desktop.db.models import Activity, Application, Session
from samvirke_desktop.reports.attendance_report import write_attendance_report
from samvirke_desktop.reports.grant_report import write_grant_report
from samvirke_desktop.reports.sign_in_sheet import write_sign_in_sheet
from tests.reports.pdf_checks import read_pdf

PRINTED = datetime.date(2026, 11, 22)


@pytest.fixture
def english():
    translation.set_language("en")
    yield
    translation.set_language("nb")


def _busiest_activity():
    session = (Session.select(Session.activity, Session.date).where(~Session.cancelled)
               .order_by(Session.date.desc()).first())
    return session.activity_id, session.date


def test_grant_report_in_english(demo, tmp_path, english):
    app = Application.select().where(Application.status == "granted").first()
    pdf = read_pdf(write_grant_report(tmp_path / "grant.pdf", app.id, printed_on=PRINTED))
    text = pdf.text
    for words in ("REPORT TO THE FUNDER", "Summary", "Unique participants", "Goals and achievement",
                  "Budget and accounts", "Volunteer work", "Page 1 of", "Printed 22.11.2026",
                  "Signature"):
        assert words in text, words
    for norwegian in ("Sammendrag", "Unike deltakere", "Side 1 av", "Budsjett og regnskap",
                      "Skrevet ut"):
        assert norwegian not in text, norwegian
    assert "NOK" in text
    assert pdf.language == "en-GB"
    assert str(pdf.metadata.title).startswith("Report to the funder")


def test_attendance_report_and_sign_in_sheet_in_english(demo, tmp_path, english):
    activity_id, day = _busiest_activity()
    first = day.replace(day=1)
    attendance = read_pdf(write_attendance_report(tmp_path / "a.pdf", activity_id, first, day,
                                                  printed_on=PRINTED))
    for words in ("Attendance report", "Sessions held", "Attendance per participant",
                  "Page 1 of"):
        assert words in attendance.text, words
    assert "Oppmøterapport" not in attendance.text
    weekday = day.strftime("%A")  # C locale: English weekday names
    assert weekday in attendance.text
    sheet = read_pdf(write_sign_in_sheet(tmp_path / "s.pdf", activity_id, day.year, day.month,
                                         printed_on=PRINTED))
    for words in ("Sign-in sheet", "Name", "New participants (name, birth year)",
                  "Volunteers (write hours)", day.strftime("%B")):
        assert words in sheet.text, words
    assert sheet.language == "en-GB"


def test_bokmal_stays_the_default(demo, tmp_path):
    activity = Activity.select().first()
    today = datetime.date(2026, 11, 1)
    pdf = read_pdf(write_sign_in_sheet(tmp_path / "s.pdf", activity.id, today.year, today.month,
                                       printed_on=PRINTED))
    assert "Oppmøteliste" in pdf.text and "Side 1 av" in pdf.text
    assert pdf.language == "nb-NO"
