import datetime

import pytest

from samvirke_desktop.db.models import Attendance, HeadCount, Schedule, Session, VolunteerPresence
from samvirke_desktop.domain.activities import scheduling as sch
from samvirke_desktop.domain.activities.school_holidays import store_oslo_school_holidays
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.errors import ConflictError, ValidationError
from tests.domain import rule_records as make

D = datetime.date
T = datetime.time


def plan(weekdays, first, last, n=1, school=None):
    return sch.plan_dates(weekdays, first, last, n,
                          public_holidays=sch.public_holidays(first, last),
                          school_holidays=school)


# --- planning (no database) ---------------------------------------------------

def test_weekdays():
    assert sch.parse_weekdays("2,4") == (2, 4)
    assert sch.parse_weekdays(" 4, 2,2 ") == (2, 4)
    assert sch.format_weekdays([4, 2]) == "2,4"
    assert sch.weekdays_label("2,4") == "tirsdag og torsdag"
    assert sch.weekdays_label("1,3,5") == "mandag, onsdag og fredag"
    for wrong in ("", "8", "ti", "0,2"):
        with pytest.raises(InvalidValue):
            sch.parse_weekdays(wrong)


def test_public_holidays_are_skipped_ascension_and_whit_monday():
    result = plan("1,4", D(2026, 5, 1), D(2026, 5, 31))
    skipped = {s.date: s.reason for s in result.skipped}
    assert skipped == {D(2026, 5, 14): "Kristi himmelfartsdag", D(2026, 5, 25): "Andre pinsedag"}
    assert D(2026, 5, 11) in result.dates and D(2026, 5, 28) in result.dates
    assert result.dates == [D(2026, 5, d) for d in (4, 7, 11, 18, 21, 28)]


def test_constitution_day_is_skipped():
    result = plan("3", D(2028, 5, 1), D(2028, 5, 31))           # 17 May 2028 is a Wednesday
    assert [s.date for s in result.skipped] == [D(2028, 5, 17)]
    assert result.skipped[0].reason == "Grunnlovsdag"
    assert result.dates == [D(2028, 5, 3), D(2028, 5, 10), D(2028, 5, 24), D(2028, 5, 31)]


def test_easter_moves_between_years():
    y2026 = plan("1,4", D(2026, 3, 16), D(2026, 4, 12))
    y2027 = plan("1,4", D(2027, 3, 15), D(2027, 4, 11))
    assert [s.date for s in y2026.skipped] == [D(2026, 4, 2), D(2026, 4, 6)]
    assert [s.reason for s in y2026.skipped] == ["Skjærtorsdag", "Andre påskedag"]
    assert [s.date for s in y2027.skipped] == [D(2027, 3, 25), D(2027, 3, 29)]
    assert D(2027, 4, 1) in y2027.dates and D(2027, 4, 5) in y2027.dates
    assert D(2026, 3, 26) in y2026.dates and D(2026, 3, 30) in y2026.dates


def test_public_holidays_kept_when_not_skipping():
    result = sch.plan_dates("4", D(2026, 5, 14), D(2026, 5, 14), 1)
    assert result.dates == [D(2026, 5, 14)]


def test_every_second_week_across_iso_week_53():
    # 2026 has ISO week 53 (28.12.2026–03.01.2027): weeks 51, 53, then week 2 of 2027.
    result = plan("2", D(2026, 12, 14), D(2027, 1, 31), n=2)
    assert result.dates == [D(2026, 12, 15), D(2026, 12, 29), D(2027, 1, 12), D(2027, 1, 26)]
    assert [d.isocalendar()[1] for d in result.dates] == [51, 53, 2, 4]


def test_every_third_week_counts_from_the_week_of_the_first_date():
    result = sch.plan_dates("5", D(2026, 1, 7), D(2026, 3, 1), 3)    # starts on a Wednesday
    assert result.dates == [D(2026, 1, 9), D(2026, 1, 30), D(2026, 2, 20)]


def test_session_hours():
    from decimal import Decimal
    assert sch.session_hours(T(17), T(19)) == Decimal("2.00")
    assert sch.session_hours(T(17, 15), T(19)) == Decimal("1.75")
    assert sch.session_hours(T(21), T(0, 30)) == Decimal("3.50")
    assert sch.session_hours(None, T(19)) is None


def test_check_schedule_reports_every_problem():
    with pytest.raises(ValidationError) as info:
        sch.check_schedule(weekdays="", first_date=D(2026, 9, 1), last_date=D(2026, 8, 1),
                           start_time=T(19), end_time=T(17), every_n_weeks=0)
    assert set(info.value.field_errors) == {"weekdays", "last_date", "end_time", "every_n_weeks"}
    assert "Sluttiden må være etter starttiden" in info.value.field_errors["end_time"]
    with pytest.raises(ValidationError) as info:
        sch.check_schedule(weekdays="2", first_date=D(2026, 1, 1), last_date=D(2030, 1, 1),
                           start_time=T(17), end_time=T(19))
    assert "tre år" in info.value.field_errors["last_date"]
    sch.check_schedule(weekdays="2", first_date=D(2026, 1, 1), last_date=D(2026, 1, 1),
                       start_time=T(21), end_time=T(0, 30))


# --- generating in the database -------------------------------------------------

def test_autumn_term_skips_school_holiday_week(database):
    store_oslo_school_holidays(2026)
    activity = make.activity(place="Biblioteket")
    schedule = make.schedule(activity.id, "2,4", D(2026, 8, 17), D(2026, 12, 13),
                             place="Rom 2")
    result = sch.generate_sessions(schedule.id)
    dates = [s.date for s in result.created]
    # Weeks 34 to 50: 17 weeks × 2, minus the two days of the autumn holiday (week 40).
    assert len(dates) == 32
    assert not [d for d in dates if d.isocalendar()[1] == 40]
    assert {s.reason for s in result.skipped} == {"Høstferie"}
    stored = Session.select().where(Session.schedule == schedule.id).order_by(Session.date)
    assert [s.date for s in stored] == dates
    first = stored[0]
    assert (first.start_time, first.end_time, first.place) == (T(17), T(19), "Rom 2")
    assert result.summary().startswith("32 nye samlinger.")
    # Running it again changes nothing.
    again = sch.generate_sessions(schedule.id)
    assert again.created == [] and again.removed == []


def test_school_holidays_kept_when_the_schedule_says_so(database):
    store_oslo_school_holidays(2026)
    activity = make.activity("Høstferieaktivitet", kind="holiday_activity")
    schedule = make.schedule(activity.id, "1,2,3,4,5", D(2026, 9, 28), D(2026, 10, 2),
                             skip_school_holidays=False)
    assert len(sch.generate_sessions(schedule.id).created) == 5


def test_regenerate_keeps_history_removes_the_rest_and_leaves_manual_sessions(database):
    activity = make.activity()
    schedule = make.schedule(activity.id, "2", D(2026, 9, 1), D(2026, 9, 29),
                             skip_school_holidays=False)
    created = sch.generate_sessions(schedule.id).created
    assert [s.date for s in created] == [D(2026, 9, d) for d in (1, 8, 15, 22, 29)]
    by_date = {s.date: s for s in created}
    child = make.resident("Amina", birth_year=2015)
    volunteer = make.volunteer()
    record_changes.create(Attendance, session=by_date[D(2026, 9, 15)].id, resident=child.id)
    record_changes.create(VolunteerPresence, session=by_date[D(2026, 9, 22)].id, volunteer=volunteer.id,
                          hours=2)
    record_changes.create(HeadCount, session=by_date[D(2026, 9, 29)].id, count=4)
    manual = sch.add_session(activity.id, D(2026, 9, 24), T(17), T(19), topic="Ekstra")

    # The schedule now ends earlier and moves to Thursdays.
    current = Schedule.get_by_id(schedule.id)
    record_changes.update(Schedule, schedule.id, current.version, weekdays="4",
                          last_date=D(2026, 9, 24))
    result = sch.regenerate_sessions(schedule.id)

    assert result.removed == [D(2026, 9, 1), D(2026, 9, 8)]
    assert [s.date for s in result.kept_with_history] == [D(2026, 9, d) for d in (15, 22, 29)]
    # 24 September already has the hand-made session at the same time.
    assert [s.date for s in result.created] == [D(2026, 9, 3), D(2026, 9, 10), D(2026, 9, 17)]
    assert [s.date for s in result.skipped] == [D(2026, 9, 24)]
    assert Session.get_by_id(manual.id).schedule is None
    remaining = sorted(s.date for s in Session.select())
    assert remaining == [D(2026, 9, d) for d in (3, 10, 15, 17, 22, 24, 29)]
    text = result.summary()
    assert "3 nye samlinger, 2 fjernet." in text
    assert "15.09.2026, 22.09.2026, 29.09.2026" in text


def test_moved_session_is_neither_recreated_nor_removed(database):
    activity = make.activity()
    schedule = make.schedule(activity.id, "2", D(2026, 9, 1), D(2026, 9, 15),
                             skip_school_holidays=False)
    created = sch.generate_sessions(schedule.id).created
    moved = sch.move_session(created[1].id, created[1].version, D(2026, 9, 10))
    assert moved.date == D(2026, 9, 10) and moved.version == 2
    current = Schedule.get_by_id(schedule.id)
    record_changes.update(Schedule, schedule.id, current.version, last_date=D(2026, 9, 22))
    result = sch.regenerate_sessions(schedule.id)
    assert [s.date for s in result.created] == [D(2026, 9, 22)]
    assert result.removed == []
    assert sorted(s.date for s in Session.select()) == [D(2026, 9, 1), D(2026, 9, 10),
                                                        D(2026, 9, 15), D(2026, 9, 22)]


def test_apply_new_times_from_a_date(database):
    activity = make.activity()
    schedule = make.schedule(activity.id, "2", D(2026, 9, 1), D(2026, 9, 29),
                             skip_school_holidays=False)
    sch.generate_sessions(schedule.id)
    current = Schedule.get_by_id(schedule.id)
    record_changes.update(Schedule, schedule.id, current.version, start_time=T(16, 30),
                          end_time=T(18, 30), place="Gymsalen")
    result = sch.regenerate_sessions(schedule.id, apply_times_from=D(2026, 9, 15))
    assert [s.date for s in result.updated] == [D(2026, 9, 15), D(2026, 9, 22), D(2026, 9, 29)]
    times = {s.date: (s.start_time, s.place) for s in Session.select()}
    assert times[D(2026, 9, 8)] == (T(17), "")
    assert times[D(2026, 9, 15)] == (T(16, 30), "Gymsalen")


# --- single sessions ------------------------------------------------------------

def test_add_session_checks_times_and_takes_the_activity_place(database):
    activity = make.activity(place="Biblioteket")
    session = sch.add_session(activity.id, D(2026, 10, 6), T(18), T(20), topic=" Brannvern ")
    assert (session.place, session.topic, session.schedule_id) == ("Biblioteket", "Brannvern", None)
    with pytest.raises(ValidationError) as info:
        sch.add_session(activity.id, D(2026, 10, 6), T(18), None)
    assert "både starttid og sluttid" in info.value.field_errors["end_time"]


def test_cancel_needs_a_reason_and_can_be_taken_back(database):
    activity = make.activity()
    session = make.session(activity.id)
    with pytest.raises(ValidationError) as info:
        sch.cancel_session(session.id, session.version, "   ")
    assert info.value.field_errors["cancel_reason"].startswith("Skriv hvorfor samlingen er avlyst")
    cancelled = sch.cancel_session(session.id, session.version, " Sykdom ")
    assert (cancelled.cancelled, cancelled.cancel_reason) == (True, "Sykdom")
    back = sch.uncancel_session(session.id, cancelled.version)
    assert (back.cancelled, back.cancel_reason) == (False, "")
    stored = Session.get_by_id(session.id)
    assert (stored.cancelled, stored.version) == (False, 3)


def test_move_with_an_old_version_is_refused(database):
    activity = make.activity()
    session = make.session(activity.id)
    sch.cancel_session(session.id, session.version, "Stengt lokale")
    with pytest.raises(ConflictError):
        sch.move_session(session.id, session.version, D(2026, 9, 3))
    assert Session.get_by_id(session.id).date == D(2026, 9, 1)
