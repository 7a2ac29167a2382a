"""Oppmøterapport: the PDF shows the same numbers as the domain data, in Norwegian."""
import datetime
import random
import re
from collections import Counter, defaultdict

from samvirke_desktop.db.models import (
    DB,
    Activity,
    Attendance,
    Enrolment,
    HeadCount,
    Household,
    Resident,
    Session,
)
from samvirke_desktop.domain.activities.attendance_matrix import attendance_report_data
from samvirke_desktop.domain.report_periods import month_text
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
    # The summary: attendances by month.
    assert "Oppmøte per måned" in pdf.pages[0]
    assert "juni 2026 5 0 0 1 12 5 9 2,4 I alt 5 0 0 1 12 5 9 2,4" in text
    # The matrix: ✓ marks, the month and year over the days, the month's sum and the total.
    assert "✓" in pdf.pages[-1] and "juni 2026" in pdf.pages[-1] and "I alt" in pdf.pages[-1]
    assert "Juni 2026 · samling 1–5 av 5 · deltaker 1–5 av 5" in pdf.pages[-1]
    assert "Registrerte i alt 5 3 2 1 1 12 12" in text
    assert "Sum denne siden" not in text          # one page: the totals say it all
    assert "Skrevet ut 22.11.2026" in pdf.pages[0]
    assert page_numbers_ok(pdf) and "Side 1 av 2" in pdf.pages[0]
    assert pdf.metadata.title == "Oppmøterapport – Leksehjelp Kvartal 5, 01.06.2026–30.06.2026"
    assert pdf.metadata.author == "Bo- og nærmiljøteamet Sagene, Bydel Sagene"
    assert pdf.language == "nb-NO"
    assert pdf.outline_titles()[:5] == ["Oppmøterapport: Leksehjelp Kvartal 5", "Sammendrag",
                                        "Oppmøte per måned", "Samlinger", "Frivillige"]
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


# --- the matrix at any size -----------------------------------------------------------

def _matrix_pages(pdf) -> list[int]:
    return [i for i, page in enumerate(pdf.pages) if "· deltaker " in page]


def _cells(page: str, label: str) -> list[int]:
    """The figures of the row that starts with ``label`` (pypdf reads each cell as a line)."""
    lines = page.splitlines()
    start = lines.index(label) + 1
    figures = []
    for line in lines[start:]:
        if not re.fullmatch(r"\s*\d[\d\s]*", line):
            break
        figures.append(int(re.sub(r"\s", "", line)))
    return figures


def _columns(data, page: str) -> list:
    """What each figure column of a matrix page is, from its heading «samling a–b av n»: a
    session, a month's sum (year, month) or the total."""
    first, last, count = map(int, re.search(r"samling (\d+)–(\d+) av (\d+)", page).groups())
    columns = []
    sessions = data.held_sessions[first - 1:last]
    for index, s in enumerate(sessions):
        columns.append(s)
        month = (s.date.year, s.date.month)
        if index == len(sessions) - 1 or (sessions[index + 1].date.year,
                                          sessions[index + 1].date.month) != month:
            columns.append(month)
    return columns + (["total"] if last == count else [])


def _summary_months(page: str) -> dict:
    """«Oppmøter med navn» per month from the summary page's table."""
    lines = page.splitlines()
    found = {}
    for index, line in enumerate(lines):
        match = re.fullmatch(r"(januar|februar|mars|april|mai|juni|juli|august|september|"
                             r"oktober|november|desember) (\d{4})", line.strip())
        if match:
            found[line.strip()] = int(re.sub(r"\s", "", lines[index + 5]))
    return found


def test_only_participants_with_attendance_get_a_row_by_default(homework, tmp_path):
    activity = homework["activity"].id
    pdf = read_pdf(write_attendance_report(tmp_path / "standard.pdf", activity, *JUNE,
                                           printed_on=PRINTED))
    matrix = pdf.pages[_matrix_pages(pdf)[0]]
    rows = [line for line in matrix.splitlines() if line.startswith("Østbø, Åse")]
    assert rows == []                              # Åse was enrolled but never came
    assert ("Påmeldt, men ikke registrert til stede i perioden (1): Østbø, Åse."
            in pdf.text)
    assert "deltaker 1–5 av 5" in matrix
    assert "Påmeldte uten oppmøte 1" in pdf.text
    # Asked for, everyone enrolled has a row, and nobody is listed apart.
    pdf = read_pdf(write_attendance_report(tmp_path / "alle.pdf", activity, *JUNE,
                                           printed_on=PRINTED, all_enrolled=True))
    matrix = pdf.pages[_matrix_pages(pdf)[0]]
    assert "Østbø, Åse" in matrix.splitlines()
    assert "Påmeldt, men ikke registrert" not in pdf.text
    assert "deltaker 1–6 av 6" in matrix


def test_participants_with_the_same_name_are_told_apart(homework, tmp_path):
    activity = homework["activity"]
    session = homework["held"][0]
    berg = Household.create(name="Familien Berg")
    berg_hansen = Household.create(name="Familien Berg-Hansen")
    people = [("Elif", "Ali", 2014, None), ("Elif", "Ali", 2016, None),
              ("Omar", "Berg", 2015, berg), ("Omar", "Berg", 2015, berg_hansen),
              ("omar", "berg", 2012, None)]
    for first, last, born, household in people:
        child = Resident.create(first_name=first, last_name=last, birth_year=born,
                                household=household)
        Attendance.create(session=session, resident=child, role="child")
    data = attendance_report_data(activity.id, *JUNE, today=PRINTED)
    details = sorted(p.detail for p in data.participants if p.last_name.lower() in ("ali", "berg"))
    assert details == ["f. 2012", "f. 2014", "f. 2015, Familien Berg",
                       "f. 2015, Familien Berg-Hansen", "f. 2016"]
    assert all(p.detail == "" for p in data.participants
               if p.last_name.lower() not in ("ali", "berg"))
    pdf = read_pdf(write_attendance_report(tmp_path / "navn.pdf", activity.id, *JUNE,
                                           printed_on=PRINTED))
    matrix = re.sub(r"\s+", " ", pdf.pages[_matrix_pages(pdf)[0]])
    for shown in ("Ali, Elif (f. 2014)", "Ali, Elif (f. 2016)",
                  "Berg, Omar (f. 2015, Familien Berg)",
                  "Berg, Omar (f. 2015, Familien Berg-Hansen)", "berg, omar (f. 2012)"):
        assert shown in matrix, shown
    assert "Wójcik, Łukasz (" not in matrix


def _bulk_group(participants=300, sessions=80, never=12, seed=18):
    """An activity with ``participants`` children who came at least once and ``never``
    enrolled who did not, over ``sessions`` sessions on Tuesdays and Thursdays of 2026, written
    in bulk inserts (the point here is the report, not the writing)."""
    rnd = random.Random(seed)
    firsts = ["Amina", "Ola", "Elif", "Mohammed", "Sofie", "Yusuf", "Noor", "Hanne-Marie",
              "Łukasz", "Nguyễn Thị", "Şükrü", "Ayaan Maxamed"]
    lasts = ["Hansen", "Østbø", "Ali", "Berg", "Warsame", "Wójcik", "Hoa", "Yılmaz", "Cabdi"]

    def insert(model, rows):
        for start in range(0, len(rows), 400):
            model.insert_many(rows[start:start + 400]).execute()

    with DB.atomic():
        activity = Activity.create(name="Leksehjelp 300", kind="homework_help")
        insert(Household, [{"name": f"Husstand {i}"} for i in range(120)])
        households = [h for (h,) in Household.select(Household.id).tuples()]
        insert(Resident, [{"first_name": rnd.choice(firsts), "last_name": rnd.choice(lasts),
                           "birth_year": rnd.randint(2010, 2018),
                           "household": rnd.choice(households)}
                          for _ in range(participants + never)])
        people = [r for (r,) in Resident.select(Resident.id).order_by(Resident.id).tuples()]
        insert(Enrolment, [{"activity": activity.id, "resident": r, "role": "child"}
                           for r in people])
        days, day = [], datetime.date(2026, 1, 6)
        while len(days) < sessions:
            if day.isoweekday() in (2, 4):
                days.append(day)
            day += datetime.timedelta(days=1)
        insert(Session, [{"activity": activity.id, "date": d, "start_time": datetime.time(17),
                          "end_time": datetime.time(19)} for d in days])
        held = [s for (s,) in Session.select(Session.id).where(Session.activity == activity)
                .order_by(Session.date).tuples()]
        came = people[:participants]
        present = {(s, r) for s in held for r in came if rnd.random() < 0.3}
        present |= {(rnd.choice(held), r) for r in came}     # everyone at least once
        insert(Attendance, [{"session": s, "resident": r, "role": "child"}
                            for s, r in sorted(present)])
        insert(HeadCount, [{"session": s, "count": 2} for s in held[::5]])
    return activity.id, days[0], days[-1]


def test_300_participants_by_80_sessions_in_at_most_60_pages(database, tmp_path):
    activity, first, last = _bulk_group()
    path = write_attendance_report(tmp_path / "stor.pdf", activity, first, last,
                                   printed_on=datetime.date(2026, 12, 1))
    pdf = read_pdf(path)
    data = attendance_report_data(activity, first, last, today=datetime.date(2026, 12, 1))
    assert (len(data.present_participants), len(data.held_sessions)) == (300, 80)
    assert len(pdf.pages) <= 60, len(pdf.pages)
    assert page_numbers_ok(pdf) and font_problems(path) == []

    # A summary page first: the key figures and the months, not yet the matrix.
    summary = pdf.pages[0]
    assert "Samlinger holdt" in summary and "Oppmøte per måned" in summary
    assert "✓" not in summary and "Samlinger" not in summary.splitlines()
    matrix_pages = _matrix_pages(pdf)
    assert all(pdf.page_size(i)[0] > pdf.page_size(i)[1] for i in matrix_pages)

    # The year in every date: each page of the matrix names the month and year over its
    # days, and no date is printed without its year.
    for i in matrix_pages:
        page = pdf.pages[i]
        months = {(s.date.year, s.date.month) for s in _columns(data, page)
                  if not isinstance(s, (tuple, str))}
        for year, month in months:
            assert month_text(year, month) in page, (i, month)
        assert not re.search(r"\b\d\d\.\d\d\b(?!\.\d{4})", page), i

    # The name column and the header on every page; every name once in each block of months.
    blocks = {re.search(r"samling \d+–\d+", pdf.pages[i]).group() for i in matrix_pages}
    assert len(blocks) >= 2
    shown = Counter()
    for i in matrix_pages:
        page = re.sub(r"\s+", " ", pdf.pages[i])
        assert page.count("Deltaker") == 1 and "Sum" in page.split()
        for line in pdf.pages[i].splitlines():
            shown[re.sub(r"\s+", " ", line).strip()] += 1
    for person in data.present_participants:
        assert shown[person.shown_name] == len(blocks), person.shown_name
    # Participants listed with the same name (in the matrix or among those who never came)
    # are told apart by a detail; the others have none.
    names = Counter(p.listed_name.casefold() for p in data.participants)
    assert any(n > 1 for n in names.values())
    assert len({p.shown_name for p in data.participants}) == len(data.participants)
    for person in data.participants:
        assert bool(person.detail) == (names[person.listed_name.casefold()] > 1)

    # Only participants with attendance: the twelve who never came are named in one
    # paragraph, not given empty rows.
    assert len(data.never_present) == 12
    assert "Påmeldt, men ikke registrert til stede i perioden (12):" in pdf.text
    for person in data.never_present:
        assert shown[person.shown_name] == 0

    # Page sums add up to each block's totals, the months' sums to the summary's months,
    # and the grand total to the summary's figure.
    summed, totals = defaultdict(Counter), {}
    for i in matrix_pages:
        page = pdf.pages[i]
        block = re.search(r"samling \d+–\d+", page).group()
        columns = _columns(data, page)
        page_sum = _cells(page, "Sum denne siden")
        assert len(page_sum) == len(columns), i
        for column, value in zip(columns, page_sum):
            summed[block][columns.index(column)] += value
        if "Registrerte i alt" in page.splitlines():
            totals[block] = (columns, _cells(page, "Registrerte i alt"))
    assert set(totals) == blocks
    by_month = {}
    for block, (columns, figures) in totals.items():
        assert [summed[block][k] for k in range(len(columns))] == figures, block
        for column, value in zip(columns, figures):
            if isinstance(column, tuple):
                by_month[month_text(*column)] = value
            elif column == "total":
                assert value == data.attendances
            else:
                assert value == data.present_at(column.session_id)
    assert by_month == _summary_months(summary)
    assert sum(by_month.values()) == data.attendances
    assert _cells(summary, "Oppmøter registrert med navn") == [data.attendances]


def test_the_anonymised_are_counted_in_one_line_without_names(homework, tmp_path):
    """Şükrü (2 sessions) and Ayaan (1) are anonymised: no row, no name, no «f. 2014»; one
    line «Anonymiserte» counts them per session, and every total stays as it was."""
    from samvirke_desktop.domain.privacy import erasure

    activity = homework["activity"].id
    before = attendance_report_data(activity, *JUNE, today=PRINTED)
    sukru, ayaan = homework["children"][2], homework["children"][3]
    erasure.anonymise_resident(sukru.id)
    pdf = read_pdf(write_attendance_report(tmp_path / "en.pdf", activity, *JUNE,
                                           printed_on=PRINTED))
    assert _cells(pdf.pages[_matrix_pages(pdf)[0]], "Anonymiserte") == [1, 1, 2, 2]
    assert ("1 deltaker er anonymisert og har ikke lenger navn: linjen «Anonymiserte» viser "
            "hvilke samlinger personen var på.") in re.sub(r"\s+", " ", pdf.text)
    erasure.anonymise_resident(ayaan.id)
    data = attendance_report_data(activity, *JUNE, today=PRINTED)
    held = [s.session_id for s in data.held_sessions]
    assert {p.resident_id for p in data.participants}.isdisjoint({sukru.id, ayaan.id})
    assert data.anonymised.people == 2 and data.anonymised.total == 3
    assert [data.anonymised.at(s) for s in held] == [2, 1, 0, 0, 0]
    assert (data.attendances, data.unique_participants) == (before.attendances,
                                                            before.unique_participants)
    assert [data.present_at(s) for s in held] == [before.present_at(s) for s in held]
    assert data.months == before.months

    pdf = read_pdf(write_attendance_report(tmp_path / "anonym.pdf", activity, *JUNE,
                                           printed_on=PRINTED))
    matrix = pdf.pages[_matrix_pages(pdf)[0]]
    for gone in ("Yılmaz", "Şükrü", "Cabdi", "Ayaan", "Anonymisert, ", "Anonymisert (",
                 "f. 2014"):
        assert gone not in pdf.text, gone
    assert "deltaker 1–3 av 3" in matrix
    assert _cells(matrix, "Anonymiserte") == [2, 1, 3, 3]   # two sessions, the month, in all
    assert ("2 deltakere er anonymisert og har ikke lenger navn: linjen «Anonymiserte» viser "
            "hvor mange av dem som var til stede på hver samling.") in re.sub(r"\s+", " ",
                                                                              pdf.text)
    # The totals as before the anonymisation.
    assert "Registrerte i alt 5 3 2 1 1 12 12" in pdf.text
    assert "Deltakere med oppmøte 5" in pdf.text
    assert "Oppmøter registrert med navn 12" in pdf.text


def test_a_matrix_of_only_anonymised_attendees_has_just_their_line(homework, tmp_path):
    from samvirke_desktop.domain.privacy import erasure

    for person in homework["children"][:4] + [homework["parent"]]:
        erasure.anonymise_resident(person.id)
    activity = homework["activity"].id
    data = attendance_report_data(activity, *JUNE, today=PRINTED)
    assert data.present_participants == [] and data.anonymised.people == 5
    path = write_attendance_report(tmp_path / "bare_anonyme.pdf", activity, *JUNE,
                                   printed_on=PRINTED)
    pdf = read_pdf(path)
    matrix = pdf.pages[-1]
    assert "Juni 2026 · samling 1–5 av 5" in matrix and "· deltaker" not in matrix
    assert _cells(matrix, "Anonymiserte") == [5, 3, 2, 1, 1, 12, 12]
    assert "Registrerte i alt 5 3 2 1 1 12 12" in pdf.text
    assert "Ingen deltakere er registrert med navn" not in pdf.text
    assert font_problems(path) == [] and page_numbers_ok(pdf)
