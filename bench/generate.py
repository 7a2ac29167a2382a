"""Write a deterministic benchmark database of a "small team" or a "large bydel, 10 years".

    python bench/generate.py --size large --out bench/large.db

Sizes follow DOMAIN.md. Rows are written through the program's own models (bulk inserts in
a few big transactions). The same seed always gives the same content.

Besides the spread-out data, the large database holds the cases the runner measures:
- "Leksehjelp Stor": 300 enrolled children, 80 sessions in 2025, linked to application
  "Benchmark-søknad 2025";
- a session of "Leksehjelp Sjekk inn" with 60 enrolled children.
"""
import argparse
import datetime
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samvirke_desktop.db import connection  # noqa: E402
from samvirke_desktop.db.folding import search_text  # noqa: E402
from samvirke_desktop.db.models import (  # noqa: E402
    DB,
    Activity,
    ActivityApplication,
    ActivityVolunteer,
    AgeBand,
    Application,
    Attendance,
    BudgetLine,
    Enrolment,
    Expense,
    Funder,
    Goal,
    HeadCount,
    Household,
    Resident,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)

SIZES = {
    "small": dict(sites=2, residents=300, volunteers=25, activities=8, sessions=300,
                  attendance=5_000, applications=5, years=1),
    "large": dict(sites=12, residents=20_000, volunteers=600, activities=300, sessions=40_000,
                  attendance=500_000, applications=150, years=10),
}

FIRST = ["Amina", "Yusuf", "Fatima", "Omar", "Sara", "Ali", "Hodan", "Mohamed", "Aisha", "Ibrahim",
         "Nora", "Jonas", "Emma", "Lukas", "Zainab", "Hassan", "Maja", "Emil", "Leyla", "Ahmed",
         "Łukasz", "Zofia", "Thị Hoa", "Minh", "Şükrü", "Elif", "Ayaan", "Filmon", "Selam", "Olena",
         "Kari", "Ola", "Ingrid", "Bilal", "Maryam", "Khadija", "Abdi", "Hamza", "Noor", "Ida"]
LAST = ["Hansen", "Johansen", "Olsen", "Ahmed", "Mohamed", "Ali", "Hassan", "Yılmaz", "Wójcik",
        "Nguyễn", "Cabdi", "Tesfay", "Haile", "Kowalski", "Khan", "Hussain", "Berg", "Dahl",
        "Nilsen", "Abdullahi", "Warsame", "Demir", "Kaya", "Tran", "Kovalenko", "Rahimi", "Osman"]
KINDS = ["homework_help", "neighbourhood_school", "patrol", "dugnad", "hub", "meeting",
         "holiday_activity", "other"]
STAMP = datetime.datetime(2026, 1, 1, 12, 0)
COMMON = dict(version=1, created_at=STAMP, updated_at=STAMP, updated_by="benchmark")


def _bulk(model, rows, batch=2000):
    for start in range(0, len(rows), batch):
        model.insert_many(rows[start:start + batch]).execute()


def _ids(model):
    return [r[0] for r in model.select(model.id).order_by(model.id).tuples()]


def generate(path: Path, size: str, seed: int = 7) -> dict:
    spec = SIZES[size]
    rnd = random.Random(seed)
    if path.exists():
        path.unlink()
    connection.open_database(path, create=True)
    end = datetime.date(2026, 6, 30)
    start = datetime.date(end.year - spec["years"], 8, 1)
    span = (end - start).days

    with DB.atomic():
        _bulk(Site, [dict(name=f"Område {i + 1}", city="Oslo", **COMMON) for i in range(spec["sites"])])
        site_ids = _ids(Site)
        n_households = spec["residents"] // 4
        _bulk(Household, [dict(name=f"Husstand {i + 1}", site=rnd.choice(site_ids), **COMMON)
                          for i in range(n_households)])
        household_ids = _ids(Household)
        residents = []
        for i in range(spec["residents"]):
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            child = rnd.random() < 0.6
            year = rnd.randint(2008, 2020) if child else rnd.randint(1950, 1995)
            birth = (datetime.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
                     if rnd.random() < 0.85 else None)
            phone = "" if child else f"9{rnd.randint(1000000, 9999999)}"
            phone = f"{phone[:3]} {phone[3:5]} {phone[5:]}" if phone else ""
            residents.append(dict(
                first_name=first, last_name=last, birth_date=birth, birth_year=year,
                gender=rnd.choice(["female", "male", "female", "male", "unspecified"]),
                site=rnd.choice(site_ids), household=household_ids[i // 4], phone=phone,
                search_text=search_text(first, last, phone, ""), **COMMON))
        _bulk(Resident, residents)
        resident_ids = _ids(Resident)
        children = [rid for rid, r in zip(resident_ids, residents) if r["birth_year"] >= 2008]

        volunteers = []
        for i in range(spec["volunteers"]):
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            shown = start + datetime.timedelta(days=rnd.randint(0, span)) if rnd.random() < 0.9 else None
            volunteers.append(dict(first_name=first, last_name=last, police_certificate_shown=shown,
                                   start_date=start, search_text=search_text(first, last, "", ""),
                                   **COMMON))
        _bulk(Volunteer, volunteers)
        volunteer_ids = _ids(Volunteer)

        _bulk(Activity, [dict(name=f"{KINDS[i % len(KINDS)].replace('_', ' ').title()} {i + 1}",
                              kind=KINDS[i % len(KINDS)], site=rnd.choice(site_ids), **COMMON)
                         for i in range(spec["activities"] - 2)])
        big = Activity.create(name="Leksehjelp Stor", kind="homework_help", site=site_ids[0], **COMMON)
        checkin = Activity.create(name="Leksehjelp Sjekk inn", kind="homework_help",
                                  site=site_ids[0], **COMMON)
        activity_ids = _ids(Activity)

    with DB.atomic():
        # Sessions spread over the years; the two special activities get their own.
        big_sessions = [dict(activity=big.id, date=datetime.date(2025, 1, 7) + datetime.timedelta(
            days=4 * i), start_time=datetime.time(17), end_time=datetime.time(19), **COMMON)
            for i in range(80)]
        checkin_sessions = [dict(activity=checkin.id, date=datetime.date(2026, 6, 2),
                                 start_time=datetime.time(17), end_time=datetime.time(19), **COMMON)]
        others = spec["sessions"] - len(big_sessions) - len(checkin_sessions)
        other_activities = activity_ids[:-2]
        spread = [dict(activity=other_activities[i % len(other_activities)],
                       date=start + datetime.timedelta(days=rnd.randint(0, span)),
                       start_time=datetime.time(17), end_time=datetime.time(19),
                       cancelled=rnd.random() < 0.02, **COMMON) for i in range(others)]
        _bulk(Session, big_sessions + checkin_sessions + spread)
        session_rows = list(Session.select(Session.id, Session.activity).order_by(Session.id).tuples())

        big_children = rnd.sample(children, min(300, len(children)))
        checkin_children = rnd.sample(children, min(60, len(children)))
        enrol = [dict(activity=big.id, resident=r, role="child", **COMMON) for r in big_children]
        enrol += [dict(activity=checkin.id, resident=r, role="child", **COMMON)
                  for r in checkin_children]
        for activity in other_activities:
            for r in rnd.sample(resident_ids, min(40, len(resident_ids))):
                enrol.append(dict(activity=activity, resident=r, role="child", **COMMON))
        _bulk(Enrolment, enrol)
        _bulk(ActivityVolunteer, [dict(activity=a, volunteer=v, added_at=STAMP, added_by="benchmark")
                                  for a in activity_ids
                                  for v in rnd.sample(volunteer_ids, min(4, len(volunteer_ids)))])

    with DB.atomic():
        attendance, seen = [], set()
        big_ids = [s for s, a in session_rows if a == big.id]
        for sid in big_ids:  # about 40 of the 300 children at each of the 80 sessions
            for r in rnd.sample(big_children, min(40, len(big_children))):
                attendance.append(dict(session=sid, resident=r, role="child", present=True, **COMMON))
                seen.add((sid, r))
        other_sessions = [s for s, a in session_rows if a not in (big.id, checkin.id)]
        while len(attendance) < spec["attendance"]:
            sid, r = rnd.choice(other_sessions), rnd.choice(resident_ids)
            if (sid, r) in seen:
                continue
            seen.add((sid, r))
            attendance.append(dict(session=sid, resident=r, role="child", present=rnd.random() < 0.95,
                                   **COMMON))
        _bulk(Attendance, attendance, batch=5000)

        presence, seen_v = [], set()
        for sid in big_ids + rnd.sample(other_sessions, min(len(other_sessions), spec["sessions"] // 2)):
            for v in rnd.sample(volunteer_ids, min(3, len(volunteer_ids))):
                if (sid, v) not in seen_v:
                    seen_v.add((sid, v))
                    presence.append(dict(session=sid, volunteer=v, hours=Decimal("2.00"), **COMMON))
        _bulk(VolunteerPresence, presence, batch=5000)
        _bulk(HeadCount, [dict(session=s, count=rnd.randint(3, 30), **COMMON)
                          for s in rnd.sample(other_sessions, min(len(other_sessions),
                                                                   spec["sessions"] // 20))])

    with DB.atomic():
        funder_names = ["Bufdir", "Husbanken", "Statsforvalteren", "Oslo kommune",
                        "Gjensidigestiftelsen", "Sparebankstiftelsen"]
        _bulk(Funder, [dict(name=n, volunteer_hour_rate=Decimal("300.00") if i % 2 else None, **COMMON)
                       for i, n in enumerate(funder_names)])
        funder_ids = _ids(Funder)
        bands = [("0–5", 0, 5), ("6–12", 6, 12), ("13–15", 13, 15), ("16–19", 16, 19),
                 ("20–24", 20, 24), ("25+", 25, None)]
        _bulk(AgeBand, [dict(funder=f, label=label, age_from=lo, age_to=hi, sort_order=i, **COMMON)
                        for f in funder_ids for i, (label, lo, hi) in enumerate(bands)])
        apps = []
        for i in range(spec["applications"] - 1):
            year = end.year - (i % spec["years"])
            apps.append(dict(funder=rnd.choice(funder_ids), title=f"Søknad {i + 1}",
                             period_start=datetime.date(year, 1, 1), period_end=datetime.date(year, 12, 31),
                             status=rnd.choice(["draft", "sent", "granted", "rejected", "reported"]),
                             amount_applied=Decimal(rnd.randint(50, 900) * 1000),
                             amount_granted=Decimal(rnd.randint(20, 500) * 1000), **COMMON))
        apps.append(dict(funder=funder_ids[0], title="Benchmark-søknad 2025",
                         period_start=datetime.date(2025, 1, 1), period_end=datetime.date(2025, 12, 31),
                         status="granted", amount_applied=Decimal("450000.00"),
                         amount_granted=Decimal("400000.00"), **COMMON))
        _bulk(Application, apps)
        application_ids = _ids(Application)
        bench_app = application_ids[-1]
        links = {(big.id, bench_app)}
        for app in application_ids[:-1]:
            for a in rnd.sample(activity_ids[:-2], min(3, len(activity_ids) - 2)):
                links.add((a, app))
        _bulk(ActivityApplication, [dict(activity=a, application=p) for a, p in sorted(links)])
        _bulk(Goal, [dict(application=p, description=f"Mål {k + 1}", sort_order=k, **COMMON)
                     for p in application_ids for k in range(3)])
        _bulk(BudgetLine, [dict(application=p, name=n, amount=Decimal(rnd.randint(10, 200) * 1000),
                                sort_order=k, **COMMON)
                           for p in application_ids
                           for k, n in enumerate(["Lønn", "Mat", "Materiell", "Utflukter"])])
        line_rows = list(BudgetLine.select(BudgetLine.id, BudgetLine.application).tuples())
        periods = {a.id: a.period_start for a in Application.select(Application.id, Application.period_start)}
        _bulk(Expense, [dict(budget_line=line, date=periods[app] + datetime.timedelta(days=30 * k),
                             description="Utgift", amount=Decimal(rnd.randint(500, 20000)), **COMMON)
                        for line, app in line_rows for k in range(4)])

    counts = {m.__name__: m.select().count() for m in
              (Resident, Volunteer, Activity, Session, Attendance, Application)}
    connection.close_database()
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    out = args.out or Path(__file__).resolve().parent / f"{args.size}.db"
    started = time.perf_counter()
    counts = generate(out, args.size, args.seed)
    print(f"{out}: " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f" ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
