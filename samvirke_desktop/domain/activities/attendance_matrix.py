"""What the attendance report (Oppmøterapport) shows for one activity and a period.

Everything comes from a handful of grouped queries, never one query per session or
person, so a semester of 150 participants and 80 sessions reads in milliseconds.

An anonymised resident is no longer a person: they get no row and no name, but their
attendance still counts, together with the other anonymised, in ``anonymised``.
"""
import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property

from peewee import JOIN, fn

from samvirke_desktop.db.models import (
    Activity,
    Attendance,
    Enrolment,
    HeadCount,
    Household,
    Resident,
    Session,
    Site,
)
from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.people.volunteer_hours import VolunteerHours, hours_by_volunteer
from samvirke_desktop.domain.person_names import full_name, listed_name, name_sort_key, sort_text
from samvirke_desktop.domain.report_periods import check_period
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.errors import RecordGone
from samvirke_desktop.translation import translate

ADULT_ROLES = ("parent", "adult")


@dataclass(frozen=True)
class SessionLine:
    session_id: int
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    place: str
    topic: str
    cancelled: bool
    cancel_reason: str
    state: str         # held_sessions: held, planned, not registered or cancelled
    children: int      # registered children present
    adults: int        # registered parents and other adults present
    head_count: int    # people counted without a name

    @property
    def registered(self) -> int:
        return self.children + self.adults

    @property
    def total(self) -> int:
        return self.registered + self.head_count


@dataclass(frozen=True)
class ParticipantLine:
    resident_id: int
    first_name: str
    last_name: str
    role: str                      # child, parent or adult
    enrolled: bool
    present: frozenset[int] = field(default_factory=frozenset)  # held session ids
    birth_year: int | None = None
    household: str = ""
    # What tells this person apart from another participant listed with the same name
    # («f. 2015», then the household: «f. 2015, Familien Ali»); empty when the name is unique.
    detail: str = ""

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def listed_name(self) -> str:
        return listed_name(self.first_name, self.last_name)

    @property
    def shown_name(self) -> str:
        """The listed name with the detail that tells two of the same name apart."""
        return f"{self.listed_name} ({self.detail})" if self.detail else self.listed_name

    @property
    def total(self) -> int:
        return len(self.present)


@dataclass(frozen=True)
class AnonymisedAttendance:
    """The anonymised residents present at held sessions, counted together without a row each:
    one set of held session ids per person, in no particular order and with no id."""
    presences: tuple[frozenset[int], ...] = ()

    @property
    def people(self) -> int:
        return len(self.presences)

    @property
    def total(self) -> int:
        return sum(len(p) for p in self.presences)

    @cached_property
    def _counts(self) -> Counter:
        return Counter(session_id for p in self.presences for session_id in p)

    def at(self, session_id: int) -> int:
        """How many of them were present at the session."""
        return self._counts[session_id]


@dataclass(frozen=True)
class MonthLine:
    """One calendar month of the period: its sessions by state and who came."""
    year: int
    month: int
    held: int
    planned: int
    not_registered: int
    cancelled: int
    attendances: int     # registered attendances at held sessions
    participants: int    # people registered present at least once in the month
    head_count: int      # counted without a name at held sessions

    @property
    def average(self) -> float | None:
        return self.attendances / self.held if self.held else None


@dataclass(frozen=True)
class AttendanceReportData:
    activity_id: int
    activity_name: str
    kind: str
    site_name: str
    place: str
    first: datetime.date
    last: datetime.date
    as_of: datetime.date          # the period's end, or the day the report was made if earlier
    sessions: list[SessionLine]
    participants: list[ParticipantLine]   # named: the anonymised are in ``anonymised``
    volunteers: list[VolunteerHours]
    anonymised: AnonymisedAttendance = field(default_factory=AnonymisedAttendance)

    @property
    def held_sessions(self) -> list[SessionLine]:
        return [s for s in self.sessions if s.state == held_sessions.HELD]

    @property
    def planned_sessions(self) -> list[SessionLine]:
        return [s for s in self.sessions if s.state == held_sessions.PLANNED]

    @property
    def not_registered_sessions(self) -> list[SessionLine]:
        return [s for s in self.sessions if s.state == held_sessions.NOT_REGISTERED]

    @property
    def cancelled_count(self) -> int:
        return sum(1 for s in self.sessions if s.cancelled)

    @property
    def attendances(self) -> int:
        """Registered attendances at held sessions (one person at one session counts once),
        the anonymised included."""
        return sum(p.total for p in self.participants) + self.anonymised.total

    @property
    def unique_participants(self) -> int:
        return sum(1 for p in self.participants if p.total) + self.anonymised.people

    @property
    def head_count_total(self) -> int:
        return sum(s.head_count for s in self.held_sessions)

    @property
    def volunteer_hours(self) -> Decimal:
        return sum((v.hours for v in self.volunteers), Decimal("0.00"))

    @property
    def present_participants(self) -> list[ParticipantLine]:
        """Participants registered present at least once: the rows of the matrix."""
        return [p for p in self.participants if p.total]

    @property
    def never_present(self) -> list[ParticipantLine]:
        """Enrolled during the period but never registered present at a held session."""
        return [p for p in self.participants if not p.total]

    @cached_property
    def _present_counts(self) -> Counter:
        return Counter(session_id for p in self._presences for session_id in p)

    @property
    def _presences(self) -> list[frozenset[int]]:
        """The held sessions of each person present, named or anonymised."""
        return [p.present for p in self.participants] + list(self.anonymised.presences)

    def present_at(self, session_id: int) -> int:
        return self._present_counts[session_id]

    @cached_property
    def months(self) -> list[MonthLine]:
        """Every calendar month the period touches, in order, with its figures."""
        keys = []
        day = self.first.replace(day=1)
        while day <= self.last:
            keys.append((day.year, day.month))
            day = (day + datetime.timedelta(days=32)).replace(day=1)
        month_of = {s.session_id: (s.date.year, s.date.month) for s in self.sessions}
        states = defaultdict(Counter)
        head_counts = Counter()
        for s in self.sessions:
            states[month_of[s.session_id]][s.state] += 1
            if s.state == held_sessions.HELD:
                head_counts[month_of[s.session_id]] += s.head_count
        attendances, people = Counter(), Counter()
        for present in self._presences:
            months = [month_of[session_id] for session_id in present]
            attendances.update(months)
            people.update(set(months))
        return [MonthLine(year=year, month=month,
                          held=states[(year, month)][held_sessions.HELD],
                          planned=states[(year, month)][held_sessions.PLANNED],
                          not_registered=states[(year, month)][held_sessions.NOT_REGISTERED],
                          cancelled=states[(year, month)][held_sessions.CANCELLED],
                          attendances=attendances[(year, month)],
                          participants=people[(year, month)],
                          head_count=head_counts[(year, month)])
                for year, month in keys]


def attendance_report_data(activity_id: int, first: datetime.date, last: datetime.date, *,
                           today: datetime.date | None = None) -> AttendanceReportData:
    permissions.require_for_activity(permissions.MAKE_NAMED_REPORTS, activity_id)
    check_period(first, last)
    activity = (Activity.select(Activity, Site).join(Site, JOIN.LEFT_OUTER)
                .where(Activity.id == activity_id).first())
    if activity is None:
        raise RecordGone("Aktiviteten finnes ikke lenger. Velg en annen aktivitet.")

    in_period = (Session.activity == activity_id) & Session.date.between(first, last)
    day = held_sessions.as_of(last, today)
    sessions = list(Session.select(Session, held_sessions.registered().alias("registered"))
                    .where(in_period).order_by(Session.date, Session.start_time, Session.id))

    by_role = defaultdict(Counter)
    role_counts = (Attendance.select(Attendance.session, Attendance.role,
                                     fn.COUNT(Attendance.id).alias("n"))
                   .join(Session)
                   .where(in_period & (Attendance.present == True))
                   .group_by(Attendance.session, Attendance.role).tuples())
    for session_id, role, count in role_counts:
        by_role[session_id][role] += count

    head_counts = dict(HeadCount.select(HeadCount.session, fn.SUM(HeadCount.count))
                       .join(Session).where(in_period)
                       .group_by(HeadCount.session).tuples())

    lines = [SessionLine(
        session_id=s.id, date=s.date, start_time=s.start_time, end_time=s.end_time,
        place=s.place or activity.place, topic=s.topic, cancelled=s.cancelled,
        cancel_reason=s.cancel_reason,
        state=held_sessions.state(s.cancelled, s.date, bool(s.registered), day),
        children=by_role[s.id]["child"],
        adults=sum(by_role[s.id][role] for role in ADULT_ROLES),
        head_count=int(head_counts.get(s.id) or 0),
    ) for s in sessions]

    participants, anonymised = _participants(activity_id, first, last,
                                             in_period & held_sessions.held(day))
    return AttendanceReportData(
        activity_id=activity.id, activity_name=activity.name, kind=activity.kind,
        site_name=activity.site.name if activity.site_id else "", place=activity.place,
        first=first, last=last, as_of=day, sessions=lines, participants=participants,
        volunteers=hours_by_volunteer(activity_id, first, day) if day >= first else [],
        anonymised=anonymised,
    )


def _participants(activity_id, first, last, held
                  ) -> tuple[list[ParticipantLine], AnonymisedAttendance]:
    """Everyone enrolled during the period, and everyone registered present at a held session;
    the anonymised apart, without names."""
    present = defaultdict(set)
    roles = defaultdict(Counter)
    rows = (Attendance.select(Attendance.resident, Attendance.session, Attendance.role)
            .join(Session)
            .where(held & (Attendance.present == True))
            .tuples())
    for resident_id, session_id, role in rows:
        present[resident_id].add(session_id)
        roles[resident_id][role] += 1

    enrolled_roles = dict(
        Enrolment.select(Enrolment.resident, Enrolment.role)
        .where((Enrolment.activity == activity_id)
               & ((Enrolment.start_date.is_null()) | (Enrolment.start_date <= last))
               & ((Enrolment.end_date.is_null()) | (Enrolment.end_date >= first)))
        .tuples())

    wanted = set(present) | set(enrolled_roles)
    people = []
    if wanted:
        # Chunked so a very long list stays under SQLite's limit on bound parameters.
        ids = sorted(wanted)
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            people.extend(Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                                          Resident.birth_year, Resident.birth_date,
                                          Household.name, Resident.anonymised_at)
                          .join(Household, JOIN.LEFT_OUTER)
                          .where(Resident.id.in_(chunk)).tuples())
    lines, anonymised = [], []
    for resident_id, first_name, last_name, birth_year, birth_date, household, gone in people:
        if gone is not None:
            if present.get(resident_id):
                anonymised.append(frozenset(present[resident_id]))
            continue
        role = enrolled_roles.get(resident_id)
        if role is None:
            role = roles[resident_id].most_common(1)[0][0]
        lines.append(ParticipantLine(
            resident_id=resident_id, first_name=first_name, last_name=last_name, role=role,
            enrolled=resident_id in enrolled_roles,
            present=frozenset(present.get(resident_id, ())),
            birth_year=birth_year or (birth_date.year if birth_date else None),
            household=(household or "").strip()))
    lines.sort(key=lambda p: (name_sort_key(p.first_name, p.last_name), p.resident_id))
    anonymised.sort(key=sorted)   # an order that says nothing about who they were
    return _told_apart(lines), AnonymisedAttendance(tuple(anonymised))


def _told_apart(lines: list[ParticipantLine]) -> list[ParticipantLine]:
    """Participants listed with the same name get a detail that tells them apart: the birth
    year where that differs, and the household as well where it does not."""
    by_name = defaultdict(list)
    for line in lines:
        by_name[sort_text(line.listed_name)].append(line)
    details = {}
    for same in by_name.values():
        if len(same) < 2:
            continue
        years = Counter(line.birth_year for line in same)
        for line in same:
            born = (translate("Report", "f. {year}").format(year=line.birth_year)
                    if line.birth_year else translate("Report", "fødselsår ukjent"))
            if line.birth_year and years[line.birth_year] == 1:
                details[line.resident_id] = born
            else:
                details[line.resident_id] = ", ".join(p for p in (born, line.household) if p)
    return [replace(line, detail=details[line.resident_id]) if line.resident_id in details
            else line for line in lines]
