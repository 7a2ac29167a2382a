"""The month grid: a filled-in paper sign-in sheet typed in, participants × session dates.

The grid follows the printed Oppmøteliste (``sign_in_sheet``): the month's sessions that are
held, enrolled participants sorted by last name as on paper, then anyone else registered that
month (walk-ins), and the volunteers with their hours. Writing goes through
``attendance.set_present`` and ``attendance.set_volunteer_hours`` (same roles, same change
log as at the door); several cells typed at once are saved in one transaction.
"""
import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Attendance,
    Enrolment,
    Resident,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.people.police_certificate import needs_children_warning
from samvirke_desktop.domain.person_names import full_name, listed_name, name_sort_key
from samvirke_desktop.domain.report_periods import month_bounds
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import MONTH_LABELS, WEEKDAY_LABELS
from samvirke_desktop.errors import RecordGone

SQL_CHUNK = 500


@dataclass(frozen=True)
class GridSession:
    session_id: int
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None

    @property
    def hours(self) -> Decimal | None:
        return attendance.session_length(self.start_time, self.end_time)

    @property
    def label(self) -> str:
        """«ti 01.09» for a column header."""
        return f"{WEEKDAY_LABELS[self.date.isoweekday()][:2]} {self.date:%d.%m}"


@dataclass(frozen=True)
class GridPerson:
    resident_id: int
    first_name: str
    last_name: str
    enrolled: bool

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def listed_name(self) -> str:
        return listed_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class GridVolunteer:
    volunteer_id: int
    first_name: str
    last_name: str
    regular: bool
    warning: bool     # no valid police certificate on an activity with children

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def listed_name(self) -> str:
        return listed_name(self.first_name, self.last_name)


@dataclass
class MonthGrid:
    activity_id: int
    activity_name: str
    with_children: bool
    year: int
    month: int
    sessions: list[GridSession]
    cancelled: list[tuple[datetime.date, str]]          # not in the grid, named under it
    people: list[GridPerson]
    presence: dict[tuple[int, int], bool] = field(default_factory=dict)  # (resident, session)
    volunteers: list[GridVolunteer] = field(default_factory=list)
    hours: dict[tuple[int, int], Decimal] = field(default_factory=dict)  # (volunteer, session)

    @property
    def title(self) -> str:
        return f"{MONTH_LABELS[self.month]} {self.year}"

    _totals_cache: tuple[Counter, Counter] | None = field(default=None, init=False,
                                                         repr=False, compare=False)

    def _totals(self) -> tuple[Counter, Counter]:
        # Counted once per change (``set_presence``), not once per cell painted.
        if self._totals_cache is None:
            by_session, by_resident = Counter(), Counter()
            for (rid, sid), here in self.presence.items():
                if here:
                    by_session[sid] += 1
                    by_resident[rid] += 1
            self._totals_cache = (by_session, by_resident)
        return self._totals_cache

    def set_presence(self, changes: dict[tuple[int, int], bool]) -> None:
        """Record saved cells ({(resident, session): present}); change ``presence`` only
        through here, so the totals are counted again."""
        self.presence.update(changes)
        self._totals_cache = None

    def present_at(self, session_id: int) -> int:
        return self._totals()[0][session_id]

    def total_for(self, resident_id: int) -> int:
        return self._totals()[1][resident_id]

    def cancelled_text(self) -> str:
        if not self.cancelled:
            return ""
        parts = [date_no(day) + (f" ({reason})" if reason else "")
                 for day, reason in self.cancelled]
        return "Avlyst og ikke med i rutenettet: " + ", ".join(parts) + "."


def _active_in(model, first, last):
    return (((model.start_date.is_null()) | (model.start_date <= last))
            & ((model.end_date.is_null()) | (model.end_date >= first)))


def _in_chunks(ids):
    ids = sorted(set(ids))
    for start in range(0, len(ids), SQL_CHUNK):
        yield ids[start:start + SQL_CHUNK]


def month_grid(activity_id: int, year: int, month: int, *, also_people: Iterable[int] = (),
               also_volunteers: Iterable[int] = ()) -> MonthGrid:
    """The grid for one activity and month. ``also_people``/``also_volunteers``: rows added
    on the screen that have nothing registered yet."""
    permissions.require_check_in(activity_id)
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise RecordGone("Aktiviteten finnes ikke lenger. Lukk vinduet og velg en annen "
                         "aktivitet.")
    first, last = month_bounds(year, month)
    in_month = (Session.activity == activity_id) & Session.date.between(first, last)
    sessions, cancelled = [], []
    for sid, day, start, end, is_cancelled, reason in (
            Session.select(Session.id, Session.date, Session.start_time, Session.end_time,
                           Session.cancelled, Session.cancel_reason)
            .where(in_month).order_by(Session.date, Session.start_time, Session.id).tuples()):
        if is_cancelled:
            cancelled.append((day, reason or ""))
        else:
            sessions.append(GridSession(sid, day, start, end))
    held = [s.session_id for s in sessions]

    presence = {}
    if held:
        for rid, sid, present in (Attendance
                                  .select(Attendance.resident, Attendance.session,
                                          Attendance.present)
                                  .where(Attendance.session.in_(held)).tuples()):
            presence[(rid, sid)] = bool(present)
    enrolled = {rid for (rid,) in Enrolment.select(Enrolment.resident)
                .where((Enrolment.activity == activity_id) & _active_in(Enrolment, first, last))
                .tuples()}
    registered = {rid for rid, _ in presence}
    wanted = enrolled | registered | set(also_people)
    people = []
    for chunk in _in_chunks(wanted):
        for rid, first_name, last_name, archived, anonymised in (
                Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                                Resident.archived, Resident.anonymised_at)
                .where(Resident.id.in_(chunk)).tuples()):
            if (archived or anonymised) and rid not in registered:
                continue  # moved away: only shown where something is registered
            people.append(GridPerson(rid, first_name, last_name, rid in enrolled))
    # As on paper: the enrolled by last name, then the others (walk-ins), also by name.
    people.sort(key=lambda p: (not p.enrolled, name_sort_key(p.first_name, p.last_name),
                               p.resident_id))

    hours = {}
    if held:
        for vid, sid, value in (VolunteerPresence
                                .select(VolunteerPresence.volunteer, VolunteerPresence.session,
                                        VolunteerPresence.hours)
                                .where(VolunteerPresence.session.in_(held)).tuples()):
            hours[(vid, sid)] = Decimal(str(value)).quantize(Decimal("0.01"))
    regular = {vid for (vid,) in ActivityVolunteer.select(ActivityVolunteer.volunteer)
               .where(ActivityVolunteer.activity == activity_id).tuples()}
    with_hours = {vid for vid, _ in hours}
    also_volunteers = set(also_volunteers)
    wanted_volunteers = regular | with_hours | also_volunteers
    on_day = sessions[-1].date if sessions else last
    volunteers = []
    for chunk in _in_chunks(wanted_volunteers):
        for row in (Volunteer.select().where(Volunteer.id.in_(chunk))):
            active = (not row.archived and row.anonymised_at is None
                      and (row.start_date is None or row.start_date <= last)
                      and (row.end_date is None or row.end_date >= first))
            if row.id not in with_hours and row.id not in also_volunteers and not active:
                continue
            volunteers.append(GridVolunteer(
                row.id, row.first_name, row.last_name, row.id in regular,
                needs_children_warning(row, activity, on=on_day)))
    volunteers.sort(key=lambda v: (name_sort_key(v.first_name, v.last_name), v.volunteer_id))

    return MonthGrid(activity.id, activity.name, bool(activity.with_children), year, month,
                     sessions, cancelled, people, presence, volunteers, hours)


def grid_person(activity_id: int, resident_id: int) -> GridPerson:
    """A resident as a grid row (one added on the screen before anything is registered)."""
    permissions.require_check_in(activity_id)
    row = (Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                           Enrolment.id.alias("enrolment"))
           .join(Enrolment, JOIN.LEFT_OUTER,
                 on=((Enrolment.resident == Resident.id) & (Enrolment.activity == activity_id)))
           .where(Resident.id == resident_id).tuples().first())
    if row is None:
        raise RecordGone("Beboeren finnes ikke lenger. Søk på nytt.")
    rid, first_name, last_name, enrolment = row
    return GridPerson(rid, first_name, last_name, enrolment is not None)


@write
def set_presence_cells(cells: Iterable[tuple[int, int, bool]]) -> int:
    """Tick or untick (session, resident, present) cells in one transaction; returns how many
    changed. Unticking a cell with nothing registered writes nothing; a resident who is not
    enrolled is registered as a walk-in."""
    cells = list(cells)
    if not cells:
        return 0
    sessions = {s for s, _, _ in cells}
    residents = {r for _, r, _ in cells}
    stored = {}
    for chunk in _in_chunks(residents):
        for sid, rid, present in (Attendance
                                  .select(Attendance.session, Attendance.resident,
                                          Attendance.present)
                                  .where(Attendance.session.in_(list(sessions))
                                         & Attendance.resident.in_(chunk)).tuples()):
            stored[(sid, rid)] = bool(present)
    activity_of = dict(Session.select(Session.id, Session.activity)
                       .where(Session.id.in_(list(sessions))).tuples())
    enrolled = {(a, r) for a, r in Enrolment.select(Enrolment.activity, Enrolment.resident)
                .where(Enrolment.activity.in_(list(set(activity_of.values())))
                       & Enrolment.resident.in_(list(residents))).tuples()}
    changed = 0
    for session_id, resident_id, present in cells:
        before = stored.get((session_id, resident_id))
        if before == bool(present) or (before is None and not present):
            continue
        walk_in = (activity_of.get(session_id), resident_id) not in enrolled
        attendance.set_present(session_id, resident_id, bool(present),
                               walk_in=walk_in and bool(present))
        stored[(session_id, resident_id)] = bool(present)
        changed += 1
    return changed


@write
def set_hours_cells(cells: Iterable[tuple[int, int, object]]) -> dict[tuple[int, int],
                                                                   Decimal | None]:
    """Set (session, volunteer, hours) cells in one transaction: hours as typed («1,5»),
    ``attendance.SESSION_LENGTH`` for the session's length, or None to clear. Returns the
    hours stored per (volunteer, session), None where cleared."""
    stored = {}
    for session_id, volunteer_id, hours in cells:
        row = attendance.set_volunteer_hours(session_id, volunteer_id, hours)
        stored[(volunteer_id, session_id)] = None if row is None else \
            Decimal(str(row.hours)).quantize(Decimal("0.01"))
    return stored
