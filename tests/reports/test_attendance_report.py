"""Oppmøterapport: the PDF shows the same numbers as the domain data, in Norwegian."""
import datetime
import random
import re
import time

from samvirke_desktop.db.models import DB, Activity, Attendance, Enrolment, HeadCount, Resident, Session
from samvirke_desktop.domain.activities.attendance_matrix import attendance_report_data
from samvirke_desktop.reports.attendance_report import write_attendance_report
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf

JUNE = (datetime.date(2026, 6, 1), datetime.date(2026, 6, 30))
PRINTED = datetime.date(2026, 11, 22)


def test_attendance_report_text_numbers_and_metadata(homework, tmp_path):
    path = write_attendance_report(tmp_path / "oppmote.pdf", homework["activity"].id, *JUNE,
                                   printed_on=PRINTED)
    pdf = read_pdf(path)
    data = attendance_report_data(homework["activity"].id, *JUNE)
    text = pdf.text
    for name in ("Wójcik, Łukasz", "Hoa, Nguyễn Thị", "Yılmaz, Şükrü", "Cabdi, Ayaan Maxamed",
                 "Østbø, Åse", "Bakke, Ingrid"):
        assert name in text
    assert "02.06.2026 tirsdag 17:00–19:00" in text
    assert "Avlyst: Strømbrudd i biblioteket" in text
    assert "Gangetabellen & brøk <repetisjon>" in text and "Sted: Klasserom 3" in text
    assert f"Oppmøter registrert med navn {data.attendances}" in text
    assert "Frivillige timer 13,75" in text
    assert "Sum (2 frivillige) 7 13,75" in text
    held = data.held_sessions
    assert (f"Sum 5 samlinger holdt {sum(s.children for s in held)} "
            f"{sum(s.adults for s in held)} {data.head_count_total} 21") in text
    assert "Sum 5 samlinger holdt 11 1 9 21" in text
    # The matrix: ✓ marks, dd.mm headers and the per-participant total column.
    assert "✓" in pdf.pages[-1] and "02.06" in pdf.pages[-1] and "I alt" in pdf.pages[-1]
    assert "Registrerte 5 3 2 1 1 12" in text
    assert "Skrevet ut 22.11.2026" in pdf.pages[0]
    assert page_numbers_ok(pdf) and "Side 1 av 2" in pdf.pages[0]
    assert pdf.metadata.title == "Oppmøterapport – Leksehjelp Kvartal 5, 01.06.2026–30.06.2026"
    assert pdf.metadata.author == "Bo- og nærmiljøteamet Sagene, Bydel Sagene"
    assert pdf.language == "nb-NO"
    assert pdf.outline_titles()[:4] == ["Oppmøterapport: Leksehjelp Kvartal 5", "Sammendrag",
                                        "Samlinger", "Frivillige"]
    assert font_problems(path) == []
    # Portrait first, the matrix landscape.
    assert pdf.page_size(0)[0] < pdf.page_size(0)[1]
    assert pdf.page_size(-1)[0] > pdf.page_size(-1)[1]


def test_empty_period_says_so(homework, tmp_path):
    path = write_attendance_report(tmp_path / "tom.pdf", homework["activity"].id,
                                   datetime.date(2026, 1, 1), datetime.date(2026, 1, 31))
    pdf = read_pdf(path)
    assert "Ingen samlinger i perioden 01.01.2026–31.01.2026." in pdf.text
    assert len(pdf.pages) == 1 and font_problems(path) == []


def test_only_cancelled_sessions_and_head_count_only(database, tmp_path):
    hub = Activity.create(name="Fredagskafé", kind="hub", head_count_only=True)
    Session.create(activity=hub, date=datetime.date(2026, 3, 6), cancelled=True)
    pdf = read_pdf(write_attendance_report(tmp_path / "avlyst.pdf", hub.id,
                                           datetime.date(2026, 3, 1),
                                           datetime.date(2026, 3, 31)))
    assert "Ingen samlinger ble holdt i perioden" in pdf.text
    counted = Session.create(activity=hub, date=datetime.date(2026, 3, 13))
    pdf = read_pdf(write_attendance_report(tmp_path / "uregistrert.pdf", hub.id,
                                           datetime.date(2026, 3, 1),
                                           datetime.date(2026, 3, 31)))
    assert "Ingen samlinger ble holdt i perioden" in pdf.text   # nothing registered yet
    assert "1 samling i perioden har ikke registrert oppmøte" in pdf.text
    assert "13.03.2026" in pdf.text and "Oppmøte ikke registrert" in pdf.text
    HeadCount.create(session=counted, count=12)
    pdf = read_pdf(write_attendance_report(tmp_path / "telt.pdf", hub.id,
                                           datetime.date(2026, 3, 1),
                                           datetime.date(2026, 3, 31)))
    assert "Ingen deltakere er registrert med navn" in pdf.text
    assert "har ikke registrert oppmøte" not in pdf.text
    assert "Ingen frivillige er registrert" in pdf.text


def _big_group(participants=150, sessions=80, seed=7):
    rnd = random.Random(seed)
    activity = Activity.create(name="Leksehjelp Sagene skole", kind="homework_help")
    firsts = ["Amina", "Ola", "Hanne-Marie Kristine", "Mohammed", "Sofie", "Yusuf", "Noor"]
    lasts = ["Hansen", "Østbø", "Abdullahi Mohamed Warsame", "Berg", "Ali"]
    special = [("Łukasz", "Wójcik"), ("Nguyễn Thị", "Hoa"), ("Şükrü", "Yılmaz"),
               ("Ayaan Maxamed", "Cabdi")]
    with DB.atomic():
        people = []
        for i in range(participants):
            first, last = special[i] if i < 4 else (f"{rnd.choice(firsts)} {i}",
                                                    rnd.choice(lasts))
            people.append(Resident.create(first_name=first, last_name=last))
        Enrolment.insert_many([{"activity": activity.id, "resident": p.id}
                               for p in people]).execute()
        day, held = datetime.date(2026, 1, 6), []
        while len(held) < sessions:
            if day.isoweekday() in (2, 4):
                held.append(Session.create(activity=activity, date=day))
            day += datetime.timedelta(days=1)
        rows = [{"session": s.id, "resident": p.id, "role": "child"}
                for s in held for p in people if rnd.random() < 0.6]
        for start in range(0, len(rows), 400):
            Attendance.insert_many(rows[start:start + 400]).execute()
    return activity, people, held


def test_150_participants_by_80_sessions_paginate_both_ways_quickly(database, tmp_path):
    activity, people, held = _big_group()
    first, last = held[0].date, held[-1].date
    started = time.perf_counter()
    path = write_attendance_report(tmp_path / "stor.pdf", activity.id, first, last)
    seconds = time.perf_counter() - started
    print(f"150 × 80 attendance report: {seconds:.2f} s")
    assert seconds < 5  # about 0.6 s on the development machine; generous for shared CI
    pdf = read_pdf(path)
    data = attendance_report_data(activity.id, first, last)
    assert page_numbers_ok(pdf)
    matrix_pages = [i for i, t in enumerate(pdf.pages) if "✓" in t]
    # 80 dates do not fit one landscape width: four column groups, each over several pages.
    assert len(matrix_pages) >= 8
    assert all(pdf.page_size(i)[0] > pdf.page_size(i)[1] for i in matrix_pages)
    matrix_text = " ".join(pdf.pages[i] for i in matrix_pages)
    for group in ("Samling 1–20 av 80", "Samling 21–40 av 80", "Samling 61–80 av 80"):
        assert group in matrix_text
    flat = pdf.text
    for participant in data.participants:
        # Each name is printed once per column group, wrapped or not.
        printed = re.findall(re.escape(participant.listed_name) + r"(?!\d)", flat)
        assert len(printed) == 4, participant.listed_name
    for session in held:
        assert f"{session.date:%d.%m}" in matrix_text
    assert matrix_text.count("Deltaker") == len(matrix_pages)  # header row on every page
    assert "Registrerte" in pdf.pages[-1]
    assert font_problems(path) == []
