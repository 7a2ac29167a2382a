"""Each role is refused or allowed in the domain layer itself, whatever the screens show.

- administrator: everything
- koordinator: all registers, activities and applications; not users, backups, change log
- aktivitetsleder: sessions, attendance and participants of their own activities only
- søknadsskriver: applications, statistics and grant reports; no lists of named residents
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    ActivityApplication,
    ActivityLeader,
    ActivityVolunteer,
    Application,
    Attendance,
    Funder,
    Partner,
)
from samvirke_desktop.domain.activities import attendance, scheduling
from samvirke_desktop.domain.activities.activity_list import list_activities
from samvirke_desktop.domain.activities.attendance_matrix import attendance_report_data
from samvirke_desktop.domain.activities.calendar_poster import month_calendar
from samvirke_desktop.domain.activities.sign_in_sheet import sign_in_sheet_data
from samvirke_desktop.domain.grants import application_status, statistics
from samvirke_desktop.domain.grants.application_list import list_applications
from samvirke_desktop.domain.grants.deadlines import deadline_overview
from samvirke_desktop.domain.overview import list_sessions_between
from samvirke_desktop.domain.partners.partner_list import list_partners
from samvirke_desktop.domain.people.duplicates import find_duplicate_residents
from samvirke_desktop.domain.people.police_certificate import certificate_alerts
from samvirke_desktop.domain.people.resident_list import list_residents
from samvirke_desktop.domain.people.volunteer_hours import hours_by_volunteer, volunteer_hours_statement
from samvirke_desktop.domain.people.volunteer_list import list_volunteers
from samvirke_desktop.domain.privacy import access_request, backups, retention
from samvirke_desktop.domain.spreadsheets import register_export
from samvirke_desktop.domain.team import actor, change_log, team_settings, users
from samvirke_desktop.errors import PermissionDenied
from tests.domain import rule_records as make

DAY = datetime.date(2026, 9, 1)
AUTUMN = (datetime.date(2026, 8, 1), datetime.date(2026, 12, 31))


@dataclass
class Team:
    own: int              # the activity the leader runs
    other: int            # an activity the leader has nothing to do with
    own_session: int
    other_session: int
    amina: int            # enrolled in the own activity
    carl: int             # came to the own activity once, not enrolled
    bjorn: int            # only in the other activity
    vera: int             # volunteer on the own activity
    wenche: int           # volunteer on the other activity
    application: int
    roles: dict


@pytest.fixture
def team(database):
    own = make.activity("Leksehjelp")
    other = make.activity("Dugnad", kind="dugnad", with_children=False)
    own_session = make.session(own.id, DAY)
    other_session = make.session(other.id, DAY)
    amina = make.resident("Amina", birth_year=2016, gender="female")
    carl = make.resident("Carl", birth_year=2015, gender="male")
    bjorn = make.resident("Bjørn", birth_year=1980, gender="male")
    make.enrol(own.id, amina.id)
    make.enrol(other.id, bjorn.id, role="adult")
    attendance.set_present(own_session.id, carl.id, True, walk_in=True)
    vera = make.volunteer("Vera", "Lie")
    wenche = make.volunteer("Wenche", "Berg")
    ActivityVolunteer.create(activity=own, volunteer=vera)
    ActivityVolunteer.create(activity=other, volunteer=wenche)
    attendance.set_volunteer_hours(own_session.id, vera.id)
    Partner.create(name="NAV Sagene", kind="nav")
    funder = Funder.create(name="Bufdir", volunteer_hour_rate=Decimal(300))
    application = Application.create(funder=funder, title="Leksehjelp 2026",
                                     period_start=datetime.date(2026, 1, 1),
                                     period_end=datetime.date(2026, 12, 31),
                                     amount_applied=Decimal(100000))
    ActivityApplication.create(activity=own, application=application)

    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    roles = {"admin": users.log_in("anne", "passord-til-anne")}
    for username, role in (("kari", "coordinator"), ("ola", "activity_leader"),
                           ("siri", "grant_writer")):
        users.create_user(username, f"passord-til-{username}", role, username.capitalize())
    ola = users.log_in("ola", "passord-til-ola")
    actor.set_current(roles["admin"])
    ActivityLeader.create(activity=own, user=ola.user_id)
    for username in ("kari", "siri"):
        who = users.log_in(username, f"passord-til-{username}")
        roles[who.role] = who
    roles["activity_leader"] = ola
    actor.set_current(actor.COMMAND_LINE)
    return Team(own.id, other.id, own_session.id, other_session.id, amina.id, carl.id, bjorn.id,
                vera.id, wenche.id, application.id, roles)


def working_as(team: Team, role: str) -> actor.Actor:
    who = team.roles[role]
    actor.set_current(who)
    return who


def refused(call, *args, **kwargs) -> str:
    with pytest.raises(PermissionDenied) as info:
        call(*args, **kwargs)
    return info.value.message


# --- søknadsskriver -------------------------------------------------------------------

def test_grant_writer_gets_no_lists_of_named_people(team):
    working_as(team, "grant_writer")
    assert "navngitte personer" in refused(list_residents)
    refused(list_volunteers)
    refused(attendance.search_residents_for_walk_in, "amina")
    refused(attendance.checkin_roster, team.own_session)
    refused(attendance_report_data, team.own, *AUTUMN)
    refused(sign_in_sheet_data, team.own, 2026, 9)
    refused(hours_by_volunteer, team.own, *AUTUMN)
    refused(volunteer_hours_statement, team.vera, *AUTUMN)
    refused(register_export.residents_table)
    refused(certificate_alerts)
    refused(find_duplicate_residents, "Amina")
    refused(access_request.access_export, team.amina)


def test_grant_writer_works_with_applications_statistics_and_reports(team):
    working_as(team, "grant_writer")
    assert [a.title for a in list_applications()] == ["Leksehjelp 2026"]
    stats = statistics.grant_statistics(team.application)
    assert stats.participants.total == 1  # Carl came; Amina is only enrolled
    version = Application.get_by_id(team.application).version
    application_status.change_status(team.application, "sent", DAY, expected_version=version)
    assert [h.status for h in application_status.history(team.application)] == ["sent"]
    deadline_overview(DAY)
    assert {a.name for a in list_activities()} == {"Leksehjelp", "Dugnad"}
    assert month_calendar(2026, 9).weeks
    assert [p.name for p in list_partners()] == ["NAV Sagene"]
    summary = attendance.unique_participants(activity_ids=[team.own])
    assert summary.unique_participants == 1


def test_grant_writer_does_not_check_in_or_change_activities(team):
    working_as(team, "grant_writer")
    refused(attendance.set_present, team.own_session, team.amina, True)
    refused(attendance.set_head_count_total, team.own_session, 4)
    refused(scheduling.add_session, team.own, DAY)
    refused(attendance.quick_create_child, "Ny", 2017, "female")


# --- aktivitetsleder ------------------------------------------------------------------

def test_leader_sees_only_own_activities_and_their_people(team):
    working_as(team, "activity_leader")
    assert [a.name for a in list_activities()] == ["Leksehjelp"]
    assert {r.first_name for r in list_residents()} == {"Amina", "Carl"}
    assert {v.first_name for v in list_volunteers()} == {"Vera"}
    assert [s.activity for s in list_sessions_between(DAY, DAY)] == ["Leksehjelp"]
    assert [p.name for p in list_partners()] == ["NAV Sagene"]


def test_leader_checks_in_own_sessions_only(team):
    working_as(team, "activity_leader")
    roster = attendance.checkin_roster(team.own_session)
    assert {e.first_name for e in roster.entries} == {"Amina", "Carl"}
    attendance.set_present(team.own_session, team.amina, True)
    attendance.set_head_count_total(team.own_session, 3)
    assert attendance.head_counts(team.own_session)[0].count == 3
    attendance.set_volunteer_hours(team.own_session, team.vera, "1,5")
    assert attendance.session_counts(team.own_session).children_present == 2
    child = attendance.quick_create_child("Nora", 2017, "female")
    attendance.add_walk_in(team.own_session, child.id, enrol=True)
    assert attendance.search_residents_for_walk_in("nora")[0].resident_id == child.id

    message = refused(attendance.set_present, team.other_session, team.bjorn, True)
    assert "aktiviteter du leder" in message
    refused(attendance.checkin_roster, team.other_session)
    refused(attendance.session_counts, team.other_session)
    refused(attendance.head_counts, team.other_session)
    refused(attendance.set_head_count_total, team.other_session, 2)
    refused(attendance.set_volunteer_hours, team.other_session, team.wenche)
    assert Attendance.select().where(Attendance.session == team.other_session).count() == 0


def test_leader_manages_own_sessions_only(team):
    working_as(team, "activity_leader")
    added = scheduling.add_session(team.own, DAY + datetime.timedelta(days=7))
    moved = scheduling.move_session(added.id, added.version, DAY + datetime.timedelta(days=8))
    cancelled = scheduling.cancel_session(moved.id, moved.version, "Sykdom")
    scheduling.uncancel_session(cancelled.id, cancelled.version)
    refused(scheduling.add_session, team.other, DAY)
    other = team.other_session
    refused(scheduling.cancel_session, other, 1, "Sykdom")
    refused(scheduling.move_session, other, 1, DAY)
    # Schedules and school holidays belong to setting activities up.
    refused(scheduling.generate_sessions, 1)


def test_leader_makes_named_reports_for_own_activities_only(team):
    working_as(team, "activity_leader")
    data = attendance_report_data(team.own, *AUTUMN)
    assert {p.first_name for p in data.participants} == {"Amina", "Carl"}
    assert sign_in_sheet_data(team.own, 2026, 9).participants
    assert [v.first_name for v in hours_by_volunteer(team.own, *AUTUMN)] == ["Vera"]
    assert [line.activity_name for line in
            volunteer_hours_statement(team.vera, *AUTUMN).activities] == ["Leksehjelp"]
    refused(attendance_report_data, team.other, *AUTUMN)
    refused(sign_in_sheet_data, team.other, 2026, 9)
    refused(hours_by_volunteer, team.other, *AUTUMN)
    assert attendance.unique_participants(activity_ids=[team.own]).unique_participants == 1
    refused(attendance.unique_participants, activity_ids=[team.other])
    refused(attendance.unique_participants, first=AUTUMN[0], last=AUTUMN[1])


def test_leader_has_no_applications_registers_or_exports(team):
    working_as(team, "activity_leader")
    refused(list_applications)
    refused(statistics.grant_statistics, team.application)
    refused(application_status.history, team.application)
    refused(deadline_overview, DAY)
    refused(register_export.residents_table)
    refused(certificate_alerts)


# --- koordinator ------------------------------------------------------------------------

def test_coordinator_has_every_register_but_not_administration(team, db_path):
    working_as(team, "coordinator")
    assert {r.first_name for r in list_residents()} == {"Amina", "Carl", "Bjørn"}
    assert {v.first_name for v in list_volunteers()} == {"Vera", "Wenche"}
    assert {a.name for a in list_activities()} == {"Leksehjelp", "Dugnad"}
    attendance.set_present(team.other_session, team.bjorn, True)
    register_export.residents_table()
    statistics.grant_statistics(team.application)
    certificate_alerts()

    assert "administrator" in refused(users.list_users)
    refused(users.create_user, "per", "passord-til-per", "coordinator")
    refused(change_log.list_changes)
    refused(backups.take_backup_now, db_path)
    refused(backups.available_backups, db_path)
    refused(backups.set_backup_folder, "")
    refused(backups.restore_backup, db_path, db_path)
    refused(team_settings.save_team_identity, "Teamet", "Bydel Sagene", "")
    refused(retention.due_for_erasure, DAY)


# --- administrator ----------------------------------------------------------------------

def test_admin_may_do_everything(team, db_path, tmp_path):
    working_as(team, "admin")
    assert {u.username for u in users.list_users()} == {"anne", "kari", "ola", "siri"}
    assert change_log.list_changes(limit=5)
    written = backups.take_backup_now(db_path)
    assert written.exists()
    assert [b.path for b in backups.available_backups(db_path)] == [written]
    backups.set_backup_folder(str(tmp_path))
    team_settings.save_team_identity("Teamet", "Bydel Sagene", "")
    retention.due_for_erasure(DAY)
    assert {r.first_name for r in list_residents()} == {"Amina", "Carl", "Bjørn"}
    attendance.set_present(team.other_session, team.bjorn, True)


def test_logged_out_may_do_nothing(team):
    users.log_out()
    refused(list_activities)
    refused(list_partners)
    refused(list_residents)
    refused(month_calendar, 2026, 9)
