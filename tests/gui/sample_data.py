"""A small team's database: a few residents in households, volunteers, partners, one activity
with sessions and attendance, a drop-in hub counted by head, and a funder with applications.

Dates are relative to ``today`` so "this week" on the overview always has sessions.
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from samvirke_desktop.db.models import (
    Activity,
    Application,
    Attendance,
    Enrolment,
    Funder,
    HeadCount,
    Household,
    Partner,
    Resident,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.overview import week_bounds


@dataclass
class Expected:
    residents: int = 5           # visible by default (one archived, one anonymised hidden)
    residents_all: int = 6       # with the archived; the anonymised is no person
    volunteers: int = 3          # one archived hidden
    volunteers_all: int = 4
    active_volunteers: int = 2   # one has ended
    partners: int = 2
    activities: int = 2
    applications: int = 2
    ongoing_applications: int = 2
    week_sessions: int = 3       # including one cancelled
    week_sessions_held: int = 2
    homework_sessions: int = 3   # not counting the cancelled one
    homework_enrolled: int = 3


def fill(today: datetime.date | None = None) -> Expected:
    today = today or datetime.date.today()
    monday, _ = week_bounds(today)
    kvartal = Site.create(name="Kvartal 5", address="Kvartalgata 5")
    gamle = Site.create(name="Gamle Oslovei 2")
    hassan = Household.create(name="Hassan", site=kvartal)
    yilmaz = Household.create(name="Yılmaz", site=gamle)

    amina = Resident.create(first_name="Amina", last_name="Hassan", gender="female",
                            birth_date=datetime.date(today.year - 10, 3, 10), site=kvartal,
                            household=hassan, language="somali")
    yusuf = Resident.create(first_name="Yusuf", last_name="Hassan", gender="male",
                            birth_year=today.year - 13, site=kvartal, household=hassan,
                            language="somali")
    Resident.create(first_name="Fadumo", last_name="Hassan", gender="female",
                    birth_year=today.year - 40, site=kvartal, household=hassan,
                    language="somali", interpreter_needed=True, phone="912 34 567")
    Resident.create(first_name="Şükrü", last_name="Yılmaz", gender="male",
                    birth_year=today.year - 46, site=gamle, household=yilmaz, language="tyrkisk")
    elif_ = Resident.create(first_name="Elif", last_name="Yılmaz", gender="female",
                            birth_year=today.year - 9, site=gamle, household=yilmaz)
    Resident.create(first_name="Ola", last_name="Flyttet", gender="male", archived=True,
                    birth_year=today.year - 30)
    Resident.create(first_name="Anonym", last_name="", gender="unspecified",
                    anonymised_at=datetime.datetime(today.year - 1, 1, 1))

    kari = Volunteer.create(first_name="Kari", last_name="Nordmann", phone="99 88 77 66",
                            email="kari@example.no", start_date=datetime.date(today.year - 1, 8, 1))
    Volunteer.create(first_name="Łukasz", last_name="Wójcik", email="lukasz@example.no",
                     start_date=today - datetime.timedelta(days=30))
    Volunteer.create(first_name="Nguyễn Thị", last_name="Hoa", phone="40 00 00 01",
                     start_date=datetime.date(today.year - 2, 1, 1),
                     end_date=today - datetime.timedelta(days=60))
    Volunteer.create(first_name="Per", last_name="Arkiv", archived=True)

    Partner.create(name="NAV Sagene", kind="nav", phone="55 55 33 33", email="nav@example.no")
    Partner.create(name="Sagene bibliotek", kind="library", email="bibliotek@example.no")

    bufdir = Funder.create(name="Bufdir", short_name="Bufdir", volunteer_hour_rate=Decimal(500))
    Application.create(funder=bufdir, title="Leksehjelp i Kvartal 5",
                       period_start=datetime.date(today.year, 1, 1),
                       period_end=datetime.date(today.year, 12, 31), status="granted",
                       amount_applied=Decimal(250000), amount_granted=Decimal(200000))
    Application.create(funder=bufdir, title="Sommeraktiviteter",
                       period_start=datetime.date(today.year, 6, 1),
                       period_end=datetime.date(today.year, 8, 31), status="draft",
                       amount_applied=Decimal("80000.50"))

    homework = Activity.create(name="Leksehjelp Kvartal 5", kind="homework_help", site=kvartal,
                               place="Biblioteket")
    hub = Activity.create(name="Fredagstreff", kind="hub", site=gamle, place="Fellesrommet",
                          head_count_only=True, with_children=False)
    for resident in (amina, yusuf, elif_):
        Enrolment.create(activity=homework, resident=resident, role="child")

    tuesday = Session.create(activity=homework, date=monday + datetime.timedelta(days=1),
                             start_time=datetime.time(17), end_time=datetime.time(19))
    Session.create(activity=homework, date=monday + datetime.timedelta(days=3),
                   start_time=datetime.time(17), end_time=datetime.time(19), cancelled=True,
                   cancel_reason="Skolen stengt")
    Session.create(activity=homework, date=monday - datetime.timedelta(days=6),
                   start_time=datetime.time(17), end_time=datetime.time(19))
    Session.create(activity=homework, date=monday + datetime.timedelta(days=8),
                   start_time=datetime.time(17), end_time=datetime.time(19))
    friday = Session.create(activity=hub, date=monday + datetime.timedelta(days=4),
                            start_time=datetime.time(12), end_time=datetime.time(15))

    Attendance.create(session=tuesday, resident=amina, role="child")
    Attendance.create(session=tuesday, resident=yusuf, role="child")
    Attendance.create(session=tuesday, resident=elif_, role="child", present=False)
    HeadCount.create(session=tuesday, count=2)
    HeadCount.create(session=friday, count=12, gender="female")
    HeadCount.create(session=friday, count=7)
    VolunteerPresence.create(session=tuesday, volunteer=kari, hours=Decimal(2))
    return Expected()


TUESDAY_PRESENT = 4   # two registered children present + two counted by head
FRIDAY_PRESENT = 19
