"""Beboere: reading, checking and saving one resident with guardians and consents.

The form hands over what the user typed (dates and birth as text); everything is checked here
and saved in one transaction, or nothing is. Rules beyond the single fields:
- a birth date, or at least the birth year, is needed: the age bands of every grant report
  count on it;
- the basis the data is kept on is always noted (the public task unless another is chosen);
- guardians belong to children under 18; a guardian is another resident, or a contact with
  a name and a phone number;
- consents (photo, SMS …) have a date and who gave them; for a child under 15 on the day it
  was given, a guardian gives it; a withdrawn consent keeps its date of withdrawal.
A resident with attendance, enrolments or a volunteer role is archived, never deleted, so the
figures of reports already sent stay the same.
"""
import datetime
from dataclasses import dataclass, field
from typing import Any, Mapping

from peewee import JOIN

from samvirke_desktop.db.models import (
    GENDERS,
    Attendance,
    Consent,
    Enrolment,
    Guardian,
    Household,
    Resident,
    Site,
    Volunteer,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.free_text import clean_line, clean_notes
from samvirke_desktop.domain.people.duplicates import PossibleDuplicate, find_duplicate_residents
from samvirke_desktop.domain.people.household_record import check_household_id
from samvirke_desktop.domain.people.resident_list import participants_of
from samvirke_desktop.domain.person_names import full_name, name_sort_key
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.team.record_rows import (
    History,
    counted,
    refuse_delete_if_history,
    sync_children,
    touch,
)
from samvirke_desktop.domain.team.site_record import check_site_id
from samvirke_desktop.domain.validation import (
    ADULT_AGE,
    FieldErrors,
    InvalidValue,
    age_on,
    parse_date,
    validate_birth,
    validate_email,
    validate_phone,
)
from samvirke_desktop.domain.vocabulary import CONSENT_KIND_LABELS
from samvirke_desktop.errors import PermissionDenied, RecordGone

GONE = "Beboeren finnes ikke lenger. En kollega kan ha slettet oppføringen."
DEFAULT_STORAGE_BASIS = "Offentlig oppgave (bomiljøarbeid)"
STORAGE_BASIS_CHOICES = (DEFAULT_STORAGE_BASIS, "Samtykke")
GUARDIAN_RELATIONS = ("mor", "far", "foresatt", "verge", "fosterforelder")
# Below this age a guardian gives consent on the child's behalf.
OWN_CONSENT_AGE = 15


@dataclass(frozen=True)
class GuardianEntry:
    id: int | None
    guardian_id: int | None      # a registered resident, or None for a contact
    name: str                    # the resident's name, or the contact's
    phone: str
    relation: str


@dataclass(frozen=True)
class ConsentEntry:
    id: int | None
    kind: str
    given_date: datetime.date | None
    given_by: str
    given_by_guardian: bool
    withdrawn_date: datetime.date | None
    notes: str

    @property
    def active(self) -> bool:
        return self.withdrawn_date is None


@dataclass(frozen=True)
class ResidentRecord:
    id: int
    version: int
    first_name: str
    last_name: str
    birth_date: datetime.date | None
    birth_year: int | None
    gender: str
    site_id: int | None
    household_id: int | None
    phone: str
    email: str
    language: str
    interpreter_needed: bool
    storage_basis: str
    notes: str
    needs_completion: bool
    archived: bool
    anonymised: bool
    guardians: tuple[GuardianEntry, ...] = ()
    consents: tuple[ConsentEntry, ...] = ()
    wards: tuple[str, ...] = ()          # children this resident is guardian of
    history: History = field(default_factory=History)
    household_name: str = ""

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)


# --- who may see and change ---------------------------------------------------------------

def can_edit() -> bool:
    return permissions.can(permissions.EDIT_PEOPLE)


def _require_view(resident_id: int) -> None:
    """Coordinators see everyone; an activity leader the participants of their activities."""
    scope = permissions.people_scope()
    if scope is None:
        return
    if not Resident.select().where((Resident.id == resident_id)
                                   & Resident.id.in_(participants_of(scope))).exists():
        raise PermissionDenied("Du kan bare se beboere som deltar på aktiviteter du leder.")


# --- reading ------------------------------------------------------------------------------

def resident_history(resident_id: int) -> History:
    attendance = Attendance.select().where(Attendance.resident == resident_id).count()
    enrolments = Enrolment.select().where(Enrolment.resident == resident_id).count()
    wards = Guardian.select().where(Guardian.guardian == resident_id).count()
    volunteer = Volunteer.select().where(Volunteer.resident == resident_id).count()
    return History((counted(attendance, "registrert oppmøte", "registrerte oppmøter"),
                    counted(enrolments, "påmelding", "påmeldinger"),
                    (f"ansvar som foresatt for {wards} barn", wards),
                    counted(volunteer, "oppføring som frivillig", "oppføringer som frivillig")))


def load_resident(resident_id: int) -> ResidentRecord:
    _require_view(resident_id)
    r = Resident.get_or_none(Resident.id == resident_id)
    if r is None:
        raise RecordGone(GONE)
    guardians = []
    query = (Guardian.select(Guardian, Resident)
             .join(Resident, JOIN.LEFT_OUTER, on=(Guardian.guardian == Resident.id))
             .where(Guardian.child == resident_id).order_by(Guardian.id))
    for g in query:
        if g.guardian_id is not None:
            person = g.guardian
            guardians.append(GuardianEntry(g.id, g.guardian_id,
                                           full_name(person.first_name, person.last_name),
                                           person.phone, g.relation))
        else:
            guardians.append(GuardianEntry(g.id, None, g.name, g.phone, g.relation))
    consents = tuple(
        ConsentEntry(c.id, c.kind, c.given_date, c.given_by, bool(c.given_by_guardian),
                     c.withdrawn_date, c.notes)
        for c in Consent.select().where(Consent.resident == resident_id)
        .order_by(Consent.given_date, Consent.id))
    wards = sorted(Resident.select(Resident.first_name, Resident.last_name)
                   .join(Guardian, on=(Guardian.child == Resident.id))
                   .where((Guardian.guardian == resident_id) & ~Resident.archived),
                   key=lambda w: name_sort_key(w.first_name, w.last_name))
    return ResidentRecord(
        id=r.id, version=r.version, first_name=r.first_name, last_name=r.last_name,
        birth_date=r.birth_date, birth_year=r.birth_year, gender=r.gender, site_id=r.site_id,
        household_id=r.household_id, phone=r.phone, email=r.email, language=r.language,
        interpreter_needed=bool(r.interpreter_needed), storage_basis=r.storage_basis,
        notes=r.notes, needs_completion=bool(r.needs_completion), archived=bool(r.archived),
        anonymised=r.anonymised_at is not None, guardians=tuple(guardians), consents=consents,
        wards=tuple(full_name(w.first_name, w.last_name) for w in wards),
        history=resident_history(r.id), household_name=r.household.name if r.household else "")


def guardian_choices(*, exclude_id: int | None = None,
                     today: datetime.date | None = None) -> list[tuple[int, str]]:
    """Residents who can be a guardian: current, 15 or older this year (or age unknown), by
    name, as (id, "Fadumo Hassan (f. 1986, Kvartal 5)").

    One query with the age rule in SQL and no dates to convert: a large district has 20 000
    residents, and the list is built when a form opens.
    """
    permissions.require(permissions.VIEW_PEOPLE)
    today = today or datetime.date.today()
    query = (Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                             Resident.birth_year, Site.name)
             .join(Site, JOIN.LEFT_OUTER, on=(Resident.site == Site.id))
             .where(~Resident.archived & Resident.anonymised_at.is_null()
                    & (Resident.birth_year.is_null()
                       | (Resident.birth_year <= today.year - OWN_CONSENT_AGE)))
             .order_by(Resident.first_name, Resident.last_name, Resident.id))
    choices = []
    for rid, first, last, year, site in query.tuples():
        if rid == exclude_id:
            continue
        details = ", ".join(part for part in (f"f. {year}" if year else "", site or "") if part)
        name = full_name(first, last)
        choices.append((rid, f"{name} ({details})" if details else name))
    return choices


def language_suggestions() -> list[str]:
    """Languages already written on residents, for the language field to offer."""
    permissions.require(permissions.VIEW_PEOPLE)
    seen: dict[str, str] = {}
    for (language,) in Resident.select(Resident.language).distinct().tuples():
        text = (language or "").strip()
        if text:
            seen.setdefault(text.casefold(), text[:1].upper() + text[1:])
    return sorted(seen.values(), key=str.casefold)


# --- checking -----------------------------------------------------------------------------

def _row_errors(errors: FieldErrors, field_name: str, messages: list[str]) -> None:
    if messages:
        errors.add(field_name, "\n".join(messages))


def _clean_guardians(rows: list[Mapping], resident_id: int | None, age: int | None,
                     errors: FieldErrors) -> list[dict]:
    cleaned, messages, seen = [], [], set()
    for number, row in enumerate(rows, start=1):
        guardian_id = row.get("guardian_id") or None
        name = " ".join(str(row.get("name") or "").split())
        phone_text = row.get("phone") or ""
        relation = " ".join(str(row.get("relation") or "").split())[:50]
        if guardian_id is None and not name and not str(phone_text).strip():
            continue  # an empty row the user added and left
        entry = {"id": row.get("id"), "relation": relation}
        if guardian_id is not None:
            guardian_id = int(guardian_id)
            if guardian_id == resident_id:
                messages.append(f"Foresatt {number}: en person kan ikke være sin egen foresatte.")
                continue
            if guardian_id in seen:
                messages.append(f"Foresatt {number}: denne personen står allerede som foresatt.")
                continue
            if not Resident.select().where(Resident.id == guardian_id).exists():
                messages.append(f"Foresatt {number}: personen finnes ikke lenger. Velg en "
                                "annen, eller skriv navn og telefon.")
                continue
            seen.add(guardian_id)
            entry.update(guardian=guardian_id, name="", phone="")
        else:
            if not name:
                messages.append(f"Foresatt {number}: skriv navnet, eller velg en beboer.")
                continue
            try:
                phone = validate_phone(phone_text)
            except InvalidValue as exc:
                messages.append(f"Foresatt {number}: {exc.message}")
                continue
            if not phone:
                messages.append(f"Foresatt {number}: skriv telefonnummeret til {name}, så "
                                "teamet kan nå den foresatte.")
                continue
            entry.update(guardian=None, name=name[:200], phone=phone)
        cleaned.append(entry)
    if cleaned and age is not None and age >= ADULT_AGE:
        messages.append("Bare barn under 18 år har foresatte. Ta bort de foresatte, eller "
                        "sjekk fødselsdatoen.")
    _row_errors(errors, "guardians", messages)
    return cleaned


def _clean_consents(rows: list[Mapping], birth_date, birth_year, errors: FieldErrors,
                    today: datetime.date) -> list[dict]:
    cleaned, messages, active_kinds = [], [], {}
    for number, row in enumerate(rows, start=1):
        kind = row.get("kind") or ""
        label = CONSENT_KIND_LABELS.get(kind, kind)
        prefix = f"Samtykke {number} ({label.lower()})" if label else f"Samtykke {number}"
        if kind not in CONSENT_KIND_LABELS:
            messages.append(f"Samtykke {number}: velg hva samtykket gjelder.")
            continue
        try:
            given = parse_date(row.get("given_date"), today=today, past=True)
            withdrawn = parse_date(row.get("withdrawn_date"), today=today, past=True)
        except InvalidValue as exc:
            messages.append(f"{prefix}: {exc.message}")
            continue
        given_by = " ".join(str(row.get("given_by") or "").split())[:200]
        by_guardian = bool(row.get("given_by_guardian"))
        if given is None:
            messages.append(f"{prefix}: skriv datoen samtykket ble gitt.")
            continue
        if given > today:
            messages.append(f"{prefix}: datoen samtykket ble gitt kan ikke være etter i dag.")
            continue
        if not given_by:
            messages.append(f"{prefix}: skriv hvem som ga samtykket.")
            continue
        if withdrawn is not None and (withdrawn < given or withdrawn > today):
            messages.append(f"{prefix}: datoen det ble trukket tilbake må være mellom datoen "
                            "det ble gitt og i dag.")
            continue
        age = age_on(birth_date, birth_year, given)
        if age is not None and age < OWN_CONSENT_AGE and not by_guardian:
            messages.append(f"{prefix}: barn under {OWN_CONSENT_AGE} år kan ikke samtykke selv. "
                            "Foresatte må gi samtykket: kryss av for «Av foresatt».")
            continue
        if withdrawn is None:
            if kind in active_kinds:
                messages.append(f"{prefix}: det finnes allerede et gjeldende samtykke til "
                                f"{label.lower()}. Ta bort det ene.")
                continue
            active_kinds[kind] = number
        notes = " ".join(str(row.get("notes") or "").split())
        try:
            notes = clean_notes(notes)
        except InvalidValue as exc:
            messages.append(f"{prefix}: {exc.message}")
            continue
        cleaned.append({"id": row.get("id"), "kind": kind, "given_date": given,
                        "given_by": given_by, "given_by_guardian": by_guardian,
                        "withdrawn_date": withdrawn, "notes": notes})
    _row_errors(errors, "consents", messages)
    return cleaned


def clean_resident(values: Mapping[str, Any], resident_id: int | None = None, *,
                   previous: Resident | None = None,
                   today: datetime.date | None = None) -> tuple[dict, list[dict], list[dict]]:
    """(resident fields, guardian rows, consent rows), or one ValidationError for all."""
    today = today or datetime.date.today()
    errors = FieldErrors()
    fields: dict[str, Any] = {}
    with errors.check("first_name"):
        fields["first_name"] = clean_line(values.get("first_name"), 100)
        if not fields["first_name"]:
            raise InvalidValue("Fyll inn fornavnet.")
    with errors.check("last_name"):
        fields["last_name"] = clean_line(values.get("last_name"), 100)
    fields["birth_date"] = fields["birth_year"] = None
    with errors.check("birth"):
        birth = validate_birth(values.get("birth"), today=today)
        if birth.year is None:
            raise InvalidValue("Fyll inn fødselsdatoen, eller i det minste fødselsåret: "
                               "aldersgruppene i rapportene trenger det.")
        fields["birth_date"], fields["birth_year"] = birth.date, birth.year
    with errors.check("gender"):
        gender = values.get("gender") or "unspecified"
        if gender not in GENDERS:
            raise InvalidValue("Velg kjønn, eller «Ikke oppgitt».")
        fields["gender"] = gender
    with errors.check("site"):
        fields["site"] = check_site_id(values.get("site"), previous.site_id if previous else None)
    with errors.check("household"):
        fields["household"] = check_household_id(
            values.get("household"), previous.household_id if previous else None)
    with errors.check("phone"):
        fields["phone"] = validate_phone(values.get("phone"))
    with errors.check("email"):
        fields["email"] = validate_email(values.get("email"))
    with errors.check("language"):
        fields["language"] = clean_line(values.get("language"), 100)
    fields["interpreter_needed"] = bool(values.get("interpreter_needed"))
    with errors.check("storage_basis"):
        # Every saved resident has a basis noted: the public task unless another is chosen
        # (records quick-made at the door or imported have none until first saved here).
        fields["storage_basis"] = clean_line(values.get("storage_basis"), 200) \
            or DEFAULT_STORAGE_BASIS
    with errors.check("notes"):
        fields["notes"] = clean_notes(values.get("notes"))
    age = age_on(fields["birth_date"], fields["birth_year"], today) \
        if fields["birth_year"] else None
    guardians = _clean_guardians(list(values.get("guardians") or []), resident_id, age, errors)
    consents = _clean_consents(list(values.get("consents") or []), fields["birth_date"],
                               fields["birth_year"], errors, today)
    errors.raise_if_any()
    # A record quick-made at the door is complete once the name and birth are filled in here.
    fields["needs_completion"] = bool(previous and previous.needs_completion
                                      and not (fields["last_name"] and fields["birth_year"]))
    return fields, guardians, consents


def possible_duplicates(values: Mapping[str, Any],
                        resident_id: int | None = None) -> list[PossibleDuplicate]:
    """Residents the one being saved may already be (same name and birth, or same phone).

    Asked before saving; a field that cannot be read yet is left out of the comparison (the
    save itself reports it).
    """
    first = " ".join(str(values.get("first_name") or "").split())
    if not first:
        return []
    try:
        birth = validate_birth(values.get("birth"))
    except InvalidValue:
        birth = None
    try:
        phone = validate_phone(values.get("phone"))
    except InvalidValue:
        phone = ""
    return find_duplicate_residents(
        first, " ".join(str(values.get("last_name") or "").split()),
        birth_date=birth.date if birth else None, birth_year=birth.year if birth else None,
        phone=phone, exclude_id=resident_id)


# --- saving -------------------------------------------------------------------------------

@write
def save_resident(values: Mapping[str, Any], resident_id: int | None = None,
                  version: int | None = None, *, today: datetime.date | None = None) -> int:
    """Create (``resident_id`` None) or update a resident with guardians and consents."""
    permissions.require(permissions.EDIT_PEOPLE)
    previous = None
    if resident_id is not None:
        previous = Resident.get_or_none(Resident.id == resident_id)
        if previous is None:
            raise RecordGone(GONE)
        if previous.anonymised_at is not None:
            raise InvalidValue("Beboeren er anonymisert og kan ikke endres.")
    fields, guardians, consents = clean_resident(values, resident_id, previous=previous,
                                                 today=today)
    if resident_id is None:
        resident = record_changes.create(Resident, **fields)
        resident_id, version = resident.id, resident.version
    else:
        resident = record_changes.update(Resident, resident_id, version, **fields)
    changed_rows = sync_children(Guardian, "child", resident_id, guardians)
    changed_rows = sync_children(Consent, "resident", resident_id, consents) or changed_rows
    if changed_rows and resident.version == version and previous is not None:
        touch(Resident, resident_id, version)
    return resident_id


@write
def set_resident_archived(resident_id: int, version: int, archived: bool) -> None:
    permissions.require(permissions.EDIT_PEOPLE)
    record_changes.update(Resident, resident_id, version, archived=archived)


@write
def delete_resident(resident_id: int, version: int) -> None:
    """Delete a resident registered by mistake (no history); others are archived."""
    permissions.require(permissions.EDIT_PEOPLE)
    refuse_delete_if_history(resident_history(resident_id), "Beboeren",
                             "da forsvinner beboeren fra listene, men tallene i rapportene "
                             "er uendret.")
    record_changes.delete(Resident, resident_id, version)


def site_of_household(household_id: int | None) -> int | None:
    """The site of a household, so picking a household can fill in the site."""
    if not household_id:
        return None
    row = Household.select(Household.site).where(Household.id == household_id).tuples().first()
    return row[0] if row else None
