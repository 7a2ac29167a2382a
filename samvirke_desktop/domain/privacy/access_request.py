"""Access requests (innsyn): everything Samvirke stores about one resident, for the access
report (PDF) and its JSON twin, with what the person has a right to know beside the data
(GDPR art. 15): why and on what basis, how long each kind of record is kept and the day it
comes up for erasure, where it came from, who receives what, and who answers for it.

This module gathers the facts; ``reports.access_report`` puts them in words (bokmål or
English). Nothing is exported until the team's legal basis, controller and data protection
officer are filled in (``retention.complete_privacy_statement``).
"""
import datetime
import json
from dataclasses import dataclass, field, replace

from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    ActivityPhoto,
    ActivityPhotoPerson,
    Application,
    Attendance,
    ChangeLog,
    Consent,
    Enrolment,
    Funder,
    Guardian,
    Resident,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.privacy.controller import Contact
from samvirke_desktop.domain.privacy.retention import (
    RetentionRules,
    backup_max_age_months,
    complete_privacy_statement,
    months_before,
    retention_rules,
)
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.errors import RecordGone

# Every table with a foreign key to Resident, and how the access export covers it. A test
# fails when a table referring to residents is added without being listed here.
COVERED_REFERENCES = {
    ("guardian", "child"), ("guardian", "guardian"), ("consent", "resident"),
    ("volunteer", "resident"), ("enrolment", "resident"), ("attendance", "resident"),
    ("activity_photo_person", "resident"),
}


# --- what the person has a right to know beside the data --------------------------------

# Kinds of record with a retention rule, in the order the report lists them.
RETENTION_KINDS = ("resident", "attendance", "change_log", "volunteer", "certificate", "backup")
# When a kind of record comes up for erasure: on a day to come, already (the team has not
# erased it yet), not yet known (still taking part), already anonymised, or a fixed period
# with no day of its own (backups).
DATE, DUE, ACTIVE, ANONYMISED, PERIOD = "date", "due", "active", "anonymised", "period"


@dataclass(frozen=True)
class RetentionFact:
    """How long one kind of the person's records is kept and when it comes up for erasure."""
    kind: str                          # one of RETENTION_KINDS
    months: int | None                 # the rule's length; None: when the volunteer leaves
    state: str                         # DATE, DUE, ACTIVE, ANONYMISED or PERIOD
    # The day it is listed under «Til sletting» (ACTIVE: the day it would be without more
    # attendance; None for a volunteer with no end date).
    due: datetime.date | None = None
    counted_from: datetime.date | None = None   # last attendance or change, or end date
    ongoing: tuple[str, ...] = ()      # the activities the person is still enrolled in

    def as_dict(self) -> dict:
        return {"type": self.kind, "måneder": self.months, "status": self.state,
                "slettes": self.due, "regnet_fra": self.counted_from,
                "pågående_aktiviteter": list(self.ongoing)}


@dataclass(frozen=True)
class SourceFact:
    """Where some of the data came from."""
    kind: str    # registered, imported, guardians, guardian_of, attendance, attendance_import
    record: str  # resident, volunteer or attendance
    on: datetime.date | None = None
    by: str = ""
    file: str = ""
    names: tuple[str, ...] = ()    # the guardians, the children, or the activity

    def as_dict(self) -> dict:
        return {"type": self.kind, "gjelder": self.record, "dato": self.on, "av": self.by,
                "fil": self.file, "navn": list(self.names)}


@dataclass
class AccessExport:
    resident: dict
    household: dict | None
    guardians: list[dict] = field(default_factory=list)
    wards: list[dict] = field(default_factory=list)
    consents: list[dict] = field(default_factory=list)
    enrolments: list[dict] = field(default_factory=list)
    attendance: list[dict] = field(default_factory=list)
    volunteer: list[dict] = field(default_factory=list)
    volunteer_presence: list[dict] = field(default_factory=list)
    photos: list[dict] = field(default_factory=list)
    change_log: list[dict] = field(default_factory=list)
    purposes: str = ""       # why the team keeps the data, from the settings
    legal_basis: str = ""
    controller: Contact = field(default_factory=Contact)
    data_protection_officer: Contact = field(default_factory=Contact)
    retention: list[RetentionFact] = field(default_factory=list)
    sources: list[SourceFact] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)  # get figures for the person's activities
    made_on: datetime.date | None = None

    def as_dict(self) -> dict:
        return {
            "formål": self.purposes, "rettsgrunnlag": self.legal_basis,
            "behandlingsansvarlig": self.controller.as_dict(),
            "personvernombud": self.data_protection_officer.as_dict(),
            "lagringstid": [r.as_dict() for r in self.retention],
            "kilder": [s.as_dict() for s in self.sources],
            "tilskuddsgivere": self.funders, "laget": self.made_on,
            "beboer": self.resident, "husstand": self.household, "foresatte": self.guardians,
            "foresatt_for": self.wards, "samtykker": self.consents, "påmeldinger": self.enrolments,
            "oppmøte": self.attendance, "frivillig": self.volunteer,
            "frivillige_timer": self.volunteer_presence, "bilder": self.photos,
            "endringslogg": self.change_log,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2, default=str)


_HIDDEN = {"search_text", "password_hash"}


class ResidentAnonymised(RecordGone):
    """An anonymised row is no longer a person: there is nobody to give access to."""

    title = "Anonymisert"

    def __init__(self, resident_id: int):
        super().__init__(f"Beboer nr. {resident_id} er anonymisert: det finnes ikke lenger "
                         "opplysninger om en person å gi innsyn i.")
        self.resident_id = resident_id


def _name(row) -> str:
    return " ".join(p for p in (row.first_name, row.last_name) if p)


def _fields(row) -> dict:
    return {k: v for k, v in row.__data__.items() if k not in _HIDDEN}


def access_export(resident_id: int, *, today: datetime.date | None = None) -> AccessExport:
    """Everything Samvirke stores about one resident, as of ``today``. The export itself is
    logged.

    Raises PermissionDenied for a role that may not export personal data,
    PrivacySettingsMissing until the legal basis, controller and data protection officer are
    filled in, RecordGone when the resident no longer exists, and ResidentAnonymised (a
    RecordGone) when only the anonymised row is left."""
    permissions.require(permissions.EXPORT_PERSONAL_DATA)
    statement = complete_privacy_statement()
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise RecordGone("Beboeren finnes ikke.")
    if resident.anonymised_at is not None:
        raise ResidentAnonymised(resident_id)
    today = today or datetime.date.today()
    household = resident.household
    export = AccessExport(resident=_fields(resident),
                          household=_fields(household) if household else None,
                          purposes=statement.purposes, legal_basis=statement.legal_basis,
                          controller=statement.controller,
                          data_protection_officer=statement.data_protection_officer,
                          made_on=today)
    for g in Guardian.select().where(Guardian.child == resident_id):
        entry = _fields(g)
        if g.guardian_id:
            entry["foresatt_navn"] = _name(g.guardian)
        export.guardians.append(entry)
    for g in Guardian.select().where(Guardian.guardian == resident_id):
        entry = _fields(g)
        entry["barn_navn"] = _name(g.child)
        export.wards.append(entry)
    export.consents = [_fields(c) for c in Consent.select().where(Consent.resident == resident_id)]
    export.enrolments = [
        {**_fields(e), "aktivitet": e.activity.name}
        for e in Enrolment.select(Enrolment, Activity).join(Activity)
        .where(Enrolment.resident == resident_id)]
    export.attendance = [
        {"dato": att.session.date, "aktivitet": att.session.activity.name, "rolle": att.role,
         "til_stede": att.present, "uten_påmelding": att.walk_in}
        for att in (Attendance.select(Attendance, Session, Activity).join(Session).join(Activity)
                    .where(Attendance.resident == resident_id).order_by(Session.date))]
    volunteers = list(Volunteer.select().where(Volunteer.resident == resident_id))
    export.volunteer = [_fields(v) for v in volunteers]
    if volunteers:
        export.volunteer_presence = [
            {"dato": p.session.date, "aktivitet": p.session.activity.name, "timer": p.hours}
            for p in VolunteerPresence.select(VolunteerPresence, Session, Activity)
            .join(Session).join(Activity)
            .where(VolunteerPresence.volunteer.in_([v.id for v in volunteers]))
            .order_by(Session.date)]
    # The photos the person is shown on: which, when and the caption. The picture itself is
    # not in the export, since it shows other people too; the team can show it.
    export.photos = [
        {"bilde": photo.id, "dato": photo.taken_on, "aktivitet": photo.activity.name,
         "bildetekst": photo.caption}
        for photo in (ActivityPhoto
                      .select(ActivityPhoto.id, ActivityPhoto.taken_on, ActivityPhoto.caption,
                              Activity.id, Activity.name)
                      .join(ActivityPhotoPerson)
                      .switch(ActivityPhoto).join(Activity)
                      .where(ActivityPhotoPerson.resident == resident_id)
                      .order_by(ActivityPhoto.taken_on, ActivityPhoto.id))]
    export.change_log = [
        {"tidspunkt": c.at, "bruker": c.username, "handling": c.action, "tabell": c.table_name,
         "post": c.record_id, "endringer": json.loads(c.changes or "{}")}
        for c in ChangeLog.select().where(ChangeLog.resident_id == resident_id).order_by(ChangeLog.at)]
    rules = retention_rules()
    export.retention = retention_facts(resident, volunteers, rules, today)
    export.sources = _sources(resident, volunteers, export)
    export.funders = _funders(resident_id, volunteers)
    _log_export(resident_id)
    return export


# --- retention: the day each kind of record comes up for erasure ---------------------------

def first_due_day(counted_from: datetime.date, months: int) -> datetime.date:
    """The first day ``due_for_erasure`` lists a record whose clock started ``counted_from``:
    the first day whose cut-off (``months`` back) is after it."""
    year, month = divmod(counted_from.year * 12 + counted_from.month - 1 + months, 12)
    day = datetime.date(year, month + 1, 1)   # at most a month early; step on from there
    while not counted_from < months_before(day, months):
        day += datetime.timedelta(days=1)
    return day


def _last_seen(resident: Resident) -> datetime.date:
    """What the resident rule counts from: the last attendance, or the last change when it is
    later (as ``due_for_erasure`` does)."""
    last = (Session.select(Session.date).join(Attendance)
            .where(Attendance.resident == resident.id).order_by(Session.date.desc()).first())
    touched = _day(max(resident.created_at, resident.updated_at))
    return max(touched, _day(last.date)) if last else touched


def retention_facts(resident: Resident, volunteers: list[Volunteer], rules: RetentionRules,
                    today: datetime.date) -> list[RetentionFact]:
    months = rules.resident_inactive_months
    if resident.anonymised_at:
        person = RetentionFact("resident", months, ANONYMISED, _day(resident.anonymised_at))
    else:
        since = _last_seen(resident)
        due = first_due_day(since, months)
        ongoing = tuple(name for (name,) in (
            Activity.select(Activity.name).join(Enrolment)
            .where((Enrolment.resident == resident.id) & ~Activity.archived
                   & (Enrolment.end_date.is_null() | (Enrolment.end_date >= today)))
            .order_by(Activity.name).tuples()))
        state = ACTIVE if ongoing else (DUE if due <= today else DATE)
        person = RetentionFact("resident", months, state, due, since, ongoing)
    facts = [person]
    # Attendances stay, without the name, for the statistics; the change log loses its details
    # about the person; both on the day the person is anonymised.
    for kind in ("attendance", "change_log"):
        facts.append(RetentionFact(kind, months, person.state, person.due,
                                   person.counted_from, person.ongoing))
    for v in volunteers:
        as_volunteer = _volunteer_fact(v, rules.volunteer_after_end_months, today)
        facts.append(as_volunteer)
        if _has_certificate_dates(v):
            # Cleared when the volunteer leaves, or kept as long as the rest.
            facts.append(_volunteer_fact(v, None, today, kind="certificate")
                         if rules.clear_certificate_on_leaving
                         else replace(as_volunteer, kind="certificate"))
    facts.append(RetentionFact("backup", backup_max_age_months(rules), PERIOD))
    return facts


def _volunteer_fact(v: Volunteer, months: int | None, today: datetime.date, *,
                    kind: str = "volunteer") -> RetentionFact:
    """Counted from the end date: ``months`` after it, or on it (``months`` None)."""
    if v.anonymised_at:
        return RetentionFact(kind, months, ANONYMISED, _day(v.anonymised_at))
    if v.end_date is None:
        return RetentionFact(kind, months, ACTIVE)
    due = v.end_date if months is None else first_due_day(v.end_date, months)
    return RetentionFact(kind, months, DUE if due <= today else DATE, due, v.end_date)


def _has_certificate_dates(v: Volunteer) -> bool:
    return any((v.police_certificate_requested, v.police_certificate_issued,
                v.police_certificate_shown, v.police_certificate_checked_by,
                v.police_certificate_body))


def _day(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value


# --- where the data came from -------------------------------------------------------------

def _origin(table: str, record_id: int, created_at, record: str) -> SourceFact:
    """Typed in by the team, or imported from a spreadsheet: an import logs each record it
    creates and then one «import» row with the file and the number of rows, so a record is
    imported when it is among the last that many its creator made before that row."""
    created = (ChangeLog.select()
               .where((ChangeLog.table_name == table) & (ChangeLog.record_id == record_id)
                      & (ChangeLog.action == "create"))
               .order_by(ChangeLog.id).first())
    if created is None:   # made before the change log, or by the demo
        return SourceFact("registered", record, _day(created_at) if created_at else None)
    by_creator = ((ChangeLog.table_name == table) & (ChangeLog.username == created.username)
                  & (ChangeLog.id > created.id))
    imported = (ChangeLog.select().where(by_creator & (ChangeLog.action == "import"))
                .order_by(ChangeLog.id).first())
    if imported is not None:
        details = _json(imported.changes)
        made_before = (ChangeLog.select()
                       .where((ChangeLog.table_name == table) & (ChangeLog.action == "create")
                              & (ChangeLog.username == created.username)
                              & (ChangeLog.id >= created.id) & (ChangeLog.id < imported.id))
                       .count())
        if isinstance(details.get("rows"), int) and made_before <= details["rows"]:
            return SourceFact("imported", record, _day(imported.at), imported.username,
                              str(details.get("file") or ""))
    return SourceFact("registered", record, _day(created.at), created.username)


def _json(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _sources(resident: Resident, volunteers: list[Volunteer],
             export: "AccessExport") -> list[SourceFact]:
    sources = [_origin("resident", resident.id, resident.created_at, "resident")]
    guardians = tuple(g.get("foresatt_navn") or g.get("name") or "" for g in export.guardians)
    if any(guardians):
        sources.append(SourceFact("guardians", "resident", names=tuple(n for n in guardians if n)))
    if export.wards:
        sources.append(SourceFact("guardian_of", "resident",
                                  names=tuple(w["barn_navn"] for w in export.wards)))
    if export.attendance:
        sources.append(SourceFact("attendance", "attendance"))
        activities = dict(Activity.select(Activity.id, Activity.name)
                          .join(Session).join(Attendance)
                          .where(Attendance.resident == resident.id).distinct().tuples())
        for row in (ChangeLog.select().where((ChangeLog.action == "import")
                                             & (ChangeLog.table_name == "attendance"))
                    .order_by(ChangeLog.id)):
            details = _json(row.changes)
            if details.get("activity") in activities:
                sources.append(SourceFact("attendance_import", "attendance", _day(row.at),
                                          row.username, str(details.get("file") or ""),
                                          (activities[details["activity"]],)))
    for v in volunteers:
        sources.append(_origin("volunteer", v.id, v.created_at, "volunteer"))
    return sources


# --- who receives what ----------------------------------------------------------------------

def _funders(resident_id: int, volunteers: list[Volunteer]) -> list[str]:
    """The funders of the activities the person took part in (as participant or volunteer):
    they get figures without names."""
    activity_ids = {a for (a,) in Enrolment.select(Enrolment.activity)
                    .where(Enrolment.resident == resident_id).tuples()}
    activity_ids |= {a for (a,) in Session.select(Session.activity).join(Attendance)
                     .where(Attendance.resident == resident_id).tuples()}
    if volunteers:
        activity_ids |= {a for (a,) in Session.select(Session.activity).join(VolunteerPresence)
                         .where(VolunteerPresence.volunteer.in_([v.id for v in volunteers]))
                         .tuples()}
    if not activity_ids:
        return []
    return [name for (name,) in (
        Funder.select(Funder.name).join(Application).join(ActivityApplication)
        .where(ActivityApplication.activity.in_(sorted(activity_ids)))
        .distinct().order_by(Funder.name).tuples())]


@write
def _log_export(resident_id: int) -> None:
    record_changes.log_change("export", "resident", resident_id, resident_id=resident_id,
                              summary="Innsyn: alle opplysninger om beboeren eksportert")
