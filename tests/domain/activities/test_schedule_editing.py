"""Editing a schedule: typed values, preview, saving that generates sessions, and school
holidays configured per municipality."""
import datetime

import pytest

from samvirke_desktop.db.models import Attendance, ChangeLog, SchoolHoliday, Session
from samvirke_desktop.domain.activities import scheduling as sch
from samvirke_desktop.domain.activities import school_holidays as sh
from samvirke_desktop.domain.activities import session_list as asn
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.errors import ConflictError, ValidationError
from tests.domain import rule_records as make

D = datetime.date
T = datetime.time


def typed(**changes):
    values = {"weekdays": (2, 4), "start_time": "17", "end_time": "19.00",
              "first_date": "17.8.26", "last_date": "13.12.2026", "every_n_weeks": 1,
              "place": "Rom 2", "skip_public_holidays": True, "skip_school_holidays": True}
    values.update(changes)
    return values


def dates_of(activity_id):
    return [s.date for s in Session.select().where(Session.activity == activity_id)
            .order_by(Session.date)]


def test_typed_values_are_cleaned_and_every_problem_named():
    clean = sch.clean_schedule_values(typed())
    assert (clean["weekdays"], clean["start_time"], clean["first_date"]) == (
        "2,4", T(17), D(2026, 8, 17))
    with pytest.raises(ValidationError) as info:
        sch.clean_schedule_values(typed(weekdays=(), start_time="25:00", first_date="31.2.26",
                                        last_date=""))
    assert set(info.value.field_errors) == {"weekdays", "start_time", "first_date", "last_date"}


def test_preview_names_the_skipped_days(database):
    sh.store_oslo_school_holidays(2026)
    plan = sch.preview_schedule(typed())
    text = sch.plan_text(plan)
    assert text.startswith("32 samlinger fra tirsdag 18.08.2026 til torsdag 10.12.2026.")
    assert "Høstferie (29.09., 01.10.)" in text
    assert Session.select().count() == 0       # nothing saved


def test_saving_a_new_schedule_generates_its_sessions(database):
    sh.store_oslo_school_holidays(2026)
    activity = make.activity(place="Biblioteket")
    schedule_id, result = sch.save_schedule(activity.id, typed(), today=D(2026, 11, 20))
    assert len(result.created) == 32
    assert {s.schedule_id for s in result.created} == {schedule_id}
    # A schedule that started before today still gets its earlier sessions (typed in from paper).
    assert dates_of(activity.id)[0] == D(2026, 8, 18)
    [row] = sch.schedules_of(activity.id)
    assert row.label == "tirsdag og torsdag 17:00–19:00, 17.08.2026–13.12.2026"


def test_changing_a_schedule_leaves_the_past_and_keeps_sessions_with_attendance(database):
    activity = make.activity()
    today = D(2026, 9, 16)
    schedule_id, _ = sch.save_schedule(activity.id, typed(
        weekdays=(2,), first_date="1.9.26", last_date="29.9.26", skip_school_holidays=False),
        today=D(2026, 8, 20))
    by_date = {s.date: s for s in Session.select()}
    child = make.resident("Amina")
    record_changes.create(Attendance, session=by_date[D(2026, 9, 22)].id, resident=child.id)
    values, version = sch.read_schedule(schedule_id)
    values.update(weekdays=(4,), start_time="16:30")
    _, result = sch.save_schedule(activity.id, values, schedule_id, version, today=today)

    # Before today: untouched (1, 8 and 15 September stay, no Thursdays added back in time).
    # From today: Tuesdays 22 (has attendance) kept, 29 removed; Thursdays 17 and 24 added.
    assert result.removed == [D(2026, 9, 29)]
    assert [s.date for s in result.kept_with_history] == [D(2026, 9, 22)]
    assert [s.date for s in result.created] == [D(2026, 9, 17), D(2026, 9, 24)]
    assert dates_of(activity.id) == [D(2026, 9, d) for d in (1, 8, 15, 17, 22, 24)]
    times = {s.date: s.start_time for s in Session.select()}
    assert times[D(2026, 9, 15)] == T(17) and times[D(2026, 9, 17)] == T(16, 30)
    with pytest.raises(ConflictError):
        sch.save_schedule(activity.id, values, schedule_id, version, today=today)


def test_week_53_and_every_other_week_through_saving(database):
    activity = make.activity()
    sch.save_schedule(activity.id, typed(weekdays=(2,), first_date="14.12.2026",
                                         last_date="31.1.2027", every_n_weeks=2,
                                         skip_school_holidays=False))
    rows = asn.list_activity_sessions(activity.id)
    assert [(r.date, r.week) for r in rows] == [(D(2026, 12, 15), 51), (D(2026, 12, 29), 53),
                                                (D(2027, 1, 12), 2), (D(2027, 1, 26), 4)]


def test_easter_holidays_move_with_easter(database):
    sh.store_oslo_school_holidays(2025, 2026)
    activity = make.activity()
    sch.save_schedule(activity.id, typed(weekdays=(1, 4), first_date="16.3.2026",
                                         last_date="12.4.2026"))
    spring_2026 = dates_of(activity.id)
    # Easter 2026 is 5 April: the school holiday runs 28.03–06.04.
    assert D(2026, 3, 26) in spring_2026 and D(2026, 3, 30) not in spring_2026
    assert D(2026, 4, 9) in spring_2026
    other = make.activity("Leksehjelp 2027")
    sch.save_schedule(other.id, typed(weekdays=(1, 4), first_date="15.3.2027",
                                      last_date="11.4.2027"))
    spring_2027 = dates_of(other.id)
    # Easter 2027 is 28 March: the holiday runs 20.03–29.03, and 1 April is a normal Thursday.
    assert D(2027, 3, 18) in spring_2027 and D(2027, 3, 22) not in spring_2027
    assert D(2027, 4, 1) in spring_2027 and D(2027, 4, 5) in spring_2027


def test_deleting_a_schedule_keeps_sessions_with_attendance(database):
    activity = make.activity()
    schedule_id, result = sch.save_schedule(activity.id, typed(
        weekdays=(2,), first_date="1.9.26", last_date="15.9.26", skip_school_holidays=False))
    kept = result.created[1]
    record_changes.create(Attendance, session=kept.id, resident=make.resident("Amina").id)
    _, version = sch.read_schedule(schedule_id)
    removed = sch.delete_schedule(schedule_id, version)
    assert removed.removed == [D(2026, 9, 1), D(2026, 9, 15)]
    [left] = Session.select()
    assert (left.id, left.schedule_id) == (kept.id, None)


def test_single_sessions_listed_with_status_week_and_move(database):
    activity = make.activity()
    planned = sch.add_session(activity.id, D(2026, 9, 1), T(17), T(19))
    moved = sch.add_session(activity.id, D(2026, 9, 3), T(17), T(19), topic="Brannvern")
    cancelled = sch.add_session(activity.id, D(2026, 9, 8), T(17), T(19))
    sch.move_session(moved.id, moved.version, D(2026, 9, 4), T(18))
    sch.cancel_session(cancelled.id, cancelled.version, "Lokalet er stengt")
    record_changes.create(Attendance, session=planned.id, resident=make.resident("Amina").id)
    today = D(2026, 9, 4)
    rows = asn.list_activity_sessions(activity.id)
    assert [(r.date, r.week, r.status_text(today)) for r in rows] == [
        (D(2026, 9, 1), 36, "Holdt"),
        (D(2026, 9, 4), 36, "I dag (flyttet fra 03.09.2026)"),
        (D(2026, 9, 8), 37, "Avlyst: Lokalet er stengt"),
    ]
    assert rows[0].attendance == 1
    assert asn.session_to_show(rows, today) == 1
    # A session with attendance cannot be deleted; an empty one can.
    with pytest.raises(ValidationError):
        sch.delete_session(planned.id, planned.version)
    sch.delete_session(rows[1].id, rows[1].version)
    assert Session.select().count() == 2


# --- school holidays per municipality ------------------------------------------------------

def test_pattern_of_another_municipality_fills_its_weeks(database):
    assert sh.holiday_pattern() == sh.OSLO
    pattern = sh.save_holiday_pattern("Bergen", "41", 9)
    assert pattern == sh.HolidayPattern("Bergen", 41, 9)
    assert sh.team_municipality() == "Bergen"
    result = sh.fill_school_year(2026)
    names = {h.name: (h.first_date, h.last_date) for h in result.created}
    assert names["Høstferie"] == (D(2026, 10, 5), D(2026, 10, 11))      # week 41
    assert names["Vinterferie"] == (D(2027, 3, 1), D(2027, 3, 7))       # week 9
    assert {h.municipality for h in SchoolHoliday.select()} == {"Bergen"}
    with pytest.raises(ValidationError) as info:
        sh.save_holiday_pattern(" ", "53", "x")
    assert set(info.value.field_errors) == {"municipality", "autumn_week", "winter_week"}


def test_generation_uses_the_team_municipality(database):
    sh.store_oslo_school_holidays(2026)                     # Oslo: week 40
    sh.store_school_holidays([sh.HolidayRange("Høstferie", D(2026, 10, 5), D(2026, 10, 11))],
                             "Bergen")
    activity = make.activity()
    sch.save_schedule(activity.id, typed(weekdays=(2,), first_date="22.9.26",
                                         last_date="13.10.26"))
    assert dates_of(activity.id) == [D(2026, 9, 22), D(2026, 10, 6), D(2026, 10, 13)]
    sh.save_holiday_pattern("Bergen", 41, 9)
    other = make.activity("Bergen-leksehjelp")
    sch.save_schedule(other.id, typed(weekdays=(2,), first_date="22.9.26",
                                      last_date="13.10.26"))
    assert dates_of(other.id) == [D(2026, 9, 22), D(2026, 9, 29), D(2026, 10, 13)]


def test_renaming_the_municipality_takes_its_holidays_along(database):
    sh.store_oslo_school_holidays(2026)
    sh.save_holiday_pattern("Oslo kommune", 40, 8)
    assert {h.municipality for h in SchoolHoliday.select()} == {"Oslo kommune"}
    assert len(sh.list_school_holidays()) == 5


def test_single_holidays_edited_without_overlap(database):
    sh.store_oslo_school_holidays(2026)
    autumn = next(h for h in sh.list_school_holidays() if h.name == "Høstferie")
    assert autumn.weeks_label == "uke 40"
    sh.save_school_holiday({"name": "Høstferie", "first_date": "29.9.26",
                            "last_date": "2.10.26"}, autumn.id, autumn.version)
    assert SchoolHoliday.get_by_id(autumn.id).first_date == D(2026, 9, 29)
    with pytest.raises(ValidationError) as info:
        sh.save_school_holiday({"name": "Planleggingsdag", "first_date": "1.10.26",
                                "last_date": "1.10.26"})
    assert "overlapper Høstferie" in info.value.field_errors["first_date"]
    new_id = sh.save_school_holiday({"name": "Planleggingsdag", "first_date": "16.11.26",
                                     "last_date": "16.11.26"})
    christmas = next(h for h in sh.list_school_holidays() if h.name == "Juleferie")
    assert christmas.weeks_label == "uke 51–53"
    row = SchoolHoliday.get_by_id(new_id)
    sh.delete_school_holiday(new_id, row.version)
    assert ChangeLog.select().where((ChangeLog.table_name == "school_holiday")
                                    & (ChangeLog.action == "delete")).count() == 1


def test_regenerate_all_after_a_new_holiday_from_today_on(database):
    activity = make.activity()
    sch.save_schedule(activity.id, typed(weekdays=(2,), first_date="3.11.26",
                                         last_date="24.11.26"))
    sh.save_school_holiday({"name": "Planleggingsdager", "first_date": "2.11.26",
                            "last_date": "17.11.26"})
    result = sch.regenerate_all(today=D(2026, 11, 12))
    # 3 and 10 November are before today and stay; 17 November is now a holiday.
    assert result.removed == [D(2026, 11, 17)]
    assert dates_of(activity.id) == [D(2026, 11, 3), D(2026, 11, 10), D(2026, 11, 24)]


def test_summary_in_plain_norwegian_for_one(database):
    activity = make.activity()
    schedule_id, result = sch.save_schedule(activity.id, typed(
        weekdays=(2, 4), first_date="12.5.2026", last_date="14.5.2026"))
    assert result.summary() == ("1 ny samling. 1 dag ble hoppet over (helligdager og "
                                "skoleferier).")               # 14 May: Kristi himmelfartsdag
    record_changes.create(Attendance, session=result.created[0].id, resident=make.resident("Amina").id)
    values, version = sch.read_schedule(schedule_id)
    values["weekdays"] = (3,)
    _, changed = sch.save_schedule(activity.id, values, schedule_id, version,
                                   today=D(2026, 5, 1))
    assert "1 samling passer ikke lenger med timeplanen" in changed.summary()
    assert "12.05.2026" in changed.summary()
