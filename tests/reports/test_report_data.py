"""The figures the reports print, read straight from the database."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Enrolment,
    Resident,
    Session,
    Site,
    Volunteer,
)
from samvirke_desktop.domain.activities.attendance_matrix import attendance_report_data
from samvirke_desktop.domain.activities.calendar_poster import month_calendar
from samvirke_desktop.domain.activities.sign_in_sheet import sign_in_sheet_data
from samvirke_desktop.domain.people.volunteer_hours import volunteer_hours_statement
from samvirke_desktop.domain.team.team_settings import team_identity
from samvirke_desktop.errors import RecordGone, ValidationError

JUNE = (datetime.date(2026, 6, 1), datetime.date(2026, 6, 30))


def test_attendance_data_counts_held_sessions_people_and_head_counts(homework):
    data = attendance_report_data(homework["activity"].id, *JUNE)
    assert len(data.sessions) == 6 and data.cancelled_count == 1
    first = data.sessions[0]
    assert (first.children, first.adults, first.head_count, first.total) == (4, 1, 5, 10)
    totals = {p.listed_name: p.total for p in data.participants}
    assert totals == {"Cabdi, Ayaan Maxamed": 1, "Hassan, Amina": 1, "Hoa, Nguyễn Thị": 3,
                      "Wójcik, Łukasz": 5, "Yılmaz, Şükrü": 2, "Østbø, Åse": 0}
    assert list(totals)[0] == "Cabdi, Ayaan Maxamed" and list(totals)[-1] == "Østbø, Åse"
    assert data.attendances == 12 and data.unique_participants == 5
    assert data.head_count_total == 9
    # The cancelled session's hours do not count.
    assert [(v.name, v.sessions, v.hours) for v in data.volunteers] == [
        ("Ingrid Bakke", 5, Decimal("10.00")), ("Ola Nordmann", 2, Decimal("3.75"))]
    assert sum(data.present_at(s.session_id) for s in data.held_sessions) == data.attendances


def test_attendance_data_for_an_empty_period_or_a_missing_activity(homework):
    data = attendance_report_data(homework["activity"].id, datetime.date(2026, 1, 1),
                                  datetime.date(2026, 1, 31))
    assert data.sessions == [] and data.volunteers == []
    # Enrolled people are still listed, with nothing attended.
    assert all(p.total == 0 for p in data.participants)
    with pytest.raises(RecordGone):
        attendance_report_data(9999, *JUNE)
    with pytest.raises(ValidationError):
        attendance_report_data(homework["activity"].id, JUNE[1], JUNE[0])


def test_hours_statement_per_activity(homework):
    ola = homework["volunteers"][1]
    other = Activity.create(name="Dugnad i gården", kind="dugnad")
    session = Session.create(activity=other, date=datetime.date(2026, 5, 9))
    from samvirke_desktop.db.models import VolunteerPresence
    VolunteerPresence.create(session=session, volunteer=ola, hours=Decimal("4.5"))
    statement = volunteer_hours_statement(ola.id, datetime.date(2026, 1, 1),
                                          datetime.date(2026, 6, 30))
    assert [(a.activity_name, a.sessions, a.hours) for a in statement.activities] == [
        ("Dugnad i gården", 1, Decimal("4.50")), ("Leksehjelp Kvartal 5", 2, Decimal("3.75"))]
    assert statement.total_hours == Decimal("8.25") and statement.total_sessions == 3
    assert statement.activities[1].first_date == datetime.date(2026, 6, 2)
    empty = volunteer_hours_statement(ola.id, datetime.date(2025, 1, 1),
                                      datetime.date(2025, 12, 31))
    assert empty.activities == [] and empty.total_hours == Decimal("0.00")
    with pytest.raises(RecordGone):
        volunteer_hours_statement(9999, *JUNE)


def test_sign_in_sheet_lists_current_people_and_planned_sessions(homework):
    activity = homework["activity"]
    gone = Resident.create(first_name="Arkivert", last_name="Person", archived=True)
    Enrolment.create(activity=activity, resident=gone)
    left = Resident.create(first_name="Sluttet", last_name="Før")
    Enrolment.create(activity=activity, resident=left, end_date=datetime.date(2026, 5, 31))
    former = Volunteer.create(first_name="Tidligere", last_name="Frivillig",
                              end_date=datetime.date(2026, 3, 1))
    ActivityVolunteer.create(activity=activity, volunteer=former)
    data = sign_in_sheet_data(activity.id, 2026, 6)
    assert [s.date.day for s in data.sessions] == [2, 4, 11, 16, 18]  # the 9th was cancelled
    assert [p.listed_name for p in data.participants] == [
        "Cabdi, Ayaan Maxamed", "Hassan, Amina", "Hoa, Nguyễn Thị", "Wójcik, Łukasz",
        "Yılmaz, Şükrü", "Østbø, Åse"]
    assert [v.name for v in data.volunteers] == ["Ingrid Bakke", "Ola Nordmann"]


def test_month_calendar_weeks_holidays_and_cancelled_sessions(homework):
    cal = month_calendar(2026, 5)
    assert cal.entries == []
    assert cal.weeks[0].days[0].date == datetime.date(2026, 4, 27)  # a Monday
    assert [w.iso_week for w in cal.weeks] == [18, 19, 20, 21, 22]
    may17 = [d for w in cal.weeks for d in w.days if d.date == datetime.date(2026, 5, 17)][0]
    assert may17.holiday == "Grunnlovsdag"
    june = month_calendar(2026, 6)
    assert len(june.entries) == 5 and june.kinds == ["homework_help"]
    assert all(e.place == "Biblioteket" or e.place == "Klasserom 3" for e in june.entries)
    other_site = Site.create(name="Gamle Oslovei 2")
    assert month_calendar(2026, 6, site_id=other_site.id).entries == []
    assert len(month_calendar(2026, 6, site_id=homework["site"].id).entries) == 5
    # Weeks spanning a year end keep ISO numbering (week 53 of 2026).
    assert month_calendar(2026, 12).weeks[-1].iso_week == 53


def test_team_identity_reads_json_settings_and_survives_bad_values(homework):
    from samvirke_desktop.db.models import Setting
    team = team_identity()
    assert team.display_name == "Bo- og nærmiljøteamet Sagene, Bydel Sagene"
    assert team.logo_path is None
    Setting.replace(key="team.name", value="{not json").execute()
    assert team_identity().name == ""
