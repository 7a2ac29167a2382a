"""Volunteers as the team sees them in lists."""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.models import ActivityVolunteer, Session, Volunteer, VolunteerPresence
from samvirke_desktop.domain import permissions


@dataclass(frozen=True, slots=True)
class VolunteerRow:
    id: int
    first_name: str
    last_name: str
    phone: str
    email: str
    start_date: datetime.date | None
    end_date: datetime.date | None
    archived: bool
    search_text: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def active_on(self, day: datetime.date) -> bool:
        started = self.start_date is None or self.start_date <= day
        not_ended = self.end_date is None or self.end_date >= day
        return started and not_ended and not self.archived


def _current():
    """Neither archived nor anonymised."""
    return (Volunteer.archived == False) & Volunteer.anonymised_at.is_null()


def list_volunteers(*, include_archived: bool = False) -> list[VolunteerRow]:
    """Volunteers by name; an activity leader sees those who help with their activities."""
    scope = permissions.people_scope()
    query = (Volunteer
             .select(Volunteer.id, Volunteer.first_name, Volunteer.last_name, Volunteer.phone,
                     Volunteer.email, Volunteer.start_date, Volunteer.end_date,
                     Volunteer.archived, Volunteer.search_text)
             .order_by(Volunteer.first_name, Volunteer.last_name, Volunteer.id))
    if not include_archived:
        query = query.where(_current())
    if scope is not None:
        regular = (ActivityVolunteer.select(ActivityVolunteer.volunteer)
                   .where(ActivityVolunteer.activity.in_(scope)))
        came = (VolunteerPresence.select(VolunteerPresence.volunteer).join(Session)
                .where(Session.activity.in_(scope)))
        query = query.where(Volunteer.id.in_(regular | came))
    return [VolunteerRow(vid, first, last, phone, email, start, end, bool(archived), search)
            for vid, first, last, phone, email, start, end, archived, search in query.tuples()]


def count_active_volunteers(today: datetime.date | None = None) -> int:
    """Volunteers who have started and not ended on ``today``."""
    today = today or datetime.date.today()
    return (Volunteer.select()
            .where(_current()
                   & (Volunteer.start_date.is_null() | (Volunteer.start_date <= today))
                   & (Volunteer.end_date.is_null() | (Volunteer.end_date >= today)))
            .count())
