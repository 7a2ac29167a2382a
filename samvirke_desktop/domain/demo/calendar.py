"""The demo's calendar: its "today", Oslo's school holidays and the dates a schedule gives."""
import datetime
from dataclasses import dataclass

import holidays

TODAY = datetime.date(2026, 11, 20)
# Every row that is not tied to a moment in the story was last saved then.
STAMP = datetime.datetime(2026, 11, 20, 16, 0)
# The team started using Samvirke the week before school began.
DATABASE_STARTED = datetime.datetime(2025, 8, 11, 9, 0)
SCHOOL_YEAR_START = datetime.date(2025, 8, 18)
LAST_SESSION_DATE = datetime.date(2026, 12, 18)
MUNICIPALITY = "Oslo"

DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Holiday:
    name: str
    first_date: datetime.date
    last_date: datetime.date

    def __contains__(self, day: datetime.date) -> bool:
        return self.first_date <= day <= self.last_date


def public_holidays(years=range(2025, 2028)) -> set[datetime.date]:
    return set(holidays.country_holidays("NO", years=list(years)).keys())


def _easter_monday(year: int) -> datetime.date:
    for day, name in holidays.country_holidays("NO", years=year, language="en_US").items():
        if name == "Easter Monday":
            return day
    raise LookupError(year)


def oslo_school_holidays() -> list[Holiday]:
    """Oslo's school holidays around the demo period, by the city's usual rules.

    Høstferie is ISO week 40, vinterferie week 8, påskeferie from the Monday before Easter
    to Easter Monday, juleferie 22 December to 2 January, sommerferie from the first
    Saturday on or after 20 June to the Sunday before week 34.
    """
    def week(year, number):
        monday = datetime.date.fromisocalendar(year, number, 1)
        return monday, monday + 6 * DAY

    def summer(year):
        start = datetime.date(year, 6, 20)
        start += ((5 - start.weekday()) % 7) * DAY
        end = datetime.date.fromisocalendar(year, 34, 1) - DAY
        return start, end

    result = [Holiday("Sommerferie 2025", *summer(2025)),
              Holiday("Høstferie 2025", *week(2025, 40)),
              Holiday("Juleferie 2025/26", datetime.date(2025, 12, 22), datetime.date(2026, 1, 2)),
              Holiday("Vinterferie 2026", *week(2026, 8))]
    easter_monday = _easter_monday(2026)
    result += [Holiday("Påskeferie 2026", easter_monday - 7 * DAY, easter_monday),
               Holiday("Sommerferie 2026", *summer(2026)),
               Holiday("Høstferie 2026", *week(2026, 40)),
               Holiday("Juleferie 2026/27", datetime.date(2026, 12, 22), datetime.date(2027, 1, 2))]
    return result


def schedule_dates(weekdays, first: datetime.date, last: datetime.date, every_n_weeks: int,
                   skip_public: bool, skip_school: bool, public: set[datetime.date],
                   school: list[Holiday]) -> list[datetime.date]:
    """The dates a weekly pattern gives: every n-th week counted from the week of ``first``."""
    first_monday = first - first.weekday() * DAY
    result = []
    day = first
    while day <= last:
        if (day.isoweekday() in weekdays
                and ((day - first_monday).days // 7) % every_n_weeks == 0
                and not (skip_public and day in public)
                and not (skip_school and any(day in h for h in school))):
            result.append(day)
        day += DAY
    return result


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute)
