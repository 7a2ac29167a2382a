"""Small helpers that create the records the scheduling and check-in tests need."""
import datetime

from samvirke_desktop.db.models import Activity, Enrolment, Resident, Schedule, Session, Site, Volunteer
from samvirke_desktop.domain.team import record_changes


def site(name="Kvartal 5") -> Site:
    return record_changes.create(Site, name=name)


def activity(name="Leksehjelp", **fields) -> Activity:
    return record_changes.create(Activity, name=name, kind=fields.pop("kind", "homework_help"), **fields)


def schedule(activity_id, weekdays="2,4", first=datetime.date(2026, 8, 17),
             last=datetime.date(2026, 12, 13), start=datetime.time(17), end=datetime.time(19),
             **fields) -> Schedule:
    return record_changes.create(Schedule, activity=activity_id, weekdays=weekdays, first_date=first,
                                 last_date=last, start_time=start, end_time=end, **fields)


def session(activity_id, day=datetime.date(2026, 9, 1), start=datetime.time(17),
            end=datetime.time(19)) -> Session:
    return record_changes.create(Session, activity=activity_id, date=day, start_time=start, end_time=end)


def resident(first, last="Hansen", **fields) -> Resident:
    return record_changes.create(Resident, first_name=first, last_name=last, **fields)


def enrol(activity_id, resident_id, role="child", **fields) -> Enrolment:
    return record_changes.create(Enrolment, activity=activity_id, resident=resident_id, role=role,
                                 **fields)


def volunteer(first="Kari", last="Nordmann", **fields) -> Volunteer:
    return record_changes.create(Volunteer, first_name=first, last_name=last, **fields)
