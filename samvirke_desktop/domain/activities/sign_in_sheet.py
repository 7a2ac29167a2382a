"""What the printed sign-in sheet (Oppmøteliste) for one activity and month holds."""
import datetime
from dataclasses import dataclass

from peewee import JOIN

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Enrolment,
    Resident,
    Session,
    Site,
    Volunteer,
)
from samvirke_desktop.domain.person_names import full_name, listed_name, name_sort_key
from samvirke_desktop.domain.report_periods import month_bounds
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.errors import RecordGone

WALK_IN_ROWS = 8


@dataclass(frozen=True)
class SheetSession:
    session_id: int
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None


@dataclass(frozen=True)
class SheetPerson:
    person_id: int
    first_name: str
    last_name: str

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def listed_name(self) -> str:
        return listed_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class SignInSheetData:
    activity_id: int
    activity_name: str
    place: str
    site_name: str
    year: int
    month: int
    sessions: list[SheetSession]
    participants: list[SheetPerson]
    volunteers: list[SheetPerson]

    @property
    def first(self) -> datetime.date:
        return month_bounds(self.year, self.month)[0]

    @property
    def last(self) -> datetime.date:
        return month_bounds(self.year, self.month)[1]


def _active_in(model, first, last):
    return (((model.start_date.is_null()) | (model.start_date <= last))
            & ((model.end_date.is_null()) | (model.end_date >= first)))


def _people(rows) -> list[SheetPerson]:
    people = [SheetPerson(pid, first_name, last_name) for pid, first_name, last_name in rows]
    return sorted(people, key=lambda p: (name_sort_key(p.first_name, p.last_name), p.person_id))


def sign_in_sheet_data(activity_id: int, year: int, month: int) -> SignInSheetData:
    """The month's planned sessions, the enrolled participants and the regular volunteers."""
    permissions.require_for_activity(permissions.MAKE_NAMED_REPORTS, activity_id)
    first, last = month_bounds(year, month)
    activity = (Activity.select(Activity, Site).join(Site, JOIN.LEFT_OUTER)
                .where(Activity.id == activity_id).first())
    if activity is None:
        raise RecordGone("Aktiviteten finnes ikke lenger. Velg en annen aktivitet.")

    sessions = [SheetSession(*row) for row in (
        Session.select(Session.id, Session.date, Session.start_time, Session.end_time)
        .where((Session.activity == activity_id) & Session.date.between(first, last)
               & (Session.cancelled == False))
        .order_by(Session.date, Session.start_time, Session.id).tuples())]

    participants = _people(
        Resident.select(Resident.id, Resident.first_name, Resident.last_name)
        .join(Enrolment)
        .where((Enrolment.activity == activity_id) & _active_in(Enrolment, first, last)
               & (Resident.archived == False) & Resident.anonymised_at.is_null())
        .tuples())

    volunteers = _people(
        Volunteer.select(Volunteer.id, Volunteer.first_name, Volunteer.last_name)
        .join(ActivityVolunteer)
        .where((ActivityVolunteer.activity == activity_id) & _active_in(Volunteer, first, last)
               & (Volunteer.archived == False) & Volunteer.anonymised_at.is_null())
        .tuples())

    return SignInSheetData(
        activity_id=activity.id, activity_name=activity.name, place=activity.place,
        site_name=activity.site.name if activity.site_id else "", year=year, month=month,
        sessions=sessions, participants=participants, volunteers=volunteers)
