"""Small, realistic data for the report tests: one homework-help group in June 2026."""
import datetime
import json
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Attendance,
    Enrolment,
    HeadCount,
    Resident,
    Session,
    Setting,
    Site,
    Volunteer,
    VolunteerPresence,
)

SPECIAL_NAMES = [("Łukasz", "Wójcik"), ("Nguyễn Thị", "Hoa"), ("Şükrü", "Yılmaz"),
                 ("Ayaan Maxamed", "Cabdi")]
T17, T19 = datetime.time(17, 0), datetime.time(19, 0)


def set_team(name="Bo- og nærmiljøteamet Sagene", bydel="Bydel Sagene", logo=None):
    for key, value in (("team.name", name), ("team.bydel", bydel), ("team.logo_path", logo)):
        Setting.replace(key=key, value=json.dumps(value)).execute()


@pytest.fixture
def homework(database):
    """Leksehjelp on Tuesdays and Thursdays in June 2026 with the four special names."""
    set_team()
    site = Site.create(name="Kvartal 5")
    activity = Activity.create(name="Leksehjelp Kvartal 5", kind="homework_help", site=site,
                               place="Biblioteket")
    children = [Resident.create(first_name=f, last_name=l, gender="unspecified",
                                birth_year=2014) for f, l in SPECIAL_NAMES]
    children.append(Resident.create(first_name="Åse", last_name="Østbø", birth_year=2015))
    parent = Resident.create(first_name="Amina", last_name="Hassan", birth_year=1985)
    for child in children:
        Enrolment.create(activity=activity, resident=child, role="child")
    Enrolment.create(activity=activity, resident=parent, role="parent")

    dates = [datetime.date(2026, 6, d) for d in (2, 4, 9, 11, 16, 18)]
    sessions = []
    for date in dates:
        sessions.append(Session.create(activity=activity, date=date, start_time=T17,
                                       end_time=T19))
    sessions[2].cancelled = True
    sessions[2].cancel_reason = "Strømbrudd i biblioteket"
    sessions[2].save()
    sessions[3].topic = "Gangetabellen & brøk <repetisjon>"
    sessions[3].place = "Klasserom 3"
    sessions[3].save()
    held = [s for s in sessions if not s.cancelled]
    # Łukasz at every held session, Nguyễn at 3, Şükrü at 2, Ayaan at 1, Åse never.
    for child, times in zip(children[:4], (5, 3, 2, 1)):
        for session in held[:times]:
            Attendance.create(session=session, resident=child, role="child")
    Attendance.create(session=held[0], resident=parent, role="parent")
    # A known absence does not count.
    Attendance.create(session=held[1], resident=children[4], role="child", present=False)
    HeadCount.create(session=held[0], count=3)
    HeadCount.create(session=held[0], age_from=0, age_to=12, gender="female", count=2)
    HeadCount.create(session=held[4], count=4)

    ingrid = Volunteer.create(first_name="Ingrid", last_name="Bakke")
    ola = Volunteer.create(first_name="Ola", last_name="Nordmann")
    for volunteer in (ingrid, ola):
        ActivityVolunteer.create(activity=activity, volunteer=volunteer)
    for session in held:
        VolunteerPresence.create(session=session, volunteer=ingrid, hours=Decimal("2.00"))
    VolunteerPresence.create(session=held[0], volunteer=ola, hours=Decimal("1.50"))
    VolunteerPresence.create(session=held[1], volunteer=ola, hours=Decimal("2.25"))
    # Hours on the cancelled session do not count.
    VolunteerPresence.create(session=sessions[2], volunteer=ola, hours=Decimal("2.00"))
    return {"activity": activity, "site": site, "children": children, "parent": parent,
            "sessions": sessions, "held": held, "volunteers": [ingrid, ola]}


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The demo database, written once per test run (copied for each test that uses it)."""
    from samvirke_desktop.domain.demo.database import write_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo_database(path)
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """A fresh copy of the demo database, opened and bound to the models."""
    import shutil

    from samvirke_desktop.db import connection

    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    connection.open_database(copy, create=False)
    return copy
