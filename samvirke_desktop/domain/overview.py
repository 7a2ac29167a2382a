"""What the team sees first: this week's sessions, a few key counts, and what needs doing
(sessions held without attendance, police certificates running out)."""
import datetime
from dataclasses import dataclass

from peewee import fn

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Attendance,
    HeadCount,
    Resident,
    Session,
)
from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.activities.activity_list import count_activities
from samvirke_desktop.domain.grants.application_list import count_ongoing_applications
from samvirke_desktop.domain.people.police_certificate import (
    EXPIRING_WITHIN_DAYS,
    CertificateAlert,
    CertificateStatus,
    certificate_alerts,
)
from samvirke_desktop.domain.people.resident_list import count_residents
from samvirke_desktop.domain.people.volunteer_list import count_active_volunteers
from samvirke_desktop.domain.team import permissions


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


# --- what needs doing ---------------------------------------------------------------------

UNREGISTERED_DAYS = 42   # how far back «held without attendance» looks: six weeks


@dataclass(frozen=True, slots=True)
class UnregisteredSession:
    id: int
    activity_id: int
    activity: str
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    place: str


def sessions_without_attendance(today: datetime.date | None = None,
                                days: int = UNREGISTERED_DAYS) -> list[UnregisteredSession]:
    """Sessions in the ``days`` before ``today`` that are *not registered* (``held_sessions``):
    no one ticked present or absent, no head count, no volunteer, not marked that nobody came.
    Newest first.

    Activities counted by head only still need their head count. An activity leader sees
    the sessions of the activities they lead.
    """
    scope = permissions.activity_scope(permissions.VIEW_ACTIVITIES)
    today = today or datetime.date.today()
    first = today - datetime.timedelta(days=days)
    nothing = held_sessions.not_registered(today)
    query = (Session
             .select(Session.id, Activity.id, Activity.name, Session.date, Session.start_time,
                     Session.end_time, Session.place, Activity.place)
             .join(Activity, on=(Session.activity == Activity.id))
             .where((Session.date >= first) & (Session.date < today)
                    & (Activity.archived == False) & nothing)
             .order_by(Session.date.desc(), Session.start_time.desc(), Activity.name))
    if scope is not None:
        query = query.where(Session.activity.in_(scope))
    return [UnregisteredSession(sid, aid, name, day, start, end, place or activity_place)
            for sid, aid, name, day, start, end, place, activity_place in query.tuples()]


def certificate_watch(today: datetime.date | None = None) -> list[CertificateAlert]:
    """Volunteers whose police certificate has expired or expires within 60 days, and those
    with none at all who help regularly with an activity with children. Expired first."""
    permissions.require(permissions.VIEW_PEOPLE)
    today = today or datetime.date.today()
    alerts = certificate_alerts(EXPIRING_WITHIN_DAYS, today, include_missing=True)
    with_children = {vid for (vid,) in ActivityVolunteer
                     .select(ActivityVolunteer.volunteer)
                     .join(Activity, on=(Activity.id == ActivityVolunteer.activity))
                     .where(Activity.with_children & (Activity.archived == False)).tuples()}
    return [a for a in alerts
            if a.check.status is not CertificateStatus.MISSING or a.volunteer_id in with_children]
