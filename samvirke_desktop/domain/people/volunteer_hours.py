"""Volunteer hours: per volunteer for one activity, and per activity for one volunteer.

Hours count on sessions that were held (not cancelled) within the period, so a
statement and an attendance report for the same period always agree.

The statement names what the volunteer did at each activity (``volunteer_role``): the role
that activity's kind gives («leksehjelper»), «fast» when the volunteer is one of its regular
volunteers, and for homework help the subjects among the volunteer's skills.
"""
import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Session,
    Skill,
    Volunteer,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.person_names import full_name, listed_name, name_sort_key, sort_text
from samvirke_desktop.domain.report_periods import check_period
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.errors import RecordGone
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

HUNDREDTH = Decimal("0.01")

# What a volunteer does at an activity of each kind, as a statement names it.
VOLUNTEER = QT_TRANSLATE_NOOP("Report", "frivillig")
ROLE_BY_KIND = {
    "homework_help": QT_TRANSLATE_NOOP("Report", "leksehjelper"),
    "neighbourhood_school": QT_TRANSLATE_NOOP("Report", "medhjelper på temakveldene"),
    "patrol": QT_TRANSLATE_NOOP("Report", "patruljedeltaker"),
    "dugnad": QT_TRANSLATE_NOOP("Report", "dugnadshjelper"),
    "hub": QT_TRANSLATE_NOOP("Report", "vert på treffstedet"),
    "holiday_activity": QT_TRANSLATE_NOOP("Report", "aktivitetshjelper"),
}
# Kinds where the volunteer's skills (the subjects: matte, norsk …) say what they helped with.
KINDS_WITH_SUBJECTS = frozenset({"homework_help"})


def as_hours(value) -> Decimal:
    """A database sum (float on SQLite, Decimal on PostgreSQL) as exact hours."""
    if value is None:
        return Decimal("0.00")
    return Decimal(str(value)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def format_hours(value: Decimal) -> str:
    """2 / 2,5 / 1 234,75: no trailing zeros."""
    text = number(value, 2)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


@dataclass(frozen=True)
class VolunteerHours:
    volunteer_id: int
    first_name: str
    last_name: str
    sessions: int
    hours: Decimal

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def listed_name(self) -> str:
        return listed_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class ActivityHours:
    activity_id: int
    activity_name: str
    kind: str
    sessions: int
    hours: Decimal
    first_date: datetime.date
    last_date: datetime.date
    role: str = ""        # «fast leksehjelper (matte, norsk)»: for the table
    role_noun: str = ""   # «leksehjelper»: for the sentence the team signs


def role_noun(kind: str) -> str:
    """What a volunteer at an activity of ``kind`` is called: «leksehjelper», «frivillig»."""
    return translate("Report", ROLE_BY_KIND.get(kind, VOLUNTEER))


def volunteer_role(kind: str, *, regular: bool = False, skills: list[str] = ()) -> str:
    """The volunteer's role at one activity: «fast leksehjelper (matte, norsk)»."""
    role = role_noun(kind)
    if regular:
        role = translate("Report", "fast {role}").format(role=role)
    if kind in KINDS_WITH_SUBJECTS and skills:
        role = f"{role} ({', '.join(skills)})"
    return role


@dataclass(frozen=True)
class HoursStatement:
    volunteer_id: int
    first_name: str
    last_name: str
    first: datetime.date
    last: datetime.date
    activities: list[ActivityHours]

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def listed_name(self) -> str:
        return listed_name(self.first_name, self.last_name)

    @property
    def total_sessions(self) -> int:
        return sum(line.sessions for line in self.activities)

    @property
    def total_hours(self) -> Decimal:
        return sum((line.hours for line in self.activities), Decimal("0.00"))

    @property
    def role_nouns(self) -> list[str]:
        """The roles the volunteer had, once each, in the order of the table; the plain
        «frivillig» only when there is no other."""
        nouns = list(dict.fromkeys(line.role_noun for line in self.activities if line.role_noun))
        specific = [noun for noun in nouns if noun != translate("Report", VOLUNTEER)]
        return specific or nouns


def _held_in(first: datetime.date, last: datetime.date):
    return (Session.date.between(first, last)) & (Session.cancelled == False)


def hours_by_volunteer(activity_id: int, first: datetime.date,
                       last: datetime.date) -> list[VolunteerHours]:
    """Each volunteer who helped with the activity in the period: sessions and hours."""
    permissions.require_for_activity(permissions.MAKE_NAMED_REPORTS, activity_id)
    check_period(first, last)
    rows = (VolunteerPresence
            .select(Volunteer.id, Volunteer.first_name, Volunteer.last_name,
                    fn.COUNT(fn.DISTINCT(VolunteerPresence.session)).alias("sessions"),
                    fn.SUM(VolunteerPresence.hours).alias("hours"))
            .join(Session).switch(VolunteerPresence).join(Volunteer)
            .where((Session.activity == activity_id) & _held_in(first, last))
            .group_by(Volunteer.id, Volunteer.first_name, Volunteer.last_name)
            .tuples())
    lines = [VolunteerHours(vid, first_name, last_name, sessions, as_hours(hours))
             for vid, first_name, last_name, sessions, hours in rows]
    return sorted(lines, key=lambda v: (name_sort_key(v.first_name, v.last_name), v.volunteer_id))


def volunteer_hours_statement(volunteer_id: int, first: datetime.date,
                              last: datetime.date) -> HoursStatement:
    """What a volunteer contributed in a period, per activity (for a Timeattest).

    An activity leader's statement covers the activities they lead.
    """
    scope = permissions.activity_scope(permissions.MAKE_NAMED_REPORTS)
    check_period(first, last)
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise RecordGone("Den frivillige finnes ikke lenger. Velg en annen frivillig.")
    rows = (VolunteerPresence
            .select(Activity.id, Activity.name, Activity.kind,
                    fn.COUNT(fn.DISTINCT(VolunteerPresence.session)).alias("sessions"),
                    fn.SUM(VolunteerPresence.hours).alias("hours"),
                    fn.MIN(Session.date).alias("first_date"),
                    fn.MAX(Session.date).alias("last_date"))
            .join(Session).join(Activity)
            .where((VolunteerPresence.volunteer == volunteer_id) & _held_in(first, last)
                   & (Activity.id.in_(scope) if scope is not None else True))
            .group_by(Activity.id, Activity.name, Activity.kind)
            .tuples())
    regular = {activity_id for (activity_id,) in ActivityVolunteer
               .select(ActivityVolunteer.activity)
               .where(ActivityVolunteer.volunteer == volunteer_id).tuples()}
    skills = sorted((name for (name,) in Skill.select(Skill.name).join(VolunteerSkill)
                     .where(VolunteerSkill.volunteer == volunteer_id).tuples()), key=sort_text)
    lines = [ActivityHours(aid, name, kind, sessions, as_hours(hours),
                           _as_date(first_date), _as_date(last_date),
                           role=volunteer_role(kind, regular=aid in regular, skills=skills),
                           role_noun=role_noun(kind))
             for aid, name, kind, sessions, hours, first_date, last_date in rows]
    lines.sort(key=lambda line: (sort_text(line.activity_name), line.activity_id))
    return HoursStatement(volunteer.id, volunteer.first_name, volunteer.last_name,
                          first, last, lines)


def _as_date(value) -> datetime.date:
    # MIN()/MAX() over a DateField come back as text on SQLite.
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])
