"""School holidays: Oslo's pattern as the ready-made example, stored rows as the truth.

Each municipality decides its own school holidays, so the team stores them as
``SchoolHoliday`` rows (and edits them when the municipality publishes its calendar).
``oslo_school_holidays`` fills in a school year the way Oslo usually does it:

- Høstferie: ISO week 40, Monday to Sunday.
- Juleferie: from the day after the last school day, which is 20 December or, when that
  falls on a weekend, the Friday before it (so it starts between 19 and 21 December); until
  the day before the first weekday on or after 3 January (2 January, or up to the Sunday
  when 3 January falls on a weekend).
- Vinterferie: ISO week 8, Monday to Sunday.
- Påskeferie: from the Saturday before Palm Sunday through Easter Monday.
- Sommerferie: from the Saturday nearest 20 June until the Sunday before the Monday of
  ISO week 34, when school starts.

A school year "2026" runs from the Monday of week 34 in 2026 to the Sunday before the
Monday of week 34 in 2027; its summer holiday is the one at its end (summer 2027).
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.models import SchoolHoliday
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain import permissions, records

D = datetime.date
DAY = datetime.timedelta(days=1)
DEFAULT_MUNICIPALITY = "Oslo"


@dataclass(frozen=True)
class HolidayRange:
    name: str
    first_date: datetime.date
    last_date: datetime.date

    def __contains__(self, day: datetime.date) -> bool:
        return self.first_date <= day <= self.last_date


def easter_sunday(year: int) -> datetime.date:
    """Western Easter (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return D(year, month, day + 1)


def iso_week(year: int, week: int) -> HolidayRange:
    monday = D.fromisocalendar(year, week, 1)
    return HolidayRange("", monday, monday + 6 * DAY)


def school_start(year: int) -> datetime.date:
    """The first school day of the school year starting in ``year``: Monday of week 34."""
    return D.fromisocalendar(year, 34, 1)


def school_year_of(day: datetime.date) -> int:
    """The year the school year containing ``day`` started in."""
    return day.year if day >= school_start(day.year) else day.year - 1


def _weekday_on_or_before(day: datetime.date) -> datetime.date:
    while day.isoweekday() > 5:
        day -= DAY
    return day


def _weekday_on_or_after(day: datetime.date) -> datetime.date:
    while day.isoweekday() > 5:
        day += DAY
    return day


def oslo_school_holidays(school_year: int) -> list[HolidayRange]:
    """The holidays of the school year starting in August of ``school_year`` (see above)."""
    spring = school_year + 1
    autumn = iso_week(school_year, 40)
    christmas_first = _weekday_on_or_before(D(school_year, 12, 20)) + DAY
    christmas_last = _weekday_on_or_after(D(spring, 1, 3)) - DAY
    winter = iso_week(spring, 8)
    easter = easter_sunday(spring)
    midsummer = D(spring, 6, 20)
    to_saturday = (6 - midsummer.isoweekday()) % 7
    if to_saturday > 3:
        to_saturday -= 7
    return [
        HolidayRange("Høstferie", autumn.first_date, autumn.last_date),
        HolidayRange("Juleferie", christmas_first, christmas_last),
        HolidayRange("Vinterferie", winter.first_date, winter.last_date),
        HolidayRange("Påskeferie", easter - 8 * DAY, easter + DAY),
        HolidayRange("Sommerferie", midsummer + to_saturday * DAY,
                     school_start(spring) - DAY),
    ]


@dataclass
class StoreResult:
    created: list[SchoolHoliday]
    skipped: list[HolidayRange]   # a stored holiday already covers (part of) these days


@write
def store_school_holidays(ranges: list[HolidayRange],
                          municipality: str = DEFAULT_MUNICIPALITY) -> StoreResult:
    """Store ``ranges`` for ``municipality``, skipping any that overlaps a stored holiday there.

    Overlap rather than exact equality is checked, so a holiday the team has moved by a
    day is not added a second time.
    """
    permissions.require(permissions.EDIT_ACTIVITIES)
    if not ranges:
        return StoreResult([], [])
    first = min(r.first_date for r in ranges)
    last = max(r.last_date for r in ranges)
    stored = [(row.first_date, row.last_date) for row in
              SchoolHoliday.select(SchoolHoliday.first_date, SchoolHoliday.last_date)
              .where((SchoolHoliday.municipality == municipality)
                     & (SchoolHoliday.first_date <= last) & (SchoolHoliday.last_date >= first))]
    result = StoreResult([], [])
    for holiday in sorted(ranges, key=lambda r: r.first_date):
        if any(a <= holiday.last_date and holiday.first_date <= b for a, b in stored):
            result.skipped.append(holiday)
            continue
        row = records.create(SchoolHoliday, name=holiday.name, municipality=municipality,
                             first_date=holiday.first_date, last_date=holiday.last_date)
        stored.append((holiday.first_date, holiday.last_date))
        result.created.append(row)
    return result


def store_oslo_school_holidays(first_school_year: int, last_school_year: int | None = None,
                               municipality: str = DEFAULT_MUNICIPALITY) -> StoreResult:
    """Fill in Oslo's pattern for one or more school years (those already stored are kept)."""
    last_school_year = first_school_year if last_school_year is None else last_school_year
    ranges = [holiday for year in range(first_school_year, last_school_year + 1)
              for holiday in oslo_school_holidays(year)]
    return store_school_holidays(ranges, municipality)


class SchoolHolidayCalendar:
    """The stored school holidays in a period, loaded with one query; lookups need none."""

    def __init__(self, ranges: list[HolidayRange]):
        self.ranges = sorted(ranges, key=lambda r: r.first_date)
        self._days: dict[datetime.date, str] = {}
        for holiday in self.ranges:
            day = holiday.first_date
            while day <= holiday.last_date:
                self._days.setdefault(day, holiday.name)
                day += DAY

    @classmethod
    def load(cls, first: datetime.date, last: datetime.date,
             municipality: str | None = None) -> "SchoolHolidayCalendar":
        """Holidays touching ``first``..``last``; ``municipality`` None takes every stored row."""
        query = (SchoolHoliday.select(SchoolHoliday.name, SchoolHoliday.first_date,
                                      SchoolHoliday.last_date)
                 .where((SchoolHoliday.first_date <= last) & (SchoolHoliday.last_date >= first)))
        if municipality is not None:
            query = query.where(SchoolHoliday.municipality == municipality)
        return cls([HolidayRange(r.name, r.first_date, r.last_date) for r in query])

    def holiday_on(self, day: datetime.date) -> str | None:
        """The name of the school holiday ``day`` falls in, or None."""
        return self._days.get(day)

    def __contains__(self, day: datetime.date) -> bool:
        return day in self._days

    def is_school_holiday(self, day: datetime.date) -> bool:
        return day in self._days


def is_school_holiday(day: datetime.date, municipality: str | None = None) -> bool:
    """One day against the stored rows. For many days, load a SchoolHolidayCalendar once."""
    return day in SchoolHolidayCalendar.load(day, day, municipality)
