"""Sessions from schedules ("Tuesdays and Thursdays 17:00–19:00, week 34 to week 50").

Dates are planned from the schedule's weekdays, skipping Norwegian public holidays (from
the ``holidays`` package, so Easter, Ascension and Whit Monday move by themselves) and the
stored school holidays. ``every_n_weeks`` counts real weeks from the week of the first
date, so a year with ISO week 53 keeps the rhythm (week 51, 53, then week 2).

Regenerating after the schedule changed adds the dates that are missing and removes
sessions that no longer fit, but only those with nothing registered on them: a session
with attendance, volunteer presence or head counts is kept and reported back. Sessions
added by hand (no schedule) are never touched. A session that was moved to another day
still counts for the day it was planned on, so regenerating neither recreates that day
nor removes the moved session; the day it was planned on is read back from the change log.

Times: a session whose end time is before its start time runs past midnight (a patrol
21:00–00:30); sessions longer than 16 hours are refused as a typing error.
"""
import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

import holidays

from samvirke_desktop.db.models import (
    Activity,
    Attendance,
    ChangeLog,
    HeadCount,
    Schedule,
    Session,
    VolunteerPresence,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.activities.school_holidays import SchoolHolidayCalendar, team_municipality
from samvirke_desktop.domain.formatting import date_no, time_no
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue, parse_date, parse_time
from samvirke_desktop.domain.vocabulary import WEEKDAY_LABELS
from samvirke_desktop.errors import RecordGone, ValidationError

DAY = datetime.timedelta(days=1)
MAX_SESSION_HOURS = 16
MAX_SCHEDULE_DAYS = 3 * 366 + 1
SQL_CHUNK = 500


# --- weekdays and times -------------------------------------------------------

def parse_weekdays(text: str | Iterable[int]) -> tuple[int, ...]:
    """"2,4" → (2, 4): ISO weekdays, Monday = 1. Spaces and repeats are allowed."""
    if isinstance(text, str):
        parts = [p for p in text.replace(" ", ",").split(",") if p]
    else:
        parts = list(text)
    try:
        days = sorted({int(p) for p in parts})
    except ValueError:
        raise InvalidValue("Ukedagene skrives som tall, mandag = 1 og søndag = 7, for eksempel "
                           "«2,4» for tirsdag og torsdag.") from None
    if not days:
        raise InvalidValue("Velg minst én ukedag.")
    if days[0] < 1 or days[-1] > 7:
        raise InvalidValue("Ukedagene er tall fra 1 (mandag) til 7 (søndag).")
    return tuple(days)


def format_weekdays(days: Iterable[int]) -> str:
    """(2, 4) → "2,4", the stored form."""
    return ",".join(str(d) for d in sorted(set(days)))


def weekdays_label(text: str | Iterable[int]) -> str:
    """"2,4" → "tirsdag og torsdag"."""
    names = [WEEKDAY_LABELS[d] for d in parse_weekdays(text)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def session_hours(start: datetime.time | None, end: datetime.time | None) -> Decimal | None:
    """The length of a session in hours (two decimals); past midnight when end < start."""
    if start is None or end is None:
        return None
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes <= 0:
        minutes += 24 * 60
    return (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.01"))


def check_times(start: datetime.time | None, end: datetime.time | None,
                errors: FieldErrors) -> None:
    if (start is None) != (end is None):
        errors.add("end_time" if end is None else "start_time",
                   "Fyll inn både starttid og sluttid, eller ingen av dem.")
    elif start is not None and (start == end or session_hours(start, end) > MAX_SESSION_HOURS):
        errors.add("end_time", "Sluttiden må være etter starttiden. Sjekk klokkeslettene "
                               "(en samling kan vare opptil 16 timer).")


def check_schedule(*, weekdays, first_date, last_date, start_time, end_time,
                   every_n_weeks=1) -> None:
    """Raise one ValidationError with every problem in a schedule's fields."""
    errors = FieldErrors()
    with errors.check("weekdays"):
        parse_weekdays(weekdays or "")
    if first_date is None:
        errors.add("first_date", "Fyll inn første dato.")
    if last_date is None:
        errors.add("last_date", "Fyll inn siste dato.")
    if first_date and last_date:
        if last_date < first_date:
            errors.add("last_date", "Siste dato må være samme dag som eller etter første dato.")
        elif (last_date - first_date).days > MAX_SCHEDULE_DAYS:
            errors.add("last_date", "En timeplan kan vare i høyst tre år. Del den opp, eller "
                                    "sjekk årstallet.")
    if start_time is None or end_time is None:
        errors.add("start_time" if start_time is None else "end_time",
                   "Fyll inn starttid og sluttid for samlingene.")
    else:
        check_times(start_time, end_time, errors)
    if not isinstance(every_n_weeks, int) or not 1 <= every_n_weeks <= 52:
        errors.add("every_n_weeks", "Skriv hvor mange uker det er mellom hver gang: 1 for hver "
                                    "uke, 2 for annenhver uke.")
    errors.raise_if_any()


# --- planning dates -----------------------------------------------------------

@dataclass(frozen=True)
class SkippedDate:
    date: datetime.date
    reason: str   # "Grunnlovsdag", "Høstferie", "Det finnes allerede en samling denne dagen"


@dataclass
class SchedulePlan:
    dates: list[datetime.date]
    skipped: list[SkippedDate]


def public_holidays(first: datetime.date, last: datetime.date) -> dict[datetime.date, str]:
    """Norwegian public holidays (Norwegian names) from ``first`` through ``last``."""
    calendar = holidays.country_holidays("NO", years=range(first.year, last.year + 1),
                                         language="no")
    return {day: name for day, name in calendar.items() if first <= day <= last}


def _monday(day: datetime.date) -> datetime.date:
    return day - (day.isoweekday() - 1) * DAY


def plan_dates(weekdays: str | Iterable[int], first_date: datetime.date,
               last_date: datetime.date, every_n_weeks: int = 1, *,
               public_holidays: Mapping[datetime.date, str] | None = None,
               school_holidays: SchoolHolidayCalendar | None = None) -> SchedulePlan:
    """The dates a schedule gives, and the dates left out with why. No database access."""
    days = set(parse_weekdays(weekdays))
    n = max(1, every_n_weeks or 1)
    first_monday = _monday(first_date)
    dates, skipped = [], []
    day = first_date
    while day <= last_date:
        weeks_since = (_monday(day) - first_monday).days // 7
        if day.isoweekday() in days and weeks_since % n == 0:
            reason = (public_holidays or {}).get(day)
            if reason is None and school_holidays is not None:
                reason = school_holidays.holiday_on(day)
            if reason is None:
                dates.append(day)
            else:
                skipped.append(SkippedDate(day, reason))
        day += DAY
    return SchedulePlan(dates, skipped)


def plan_schedule(schedule: Schedule, municipality: str | None = None) -> SchedulePlan:
    """Plan a stored (or unsaved) schedule: holidays are loaded once for the whole period.

    School holidays are those of ``municipality``, the team's own (Innstillinger →
    Skoleferier) when not given.
    """
    public = (public_holidays(schedule.first_date, schedule.last_date)
              if schedule.skip_public_holidays else None)
    school = None
    if schedule.skip_school_holidays:
        school = SchoolHolidayCalendar.load(schedule.first_date, schedule.last_date,
                                            municipality or team_municipality())
    return plan_dates(schedule.weekdays, schedule.first_date, schedule.last_date,
                      schedule.every_n_weeks, public_holidays=public, school_holidays=school)


# --- generating and regenerating ------------------------------------------------

@dataclass
class GenerationResult:
    created: list[Session] = field(default_factory=list)
    removed: list[datetime.date] = field(default_factory=list)
    kept_with_history: list[Session] = field(default_factory=list)
    updated: list[Session] = field(default_factory=list)
    skipped: list[SkippedDate] = field(default_factory=list)

    def summary(self) -> str:
        """A short Norwegian report for the status line or a message box."""
        created = len(self.created)
        parts = ["1 ny samling" if created == 1 else f"{created} nye samlinger"]
        if self.removed:
            parts.append(f"{len(self.removed)} fjernet")
        if self.updated:
            parts.append(f"{len(self.updated)} fikk nye klokkeslett eller nytt sted")
        text = ", ".join(parts) + "."
        if self.skipped:
            days = "1 dag" if len(self.skipped) == 1 else f"{len(self.skipped)} dager"
            text += f" {days} ble hoppet over (helligdager og skoleferier)."
        if self.kept_with_history:
            days = ", ".join(date_no(s.date) for s in self.kept_with_history)
            kept = ("1 samling passer" if len(self.kept_with_history) == 1
                    else f"{len(self.kept_with_history)} samlinger passer")
            text += (f" {kept} ikke lenger med timeplanen, men har registrert oppmøte og ble "
                     f"beholdt: {days}. Slett dem selv hvis de ikke skal være med.")
        return text


def _chunks(values: list, size: int = SQL_CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def planned_dates_of_moved(session_ids: list[int]) -> dict[int, datetime.date]:
    """For sessions whose date was changed, the date they had first (from the change log)."""
    original: dict[int, datetime.date] = {}
    for chunk in _chunks(session_ids):
        rows = (ChangeLog.select(ChangeLog.record_id, ChangeLog.changes)
                .where((ChangeLog.table_name == Session._meta.table_name)
                       & (ChangeLog.action == "update")
                       & ChangeLog.record_id.in_(chunk)
                       & ChangeLog.changes.contains('"date"'))
                .order_by(ChangeLog.id))
        for row in rows:
            if row.record_id in original:
                continue
            try:
                old = json.loads(row.changes).get("date", [None])[0]
                original[row.record_id] = datetime.date.fromisoformat(old)
            except (ValueError, TypeError, AttributeError, IndexError):
                continue
    return original


def sessions_with_history(session_ids: list[int]) -> set[int]:
    """Sessions with attendance, volunteer presence or head counts (anything registered)."""
    found: set[int] = set()
    for chunk in _chunks(session_ids):
        for model in (Attendance, VolunteerPresence, HeadCount):
            found.update(r.session_id for r in
                         model.select(model.session).where(model.session.in_(chunk)).distinct())
    return found


@write
def generate_sessions(schedule_id: int, *, municipality: str | None = None,
                      apply_times_from: datetime.date | None = None,
                      from_date: datetime.date | None = None) -> GenerationResult:
    """Create the schedule's missing sessions and remove those that no longer fit.

    ``apply_times_from``: sessions of the schedule on or after this day (not moved ones)
    get the schedule's current times and place. Without it, existing sessions keep theirs.
    ``from_date``: leave the days before it alone (what has been is history, even where
    attendance was not typed in yet).
    """
    permissions.require(permissions.EDIT_ACTIVITIES)
    schedule = Schedule.get_or_none(Schedule.id == schedule_id)
    if schedule is None:
        raise RecordGone("Timeplanen finnes ikke lenger. Lukk vinduet og åpne aktiviteten på nytt.")
    check_schedule(weekdays=schedule.weekdays, first_date=schedule.first_date,
                   last_date=schedule.last_date, start_time=schedule.start_time,
                   end_time=schedule.end_time, every_n_weeks=schedule.every_n_weeks)
    plan = plan_schedule(schedule, municipality)
    planned = set(plan.dates)
    result = GenerationResult(skipped=[s for s in plan.skipped
                                       if from_date is None or s.date >= from_date])

    own = list(Session.select().where(Session.schedule == schedule.id))
    moved_from = planned_dates_of_moved([s.id for s in own])
    covered: set[datetime.date] = set()
    misfits = []
    for session in own:
        planned_on = moved_from.get(session.id, session.date)
        if planned_on in planned:
            covered.add(planned_on)
        elif from_date is None or session.date >= from_date:
            misfits.append(session)

    # A session added by hand (or by another schedule) at the same day and time is the same one.
    others = {(s.date, s.start_time) for s in
              Session.select(Session.date, Session.start_time)
              .where((Session.activity == schedule.activity_id)
                     & ((Session.schedule != schedule.id) | Session.schedule.is_null())
                     & Session.date.between(schedule.first_date, schedule.last_date))}

    for day in plan.dates:
        if day in covered or (from_date is not None and day < from_date):
            continue
        if (day, schedule.start_time) in others:
            result.skipped.append(SkippedDate(day, "Det finnes allerede en samling denne dagen"))
            continue
        result.created.append(record_changes.create(
            Session, activity=schedule.activity_id, schedule=schedule.id, date=day,
            start_time=schedule.start_time, end_time=schedule.end_time, place=schedule.place))

    history = sessions_with_history([s.id for s in misfits])
    for session in misfits:
        if session.id in history:
            result.kept_with_history.append(session)
        else:
            record_changes.delete(Session, session.id)
            result.removed.append(session.date)

    if apply_times_from is not None:
        for session in own:
            if (session.id in moved_from or session in misfits
                    or session.date < apply_times_from):
                continue
            if (session.start_time, session.end_time, session.place) != (
                    schedule.start_time, schedule.end_time, schedule.place):
                result.updated.append(record_changes.update(
                    Session, session.id, session.version, start_time=schedule.start_time,
                    end_time=schedule.end_time, place=schedule.place))
    result.skipped.sort(key=lambda s: s.date)
    result.removed.sort()
    return result


regenerate_sessions = generate_sessions


# --- single sessions ----------------------------------------------------------

def _session(session_id: int) -> Session:
    session = Session.get_or_none(Session.id == session_id)
    if session is None:
        raise RecordGone("Samlingen er slettet av en kollega. Lukk vinduet og last inn på nytt.")
    return session


@write
def add_session(activity_id: int, day: datetime.date, start_time: datetime.time | None = None,
                end_time: datetime.time | None = None, *, place: str | None = None,
                topic: str = "", notes: str = "") -> Session:
    """A session added by hand (not from a schedule); ``place`` None takes the activity's."""
    permissions.require_for_activity(permissions.MANAGE_SESSIONS, activity_id)
    errors = FieldErrors()
    if day is None:
        errors.add("date", "Fyll inn datoen for samlingen.")
    check_times(start_time, end_time, errors)
    errors.raise_if_any()
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise RecordGone("Aktiviteten finnes ikke lenger. Lukk vinduet og last inn på nytt.")
    return record_changes.create(Session, activity=activity.id, schedule=None, date=day,
                                 start_time=start_time, end_time=end_time,
                                 place=activity.place if place is None else place.strip(),
                                 topic=topic.strip(), notes=notes.strip())


@write
def move_session(session_id: int, expected_version: int, new_date: datetime.date,
                 start_time: datetime.time | None = None, end_time: datetime.time | None = None,
                 place: str | None = None) -> Session:
    """Move one session to another day and/or time; times and place left None are kept."""
    permissions.require_for_session(permissions.MANAGE_SESSIONS, session_id)
    session = _session(session_id)
    start = start_time if start_time is not None else session.start_time
    end = end_time if end_time is not None else session.end_time
    errors = FieldErrors()
    if new_date is None:
        errors.add("date", "Fyll inn den nye datoen.")
    check_times(start, end, errors)
    errors.raise_if_any()
    changes = {"date": new_date, "start_time": start, "end_time": end}
    if place is not None:
        changes["place"] = place.strip()
    return record_changes.update(Session, session_id, expected_version, **changes)


@write
def update_session(session_id: int, expected_version: int, *, day: datetime.date,
                   start_time: datetime.time | None, end_time: datetime.time | None,
                   place: str, topic: str) -> Session:
    """Change one session's day, times, place and topic (a theme evening's subject).

    Unlike ``move_session``, empty times are kept empty: the form shows every field.
    """
    permissions.require_for_session(permissions.MANAGE_SESSIONS, session_id)
    _session(session_id)
    errors = FieldErrors()
    if day is None:
        errors.add("date", "Fyll inn datoen for samlingen.")
    check_times(start_time, end_time, errors)
    place, topic = " ".join((place or "").split()), " ".join((topic or "").split())
    if len(place) > 200:
        errors.add("place", "Stedet kan ha høyst 200 tegn.")
    if len(topic) > 300:
        errors.add("topic", "Temaet kan ha høyst 300 tegn.")
    errors.raise_if_any()
    return record_changes.update(Session, session_id, expected_version, date=day,
                                 start_time=start_time, end_time=end_time, place=place, topic=topic)


def read_session(session_id: int) -> tuple[dict, int]:
    """One session's fields for the session forms, and its version."""
    session = _session(session_id)
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, session.activity_id)
    return ({"activity_id": session.activity_id, "date": session.date,
             "start_time": session.start_time, "end_time": session.end_time,
             "place": session.place, "topic": session.topic, "cancelled": session.cancelled,
             "cancel_reason": session.cancel_reason}, session.version)


@write
def cancel_session(session_id: int, expected_version: int, reason: str) -> Session:
    """Mark a session cancelled; the reason is required (it goes on calendars and reports)."""
    permissions.require_for_session(permissions.MANAGE_SESSIONS, session_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"cancel_reason": "Skriv hvorfor samlingen er avlyst, for eksempel "
                                                "«Sykdom» eller «Lokalet er stengt»."})
    _session(session_id)
    return record_changes.update(Session, session_id, expected_version, cancelled=True,
                                 cancel_reason=reason[:300])


@write
def uncancel_session(session_id: int, expected_version: int) -> Session:
    """Take back a cancellation."""
    permissions.require_for_session(permissions.MANAGE_SESSIONS, session_id)
    _session(session_id)
    return record_changes.update(Session, session_id, expected_version, cancelled=False,
                                 cancel_reason="")


@write
def delete_session(session_id: int, expected_version: int) -> None:
    """Delete a session made by mistake; one with anything registered is refused (cancel it)."""
    permissions.require_for_session(permissions.MANAGE_SESSIONS, session_id)
    _session(session_id)
    if sessions_with_history([session_id]):
        raise ValidationError({"date": "Samlingen har registrert oppmøte og kan ikke slettes. "
                                       "Avlys den i stedet, så blir oppmøtet bevart."})
    record_changes.delete(Session, session_id, expected_version)


# --- editing schedules ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ScheduleRow:
    id: int
    version: int
    weekdays: str
    start_time: datetime.time
    end_time: datetime.time
    first_date: datetime.date
    last_date: datetime.date
    every_n_weeks: int
    place: str

    @property
    def label(self) -> str:
        """"tirsdag og torsdag 17:00–19:00, 25.08.2026–17.12.2026"."""
        rhythm = "" if self.every_n_weeks == 1 else f" hver {self.every_n_weeks}. uke"
        return (f"{weekdays_label(self.weekdays)}{rhythm} {time_no(self.start_time)}–"
                f"{time_no(self.end_time)}, {date_no(self.first_date)}–{date_no(self.last_date)}")


def schedules_of(activity_id: int) -> list[ScheduleRow]:
    """The activity's schedules, the latest period first."""
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, activity_id)
    return [ScheduleRow(s.id, s.version, s.weekdays, s.start_time, s.end_time, s.first_date,
                        s.last_date, s.every_n_weeks, s.place)
            for s in Schedule.select().where(Schedule.activity == activity_id)
            .order_by(Schedule.first_date.desc(), Schedule.id.desc())]


def _semester_end(day: datetime.date) -> datetime.date:
    """The last day before Christmas or the summer: where a term usually ends."""
    if day.month >= 8:
        return datetime.date(day.year, 12, 18)
    if day.month == 1 or day.month < 6 or (day.month == 6 and day.day < 10):
        return datetime.date(day.year, 6, 18)
    return datetime.date(day.year, 12, 18)


def new_schedule_values(activity_id: int, today: datetime.date | None = None) -> dict:
    """A new schedule: the activity's place, the usual 17:00–19:00, from next Monday to the
    end of the term."""
    today = today or datetime.date.today()
    activity = Activity.get_or_none(Activity.id == activity_id)
    first = today + (8 - today.isoweekday()) % 7 * DAY if today.isoweekday() != 1 else today
    last = _semester_end(first)
    if last <= first:
        last = _semester_end(first + 60 * DAY)
    return {"weekdays": (), "start_time": datetime.time(17), "end_time": datetime.time(19),
            "first_date": first, "last_date": last, "every_n_weeks": 1,
            "place": activity.place if activity is not None else "",
            "skip_public_holidays": True, "skip_school_holidays": True}


def read_schedule(schedule_id: int) -> tuple[dict, int]:
    schedule = Schedule.get_or_none(Schedule.id == schedule_id)
    if schedule is None:
        raise RecordGone("Timeplanen er slettet av en kollega. Lukk vinduet og åpne aktiviteten "
                         "på nytt.")
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, schedule.activity_id)
    return ({"weekdays": parse_weekdays(schedule.weekdays), "start_time": schedule.start_time,
             "end_time": schedule.end_time, "first_date": schedule.first_date,
             "last_date": schedule.last_date, "every_n_weeks": schedule.every_n_weeks,
             "place": schedule.place,
             "skip_public_holidays": bool(schedule.skip_public_holidays),
             "skip_school_holidays": bool(schedule.skip_school_holidays)}, schedule.version)


def clean_schedule_values(values: Mapping) -> dict:
    """Typed values (times and dates as text or objects) → the fields of a Schedule.

    Raises one ValidationError naming every wrong field.
    """
    errors = FieldErrors()
    out: dict = {}
    weekdays = values.get("weekdays") or ()
    with errors.check("weekdays"):
        out["weekdays"] = format_weekdays(parse_weekdays(weekdays))
    for name in ("start_time", "end_time"):
        with errors.check(name):
            out[name] = parse_time(values.get(name))
    for name in ("first_date", "last_date"):
        with errors.check(name):
            out[name] = parse_date(values.get(name))
    try:
        out["every_n_weeks"] = int(values.get("every_n_weeks") or 1)
    except (TypeError, ValueError):
        out["every_n_weeks"] = 0
    place = " ".join(str(values.get("place") or "").split())
    if len(place) > 200:
        errors.add("place", "Stedet kan ha høyst 200 tegn.")
    out["place"] = place
    out["skip_public_holidays"] = bool(values.get("skip_public_holidays", True))
    out["skip_school_holidays"] = bool(values.get("skip_school_holidays", True))
    if "weekdays" in errors.errors:
        out["weekdays"] = "1"  # let check_schedule look at the other fields too
    try:
        check_schedule(weekdays=out["weekdays"], first_date=out.get("first_date"),
                       last_date=out.get("last_date"), start_time=out.get("start_time"),
                       end_time=out.get("end_time"), every_n_weeks=out["every_n_weeks"])
    except ValidationError as exc:
        for name, message in exc.field_errors.items():
            errors.add(name, message)
    errors.raise_if_any()
    return out


def preview_schedule(values: Mapping, municipality: str | None = None) -> SchedulePlan:
    """The dates a schedule being edited would give (nothing is saved)."""
    clean = clean_schedule_values(values)
    return plan_schedule(Schedule(**clean), municipality)


def plan_text(plan: SchedulePlan) -> str:
    """"32 samlinger fra tirsdag 18.08.2026 til torsdag 17.12.2026. Hoppes over: …"."""
    if not plan.dates:
        text = "Timeplanen gir ingen samlinger. Sjekk ukedagene og datoene."
    else:
        first, last = plan.dates[0], plan.dates[-1]
        count = "1 samling" if len(plan.dates) == 1 else f"{len(plan.dates)} samlinger"
        text = (f"{count} fra {WEEKDAY_LABELS[first.isoweekday()]} {date_no(first)} til "
                f"{WEEKDAY_LABELS[last.isoweekday()]} {date_no(last)}.")
    if plan.skipped:
        by_reason: dict[str, list[datetime.date]] = {}
        for skipped in plan.skipped:
            by_reason.setdefault(skipped.reason, []).append(skipped.date)
        parts = [f"{reason} ({', '.join(day.strftime('%d.%m.') for day in days)})"
                 for reason, days in by_reason.items()]
        text += " Hoppes over: " + "; ".join(parts) + "."
    return text


@write
def save_schedule(activity_id: int, values: Mapping, schedule_id: int | None = None,
                  version: int | None = None, *, today: datetime.date | None = None,
                  municipality: str | None = None) -> tuple[int, GenerationResult]:
    """Create or change a schedule and bring its sessions in line with it at once.

    Sessions with anything registered are never removed (see ``generate_sessions``). When
    the times or the place of an existing schedule change, sessions from ``today`` on get
    the new ones; earlier sessions keep what they were held with.
    """
    permissions.require(permissions.EDIT_ACTIVITIES)
    today = today or datetime.date.today()
    if not Activity.select().where(Activity.id == activity_id).exists():
        raise RecordGone("Aktiviteten finnes ikke lenger. Lukk vinduet og last inn på nytt.")
    clean = clean_schedule_values(values)
    apply_from = None
    if schedule_id is None:
        schedule = record_changes.create(Schedule, activity=activity_id, **clean)
    else:
        current = Schedule.get_or_none(Schedule.id == schedule_id)
        if current is None:
            raise RecordGone("Timeplanen er slettet av en kollega. Det du skrev er ikke lagret.")
        if current.activity_id != activity_id:
            raise RecordGone("Timeplanen hører til en annen aktivitet. Lukk vinduet og åpne "
                             "aktiviteten på nytt.")
        if (current.start_time, current.end_time, current.place) != (
                clean["start_time"], clean["end_time"], clean["place"]):
            apply_from = today
        schedule = record_changes.update(Schedule, schedule_id, version, **clean)
    # A changed schedule applies from today on; a new one may start in the past (a term
    # typed in afterwards from paper sign-in sheets).
    result = generate_sessions(schedule.id, municipality=municipality,
                               apply_times_from=apply_from,
                               from_date=None if schedule_id is None else today)
    return schedule.id, result


@write
def delete_schedule(schedule_id: int, version: int) -> GenerationResult:
    """Remove a schedule with its sessions; those with anything registered stay (as single
    sessions), so no attendance is ever lost."""
    permissions.require(permissions.EDIT_ACTIVITIES)
    schedule = Schedule.get_or_none(Schedule.id == schedule_id)
    if schedule is None:
        return GenerationResult()
    if schedule.version != version:
        raise record_changes.conflict(schedule)
    own = list(Session.select().where(Session.schedule == schedule_id).order_by(Session.date))
    history = sessions_with_history([s.id for s in own])
    result = GenerationResult()
    for session in own:
        if session.id in history:
            record_changes.update(Session, session.id, session.version, schedule=None)
            result.kept_with_history.append(session)
        else:
            record_changes.delete(Session, session.id)
            result.removed.append(session.date)
    record_changes.delete(Schedule, schedule_id, version)
    return result


@write
def regenerate_all(today: datetime.date | None = None) -> GenerationResult:
    """Bring every schedule that is not over yet in line with the holidays as stored now
    (after the team changed its school holidays), from ``today`` on. Sessions with
    registrations are kept."""
    permissions.require(permissions.EDIT_ACTIVITIES)
    today = today or datetime.date.today()
    total = GenerationResult()
    for (schedule_id,) in (Schedule.select(Schedule.id).where(Schedule.last_date >= today)
                           .order_by(Schedule.id).tuples()):
        result = generate_sessions(schedule_id, from_date=today)
        total.created += result.created
        total.removed += result.removed
        total.kept_with_history += result.kept_with_history
    total.removed.sort()
    return total
