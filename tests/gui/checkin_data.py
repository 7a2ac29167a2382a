"""A homework-help session with 40 enrolled children, for the check-in and month-grid tests.

Names come from the team's real mix (Somali, Polish, Vietnamese, Turkish, Norwegian), so a
screenshot shows long names, accents and the Norwegian sort order.
"""
import datetime
from dataclasses import dataclass, field

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Consent,
    Enrolment,
    Resident,
    Session,
    Site,
    Volunteer,
)

DAY = datetime.date(2026, 9, 1)   # a Tuesday
FIRST = ["Amina", "Yusuf", "Hodan", "Łukasz", "Thị Hoa", "Şükrü", "Elif", "Ayaan", "Filmon",
         "Selam", "Olena", "Ingrid", "Bilal", "Maryam", "Khadija", "Abdi", "Hamza", "Noor", "Ida",
         "Jonas", "Emma", "Lukas", "Zainab", "Maja", "Emil", "Leyla", "Ahmed", "Zofia", "Minh",
         "Fatima", "Omar", "Sara", "Ali", "Aisha", "Ibrahim", "Nora", "Hassan", "Åse", "Øyvind",
         "Ærlig"]
LAST = ["Hassan", "Maxamed Cabdi", "Wójcik", "Nguyễn", "Yılmaz", "Tesfay", "Kovalenko",
        "Hansen", "Abdullahi", "Warsame"]


@dataclass
class CheckInCase:
    site: Site
    activity: Activity
    session: Session
    children: list[Resident]
    parent: Resident                # guardian-age resident, not enrolled
    walk_in: Resident               # a child who is not enrolled
    no_photo: Resident              # photo consent withdrawn
    volunteers: dict[str, Volunteer] = field(default_factory=dict)


def build(children: int = 40) -> CheckInCase:
    site = Site.create(name="Kvartal 5")
    activity = Activity.create(name="Leksehjelp Kvartal 5", kind="homework_help", site=site,
                               place="Biblioteket", with_children=True)
    session = Session.create(activity=activity, date=DAY, start_time=datetime.time(17),
                             end_time=datetime.time(19))
    kids = []
    for i in range(children):
        kid = Resident.create(first_name=FIRST[i % len(FIRST)], last_name=LAST[i % len(LAST)],
                              birth_year=2010 + i % 9, gender=("female", "male")[i % 2],
                              site=site)
        Enrolment.create(activity=activity, resident=kid, role="child")
        kids.append(kid)
    parent = Resident.create(first_name="Fadumo", last_name="Hassan", gender="female",
                             birth_year=1985, site=site, phone="912 34 567")
    walk_in = Resident.create(first_name="Gulnaz", last_name="Rahimi", gender="female",
                              birth_year=2016, site=site)
    no_photo = kids[1]
    Consent.create(resident=no_photo, kind="photo", given_by="Fadumo Hassan",
                   given_by_guardian=True, given_date=datetime.date(2025, 8, 20),
                   withdrawn_date=datetime.date(2026, 3, 2))
    Consent.create(resident=kids[2], kind="photo", given_by="Forelder", given_by_guardian=True,
                   given_date=datetime.date(2025, 8, 20))
    kari = Volunteer.create(first_name="Kari", last_name="Nordmann",
                            police_certificate_shown=datetime.date(2025, 1, 10))
    per = Volunteer.create(first_name="Per", last_name="Uten Attest")
    lukasz = Volunteer.create(first_name="Łukasz", last_name="Wójcik",
                              police_certificate_shown=datetime.date(2024, 5, 2))
    for volunteer in (kari, per):
        ActivityVolunteer.create(activity=activity, volunteer=volunteer)
    return CheckInCase(site, activity, session, kids, parent, walk_in, no_photo,
                       {"kari": kari, "per": per, "lukasz": lukasz})
