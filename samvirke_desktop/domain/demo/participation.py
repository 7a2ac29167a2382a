"""Who takes part: enrolments, attendance, volunteers present and head counts.

Participation is drawn per person (some children come nearly every time, others now and
then), so attendance lists look like real ones: about 40 children at leksehjelp out of
some 90 enrolled, a few parents, known absences, and the odd walk-in.
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from samvirke_desktop.db import models as m
from samvirke_desktop.domain.demo.calendar import TODAY, at
from samvirke_desktop.domain.people.police_certificate import needs_children_warning

D = datetime.date
DAY = datetime.timedelta(days=1)

QUICK_WALK_INS = (
    ("Samira", "leksehjelp", D(2026, 9, 15)), ("Samira", "hostferie", D(2026, 9, 29)),
    ("Kevin", "hostferie", D(2026, 9, 30)), ("Mo", "leksehjelp", D(2026, 10, 20)),
    ("Halima", "naermiljoskolen", D(2026, 11, 4)), ("Yonas", "leksehjelp", D(2026, 11, 10)),
)

HEAD_COUNT_BANDS = ((0, 5, 0, 3), (6, 12, 2, 8), (13, 19, 0, 4), (20, None, 3, 9))


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



def first_session(story, key, on_or_after):
    return next((s for s in story.sessions_of(key) if s.date >= on_or_after), None)


def enrol(rows, rng, story, people, volunteers) -> dict[str, list[Enrolled]]:
    volunteer_residents = {v.spec.resident for v in volunteers if v.spec.resident}
    adults = [p for p in people.adults if p.full_name not in volunteer_residents]
    enrolled: dict[str, list[Enrolled]] = {key: [] for key in story.ids}

    # Leksehjelp: most school children, from the term they start school or move in.
    for child in people.children:
        if rng.random() < 0.08:
            continue
        first_grade = D(child.birth_year + 6, 8, 20)
        eligible = max(child.moved_in, first_grade, D(2025, 8, 26))
        if rng.random() > 0.72:
            eligible += rng.randrange(10, 140) * DAY
        session = first_session(story, "leksehjelp", eligible)
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
            session = first_session(story, key, max(person.moved_in, first_day))
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


def register(rows, rng, story, people, volunteers, enrolled) -> None:
    quick = {p.first_name: p for p in people.persons if p.quick}
    planned_walk_ins: dict[int, list] = {}
    for name, key, day in QUICK_WALK_INS:
        session = next(s for s in story.sessions_of(key) if s.date >= day and s.registered)
        planned_walk_ins.setdefault(session.id, []).append(quick[name])

    for session in story.sessions:
        if not session.registered:
            continue
        spec = story.specs[session.activity]
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
