"""Who may read and change activities, their sessions, schedules and school holidays."""
import datetime

from samvirke_desktop.domain.activities import activity_record as ar
from samvirke_desktop.domain.activities import scheduling as sch
from samvirke_desktop.domain.activities import school_holidays as sh
from samvirke_desktop.domain.activities import session_list as asn
from tests.domain.team.test_roles import DAY, refused, team, working_as  # noqa: F401 (fixture)

SCHEDULE = {"weekdays": (2,), "start_time": "17", "end_time": "19", "first_date": "1.9.26",
            "last_date": "29.9.26"}


def test_leader_works_with_own_sessions_but_does_not_set_activities_up(team):  # noqa: F811
    working_as(team, "activity_leader")
    assert [r.id for r in asn.list_activity_sessions(team.own)] == [team.own_session]
    refused(asn.list_activity_sessions, team.other)
    refused(asn.activity_summary, team.other)
    _, version = sch.read_session(team.own_session)
    changed = sch.update_session(team.own_session, version, day=DAY, start_time=None,
                                 end_time=None, place="Gymsalen", topic="Matte")
    assert (changed.place, changed.topic) == ("Gymsalen", "Matte")
    refused(sch.update_session, team.other_session, 1, day=DAY, start_time=None,
            end_time=None, place="", topic="")
    refused(sch.delete_session, team.other_session, 1)
    read, activity_version = ar.read_activity(team.own)
    assert [v.name for v in read["volunteers"]] == ["Vera Lie"]
    refused(ar.read_activity, team.other)
    refused(ar.save_activity, read, team.own, activity_version)
    refused(sch.save_schedule, team.own, SCHEDULE)
    refused(sh.save_school_holiday, {"name": "Fri", "first_date": DAY, "last_date": DAY})
    refused(sh.save_holiday_pattern, "Bergen", 41, 9)
    assert sh.list_school_holidays() == []
    refused(ar.certificate_warnings, team.other)


def test_grant_writer_sees_sessions_without_names_and_changes_nothing(team):  # noqa: F811
    working_as(team, "grant_writer")
    assert len(asn.list_activity_sessions(team.other)) == 1
    read, _ = ar.read_activity(team.own)
    assert read["enrolments"] is None and read["volunteers"] is None
    refused(sch.add_session, team.own, DAY + datetime.timedelta(days=1))
    refused(sch.delete_session, team.own_session, 1)
    refused(ar.search_volunteers, "vera")


def test_coordinator_sets_activities_up(team):  # noqa: F811
    working_as(team, "coordinator")
    _, result = sch.save_schedule(team.other, SCHEDULE)
    # 1 September already has the activity's session at 17:00: it is not made twice.
    assert len(result.created) == 4
    assert [s.reason for s in result.skipped] == ["Det finnes allerede en samling denne dagen"]
    assert sh.save_school_holiday({"name": "Fri", "first_date": "2.11.26",
                                   "last_date": "2.11.26"})
