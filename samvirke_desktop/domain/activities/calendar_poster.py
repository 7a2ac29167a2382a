"""What the month poster (Aktivitetskalender) shows: every held session, day by day, of the
activities meant for the residents, in bokmål or in a second language.

The poster hangs in stairways and the common room, so it shows only activities marked for
it (``Activity.on_poster``: internal meetings are not). In a second language each activity's
name, place and description are the team's translation (``ActivityTranslation``); what has
none is printed in bokmål and listed in ``MonthCalendar.untranslated``, so the team can see it
before printing (``poster_check``).
"""
import calendar
import datetime
from dataclasses import dataclass, field

import holidays

from samvirke_desktop.db.models import ACTIVITY_KINDS, Activity, ActivityTranslation, Session, Site
from samvirke_desktop.domain.activities.report_warnings import ACTIVITY, ReportWarning
from samvirke_desktop.domain.report_periods import month_bounds
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.team.team_settings import team_identity
from samvirke_desktop.domain.vocabulary import POSTER_LANGUAGES, label_text
from samvirke_desktop.errors import ValidationError
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, current_language, translate

BOKMAL = "nb"
UNTRANSLATED, NO_CONTACT = "untranslated", "no_contact"
# What a translation may be missing, in the order a list names them.
FIELD_WORDS = {"name": QT_TRANSLATE_NOOP("Report", "navnet"),
               "place": QT_TRANSLATE_NOOP("Report", "stedet"),
               "description": QT_TRANSLATE_NOOP("Report", "beskrivelsen")}


@dataclass(frozen=True)
class CalendarEntry:
    session_id: int
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    activity_id: int
    activity_name: str        # in the poster's language, or bokmål where not translated
    kind: str
    place: str                # likewise
    topic: str
    # What is printed in bokmål on a poster in another language ("name", "place"): the
    # report hyphenates it by the bokmål dictionary and sets it left to right.
    in_bokmal: frozenset[str] = frozenset()


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    holiday: str = ""
    entries: list[CalendarEntry] = field(default_factory=list)


@dataclass(frozen=True)
class CalendarWeek:
    iso_week: int
    days: list[CalendarDay]   # Monday to Sunday


@dataclass(frozen=True)
class PosterActivity:
    """An activity on the poster, for the part that says what each one is."""
    id: int
    name: str
    kind: str
    place: str
    description: str
    in_bokmal: frozenset[str] = frozenset()   # as on CalendarEntry, with "description"


@dataclass(frozen=True)
class Untranslated:
    """An activity on a poster in another language whose texts are (partly) in bokmål."""
    activity_id: int
    activity_name: str                # in bokmål, as the team knows it
    fields: tuple[str, ...]           # "name", "place", "description" (FIELD_WORDS)
    session_places: tuple[str, ...] = ()   # places set on sessions, which have no translation


@dataclass(frozen=True)
class MonthCalendar:
    year: int
    month: int
    site_name: str
    weeks: list[CalendarWeek]
    kinds: list[str]          # the activity kinds on the poster, in the usual order
    language: str = BOKMAL
    activities: list[PosterActivity] = field(default_factory=list)
    untranslated: list[Untranslated] = field(default_factory=list)

    @property
    def entries(self) -> list[CalendarEntry]:
        return [e for week in self.weeks for day in week.days for e in day.entries]


def public_holidays(year: int) -> dict[datetime.date, str]:
    """Norwegian public holidays by date, with their Norwegian names (Sundays left out)."""
    return dict(holidays.Norway(years=year, language="no", include_sundays=False).items())


def language_in_text(code: str) -> str:
    """The language's name inside a sentence: «arabisk» in bokmål, «Arabic» in English."""
    name = label_text(POSTER_LANGUAGES[code])
    return name.lower() if current_language() == "nb" else name


def poster_language(language: str | None) -> str:
    """``language`` checked: "nb" (or None) for bokmål, else one of POSTER_LANGUAGES."""
    if language in (None, "", BOKMAL):
        return BOKMAL
    if language not in POSTER_LANGUAGES:
        names = ", ".join(f"{code} ({language_in_text(code)})" for code in POSTER_LANGUAGES)
        raise ValidationError({"language": translate(
            "Report", "Kalenderen finnes ikke på «{language}». Velg et av språkene {names}, "
            "eller nb for bare bokmål.").format(language=language, names=names)})
    return language


def _translations(activity_ids: set[int], language: str) -> dict[int, ActivityTranslation]:
    if language == BOKMAL or not activity_ids:
        return {}
    rows = ActivityTranslation.select().where(
        ActivityTranslation.activity.in_(sorted(activity_ids))
        & (ActivityTranslation.language == language))
    return {row.activity_id: row for row in rows}


def month_calendar(year: int, month: int, *, site_id: int | None = None,
                   language: str | None = None) -> MonthCalendar:
    """Weeks Monday–Sunday covering the month; days outside it are present but empty.

    Every role sees every activity on the poster: it names no participants.
    """
    permissions.require(permissions.VIEW_ACTIVITIES)
    language = poster_language(language)
    first, last = month_bounds(year, month)
    query = (Session.select(Session.id, Session.date, Session.start_time, Session.end_time,
                            Session.place, Session.topic, Activity.id)
             .join(Activity)
             .where(Session.date.between(first, last) & (Session.cancelled == False)
                    & (Activity.on_poster == True))
             .order_by(Session.date, Session.start_time, Activity.name, Session.id))
    site_name = ""
    if site_id is not None:
        query = query.where(Activity.site == site_id)
        site = Site.get_or_none(Site.id == site_id)
        site_name = site.name if site else ""
    sessions = list(query.tuples())

    activity_ids = {row[-1] for row in sessions}
    activities = {a.id: a for a in Activity.select().where(Activity.id.in_(sorted(activity_ids)))}
    translated = _translations(activity_ids, language)

    def chosen(activity, name):
        """The text in the poster's language, and whether it fell back to bokmål."""
        original = getattr(activity, name) or ""
        if language == BOKMAL or not original:
            return original, False
        row = translated.get(activity.id)
        text = getattr(row, name) if row is not None else ""
        return (text, False) if text else (original, True)

    missing: dict[int, set[str]] = {}
    session_places: dict[int, set[str]] = {}
    shown: dict[int, PosterActivity] = {}
    for aid, activity in activities.items():
        texts = {}
        for name in ("name", "place", "description"):
            texts[name], fell_back = chosen(activity, name)
            if fell_back:
                missing.setdefault(aid, set()).add(name)
        shown[aid] = PosterActivity(aid, texts["name"], activity.kind, texts["place"],
                                    texts["description"], frozenset(missing.get(aid, ())))

    by_date: dict[datetime.date, list[CalendarEntry]] = {}
    for (sid, date, start, end, place, topic, aid) in sessions:
        activity, poster = activities[aid], shown[aid]
        # A session at the activity's own place gets the translated place; a place set on
        # the session or its schedule has no translation and is printed as it is.
        own_place = not place or place == activity.place
        in_bokmal = poster.in_bokmal & {"name", "place"}
        if not own_place and language != BOKMAL:
            session_places.setdefault(aid, set()).add(place)
            in_bokmal |= {"place"}
        by_date.setdefault(date, []).append(CalendarEntry(
            session_id=sid, date=date, start_time=start, end_time=end, activity_id=aid,
            activity_name=poster.name, kind=activity.kind,
            place=poster.place if own_place else place, topic=topic,
            in_bokmal=frozenset(in_bokmal)))

    holidays_by_date = public_holidays(year)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        days = [CalendarDay(date=d, in_month=d.month == month,
                            holiday=holidays_by_date.get(d, "") if d.month == month else "",
                            entries=by_date.get(d, []) if d.month == month else [])
                for d in week]
        weeks.append(CalendarWeek(iso_week=week[0].isocalendar()[1], days=days))

    used = {e.kind for entries in by_date.values() for e in entries}
    kinds = [k for k in ACTIVITY_KINDS if k in used] + sorted(used - set(ACTIVITY_KINDS))
    order = sorted(shown.values(), key=lambda a: (ACTIVITY_KINDS.index(a.kind)
                                                   if a.kind in ACTIVITY_KINDS else 99,
                                                   activities[a.id].name.casefold(), a.id))
    untranslated = [
        Untranslated(a.id, activities[a.id].name,
                     tuple(f for f in FIELD_WORDS if f in missing.get(a.id, ())),
                     tuple(sorted(session_places.get(a.id, ()))))
        for a in order if a.id in missing or a.id in session_places]
    return MonthCalendar(year=year, month=month, site_name=site_name, weeks=weeks, kinds=kinds,
                         language=language, activities=order, untranslated=untranslated)


def _and_list(words: list[str]) -> str:
    joiner = translate("Report", " og ")
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + joiner + words[-1]


def untranslated_warning(item: Untranslated, language: str) -> ReportWarning:
    """One line for the list before printing: what stays in bokmål, and where to fix it."""
    language_name = language_in_text(language)
    parts = []
    if item.fields:
        words = [translate("Report", FIELD_WORDS[f]) for f in item.fields]
        parts.append(translate("Report", "«{activity}»: {fields} er ikke oversatt til {language} "
                               "og står på bokmål.").format(
            activity=item.activity_name, fields=_and_list(words), language=language_name))
    if item.session_places:
        places = _and_list([f"«{p}»" for p in item.session_places])
        parts.append(translate("Report", "«{activity}»: stedet {places} er satt på samlingene "
                               "og står på bokmål.").format(activity=item.activity_name,
                                                            places=places))
    return ReportWarning(
        UNTRANSLATED, " ".join(parts),
        translate("Report", "Åpne aktiviteten og skriv oversettelsen i fanen Oversettelser."),
        ACTIVITY, item.activity_id)


def poster_check(year: int, month: int, *, site_id: int | None = None,
                 language: str | None = None) -> list[ReportWarning]:
    """What to see before the poster is printed: whether it tells the residents how to reach
    the team, and what a poster in ``language`` prints in bokmål for want of a translation
    (one warning per activity)."""
    data = month_calendar(year, month, site_id=site_id, language=language)
    warnings = []
    if not team_identity().contact:
        warnings.append(ReportWarning(
            NO_CONTACT,
            translate("Report", "Teamets telefon og e-post er ikke fylt ut, så plakaten sier "
                      "ikke hvordan beboerne når dere."),
            translate("Report", "Skriv dem inn under Innstillinger → Team.")))
    return warnings + [untranslated_warning(item, data.language) for item in data.untranslated]
