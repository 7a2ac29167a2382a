"""Frivillige: reading, checking and saving one volunteer with skills, languages and the
police certificate check.

Only the fact that a police certificate was seen is stored (dates, who saw it, the body
responsible, the renewal interval), never the certificate. Skills and languages are pick
lists that grow: a name typed that is not there yet becomes a new choice for everyone
(matched case- and accent-folded, so "matte" picks "Matte"). A volunteer with hours or a
place on an activity is archived, never deleted, so hour statements stay true.
"""
import datetime
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import (
    ActivityVolunteer,
    Language,
    Resident,
    Skill,
    Volunteer,
    VolunteerLanguage,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.free_text import clean_line, clean_notes
from samvirke_desktop.domain.people.duplicates import PossibleDuplicate, find_duplicate_volunteers
from samvirke_desktop.domain.people.police_certificate import DEFAULT_RENEWAL_YEARS
from samvirke_desktop.domain.person_names import full_name
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.team.record_rows import (
    History,
    counted,
    refuse_delete_if_history,
    sync_links,
    touch,
)
from samvirke_desktop.domain.validation import (
    FieldErrors,
    InvalidValue,
    parse_date,
    validate_birth_year,
    validate_email,
    validate_phone,
)
from samvirke_desktop.domain.vocabulary import WEEKDAY_LABELS
from samvirke_desktop.errors import PermissionDenied, RecordGone

GONE = "Den frivillige finnes ikke lenger. En kollega kan ha slettet oppføringen."
MIN_RENEWAL_YEARS, MAX_RENEWAL_YEARS = 1, 10
DATE_FIELDS = ("start_date", "end_date", "police_certificate_requested",
               "police_certificate_issued", "police_certificate_shown", "confidentiality_signed")


@dataclass(frozen=True)
class VolunteerRecord:
    id: int
    version: int
    first_name: str
    last_name: str
    birth_year: int | None
    phone: str
    email: str
    resident_id: int | None
    availability: tuple[int, ...]           # ISO weekdays
    start_date: datetime.date | None
    end_date: datetime.date | None
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    police_certificate_required: bool
    police_certificate_requested: datetime.date | None
    police_certificate_issued: datetime.date | None
    police_certificate_shown: datetime.date | None
    police_certificate_checked_by: str
    police_certificate_body: str
    police_certificate_renewal_years: int
    confidentiality_signed: datetime.date | None
    notes: str
    archived: bool
    anonymised: bool
    history: History = field(default_factory=History)

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)


def can_edit() -> bool:
    return permissions.can(permissions.EDIT_PEOPLE)


def parse_weekdays(text: str | None) -> tuple[int, ...]:
    """"2,4" → (2, 4); anything else in the stored text is left out."""
    days = set()
    for part in (text or "").split(","):
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= 7:
            days.add(int(part))
    return tuple(sorted(days))


def weekdays_text(days: Iterable[int]) -> str:
    """(2, 4) → "tirsdag og torsdag"."""
    names = [WEEKDAY_LABELS[d] for d in sorted(set(days)) if d in WEEKDAY_LABELS]
    if len(names) > 1:
        return ", ".join(names[:-1]) + " og " + names[-1]
    return names[0] if names else ""


# --- reading ------------------------------------------------------------------------------

def _names(link_model, target_model, attribute: str, volunteer_id: int) -> tuple[str, ...]:
    query = (target_model.select(target_model.name)
             .join(link_model, on=(getattr(link_model, attribute) == target_model.id))
             .where(link_model.volunteer == volunteer_id))
    return tuple(sorted((name for (name,) in query.tuples()), key=fold))


def volunteer_history(volunteer_id: int) -> History:
    sessions = VolunteerPresence.select().where(VolunteerPresence.volunteer == volunteer_id).count()
    activities = (ActivityVolunteer.select()
                  .where(ActivityVolunteer.volunteer == volunteer_id).count())
    return History((counted(sessions, "registrert samling med timer",
                            "registrerte samlinger med timer"),
                    counted(activities, "fast aktivitet", "faste aktiviteter")))


def load_volunteer(volunteer_id: int) -> VolunteerRecord:
    if permissions.people_scope() is not None:
        raise PermissionDenied("Rollen din gir ikke tilgang til å åpne frivillige.")
    v = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if v is None:
        raise RecordGone(GONE)
    return VolunteerRecord(
        id=v.id, version=v.version, first_name=v.first_name, last_name=v.last_name,
        birth_year=v.birth_year, phone=v.phone, email=v.email, resident_id=v.resident_id,
        availability=parse_weekdays(v.availability), start_date=v.start_date,
        end_date=v.end_date, skills=_names(VolunteerSkill, Skill, "skill", v.id),
        languages=_names(VolunteerLanguage, Language, "language", v.id),
        police_certificate_required=bool(v.police_certificate_required),
        police_certificate_requested=v.police_certificate_requested,
        police_certificate_issued=v.police_certificate_issued,
        police_certificate_shown=v.police_certificate_shown,
        police_certificate_checked_by=v.police_certificate_checked_by,
        police_certificate_body=v.police_certificate_body,
        police_certificate_renewal_years=v.police_certificate_renewal_years
        or DEFAULT_RENEWAL_YEARS,
        confidentiality_signed=v.confidentiality_signed, notes=v.notes,
        archived=bool(v.archived), anonymised=v.anonymised_at is not None,
        history=volunteer_history(v.id))


def skill_choices() -> list[str]:
    return sorted((name for (name,) in Skill.select(Skill.name).tuples()), key=fold)


def language_choices() -> list[str]:
    return sorted((name for (name,) in Language.select(Language.name).tuples()), key=fold)


def resident_choices() -> list[tuple[int, str]]:
    """Adult residents a volunteer may also be (a resident who helps out)."""
    from samvirke_desktop.domain.people.resident_record import guardian_choices

    return guardian_choices()


# --- checking -----------------------------------------------------------------------------

def _clean_names(names: Iterable[str], errors: FieldErrors, field_name: str) -> list[str]:
    cleaned, seen = [], set()
    for name in names or ():
        text = " ".join(str(name).split())
        if not text:
            continue
        if len(text) > 100:
            errors.add(field_name, f"«{text[:30]}…» er for langt. Skriv høyst 100 tegn.")
            continue
        if fold(text) in seen:
            continue
        seen.add(fold(text))
        cleaned.append(text[:1].upper() + text[1:])
    return cleaned


def _renewal_years(value) -> int:
    text = str(value if value not in (None, "") else DEFAULT_RENEWAL_YEARS).strip()
    if not text.isdigit() or not MIN_RENEWAL_YEARS <= int(text) <= MAX_RENEWAL_YEARS:
        raise InvalidValue(f"Skriv hvor mange år attesten gjelder, fra {MIN_RENEWAL_YEARS} til "
                           f"{MAX_RENEWAL_YEARS} (vanligvis {DEFAULT_RENEWAL_YEARS}).")
    return int(text)


def clean_volunteer(values: Mapping[str, Any], *,
                    today: datetime.date | None = None) -> tuple[dict, list[str], list[str]]:
    """(volunteer fields, skills, languages), or one ValidationError naming every wrong field."""
    today = today or datetime.date.today()
    errors = FieldErrors()
    fields: dict[str, Any] = {}
    with errors.check("first_name"):
        fields["first_name"] = clean_line(values.get("first_name"), 100)
        if not fields["first_name"]:
            raise InvalidValue("Fyll inn fornavnet.")
    with errors.check("last_name"):
        fields["last_name"] = clean_line(values.get("last_name"), 100)
    with errors.check("birth_year"):
        fields["birth_year"] = validate_birth_year(values.get("birth_year"), today=today)
    with errors.check("phone"):
        fields["phone"] = validate_phone(values.get("phone"))
    with errors.check("email"):
        fields["email"] = validate_email(values.get("email"))
    if "phone" not in errors.errors and "email" not in errors.errors \
            and not fields["phone"] and not fields["email"]:
        errors.add("phone", "Fyll inn telefon eller e-post, så teamet kan nå den frivillige.")
    with errors.check("resident"):
        resident_id = values.get("resident") or None
        if resident_id is not None and not Resident.select().where(
                Resident.id == int(resident_id)).exists():
            raise InvalidValue("Beboeren finnes ikke lenger. Velg en annen, eller tøm feltet.")
        fields["resident"] = int(resident_id) if resident_id is not None else None
    days = [int(d) for d in values.get("availability") or () if str(d).isdigit()]
    fields["availability"] = ",".join(str(d) for d in sorted(set(days)) if 1 <= d <= 7)
    for name in DATE_FIELDS:
        fields[name] = None
        with errors.check(name):
            fields[name] = parse_date(values.get(name), today=today)
    if fields["start_date"] and fields["end_date"] and fields["end_date"] < fields["start_date"]:
        errors.add("end_date", "Sluttdatoen kan ikke være før startdatoen.")
    for name, what in (("police_certificate_requested", "bestilt"),
                       ("police_certificate_issued", "utstedt"),
                       ("police_certificate_shown", "vist fram"),
                       ("confidentiality_signed", "signert")):
        if fields[name] and fields[name] > today:
            errors.add(name, f"Datoen for når den ble {what}, kan ikke være etter i dag.")
    issued, shown = fields["police_certificate_issued"], fields["police_certificate_shown"]
    if issued and shown and shown < issued:
        errors.add("police_certificate_shown", "Attesten kan ikke ha blitt vist fram før den "
                                               "ble utstedt. Sjekk datoene.")
    requested = fields["police_certificate_requested"]
    if requested and issued and issued < requested:
        errors.add("police_certificate_issued", "Attesten kan ikke være utstedt før den ble "
                                                "bestilt. Sjekk datoene.")
    fields["police_certificate_required"] = bool(values.get("police_certificate_required", True))
    with errors.check("police_certificate_checked_by"):
        fields["police_certificate_checked_by"] = clean_line(
            values.get("police_certificate_checked_by"), 200)
        if shown and not fields["police_certificate_checked_by"]:
            raise InvalidValue("Skriv hvem i teamet som så politiattesten.")
    with errors.check("police_certificate_body"):
        fields["police_certificate_body"] = clean_line(values.get("police_certificate_body"), 200)
    with errors.check("police_certificate_renewal_years"):
        fields["police_certificate_renewal_years"] = _renewal_years(
            values.get("police_certificate_renewal_years"))
    with errors.check("notes"):
        fields["notes"] = clean_notes(values.get("notes"))
    skills = _clean_names(values.get("skills"), errors, "skills")
    languages = _clean_names(values.get("languages"), errors, "languages")
    errors.raise_if_any()
    return fields, skills, languages


def possible_duplicates(values: Mapping[str, Any],
                        volunteer_id: int | None = None) -> list[PossibleDuplicate]:
    first = " ".join(str(values.get("first_name") or "").split())
    if not first:
        return []
    try:
        year = validate_birth_year(values.get("birth_year"))
    except InvalidValue:
        year = None
    try:
        phone = validate_phone(values.get("phone"))
    except InvalidValue:
        phone = ""
    return find_duplicate_volunteers(first, " ".join(str(values.get("last_name") or "").split()),
                                     birth_year=year, phone=phone, exclude_id=volunteer_id)


# --- saving -------------------------------------------------------------------------------

def _ids_for(model, names: list[str]) -> list[int]:
    """The rows of ``model`` (Skill, Language) for ``names``, making the ones not there yet."""
    existing = {fold(name): row_id for row_id, name in model.select(model.id, model.name).tuples()}
    ids = []
    for name in names:
        row_id = existing.get(fold(name))
        if row_id is None:
            row_id = record_changes.create(model, name=name).id
            existing[fold(name)] = row_id
        ids.append(row_id)
    return ids


def _link(link_model, attribute: str, target_model, volunteer_id: int, names: list[str]) -> bool:
    change = sync_links(link_model, "volunteer", volunteer_id, attribute,
                        _ids_for(target_model, names))
    if change is None:
        return False
    lookup = dict(target_model.select(target_model.id, target_model.name).tuples())
    before, after = ([lookup.get(i, str(i)) for i in ids] for ids in change)
    record_changes.log_change("update", "volunteer", volunteer_id,
                              {f"{attribute}s": [", ".join(before), ", ".join(after)]})
    return True


@write
def save_volunteer(values: Mapping[str, Any], volunteer_id: int | None = None,
                   version: int | None = None, *, today: datetime.date | None = None) -> int:
    """Create (``volunteer_id`` None) or update a volunteer with skills and languages."""
    permissions.require(permissions.EDIT_PEOPLE)
    previous = None
    if volunteer_id is not None:
        previous = Volunteer.get_or_none(Volunteer.id == volunteer_id)
        if previous is None:
            raise RecordGone(GONE)
        if previous.anonymised_at is not None:
            raise InvalidValue("Den frivillige er anonymisert og kan ikke endres.")
    fields, skills, languages = clean_volunteer(values, today=today)
    if volunteer_id is None:
        volunteer = record_changes.create(Volunteer, **fields)
        volunteer_id, version = volunteer.id, volunteer.version
    else:
        volunteer = record_changes.update(Volunteer, volunteer_id, version, **fields)
    changed = _link(VolunteerSkill, "skill", Skill, volunteer_id, skills)
    changed = _link(VolunteerLanguage, "language", Language, volunteer_id, languages) or changed
    if changed and previous is not None and volunteer.version == version:
        touch(Volunteer, volunteer_id, version)
    return volunteer_id


@write
def set_volunteer_archived(volunteer_id: int, version: int, archived: bool) -> None:
    permissions.require(permissions.EDIT_PEOPLE)
    record_changes.update(Volunteer, volunteer_id, version, archived=archived)


@write
def delete_volunteer(volunteer_id: int, version: int) -> None:
    permissions.require(permissions.EDIT_PEOPLE)
    refuse_delete_if_history(volunteer_history(volunteer_id), "Den frivillige",
                             "da forsvinner den frivillige fra listene, men timene står i "
                             "timeattester og rapporter.")
    record_changes.delete(Volunteer, volunteer_id, version)
