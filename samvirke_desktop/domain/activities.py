"""Activities as the team sees them in lists, with their session and enrolment counts."""
import datetime
from dataclasses import dataclass

from peewee import JOIN, fn

from samvirke_desktop.db.models import Activity, Enrolment, Session, Site
from samvirke_desktop.domain import permissions
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

    @property
    def kind_label(self) -> str:
        return ACTIVITY_KIND_LABELS.get(self.kind, self.kind)


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
    query = (Activity
             .select(Activity.id, Activity.name, Activity.kind, Site.name, Activity.place,
                     sessions.alias("session_count"), enrolled.alias("enrolled_count"),
                     Activity.archived)
             .join_from(Activity, Site, JOIN.LEFT_OUTER, on=(Activity.site == Site.id))
             .order_by(Activity.name, Activity.id))
    if not include_archived:
        query = query.where(Activity.archived == False)
    if scope is not None:
        query = query.where(Activity.id.in_(scope))
    return [ActivityRow(aid, name, kind, site or "", place, int(n_sessions or 0),
                        int(n_enrolled or 0), bool(archived))
            for aid, name, kind, site, place, n_sessions, n_enrolled, archived in query.tuples()]


def count_activities() -> int:
    return Activity.select().where(Activity.archived == False).count()
