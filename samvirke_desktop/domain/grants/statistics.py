"""The figures of a grant report: one function, ``grant_statistics``, used by the screen,
the PDF report and the data export alike, so their numbers can never disagree.

Rules (each one tested in tests/domain/grants/test_grant_statistics.py):

* Scope: the sessions of the application's linked activities dated within the period
  (both ends included). The period defaults to the application's period.
* Held sessions follow ``activities.held_sessions``: not cancelled, dated on or before the
  as-of day (the period's end, or today when earlier) and something registered. Later ones
  are planned (a progress report in November does not count December as held); past ones
  with nothing registered are *not registered*: listed, and counted nowhere else.
* Cancelled sessions are counted as cancelled and nothing else: attendance, head counts
  and volunteer hours registered on them are left out everywhere.
* Unique participants: a resident with at least one ``present`` attendance in a held
  session, counted once across all sessions and all linked activities. Archived and
  anonymised residents count too: they did attend.
* Children and adults are counted apart by attendance role: "child" is a child,
  "parent" and "adult" are adults. A resident registered in both roles in the period
  counts once, as a child.
* Age is counted from the birth year, as Norwegian sport and youth work count it: the age
  the person reaches in the calendar year of the reference day (that year − birth year),
  whatever the birthday. Everyone born in the same year has the same age and moves to the
  next band at the new year. The reference day is the first day of the period
  (``age_basis="period_start"``, the default) or the resident's first attendance in the
  period (``"first_attendance"``). So a birth date adds nothing to a birth year, and an
  anonymised resident (only the year kept) counts exactly as before. A year after the
  reference year counts as 0. No birth date and no birth year: "Ukjent alder".
* New or returning: returning when the resident attended any held session of any
  activity (linked or not) before the period started; new otherwise.
* Bufdir's 0–24: when the bands divide at 24/25 (one band ends at 24, another starts at 25,
  as Bufdir's do), each group also has the total of the bands up to 24 (``youth``), and the
  participants the sum of both groups (``youth_total``); otherwise both are None.
* Head counts (people counted, not registered) are kept apart from unique participants.
  A head-count row goes to the funder's band that holds its whole age range, to "Andre
  aldersgrupper" when no single band does, and to "Uten alder" when it has no ages.
* Volunteers: unique volunteers, their hours, and the in-kind value (hours × the
  application's or else the funder's hour rate; None when there is no rate).
* Budget: each line's amount is the budget for the whole grant period. "Spent" sums the
  expenses dated from the application period's start to the end of the statistics
  period (never past the application period's end): a progress report shows spending so
  far, the final report all spending. Expenses dated outside the application period are
  never counted as spent; they are shown per line as ``outside_period`` so a receipt
  with a wrong date gets noticed. Variance = spent − budgeted (negative: under budget).

Everything is aggregated in SQL in a fixed handful of queries, whatever the number of
residents or sessions.
"""
import datetime
from dataclasses import dataclass, field, fields, is_dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import JOIN, SQL, Case, fn

from samvirke_desktop.db.models import (
    GENDERS,
    Activity,
    ActivityApplication,
    Application,
    Attendance,
    BudgetLine,
    Expense,
    Funder,
    FunderScheme,
    HeadCount,
    Resident,
    Session,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.formatting import date_no, month_name
from samvirke_desktop.domain.grants.age_bands import Band, band_range_text, band_set_for, volunteer_hour_rate
from samvirke_desktop.domain.grants.application_status import status_label
from samvirke_desktop.domain.grants.figures_text import figure_rows
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS, gender_label
from samvirke_desktop.errors import RecordGone, ValidationError
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

AGE_BASES = ("period_start", "first_attendance")
BIRTH_YEAR_RULE_TEXT = QT_TRANSLATE_NOOP(
    "Report", "Alder regnes etter fødselsår: alderen personen fyller i året (årstallet minus "
    "fødselsåret), uansett fødselsdag.")

# Row and column labels are kept Norwegian in the figures (JSON and CSV keys); reports show
# them translated (vocabulary.label_text), so they are marked for lupdate here.
UNKNOWN_AGE = QT_TRANSLATE_NOOP("Report", "Ukjent alder")
OUTSIDE_BANDS = QT_TRANSLATE_NOOP("Report", "Utenfor aldersgruppene")
HEAD_COUNT_OTHER = QT_TRANSLATE_NOOP("Report", "Andre aldersgrupper")
HEAD_COUNT_NO_AGE = QT_TRANSLATE_NOOP("Report", "Uten alder")
YOUTH_LABEL = QT_TRANSLATE_NOOP("Report", "0–24 år i alt")
YOUTH_TO = 24   # Bufdir's target group is 0–24
CHILDREN_LABEL = QT_TRANSLATE_NOOP("Report", "Barn og unge")
ADULTS_LABEL = QT_TRANSLATE_NOOP("Report", "Voksne")

HEAD_COUNT_GENDER_LABELS = {"female": QT_TRANSLATE_NOOP("Report", "Jente/kvinne"),
                            "male": QT_TRANSLATE_NOOP("Report", "Gutt/mann"),
                            "other": QT_TRANSLATE_NOOP("Report", "Annet"),
                            "unspecified": QT_TRANSLATE_NOOP("Report", "Ikke oppgitt")}

CENT = Decimal("0.01")
TENTH = Decimal("0.1")


def _mapping(**kwargs):
    """Marks a tuple of (key, value) pairs that ``as_dict`` turns into a JSON object."""
    return field(metadata={"mapping": True}, **kwargs)


# --- the result -------------------------------------------------------------

@dataclass(frozen=True)
class BandRow:
    """One row of an age × gender table."""
    label: str
    age_from: int | None
    age_to: int | None
    kind: str  # "band", "outside" (no band holds the age), "unknown" (no age), "other" (head counts)
    counts: tuple[tuple[str, int], ...] = _mapping()  # (gender code, count) in GENDERS order
    total: int

    def count(self, gender: str) -> int:
        return dict(self.counts).get(gender, 0)


@dataclass(frozen=True)
class ParticipantGroup:
    key: str    # "children" or "adults"
    label: str  # "Barn og unge" / "Voksne"
    gender_labels: tuple[tuple[str, str], ...] = _mapping()
    rows: tuple[BandRow, ...]
    gender_totals: tuple[tuple[str, int], ...] = _mapping()
    total: int
    new: int
    returning: int
    youth: BandRow | None = None   # the bands up to 24 summed, where the bands divide at 24/25

    def row(self, label: str) -> BandRow:
        return next(r for r in self.rows if r.label == label)


@dataclass(frozen=True)
class Participants:
    total: int
    new: int
    returning: int
    children: ParticipantGroup
    adults: ParticipantGroup
    youth_total: int | None = None   # 0–24 in both groups (Bufdir); None: bands not so divided


@dataclass(frozen=True)
class SessionFigures:
    """Sessions in the period, each counted once by ``activities.held_sessions``."""
    held: int
    cancelled: int
    planned: int = 0          # not cancelled, dated after the as-of day
    not_registered: int = 0   # past, not cancelled, nothing registered: not counted as held
    not_registered_sessions: tuple[tuple[datetime.date, str], ...] = ()  # (date, activity)


@dataclass(frozen=True)
class AttendanceFigures:
    total: int                           # present attendances of registered residents
    average_per_session: Decimal | None  # total / sessions held, one decimal


@dataclass(frozen=True)
class HeadCountEntry:
    """Head counts as registered, summed over the sessions."""
    label: str
    age_from: int | None
    age_to: int | None
    gender: str | None
    count: int


@dataclass(frozen=True)
class HeadCountFigures:
    total: int
    average_per_session: Decimal | None
    gender_labels: tuple[tuple[str, str], ...] = _mapping()
    rows: tuple[BandRow, ...]                # by the funder's bands
    registered: tuple[HeadCountEntry, ...]   # as the team entered them

    def row(self, label: str) -> BandRow:
        return next(r for r in self.rows if r.label == label)


@dataclass(frozen=True)
class VolunteerFigures:
    unique: int
    presences: int                  # volunteer × session
    hours: Decimal
    hour_rate: Decimal | None
    in_kind_value: Decimal | None   # hours × rate; None when the funder wants hours only


@dataclass(frozen=True)
class MonthFigures:
    year: int
    month: int
    label: str  # "januar 2026"
    sessions_held: int
    attendances: int
    head_counts: int


@dataclass(frozen=True)
class ActivityFigures:
    activity_id: int
    name: str
    kind: str
    kind_label: str
    sessions_held: int
    sessions_cancelled: int
    attendances: int
    unique_participants: int
    head_counts: int
    volunteer_hours: Decimal


@dataclass(frozen=True)
class BudgetLineFigures:
    budget_line_id: int
    name: str
    budgeted: Decimal
    spent: Decimal
    variance: Decimal                # spent − budgeted
    percent_used: Decimal | None     # spent / budgeted × 100, one decimal
    outside_period: Decimal          # expenses dated outside the application period


@dataclass(frozen=True)
class BudgetFigures:
    spent_from: datetime.date
    spent_to: datetime.date
    lines: tuple[BudgetLineFigures, ...]
    budgeted: Decimal
    spent: Decimal
    variance: Decimal
    percent_used: Decimal | None
    outside_period: Decimal


@dataclass(frozen=True)
class GrantStatistics:
    application_id: int
    title: str
    reference: str
    funder: str
    scheme: str
    sub_category: str
    status: str
    status_label: str
    application_period_start: datetime.date
    application_period_end: datetime.date
    period_from: datetime.date
    period_to: datetime.date
    age_basis: str
    age_basis_text: str
    birth_year_rule_text: str
    bands_source: str
    bands_text: str
    bands: tuple[Band, ...]
    amount_applied: Decimal
    amount_granted: Decimal | None
    sessions: SessionFigures
    participants: Participants
    attendances: AttendanceFigures
    head_counts: HeadCountFigures
    volunteers: VolunteerFigures
    months: tuple[MonthFigures, ...]
    activities: tuple[ActivityFigures, ...]
    budget: BudgetFigures

    def as_dict(self) -> dict:
        """Plain JSON-ready data: dates as "2026-01-31", Decimal as "1234.50"."""
        return _plain(self)

    def as_rows(self) -> list[tuple]:
        """Flat rows (section, item, column, value) in Norwegian, for CSV and spreadsheets."""
        return figure_rows(self)


def _plain(value):
    if is_dataclass(value):
        out = {}
        for f in fields(value):
            item = getattr(value, f.name)
            if f.metadata.get("mapping"):
                out[f.name] = {k: _plain(v) for k, v in item}
            else:
                out[f.name] = _plain(item)
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


# --- helpers ----------------------------------------------------------------

def age_on(day: datetime.date, birth_date: datetime.date | None, birth_year: int | None) -> int | None:
    """The age reached in ``day``'s calendar year (year − birth year, the birthday does not
    matter); the year of a birth date wins over a stored year; never below 0."""
    year = birth_date.year if birth_date is not None else birth_year
    if year is None:
        return None
    return max(day.year - year, 0)


def _as_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _from_cents(value) -> Decimal:
    """Sums are taken in whole øre/hundredths in SQL, so floats never touch money."""
    return (Decimal(round(value or 0)) / 100).quantize(CENT)


def _cents(column):
    return fn.ROUND(column * 100)


def _ratio(numerator, denominator, quantum=TENTH) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(quantum, rounding=ROUND_HALF_UP)


def _gender(code) -> str:
    return code if code in GENDERS else "unspecified"


def _has_gaps(bands: tuple[Band, ...]) -> bool:
    """Whether some age (0 and up) falls in none of the bands."""
    covered_to = -1  # every age up to this one is covered
    for band in sorted(bands, key=lambda b: 0 if b.age_from is None else b.age_from):
        start = 0 if band.age_from is None else band.age_from
        if start > covered_to + 1:
            return True
        if band.age_to is None:
            return False
        covered_to = max(covered_to, band.age_to)
    return True


class _Table:
    """Counts by row label × gender, kept in band order."""

    def __init__(self, rows: list[tuple[str, int | None, int | None, str]]):
        self.rows = rows
        self.counts = {r[0]: dict.fromkeys(GENDERS, 0) for r in rows}

    def add(self, label: str, gender: str, n: int = 1) -> None:
        self.counts[label][_gender(gender)] += n

    def result(self, keep_empty=lambda kind: True) -> tuple[BandRow, ...]:
        out = []
        for label, age_from, age_to, kind in self.rows:
            counts = self.counts[label]
            total = sum(counts.values())
            if total or keep_empty(kind):
                out.append(BandRow(label, age_from, age_to, kind,
                                   tuple((g, counts[g]) for g in GENDERS), total))
        return tuple(out)

    def gender_totals(self) -> tuple[tuple[str, int], ...]:
        return tuple((g, sum(c[g] for c in self.counts.values())) for g in GENDERS)


# --- the function -----------------------------------------------------------

def grant_statistics(application_id: int, period_from: datetime.date | None = None,
                     period_to: datetime.date | None = None, *,
                     age_basis: str = "period_start",
                     today: datetime.date | None = None) -> GrantStatistics:
    """All figures of a grant report for one application and period (see the module text)."""
    today = today or datetime.date.today()
    permissions.require(permissions.VIEW_STATISTICS)
    if age_basis not in AGE_BASES:
        raise ValueError(f"age_basis must be one of {AGE_BASES}, not {age_basis!r}")
    app = (Application.select(Application, Funder, FunderScheme)
           .join(Funder).switch(Application).join(FunderScheme, JOIN.LEFT_OUTER)
           .where(Application.id == application_id).first())
    if app is None:
        raise RecordGone(f"Fant ingen søknad med nummer {application_id}. "
                         "Sjekk nummeret, eller om søknaden er slettet.")
    start = period_from or app.period_start
    end = period_to or app.period_end
    if start > end:
        raise ValidationError({"period": f"Fra-datoen {date_no(start)} er etter til-datoen "
                                         f"{date_no(end)}. Bytt om datoene."})
    band_set = band_set_for(app)
    bands = band_set.bands
    rate = volunteer_hour_rate(app)

    linked = (ActivityApplication.select(ActivityApplication.activity)
              .where(ActivityApplication.application == app.id))
    in_scope = Session.activity.in_(linked) & (Session.date >= start) & (Session.date <= end)
    day = held_sessions.as_of(end, today)
    held = in_scope & held_sessions.held(day)

    activities = {a.id: a for a in Activity.select(Activity.id, Activity.name, Activity.kind)
                  .where(Activity.id.in_(linked))}

    states = {}
    session_rows = []
    for activity, session_day, cancelled, registered, *counts in _session_rows(in_scope):
        state = held_sessions.state(cancelled, session_day, registered, day)
        states.setdefault(state, []).append((session_day, activity))
        if state in (held_sessions.HELD, held_sessions.CANCELLED):
            session_rows.append((activity, session_day, cancelled, *counts))
    missing = sorted(states.get(held_sessions.NOT_REGISTERED, ()))
    participant_rows = _participant_rows(held, start)
    unique_by_activity = dict(
        Attendance.select(Session.activity, fn.COUNT(fn.DISTINCT(Attendance.resident)))
        .join(Session).where(held & (Attendance.present == True))
        .group_by(Session.activity).tuples())

    sessions = SessionFigures(
        held=sum(1 for r in session_rows if not r[2]),
        cancelled=sum(1 for r in session_rows if r[2]),
        planned=len(states.get(held_sessions.PLANNED, ())), not_registered=len(missing),
        not_registered_sessions=tuple((d, activities[a].name) for d, a in missing))
    attendance_total = sum(r[3] for r in session_rows if not r[2])
    head_total = sum(r[4] for r in session_rows if not r[2])

    return GrantStatistics(
        application_id=app.id, title=app.title, reference=app.reference, funder=app.funder.name,
        scheme=app.scheme.name if app.scheme_id else "", sub_category=app.sub_category,
        status=app.status, status_label=status_label(app.status),
        application_period_start=app.period_start, application_period_end=app.period_end,
        period_from=start, period_to=end, age_basis=age_basis,
        age_basis_text=(translate("Report", "Alder i {year}, året perioden begynner").format(
                            year=start.year)
                        if age_basis == "period_start"
                        else translate("Report", "Alder i året for første oppmøte i perioden")),
        birth_year_rule_text=translate("Report", BIRTH_YEAR_RULE_TEXT),
        bands_source=band_set.source, bands_text=translate("Report", band_set.description),
        bands=bands,
        amount_applied=Decimal(app.amount_applied or 0).quantize(CENT),
        amount_granted=(None if app.amount_granted is None
                        else Decimal(app.amount_granted).quantize(CENT)),
        sessions=sessions,
        participants=_participants(participant_rows, bands, start, age_basis),
        attendances=AttendanceFigures(attendance_total, _ratio(attendance_total, sessions.held)),
        head_counts=_head_counts(held, bands, head_total, sessions.held),
        volunteers=_volunteers(held, rate),
        months=_months(session_rows, start, end),
        activities=_activities(activities, session_rows, unique_by_activity),
        budget=_budget(app, end),
    )


def _session_rows(in_scope) -> list[tuple]:
    """(activity id, date, cancelled, anything registered, attendances, head count, volunteer
    hundredths) per session."""
    present = (Attendance.select(fn.COUNT(Attendance.id))
               .where((Attendance.session == Session.id) & (Attendance.present == True)))
    heads = (HeadCount.select(fn.COALESCE(fn.SUM(HeadCount.count), 0))
             .where(HeadCount.session == Session.id))
    hours = (VolunteerPresence.select(fn.COALESCE(fn.SUM(_cents(VolunteerPresence.hours)), 0))
             .where(VolunteerPresence.session == Session.id))
    rows = (Session.select(Session.activity, Session.date, Session.cancelled,
                           held_sessions.registered().alias("registered"), present.alias("n"),
                           heads.alias("heads"), hours.alias("hours"))
            .where(in_scope).tuples())
    return [(activity, _as_date(day), bool(cancelled), bool(registered), int(n or 0), int(h or 0),
             v or 0)
            for activity, day, cancelled, registered, n, h, v in rows]


def _participant_rows(held, start: datetime.date) -> list[tuple]:
    """Per unique participant: birth date, birth year, gender, first date, child?, returning?"""
    per_resident = (Attendance
                    .select(Attendance.resident.alias("rid"),
                            fn.MIN(Session.date).alias("first_date"),
                            fn.MAX(Case(None, [(Attendance.role == "child", 1)], 0)).alias("as_child"))
                    .join(Session)
                    .where(held & (Attendance.present == True))
                    .group_by(Attendance.resident)
                    .alias("p"))
    earlier_a, earlier_s = Attendance.alias("ea"), Session.alias("es")
    earlier = (earlier_a.select(SQL("1"))
               .join(earlier_s, on=(earlier_a.session == earlier_s.id))
               .where((earlier_a.resident == per_resident.c.rid)
                      & (earlier_a.present == True)
                      & (earlier_s.cancelled == False)
                      & (earlier_s.date < start)))
    rows = (Resident
            .select(Resident.birth_date, Resident.birth_year, Resident.gender,
                    per_resident.c.first_date, per_resident.c.as_child,
                    fn.EXISTS(earlier).alias("returning"))
            .join(per_resident, on=(Resident.id == per_resident.c.rid))
            .tuples())
    return [(None if bd is None else _as_date(bd), by, _gender(g), _as_date(first), bool(child),
             bool(returning))
            for bd, by, g, first, child, returning in rows]


def _participants(rows, bands, start, age_basis) -> Participants:
    layout = [(b.label, b.age_from, b.age_to, "band") for b in bands]
    if _has_gaps(bands):
        layout.append((OUTSIDE_BANDS, None, None, "outside"))
    layout.append((UNKNOWN_AGE, None, None, "unknown"))
    tables = {"children": _Table(layout), "adults": _Table(layout)}
    new = {"children": 0, "adults": 0}
    returning = {"children": 0, "adults": 0}
    for birth_date, birth_year, gender, first, as_child, was_before in rows:
        group = "children" if as_child else "adults"
        age = age_on(start if age_basis == "period_start" else first, birth_date, birth_year)
        if age is None:
            label = UNKNOWN_AGE
        else:
            label = next((b.label for b in bands if b.contains(age)), OUTSIDE_BANDS)
        tables[group].add(label, gender)
        if was_before:
            returning[group] += 1
        else:
            new[group] += 1

    def group(key, label, adult):
        table = tables[key]
        result = table.result()
        return ParticipantGroup(
            key=key, label=label,
            gender_labels=tuple((g, gender_label(g, None if adult else 0)) for g in GENDERS),
            rows=result, gender_totals=table.gender_totals(), total=sum(r.total for r in result),
            new=new[key], returning=returning[key], youth=_youth(result, bands))

    children = group("children", CHILDREN_LABEL, adult=False)
    adults = group("adults", ADULTS_LABEL, adult=True)
    return Participants(total=children.total + adults.total, new=new["children"] + new["adults"],
                        returning=returning["children"] + returning["adults"],
                        children=children, adults=adults,
                        youth_total=None if children.youth is None
                        else children.youth.total + adults.youth.total)


def _youth(rows: tuple[BandRow, ...], bands) -> BandRow | None:
    """The bands up to 24 summed, when the bands divide at 24/25 (see the module's text)."""
    if not (any(b.age_to == YOUTH_TO for b in bands)
            and any(b.age_from == YOUTH_TO + 1 for b in bands)):
        return None
    young = [r for r in rows if r.kind == "band" and r.age_to is not None and r.age_to <= YOUTH_TO]
    counts = tuple((g, sum(r.count(g) for r in young)) for g in GENDERS)
    return BandRow(YOUTH_LABEL, 0, YOUTH_TO, "subtotal", counts, sum(n for _, n in counts))


def _head_counts(held, bands, total, sessions_held) -> HeadCountFigures:
    rows = (HeadCount.select(HeadCount.age_from, HeadCount.age_to, HeadCount.gender,
                             fn.SUM(HeadCount.count))
            .join(Session).where(held)
            .group_by(HeadCount.age_from, HeadCount.age_to, HeadCount.gender)
            .tuples())
    # Sorted here: SQLite and PostgreSQL put NULLs at opposite ends.
    rows = sorted(rows, key=lambda r: (r[0] is None and r[1] is None, r[0] or 0,
                                       r[1] is None, r[1] or 0, r[2] or ""))
    layout = [(b.label, b.age_from, b.age_to, "band") for b in bands]
    layout += [(HEAD_COUNT_OTHER, None, None, "other"), (HEAD_COUNT_NO_AGE, None, None, "unknown")]
    table = _Table(layout)
    registered = []
    for age_from, age_to, gender, count in rows:
        count = int(count or 0)
        if age_from is None and age_to is None:
            label = HEAD_COUNT_NO_AGE
        else:
            label = next((b.label for b in bands if b.covers(age_from, age_to)), HEAD_COUNT_OTHER)
        table.add(label, gender or "unspecified", count)
        registered.append(HeadCountEntry(
            HEAD_COUNT_NO_AGE if age_from is None and age_to is None
            else band_range_text(age_from, age_to) + " år",
            age_from, age_to, gender, count))
    return HeadCountFigures(
        total=total, average_per_session=_ratio(total, sessions_held),
        gender_labels=tuple(HEAD_COUNT_GENDER_LABELS.items()),
        rows=table.result(keep_empty=lambda kind: kind != "other"),
        registered=tuple(registered))


def _volunteers(held, rate) -> VolunteerFigures:
    unique, presences, cents = (
        VolunteerPresence.select(fn.COUNT(fn.DISTINCT(VolunteerPresence.volunteer)),
                                 fn.COUNT(VolunteerPresence.id),
                                 fn.SUM(_cents(VolunteerPresence.hours)))
        .join(Session).where(held).tuples().get())
    hours = _from_cents(cents)
    value = None if rate is None else (hours * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return VolunteerFigures(unique=int(unique or 0), presences=int(presences or 0), hours=hours,
                            hour_rate=rate, in_kind_value=value)


def _months(session_rows, start, end) -> tuple[MonthFigures, ...]:
    sums = {}
    for _activity, day, cancelled, n, heads, _hours in session_rows:
        if cancelled:
            continue
        held, att, hc = sums.get((day.year, day.month), (0, 0, 0))
        sums[(day.year, day.month)] = (held + 1, att + n, hc + heads)
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        held, att, hc = sums.get((year, month), (0, 0, 0))
        out.append(MonthFigures(year, month, f"{month_name(month)} {year}", held, att, hc))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)


def _activities(activities, session_rows, unique_by_activity) -> tuple[ActivityFigures, ...]:
    sums = {aid: [0, 0, 0, 0, 0] for aid in activities}
    for activity, _day, cancelled, n, heads, hours in session_rows:
        s = sums[activity]
        if cancelled:
            s[1] += 1
        else:
            s[0] += 1
            s[2] += n
            s[3] += heads
            s[4] += hours
    out = [ActivityFigures(aid, a.name, a.kind, ACTIVITY_KIND_LABELS.get(a.kind, a.kind),
                           sums[aid][0], sums[aid][1], sums[aid][2],
                           int(unique_by_activity.get(aid, 0)), sums[aid][3],
                           _from_cents(sums[aid][4]))
           for aid, a in activities.items()]
    return tuple(sorted(out, key=lambda a: (a.name.casefold(), a.activity_id)))


def _budget(app, period_to) -> BudgetFigures:
    spent_from = app.period_start
    spent_to = min(period_to, app.period_end)
    counted = (Expense.date >= spent_from) & (Expense.date <= spent_to)
    outside = (Expense.date < app.period_start) | (Expense.date > app.period_end)
    rows = (BudgetLine
            .select(BudgetLine.id, BudgetLine.name, BudgetLine.amount,
                    fn.COALESCE(fn.SUM(Case(None, [(counted, _cents(Expense.amount))], 0)), 0),
                    fn.COALESCE(fn.SUM(Case(None, [(outside, _cents(Expense.amount))], 0)), 0))
            .join(Expense, JOIN.LEFT_OUTER)
            .where(BudgetLine.application == app.id)
            .group_by(BudgetLine.id, BudgetLine.name, BudgetLine.amount, BudgetLine.sort_order)
            .order_by(BudgetLine.sort_order, BudgetLine.id)
            .tuples())
    lines = []
    for line_id, name, amount, spent_cents, outside_cents in rows:
        budgeted = Decimal(str(amount or 0)).quantize(CENT)
        spent = _from_cents(spent_cents)
        lines.append(BudgetLineFigures(line_id, name, budgeted, spent, spent - budgeted,
                                       _ratio(spent * 100, budgeted), _from_cents(outside_cents)))
    budgeted = sum((line.budgeted for line in lines), Decimal("0.00"))
    spent = sum((line.spent for line in lines), Decimal("0.00"))
    return BudgetFigures(spent_from=spent_from, spent_to=spent_to, lines=tuple(lines),
                         budgeted=budgeted, spent=spent, variance=spent - budgeted,
                         percent_used=_ratio(spent * 100, budgeted),
                         outside_period=sum((line.outside_period for line in lines), Decimal("0.00")))
