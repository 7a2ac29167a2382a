"""Volunteers: students, pensioners and residents, with police certificate checks.

Certificate dates are fixed (not drawn) so the demo always shows every state the
volunteer list flags, counted from the demo's today (20.11.2026) with a 3-year renewal:
valid, running out within 60 days, expired, requested but not yet shown, and not
required (a helper on activities for adults only).
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db import models as m
from samvirke_desktop.domain.demo.calendar import DATABASE_STARTED, at
from samvirke_desktop.domain.demo.names import LANGUAGES, ContactMaker
from samvirke_desktop.domain.demo.team import COMMUNITY_WORKER, COORDINATOR, DISTRICT

SKILLS = ("Matte", "Norsk", "Engelsk", "Naturfag", "Lesing", "Samfunnsfag", "Programmering",
          "Kunst og håndverk", "Matlaging", "Idrett", "Praktisk arbeid")

D = datetime.date

# Certificate states.
VALID, EXPIRING, EXPIRED, MISSING, NOT_REQUIRED = "valid", "expiring", "expired", "missing", "not_required"


@dataclass(frozen=True)
class VolunteerSpec:
    first_name: str
    last_name: str
    birth_year: int
    start: datetime.date
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    availability: str
    activities: tuple[str, ...]
    certificate: str = VALID
    shown: datetime.date | None = None      # for the fixed states
    end: datetime.date | None = None
    notes: str = ""
    resident: str = ""                       # full name of the resident this volunteer is


SPECS = (
    # Students.
    VolunteerSpec("Ingrid", "Solheim", 2002, D(2024, 8, 26), ("Matte", "Naturfag"),
                  ("Norsk", "Engelsk"), "2,4", ("leksehjelp", "hostferie"),
                  notes="Lektorstudent ved OsloMet."),
    VolunteerSpec("Amir", "Haddad", 2001, D(2025, 1, 14), ("Naturfag", "Matte", "Engelsk"),
                  ("Arabisk", "Norsk", "Engelsk"), "4", ("leksehjelp",),
                  notes="Medisinstudent. Kan forklare på arabisk ved behov."),
    VolunteerSpec("Sofie", "Bakken", 2003, D(2025, 8, 26), ("Norsk", "Lesing"),
                  ("Norsk", "Engelsk", "Spansk"), "2", ("leksehjelp", "hostferie")),
    VolunteerSpec("Jonas", "Eriksen", 2000, D(2024, 9, 3), ("Matte", "Programmering"),
                  ("Norsk", "Engelsk"), "2,4", ("leksehjelp",)),
    VolunteerSpec("Hawa", "Abdi", 2004, D(2025, 8, 26), ("Norsk", "Engelsk", "Lesing"),
                  ("Somali", "Norsk", "Engelsk"), "2,4", ("leksehjelp", "hostferie"),
                  notes="Sykepleierstudent."),
    VolunteerSpec("Thomas", "Nguyen", 1999, D(2024, 3, 5), ("Matte", "Engelsk"),
                  ("Norsk", "Vietnamesisk", "Engelsk"), "4", ("leksehjelp",)),
    VolunteerSpec("Elise", "Moen", 2002, D(2025, 9, 2), ("Engelsk", "Samfunnsfag"),
                  ("Norsk", "Engelsk", "Fransk"), "2", ("leksehjelp",)),
    VolunteerSpec("Kasper", "Wold", 2001, D(2023, 6, 20), ("Matte", "Naturfag"),
                  ("Norsk", "Engelsk"), "2,4", ("leksehjelp",), certificate=EXPIRED,
                  shown=D(2023, 6, 12), end=D(2026, 6, 18),
                  notes="Ferdig med studiene juni 2026, flyttet til Bergen."),
    VolunteerSpec("Zainab", "Malik", 2003, D(2026, 1, 6), ("Norsk", "Matte"),
                  ("Urdu", "Norsk", "Engelsk"), "2", ("leksehjelp",)),
    VolunteerSpec("Emilie", "Haugland", 2004, D(2026, 8, 25), ("Lesing", "Norsk", "Kunst og håndverk"),
                  ("Norsk", "Engelsk"), "4", ("leksehjelp", "hostferie")),
    VolunteerSpec("Daria", "Melnyk", 2001, D(2026, 11, 10), ("Matte", "Engelsk"),
                  ("Ukrainsk", "Engelsk", "Norsk"), "2,4", ("leksehjelp",), certificate=MISSING,
                  shown=D(2026, 11, 3), notes="Politiattest bestilt, venter på svar."),
    VolunteerSpec("Henrik", "Aas", 2005, D(2026, 11, 3), ("Matte",), ("Norsk", "Engelsk"), "4",
                  ("leksehjelp",), certificate=MISSING, shown=D(2026, 10, 27)),
    # Pensioners, most of them retired teachers.
    VolunteerSpec("Berit", "Lunde", 1953, D(2024, 4, 16), ("Norsk", "Lesing"), ("Norsk", "Engelsk"),
                  "2,4", ("leksehjelp",), notes="Pensjonert lærer."),
    VolunteerSpec("Kjell Ove", "Hagen", 1950, D(2023, 12, 12), ("Matte", "Naturfag"), ("Norsk",),
                  "2", ("leksehjelp",), certificate=EXPIRING, shown=D(2023, 12, 11)),
    VolunteerSpec("Randi", "Strøm", 1956, D(2024, 1, 9), ("Engelsk", "Lesing"),
                  ("Norsk", "Engelsk"), "4", ("leksehjelp",), certificate=EXPIRING,
                  shown=D(2024, 1, 8)),
    VolunteerSpec("Svein Arild", "Johnsen", 1949, D(2023, 9, 5), ("Matte",), ("Norsk",), "2,4",
                  ("leksehjelp",), certificate=EXPIRED, shown=D(2023, 8, 29),
                  notes="Har fått beskjed om å bestille ny politiattest."),
    VolunteerSpec("Gro", "Nyhus", 1958, D(2025, 10, 7), ("Norsk", "Samfunnsfag"),
                  ("Norsk", "Engelsk"), "4", ("leksehjelp",)),
    VolunteerSpec("Arne", "Bjørklund", 1955, D(2025, 8, 30), ("Praktisk arbeid",), ("Norsk",),
                  "3,6", ("dugnad", "naermiljoskolen"), certificate=NOT_REQUIRED,
                  notes="Pensjonert elektriker. Hjelper bare på aktiviteter for voksne."),
    # Working adults.
    VolunteerSpec("Marianne", "Thorsen", 1984, D(2025, 2, 4), ("Norsk", "Engelsk"),
                  ("Norsk", "Engelsk"), "2", ("leksehjelp",)),
    VolunteerSpec("Tariq", "Mahmood", 1979, D(2024, 10, 1), ("Matte", "Engelsk"),
                  ("Urdu", "Panjabi", "Norsk", "Engelsk"), "4", ("leksehjelp",)),
    VolunteerSpec("Lise", "Fjeld", 1990, D(2026, 11, 13), ("Kunst og håndverk", "Lesing"),
                  ("Norsk",), "5", ("fredagstreff",), certificate=MISSING, shown=D(2026, 11, 12)),
    VolunteerSpec("Mustafa", "Rahimi", 1992, D(2025, 8, 22), ("Idrett", "Matte"),
                  ("Dari", "Norsk", "Engelsk"), "5", ("fredagstreff", "patrulje", "hostferie")),
    VolunteerSpec("Camilla", "Berg", 1987, D(2025, 9, 5), ("Matlaging",), ("Norsk", "Engelsk"),
                  "5,6", ("fredagstreff", "dugnad")),
    # Residents who also volunteer.
    VolunteerSpec("Ayaan", "Maxamed Cabdi", 1986, D(2025, 8, 26), ("Norsk", "Lesing"),
                  ("Somali", "Norsk", "Engelsk"), "2,4", ("leksehjelp", "naermiljoskolen"),
                  resident="Ayaan Maxamed Cabdi",
                  notes="Hjelper somalisktalende foreldre med praktisk informasjon."),
    VolunteerSpec("Łukasz", "Wójcik", 1984, D(2025, 8, 30), ("Praktisk arbeid",),
                  ("Polsk", "Norsk", "Engelsk"), "5,6", ("dugnad", "patrulje"),
                  resident="Łukasz Wójcik"),
)


@dataclass
class VolunteerInfo:
    id: int
    spec: VolunteerSpec
    fields: dict          # the stored row, for the certificate rules

    def active_on(self, day: datetime.date) -> bool:
        return self.spec.start <= day and (self.spec.end is None or day <= self.spec.end)

    def available_on(self, day: datetime.date) -> bool:
        return str(day.isoweekday()) in self.spec.availability.split(",")


def build_volunteers(rows, rng, people, contacts: ContactMaker) -> list[VolunteerInfo]:
    skill_ids = {name: rows.add(m.Skill, name=name) for name in SKILLS}
    language_ids = {name: rows.add(m.Language, name=name) for name in LANGUAGES}
    result = []
    for spec in SPECS:
        fields = dict(first_name=spec.first_name, last_name=spec.last_name,
                      birth_year=spec.birth_year, availability=spec.availability,
                      start_date=spec.start, end_date=spec.end, notes=spec.notes,
                      police_certificate_body=DISTRICT)
        if spec.resident:
            person = people.by_name(spec.resident)
            fields.update(resident=person.id, phone=person.phone or contacts.phone(),
                          email=person.email or contacts.email(spec.first_name, spec.last_name))
        else:
            fields.update(phone=contacts.phone(),
                          email=contacts.email(spec.first_name, spec.last_name))
        shown = requested = None
        if spec.certificate == NOT_REQUIRED:
            fields.update(police_certificate_required=False, police_certificate_body="")
        elif spec.certificate == MISSING:
            requested = spec.shown       # for a missing certificate this is the request date
        else:
            shown = spec.shown or spec.start - datetime.timedelta(days=rng.randint(3, 20))
            if (shown.month, shown.day) == (2, 29):
                shown -= datetime.timedelta(days=1)   # keeps the renewal date unambiguous
            requested = shown - datetime.timedelta(days=rng.randint(10, 30))
            fields.update(police_certificate_shown=shown,
                          police_certificate_issued=shown - datetime.timedelta(days=rng.randint(2, 8)),
                          police_certificate_checked_by=rng.choice((COORDINATOR, COORDINATOR,
                                                                    COMMUNITY_WORKER)))
        fields["police_certificate_requested"] = requested
        if not (spec.certificate == MISSING and spec.first_name == "Henrik"):
            fields["confidentiality_signed"] = spec.start - datetime.timedelta(days=rng.randint(0, 3))
        # Registered when the team moved its lists into Samvirke, or when they signed up.
        created = max(min(requested or spec.start, spec.start) - datetime.timedelta(days=2),
                      DATABASE_STARTED.date())
        saved = max(created, shown) if shown else created
        volunteer_id = rows.add(m.Volunteer, at=at(saved, 14), created_at=at(created, 14), **fields)
        for skill in spec.skills:
            rows.add(m.VolunteerSkill, volunteer=volunteer_id, skill=skill_ids[skill])
        for language in spec.languages:
            rows.add(m.VolunteerLanguage, volunteer=volunteer_id, language=language_ids[language])
        result.append(VolunteerInfo(volunteer_id, spec, rows.rows(m.Volunteer)[-1]))
    return result
