"""Attendance sheets (names × dates with marks) into the sessions of one activity."""
import datetime

import pytest

from samvirke_desktop.db.models import (
    DB,
    Activity,
    ActivityLeader,
    AppUser,
    Attendance,
    ChangeLog,
    Enrolment,
    Resident,
    Session,
)
from samvirke_desktop.domain.spreadsheets.attendance_import import (
    preview_attendance_import,
    run_attendance_import,
    skipped_rows_table,
)
from samvirke_desktop.domain.spreadsheets.mapping import MappingError
from samvirke_desktop.domain.spreadsheets.people_import import ERROR, OK, WARNING, ImportFailed
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied, SamvirkeError
from tests.domain.spreadsheet_files import write_csv, write_xlsx

D1, D2, D3 = datetime.date(2026, 6, 2), datetime.date(2026, 6, 4), datetime.date(2026, 6, 5)


@pytest.fixture
def homework(database):
    activity = record_changes.create(Activity, name="Leksehjelp Sagene", kind="homework_help",
                                     place="Biblioteket")
    people = {}
    for first, last, year in [("Amina", "Hassan", 2015), ("Şükrü", "Yılmaz", 2012),
                              ("Ola", "Hansen", 2014), ("Ola", "Hansen", 2009),
                              ("Nguyễn Thị", "Hoa", 1980), ("Jonas", "Berg", 2013)]:
        people[(first, last, year)] = record_changes.create(Resident, first_name=first, last_name=last,
                                                            birth_year=year)
    record_changes.create(Enrolment, activity=activity.id,
                          resident=people[("Ola", "Hansen", 2014)].id, role="child")
    record_changes.create(Enrolment, activity=activity.id,
                          resident=people[("Jonas", "Berg", 2013)].id, role="child")
    s1 = record_changes.create(Session, activity=activity.id, date=D1,
                               start_time=datetime.time(17), end_time=datetime.time(19))
    s2 = record_changes.create(Session, activity=activity.id, date=D2, cancelled=True,
                               cancel_reason="Streik")
    return activity, people, s1, s2


def _sheet(tmp_path, rows, name="oppmote.xlsx"):
    return write_xlsx(tmp_path / name, rows)


def test_names_and_dates_become_attendance(homework, tmp_path):
    activity, people, s1, s2 = homework
    path = _sheet(tmp_path, [
        ["Navn", D1, "04.06.2026", "2026-06-05", "Sum"],
        ["Amina Hassan", "x", "X", "✓", 3],
        ["Sukru Yilmaz", 1, None, "✔", 2],            # folded name, any script
        ["Hassan, Amina", None, None, None, 0],        # last name first: the same person
        ["Ola Hansen", "X", None, "", 1],              # two Ola Hansens: the enrolled one
        ["Jonas", "x", None, None, 1],                 # first name of an enrolled child
        ["Nguyen Thi Hoa", "kom sent", None, "x", 1],
        ["Ukjent Person", "x", None, None, 1],
        ["Sum", 5, 1, 3, 9],
    ])
    preview = preview_attendance_import(activity.id, path)
    assert [(c.date, c.session_id, c.cancelled) for c in preview.columns] == [
        (D1, s1.id, False), (D2, s2.id, True), (D3, None, False)]
    by_name = {r.name: r for r in preview.rows}
    assert "Sum" not in by_name
    assert by_name["Sukru Yilmaz"].resident_name == "Şükrü Yılmaz"
    assert by_name["Hassan, Amina"].resident_id == people[("Amina", "Hassan", 2015)].id
    assert by_name["Hassan, Amina"].status == WARNING  # also on the first row
    assert by_name["Ola Hansen"].resident_id == people[("Ola", "Hansen", 2014)].id
    assert by_name["Jonas"].status == WARNING
    assert "tolket som Jonas Berg" in by_name["Jonas"].problems[0]
    assert by_name["Nguyen Thi Hoa"].status == WARNING
    assert "«kom sent» under 02.06.2026 er ikke et kjent merke" in \
        by_name["Nguyen Thi Hoa"].problems[0]
    assert by_name["Ukjent Person"].status == ERROR
    assert "fant ingen beboer som heter «Ukjent Person»" in by_name["Ukjent Person"].problems[0]
    assert any("02.06.2026" not in n and "05.06.2026" in n and "lagt til" in n
               for n in preview.notes)
    assert any("04.06.2026 er avlyst i Samvirke; merket i den kolonnen blir ikke registrert"
               in n for n in preview.notes)
    assert preview.marks_to_import == 7
    assert Attendance.select().count() == 0  # the preview writes nothing

    result = run_attendance_import(preview)
    assert result.registered == 7 and result.created_sessions == [D3]
    new_session = Session.get((Session.activity == activity.id) & (Session.date == D3))
    assert new_session.schedule_id is None and new_session.place == "Biblioteket"
    assert "oppmote.xlsx" in new_session.notes
    present = {(a.session.date, f"{a.resident.first_name} {a.resident.last_name}")
               for a in Attendance.select().where(Attendance.present == True)}
    assert present == {
        (D1, "Amina Hassan"), (D3, "Amina Hassan"), (D1, "Şükrü Yılmaz"), (D3, "Şükrü Yılmaz"),
        (D1, "Ola Hansen"), (D1, "Jonas Berg"), (D3, "Nguyễn Thị Hoa")}
    assert Attendance.select().where(Attendance.session == s2.id).count() == 0
    assert ChangeLog.get(ChangeLog.action == "import").summary == (
        "Importerte 7 oppmøter i «Leksehjelp Sagene» fra oppmote.xlsx")


def test_same_name_twice_needs_a_birth_year(homework, tmp_path):
    activity, people, _s1, _ = homework
    record_changes.create(Enrolment, activity=activity.id,
                          resident=people[("Ola", "Hansen", 2009)].id, role="child")
    path = _sheet(tmp_path, [["Navn", D1], ["Ola Hansen", "x"]])
    row = preview_attendance_import(activity.id, path).rows[0]
    assert row.status == ERROR and "flere beboere heter «Ola Hansen»" in row.problems[0]
    assert "fødselsår" in row.problems[0]
    path = _sheet(tmp_path, [["Fornavn", "Etternavn", "Født", D1],
                             ["Ola", "Hansen", 2009, "x"]], name="med-aar.xlsx")
    preview = preview_attendance_import(activity.id, path)
    assert preview.rows[0].resident_id == people[("Ola", "Hansen", 2009)].id
    assert preview.rows[0].status == OK


def test_sheet_without_a_name_header(homework, tmp_path):
    activity, _, _s1, _ = homework
    path = write_csv(tmp_path / "liste.csv", [["", "02.06.2026", "5.6.26"],
                                              ["Amina Hassan", "x", "1"]], encoding="cp1252")
    preview = preview_attendance_import(activity.id, path)
    assert [c.date for c in preview.columns] == [D1, D3]
    result = run_attendance_import(preview)
    assert result.registered == 2


def test_presence_already_registered_is_left_alone(homework, tmp_path):
    from samvirke_desktop.domain.activities import attendance

    activity, people, s1, _ = homework
    amina = people[("Amina", "Hassan", 2015)]
    attendance.set_present(s1.id, amina.id, True, role="adult")
    path = _sheet(tmp_path, [["Navn", D1], ["Amina Hassan", "x"], ["Ola Hansen", "x"]])
    result = run_attendance_import(preview_attendance_import(activity.id, path))
    assert (result.registered, result.already_registered) == (1, 1)
    assert Attendance.get(Attendance.resident == amina.id).role == "adult"


def test_attendance_import_is_all_or_nothing(homework, tmp_path):
    activity, _, _s1, _ = homework
    path = _sheet(tmp_path, [["Navn", D1, D3], ["Amina Hassan", "x", "x"],
                             ["Jonas Berg", "x", "x"]])
    preview = preview_attendance_import(activity.id, path)
    DB.execute_sql("CREATE TRIGGER refuse_jonas BEFORE INSERT ON attendance "
                   "WHEN NEW.resident_id = (SELECT id FROM resident WHERE first_name = 'Jonas') "
                   "BEGIN SELECT RAISE(ABORT, 'nei'); END")
    with pytest.raises(ImportFailed, match="rad 3 \\(Jonas Berg\\)"):
        run_attendance_import(preview)
    assert Attendance.select().count() == 0
    assert Session.select().where(Session.date == D3).count() == 0  # the new session too
    DB.execute_sql("DROP TRIGGER refuse_jonas")
    result = run_attendance_import(preview)  # the same preview works after the rollback
    assert result.registered == 4 and result.created_sessions == [D3]


def test_two_columns_for_one_day_use_that_days_sessions_in_order(homework, tmp_path):
    activity, _people, s1, _ = homework
    evening = record_changes.create(Session, activity=activity.id, date=D1,
                                    start_time=datetime.time(19, 30))
    path = _sheet(tmp_path, [["Navn", D1, D1, D1], ["Amina Hassan", "x", None, "x"]])
    preview = preview_attendance_import(activity.id, path)
    assert [c.session_id for c in preview.columns] == [s1.id, evening.id, None]
    result = run_attendance_import(preview)
    assert result.registered == 2 and result.created_sessions == [D1]


def test_sheets_that_cannot_be_used(homework, tmp_path):
    activity, _, _, _ = homework
    with pytest.raises(MappingError, match="ingen kolonner med dato"):
        preview_attendance_import(activity.id, _sheet(tmp_path, [["Navn", "Født"], ["A", 1]]))
    path = _sheet(tmp_path, [["Navn", "5.6", D1], ["Amina Hassan", "x", "x"]], name="u.xlsx")
    preview = preview_attendance_import(activity.id, path)
    assert any("«5.6»" in n and "uten årstall" in n for n in preview.notes)
    hub = record_changes.create(Activity, name="Fredagstreff", kind="hub", head_count_only=True)
    with pytest.raises(SamvirkeError, match="teller bare antall"):
        preview_attendance_import(hub.id, path)


def test_skipped_rows_keep_their_cells_and_reason(homework, tmp_path):
    activity, _, _, _ = homework
    path = _sheet(tmp_path, [["Navn", D1], ["Ukjent Person", "x"], ["Amina Hassan", "x"]])
    headers, rows = skipped_rows_table(preview_attendance_import(activity.id, path))
    assert headers == ["Rad i filen", "Navn", D1, "Hvorfor hoppet over"]
    assert rows[0][:3] == [2, "Ukjent Person", "x"]
    assert "fant ingen beboer" in rows[0][3]


def test_activity_leaders_import_only_for_their_own_activities(homework, tmp_path):
    activity, _, _, _ = homework
    other = record_changes.create(Activity, name="Dugnad", kind="dugnad")
    leader = AppUser.create(username="leder", role="activity_leader")
    ActivityLeader.create(activity=activity.id, user=leader.id)
    actor.set_current(actor.Actor(username="leder", role="activity_leader", user_id=leader.id))
    path = _sheet(tmp_path, [["Navn", D1], ["Amina Hassan", "x"]])
    assert run_attendance_import(preview_attendance_import(activity.id, path)).registered == 1
    with pytest.raises(PermissionDenied):
        preview_attendance_import(other.id, path)
    actor.set_current(actor.Actor(username="siri", role="grant_writer"))
    with pytest.raises(PermissionDenied):
        preview_attendance_import(activity.id, path)
    assert Resident.select().count() == 6
