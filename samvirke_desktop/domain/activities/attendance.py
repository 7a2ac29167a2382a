"""Check-in: who came to a session, volunteers' hours, head counts, unique participants.

Every tick on the check-in screen is its own short write transaction, so two PCs checking
in the same session at once only ever wait a moment for each other. Presence is stored as
an upsert on the unique (session, resident) row: a second PC never fails on the unique
constraint and never touches another resident's row. Ticking the same box twice in a row
changes nothing the second time.

The role a resident is registered with, unless chosen by hand:
1. the enrolment's role when the resident is enrolled in the activity, unless it is the
   default "child" while the resident is known to be 18 or older on the session day;
2. otherwise from the age on the session day (with only a birth year: the age reached
   that year): under 18 "child"; 18 or older "parent" when the resident is the guardian of
   a child enrolled in the activity, else "adult";
3. with no birth date or year: "child" on activities with children, else "adult".
A role once stored is kept when the box is ticked again; only an explicit role changes it.
"""
import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from peewee import JOIN, fn

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import (
    ATTENDANCE_ROLES,
    GENDERS,
    Activity,
    Attendance,
    Enrolment,
    Guardian,
    HeadCount,
    Resident,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.people.police_certificate import needs_children_warning
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.validation import (
    ADULT_AGE,
    FieldErrors,
    age_on,
    validate_birth_year,
)
from samvirke_desktop.errors import RecordGone, SamvirkeError, ValidationError

SQL_CHUNK = 500
MAX_VOLUNTEER_HOURS = Decimal(24)


def session_length(start: datetime.time | None, end: datetime.time | None) -> Decimal | None:
    """``scheduling.session_hours``, imported when first needed: scheduling loads the holiday
    calendars (~70 ms), which opening the check-in window never uses."""
    from samvirke_desktop.domain.activities.scheduling import session_hours

    return session_hours(start, end)


class SessionCancelled(SamvirkeError):
    title = "Samlingen er avlyst"


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def _open_session(session_id: int) -> Session:
    session = Session.get_or_none(Session.id == session_id)
    if session is None:
        raise RecordGone("Samlingen er slettet av en kollega. Lukk oppmøtet og åpne aktiviteten "
                         "på nytt.")
    permissions.require_check_in(session.activity_id)
    if session.cancelled:
        raise SessionCancelled("Samlingen er avlyst, så oppmøte kan ikke registreres. Ta tilbake "
                               "avlysningen først hvis samlingen likevel ble holdt.")
    return session


# --- roles ---------------------------------------------------------------------

def _active_enrolment(activity_id: int, on: datetime.date):
    return ((Enrolment.activity == activity_id)
            & (Enrolment.start_date.is_null() | (Enrolment.start_date <= on))
            & (Enrolment.end_date.is_null() | (Enrolment.end_date >= on)))


def _guardian_of_enrolled(resident_column, activity_column):
    """SQL: true when the resident is a guardian of a child enrolled in the activity."""
    ward = Enrolment.alias("ward")
    return fn.EXISTS(Guardian.select(Guardian.id)
                     .join(ward, on=(ward.resident == Guardian.child))
                     .where((Guardian.guardian == resident_column)
                            & (ward.activity == activity_column)))


def role_for(age: int | None, enrolment_role: str | None, guardian_of_enrolled: bool,
             with_children: bool = True) -> str:
    """The default attendance role (rules in the module docstring)."""
    if enrolment_role and not (enrolment_role == "child" and age is not None
                               and age >= ADULT_AGE):
        return enrolment_role
    if age is None:
        return "child" if with_children else "adult"
    if age < ADULT_AGE:
        return "child"
    return "parent" if guardian_of_enrolled else "adult"


def default_role(session: Session, resident: Resident) -> str:
    enrolment = (Enrolment.select(Enrolment.role)
                 .where(_active_enrolment(session.activity_id, session.date)
                        & (Enrolment.resident == resident.id)).first())
    age = age_on(resident.birth_date, resident.birth_year, session.date)
    guardian = False
    if age is not None and age >= ADULT_AGE:
        ward = Enrolment.alias("ward")
        guardian = (Guardian.select(Guardian.id)
                    .join(ward, on=(ward.resident == Guardian.child))
                    .where((Guardian.guardian == resident.id)
                           & (ward.activity == session.activity_id))
                    .exists())
    with_children = Activity.select(Activity.with_children).where(
        Activity.id == session.activity_id).scalar()
    return role_for(age, enrolment.role if enrolment else None, guardian, bool(with_children))


def _check_role(role: str | None) -> None:
    if role is not None and role not in ATTENDANCE_ROLES:
        raise ValidationError({"role": "Velg barn, forelder eller voksen."})


# --- presence of residents -------------------------------------------------------

@write
def set_present(session_id: int, resident_id: int, present: bool, role: str | None = None,
                walk_in: bool = False) -> Attendance:
    """Register a resident as present (or known absent) at a session; returns the stored row.

    ``role`` None keeps a stored role, or picks the default for a new row. ``walk_in``
    True marks the resident as having come without being enrolled; False never clears it.
    """
    _check_role(role)
    session = _open_session(session_id)
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise RecordGone("Beboeren er slettet av en kollega. Last inn oppmøtelisten på nytt.")
    existing = Attendance.get_or_none((Attendance.session == session_id)
                                      & (Attendance.resident == resident_id))
    if existing is not None and existing.present == bool(present) \
            and (role is None or role == existing.role) and (not walk_in or existing.walk_in):
        return existing  # the same tick again: nothing to change

    who = actor.current().username
    now = _now()
    if present and session.nobody_came:   # someone came after all
        record_changes.update(Session, session_id, session.version, nobody_came=False)
    insert_role = role or (existing.role if existing else default_role(session, resident))
    update = {Attendance.present: bool(present), Attendance.version: Attendance.version + 1,
              Attendance.updated_at: now, Attendance.updated_by: who}
    if role is not None:
        update[Attendance.role] = role
    if walk_in:
        update[Attendance.walk_in] = True
    (Attendance
     .insert(session=session_id, resident=resident_id, role=insert_role, present=bool(present),
             walk_in=bool(walk_in), version=1, created_at=now, updated_at=now, updated_by=who)
     .on_conflict(conflict_target=[Attendance.session, Attendance.resident], update=update)
     .execute())
    row = Attendance.get((Attendance.session == session_id) & (Attendance.resident == resident_id))
    if existing is None:
        changes = {"present": [None, row.present], "role": [None, row.role],
                   "walk_in": [None, row.walk_in]}
    else:
        changes = {name: [getattr(existing, name), getattr(row, name)]
                   for name in ("present", "role", "walk_in")
                   if getattr(existing, name) != getattr(row, name)}
    record_changes.log_change("create" if existing is None else "update", Attendance._meta.table_name,
                              row.id, {"session": [None, session_id], **changes},
                              resident_id=resident_id)
    return row


@write
def add_walk_in(session_id: int, resident_id: int, role: str | None = None,
                enrol: bool = False) -> Attendance:
    """A resident who came without being on the list: present, marked as walk-in.

    ``enrol`` also puts the resident on the activity's list from this session's date.
    """
    row = set_present(session_id, resident_id, True, role=role, walk_in=True)
    if enrol:
        session = Session.get_by_id(session_id)
        already = Enrolment.get_or_none((Enrolment.activity == session.activity_id)
                                        & (Enrolment.resident == resident_id))
        if already is None:
            record_changes.create(Enrolment, activity=session.activity_id, resident=resident_id,
                                  role=row.role, start_date=session.date)
        elif already.end_date is not None and already.end_date < session.date:
            record_changes.update(Enrolment, already.id, already.version, end_date=None)
    return row


@write
def quick_create_child(first_name: str, birth_year: int | str, gender: str,
                       site: Site | int | None = None, last_name: str = "",
                       today: datetime.date | None = None) -> Resident:
    """A child registered at the door with the least needed; marked to be completed later."""
    permissions.require_any(permissions.EDIT_PEOPLE, permissions.CHECK_IN_OWN)
    errors = FieldErrors()
    first_name = (first_name or "").strip()
    if not first_name:
        errors.add("first_name", "Fyll inn fornavnet.")
    year = None
    with errors.check("birth_year"):
        year = validate_birth_year(birth_year, today=today, child=True)
        if year is None:
            errors.add("birth_year", "Fyll inn fødselsåret (alderen trengs i rapportene).")
    if gender not in GENDERS:
        errors.add("gender", "Velg jente, gutt, annet eller ikke oppgitt.")
    errors.raise_if_any()
    return record_changes.create(Resident, first_name=first_name, last_name=(last_name or "").strip(),
                                 birth_year=year, gender=gender,
                                 site=site.id if isinstance(site, Site) else site,
                                 needs_completion=True)


@write
def check_in_new_child(session_id: int, first_name: str, birth_year: int | str, gender: str,
                       *, enrol: bool = False, today: datetime.date | None = None) -> Attendance:
    """A new child at the door: created with the least needed and registered present as a
    walk-in, in one transaction (never a child created but left off the session)."""
    session = _open_session(session_id)
    site = Activity.select(Activity.site).where(Activity.id == session.activity_id).scalar()
    child = quick_create_child(first_name, birth_year, gender, site=site, today=today)
    return add_walk_in(session_id, child.id, role="child", enrol=enrol)


# --- head counts ------------------------------------------------------------------

@dataclass(frozen=True)
class HeadCountRow:
    age_from: int | None
    age_to: int | None
    gender: str | None
    count: int


def _clean_head_counts(rows: Iterable[Sequence]) -> list[HeadCountRow]:
    errors = FieldErrors()
    cleaned = []
    for number, row in enumerate(rows):
        age_from, age_to, gender, count = row
        key = f"head_counts.{number}"
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            errors.add(key, "Antallet må være et helt tall, 0 eller mer.")
            continue
        ages = [a for a in (age_from, age_to) if a is not None]
        if any(isinstance(a, bool) or not isinstance(a, int) or not 0 <= a <= 120 for a in ages):
            errors.add(key, "Alder skrives som hele år fra 0 til 120.")
            continue
        if age_from is not None and age_to is not None and age_from > age_to:
            errors.add(key, f"Aldersgruppen {age_from}–{age_to} går baklengs. Bytt om tallene.")
            continue
        if gender not in (None, *GENDERS):
            errors.add(key, "Velg kjønn fra listen, eller la feltet stå tomt.")
            continue
        if count:
            cleaned.append(HeadCountRow(age_from, age_to, gender, count))
    errors.raise_if_any()
    return cleaned


@write
def set_head_counts(session_id: int,
                    rows: Iterable[Sequence | HeadCountRow]) -> list[HeadCountRow]:
    """Replace the session's head counts with ``rows`` of (age_from, age_to, gender, count).

    A plain total is one row (None, None, None, total). Rows with count 0 are not stored.
    """
    rows = [(r.age_from, r.age_to, r.gender, r.count) if isinstance(r, HeadCountRow) else r
            for r in rows]
    cleaned = _clean_head_counts(rows)
    _open_session(session_id)
    old = [HeadCountRow(h.age_from, h.age_to, h.gender, h.count) for h in
           HeadCount.select().where(HeadCount.session == session_id).order_by(HeadCount.id)]
    if old == cleaned:
        return cleaned
    HeadCount.delete().where(HeadCount.session == session_id).execute()
    who, now = actor.current().username, _now()
    if cleaned:
        HeadCount.insert_many([
            {"session": session_id, "age_from": r.age_from, "age_to": r.age_to,
             "gender": r.gender, "count": r.count, "version": 1, "created_at": now,
             "updated_at": now, "updated_by": who} for r in cleaned]).execute()
    record_changes.log_change(
        "update", HeadCount._meta.table_name, None,
        {"session": [session_id, session_id],
         "rows": [[list(vars(r).values()) for r in old], [list(vars(r).values()) for r in cleaned]]},
        summary=f"Antall uten navn: {sum(r.count for r in old)} → {sum(r.count for r in cleaned)}")
    return cleaned


def set_head_count_total(session_id: int, total: int) -> list[HeadCountRow]:
    """Only a total, without age or gender."""
    return set_head_counts(session_id, [(None, None, None, total)])


def _same(column, value):
    return column.is_null() if value is None else column == value


@write
def set_head_count(session_id: int, age_from: int | None, age_to: int | None,
                   gender: str | None, count: int) -> list[HeadCountRow]:
    """Set one cell of the head-count table (one age band and gender) and leave the others.

    Two PCs typing different cells of the same session both keep what they typed, unlike
    ``set_head_counts``, which replaces the whole table. Returns the session's head counts.
    """
    cleaned = _clean_head_counts([(age_from, age_to, gender, count)])
    _open_session(session_id)
    key = (_same(HeadCount.age_from, age_from) & _same(HeadCount.age_to, age_to)
           & _same(HeadCount.gender, gender))
    old = [h.count for h in HeadCount.select(HeadCount.count)
           .where((HeadCount.session == session_id) & key)]
    if old == [r.count for r in cleaned]:
        return head_counts(session_id)
    HeadCount.delete().where((HeadCount.session == session_id) & key).execute()
    who, now = actor.current().username, _now()
    for row in cleaned:
        HeadCount.create(session=session_id, age_from=row.age_from, age_to=row.age_to,
                         gender=row.gender, count=row.count, version=1, created_at=now,
                         updated_at=now, updated_by=who)
    record_changes.log_change(
        "update", HeadCount._meta.table_name, None,
        {"session": [session_id, session_id], "age_from": [age_from, age_from],
         "age_to": [age_to, age_to], "gender": [gender, gender], "count": [sum(old), count]},
        summary=f"Antall uten navn: {sum(old)} → {count}")
    return head_counts(session_id)


def head_counts(session_id: int) -> list[HeadCountRow]:
    permissions.require_for_session(permissions.CHECK_IN_OWN, session_id)
    return [HeadCountRow(h.age_from, h.age_to, h.gender, h.count) for h in
            HeadCount.select().where(HeadCount.session == session_id).order_by(HeadCount.id)]


# --- volunteers -------------------------------------------------------------------

class _SessionLength:
    def __repr__(self):
        return "SESSION_LENGTH"


SESSION_LENGTH = _SessionLength()  # default for set_volunteer_hours: the session's own length


def parse_hours(value) -> Decimal:
    """Hours as Decimal with two decimals: 2, "1,5", Decimal("1.75")."""
    if isinstance(value, bool):
        raise ValidationError({"hours": "Skriv antall timer som et tall, for eksempel 1,5."})
    try:
        hours = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError({"hours": "Skriv antall timer som et tall, for eksempel 1,5."}) \
            from None
    if not hours.is_finite() or hours <= 0 or hours > MAX_VOLUNTEER_HOURS:
        raise ValidationError({"hours": "Antall timer må være mer enn 0 og høyst 24. Fjern den "
                                        "frivillige fra samlingen i stedet for å skrive 0."})
    return hours.quantize(Decimal("0.01"))


@write
def set_volunteer_hours(session_id: int, volunteer_id: int,
                        hours: Decimal | int | str | None | _SessionLength = SESSION_LENGTH,
                        ) -> VolunteerPresence | None:
    """Register a volunteer at a session with ``hours`` (the session's length by default).

    ``hours`` None takes the volunteer off the session. ``certificate_warning`` is stored
    when the activity has children and the volunteer's police certificate was expired or
    missing on the session day.
    """
    session = _open_session(session_id)
    existing = VolunteerPresence.get_or_none((VolunteerPresence.session == session_id)
                                             & (VolunteerPresence.volunteer == volunteer_id))
    if hours is None:
        if existing is not None:
            record_changes.delete(VolunteerPresence, existing.id)
        return None
    if hours is SESSION_LENGTH:
        hours = session_length(session.start_time, session.end_time)
        if hours is None:
            raise ValidationError({"hours": "Samlingen har ikke klokkeslett. Skriv inn hvor mange "
                                            "timer den frivillige var der."})
    else:
        hours = parse_hours(hours)
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise RecordGone("Den frivillige er slettet av en kollega. Last inn listen på nytt.")
    activity = Activity.get_by_id(session.activity_id)
    warning = needs_children_warning(volunteer, activity, on=session.date)
    if existing is not None and existing.hours == hours \
            and existing.certificate_warning == warning:
        return existing

    who, now = actor.current().username, _now()
    (VolunteerPresence
     .insert(session=session_id, volunteer=volunteer_id, hours=hours,
             certificate_warning=warning, version=1, created_at=now, updated_at=now,
             updated_by=who)
     .on_conflict(conflict_target=[VolunteerPresence.session, VolunteerPresence.volunteer],
                  update={VolunteerPresence.hours: hours,
                          VolunteerPresence.certificate_warning: warning,
                          VolunteerPresence.version: VolunteerPresence.version + 1,
                          VolunteerPresence.updated_at: now, VolunteerPresence.updated_by: who})
     .execute())
    row = VolunteerPresence.get((VolunteerPresence.session == session_id)
                                & (VolunteerPresence.volunteer == volunteer_id))
    record_changes.log_change(
        "create" if existing is None else "update", VolunteerPresence._meta.table_name, row.id,
        {"session": [None, session_id], "volunteer": [None, volunteer_id],
         "hours": [str(existing.hours) if existing else None, str(row.hours)],
         "certificate_warning": [existing.certificate_warning if existing else None,
                                 row.certificate_warning]})
    return row


# --- notes ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SavedNotes:
    text: str        # what is stored now
    merged: bool     # a colleague had changed the notes too; both texts were kept


@write
def save_session_notes(session_id: int, loaded: str, text: str) -> SavedNotes:
    """Save the session's notes typed at check-in, keeping a colleague's notes saved meanwhile.

    ``loaded`` is the text the screen showed before the user typed. When the stored notes
    still equal it, ``text`` replaces them. When a colleague saved other notes in between,
    what the user added is put under the colleague's text: nobody's words are lost.
    """
    session = Session.get_or_none(Session.id == session_id)
    if session is None:
        raise RecordGone("Samlingen er slettet av en kollega. Kopier notatet hvis du trenger "
                         "det, og lukk oppmøtet.")
    permissions.require_check_in(session.activity_id)
    current, text, loaded = session.notes or "", text or "", loaded or ""
    if text == current or text == loaded:
        return SavedNotes(current, False)
    merged = current != loaded
    if merged:
        added = text.removeprefix(loaded).strip("\n")
        text = f"{current.rstrip()}\n{added}" if current.strip() else added
    # The version was read in this same write transaction, so no colleague can come between.
    record_changes.update(Session, session_id, session.version, notes=text)
    return SavedNotes(text, merged)


@write
def mark_nobody_came(session_id: int, nobody_came: bool = True) -> None:
    """Mark a held session where truly nobody came (it then counts as held, with zero), or
    take the mark back. Refused while someone is registered as present."""
    session = _open_session(session_id)
    if bool(session.nobody_came) == bool(nobody_came):
        return
    if nobody_came and Attendance.select().where((Attendance.session == session_id)
                                                 & (Attendance.present == True)).exists():
        raise ValidationError({"nobody_came": "Noen er registrert som til stede på denne "
                                              "samlingen. Fjern dem først hvis ingen kom."})
    record_changes.update(Session, session_id, session.version, nobody_came=bool(nobody_came))


# --- the check-in list --------------------------------------------------------------

@dataclass(frozen=True)
class RosterEntry:
    resident_id: int
    first_name: str
    last_name: str
    birth_date: datetime.date | None
    birth_year: int | None
    age: int | None              # on the session day
    gender: str
    role: str                    # stored role, or the role a tick would give
    present: bool | None         # None: nothing registered yet
    walk_in: bool
    enrolled: bool
    needs_completion: bool

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class RosterCounts:
    children_present: int
    adults_present: int          # parents and other adults

    @property
    def registered_present(self) -> int:
        return self.children_present + self.adults_present


@dataclass
class Roster:
    session_id: int
    entries: list[RosterEntry] = field(default_factory=list)

    def counts(self) -> RosterCounts:
        present = [e for e in self.entries if e.present]
        children = sum(1 for e in present if e.role == "child")
        return RosterCounts(children, len(present) - children)


def _sort_text(text: str) -> str:
    # æ, ø, å after z as in the Norwegian alphabet; other accents ignored.
    return fold((text or "").casefold().replace("æ", "{").replace("ø", "|").replace("å", "}"))


def _date(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def checkin_roster(session_id: int) -> Roster:
    """Enrolled residents (active on the session day) and anyone already registered.

    Two queries: enrolled residents with their attendance row (left join on the unique
    (session, resident) index), then the session's other attendance rows (walk-ins).
    Sorted by first name, then last name, the Norwegian way.
    """
    permissions.require_for_session(permissions.CHECK_IN_OWN, session_id)
    guardian = _guardian_of_enrolled(Resident.id, Session.activity)
    columns = (Resident.id, Resident.first_name, Resident.last_name, Resident.birth_date,
               Resident.birth_year, Resident.gender, Resident.needs_completion, Session.date,
               Activity.with_children, Attendance.present, Attendance.role, Attendance.walk_in,
               guardian.alias("guardian"))
    enrolled = (Session
                .select(*columns, Enrolment.role.alias("enrolment_role"))
                .join(Activity, on=(Activity.id == Session.activity))
                .join(Enrolment, on=(Enrolment.activity == Session.activity))
                .join(Resident, on=(Resident.id == Enrolment.resident))
                .join(Attendance, JOIN.LEFT_OUTER,
                      on=((Attendance.session == Session.id)
                          & (Attendance.resident == Enrolment.resident)))
                .where((Session.id == session_id)
                       & (Enrolment.start_date.is_null() | (Enrolment.start_date <= Session.date))
                       & (Enrolment.end_date.is_null() | (Enrolment.end_date >= Session.date))
                       & (~Resident.archived | Attendance.id.is_null(False)))
                .tuples())
    registered = (Attendance
                  .select(*columns, Enrolment.role.alias("enrolment_role"))
                  .join(Session, on=(Session.id == Attendance.session))
                  .join(Activity, on=(Activity.id == Session.activity))
                  .join(Resident, on=(Resident.id == Attendance.resident))
                  .join(Enrolment, JOIN.LEFT_OUTER,
                        on=((Enrolment.activity == Session.activity)
                            & (Enrolment.resident == Attendance.resident)))
                  .where(Attendance.session == session_id)
                  .tuples())
    roster = Roster(session_id)
    seen: set[int] = set()
    for is_enrolled, rows in ((True, enrolled), (False, registered)):
        for (rid, first, last, born, year, gender, incomplete, day, with_children, present,
             stored_role, walk_in, guardian_flag, enrolment_role) in rows:
            if rid in seen:
                continue
            seen.add(rid)
            born, day = _date(born), _date(day)
            age = age_on(born, year, day)
            role = stored_role or role_for(age, enrolment_role if is_enrolled else None,
                                           bool(guardian_flag), bool(with_children))
            roster.entries.append(RosterEntry(
                rid, first, last, born, year if year is not None else (born.year if born else None),
                age, gender, role, None if present is None else bool(present), bool(walk_in),
                is_enrolled, bool(incomplete)))
    roster.entries.sort(key=lambda e: (_sort_text(e.first_name), _sort_text(e.last_name)))
    return roster


@dataclass(frozen=True)
class SessionCounts:
    children_present: int
    adults_present: int
    head_count_total: int
    volunteers_present: int
    volunteer_hours: Decimal

    @property
    def total_present(self) -> int:
        return self.children_present + self.adults_present + self.head_count_total


def session_counts(session_id: int) -> SessionCounts:
    """The counters under the check-in list, in one query."""
    permissions.require_for_session(permissions.CHECK_IN_OWN, session_id)
    present = (Attendance.session == session_id) & Attendance.present

    def count_where(condition):
        return Attendance.select(fn.COUNT(Attendance.id)).where(condition)

    row = Session.select(
        count_where(present & (Attendance.role == "child")).alias("children"),
        count_where(present & (Attendance.role != "child")).alias("adults"),
        HeadCount.select(fn.COALESCE(fn.SUM(HeadCount.count), 0))
        .where(HeadCount.session == session_id).alias("heads"),
        VolunteerPresence.select(fn.COUNT(VolunteerPresence.id))
        .where(VolunteerPresence.session == session_id).alias("volunteers"),
        # Hours summed as hundredths so no float rounding creeps in.
        VolunteerPresence.select(fn.COALESCE(fn.SUM(fn.ROUND(VolunteerPresence.hours * 100)), 0))
        .where(VolunteerPresence.session == session_id).alias("hundredths"),
    ).where(Session.id == session_id).tuples().first()
    if row is None:
        raise RecordGone("Samlingen er slettet av en kollega. Lukk oppmøtet og last inn på nytt.")
    children, adults, heads, volunteers, hundredths = row
    return SessionCounts(children, adults, int(heads), volunteers,
                         (Decimal(int(hundredths)) / 100).quantize(Decimal("0.01")))


# --- finding a walk-in ----------------------------------------------------------------

@dataclass(frozen=True)
class WalkInCandidate:
    resident_id: int
    first_name: str
    last_name: str
    birth_year: int | None
    gender: str
    site_name: str
    needs_completion: bool
    registered: bool   # already has a row at the session asked about

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


def search_residents_for_walk_in(text: str, limit: int = 20,
                                 session_id: int | None = None) -> list[WalkInCandidate]:
    """Residents whose name, phone or e-mail words start with each word typed.

    Matches the folded ``search_text`` column, so "sukru yil" finds "Şükrü Yılmaz".
    Archived and anonymised residents are left out.
    """
    permissions.require_any(permissions.VIEW_PEOPLE, permissions.CHECK_IN_OWN)
    words = fold(text or "").split()
    if not words:
        return []
    condition = ~Resident.archived & Resident.anonymised_at.is_null()
    for word in words:
        condition &= (Resident.search_text.startswith(word)
                      | Resident.search_text.contains(" " + word))
    rows = list(Resident
                .select(Resident.id, Resident.first_name, Resident.last_name,
                        Resident.birth_year, Resident.birth_date, Resident.gender,
                        Resident.needs_completion, Site.name)
                .join(Site, JOIN.LEFT_OUTER, on=(Site.id == Resident.site))
                .where(condition)
                .order_by(Resident.search_text)
                .limit(limit)
                .tuples())
    registered: set[int] = set()
    if session_id is not None and rows:
        registered = {r for (r,) in Attendance.select(Attendance.resident)
                      .where((Attendance.session == session_id)
                             & Attendance.resident.in_([row[0] for row in rows])).tuples()}
    return [WalkInCandidate(rid, first, last,
                            year if year is not None else (_date(born).year if born else None),
                            gender, site or "", bool(incomplete), rid in registered)
            for rid, first, last, year, born, gender, incomplete, site in rows]


# --- unique participants ----------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantSummary:
    """Registered residents counted once however often they came; head counts kept apart."""
    resident_ids: frozenset[int]
    attendances: int          # present registrations in total
    sessions_held: int        # not cancelled
    head_count_total: int

    @property
    def unique_participants(self) -> int:
        return len(self.resident_ids)


def unique_participants(session_ids: Iterable[int] | None = None, *,
                        activity_ids: Iterable[int] | None = None,
                        first: datetime.date | None = None,
                        last: datetime.date | None = None) -> ParticipantSummary:
    """Count each resident once across the sessions chosen (cancelled sessions never count).

    Choose sessions by id, or by activities and/or a period (dates inclusive).
    """
    if session_ids is None and activity_ids is None and first is None and last is None:
        raise ValueError("Choose sessions by id, activity or period")
    if activity_ids is not None:
        activity_ids = list(activity_ids)
    if not permissions.can(permissions.VIEW_STATISTICS):
        # An activity leader may count the participants of their own activities.
        if activity_ids is None or session_ids is not None:
            permissions.require(permissions.VIEW_STATISTICS)
        for activity_id in activity_ids:
            permissions.require_check_in(activity_id)
    base = ~Session.cancelled
    if activity_ids is not None:
        base &= Session.activity.in_(list(activity_ids))
    if first is not None:
        base &= Session.date >= first
    if last is not None:
        base &= Session.date <= last
    conditions = ([base] if session_ids is None else
                  [base & Session.id.in_(chunk) for chunk in _chunks(sorted(set(session_ids)))])
    residents: set[int] = set()
    attendances = sessions = heads = 0
    for condition in conditions:
        for resident_id, n in (Attendance.select(Attendance.resident, fn.COUNT(Attendance.id))
                               .join(Session, on=(Session.id == Attendance.session))
                               .where(condition & Attendance.present)
                               .group_by(Attendance.resident).tuples()):
            residents.add(resident_id)
            attendances += n
        sessions += Session.select().where(condition).count()
        heads += (HeadCount.select(fn.COALESCE(fn.SUM(HeadCount.count), 0))
                  .join(Session, on=(Session.id == HeadCount.session))
                  .where(condition).scalar()) or 0
    return ParticipantSummary(frozenset(residents), attendances, sessions, int(heads))


def _chunks(values: list, size: int = SQL_CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]
