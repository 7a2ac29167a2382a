"""One definition of a held session: the state of each session, the nobody-came mark and
the sessions list."""
import datetime

import pytest

from samvirke_desktop.db.models import Activity, HeadCount, Resident, Session
from samvirke_desktop.domain.activities import attendance, held_sessions
from samvirke_desktop.domain.activities.session_list import MISSING, TODAY, list_activity_sessions
from samvirke_desktop.errors import ValidationError

D = datetime.date


def test_as_of_is_the_period_end_or_today_whichever_is_earlier():
    assert held_sessions.as_of(D(2026, 12, 31), D(2026, 11, 22)) == D(2026, 11, 22)
    assert held_sessions.as_of(D(2026, 6, 30), D(2026, 11, 22)) == D(2026, 6, 30)


@pytest.mark.parametrize(("cancelled", "day", "registered", "state"), [
    (True, D(2026, 11, 1), True, held_sessions.CANCELLED),
    (True, D(2026, 12, 1), False, held_sessions.CANCELLED),
    (False, D(2026, 12, 1), True, held_sessions.PLANNED),      # ticked ahead: still planned
    (False, D(2026, 11, 22), True, held_sessions.HELD),
    (False, D(2026, 11, 1), False, held_sessions.NOT_REGISTERED),
])
def test_each_session_has_one_state(cancelled, day, registered, state):
    assert held_sessions.state(cancelled, day, registered, D(2026, 11, 22)) == state


def test_the_query_and_the_rule_agree(database):
    activity = Activity.create(name="Leksehjelp", kind="homework_help")
    child = Resident.create(first_name="Amina", last_name="Hassan", birth_year=2015)
    ticked = Session.create(activity=activity, date=D(2026, 11, 3))
    attendance.set_present(ticked.id, child.id, False)          # a known absence registers too
    counted = Session.create(activity=activity, date=D(2026, 11, 5))
    HeadCount.create(session=counted, count=3)
    nobody = Session.create(activity=activity, date=D(2026, 11, 10), nobody_came=True)
    empty = Session.create(activity=activity, date=D(2026, 11, 12))
    Session.create(activity=activity, date=D(2026, 11, 17), cancelled=True)
    Session.create(activity=activity, date=D(2026, 11, 26))
    day = D(2026, 11, 22)
    held = {s.id for s in Session.select().where(held_sessions.held(day))}
    missing = {s.id for s in Session.select().where(held_sessions.not_registered(day))}
    assert held == {ticked.id, counted.id, nobody.id}
    assert missing == {empty.id}
    rows = list_activity_sessions(activity.id)
    assert [r.status(day) for r in rows] == ["held", "held", "held", MISSING, "cancelled",
                                             "planned"]
    assert rows[3].status(D(2026, 11, 12)) == TODAY


def test_nobody_came_is_refused_while_someone_is_present_and_cleared_by_a_tick(database):
    activity = Activity.create(name="Treffsted", kind="hub")
    child = Resident.create(first_name="Yusuf", last_name="Ali", birth_year=2016)
    session = Session.create(activity=activity, date=D(2026, 11, 3))
    attendance.mark_nobody_came(session.id, True)
    assert Session.get_by_id(session.id).nobody_came
    attendance.set_present(session.id, child.id, True)           # someone came after all
    assert not Session.get_by_id(session.id).nobody_came
    with pytest.raises(ValidationError, match="til stede"):
        attendance.mark_nobody_came(session.id, True)
    attendance.set_present(session.id, child.id, False)
    attendance.mark_nobody_came(session.id, True)
    attendance.mark_nobody_came(session.id, False)
    assert not Session.get_by_id(session.id).nobody_came
