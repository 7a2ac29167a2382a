"""Residents as the team sees them in lists: one query, joined with site and household."""
import datetime
from dataclasses import dataclass

from peewee import JOIN

from samvirke_desktop.db.models import Attendance, Enrolment, Household, Resident, Session, Site
from samvirke_desktop.domain import permissions
from samvirke_desktop.domain.vocabulary import gender_label


def age_on(birth_date: datetime.date | None, birth_year: int | None,
           on: datetime.date) -> int | None:
    """Age in whole years on ``on``; with only a birth year, the age reached that year."""
    if birth_date is not None:
        before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
        return on.year - birth_date.year - before_birthday
    if birth_year is not None:
        return on.year - birth_year
    return None


@dataclass(frozen=True, slots=True)
class ResidentRow:
    id: int
    first_name: str
    last_name: str
    age: int | None
    gender: str
    site: str
    household: str
    language: str
    archived: bool
    anonymised: bool
    search_text: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def gender_label(self) -> str:
        return gender_label(self.gender, self.age)


def _current():
    """Neither archived nor anonymised."""
    return (Resident.archived == False) & Resident.anonymised_at.is_null()


def list_residents(*, include_archived: bool = False,
                   today: datetime.date | None = None) -> list[ResidentRow]:
    """Residents by name; archived and anonymised ones only when asked for.

    An activity leader sees the participants of the activities they lead.
    """
    scope = permissions.people_scope()
    today = today or datetime.date.today()
    query = (Resident
             .select(Resident.id, Resident.first_name, Resident.last_name, Resident.birth_date,
                     Resident.birth_year, Resident.gender, Site.name, Household.name,
                     Resident.language, Resident.archived, Resident.anonymised_at,
                     Resident.search_text)
             .join_from(Resident, Site, JOIN.LEFT_OUTER, on=(Resident.site == Site.id))
             .join_from(Resident, Household, JOIN.LEFT_OUTER,
                        on=(Resident.household == Household.id))
             .order_by(Resident.first_name, Resident.last_name, Resident.id))
    if not include_archived:
        query = query.where(_current())
    if scope is not None:
        query = query.where(Resident.id.in_(participants_of(scope)))
    return [
        ResidentRow(id=rid, first_name=first, last_name=last,
                    age=age_on(birth_date, birth_year, today), gender=gender,
                    site=site or "", household=household or "", language=language,
                    archived=bool(archived), anonymised=anonymised_at is not None,
                    search_text=search)
        for (rid, first, last, birth_date, birth_year, gender, site, household, language,
             archived, anonymised_at, search) in query.tuples()
    ]


def participants_of(activity_ids: list[int]):
    """Residents enrolled in or registered at any of ``activity_ids`` (a subquery)."""
    enrolled = Enrolment.select(Enrolment.resident).where(Enrolment.activity.in_(activity_ids))
    attended = (Attendance.select(Attendance.resident).join(Session)
                .where(Session.activity.in_(activity_ids)))
    return enrolled | attended


def count_residents(*, include_archived: bool = False) -> int:
    query = Resident.select()
    if not include_archived:
        query = query.where(_current())
    return query.count()
