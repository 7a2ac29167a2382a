"""Exports: real cells in .xlsx, Excel-ready CSV with formula neutralising, role rules, the
change log, and round trips back through the import."""
import datetime
import json
import time
from decimal import Decimal

import openpyxl
import pytest

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import (
    DB,
    Activity,
    ActivityLeader,
    Application,
    AppUser,
    Attendance,
    ChangeLog,
    Funder,
    HeadCount,
    Resident,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.spreadsheets.attendance_import import (
    preview_attendance_import,
    run_attendance_import,
)
from samvirke_desktop.domain.spreadsheets.people_import import OK, preview_people_import, run_import
from samvirke_desktop.domain.spreadsheets.register_export import (
    custom_table,
    export_register,
    export_table,
    residents_table,
    sessions_table,
)
from samvirke_desktop.domain.spreadsheets.table_export import (
    ExportError,
    neutralise,
    write_csv,
    write_table,
    write_xlsx,
)
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied

TODAY = datetime.date(2026, 6, 1)

PEOPLE = [
    {"first_name": "Amina", "last_name": "Hassan", "birth_date": datetime.date(2015, 6, 5),
     "birth_year": 2015, "gender": "female", "phone": "912 34 567", "email": ""},
    {"first_name": "Şükrü", "last_name": "Yılmaz", "birth_date": None, "birth_year": 2012,
     "gender": "male", "phone": "+46 70 123 45 67", "email": "sukru@example.no"},
    {"first_name": "Nguyễn Thị", "last_name": "Hoa", "birth_date": datetime.date(1980, 1, 31),
     "birth_year": 1980, "gender": "female", "phone": "22 33 44 55", "email": "hoa@example.no"},
    {"first_name": "Łukasz", "last_name": "Wójcik", "birth_date": None, "birth_year": None,
     "gender": "unspecified", "phone": "", "email": ""},
    {"first_name": "Alex", "last_name": "Berg", "birth_date": datetime.date(2001, 12, 24),
     "birth_year": 2001, "gender": "other", "phone": "480 12 345", "email": "alex@example.no"},
    {"first_name": "=HYPERLINK(\"http://x\")", "last_name": "-Kvist", "birth_date": None,
     "birth_year": 2010, "gender": "male", "phone": "", "email": "kvist@example.no"},
    {"first_name": "@Ola", "last_name": "+Pluss", "birth_date": None, "birth_year": 1999,
     "gender": "male", "phone": "", "email": ""},
]
COMPARED = ("first_name", "last_name", "birth_date", "birth_year", "gender", "phone", "email")


def _people():
    return sorted(tuple(getattr(r, f) for f in COMPARED) for r in Resident.select())


@pytest.fixture
def registered(database):
    site = record_changes.create(Site, name="Kvartal 5")
    for person in PEOPLE:
        record_changes.create(Resident, site=site.id, **person)
    return site


# --- the file formats ----------------------------------------------------------------------

def test_csv_neutralises_formulas_and_is_what_norwegian_excel_expects(tmp_path):
    path = write_csv(tmp_path / "ut.csv", ["Navn", "Dato", "Beløp", "Antall", "Ja/nei"], [
        ["=SUM(A1:A9)", datetime.date(2026, 6, 5), Decimal("1234.50"), -3, True],
        ["+47 912 34 567", datetime.datetime(2026, 6, 5, 17, 30), 2.5, 0, False],
        ["-Kvist", None, None, None, None],
        ["@hei", "\tfane", "\rretur", "vanlig; med semikolon", "Sier \"hei\""],
    ])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == "Navn;Dato;Beløp;Antall;Ja/nei"
    assert lines[1] == "'=SUM(A1:A9);05.06.2026;1234,50;-3;Ja"
    assert lines[2] == "'+47 912 34 567;05.06.2026 17:30;2,5;0;Nei"
    assert lines[3] == "'-Kvist;;;;"
    assert lines[4] == "'@hei;'\tfane;\"'\rretur\";\"vanlig; med semikolon\";\"Sier \"\"hei\"\"\""


def test_neutralise():
    assert [neutralise(t) for t in ("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "Ola", "",
                                    "a=b")] == [
        "'=1+1", "'+1", "'-1", "'@A1", "'\t=1", "'\r=1", "Ola", "", "a=b"]


def test_xlsx_has_real_cells_bold_frozen_header_and_no_formulas(tmp_path):
    path = write_xlsx(tmp_path / "ut.xlsx", ["Navn", "Dato", "Tid", "Beløp", "Antall", "Aktiv"], [
        ["=SUM(A1:A9)", datetime.date(2026, 6, 5), datetime.time(17, 0), Decimal("1234.50"), 12,
         True],
        ["En ganske lang tekst som gjør kolonnen bred", None, None, None, None, False],
    ], title="Beboere: utvalg/juni")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Beboere utvalg juni"
    assert [c.value for c in sheet[1]] == ["Navn", "Dato", "Tid", "Beløp", "Antall", "Aktiv"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    formula = sheet["A2"]
    assert (formula.value, formula.data_type) == ("=SUM(A1:A9)", "s")
    assert sheet["B2"].is_date and sheet["B2"].number_format == "DD.MM.YYYY"
    assert sheet["B2"].value.date() == datetime.date(2026, 6, 5)
    assert sheet["C2"].number_format == "HH:MM"
    assert sheet["D2"].value == 1234.5 and sheet["D2"].data_type == "n"
    assert sheet["D2"].number_format == "#,##0.00"
    assert sheet["E2"].value == 12 and sheet["F2"].value == "Ja"
    assert sheet.column_dimensions["A"].width > 40
    assert 6 <= sheet.column_dimensions["E"].width < 12


def test_unknown_endings_and_missing_folders(tmp_path):
    with pytest.raises(ExportError, match=r"\.xlsx \(Excel\) eller \.csv"):
        write_table(tmp_path / "ut.pdf", ["A"], [[1]])
    with pytest.raises(ExportError, match="finnes ikke"):
        write_csv(tmp_path / "mangler" / "ut.csv", ["A"], [[1]])


# --- register exports and roles -----------------------------------------------------

def test_residents_export_is_logged_with_who_and_how_many(registered, tmp_path):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    table = export_register("residents", tmp_path / "beboere.xlsx")
    assert table.row_count == len(PEOPLE) == 7
    sheet = openpyxl.load_workbook(tmp_path / "beboere.xlsx").active
    assert [c.value for c in sheet[1]][:8] == ["Nr", "Fornavn", "Etternavn", "Fødselsdato",
                                               "Fødselsår", "Kjønn", "Telefon", "E-post"]
    assert sheet.max_row == 8
    entry = ChangeLog.get(ChangeLog.action == "export")
    assert (entry.username, entry.table_name) == ("kari", "resident")
    assert entry.summary == "Eksporterte 7 beboere til beboere.xlsx"
    assert json.loads(entry.changes)["rows"] == 7
    assert not list(tmp_path.glob("*ufullstendig*"))


def test_list_pages_export_exactly_the_rows_shown(registered, tmp_path):
    shown = [r.id for r in Resident.select().where(Resident.birth_year >= 2010)]
    table = residents_table(ids=shown, today=TODAY)
    assert sorted(r[0] for r in table.rows) == sorted(shown)
    assert {r[5] for r in table.rows} == {"Jente", "Gutt"}  # children: jente/gutt
    custom = custom_table("residents-list", "Beboere i utvalg", ["Navn", "Alder"],
                          [["Amina Hassan", 10]], personal=True, table="resident")
    export_table(custom, tmp_path / "utvalg.csv")
    assert ChangeLog.get(ChangeLog.action == "export").summary == (
        "Eksporterte 1 rader til utvalg.csv")


@pytest.mark.parametrize("role", ["grant_writer", "activity_leader"])
def test_roles_without_export_rights_get_no_file_and_no_log(registered, tmp_path, role):
    actor.set_current(actor.Actor(username="x", role=role))
    for kind in ("residents", "volunteers", "partners", "attendance"):
        with pytest.raises(PermissionDenied, match="eksportere personopplysninger"):
            export_register(kind, tmp_path / f"{kind}.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == []
    assert ChangeLog.select().where(ChangeLog.action == "export").count() == 0


def test_applications_need_the_right_to_see_applications(database, tmp_path):
    funder = record_changes.create(Funder, name="Bufdir")
    record_changes.create(Application, funder=funder.id, title="Leksehjelp 2026",
                          period_start=datetime.date(2026, 1, 1), period_end=datetime.date(2026, 12, 31),
                          status="partly_granted", amount_applied=Decimal(450000),
                          amount_granted=Decimal("312500.50"))
    actor.set_current(actor.Actor(username="siri", role="grant_writer"))
    table = export_register("applications", tmp_path / "soknader.xlsx")
    row = table.rows[0]
    assert row[1:3] == ["Leksehjelp 2026", "Bufdir"] and row[8] == "Delvis innvilget"
    assert row[9:11] == [Decimal("450000.00"), Decimal("312500.50")]
    sheet = openpyxl.load_workbook(tmp_path / "soknader.xlsx").active
    assert sheet["K2"].value == 312500.5 and sheet["G2"].is_date
    assert ChangeLog.select().where(ChangeLog.action == "export").count() == 0
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    with pytest.raises(PermissionDenied, match="søknadene"):
        export_register("applications", tmp_path / "soknader2.xlsx")


def test_sessions_with_counts_and_leaders_see_their_own(database, tmp_path):
    mine = record_changes.create(Activity, name="Leksehjelp", kind="homework_help")
    other = record_changes.create(Activity, name="Dugnad", kind="dugnad")
    day = datetime.date(2026, 6, 2)
    session = record_changes.create(Session, activity=mine.id, date=day, start_time=datetime.time(17),
                                    end_time=datetime.time(19), topic="Brøk")
    record_changes.create(Session, activity=other.id, date=day)
    for i in range(3):
        child = record_changes.create(Resident, first_name=f"Barn{i}", birth_year=2015)
        attendance.set_present(session.id, child.id, True)
    record_changes.create(HeadCount, session=session.id, count=4)
    helper = record_changes.create(Volunteer, first_name="Ingrid")
    record_changes.create(VolunteerPresence, session=session.id, volunteer=helper.id,
                          hours=Decimal("2.5"))
    table = sessions_table()
    assert len(table.rows) == 2
    row = next(r for r in table.rows if r[4] == "Leksehjelp")
    assert row == [day, "tirsdag", datetime.time(17), datetime.time(19), "Leksehjelp", "", "",
                   "Brøk", "Nei", "", 3, 4, 1, Decimal("2.50")]
    leader = AppUser.create(username="leder", role="activity_leader")
    ActivityLeader.create(activity=mine.id, user=leader.id)
    actor.set_current(actor.Actor(username="leder", role="activity_leader", user_id=leader.id))
    assert [r[4] for r in sessions_table().rows] == ["Leksehjelp"]
    export_register("sessions", tmp_path / "samlinger.csv")
    assert ChangeLog.select().where(ChangeLog.action == "export").count() == 0


# --- round trips ---------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_residents_round_trip_into_an_empty_database(registered, tmp_path, suffix):
    before = _people()
    path = tmp_path / f"beboere{suffix}"
    export_register("residents", path)
    connection.close_database()
    connection.open_database(tmp_path / "tom.db", create=True)
    preview = preview_people_import("residents", path, today=TODAY)
    assert [r.status for r in preview.rows] == [OK] * len(PEOPLE)
    run_import(preview)
    assert _people() == before
    assert {s.name for s in Site.select()} == {"Kvartal 5"}


def test_volunteers_round_trip(database, tmp_path):
    record_changes.create(Volunteer, first_name="Ingrid", last_name="Solberg", birth_year=1956,
                          phone="22 33 44 55", email="ingrid@example.no",
                          start_date=datetime.date(2025, 8, 25),
                          police_certificate_shown=datetime.date(2025, 8, 20),
                          police_certificate_checked_by="Kari", confidentiality_signed=None)
    fields = ("first_name", "last_name", "birth_year", "phone", "email", "start_date",
              "police_certificate_shown", "police_certificate_checked_by",
              "confidentiality_signed")
    before = [tuple(getattr(v, f) for f in fields) for v in Volunteer.select()]
    export_register("volunteers", tmp_path / "frivillige.xlsx")
    connection.close_database()
    connection.open_database(tmp_path / "tom.db", create=True)
    run_import(preview_people_import("volunteers", tmp_path / "frivillige.xlsx", today=TODAY))
    assert [tuple(getattr(v, f) for f in fields) for v in Volunteer.select()] == before


def test_attendance_matrix_round_trip(database, tmp_path):
    activity = record_changes.create(Activity, name="Leksehjelp", kind="homework_help")
    days = [datetime.date(2026, 6, d) for d in (2, 4, 9)]
    sessions = [record_changes.create(Session, activity=activity.id, date=d) for d in days]
    kids = [record_changes.create(Resident, first_name=n, last_name="Hansen", birth_year=2014)
            for n in ("Amina", "Jonas", "Şükrü")]
    for s, k in [(0, 0), (0, 1), (1, 0), (2, 2), (2, 1)]:
        attendance.set_present(sessions[s].id, kids[k].id, True)
    before = sorted(Attendance.select(Attendance.session, Attendance.resident).tuples())
    export_register("attendance", tmp_path / "oppmote.xlsx", activity_id=activity.id,
                    layout="matrix")
    sheet = openpyxl.load_workbook(tmp_path / "oppmote.xlsx").active
    assert sheet["D1"].is_date and sheet["D1"].value.date() == days[0]
    Attendance.delete().execute()
    result = run_attendance_import(preview_attendance_import(activity.id,
                                                             tmp_path / "oppmote.xlsx"))
    assert result.registered == 5 and result.created_sessions == []
    assert sorted(Attendance.select(Attendance.session, Attendance.resident).tuples()) == before


def test_twenty_thousand_residents_export_in_seconds(database, tmp_path):
    people = [{"first_name": f"Navn{i}", "last_name": f"Etternavn{i % 997}",
               "birth_date": datetime.date(1950 + i % 70, 1 + i % 12, 1 + i % 28),
               "birth_year": 1950 + i % 70, "gender": ("female", "male")[i % 2],
               "phone": f"9{i:07d}", "email": f"navn{i}@example.no", "language": "norsk"}
              for i in range(20_000)]
    with DB.atomic():
        for start in range(0, len(people), 1000):
            Resident.insert_many(people[start:start + 1000]).execute()
    started = time.perf_counter()
    table = export_register("residents", tmp_path / "alle.xlsx")
    elapsed = time.perf_counter() - started
    print(f"20 000 beboere eksportert til .xlsx på {elapsed:.2f} s")
    assert table.row_count == 20_000
    assert elapsed < 20  # a few seconds on a normal PC; generous for a busy test machine
    sheet = openpyxl.load_workbook(tmp_path / "alle.xlsx", read_only=True).active
    assert sum(1 for _ in sheet.iter_rows(values_only=True)) == 20_001
