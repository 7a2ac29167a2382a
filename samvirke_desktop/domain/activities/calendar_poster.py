"""What the month poster (Aktivitetskalender) shows: every held session, day by day."""
import calendar
import datetime
from dataclasses import dataclass, field

import holidays

from samvirke_desktop.db.models import ACTIVITY_KINDS, Activity, Session, Site
from samvirke_desktop.domain.report_periods import month_bounds
from samvirke_desktop.domain.team import permissions


@dataclass(frozen=True)
class CalendarEntry:
    session_id: int
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    activity_id: int
    activity_name: str
    kind: str
    place: str
    topic: str


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    holiday: str = ""
    entries: list[CalendarEntry] = field(default_factory=list)


@dataclass(frozen=True)
class CalendarWeek:
    iso_week: int
    days: list[CalendarDay]   # Monday to Sunday


@dataclass(frozen=True)
class MonthCalendar:
    year: int
    month: int
    site_name: str
    weeks: list[CalendarWeek]
    kinds: list[str]          # the activity kinds on the poster, in the usual order

    @property
    def entries(self) -> list[CalendarEntry]:
        return [e for week in self.weeks for day in week.days for e in day.entries]


def public_holidays(year: int) -> dict[datetime.date, str]:
    """Norwegian public holidays by date, with their Norwegian names (Sundays left out)."""
    return dict(holidays.Norway(years=year, language="no", include_sundays=False).items())


def month_calendar(year: int, month: int, *, site_id: int | None = None) -> MonthCalendar:
    """Weeks Monday–Sunday covering the month; days outside it are present but empty.

    Every role sees every activity: the calendar poster names no participants.
    """
    permissions.require(permissions.VIEW_ACTIVITIES)
    first, last = month_bounds(year, month)
    query = (Session.select(Session.id, Session.date, Session.start_time, Session.end_time,
                            Session.place, Session.topic, Activity.id, Activity.name,
                            Activity.kind, Activity.place)
             .join(Activity)
             .where(Session.date.between(first, last) & (Session.cancelled == False))
             .order_by(Session.date, Session.start_time, Activity.name, Session.id))
    site_name = ""
    if site_id is not None:
        query = query.where(Activity.site == site_id)
        site = Site.get_or_none(Site.id == site_id)
        site_name = site.name if site else ""

    by_date: dict[datetime.date, list[CalendarEntry]] = {}
    for (sid, date, start, end, place, topic, aid, name, kind, activity_place) in query.tuples():
        by_date.setdefault(date, []).append(CalendarEntry(
            session_id=sid, date=date, start_time=start, end_time=end, activity_id=aid,
            activity_name=name, kind=kind, place=place or activity_place, topic=topic))

    holidays_by_date = public_holidays(year)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        days = [CalendarDay(date=d, in_month=d.month == month,
                            holiday=holidays_by_date.get(d, "") if d.month == month else "",
                            entries=by_date.get(d, []) if d.month == month else [])
                for d in week]
        weeks.append(CalendarWeek(iso_week=week[0].isocalendar()[1], days=days))

    used = {e.kind for entries in by_date.values() for e in entries}
    kinds = [k for k in ACTIVITY_KINDS if k in used] + sorted(used - set(ACTIVITY_KINDS))
    return MonthCalendar(year=year, month=month, site_name=site_name, weeks=weeks, kinds=kinds)
