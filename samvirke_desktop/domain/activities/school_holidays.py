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

Other municipalities mostly differ in the weeks of the autumn and winter holidays (Bergen:
week 41 and week 9), so the team's ``HolidayPattern`` (municipality, autumn week, winter
week) is a setting; Christmas, Easter and summer follow the rules above everywhere. The
pattern only fills in a school year: the stored rows are what sessions are planned around,
and the team edits them when the municipality's calendar differs.
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.models import SchoolHoliday
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.team.settings_store import read_setting, write_setting
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue, parse_date
from samvirke_desktop.errors import RecordGone

D = datetime.date
DAY = datetime.timedelta(days=1)
DEFAULT_MUNICIPALITY = "Oslo"
PATTERN_SETTING = "school_holiday_pattern"
# The longest school holiday is the summer (about nine weeks); more is a typing error.
MAX_HOLIDAY_DAYS = 80


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


@dataclass(frozen=True)
class HolidayPattern:
    """Where the team works and the weeks of its autumn and winter holidays."""
    municipality: str = DEFAULT_MUNICIPALITY
    autumn_week: int = 40
    winter_week: int = 8


OSLO = HolidayPattern()


def school_holidays_for(school_year: int, pattern: HolidayPattern = OSLO) -> list[HolidayRange]:
    """The holidays of the school year starting in August of ``school_year`` (see above)."""
    spring = school_year + 1
    autumn = iso_week(school_year, pattern.autumn_week)
    christmas_first = _weekday_on_or_before(D(school_year, 12, 20)) + DAY
    christmas_last = _weekday_on_or_after(D(spring, 1, 3)) - DAY
    winter = iso_week(spring, pattern.winter_week)
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


def oslo_school_holidays(school_year: int) -> list[HolidayRange]:
    """Oslo's holidays of the school year starting in August of ``school_year``."""
    return school_holidays_for(school_year, OSLO)


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
        row = record_changes.create(SchoolHoliday, name=holiday.name, municipality=municipality,
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


# --- the team's municipality and pattern ----------------------------------------------------

def holiday_pattern() -> HolidayPattern:
    """The team's pattern (Oslo's until the team sets its own); a damaged setting counts as unset."""
    stored = read_setting(PATTERN_SETTING, {})
    if not isinstance(stored, dict):
        return OSLO
    try:
        pattern = HolidayPattern(str(stored.get("municipality") or DEFAULT_MUNICIPALITY).strip(),
                                 int(stored.get("autumn_week", OSLO.autumn_week)),
                                 int(stored.get("winter_week", OSLO.winter_week)))
    except (TypeError, ValueError):
        return OSLO
    if not (1 <= pattern.autumn_week <= 52 and 1 <= pattern.winter_week <= 52):
        return OSLO
    return pattern


def team_municipality() -> str:
    """The municipality whose school holidays sessions are planned around."""
    return holiday_pattern().municipality


def _week(value, field: str, errors: FieldErrors) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text.isdigit() or not 1 <= int(text) <= 52:
        errors.add(field, "Skriv ukenummeret som et tall fra 1 til 52, for eksempel 40.")
        return None
    return int(text)


@write
def save_holiday_pattern(municipality: str, autumn_week, winter_week) -> HolidayPattern:
    """Store the team's municipality and holiday weeks.

    A new name for the municipality takes the stored holidays along: a team works in one
    municipality, and its holidays should not disappear from the plans because of a rename.
    """
    permissions.require(permissions.EDIT_ACTIVITIES)
    errors = FieldErrors()
    name = " ".join((municipality or "").split())
    if not name:
        errors.add("municipality", "Skriv navnet på kommunen, for eksempel Oslo.")
    elif len(name) > 100:
        errors.add("municipality", "Navnet på kommunen kan ha høyst 100 tegn.")
    autumn = _week(autumn_week, "autumn_week", errors)
    winter = _week(winter_week, "winter_week", errors)
    errors.raise_if_any()
    old = holiday_pattern()
    pattern = HolidayPattern(name, autumn, winter)
    if old.municipality != name and not SchoolHoliday.select().where(
            SchoolHoliday.municipality == name).exists():
        for row in SchoolHoliday.select().where(SchoolHoliday.municipality == old.municipality):
            record_changes.update(SchoolHoliday, row.id, row.version, municipality=name)
    write_setting(PATTERN_SETTING, {"municipality": name, "autumn_week": autumn,
                                    "winter_week": winter})
    return pattern


def fill_school_year(school_year: int, pattern: HolidayPattern | None = None) -> StoreResult:
    """Store the team's pattern for one school year (holidays already stored are kept)."""
    pattern = pattern or holiday_pattern()
    return store_school_holidays(school_holidays_for(school_year, pattern), pattern.municipality)


# --- the stored holidays, one by one ---------------------------------------------------------

@dataclass(frozen=True)
class SchoolHolidayRow:
    id: int
    version: int
    name: str
    municipality: str
    first_date: datetime.date
    last_date: datetime.date

    @property
    def days(self) -> int:
        return (self.last_date - self.first_date).days + 1

    @property
    def weeks_label(self) -> str:
        """"uke 40", "uke 51–1": the ISO weeks the holiday touches."""
        first = self.first_date.isocalendar()[1]
        last = self.last_date.isocalendar()[1]
        return f"uke {first}" if first == last else f"uke {first}–{last}"


def list_school_holidays(municipality: str | None = None,
                         from_date: datetime.date | None = None) -> list[SchoolHolidayRow]:
    """The stored holidays of ``municipality`` (the team's by default) in date order."""
    permissions.require(permissions.VIEW_ACTIVITIES)
    municipality = team_municipality() if municipality is None else municipality
    query = (SchoolHoliday.select()
             .where(SchoolHoliday.municipality == municipality)
             .order_by(SchoolHoliday.first_date, SchoolHoliday.id))
    if from_date is not None:
        query = query.where(SchoolHoliday.last_date >= from_date)
    return [SchoolHolidayRow(r.id, r.version, r.name, r.municipality, r.first_date, r.last_date)
            for r in query]


def read_school_holiday(holiday_id: int) -> tuple[dict, int]:
    """One holiday's name and days for the form, and its version."""
    permissions.require(permissions.VIEW_ACTIVITIES)
    row = SchoolHoliday.get_or_none(SchoolHoliday.id == holiday_id)
    if row is None:
        raise RecordGone("Skoleferien er slettet av en kollega. Last inn listen på nytt.")
    return {"name": row.name, "first_date": row.first_date,
            "last_date": row.last_date}, row.version


@write
def save_school_holiday(values: dict, holiday_id: int | None = None,
                        version: int | None = None) -> int:
    """Create or change one holiday of the team's municipality; its id.

    ``values``: name, first_date, last_date (dates or typed text). A holiday may not overlap
    another one of the same municipality: planning would not know which name to give a day.
    """
    permissions.require(permissions.EDIT_ACTIVITIES)
    current = None
    if holiday_id is not None:
        current = SchoolHoliday.get_or_none(SchoolHoliday.id == holiday_id)
        if current is None:
            raise RecordGone("Skoleferien er slettet av en kollega. Last inn listen på nytt.")
        if current.version != version:
            raise record_changes.conflict(current)
    municipality = current.municipality if current is not None else team_municipality()
    errors = FieldErrors()
    name = " ".join(str(values.get("name") or "").split())
    if not name:
        errors.add("name", "Skriv hva ferien heter, for eksempel Høstferie.")
    elif len(name) > 100:
        errors.add("name", "Navnet kan ha høyst 100 tegn.")
    first = last = None
    with errors.check("first_date"):
        first = parse_date(values.get("first_date"))
        if first is None:
            raise InvalidValue("Skriv første feriedag, for eksempel 28.09.2026.")
    with errors.check("last_date"):
        last = parse_date(values.get("last_date"))
        if last is None:
            raise InvalidValue("Skriv siste feriedag, for eksempel 04.10.2026.")
    if first and last:
        if last < first:
            errors.add("last_date", "Siste feriedag må være samme dag som eller etter den første.")
        elif (last - first).days >= MAX_HOLIDAY_DAYS:
            errors.add("last_date", f"En skoleferie kan vare høyst {MAX_HOLIDAY_DAYS} dager. "
                                    "Sjekk datoene.")
        else:
            overlap = (SchoolHoliday.select()
                       .where((SchoolHoliday.municipality == municipality)
                              & (SchoolHoliday.first_date <= last)
                              & (SchoolHoliday.last_date >= first)
                              & (SchoolHoliday.id != (holiday_id or 0)))
                       .first())
            if overlap is not None:
                errors.add("first_date", f"Datoene overlapper {overlap.name} "
                                         f"({date_no(overlap.first_date)}–"
                                         f"{date_no(overlap.last_date)}). Endre den i stedet.")
    errors.raise_if_any()
    if current is None:
        return record_changes.create(SchoolHoliday, name=name, municipality=municipality,
                                     first_date=first, last_date=last).id
    return record_changes.update(SchoolHoliday, holiday_id, version, name=name, first_date=first,
                                 last_date=last).id


@write
def delete_school_holiday(holiday_id: int, version: int) -> None:
    permissions.require(permissions.EDIT_ACTIVITIES)
    record_changes.delete(SchoolHoliday, holiday_id, version)
