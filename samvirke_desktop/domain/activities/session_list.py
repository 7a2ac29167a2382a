"""The sessions of one activity as the team follows them: planned, held, cancelled, moved.

One query gives every session with its counts (registered residents present, head counts,
volunteers); the date a moved session was planned on comes from the change log, as in
``scheduling``.
"""
import datetime
from dataclasses import dataclass

from peewee import JOIN, fn

from samvirke_desktop.db.models import (
    Activity,
    Attendance,
    HeadCount,
    Session,
    Site,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.activities.scheduling import ScheduleRow, planned_dates_of_moved, schedules_of
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS
from samvirke_desktop.errors import RecordGone

PLANNED, TODAY, HELD, MISSING, CANCELLED = "planned", "today", "held", "missing", "cancelled"
STATUS_LABELS = {PLANNED: "Planlagt", TODAY: "I dag", HELD: "Holdt",
                 MISSING: "Oppmøte mangler", CANCELLED: "Avlyst"}


@dataclass(frozen=True, slots=True)
class ActivitySessionRow:
    id: int
    version: int
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    place: str
    topic: str
    cancelled: bool
    cancel_reason: str
    from_schedule: bool
    present: int            # registered residents marked present
    head_count: int         # people counted without a name
    volunteers: int
    registered: bool        # anything registered (see held_sessions): ticks, heads, volunteers
    moved_from: datetime.date | None = None

    @property
    def week(self) -> int:
        return self.date.isocalendar()[1]

    @property
    def attendance(self) -> int:
        return self.present + self.head_count

    def status(self, today: datetime.date) -> str:
        """As ``held_sessions.state`` as of today; a session today with nothing yet is TODAY."""
        state = held_sessions.state(self.cancelled, self.date, self.registered, today)
        if state == held_sessions.NOT_REGISTERED:
            return TODAY if self.date == today else MISSING
        return {held_sessions.HELD: HELD, held_sessions.PLANNED: PLANNED,
                held_sessions.CANCELLED: CANCELLED}[state]

    def status_text(self, today: datetime.date) -> str:
        """"Avlyst: Sykdom", "Planlagt (flyttet fra 03.09.2026)"."""
        status = self.status(today)
        text = STATUS_LABELS[status]
        if status == CANCELLED and self.cancel_reason:
            text += f": {self.cancel_reason}"
        if self.moved_from is not None:
            text += f" (flyttet fra {date_no(self.moved_from)})"
        return text


def list_activity_sessions(activity_id: int, *, first: datetime.date | None = None,
                           last: datetime.date | None = None) -> list[ActivitySessionRow]:
    """The activity's sessions in time order, with their counts, optionally in a period."""
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, activity_id)
    present = (Attendance.select(fn.COUNT(Attendance.id))
               .where((Attendance.session == Session.id) & (Attendance.present == True)))
    heads = (HeadCount.select(fn.COALESCE(fn.SUM(HeadCount.count), 0))
             .where(HeadCount.session == Session.id))
    helpers = (VolunteerPresence.select(fn.COUNT(VolunteerPresence.id))
               .where(VolunteerPresence.session == Session.id))
    query = (Session
             .select(Session.id, Session.version, Session.date, Session.start_time,
                     Session.end_time, Session.place, Session.topic, Session.cancelled,
                     Session.cancel_reason, Session.schedule, present.alias("present"),
                     heads.alias("heads"), helpers.alias("helpers"),
                     held_sessions.registered().alias("registered"))
             .where(Session.activity == activity_id)
             .order_by(Session.date, Session.start_time, Session.id))
    if first is not None:
        query = query.where(Session.date >= first)
    if last is not None:
        query = query.where(Session.date <= last)
    rows = list(query.tuples())
    moved = planned_dates_of_moved([r[0] for r in rows])
    return [ActivitySessionRow(sid, version, day, start, end, place, topic, bool(cancelled),
                               reason, schedule is not None, int(n_present or 0),
                               int(n_heads or 0), int(n_helpers or 0), bool(registered),
                               moved.get(sid) if moved.get(sid) != day else None)
            for sid, version, day, start, end, place, topic, cancelled, reason, schedule,
            n_present, n_heads, n_helpers, registered in rows]


@dataclass(frozen=True)
class ActivitySummary:
    id: int
    name: str
    kind: str
    site: str
    place: str
    responsible: str
    with_children: bool
    head_count_only: bool
    archived: bool
    schedules: list[ScheduleRow]

    @property
    def kind_label(self) -> str:
        return ACTIVITY_KIND_LABELS.get(self.kind, self.kind)

    @property
    def where(self) -> str:
        return ", ".join(p for p in (self.place, self.site) if p)


def activity_summary(activity_id: int) -> ActivitySummary:
    """The heading of the sessions window: what, where, who and the schedules."""
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, activity_id)
    row = (Activity.select(Activity, Site.name.alias("site_name"))
           .join(Site, JOIN.LEFT_OUTER, on=(Site.id == Activity.site))
           .where(Activity.id == activity_id).objects().first())
    if row is None:
        raise RecordGone("Aktiviteten finnes ikke lenger. Den kan være slettet av en kollega.")
    return ActivitySummary(row.id, row.name, row.kind, row.site_name or "", row.place,
                           row.responsible, bool(row.with_children), bool(row.head_count_only),
                           bool(row.archived), schedules_of(activity_id))


def session_to_show(rows: list[ActivitySessionRow], today: datetime.date) -> int | None:
    """The row to put the cursor on: today's session, else the next one, else the last."""
    if not rows:
        return None
    for index, row in enumerate(rows):
        if row.date >= today:
            return index
    return len(rows) - 1
