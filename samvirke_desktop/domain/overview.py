"""What the team sees first: this week's sessions and a few key counts."""
import datetime
from dataclasses import dataclass

from peewee import fn

from samvirke_desktop.db.models import Activity, Attendance, HeadCount, Resident, Session
from samvirke_desktop.domain import permissions
from samvirke_desktop.domain.activities import count_activities
from samvirke_desktop.domain.applications import count_ongoing_applications
from samvirke_desktop.domain.residents import count_residents
from samvirke_desktop.domain.volunteers import count_active_volunteers


def week_bounds(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Monday and Sunday of the ISO week ``day`` is in."""
    monday = day - datetime.timedelta(days=day.isoweekday() - 1)
    return monday, monday + datetime.timedelta(days=6)


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    activity: str
    place: str
    cancelled: bool
    present_count: int  # registered residents present plus head counts


def list_sessions_between(first: datetime.date, last: datetime.date) -> list[SessionRow]:
    """Sessions from ``first`` to ``last`` (inclusive) in time order, with attendance counts.

    An activity leader sees the sessions of the activities they lead.
    """
    scope = permissions.activity_scope(permissions.VIEW_ACTIVITIES)
    present = (Attendance.select(fn.COUNT(Attendance.id))
               .where((Attendance.session == Session.id) & (Attendance.present == True)))
    heads = (HeadCount.select(fn.COALESCE(fn.SUM(HeadCount.count), 0))
             .where(HeadCount.session == Session.id))
    query = (Session
             .select(Session.id, Session.date, Session.start_time, Session.end_time,
                     Activity.name, Session.place, Activity.place, Session.cancelled,
                     present.alias("present"), heads.alias("heads"))
             .join(Activity, on=(Session.activity == Activity.id))
             .where(Session.date.between(first, last))
             .order_by(Session.date, Session.start_time, Activity.name, Session.id))
    if scope is not None:
        query = query.where(Session.activity.in_(scope))
    return [SessionRow(sid, day, start, end, activity, place or activity_place,
                       bool(cancelled), int(n_present or 0) + int(n_heads or 0))
            for sid, day, start, end, activity, place, activity_place, cancelled, n_present,
            n_heads in query.tuples()]


def list_week_sessions(today: datetime.date | None = None) -> list[SessionRow]:
    return list_sessions_between(*week_bounds(today or datetime.date.today()))


@dataclass(frozen=True, slots=True)
class KeyCounts:
    residents: int
    active_volunteers: int
    activities: int
    sessions_this_week: int
    ongoing_applications: int


def key_counts(today: datetime.date | None = None) -> KeyCounts:
    today = today or datetime.date.today()
    first, last = week_bounds(today)
    week_sessions = (Session.select()
                     .where(Session.date.between(first, last)
                            & (Session.cancelled == False))
                     .count())
    return KeyCounts(
        residents=count_residents(),
        active_volunteers=count_active_volunteers(today),
        activities=count_activities(),
        sessions_this_week=week_sessions,
        ongoing_applications=count_ongoing_applications(),
    )


def is_empty() -> bool:
    """True for a database nobody has started using: no residents and no activities."""
    return not Resident.select().exists() and not Activity.select().exists()
