"""What a funder checks beyond the figures: the compliance part of a grant report.

Everything is worked out from what the application and the activities hold, so the report
never asks the team to type a figure twice. Rules (tested in
tests/domain/grants/test_compliance.py):

* Conditions: the grant letter's (tilsagnsbrev) conditions as the team entered them, each met,
  partly met, not met or not yet assessed. One not assessed leaves the report incomplete.
* Reporting deadline: the final report's (sluttrapport) when the report reaches the end of the
  application period, else the progress report's (fremdriftsrapport). The report is on time
  when it is dated (signed, else made) on or before the deadline.
* Auditor: the scheme says when the accounts need an auditor's statement: always, or when the
  amount granted is *above* its threshold (200 000 kr and exactly 200 000 kr granted: not
  needed). Without a rule, or without a granted amount, the report says it cannot tell. The
  funder's own "Revisjon" note is printed beside it.
* Police certificates: every volunteer registered at a held session of an activity with
  children in the period, with the certificate status on the day of each session (the rules of
  ``people.police_certificate``). Exceptions are counted by role (the kind of activity) and by
  what was wrong, never by name: the report goes to the funder.
* Budget: variance = actual − budget, variance % = variance / budget × 100 (one decimal). A
  line needs an explanation when it is over budget by more than the scheme's limit (10 %
  unless set), and, once the period is over, under it by more; a line with no budget and
  spending always does. A needed explanation that is missing leaves the report incomplete.
* Contributions in kind: premises, staff hours (hours × rate) and other lines as entered, and
  the volunteer hours of the period at the application's or the funder's hour rate, as a line
  of its own computed from the registrations.
* Sessions: every session of the linked activities in the period with date, ISO week, place
  (the session's, else the activity's) and topic, and its state by ``held_sessions``.
* Signature: the signer's name and role and the place from the application, the date it was
  signed (else the day the report is made), the team's name and organisation number from the
  team settings.
"""
import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import JOIN

from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    Application,
    BudgetLine,
    Funder,
    FunderScheme,
    GrantCondition,
    InKindContribution,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import held_sessions
from samvirke_desktop.domain.formatting import date_no, money, number
from samvirke_desktop.domain.grants.statistics import GrantStatistics
from samvirke_desktop.domain.people.police_certificate import (
    CertificateStatus,
    certificate_status,
)
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.team.team_settings import team_identity
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS, label_text
from samvirke_desktop.errors import RecordGone
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
DEFAULT_VARIANCE_PERCENT = Decimal(10)

CONDITION_STATUS_LABELS = {
    "met": QT_TRANSLATE_NOOP("Report", "Oppfylt"),
    "partly": QT_TRANSLATE_NOOP("Report", "Delvis oppfylt"),
    "not_met": QT_TRANSLATE_NOOP("Report", "Ikke oppfylt"),
    "": QT_TRANSLATE_NOOP("Report", "Ikke vurdert"),
}
IN_KIND_KINDS = {
    "premises": QT_TRANSLATE_NOOP("Report", "Lokaler"),
    "staff_hours": QT_TRANSLATE_NOOP("Report", "Ansattes timer"),
    "other": QT_TRANSLATE_NOOP("Report", "Annen egeninnsats"),
}
VOLUNTEER_HOURS = QT_TRANSLATE_NOOP("Report", "Frivillige timer")
# What was wrong with a volunteer's certificate on the day, as the funder's copy says it.
EXCEPTION_LABELS = {
    CertificateStatus.EXPIRED: QT_TRANSLATE_NOOP("Report", "Politiattesten var utløpt"),
    CertificateStatus.MISSING: QT_TRANSLATE_NOOP("Report", "Politiattest var ikke vist"),
}


def condition_status_text(code: str) -> str:
    return translate("Report", CONDITION_STATUS_LABELS.get(code or "", code or ""))


def in_kind_kind_text(code: str) -> str:
    return translate("Report", IN_KIND_KINDS.get(code or "", code or ""))


# --- the result -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ConditionLine:
    text: str
    status: str          # met, partly, not_met, "" (not assessed)
    comment: str

    @property
    def status_text(self) -> str:
        return condition_status_text(self.status)


@dataclass(frozen=True)
class ReportDeadline:
    kind: str                        # final_report or progress_report
    label: str                       # Sluttrapport / Fremdriftsrapport (translated)
    due: datetime.date | None
    report_date: datetime.date       # signed, else made
    accounts_due: datetime.date | None

    @property
    def days_left(self) -> int | None:
        return None if self.due is None else (self.due - self.report_date).days

    @property
    def on_time(self) -> bool | None:
        return None if self.due is None else self.report_date <= self.due


@dataclass(frozen=True)
class AuditorRequirement:
    required: bool | None            # None: no rule, or nothing granted yet
    amount: Decimal | None           # granted
    threshold: Decimal | None
    always: bool
    reason: str                      # one sentence for the report
    funder_note: str                 # the funder's "Revisjon" note, as stored


@dataclass(frozen=True)
class CertificateException:
    role: str            # "Frivillig på leksehjelp": the kind of work, never the person
    problem: str         # what was wrong on the day
    volunteers: int
    presences: int       # volunteer × session


@dataclass(frozen=True)
class PoliceConfirmation:
    volunteers: int                  # distinct volunteers at held sessions with children
    presences: int
    exceptions: tuple[CertificateException, ...]
    # Counted apart: one volunteer may be in two exception rows (expired, later missing).
    volunteers_with_exceptions: int = 0

    @property
    def all_valid(self) -> bool:
        return not self.exceptions


@dataclass(frozen=True)
class BudgetLineCompliance:
    budget_line_id: int
    name: str
    budgeted: Decimal
    spent: Decimal
    variance: Decimal                # spent − budgeted
    variance_percent: Decimal | None  # None when nothing was budgeted
    needs_explanation: bool
    explanation: str

    @property
    def missing_explanation(self) -> bool:
        return self.needs_explanation and not self.explanation


@dataclass(frozen=True)
class InKindLine:
    kind: str            # premises, staff_hours, other, volunteer_hours
    label: str
    description: str
    hours: Decimal | None
    rate: Decimal | None
    value: Decimal | None   # None: volunteer hours without a rate (hours only)


@dataclass(frozen=True)
class SessionLine:
    date: datetime.date
    iso_year: int
    iso_week: int
    activity: str
    place: str
    topic: str
    state: str           # held_sessions: held, planned, not_registered, cancelled

    @property
    def state_text(self) -> str:
        return translate("Report", held_sessions.STATE_LABELS[self.state])


@dataclass(frozen=True)
class Signature:
    name: str
    role: str
    date: datetime.date
    place: str
    organisation: str
    organisation_number: str


@dataclass(frozen=True)
class Compliance:
    grant_letter_date: datetime.date | None
    grant_letter_reference: str
    conditions: tuple[ConditionLine, ...]
    deadline: ReportDeadline
    auditor: AuditorRequirement
    police: PoliceConfirmation
    variance_limit: Decimal
    budget_lines: tuple[BudgetLineCompliance, ...]
    in_kind: tuple[InKindLine, ...]
    sessions: tuple[SessionLine, ...]
    signature: Signature
    gaps: tuple[str, ...]            # what keeps the report from being complete

    @property
    def has_grant_letter(self) -> bool:
        return bool(self.grant_letter_date or self.grant_letter_reference or self.conditions)

    @property
    def complete(self) -> bool:
        return not self.gaps

    @property
    def in_kind_total(self) -> Decimal:
        return sum((line.value for line in self.in_kind if line.value is not None),
                   Decimal("0.00"))


# --- the rules ------------------------------------------------------------------------------

def variance_percent(variance: Decimal, budgeted: Decimal) -> Decimal | None:
    if not budgeted:
        return None
    return (Decimal(variance) * 100 / Decimal(budgeted)).quantize(TENTH, rounding=ROUND_HALF_UP)


def needs_explanation(budgeted: Decimal, spent: Decimal, limit: Decimal, *,
                      finished: bool) -> bool:
    """Over budget by more than ``limit`` %, or under it by more once the period is over; a
    line with no budget needs one as soon as anything is spent on it."""
    if not budgeted:
        return bool(spent)
    percent = variance_percent(spent - budgeted, budgeted)
    return percent > limit or (finished and -percent > limit)


def auditor_requirement(amount: Decimal | None, threshold: Decimal | None, always: bool,
                        funder_note: str = "") -> AuditorRequirement:
    if always:
        return AuditorRequirement(True, amount, threshold, True, translate(
            "Report", "Ordningen krever alltid revisorattestasjon av regnskapet."), funder_note)
    if threshold is None:
        return AuditorRequirement(None, amount, None, False, translate(
            "Report", "Ordningen har ingen revisorgrense registrert i Samvirke. Sjekk "
            "tilsagnsbrevet om regnskapet skal attesteres av revisor."), funder_note)
    if amount is None:
        return AuditorRequirement(None, None, threshold, False, translate(
            "Report", "Tilskuddet er ikke innvilget ennå. Ordningen krever revisorattestasjon "
            "når tilskuddet er over {threshold}.").format(threshold=money(threshold)),
            funder_note)
    if amount > threshold:
        return AuditorRequirement(True, amount, threshold, False, translate(
            "Report", "Innvilget beløp {amount} er over grensen på {threshold} for ordningen, "
            "så regnskapet skal attesteres av revisor.").format(
                amount=money(amount), threshold=money(threshold)), funder_note)
    return AuditorRequirement(False, amount, threshold, False, translate(
        "Report", "Innvilget beløp {amount} er ikke over grensen på {threshold} for ordningen, "
        "så revisorattestasjon kreves ikke.").format(
            amount=money(amount), threshold=money(threshold)), funder_note)


def _role(kind: str) -> str:
    return translate("Report", "Frivillig på {activity}").format(
        activity=label_text(ACTIVITY_KIND_LABELS.get(kind, kind)).lower())


def police_confirmation(activity_ids, first: datetime.date, last: datetime.date,
                        day: datetime.date) -> PoliceConfirmation:
    """The certificates of the volunteers at held sessions of activities with children (see
    the module's text); one query."""
    rows = (VolunteerPresence
            .select(VolunteerPresence.volunteer, Session.date, Activity.kind,
                    Volunteer.police_certificate_required, Volunteer.police_certificate_issued,
                    Volunteer.police_certificate_shown, Volunteer.police_certificate_renewal_years)
            .join(Session).join(Activity)
            .switch(VolunteerPresence).join(Volunteer)
            .where(Session.activity.in_(list(activity_ids)) & (Session.date >= first)
                   & (Session.date <= last) & held_sessions.held(day)
                   & (Activity.with_children == True))
            .tuples())
    volunteers, presences = set(), 0
    groups: dict[tuple[str, CertificateStatus], tuple[set, int]] = {}
    flagged = set()
    for volunteer_id, session_day, kind, required, issued, shown, years in rows:
        volunteers.add(volunteer_id)
        presences += 1
        check = certificate_status({"police_certificate_required": required,
                                    "police_certificate_issued": issued,
                                    "police_certificate_shown": shown,
                                    "police_certificate_renewal_years": years},
                                   _as_date(session_day))
        if check.ok_for_children:
            continue
        flagged.add(volunteer_id)
        who, count = groups.get((kind, check.status), (set(), 0))
        who.add(volunteer_id)
        groups[(kind, check.status)] = (who, count + 1)
    exceptions = tuple(sorted(
        (CertificateException(_role(kind), translate("Report", EXCEPTION_LABELS[status]),
                              len(who), count)
         for (kind, status), (who, count) in groups.items()),
        key=lambda e: (e.role, e.problem)))
    return PoliceConfirmation(len(volunteers), presences, exceptions, len(flagged))


def _as_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _money(value) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(CENT)


def _sessions(activity_ids, first, last, day) -> tuple[SessionLine, ...]:
    rows = (Session
            .select(Session.date, Session.start_time, Session.place, Session.topic,
                    Session.cancelled, held_sessions.registered().alias("registered"),
                    Activity.name, Activity.place)
            .join(Activity)
            .where(Session.activity.in_(list(activity_ids)) & (Session.date >= first)
                   & (Session.date <= last))
            .tuples())
    out = []
    for session_day, start, place, topic, cancelled, registered, name, activity_place in rows:
        session_day = _as_date(session_day)
        year, week, _weekday = session_day.isocalendar()
        out.append((session_day, start or datetime.time(0), name,
                    SessionLine(session_day, year, week, name, (place or activity_place or "")
                                .strip(), (topic or "").strip(),
                                held_sessions.state(bool(cancelled), session_day,
                                                    bool(registered), day))))
    out.sort(key=lambda r: (r[0], r[1], r[2].casefold()))
    return tuple(r[3] for r in out)


def grant_compliance(stats: GrantStatistics, *, report_day: datetime.date | None = None
                     ) -> Compliance:
    """The compliance part for the application and period of ``stats`` (the figures already
    worked out), as of ``report_day`` (the day the report is made; today by default)."""
    permissions.require(permissions.VIEW_STATISTICS)
    made_on = report_day or datetime.date.today()
    app = (Application.select(Application, Funder, FunderScheme)
           .join(Funder).switch(Application).join(FunderScheme, JOIN.LEFT_OUTER)
           .where(Application.id == stats.application_id).first())
    if app is None:
        raise RecordGone("Søknaden finnes ikke lenger. Den kan være slettet av en kollega.")
    scheme = app.scheme if app.scheme_id else None
    limit = (DEFAULT_VARIANCE_PERCENT if scheme is None or scheme.variance_threshold_percent
             is None else Decimal(scheme.variance_threshold_percent).quantize(TENTH))
    gaps: list[str] = []

    conditions = tuple(ConditionLine(c.text, c.status or "", c.comment) for c in
                       GrantCondition.select().where(GrantCondition.application == app.id)
                       .order_by(GrantCondition.sort_order, GrantCondition.id))
    for condition in conditions:
        if not condition.status:
            gaps.append(translate("Report", "Vilkåret «{condition}» er ikke vurdert.").format(
                condition=short_text(condition.text)))

    report_date = app.signed_on or made_on
    final = stats.period_to >= app.period_end
    deadline = ReportDeadline(
        "final_report" if final else "progress_report",
        translate("Report", "Sluttrapport") if final else translate("Report", "Fremdriftsrapport"),
        app.deadline_final_report if final else app.deadline_progress_report, report_date,
        app.deadline_accounts if final else None)

    auditor = auditor_requirement(
        _money(app.amount_granted), _money(scheme.auditor_threshold) if scheme else None,
        bool(scheme.auditor_always) if scheme else False, (app.funder.audit_notes or "").strip())

    linked = [a for (a,) in ActivityApplication.select(ActivityApplication.activity)
              .where(ActivityApplication.application == app.id).tuples()]
    day = held_sessions.as_of(stats.period_to, made_on)
    police = police_confirmation(linked, stats.period_from, stats.period_to, day)

    explanations = dict(BudgetLine.select(BudgetLine.id, BudgetLine.variance_explanation)
                        .where(BudgetLine.application == app.id).tuples())
    finished = stats.period_to <= made_on
    lines = []
    for line in stats.budget.lines:
        explanation = (explanations.get(line.budget_line_id) or "").strip()
        item = BudgetLineCompliance(
            line.budget_line_id, line.name, line.budgeted, line.spent, line.variance,
            variance_percent(line.variance, line.budgeted),
            needs_explanation(line.budgeted, line.spent, limit, finished=finished), explanation)
        lines.append(item)
        if item.missing_explanation:
            gaps.append(translate("Report", "Budsjettposten «{line}» avviker med {percent} og "
                                  "mangler forklaring.").format(
                line=line.name, percent=_percent_text(item.variance_percent, item.variance)))

    in_kind = []
    for k in (InKindContribution.select().where(InKindContribution.application == app.id)
              .order_by(InKindContribution.sort_order, InKindContribution.id)):
        hours, rate = _money(k.hours), _money(k.rate)
        value = ((hours * rate).quantize(CENT, rounding=ROUND_HALF_UP)
                 if hours is not None and rate is not None else _money(k.amount))
        in_kind.append(InKindLine(k.kind, in_kind_kind_text(k.kind), k.description, hours, rate,
                                  value))
    v = stats.volunteers
    if v.hours:
        in_kind.append(InKindLine(
            "volunteer_hours", translate("Report", VOLUNTEER_HOURS),
            translate("Report", "{count} frivillige på {presences} vakter, registrert på "
                      "samlingene").format(count=number(v.unique), presences=number(v.presences)),
            v.hours, v.hour_rate, v.in_kind_value))

    team = team_identity()
    signature = Signature(app.signer_name.strip(), app.signer_role.strip(), report_date,
                          app.signed_place.strip(), team.display_name, team.organisation_number)
    has_letter = bool(app.grant_letter_date or app.grant_letter_reference.strip() or conditions)
    if has_letter and not signature.name:   # a report under a grant letter is signed by name
        gaps.append(translate("Report", "Navnet på den som skriver under rapporten mangler."))

    return Compliance(
        grant_letter_date=app.grant_letter_date,
        grant_letter_reference=app.grant_letter_reference.strip(), conditions=conditions,
        deadline=deadline, auditor=auditor, police=police, variance_limit=limit,
        budget_lines=tuple(lines), in_kind=tuple(in_kind),
        sessions=_sessions(linked, stats.period_from, stats.period_to, day),
        signature=signature, gaps=tuple(gaps))


def short_text(text: str, limit: int = 80) -> str:
    """The text on one line, cut after the last whole word that fits."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,.;:") + "…"


def _percent_text(percent: Decimal | None, variance: Decimal) -> str:
    if percent is None:
        return money(variance)
    return f"{number(abs(percent), 1)}\u00a0%"


def deadline_text(deadline: ReportDeadline) -> str:
    """One sentence: the deadline, the report's date and whether it is on time."""
    if deadline.due is None:
        return translate("Report", "Søknaden har ingen frist for {kind} registrert. Skriv "
                         "fristen fra tilsagnsbrevet under Status og frister.").format(
            kind=deadline.label.lower())
    head = translate("Report", "Frist for {kind}: {due}. Rapporten er datert {date}").format(
        kind=deadline.label.lower(), due=date_no(deadline.due), date=date_no(deadline.report_date))
    left = deadline.days_left
    if left == 0:
        tail = translate("Report", "og sendes i tide, på fristdagen.")
    elif left > 0:
        tail = translate("Report", "og sendes i tide, {days} dager før fristen.").format(
            days=number(left)) if left != 1 else translate(
            "Report", "og sendes i tide, 1 dag før fristen.")
    else:
        tail = translate("Report", "og er {days} dager på overtid.").format(
            days=number(-left)) if left != -1 else translate("Report", "og er 1 dag på overtid.")
    return f"{head} {tail}"
