"""Activities, their schedules and their sessions.

Sessions come from the schedules by the same rule the program uses (weekdays, every n-th
week, skipping public and school holidays). Sessions up to and including the demo's today
are registered, apart from a few left open on purpose so that the overview of sessions
missing attendance has something to show; later sessions are only planned.
"""
import datetime
from dataclasses import dataclass, field

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
from samvirke_desktop.domain.demo.participation import enrol, register
from samvirke_desktop.domain.demo.team import COMMUNITY_WORKER, COORDINATOR, NAV_COORDINATOR

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
    on_poster: bool = True               # on the residents' activity poster


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
        with_children=False, on_poster=False,   # the services' own meeting
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

# The poster in Arabic and Somali: two activities the team has translated (the others are
# printed in bokmål and listed before printing). (activity, language, name, place, description)
TRANSLATIONS = (
    ("leksehjelp", "ar", "مساعدة في الواجبات المدرسية", "مكتبة Deichman Torshov، غرفة المجموعات",
     "مساعدة في الواجبات المدرسية مرتين في الأسبوع مع متطوعين من الطلاب والمتقاعدين ومنسق "
     "طلابي. فاكهة من Kiwi. الآباء والأمهات مرحب بهم."),
    ("leksehjelp", "so", "Caawinta casharrada guriga", "Deichman Torshov, qolka kooxaha",
     "Caawinta casharrada guriga laba jeer toddobaadkii, oo ay bixiyaan arday iyo hawlgab "
     "tabarucayaal ah iyo isku-duwe arday ah. Miro ka yimid Kiwi. Waalidiinta waa la soo "
     "dhaweynayaa."),
    ("naermiljoskolen", "ar", "مدرسة الحي", "القاعة المشتركة، Sandakerveien 34 A",
     "أمسيات للكبار حول الحياة في العمارة وفي الحي. ترجمة فورية بالعربية والصومالية ولغات "
     "أخرى عند الحاجة. ضيافة بسيطة."),
    ("naermiljoskolen", "so", "Dugsiga xaafadda", "Qolka wadaagga, Sandakerveien 34 A",
     "Habeenno mawduuc leh oo loogu talagalay dadka waaweyn, oo ku saabsan nolosha dhismaha "
     "iyo degmada. Turjubaan Carabi iyo Soomaali ah, iyo luqado kale marka loo baahdo. "
     "Cunto fudud."),
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
class ActivityStory:
    ids: dict[str, int] = field(default_factory=dict)
    specs: dict[str, "ActivitySpec"] = field(default_factory=dict)
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
            head_count_only=spec.head_count_only, description=spec.description,
            on_poster=spec.on_poster)
        story.ids[spec.key] = activity_id
        for key, language, name, place, description in TRANSLATIONS:
            if key == spec.key:
                rows.add(m.ActivityTranslation, at=created, activity=activity_id,
                         language=language, name=name, place=place, description=description)
        story.specs[spec.key] = spec
        for partner in spec.partners:
            rows.add(m.PartnerActivity, partner=partner_ids[partner], activity=activity_id)
        for volunteer in volunteers:
            if spec.key in volunteer.spec.activities:
                added = max(created, at(volunteer.spec.start, 12))
                rows.add(m.ActivityVolunteer, activity=activity_id, volunteer=volunteer.id,
                         added_at=added, added_by="demo")
        _add_sessions(rows, rng, story, spec, activity_id, school)

    _mark_cancelled_and_open(rows, story)
    enrolments = enrol(rows, rng, story, people, volunteers)
    register(rows, rng, story, people, volunteers, enrolments)
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
        session_rows[session.id]["notes"] = ""   # nothing written down yet
    for session in story.sessions:
        session.registered = (session.date <= TODAY and not session.cancelled
                              and session.id not in left_open)
