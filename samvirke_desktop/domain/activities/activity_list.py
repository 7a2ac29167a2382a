"""Activities as the team sees them in lists, with their session and enrolment counts."""
import datetime
from dataclasses import dataclass

from peewee import JOIN, fn

from samvirke_desktop.db.models import Activity, Enrolment, Session, Site
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    name: str
    kind: str
    site: str
    place: str
    session_count: int   # sessions held or planned, cancelled ones not counted
    enrolled_count: int  # enrolments that have not ended
    archived: bool
    site_id: int | None = None
    first_session: datetime.date | None = None  # cancelled sessions not counted
    last_session: datetime.date | None = None
    with_children: bool = True

    @property
    def kind_label(self) -> str:
        return ACTIVITY_KIND_LABELS.get(self.kind, self.kind)

    def state(self, today: datetime.date) -> str:
        """ENDED when archived or its last session has passed, PLANNED before its first one,
        else ONGOING (also an activity without sessions yet: it is being set up)."""
        if self.archived or (self.last_session is not None and self.last_session < today):
            return ENDED
        if self.first_session is not None and self.first_session > today:
            return PLANNED
        return ONGOING


ONGOING, PLANNED, ENDED = "ongoing", "planned", "ended"
STATE_LABELS = {ONGOING: "Pågår", PLANNED: "Ikke startet", ENDED: "Avsluttet"}


def filter_activities(rows, *, kind: str | None = None, site_id: int | None = None,
                      states: set[str] | frozenset[str] | None = None,
                      archived: bool | None = None,
                      today: datetime.date | None = None) -> list[ActivityRow]:
    """The rows of one kind, at one site, in the given states, archived or not (None: any)."""
    today = today or datetime.date.today()
    return [row for row in rows
            if (kind is None or row.kind == kind)
            and (site_id is None or row.site_id == site_id)
            and (archived is None or row.archived == archived)
            and (states is None or row.state(today) in states)]


def list_activities(*, include_archived: bool = False,
                    today: datetime.date | None = None) -> list[ActivityRow]:
    """One query: the counts are correlated subqueries that use the (activity, …) indexes.

    An activity leader sees the activities they lead.
    """
    scope = permissions.activity_scope(permissions.VIEW_ACTIVITIES)
    today = today or datetime.date.today()
    sessions = (Session.select(fn.COUNT(Session.id))
                .where((Session.activity == Activity.id) & (Session.cancelled == False)))
    enrolled = (Enrolment.select(fn.COUNT(Enrolment.id))
                .where((Enrolment.activity == Activity.id)
                       & (Enrolment.end_date.is_null() | (Enrolment.end_date >= today))))
    held = (Session.activity == Activity.id) & (Session.cancelled == False)
    first = Session.select(fn.MIN(Session.date)).where(held)
    last = Session.select(fn.MAX(Session.date)).where(held)
    query = (Activity
             .select(Activity.id, Activity.name, Activity.kind, Site.name, Activity.place,
                     sessions.alias("session_count"), enrolled.alias("enrolled_count"),
                     Activity.archived, Activity.site, first.alias("first_session"),
                     last.alias("last_session"), Activity.with_children)
             .join_from(Activity, Site, JOIN.LEFT_OUTER, on=(Activity.site == Site.id))
             .order_by(Activity.name, Activity.id))
    if not include_archived:
        query = query.where(Activity.archived == False)
    if scope is not None:
        query = query.where(Activity.id.in_(scope))
    return [ActivityRow(aid, name, kind, site or "", place, int(n_sessions or 0),
                        int(n_enrolled or 0), bool(archived), site_id, _date(first_day),
                        _date(last_day), bool(with_children))
            for aid, name, kind, site, place, n_sessions, n_enrolled, archived, site_id,
            first_day, last_day, with_children in query.tuples()]


def _date(value) -> datetime.date | None:
    """A MIN/MAX over a date column comes back as text on SQLite."""
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def count_activities() -> int:
    return Activity.select().where(Activity.archived == False).count()
