"""Sites, households, residents, guardians and consents."""
import datetime
from dataclasses import dataclass, field

from samvirke_desktop.db import models as m
from samvirke_desktop.domain.demo.calendar import DATABASE_STARTED, SCHOOL_YEAR_START, TODAY, at
from samvirke_desktop.domain.demo.names import ORIGIN, ORIGINS, ContactMaker, family_name_for

STORAGE_BASIS = "Offentlig oppgave (bomiljøarbeid)"
DAY = datetime.timedelta(days=1)


@dataclass
class SiteInfo:
    key: str
    id: int
    name: str
    street: str
    entrances: str


SITES = (
    dict(key="kvartal5", name="Kvartal 5, Sandaker", address="Sandakerveien 34", postal_code="0477",
         city="Oslo", homes=148, entrances="ABCD",
         notes="Fire oppganger rundt en felles gård. Fellesrom i første etasje i oppgang A."),
    dict(key="vogts64", name="Vogts gate 64, Torshov", address="Vogts gate 64", postal_code="0474",
         city="Oslo", homes=72, entrances="AB",
         notes="Fire blokker med 72 kommunale leiligheter. Fredagstreff i fellesrommet."),
)


@dataclass
class Person:
    id: int
    first_name: str
    last_name: str
    gender: str
    birth_date: datetime.date | None
    birth_year: int
    site: str
    household_id: int | None
    is_child: bool
    origin: str
    phone: str = ""
    email: str = ""
    moved_in: datetime.date = datetime.date(2015, 1, 1)
    moved_out: datetime.date | None = None
    guardian_ids: list[int] = field(default_factory=list)
    child_ids: list[int] = field(default_factory=list)
    quick: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def age_on(self, day: datetime.date) -> int:
        if self.birth_date is None:
            return day.year - self.birth_year
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def lives_here(self, day: datetime.date) -> bool:
        return self.moved_in <= day and (self.moved_out is None or day < self.moved_out)


@dataclass
class People:
    sites: dict[str, SiteInfo]
    persons: list[Person]

    @property
    def children(self) -> list[Person]:
        return [p for p in self.persons if p.is_child and not p.quick]

    @property
    def adults(self) -> list[Person]:
        return [p for p in self.persons if not p.is_child and not p.quick]

    def by_id(self, person_id: int) -> Person:
        return self._index[person_id]

    def by_name(self, full_name: str) -> Person:
        return next(p for p in self.persons if p.full_name == full_name)

    def __post_init__(self):
        self._index = {p.id: p for p in self.persons}


class _Builder:
    def __init__(self, rows, rng, contacts: ContactMaker):
        self.rows = rows
        self.rng = rng
        self.contacts = contacts
        self.persons: list[Person] = []
        self.flats: set[str] = set()
        self.sites: dict[str, SiteInfo] = {}
        self.used_names: set[str] = set()
        self.used_families: set[str] = set()

    # --- small pieces ---------------------------------------------------------

    def birth(self, year_from: int, year_to: int) -> datetime.date:
        start = datetime.date(year_from, 1, 1)
        span = (datetime.date(year_to, 12, 31) - start).days
        return start + self.rng.randrange(span + 1) * DAY

    def flat(self, site: SiteInfo) -> str:
        while True:
            entrance = self.rng.choice(site.entrances)
            number = f"H0{self.rng.randint(1, 5)}0{self.rng.randint(1, 6)}"
            address = f"{site.street} {entrance}, {number}"
            if address not in self.flats:
                self.flats.add(address)
                return address

    def move_in(self) -> datetime.date:
        roll = self.rng.random()
        if roll < 0.84:
            return self.birth(2009, 2024)
        if roll < 0.92:
            return datetime.date(2026, 1, 5) + self.rng.randrange(80) * DAY
        return datetime.date(2026, 8, 3) + self.rng.randrange(45) * DAY

    def registered_at(self, person_moved_in: datetime.date) -> datetime.datetime:
        day = max(person_moved_in, DATABASE_STARTED.date()) + self.rng.randrange(0, 20) * DAY
        return at(min(day, TODAY), 9 + self.rng.randrange(7), self.rng.choice((0, 15, 30, 45)))

    def add_person(self, *, first, last, gender, born, site, household_id, is_child, origin,
                   moved_in, moved_out=None, adult_contact=True, exact_birth=None, notes="",
                   language=None, interpreter=None) -> Person:
        rng = self.rng
        known_date = exact_birth if exact_birth is not None else rng.random() > 0.12
        phone = email = ""
        if not is_child and adult_contact:
            phone = self.contacts.phone() if rng.random() < 0.93 else ""
            email = self.contacts.email(first, last) if rng.random() < 0.55 else ""
        origin_info = ORIGIN[origin]
        if language is None:
            language = "" if is_child else origin_info.language
        if interpreter is None:
            age = TODAY.year - born.year
            share = origin_info.interpreter_share + (0.3 if age >= 60 and origin != "norwegian" else 0)
            interpreter = (not is_child) and rng.random() < share
        self.used_names.add(f"{first} {last}".strip())
        person = Person(
            id=0, first_name=first, last_name=last, gender=gender,
            birth_date=born if known_date else None, birth_year=born.year, site=site.key,
            household_id=household_id, is_child=is_child, origin=origin, phone=phone, email=email,
            moved_in=moved_in, moved_out=moved_out)
        person.id = self.rows.add(
            m.Resident, at=self.registered_at(moved_in),
            first_name=first, last_name=last, birth_date=person.birth_date, birth_year=born.year,
            gender=gender, site=site.id, household=household_id, phone=phone, email=email,
            language=language, interpreter_needed=interpreter, notes=notes,
            storage_basis=STORAGE_BASIS, archived=moved_out is not None)
        self.persons.append(person)
        return person

    def first_name(self, pool, last: str, taken: set[str]) -> str:
        """A first name not used in the family, and not giving a full name seen before."""
        choices = [n for n in pool if n not in taken and f"{n} {last}" not in self.used_names]
        name = self.rng.choice(choices or [n for n in pool if n not in taken] or pool)
        taken.add(name)
        return name

    # --- households -------------------------------------------------------------

    def family(self, origin_key: str, site: SiteInfo, *, guardians: list[tuple] | None = None,
               n_children: int | None = None, child_family: str | None = None,
               contact_only: bool = False, moved_in=None, moved_out=None) -> list[Person]:
        """One household of guardians and children aged 5 to 16 when the school year began.

        ``guardians``: (first, last, gender, birth date) of registered guardians; drawn at
        random when None. ``contact_only``: the guardian is kept as a name and a phone only.
        """
        rng = self.rng
        origin = ORIGIN[origin_key]
        if n_children is None:
            n_children = rng.choices((1, 2, 3, 4), weights=(25, 35, 25, 15))[0]
        # Siblings one to four years apart; twins now and then.
        year = rng.randint(2013, 2020)
        child_years = [year]
        for _ in range(n_children - 1):
            year -= 0 if rng.random() < 0.06 else rng.randint(1, 4)
            if year < 2010:
                break
            child_years.append(year)
        child_years.sort()
        oldest = child_years[0]
        if guardians is None:
            two = rng.random() < 0.62
            father_first = rng.choice(origin.male)
            father_family = self.adult_family(origin, father_first)
            mother_family = (self.adult_family(origin) if rng.random() < origin.mother_keeps_name
                             or origin.style != "shared" else father_family)
            mother_born = self.birth(oldest - rng.randint(24, 38), oldest - rng.randint(20, 23))
            mother_last = family_name_for(origin, mother_family, "female")
            guardians = [(self.first_name(origin.female, mother_last, set()), mother_last,
                          "female", mother_born)]
            if two:
                guardians.append((father_first, father_family, "male",
                                  self.birth(mother_born.year - rng.randint(0, 8), mother_born.year)))
        else:
            father_first = next((g[0] for g in guardians if g[2] == "male"), rng.choice(origin.male))
            father_family = next((g[1] for g in guardians if g[2] == "male"), self.adult_family(origin))

        if child_family is None:
            if origin.style == "somali":
                child_family = f"{father_first} {father_family.split(' ')[0]}"
            elif origin.style == "patronymic":
                child_family = father_first
            else:
                child_family = father_family
        household_name = f"Familien {child_family}"
        moved_in = moved_in or self.move_in()
        address = self.flat(site)
        household_id = self.rows.add(
            m.Household, at=self.registered_at(moved_in), name=household_name, site=site.id,
            address=address, archived=moved_out is not None,
            notes=f"Flyttet ut {moved_out.strftime('%d.%m.%Y')}." if moved_out else "")

        members: list[Person] = []
        adults: list[Person] = []
        if contact_only:
            contact = guardians[0]
            contact_name, contact_phone = f"{contact[0]} {contact[1]}", self.contacts.phone()
        else:
            for first, last, gender, born in guardians:
                adults.append(self.add_person(
                    first=first, last=last, gender=gender, born=born, site=site,
                    household_id=household_id, is_child=False, origin=origin_key,
                    moved_in=moved_in, moved_out=moved_out))
        taken = {g[0] for g in guardians} | {father_first}
        for year in child_years:
            gender = rng.choice(("female", "male"))
            last = family_name_for(origin, child_family, gender)
            pool = ((origin.girls or origin.female) if gender == "female"
                    else (origin.boys or origin.male))
            first = self.first_name(pool, last, taken)
            born = self.birth(year, year)
            child = self.add_person(first=first, last=last, gender=gender, born=born, site=site,
                                    household_id=household_id, is_child=True, origin=origin_key,
                                    moved_in=moved_in, moved_out=moved_out)
            for adult in adults:
                relation = "mor" if adult.gender == "female" else "far"
                self.rows.add(m.Guardian, at=self.registered_at(moved_in), child=child.id,
                              guardian=adult.id, relation=relation)
                child.guardian_ids.append(adult.id)
                adult.child_ids.append(child.id)
            if contact_only:
                relation = "mor" if guardians[0][2] == "female" else "far"
                self.rows.add(m.Guardian, at=self.registered_at(moved_in), child=child.id,
                              name=contact_name, phone=contact_phone, relation=relation)
            members.append(child)
        return adults + members

    def adult_family(self, origin, first_name: str = "") -> str:
        if origin.style == "somali":
            father, grandfather = self.rng.sample([n for n in origin.male if n != first_name], 2)
            return f"{father} {grandfather}"
        if origin.style == "patronymic":
            return self.rng.choice(origin.male + origin.family)
        # Prefer a family name not yet in the demo, so families are told apart easily.
        fresh = [f for f in origin.family if f not in self.used_families]
        family = self.rng.choice(fresh or origin.family)
        self.used_families.add(family)
        return family

    def adults_only(self, origin_key: str, site: SiteInfo) -> list[Person]:
        """A household without children: a pensioner, a single adult or a couple."""
        rng = self.rng
        origin = ORIGIN[origin_key]
        pensioner = rng.random() < 0.5
        born_range = (1941, 1960) if pensioner else (1966, 2000)
        couple = rng.random() < 0.3
        family = self.adult_family(origin)
        moved_in = self.move_in()
        first_gender = rng.choice(("female", "male"))
        first = self.first_name(origin.female if first_gender == "female" else origin.male,
                                family_name_for(origin, family, first_gender), set())
        household_id = self.rows.add(
            m.Household, at=self.registered_at(moved_in),
            name=f"{first} {family_name_for(origin, family, first_gender)}", site=site.id,
            address=self.flat(site))
        born = self.birth(*born_range)
        people = [self.add_person(first=first, last=family_name_for(origin, family, first_gender),
                                  gender=first_gender, born=born, site=site,
                                  household_id=household_id, is_child=False, origin=origin_key,
                                  moved_in=moved_in)]
        if couple:
            gender = "male" if first_gender == "female" else "female"
            partner_family = family if origin.style == "shared" else self.adult_family(origin)
            partner_last = family_name_for(origin, partner_family, gender)
            people.append(self.add_person(
                first=self.first_name(origin.female if gender == "female" else origin.male,
                                      partner_last, {first}),
                last=partner_last, gender=gender,
                born=self.birth(born.year - 4, born.year + 4), site=site,
                household_id=household_id, is_child=False, origin=origin_key, moved_in=moved_in))
        return people


def build_people(rows, rng, contacts: ContactMaker) -> People:
    b = _Builder(rows, rng, contacts)
    for spec in SITES:
        spec = dict(spec)
        key, entrances = spec.pop("key"), spec.pop("entrances")
        site_id = rows.add(m.Site, at=DATABASE_STARTED, **spec)
        b.sites[key] = SiteInfo(key, site_id, spec["name"], spec["address"], entrances)
    kvartal5, vogts64 = b.sites["kvartal5"], b.sites["vogts64"]
    target = rng.randint(178, 188)

    # Four households whose names must print right everywhere.
    b.family("somali", kvartal5, n_children=3, moved_in=datetime.date(2016, 9, 1), guardians=[
        ("Ayaan", "Maxamed Cabdi", "female", datetime.date(1986, 3, 14)),
        ("Yuusuf", "Cali Warsame", "male", datetime.date(1981, 11, 2))])
    b.family("polish", kvartal5, n_children=2, moved_in=datetime.date(2019, 4, 1), guardians=[
        ("Agnieszka", "Wójcik", "female", datetime.date(1987, 7, 23)),
        ("Łukasz", "Wójcik", "male", datetime.date(1984, 2, 9))])
    b.family("vietnamese", vogts64, n_children=2, child_family="Trần",
             moved_in=datetime.date(2012, 5, 15),
             guardians=[("Nguyễn Thị", "Hoa", "female", datetime.date(1981, 10, 30))])
    b.family("turkish", vogts64, n_children=3, moved_in=datetime.date(2010, 8, 1), guardians=[
        ("Emine", "Yılmaz", "female", datetime.date(1980, 5, 5)),
        ("Şükrü", "Yılmaz", "male", datetime.date(1976, 1, 18))])

    origins = [o.key for o in ORIGINS]
    weights = [o.weight for o in ORIGINS]
    families = 0
    while len(b.persons) < target - 16:
        site = kvartal5 if rng.random() < 0.64 else vogts64
        origin = rng.choices(origins, weights=weights)[0]
        families += 1
        contact_only = families % 9 == 4      # about one household in nine
        moved_out = (datetime.date(2026, 4, 30) if families in (7, 23) else None)
        moved_in = datetime.date(2013, 3, 1) if moved_out else None
        b.family(origin, site, contact_only=contact_only, moved_out=moved_out, moved_in=moved_in)
    while len(b.persons) < target - 4:
        site = kvartal5 if rng.random() < 0.6 else vogts64
        b.adults_only(rng.choices(origins, weights=weights)[0], site)

    # People quick-registered at check-in: first name, birth year and gender only. Yonas did
    # not know his birth year, so none is stored (the demo places him by his school class):
    # the report check then has a participant without an age to warn about.
    quick = (("Samira", 2017, "female", kvartal5, datetime.date(2026, 9, 15)),
             ("Kevin", 2018, "male", kvartal5, datetime.date(2026, 9, 30)),
             ("Mo", 2015, "unspecified", kvartal5, datetime.date(2026, 10, 20)),
             ("Halima", 1979, "female", kvartal5, datetime.date(2026, 11, 4)),
             ("Yonas", 2016, "male", kvartal5, datetime.date(2026, 11, 10)))
    for first, year, gender, site, day in quick:
        is_child = year > 2007
        stored_year = None if first == "Yonas" else year
        person = Person(id=0, first_name=first, last_name="", gender=gender, birth_date=None,
                        birth_year=year, site=site.key, household_id=None, is_child=is_child,
                        origin="norwegian", moved_in=day, quick=True)
        person.id = rows.add(m.Resident, at=at(day, 19 if is_child else 20, 10),
                             first_name=first, birth_year=stored_year, gender=gender,
                             site=site.id,
                             storage_basis=STORAGE_BASIS, needs_completion=True)
        b.persons.append(person)

    people = People(b.sites, b.persons)
    _add_notes_and_consents(rows, rng, people)
    return people


ADULT_NOTES = (
    "Foretrekker SMS framfor telefonsamtale.",
    "Jobber skift – best å ringe etter kl. 16.",
    "Vil gjerne bidra på dugnad.",
    "Har meldt interesse for nærmiljøpatruljen.",
    "Ønsker informasjon på enkel norsk.",
    "Beboerrepresentant i styret for fellesrommet.",
)


def _add_notes_and_consents(rows, rng, people: People) -> None:
    residents = {row["id"]: row for row in rows.rows(m.Resident)}
    for person in people.adults:
        if rng.random() < 0.12:
            residents[person.id]["notes"] = rng.choice(ADULT_NOTES)
        if person.phone and rng.random() < 0.55:
            day = max(person.moved_in, SCHOOL_YEAR_START) + rng.randrange(0, 60) * DAY
            rows.add(m.Consent, at=at(min(day, TODAY), 12), resident=person.id, kind="sms",
                     given_by=person.full_name, given_date=min(day, TODAY))

    withdrawn = eligible = 0
    for child in people.children:
        if rng.random() > 0.78:
            continue
        day = min(max(child.moved_in, SCHOOL_YEAR_START) + rng.randrange(7, 50) * DAY, TODAY)
        guardian = people.by_id(child.guardian_ids[0]) if child.guardian_ids else None
        if child.age_on(day) >= 15:
            given_by, by_guardian = child.full_name, False
        elif guardian is not None:
            given_by, by_guardian = guardian.full_name, True
        else:
            contact = next(g for g in rows.rows(m.Guardian) if g["child"] == child.id)
            given_by, by_guardian = contact["name"], True
        row = dict(resident=child.id, kind="photo", given_by=given_by,
                   given_by_guardian=by_guardian, given_date=day)
        early = day < datetime.date(2026, 1, 1)
        eligible += early
        # Two guardians changed their minds during the spring.
        if early and eligible in (5, 17):
            withdrawn += 1
            row["withdrawn_date"] = datetime.date(2026, 3, 2) + 45 * withdrawn * DAY
            row["notes"] = "Trukket tilbake av foresatte."
            rows.add(m.Consent, at=at(row["withdrawn_date"], 10), created_at=at(day, 18),
                     version=2, **row)
        else:
            rows.add(m.Consent, at=at(day, 18), **row)
