"""What to check before a report goes out: the warnings about sessions, participants and
volunteers of the activities a report covers.

Each warning says what is wrong and where to fix it, and names what opens the fix (a session,
a person). A role that may not see named residents (the søknadsskriver) gets the same warnings
as counts, without names and without a way to open the person.
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.models import Activity, Attendance, Resident, Session, Volunteer, VolunteerPresence
from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.people.police_certificate import certificate_status
from samvirke_desktop.domain.person_names import full_name
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.translation import translate

NOT_REGISTERED, NO_AGE, NO_GENDER, CERTIFICATE, BUDGET, TEXT, COMPLIANCE = (
    "not_registered", "no_age", "no_gender", "certificate", "budget", "text", "compliance")
SESSION, RESIDENT, VOLUNTEER, APPLICATION = "session", "resident", "volunteer", "application"
ACTIVITY = "activity"   # the activity form (the poster's untranslated texts)


@dataclass(frozen=True)
class ReportWarning:
    kind: str
    text: str                    # what is wrong
    fix: str                     # where and how to put it right
    target: str | None = None    # what opens the fix: SESSION, RESIDENT, VOLUNTEER, APPLICATION,
    #                              ACTIVITY
    target_id: int | None = None

    def as_line(self) -> str:
        return f"{self.text} {self.fix}"


def _chunks(ids: list[int], size: int = 900):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def activity_warnings(activity_ids: list[int], first: datetime.date, last: datetime.date, *,
                      today: datetime.date | None = None) -> list[ReportWarning]:
    """Sessions not registered, participants without age or gender, and volunteers at
    activities with children without a valid police certificate on the day."""
    if not activity_ids:
        return []
    day = held_sessions.as_of(last, today)
    in_scope = Session.activity.in_(activity_ids) & Session.date.between(first, last)
    warnings = _not_registered(in_scope, day)
    held = in_scope & held_sessions.held(day)
    warnings += _participants(held)
    warnings += _certificates(held)
    return warnings


def _not_registered(in_scope, day) -> list[ReportWarning]:
    rows = (Session.select(Session.id, Session.date, Activity.name)
            .join(Activity, on=(Activity.id == Session.activity))
            .where(in_scope & held_sessions.not_registered(day))
            .order_by(Session.date, Activity.name).tuples())
    return [ReportWarning(
        NOT_REGISTERED,
        translate("Report", "«{activity}» {date}: oppmøtet er ikke registrert, så samlingen "
                  "regnes ikke som holdt.").format(activity=name, date=date_no(when)),
        translate("Report", "Åpne oppmøtet og registrer det, eller merk «Ingen kom»."),
        SESSION, session_id) for session_id, when, name in rows]


def _participants(held) -> list[ReportWarning]:
    present = (Attendance.select(Attendance.resident).join(Session)
               .where(held & (Attendance.present == True)).distinct())
    rows = list(Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                                Resident.birth_date, Resident.birth_year, Resident.gender)
                .where(Resident.id.in_(present)).order_by(Resident.last_name, Resident.first_name)
                .tuples())
    no_age = [(rid, full_name(f, lname)) for rid, f, lname, born, year, _g in rows
              if born is None and year is None]
    no_gender = [(rid, full_name(f, lname)) for rid, f, lname, _b, _y, gender in rows
                 if gender in ("", None, "unspecified")]
    fix_age = translate("Report", "Skriv inn fødselsår eller fødselsdato på beboeren.")
    fix_gender = translate("Report", "Velg kjønn på beboeren.")
    if not permissions.can(permissions.VIEW_PEOPLE):
        out = []
        if no_age:
            out.append(ReportWarning(NO_AGE, (translate(
                "Report", "1 deltaker mangler fødselsår og telles som «Ukjent alder».")
                if len(no_age) == 1 else translate(
                "Report", "{n} deltakere mangler fødselsår og telles som «Ukjent alder».")
                .format(n=len(no_age))), fix_age))
        if no_gender:
            out.append(ReportWarning(NO_GENDER, (translate(
                "Report", "1 deltaker har kjønn «ikke oppgitt».") if len(no_gender) == 1
                else translate("Report", "{n} deltakere har kjønn «ikke oppgitt».")
                .format(n=len(no_gender))), fix_gender))
        return out
    return ([ReportWarning(NO_AGE, translate("Report", "{name} mangler fødselsår og telles "
                                             "som «Ukjent alder».").format(name=name),
                           fix_age, RESIDENT, rid) for rid, name in no_age]
            + [ReportWarning(NO_GENDER, translate("Report", "{name} har kjønn «ikke oppgitt».")
                             .format(name=name), fix_gender, RESIDENT, rid)
               for rid, name in no_gender])


def _certificates(held) -> list[ReportWarning]:
    rows = (VolunteerPresence.select(VolunteerPresence.volunteer, Session.date)
            .join(Session).join(Activity, on=(Activity.id == Session.activity))
            .where(held & (Activity.with_children == True)).distinct().tuples())
    days_by_volunteer: dict[int, list[datetime.date]] = {}
    for volunteer_id, day in rows:
        if isinstance(day, str):
            day = datetime.date.fromisoformat(day[:10])
        days_by_volunteer.setdefault(volunteer_id, []).append(day)
    missing: dict[int, tuple[Volunteer, list[datetime.date]]] = {}
    for chunk in _chunks(sorted(days_by_volunteer)):
        for volunteer in Volunteer.select().where(Volunteer.id.in_(chunk)):
            days = [d for d in days_by_volunteer[volunteer.id]
                    if not certificate_status(volunteer, d).ok_for_children]
            if days:
                missing[volunteer.id] = (volunteer, days)
    fix = translate("Report", "Registrer datoen politiattesten ble vist på den frivillige.")
    if not permissions.can(permissions.VIEW_PEOPLE):
        if not missing:
            return []
        return [ReportWarning(CERTIFICATE, (translate(
            "Report", "1 frivillig var med på aktiviteter med barn uten gyldig politiattest.")
            if len(missing) == 1 else translate(
            "Report", "{n} frivillige var med på aktiviteter med barn uten gyldig politiattest.")
            .format(n=len(missing))), fix)]
    return [ReportWarning(
        CERTIFICATE,
        (translate("Report", "{name} var med på en samling med barn uten gyldig politiattest "
                   "({date}).") if len(days) == 1 else
         translate("Report", "{name} var med på {n} samlinger med barn uten gyldig "
                   "politiattest (første gang {date}).")).format(
            name=full_name(volunteer.first_name, volunteer.last_name), n=len(days),
            date=date_no(min(days))),
        fix, VOLUNTEER, volunteer.id)
        for volunteer, days in sorted(missing.values(),
                                      key=lambda v: (v[0].last_name, v[0].first_name))]


def check_attendance_report(activity_id: int, first: datetime.date, last: datetime.date, *,
                            today: datetime.date | None = None) -> list[ReportWarning]:
    """The check before an attendance report of one activity goes out."""
    permissions.require_for_activity(permissions.MAKE_NAMED_REPORTS, activity_id)
    return activity_warnings([activity_id], first, last, today=today)
