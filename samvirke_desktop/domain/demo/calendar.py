"""The demo's calendar: its "today", and holidays and schedule dates by the program's own rules."""
import datetime

from samvirke_desktop.domain.activities import scheduling
from samvirke_desktop.domain.activities.school_holidays import (
    HolidayRange,
    SchoolHolidayCalendar,
    oslo_school_holidays,
)

TODAY = datetime.date(2026, 11, 20)
# Every row that is not tied to a moment in the story was last saved then.
STAMP = datetime.datetime(2026, 11, 20, 16, 0)
# The team started using Samvirke the week before school began.
DATABASE_STARTED = datetime.datetime(2025, 8, 11, 9, 0)
SCHOOL_YEAR_START = datetime.date(2025, 8, 18)
LAST_SESSION_DATE = datetime.date(2026, 12, 18)
MUNICIPALITY = "Oslo"


def school_holidays() -> list[HolidayRange]:
    """Oslo's school holidays from the summer of 2025 through the school year 2026/27."""
    ranges = [h for year in (2024, 2025, 2026) for h in oslo_school_holidays(year)]
    return [h for h in ranges if h.last_date >= datetime.date(2025, 6, 1)]


def schedule_dates(weekdays, first: datetime.date, last: datetime.date, every_n_weeks: int,
                   skip_public: bool, skip_school: bool,
                   holidays: list[HolidayRange]) -> list[datetime.date]:
    """The dates the program itself would generate for such a schedule."""
    public = scheduling.public_holidays(first, last) if skip_public else None
    school = SchoolHolidayCalendar(holidays) if skip_school else None
    return scheduling.plan_dates(weekdays, first, last, every_n_weeks, public_holidays=public,
                                 school_holidays=school).dates


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute)
