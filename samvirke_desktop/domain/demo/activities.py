"""Activities, their schedules and sessions, enrolments, attendance, volunteers present and
head counts.

Sessions come from the schedules by the same rule the program uses (weekdays, every n-th
week, skipping public and school holidays). Sessions up to and including the demo's today
are registered, apart from a few left open on purpose so that the overview of sessions
missing attendance has something to show; later sessions are only planned.
"""
import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from samvirke_desktop.db import models as m
from samvirke_desktop.domain.demo import texts
from samvirke_desktop.domain.demo.calendar import (
    DATABASE_STARTED,
    MUNICIPALITY,
    TODAY,
    at,
    schedule_dates,
    school_holidays,
)
from samvirke_desktop.domain.demo.team import COMMUNITY_WORKER, COORDINATOR, NAV_COORDINATOR
from samvirke_desktop.domain.police_certificate import needs_children_warning

D = datetime.date
T = datetime.time
DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Plan:
    weekdays: tuple[int, ...]
    start: datetime.time
    end: datetime.time
    first: datetime.date
    last: datetime.date
    every_n_weeks: int = 1
    skip_public: bool = True
    skip_school: bool = True


@dataclass(frozen=True)
class ActivitySpec:
    key: str
    name: str
    kind: str
    site: str
    place: str
    responsible: str
    target_group: str
    description: str
    plans: tuple[Plan, ...]
    with_children: bool = True
    head_count_only: bool = False
    partners: tuple[str, ...] = ()
    hours: tuple[str, ...] = ("2.00",)   # volunteer hours per session, first is the usual


ACTIVITIES = (
    ActivitySpec(
        "leksehjelp", "Leksehjelp", "homework_help", "kvartal5", "Deichman Torshov, grupperommet",
        COORDINATOR, "Barn på 1.–10. trinn og foreldrene deres",
        "Leksehjelp to ganger i uka med frivillige studenter og pensjonister og en lønnet "
        "studentkoordinator. Frukt fra Kiwi. Foreldre er velkomne.",
        (Plan((2, 4), T(17), T(19), D(2025, 8, 26), D(2025, 12, 11)),
         Plan((2, 4), T(17), T(19), D(2026, 1, 6), D(2026, 6, 18)),
         Plan((2, 4), T(17), T(19), D(2026, 8, 25), D(2026, 12, 17))),
        partners=("bibliotek", "skole", "rodekors", "kiwi"), hours=("2.00", "1.50", "2.50")),
    ActivitySpec(
        "naermiljoskolen", "Nærmiljøskolen", "neighbourhood_school", "kvartal5",
        "Fellesrommet, Sandakerveien 34 A", COMMUNITY_WORKER, "Voksne beboere",
        "Temakvelder for voksne om livet i blokka og i bydelen. Tolk på arabisk og somali, "
        "andre språk etter behov. Enkel servering.",
        (Plan((3,), T(18), T(20), D(2025, 9, 10), D(2025, 12, 10), every_n_weeks=4),
         Plan((3,), T(18), T(20), D(2026, 1, 14), D(2026, 6, 10), every_n_weeks=4),
         Plan((3,), T(18), T(20), D(2026, 9, 9), D(2026, 12, 9), every_n_weeks=4)),
        with_children=False, partners=("nav", "boligbygg", "politi"), hours=("2.50",)),
    ActivitySpec(
        "dugnad", "Dugnad", "dugnad", "kvartal5", "Uteområdet, Kvartal 5", COORDINATOR,
        "Alle beboere, store og små",
        "Felles dugnad en lørdag i måneden vår og høst. Boligbygg stiller med container og "
        "verktøy, vaktmesteren viser hvordan, og vi avslutter med mat.",
        (Plan((6,), T(11), T(15), D(2025, 8, 30), D(2025, 11, 22), every_n_weeks=4),
         Plan((6,), T(11), T(15), D(2026, 3, 21), D(2026, 6, 13), every_n_weeks=4),
         Plan((6,), T(11), T(15), D(2026, 8, 29), D(2026, 11, 21), every_n_weeks=4)),
        partners=("boligbygg", "kiwi"), hours=("4.00", "3.50")),
    ActivitySpec(
        "fredagstreff", "Fredagstreff", "hub", "vogts64", "Fellesrommet, Vogts gate 64",
        COMMUNITY_WORKER, "Alle beboere – kom som du er",
        "Åpent treffsted i fellesrommet hver fredag ettermiddag, også i skoleferiene unntatt "
        "sommeren. Mange vil ikke registreres med navn, så vi teller bare hvor mange som kommer.",
        (Plan((5,), T(15), T(18), D(2025, 8, 22), D(2026, 6, 26), skip_school=False),
         Plan((5,), T(15), T(18), D(2026, 8, 14), D(2026, 12, 18), skip_school=False)),
        head_count_only=True, partners=("kirke", "idrett"), hours=("3.00",)),
    ActivitySpec(
        "naernettverk", "Nærnettverksmøte", "meeting", "vogts64", "Møterommet, Vogts gate 64",
        NAV_COORDINATOR, "Samarbeidspartnere og beboerrepresentanter",
        "Møte hver femte uke med butikk, politi, kirke, DPS, Boligbygg, NAV og bydelen, "
        "så tjenestene vet om hverandre og følger opp sammen.",
        (Plan((2,), T(13), T(14, 30), D(2025, 9, 2), D(2026, 12, 15), every_n_weeks=5),),
        with_children=False,
        partners=("nav", "boligbygg", "politi", "kirke", "dps", "kiwi", "ungdom"), hours=()),
    ActivitySpec(
        "patrulje", "Nærmiljøpatrulje", "patrol", "kvartal5",
        "Oppmøte ved inngang C, Sandakerveien 34", COMMUNITY_WORKER, "Foreldre og voksne beboere",
        "Foreldre går runder i nabolaget annenhver fredagskveld, i refleksvest, sammen med "
        "utekontaktene. Vi hilser, prater med ungdom og melder fra om skader.",
        (Plan((5,), T(20), T(22), D(2025, 9, 5), D(2025, 12, 12), every_n_weeks=2),
         Plan((5,), T(20), T(22), D(2026, 3, 6), D(2026, 6, 12), every_n_weeks=2),
         Plan((5,), T(20), T(22), D(2026, 8, 28), D(2026, 12, 11), every_n_weeks=2)),
        with_children=False, partners=("politi", "ungdom"), hours=("2.00",)),
    ActivitySpec(
        "hostferie", "Aktivitetsuke i høstferien", "holiday_activity", "kvartal5",
        "Fellesrommet, Sandakerveien 34 A", COORDINATOR, "Barn 6–13 år",
        "Fire dager med turer og aktiviteter i høstferien, med lunsj. Gratis, påmelding til "
        "bomiljøarbeiderne.",
        (Plan((1, 2, 3, 4), T(11), T(15), D(2025, 9, 29), D(2025, 10, 2), skip_school=False),
         Plan((1, 2, 3, 4), T(11), T(15), D(2026, 9, 28), D(2026, 10, 1), skip_school=False)),
        partners=("idrett", "bibliotek"), hours=("4.00",)),
)

# (activity, first session on or after this date, reason)
CANCELLED = (
    ("leksehjelp", D(2026, 2, 26), "Lokalet stengt – vannlekkasje på biblioteket"),
    ("naermiljoskolen", D(2026, 5, 6), "Sykdom – innlederen meldte forfall"),
    ("dugnad", D(2025, 11, 22), "Snø og is på uteområdet"),
    ("fredagstreff", D(2026, 1, 30), "Sykdom i personalet"),
)
# Held, but attendance not typed in yet: (activity, last session on or before this date).
NOT_REGISTERED = (("leksehjelp", D(2026, 11, 19)), ("patrulje", D(2026, 11, 6)))

# Walk-ins quick-registered at check-in: (first name, activity, session on or after).
QUICK_WALK_INS = (
    ("Samira", "leksehjelp", D(2026, 9, 15)), ("Samira", "hostferie", D(2026, 9, 29)),
    ("Kevin", "hostferie", D(2026, 9, 30)), ("Mo", "leksehjelp", D(2026, 10, 20)),
    ("Halima", "naermiljoskolen", D(2026, 11, 4)),
)

HEAD_COUNT_BANDS = ((0, 5, 0, 3), (6, 12, 2, 8), (13, 19, 0, 4), (20, None, 3, 9))


@dataclass
class SessionInfo:
    id: int
    activity: str
    date: datetime.date
    start: datetime.time
    end: datetime.time
    cancelled: bool = False
    registered: bool = False


@dataclass
class Enrolled:
    person: object
    role: str
    start: datetime.date
    end: datetime.date | None = None
    weight: float = 1.0

    def active_on(self, day) -> bool:
        return (self.start <= day and (self.end is None or day <= self.end)
                and self.person.lives_here(day))


@dataclass
class ActivityStory:
    ids: dict[str, int] = field(default_factory=dict)
    sessions: list[SessionInfo] = field(default_factory=list)

    def sessions_of(self, key: str) -> list[SessionInfo]:
        return [s for s in self.sessions if s.activity == key]


def build_activities(rows, rng, people, volunteers, partner_ids) -> ActivityStory:
    story = ActivityStory()
    school = school_holidays()
    for holiday in school:
        rows.add(m.SchoolHoliday, at=DATABASE_STARTED, name=holiday.name, municipality=MUNICIPALITY,
                 first_date=holiday.first_date, last_date=holiday.last_date)

    for spec in ACTIVITIES:
        created = max(DATABASE_STARTED, at(spec.plans[0].first - 14 * DAY, 10))
        activity_id = rows.add(
            m.Activity, at=created, name=spec.name, kind=spec.kind,
            site=people.sites[spec.site].id, place=spec.place, responsible=spec.responsible,
            target_group=spec.target_group, with_children=spec.with_children,
            head_count_only=spec.head_count_only, description=spec.description)
        story.ids[spec.key] = activity_id
        for partner in spec.partners:
            rows.add(m.PartnerActivity, partner=partner_ids[partner], activity=activity_id)
        for volunteer in volunteers:
            if spec.key in volunteer.spec.activities:
                added = max(created, at(volunteer.spec.start, 12))
                rows.add(m.ActivityVolunteer, activity=activity_id, volunteer=volunteer.id,
                         added_at=added, added_by="demo")
        _add_sessions(rows, rng, story, spec, activity_id, school)

    _mark_cancelled_and_open(rows, story)
    enrolments = _enrol(rows, rng, story, people, volunteers)
    _register(rows, rng, story, people, volunteers, enrolments)
    return story


def _add_sessions(rows, rng, story, spec, activity_id, school) -> None:
    count = 0
    for plan in spec.plans:
        created = max(DATABASE_STARTED, at(plan.first - 14 * DAY, 10))
        schedule_id = rows.add(
            m.Schedule, at=created, activity=activity_id,
            weekdays=",".join(str(d) for d in plan.weekdays), start_time=plan.start,
            end_time=plan.end, first_date=plan.first, last_date=plan.last,
            every_n_weeks=plan.every_n_weeks, place=spec.place, skip_public_holidays=plan.skip_public,
            skip_school_holidays=plan.skip_school)
        dates = schedule_dates(plan.weekdays, plan.first, plan.last, plan.every_n_weeks,
                               plan.skip_public, plan.skip_school, school)
        for index, day in enumerate(dates):
            topic, notes = texts.session_text(spec.key, day, count, index, rng)
            count += 1
            session_id = rows.add(
                m.Session, at=created, activity=activity_id, schedule=schedule_id, date=day,
                start_time=plan.start, end_time=plan.end, place=spec.place, topic=topic,
                notes=notes)
            story.sessions.append(SessionInfo(session_id, spec.key, day, plan.start, plan.end))


def _mark_cancelled_and_open(rows, story) -> None:
    session_rows = {row["id"]: row for row in rows.rows(m.Session)}
    for key, on_or_after, reason in CANCELLED:
        session = next(s for s in story.sessions_of(key) if s.date >= on_or_after)
        session.cancelled = True
        row = session_rows[session.id]
        row.update(cancelled=True, cancel_reason=reason, notes="",
                   updated_at=at(session.date - DAY, 14), version=2)
    left_open = set()
    for key, on_or_before in NOT_REGISTERED:
        session = [s for s in story.sessions_of(key) if s.date <= on_or_before and not s.cancelled][-1]
        left_open.add(session.id)
    for session in story.sessions:
        session.registered = (session.date <= TODAY and not session.cancelled
                              and session.id not in left_open)


def _first_session(story, key, on_or_after) -> SessionInfo | None:
    return next((s for s in story.sessions_of(key) if s.date >= on_or_after), None)


def _enrol(rows, rng, story, people, volunteers) -> dict[str, list[Enrolled]]:
    volunteer_residents = {v.spec.resident for v in volunteers if v.spec.resident}
    adults = [p for p in people.adults if p.full_name not in volunteer_residents]
    enrolled: dict[str, list[Enrolled]] = {spec.key: [] for spec in ACTIVITIES}

    # Leksehjelp: most school children, from the term they start school or move in.
    for child in people.children:
        if rng.random() < 0.08:
            continue
        first_grade = D(child.birth_year + 6, 8, 20)
        eligible = max(child.moved_in, first_grade, D(2025, 8, 26))
        if rng.random() > 0.72:
            eligible += rng.randrange(10, 140) * DAY
        session = _first_session(story, "leksehjelp", eligible)
        if session is None or session.date > TODAY:
            continue
        end = None
        if child.birth_year <= 2010:
            end = D(2026, 6, 18)         # finished 10th grade
        elif child.moved_out:
            end = child.moved_out - DAY
        elif rng.random() < 0.05:
            end = D(2026, 3, 1) + rng.randrange(90) * DAY
        enrolled["leksehjelp"].append(
            Enrolled(child, "child", session.date, end, weight=rng.uniform(0.25, 1.0)))
    children_in = [e.person for e in enrolled["leksehjelp"]]
    parents = []
    for child in children_in:
        for guardian_id in child.guardian_ids:
            guardian = people.by_id(guardian_id)
            if guardian not in parents and guardian.full_name not in volunteer_residents:
                parents.append(guardian)
    for parent in rng.sample(parents, min(16, len(parents))):
        start = min(e.start for e in enrolled["leksehjelp"] if parent.id in e.person.guardian_ids)
        enrolled["leksehjelp"].append(Enrolled(parent, "parent", start, None, rng.uniform(0.2, 0.6)))

    def adults_for(key, count, pool, first_day):
        for person in rng.sample(pool, min(count, len(pool))):
            session = _first_session(story, key, max(person.moved_in, first_day))
            if session is not None and session.date <= TODAY:
                enrolled[key].append(Enrolled(person, "adult", session.date, None,
                                              rng.uniform(0.35, 1.0)))

    guardians = [p for p in adults if p.child_ids]
    adults_for("naermiljoskolen", 32, adults, D(2025, 9, 10))
    adults_for("dugnad", 24, [p for p in adults if p.site == "kvartal5"], D(2025, 8, 30))
    adults_for("patrulje", 14, [p for p in guardians if p.site == "kvartal5"], D(2025, 9, 5))
    adults_for("naernettverk", 4, [p for p in adults if p.site == "vogts64"], D(2025, 9, 2))

    # The autumn holiday week: children sign up each year.
    for year_start in (D(2025, 9, 29), D(2026, 9, 28)):
        already = {e.person.id for e in enrolled["hostferie"]}
        pool = [c for c in people.children if c.lives_here(year_start)
                and 6 <= c.age_on(year_start) <= 13 and c.id not in already]
        for child in rng.sample(pool, min(22, len(pool))):
            enrolled["hostferie"].append(Enrolled(child, "child", year_start, None, 0.8))
    # Children who came both years are enrolled once, from the first year.
    for enrolment in enrolled["hostferie"]:
        if enrolment.start.year == 2025 and rng.random() < 0.35:
            enrolment.end = D(2025, 10, 2)

    for key, items in enrolled.items():
        for e in items:
            rows.add(m.Enrolment, at=at(e.start, 12), activity=story.ids[key], resident=e.person.id,
                     role=e.role, start_date=e.start, end_date=e.end)
    return enrolled


def _weighted_sample(rng, items, k, weight):
    """k items drawn without replacement, each with probability growing with its weight."""
    keyed = sorted(items, key=lambda item: rng.random() ** (1.0 / weight(item)), reverse=True)
    return keyed[:k]


def _register(rows, rng, story, people, volunteers, enrolled) -> None:
    specs = {spec.key: spec for spec in ACTIVITIES}
    quick = {p.first_name: p for p in people.persons if p.quick}
    planned_walk_ins: dict[int, list] = {}
    for name, key, day in QUICK_WALK_INS:
        session = next(s for s in story.sessions_of(key) if s.date >= day and s.registered)
        planned_walk_ins.setdefault(session.id, []).append(quick[name])

    for session in story.sessions:
        if not session.registered:
            continue
        spec = specs[session.activity]
        stamp = at(session.date, session.end.hour, session.end.minute) + datetime.timedelta(minutes=40)
        present: list[tuple] = []  # (person, role, present, walk_in)
        day = session.date
        active = [e for e in enrolled[session.activity] if e.active_on(day)]
        if spec.key == "leksehjelp":
            children = [e for e in active if e.role == "child"]
            wanted = max(10, min(len(children), round(rng.gauss(min(44, 0.6 * len(children)), 4))))
            chosen = _weighted_sample(rng, children, wanted, lambda e: e.weight)
            here = {e.person.id for e in chosen}
            present += [(e.person, "child", True, False) for e in chosen]
            absent = [e for e in children if e.person.id not in here]
            present += [(e.person, "child", False, False)
                        for e in rng.sample(absent, min(len(absent), rng.randint(0, 3)))]
            for e in active:
                if e.role == "parent" and any(c in here for c in e.person.child_ids) \
                        and rng.random() < e.weight * 0.5:
                    present.append((e.person, "parent", True, False))
            if rng.random() < 0.08:
                enrolled_ids = {e.person.id for e in enrolled["leksehjelp"]}
                siblings = [c for c in people.children if c.id not in enrolled_ids
                            and c.lives_here(day) and 6 <= c.age_on(day) <= 16]
                if siblings:
                    present.append((rng.choice(siblings), "child", True, True))
        elif spec.key == "hostferie":
            for e in active:
                if rng.random() < 0.82:
                    present.append((e.person, "child", True, False))
        elif spec.key == "dugnad":
            chosen = _weighted_sample(rng, active, min(len(active), rng.randint(10, 20)),
                                      lambda e: e.weight)
            present += [(e.person, "adult", True, False) for e in chosen]
            taken = {e.person.id for e in chosen}
            for e in chosen:
                for child_id in e.person.child_ids:
                    child = people.by_id(child_id)
                    if child.id not in taken and child.lives_here(day) and child.age_on(day) <= 14 \
                            and rng.random() < 0.4:
                        taken.add(child.id)
                        present.append((child, "child", True, True))
        elif spec.key in ("naermiljoskolen", "patrulje", "naernettverk"):
            low, high = {"naermiljoskolen": (10, 22), "patrulje": (3, 8),
                         "naernettverk": (1, 3)}[spec.key]
            chosen = _weighted_sample(rng, active, min(len(active), rng.randint(low, high)),
                                      lambda e: e.weight)
            present += [(e.person, "adult", True, False) for e in chosen]
            if spec.key == "naermiljoskolen":
                taken = {e.person.id for e in enrolled[spec.key]}
                others = [p for p in people.adults if p.id not in taken and p.lives_here(day)]
                present += [(p, "adult", True, True)
                            for p in rng.sample(others, rng.randint(0, 3))]
        for person in planned_walk_ins.get(session.id, []):
            present.append((person, "child" if person.is_child else "adult", True, True))

        for person, role, was_there, walk_in in present:
            rows.add(m.Attendance, at=stamp, session=session.id, resident=person.id, role=role,
                     present=was_there, walk_in=walk_in)
        if spec.head_count_only:
            _head_counts(rows, rng, session, stamp)
        _volunteers_present(rows, rng, session, spec, volunteers, stamp)


def _head_counts(rows, rng, session, stamp) -> None:
    if rng.random() < 0.15:
        # A busy Friday: only the total was noted.
        rows.add(m.HeadCount, at=stamp, session=session.id, count=rng.randint(18, 40))
        return
    for age_from, age_to, low, high in HEAD_COUNT_BANDS:
        for gender in ("female", "male"):
            count = rng.randint(low, high)
            if count:
                rows.add(m.HeadCount, at=stamp, session=session.id, age_from=age_from,
                         age_to=age_to, gender=gender, count=count)


def _volunteers_present(rows, rng, session, spec, volunteers, stamp) -> None:
    if not spec.hours:
        return
    day = session.date
    pool = [v for v in volunteers if spec.key in v.spec.activities and v.active_on(day)
            and (v.available_on(day) or rng.random() < 0.1)]
    wanted = {"leksehjelp": (4, 8), "fredagstreff": (1, 3), "dugnad": (1, 3),
              "patrulje": (0, 2), "naermiljoskolen": (0, 2), "hostferie": (2, 4)}[spec.key]
    for volunteer in rng.sample(pool, min(len(pool), rng.randint(*wanted))):
        hours = spec.hours[0] if rng.random() < 0.8 else rng.choice(spec.hours)
        rows.add(m.VolunteerPresence, at=stamp, session=session.id, volunteer=volunteer.id,
                 hours=Decimal(hours),
                 certificate_warning=needs_children_warning(volunteer.fields, spec.with_children,
                                                            day))
