"""Personal data: retention rules, erasure that keeps the statistics, and access requests (innsyn).

Anonymising a resident removes what identifies them (name, contact data, notes, language,
consents, household and guardian links, site, the change-log details) but keeps the birth
date, gender and attendance rows, so grant figures already reported do not change. The birth
date stays because a funder's age bands can fall on any day: with only a year, a child could
move between bands and a past report would no longer add up.
"""
import datetime
import json
from dataclasses import dataclass, field

from peewee import fn

from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Attendance,
    ChangeLog,
    Consent,
    Enrolment,
    Guardian,
    Household,
    Resident,
    Session,
    Volunteer,
    VolunteerLanguage,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain import permissions, records
from samvirke_desktop.domain.settings_store import read_setting, write_setting
from samvirke_desktop.errors import RecordGone, ValidationError

RETENTION_KEY = "privacy.retention"
PURPOSES_KEY = "privacy.purposes"
LEGAL_BASIS_KEY = "privacy.legal_basis"
ANONYMOUS_NAME = "Anonymisert"

DEFAULT_PURPOSES = (
    "Planlegge og gjennomføre aktiviteter for beboere i kommunale boliger og nærmiljøet, "
    "holde kontakt med deltakere, foresatte og frivillige, sikre at frivillige som arbeider med "
    "barn har gyldig politiattest, og rapportere tall uten navn til tilskuddsgivere.")
DEFAULT_LEGAL_BASIS = (
    "Personvernforordningen artikkel 6 nr. 1 bokstav e: oppgave i allmennhetens interesse som "
    "bydelen er pålagt. Samtykke (artikkel 6 nr. 1 bokstav a) for det som er frivillig, som "
    "bilder og SMS; for barn under 15 år gir foresatte samtykket. Skriv inn bydelens "
    "supplerende rettsgrunnlag her.")
MAX_RETENTION_MONTHS = 120


@dataclass(frozen=True)
class RetentionRules:
    resident_inactive_months: int = 24     # no attendance (and no change) for this long
    volunteer_after_end_months: int = 12   # after the volunteer's end date
    clear_certificate_on_leaving: bool = True  # police-certificate dates once the volunteer has left


def retention_rules() -> RetentionRules:
    return rules_from_stored(read_setting(RETENTION_KEY, {}))


def rules_from_stored(stored) -> RetentionRules:
    """The rules from the stored JSON value; anything unreadable gives the defaults."""
    if not isinstance(stored, dict):
        return RetentionRules()
    defaults = RetentionRules()
    return RetentionRules(
        resident_inactive_months=int(stored.get("resident_inactive_months",
                                                defaults.resident_inactive_months)),
        volunteer_after_end_months=int(stored.get("volunteer_after_end_months",
                                                  defaults.volunteer_after_end_months)),
        clear_certificate_on_leaving=bool(stored.get("clear_certificate_on_leaving",
                                                     defaults.clear_certificate_on_leaving)),
    )


@dataclass(frozen=True)
class PrivacyStatement:
    """Why the team keeps personal data and on what legal basis: shown in the program and
    printed in exports and access reports."""
    purposes: str
    legal_basis: str


def privacy_statement() -> PrivacyStatement:
    def text(key: str, default: str) -> str:
        value = read_setting(key, "")
        return value.strip() if isinstance(value, str) and value.strip() else default

    return PrivacyStatement(text(PURPOSES_KEY, DEFAULT_PURPOSES),
                            text(LEGAL_BASIS_KEY, DEFAULT_LEGAL_BASIS))


@write
def save_privacy_settings(purposes: str, legal_basis: str, rules: RetentionRules) -> None:
    """Store the purposes, the legal basis and the retention rules (administrators only)."""
    permissions.require(permissions.MANAGE_SETTINGS)
    errors = {}
    if not purposes.strip():
        errors["purposes"] = "Skriv hva personopplysningene brukes til."
    if not legal_basis.strip():
        errors["legal_basis"] = "Skriv rettsgrunnlaget for behandlingen."
    for name, months in (("resident_inactive_months", rules.resident_inactive_months),
                         ("volunteer_after_end_months", rules.volunteer_after_end_months)):
        if not 1 <= months <= MAX_RETENTION_MONTHS:
            errors[name] = f"Velg mellom 1 og {MAX_RETENTION_MONTHS} måneder."
    if errors:
        raise ValidationError(errors)
    write_setting(PURPOSES_KEY, purposes.strip())
    write_setting(LEGAL_BASIS_KEY, legal_basis.strip())
    write_setting(RETENTION_KEY, {
        "resident_inactive_months": rules.resident_inactive_months,
        "volunteer_after_end_months": rules.volunteer_after_end_months,
        "clear_certificate_on_leaving": rules.clear_certificate_on_leaving,
    })


def backup_max_age_months(rules: RetentionRules) -> int:
    """Backups are kept no longer than the shortest retention period (and at most 12 months),
    so a person erased under the rules does not live on in an old copy."""
    return max(1, min(12, rules.resident_inactive_months, rules.volunteer_after_end_months))


def months_before(day: datetime.date, months: int) -> datetime.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last_day = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last_day))


# --- what is due ---------------------------------------------------------------

@dataclass(frozen=True)
class DueItem:
    kind: str        # "resident", "volunteer", "certificate"
    record_id: int
    name: str
    reason: str
    since: datetime.date | None


def due_for_erasure(today: datetime.date, rules: RetentionRules | None = None) -> list[DueItem]:
    """Everything that has passed its retention rule on ``today`` (the «Til sletting» page)."""
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    rules = rules or retention_rules()
    items: list[DueItem] = []

    cutoff = months_before(today, rules.resident_inactive_months)
    last_seen = (Attendance.select(Attendance.resident, fn.MAX(Session.date).alias("last"))
                 .join(Session).group_by(Attendance.resident))
    last_by_resident = {r: d for r, d in last_seen.tuples()}
    for r in (Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                              Resident.created_at, Resident.updated_at)
              .where(Resident.anonymised_at.is_null())):
        last = last_by_resident.get(r.id)
        last_day = _as_date(last) if last else None
        touched = _as_date(max(r.created_at, r.updated_at))
        since = max(d for d in (last_day, touched) if d is not None)
        if since < cutoff:
            reason = (f"Ikke møtt siden {since:%d.%m.%Y}" if last_day
                      else f"Aldri registrert på en aktivitet, sist endret {since:%d.%m.%Y}")
            items.append(DueItem("resident", r.id, _name(r), reason, since))

    volunteer_cutoff = months_before(today, rules.volunteer_after_end_months)
    for v in Volunteer.select().where(Volunteer.anonymised_at.is_null()
                                      & Volunteer.end_date.is_null(False)):
        if v.end_date < volunteer_cutoff:
            items.append(DueItem("volunteer", v.id, _name(v),
                                 f"Sluttet {v.end_date:%d.%m.%Y}", v.end_date))
        elif (rules.clear_certificate_on_leaving and v.end_date <= today
              and _has_certificate_dates(v)):
            items.append(DueItem("certificate", v.id, _name(v),
                                 f"Sluttet {v.end_date:%d.%m.%Y}", v.end_date))
    return items


def _as_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value


def _name(row) -> str:
    return " ".join(p for p in (row.first_name, row.last_name) if p)


def _has_certificate_dates(v: Volunteer) -> bool:
    return any((v.police_certificate_requested, v.police_certificate_issued,
                v.police_certificate_shown, v.police_certificate_checked_by,
                v.police_certificate_body))


# --- erasure -------------------------------------------------------------------

def _scrub_change_log(resident_id: int | None = None, table: str | None = None,
                      record_ids: list[int] | None = None) -> None:
    condition = None
    if resident_id is not None:
        condition = ChangeLog.resident_id == resident_id
    if table and record_ids:
        by_record = (ChangeLog.table_name == table) & ChangeLog.record_id.in_(record_ids)
        condition = by_record if condition is None else (condition | by_record)
    if condition is not None:
        ChangeLog.update(changes="{}", summary="(anonymisert)").where(condition).execute()


@write
def anonymise_resident(resident_id: int) -> None:
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise RecordGone("Beboeren finnes ikke lenger.")
    guardian_ids = [g.id for g in Guardian.select(Guardian.id).where(
        (Guardian.child == resident_id) | (Guardian.guardian == resident_id))]
    consent_ids = [c.id for c in Consent.select(Consent.id).where(Consent.resident == resident_id)]
    Guardian.delete().where(Guardian.id.in_(guardian_ids)).execute()
    Consent.delete().where(Consent.id.in_(consent_ids)).execute()
    Volunteer.update(resident=None).where(Volunteer.resident == resident_id).execute()
    now = datetime.datetime.now().replace(microsecond=0)
    Resident.update(
        first_name=ANONYMOUS_NAME, last_name="", phone="", email="", language="",
        interpreter_needed=False, notes="", storage_basis="", household=None, site=None,
        needs_completion=False, archived=True, anonymised_at=now, search_text="",
        version=Resident.version + 1, updated_at=now, updated_by="",
    ).where(Resident.id == resident_id).execute()
    # A household left with nobody in it only holds a family name: it goes too.
    if resident.household_id and not Resident.select().where(
            Resident.household == resident.household_id).exists():
        Household.delete().where(Household.id == resident.household_id).execute()
        _scrub_change_log(table="household", record_ids=[resident.household_id])
    _scrub_change_log(resident_id=resident_id)
    _scrub_change_log(table="guardian", record_ids=guardian_ids)
    _scrub_change_log(table="consent", record_ids=consent_ids)
    records.log_change("anonymise", "resident", resident_id, resident_id=resident_id,
                       summary="Beboer anonymisert")


@write
def anonymise_volunteer(volunteer_id: int) -> None:
    """Remove a volunteer who has left; hours already given stay as anonymous rows."""
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    if not VolunteerPresence.select().where(VolunteerPresence.volunteer == volunteer_id).exists():
        for link in (VolunteerSkill, VolunteerLanguage, ActivityVolunteer):
            link.delete().where(link.volunteer == volunteer_id).execute()
        Volunteer.delete().where(Volunteer.id == volunteer_id).execute()
        _scrub_change_log(table="volunteer", record_ids=[volunteer_id])
        records.log_change("delete", "volunteer", volunteer_id, summary="Frivillig slettet")
        return
    now = datetime.datetime.now().replace(microsecond=0)
    for link in (VolunteerSkill, VolunteerLanguage, ActivityVolunteer):
        link.delete().where(link.volunteer == volunteer_id).execute()
    Volunteer.update(
        first_name=ANONYMOUS_NAME, last_name="", resident=None, phone="", email="", birth_year=None,
        availability="", notes="", archived=True, anonymised_at=now, search_text="",
        police_certificate_requested=None, police_certificate_issued=None,
        police_certificate_shown=None, police_certificate_checked_by="",
        police_certificate_body="", confidentiality_signed=None,
        version=Volunteer.version + 1, updated_at=now, updated_by="",
    ).where(Volunteer.id == volunteer_id).execute()
    _scrub_change_log(table="volunteer", record_ids=[volunteer_id])
    records.log_change("anonymise", "volunteer", volunteer_id, summary="Frivillig anonymisert")


@write
def clear_certificate_dates(volunteer_id: int) -> None:
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    Volunteer.update(police_certificate_requested=None, police_certificate_issued=None,
                     police_certificate_shown=None, police_certificate_checked_by="",
                     police_certificate_body="", version=Volunteer.version + 1,
                     ).where(Volunteer.id == volunteer_id).execute()
    records.log_change("update", "volunteer", volunteer_id,
                       summary="Politiattest-opplysninger slettet etter sluttdato")


@write
def erase_due(items: list[DueItem]) -> int:
    """Carry out every item in one step (one transaction): all or nothing."""
    for item in items:
        if item.kind == "resident":
            anonymise_resident(item.record_id)
        elif item.kind == "volunteer":
            anonymise_volunteer(item.record_id)
        elif item.kind == "certificate":
            clear_certificate_dates(item.record_id)
    return len(items)


# --- access requests (innsyn) -------------------------------------------------------

# Every table with a foreign key to Resident, and how the access export covers it. A test
# fails when a table referring to residents is added without being listed here.
COVERED_REFERENCES = {
    ("guardian", "child"), ("guardian", "guardian"), ("consent", "resident"),
    ("volunteer", "resident"), ("enrolment", "resident"), ("attendance", "resident"),
}


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
    change_log: list[dict] = field(default_factory=list)
    purposes: str = ""       # why the team keeps the data, from the settings
    legal_basis: str = ""

    def as_dict(self) -> dict:
        return {
            "formål": self.purposes, "rettsgrunnlag": self.legal_basis,
            "beboer": self.resident, "husstand": self.household, "foresatte": self.guardians,
            "foresatt_for": self.wards, "samtykker": self.consents, "påmeldinger": self.enrolments,
            "oppmøte": self.attendance, "frivillig": self.volunteer,
            "frivillige_timer": self.volunteer_presence, "endringslogg": self.change_log,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2, default=str)


_HIDDEN = {"search_text", "password_hash"}


def _fields(row) -> dict:
    return {k: v for k, v in row.__data__.items() if k not in _HIDDEN}


def access_export(resident_id: int) -> AccessExport:
    """Everything Samvirke stores about one resident. The export itself is logged."""
    permissions.require(permissions.EXPORT_PERSONAL_DATA)
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise RecordGone("Beboeren finnes ikke.")
    household = resident.household
    statement = privacy_statement()
    export = AccessExport(resident=_fields(resident),
                          household=_fields(household) if household else None,
                          purposes=statement.purposes, legal_basis=statement.legal_basis)
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
    export.change_log = [
        {"tidspunkt": c.at, "bruker": c.username, "handling": c.action, "tabell": c.table_name,
         "post": c.record_id, "endringer": json.loads(c.changes or "{}")}
        for c in ChangeLog.select().where(ChangeLog.resident_id == resident_id).order_by(ChangeLog.at)]
    _log_export(resident_id)
    return export


@write
def _log_export(resident_id: int) -> None:
    records.log_change("export", "resident", resident_id, resident_id=resident_id,
                       summary="Innsyn: alle opplysninger om beboeren eksportert")
