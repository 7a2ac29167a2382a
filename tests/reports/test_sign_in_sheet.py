"""Oppmøteliste: names down, the month's session dates across, room for walk-ins."""
import datetime

from samvirke_desktop.db.models import Activity, Enrolment, Resident, Session
from samvirke_desktop.domain.activities.sign_in_sheet import WALK_IN_ROWS
from samvirke_desktop.reports import sign_in_sheet
from samvirke_desktop.reports.sign_in_sheet import write_sign_in_sheet
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf


def test_sign_in_sheet_for_a_month(homework, tmp_path):
    path = write_sign_in_sheet(tmp_path / "liste.pdf", homework["activity"].id, 2026, 6,
                               printed_on=datetime.date(2026, 5, 28))
    pdf = read_pdf(path)
    text = pdf.text
    order = [text.index(name) for name in ("Cabdi, Ayaan Maxamed", "Hassan, Amina",
                                           "Hoa, Nguyễn Thị", "Wójcik, Łukasz", "Yılmaz, Şükrü",
                                           "Østbø, Åse")]
    assert order == sorted(order)
    # Held dates across (the cancelled 9 June is not on the sheet).
    for label in ("tir 02.06", "tor 04.06", "tor 11.06", "tir 16.06", "tor 18.06"):
        assert label in text
    assert "09.06" not in text
    assert "Nye deltakere (navn, fødselsår)" in text and "Telt uten navn (antall)" in text
    assert text.index("Frivillige (skriv timer)") < text.index("Bakke, Ingrid")
    assert "Skrevet ut 28.05.2026" in text and page_numbers_ok(pdf)
    assert pdf.metadata.title == "Oppmøteliste – Leksehjelp Kvartal 5, juni 2026"
    assert pdf.language == "nb-NO" and font_problems(path) == []
    assert pdf.page_size(0)[0] < pdf.page_size(0)[1]  # five dates fit portrait


def test_sheet_rows_leave_room_for_walk_ins(homework):
    from samvirke_desktop.domain.activities.sign_in_sheet import sign_in_sheet_data

    data = sign_in_sheet_data(homework["activity"].id, 2026, 6)
    table = sign_in_sheet._sheet_table(data, data.sessions, 60 * 2.83, 15 * 2.83)
    people = len(data.participants) + len(data.volunteers)
    # header + people + walk-ins + head count + two section rows + spare volunteer rows
    assert len(table._cellvalues) == (1 + people + WALK_IN_ROWS + 1 + 2
                                      + sign_in_sheet.EXTRA_VOLUNTEER_ROWS)


def test_daily_activity_turns_landscape_and_splits_the_dates(database, tmp_path):
    club = Activity.create(name="Sommerklubb", kind="holiday_activity")
    for day in range(1, 32):
        Session.create(activity=club, date=datetime.date(2026, 7, day))
    for index in range(40):
        Enrolment.create(activity=club, resident=Resident.create(
            first_name=f"Deltaker {index:02d}", last_name="Ødegård"))
    pdf = read_pdf(write_sign_in_sheet(tmp_path / "juli.pdf", club.id, 2026, 7))
    assert all(pdf.page_size(i)[0] > pdf.page_size(i)[1] for i in range(len(pdf.pages)))
    assert "Samling 1–16 av 31" in pdf.text and "Samling 17–31 av 31" in pdf.text
    for day in range(1, 32):
        assert f"{day:02d}.07" in pdf.text
    assert pdf.text.count("Ødegård, Deltaker 00") == 2  # names repeated in each group
    assert page_numbers_ok(pdf)


def test_month_without_sessions_says_so(homework, tmp_path):
    pdf = read_pdf(write_sign_in_sheet(tmp_path / "juli.pdf", homework["activity"].id, 2026, 7))
    assert "Ingen samlinger i juli 2026 for Leksehjelp Kvartal 5." in pdf.text
