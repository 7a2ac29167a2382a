import datetime

from samvirke_desktop.db.models import ChangeLog, SchoolHoliday
from samvirke_desktop.domain.activities.school_holidays import (
    HolidayRange,
    SchoolHolidayCalendar,
    easter_sunday,
    is_school_holiday,
    oslo_school_holidays,
    school_start,
    school_year_of,
    store_oslo_school_holidays,
    store_school_holidays,
)
from samvirke_desktop.domain.team import record_changes

D = datetime.date


def by_name(school_year):
    return {h.name: (h.first_date, h.last_date) for h in oslo_school_holidays(school_year)}


def test_easter():
    assert easter_sunday(2026) == D(2026, 4, 5)
    assert easter_sunday(2027) == D(2027, 3, 28)
    assert easter_sunday(2038) == D(2038, 4, 25)   # as late as it gets this century
    assert easter_sunday(2285) == D(2285, 3, 22)   # as early as it gets


def test_oslo_pattern_for_school_year_2026():
    holidays = by_name(2026)
    assert holidays["Høstferie"] == (D(2026, 9, 28), D(2026, 10, 4))      # week 40
    assert holidays["Juleferie"] == (D(2026, 12, 19), D(2027, 1, 3))      # 20.12 is a Sunday
    assert holidays["Vinterferie"] == (D(2027, 2, 22), D(2027, 2, 28))    # week 8
    assert holidays["Påskeferie"] == (D(2027, 3, 20), D(2027, 3, 29))     # Sat before Palm Sunday
    assert holidays["Sommerferie"] == (D(2027, 6, 19), D(2027, 8, 22))    # school starts week 34


def test_christmas_and_summer_rules_in_other_years():
    h2027 = by_name(2027)
    assert h2027["Juleferie"] == (D(2027, 12, 21), D(2028, 1, 2))   # 20.12 Monday, 3.1 Monday
    assert h2027["Påskeferie"] == (D(2028, 4, 8), D(2028, 4, 17))
    assert h2027["Sommerferie"][0] == D(2028, 6, 17)                 # nearest Saturday to 20.6
    h2025 = by_name(2025)
    assert h2025["Juleferie"] == (D(2025, 12, 20), D(2026, 1, 4))    # 3.1.2026 is a Saturday
    assert h2025["Sommerferie"] == (D(2026, 6, 20), D(2026, 8, 16))
    assert school_start(2026) == D(2026, 8, 17)
    assert school_year_of(D(2026, 8, 16)) == 2025
    assert school_year_of(D(2026, 8, 17)) == 2026


def test_store_skips_ranges_already_stored(database):
    first = store_oslo_school_holidays(2026)
    assert [h.name for h in first.created] == ["Høstferie", "Juleferie", "Vinterferie",
                                              "Påskeferie", "Sommerferie"]
    assert first.skipped == []
    # The team moved the autumn holiday by a day; storing again must not add a second one.
    autumn = SchoolHoliday.get(SchoolHoliday.name == "Høstferie")
    record_changes.update(SchoolHoliday, autumn.id, autumn.version, first_date=D(2026, 9, 29))
    again = store_oslo_school_holidays(2026, 2027)
    assert len(again.skipped) == 5
    assert len(again.created) == 5
    assert SchoolHoliday.select().count() == 10
    assert ChangeLog.select().where(ChangeLog.table_name == "school_holiday",
                                    ChangeLog.action == "create").count() == 10
    # Another municipality keeps its own rows.
    other = store_school_holidays([HolidayRange("Høstferie", D(2026, 10, 5), D(2026, 10, 9))],
                                  "Trondheim")
    assert len(other.created) == 1


def test_calendar_loads_once_and_answers_per_day(database):
    store_oslo_school_holidays(2026)
    store_school_holidays([HolidayRange("Høstferie", D(2026, 10, 5), D(2026, 10, 11))],
                          "Trondheim")
    oslo = SchoolHolidayCalendar.load(D(2026, 8, 1), D(2026, 12, 31), "Oslo")
    assert oslo.holiday_on(D(2026, 9, 28)) == "Høstferie"
    assert D(2026, 10, 4) in oslo
    assert D(2026, 10, 5) not in oslo
    assert oslo.holiday_on(D(2026, 12, 31)) == "Juleferie"
    assert D(2027, 2, 23) not in oslo      # winter holiday: outside the period loaded
    everywhere = SchoolHolidayCalendar.load(D(2026, 8, 1), D(2026, 12, 31))
    assert D(2026, 10, 5) in everywhere
    assert is_school_holiday(D(2026, 9, 30), "Oslo")
    assert not is_school_holiday(D(2026, 10, 6), "Oslo")
    assert is_school_holiday(D(2026, 10, 6))
