"""Residents as the team sees them in lists: one query, joined with site and household."""
import datetime
from dataclasses import dataclass

from peewee import JOIN

from samvirke_desktop.db.models import (
    Attendance,
    Consent,
    Enrolment,
    Household,
    Resident,
    Session,
    Site,
)
from samvirke_desktop.domain.team import permissions
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
    site_id: int | None = None
    interpreter_needed: bool = False
    needs_completion: bool = False
    # Consent kinds ("photo", "sms" …) in force, and those withdrawn and not given again.
    consents: tuple[str, ...] = ()
    withdrawn_consents: tuple[str, ...] = ()

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
    """Residents by name; archived ones only when asked for. Anonymised rows are never
    listed: what is left of them is figures for the statistics, not a person.

    An activity leader sees the participants of the activities they lead.
    """
    scope = permissions.people_scope()
    today = today or datetime.date.today()
    query = (Resident
             .select(Resident.id, Resident.first_name, Resident.last_name, Resident.birth_date,
                     Resident.birth_year, Resident.gender, Site.name, Household.name,
                     Resident.language, Resident.archived, Resident.anonymised_at,
                     Resident.search_text, Resident.site, Resident.interpreter_needed,
                     Resident.needs_completion)
             .join_from(Resident, Site, JOIN.LEFT_OUTER, on=(Resident.site == Site.id))
             .join_from(Resident, Household, JOIN.LEFT_OUTER,
                        on=(Resident.household == Household.id))
             .where(Resident.anonymised_at.is_null())
             .order_by(Resident.first_name, Resident.last_name, Resident.id))
    if not include_archived:
        query = query.where(_current())
    if scope is not None:
        query = query.where(Resident.id.in_(participants_of(scope)))
    active, withdrawn = _consents_by_resident(include_archived, scope)
    # Raw rows: peewee's conversion of every value took most of the time for 20 000
    # residents; only the birth date needs converting (SQLite hands it back as text).
    rows = Resident._meta.database.execute(query).fetchall()
    return [
        ResidentRow(id=rid, first_name=first, last_name=last,
                    age=age_on(_day(birth_date), birth_year, today), gender=gender,
                    site=site or "", household=household or "", language=language,
                    archived=bool(archived), anonymised=anonymised_at is not None,
                    search_text=search, site_id=site_id, interpreter_needed=bool(interpreter),
                    needs_completion=bool(incomplete), consents=active.get(rid, ()),
                    withdrawn_consents=withdrawn.get(rid, ()))
        for (rid, first, last, birth_date, birth_year, gender, site, household, language,
             archived, anonymised_at, search, site_id, interpreter, incomplete) in rows
    ]


def _day(value) -> datetime.date | None:
    """A stored date as ``datetime.date``: text from SQLite, a date from PostgreSQL."""
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value[:10])


def _consents_by_resident(include_archived: bool, scope) -> tuple[dict, dict]:
    """Per resident: consent kinds in force, and kinds withdrawn without a newer one in force."""
    query = (Consent.select(Consent.resident, Consent.kind, Consent.withdrawn_date)
             .join(Resident, on=(Consent.resident == Resident.id))
             .where(Resident.anonymised_at.is_null())
             .order_by(Consent.resident, Consent.kind))
    if not include_archived:
        query = query.where(_current())
    if scope is not None:
        query = query.where(Resident.id.in_(participants_of(scope)))
    active: dict[int, list[str]] = {}
    withdrawn: dict[int, list[str]] = {}
    for resident_id, kind, withdrawn_date in query.tuples():
        target = active if withdrawn_date is None else withdrawn
        kinds = target.setdefault(resident_id, [])
        if kind not in kinds:
            kinds.append(kind)
    withdrawn = {rid: tuple(k for k in kinds if k not in active.get(rid, ()))
                 for rid, kinds in withdrawn.items()}
    return ({rid: tuple(kinds) for rid, kinds in active.items()},
            {rid: kinds for rid, kinds in withdrawn.items() if kinds})


def participants_of(activity_ids: list[int]):
    """Residents enrolled in or registered at any of ``activity_ids`` (a subquery)."""
    enrolled = Enrolment.select(Enrolment.resident).where(Enrolment.activity.in_(activity_ids))
    attended = (Attendance.select(Attendance.resident).join(Session)
                .where(Session.activity.in_(activity_ids)))
    return enrolled | attended


def count_residents(*, include_archived: bool = False) -> int:
    query = Resident.select().where(Resident.anonymised_at.is_null())
    if not include_archived:
        query = query.where(_current())
    return query.count()
