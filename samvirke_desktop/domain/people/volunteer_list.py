"""Volunteers as the team sees them in lists: skills, languages, police certificate status
and the hours given this semester."""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from samvirke_desktop.db.models import (
    ActivityVolunteer,
    Language,
    Session,
    Skill,
    Volunteer,
    VolunteerLanguage,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.domain.people.police_certificate import CertificateCheck, certificate_status
from samvirke_desktop.domain.people.volunteer_hours import as_hours
from samvirke_desktop.domain.team import permissions


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
    skills: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    certificate: CertificateCheck | None = None
    hours: Decimal = Decimal("0.00")     # this semester, on sessions held
    availability: str = ""               # ISO weekdays, "2,4"

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


def semester_bounds(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The school semester ``day`` lies in: spring January–July, autumn August–December."""
    if day.month >= 8:
        return datetime.date(day.year, 8, 1), datetime.date(day.year, 12, 31)
    return datetime.date(day.year, 1, 1), datetime.date(day.year, 7, 31)


def semester_name(day: datetime.date) -> str:
    """"høst 2026" / "vår 2027"."""
    return f"{'høst' if day.month >= 8 else 'vår'} {day.year}"


def list_volunteers(*, include_archived: bool = False,
                    today: datetime.date | None = None) -> list[VolunteerRow]:
    """Volunteers by name; an activity leader sees those who help with their activities."""
    scope = permissions.people_scope()
    today = today or datetime.date.today()
    query = (Volunteer
             .select(Volunteer.id, Volunteer.first_name, Volunteer.last_name, Volunteer.phone,
                     Volunteer.email, Volunteer.start_date, Volunteer.end_date,
                     Volunteer.archived, Volunteer.search_text, Volunteer.availability,
                     Volunteer.police_certificate_required,
                     Volunteer.police_certificate_requested, Volunteer.police_certificate_issued,
                     Volunteer.police_certificate_shown,
                     Volunteer.police_certificate_renewal_years)
             # Anonymised volunteers are only hours in the statistics now, not people.
             .where(Volunteer.anonymised_at.is_null())
             .order_by(Volunteer.first_name, Volunteer.last_name, Volunteer.id))
    if not include_archived:
        query = query.where(_current())
    if scope is not None:
        regular = (ActivityVolunteer.select(ActivityVolunteer.volunteer)
                   .where(ActivityVolunteer.activity.in_(scope)))
        came = (VolunteerPresence.select(VolunteerPresence.volunteer).join(Session)
                .where(Session.activity.in_(scope)))
        query = query.where(Volunteer.id.in_(regular | came))
    skills = _names_by_volunteer(VolunteerSkill, Skill, VolunteerSkill.skill)
    languages = _names_by_volunteer(VolunteerLanguage, Language, VolunteerLanguage.language)
    hours = _hours_by_volunteer(*semester_bounds(today))
    rows = []
    for row in query.dicts():
        vid = row["id"]
        rows.append(VolunteerRow(
            vid, row["first_name"], row["last_name"], row["phone"], row["email"],
            row["start_date"], row["end_date"], bool(row["archived"]), row["search_text"],
            skills=skills.get(vid, ()), languages=languages.get(vid, ()),
            certificate=certificate_status(row, today),
            hours=hours.get(vid, Decimal("0.00")), availability=row["availability"]))
    return rows


def _names_by_volunteer(link_model, target_model, link_column) -> dict[int, tuple[str, ...]]:
    query = (link_model.select(link_model.volunteer, target_model.name)
             .join(target_model, on=(link_column == target_model.id))
             .order_by(link_model.volunteer, target_model.name))
    names: dict[int, list[str]] = {}
    for volunteer_id, name in query.tuples():
        names.setdefault(volunteer_id, []).append(name)
    return {vid: tuple(found) for vid, found in names.items()}


def _hours_by_volunteer(first: datetime.date, last: datetime.date) -> dict[int, Decimal]:
    query = (VolunteerPresence
             .select(VolunteerPresence.volunteer, fn.SUM(VolunteerPresence.hours))
             .join(Session, on=(VolunteerPresence.session == Session.id))
             .where(Session.date.between(first, last) & ~Session.cancelled)
             .group_by(VolunteerPresence.volunteer))
    return {vid: as_hours(total) for vid, total in query.tuples()}


def count_active_volunteers(today: datetime.date | None = None) -> int:
    """Volunteers who have started and not ended on ``today``."""
    today = today or datetime.date.today()
    return (Volunteer.select()
            .where(_current()
                   & (Volunteer.start_date.is_null() | (Volunteer.start_date <= today))
                   & (Volunteer.end_date.is_null() | (Volunteer.end_date >= today)))
            .count())
