"""How long personal data is kept: the team's retention rules, purposes and legal basis, and
what is due for erasure today.

The rules live in the shared settings (Innstillinger → Personvern); ``due_for_erasure`` lists
what has passed its time, and ``erasure`` removes it. The legal basis has no default: the
team writes its own (``SUGGESTED_LEGAL_BASIS`` is a start to edit), and the access report is
refused until it and the contacts in ``controller`` are filled in (``PrivacyStatement.missing``)."""
import datetime
from dataclasses import dataclass

from peewee import fn

from samvirke_desktop.db.models import (
    Attendance,
    Resident,
    Session,
    Volunteer,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.privacy import controller as contacts
from samvirke_desktop.domain.privacy.controller import Contact
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.team.settings_store import read_setting, write_setting
from samvirke_desktop.domain.validation import FieldErrors
from samvirke_desktop.errors import SamvirkeError

RETENTION_KEY = "privacy.retention"
PURPOSES_KEY = "privacy.purposes"
LEGAL_BASIS_KEY = "privacy.legal_basis"
ANONYMOUS_NAME = "Anonymisert"

DEFAULT_PURPOSES = (
    "Planlegge og gjennomføre aktiviteter for beboere i kommunale boliger og nærmiljøet, "
    "holde kontakt med deltakere, foresatte og frivillige, sikre at frivillige som arbeider med "
    "barn har gyldig politiattest, og rapportere tall uten navn til tilskuddsgivere.")
# Offered in Personvern as a start; the bracketed sentence must be replaced by the bydel's own
# basis in law before the text counts as filled in (older databases may hold it as saved).
LEGAL_BASIS_PLACEHOLDER = "Skriv inn bydelens supplerende rettsgrunnlag her."
SUGGESTED_LEGAL_BASIS = (
    "Personvernforordningen artikkel 6 nr. 1 bokstav e: oppgave i allmennhetens interesse som "
    "bydelen er pålagt. Samtykke (artikkel 6 nr. 1 bokstav a) for det som er frivillig, som "
    f"bilder og SMS; for barn under 15 år gir foresatte samtykket. [{LEGAL_BASIS_PLACEHOLDER}]")
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
    """Why the team keeps personal data, on what legal basis and who answers for it: shown in
    the program and printed in exports and access reports."""
    purposes: str
    legal_basis: str   # "" until the team has written it
    controller: Contact = Contact()
    data_protection_officer: Contact = Contact()

    def missing(self) -> list[str]:
        """What the access report lacks, in words for a message; empty when all is filled in."""
        missing = []
        if not self.legal_basis:
            missing.append("rettsgrunnlaget")
        elif LEGAL_BASIS_PLACEHOLDER in self.legal_basis:
            missing.append(f"rettsgrunnlaget (teksten «{LEGAL_BASIS_PLACEHOLDER}» står der "
                           "fortsatt)")
        return missing + contacts.missing_parts(self.controller, self.data_protection_officer)


class PrivacySettingsMissing(SamvirkeError):
    title = "Personvern er ikke fylt ut"


def privacy_statement() -> PrivacyStatement:
    def text(key: str, default: str) -> str:
        value = read_setting(key, "")
        return value.strip() if isinstance(value, str) and value.strip() else default

    return PrivacyStatement(text(PURPOSES_KEY, DEFAULT_PURPOSES), text(LEGAL_BASIS_KEY, ""),
                            contacts.controller(), contacts.data_protection_officer())


def complete_privacy_statement() -> PrivacyStatement:
    """The statement, or PrivacySettingsMissing saying what is missing and where to fill it in."""
    statement = privacy_statement()
    missing = statement.missing()
    if missing:
        listed = missing[0] if len(missing) == 1 else (
            f"{', '.join(missing[:-1])} og {missing[-1]}")
        raise PrivacySettingsMissing(
            "Innsynsrapporten kan ikke lages før bydelens personvernopplysninger er fylt inn. "
            f"Mangler: {listed}. Fyll det inn under Innstillinger → Personvern (en "
            "administrator kan gjøre det), og lag rapporten på nytt.")
    return statement


@write
def save_privacy_settings(purposes: str, legal_basis: str, rules: RetentionRules, *,
                          controller_contact: Contact | None = None,
                          dpo: Contact | None = None) -> None:
    """Store the purposes, the legal basis, the retention rules and, when given, the
    controller and data protection officer (administrators only).

    The legal basis and the contacts may be left empty for now (the access report says what is
    missing); what is given must be right."""
    permissions.require(permissions.MANAGE_SETTINGS)
    errors = FieldErrors()
    if not purposes.strip():
        errors.add("purposes", "Skriv hva personopplysningene brukes til.")
    if LEGAL_BASIS_PLACEHOLDER in legal_basis:
        errors.add("legal_basis", f"Bytt ut «[{LEGAL_BASIS_PLACEHOLDER}]» i rettsgrunnlaget med "
                                  "bydelens eget rettsgrunnlag (loven og paragrafen), eller "
                                  "stryk setningen.")
    for name, months in (("resident_inactive_months", rules.resident_inactive_months),
                         ("volunteer_after_end_months", rules.volunteer_after_end_months)):
        if not 1 <= months <= MAX_RETENTION_MONTHS:
            errors.add(name, f"Velg mellom 1 og {MAX_RETENTION_MONTHS} måneder.")
    if controller_contact is not None or dpo is not None:
        stored = privacy_statement()
        controller_contact, dpo = contacts.checked(
            controller_contact or stored.controller, dpo or stored.data_protection_officer,
            errors)
    errors.raise_if_any()
    write_setting(PURPOSES_KEY, purposes.strip())
    write_setting(LEGAL_BASIS_KEY, legal_basis.strip())
    write_setting(RETENTION_KEY, {
        "resident_inactive_months": rules.resident_inactive_months,
        "volunteer_after_end_months": rules.volunteer_after_end_months,
        "clear_certificate_on_leaving": rules.clear_certificate_on_leaving,
    })
    if controller_contact is not None:
        contacts.store(controller_contact, dpo)


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
