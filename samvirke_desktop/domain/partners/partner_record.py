"""Samarbeidspartnere: reading, checking and saving one partner with its contact people, the
sites it works at, and notes from meetings.

A partner linked to activities or with meeting notes is archived rather than deleted, so the
team's history with it stays readable.
"""
import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from samvirke_desktop.db.folding import fold, search_text
from samvirke_desktop.db.models import (
    PARTNER_KINDS,
    Activity,
    Partner,
    PartnerActivity,
    PartnerContact,
    PartnerMeetingNote,
    PartnerSite,
    Site,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.free_text import clean_line, clean_notes
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.team.record_rows import (
    History,
    counted,
    refuse_delete_if_history,
    sync_children,
    sync_links,
    touch,
)
from samvirke_desktop.domain.validation import (
    FieldErrors,
    InvalidValue,
    parse_date,
    validate_email,
    validate_phone,
)
from samvirke_desktop.errors import PermissionDenied, RecordGone

GONE = "Samarbeidspartneren finnes ikke lenger. En kollega kan ha slettet den."
EDIT_REFUSED = "Rollen din gir ikke lov til å endre samarbeidspartnere."


@dataclass(frozen=True)
class ContactEntry:
    id: int | None
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class MeetingNoteEntry:
    id: int | None
    date: datetime.date
    text: str


@dataclass(frozen=True)
class PartnerRecord:
    id: int
    version: int
    name: str
    kind: str
    phone: str
    email: str
    address: str
    website: str
    notes: str
    archived: bool
    site_ids: tuple[int, ...] = ()
    contacts: tuple[ContactEntry, ...] = ()
    meeting_notes: tuple[MeetingNoteEntry, ...] = ()
    activities: tuple[str, ...] = ()       # names of the linked activities
    history: History = field(default_factory=History)


def can_edit() -> bool:
    return permissions.can(permissions.EDIT_PEOPLE)


def _require_edit() -> None:
    if not can_edit():
        raise PermissionDenied(EDIT_REFUSED)


def partner_history(partner_id: int) -> History:
    activities = PartnerActivity.select().where(PartnerActivity.partner == partner_id).count()
    notes = PartnerMeetingNote.select().where(PartnerMeetingNote.partner == partner_id).count()
    return History((counted(activities, "aktivitet", "aktiviteter"),
                    counted(notes, "møtenotat", "møtenotater")))


def load_partner(partner_id: int) -> PartnerRecord:
    permissions.require(permissions.VIEW_PARTNERS)
    p = Partner.get_or_none(Partner.id == partner_id)
    if p is None:
        raise RecordGone(GONE)
    contacts = tuple(ContactEntry(c.id, c.name, c.role, c.phone, c.email)
                     for c in PartnerContact.select().where(PartnerContact.partner == partner_id)
                     .order_by(PartnerContact.id))
    notes = tuple(MeetingNoteEntry(n.id, n.date, n.text)
                  for n in PartnerMeetingNote.select()
                  .where(PartnerMeetingNote.partner == partner_id)
                  .order_by(PartnerMeetingNote.date.desc(), PartnerMeetingNote.id.desc()))
    sites = tuple(sorted(link.site_id for link in PartnerSite.select(PartnerSite.site)
                         .where(PartnerSite.partner == partner_id)))
    activities = tuple(name for (name,) in Activity.select(Activity.name)
                       .join(PartnerActivity, on=(PartnerActivity.activity == Activity.id))
                       .where(PartnerActivity.partner == partner_id)
                       .order_by(Activity.name).tuples())
    return PartnerRecord(p.id, p.version, p.name, p.kind, p.phone, p.email, p.address,
                         p.website, p.notes, bool(p.archived), sites, contacts, notes,
                         activities, partner_history(p.id))


# --- checking -----------------------------------------------------------------------------

def _website(value) -> str:
    text = "".join(str(value or "").split())
    if not text:
        return ""
    if not re.fullmatch(r"(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?", text, re.IGNORECASE):
        raise InvalidValue("Skriv nettadressen som www.eksempel.no eller https://eksempel.no.")
    return text if text.lower().startswith(("http://", "https://")) else f"https://{text}"


def _clean_contacts(rows: Iterable[Mapping], errors: FieldErrors) -> list[dict]:
    cleaned, messages = [], []
    for number, row in enumerate(rows or (), start=1):
        name = " ".join(str(row.get("name") or "").split())
        role = " ".join(str(row.get("role") or "").split())[:100]
        if not any(str(row.get(k) or "").strip() for k in ("name", "role", "phone", "email")):
            continue  # an empty row the user added and left
        if not name:
            messages.append(f"Kontaktperson {number}: skriv navnet.")
            continue
        try:
            phone = validate_phone(row.get("phone"))
            email = validate_email(row.get("email"))
        except InvalidValue as exc:
            messages.append(f"Kontaktperson {number} ({name}): {exc.message}")
            continue
        cleaned.append({"id": row.get("id"), "name": name[:200], "role": role,
                        "phone": phone, "email": email})
    if messages:
        errors.add("contacts", "\n".join(messages))
    return cleaned


def _clean_meeting_notes(rows: Iterable[Mapping], errors: FieldErrors,
                         today: datetime.date) -> list[dict]:
    cleaned, messages = [], []
    for number, row in enumerate(rows or (), start=1):
        text = str(row.get("text") or "").strip()
        if not text and not str(row.get("date") or "").strip():
            continue
        try:
            day = parse_date(row.get("date"), today=today)
            text = clean_notes(text)
        except InvalidValue as exc:
            messages.append(f"Møtenotat {number}: {exc.message}")
            continue
        if day is None:
            messages.append(f"Møtenotat {number}: skriv datoen for møtet.")
            continue
        if not text:
            messages.append(f"Møtenotat {number}: skriv hva som ble sagt eller avtalt.")
            continue
        cleaned.append({"id": row.get("id"), "date": day, "text": text})
    if messages:
        errors.add("meeting_notes", "\n".join(messages))
    return cleaned


def clean_partner(values: Mapping[str, Any], *, today: datetime.date | None = None):
    """(partner fields, site ids, contacts, meeting notes), or one ValidationError."""
    today = today or datetime.date.today()
    errors = FieldErrors()
    fields: dict[str, Any] = {}
    with errors.check("name"):
        fields["name"] = clean_line(values.get("name"), 200)
        if not fields["name"]:
            raise InvalidValue("Fyll inn navnet på tjenesten eller organisasjonen.")
    with errors.check("kind"):
        kind = values.get("kind") or "other"
        if kind not in PARTNER_KINDS:
            raise InvalidValue("Velg hva slags samarbeidspartner det er, eller «Annet».")
        fields["kind"] = kind
    with errors.check("phone"):
        fields["phone"] = validate_phone(values.get("phone"))
    with errors.check("email"):
        fields["email"] = validate_email(values.get("email"))
    with errors.check("address"):
        fields["address"] = clean_line(values.get("address"), 200)
    with errors.check("website"):
        fields["website"] = _website(values.get("website"))
    with errors.check("notes"):
        fields["notes"] = clean_notes(values.get("notes"))
    site_ids = sorted({int(s) for s in values.get("sites") or ()})
    with errors.check("sites"):
        known = {s for (s,) in Site.select(Site.id).where(Site.id.in_(site_ids)).tuples()}
        if set(site_ids) - known:
            raise InvalidValue("Et av områdene finnes ikke lenger. Velg områdene på nytt.")
    contacts = _clean_contacts(values.get("contacts"), errors)
    notes = _clean_meeting_notes(values.get("meeting_notes"), errors, today)
    errors.raise_if_any()
    return fields, site_ids, contacts, notes


def same_name_partners(name: str, partner_id: int | None = None) -> list[str]:
    """Names of other partners called the same (case and accents ignored), for a warning."""
    folded = fold(name)
    if not folded:
        return []
    query = Partner.select(Partner.name, Partner.archived).where(
        Partner.search_text.startswith(folded) & (Partner.id != (partner_id or 0)))
    return [p.name + (" (arkivert)" if p.archived else "") for p in query
            if fold(p.name) == folded]


# --- saving -------------------------------------------------------------------------------

@write
def save_partner(values: Mapping[str, Any], partner_id: int | None = None,
                 version: int | None = None, *, today: datetime.date | None = None) -> int:
    _require_edit()
    fields, site_ids, contacts, notes = clean_partner(values, today=today)
    if partner_id is None:
        partner = record_changes.create(Partner, **fields)
        partner_id, version, is_new = partner.id, partner.version, True
    else:
        if not Partner.select().where(Partner.id == partner_id).exists():
            raise RecordGone(GONE)
        partner = record_changes.update(Partner, partner_id, version, **fields)
        is_new = False
        # Partner keeps its search text in save(), which an update by query does not call.
        (Partner.update(search_text=search_text(partner.name, partner.phone, partner.email))
         .where(Partner.id == partner_id).execute())
    changed = sync_children(PartnerContact, "partner", partner_id, contacts)
    changed = sync_children(PartnerMeetingNote, "partner", partner_id, notes) or changed
    sites = sync_links(PartnerSite, "partner", partner_id, "site", site_ids)
    if sites is not None:
        names = dict(Site.select(Site.id, Site.name).tuples())
        record_changes.log_change("update", "partner", partner_id,
                                  {"sites": [", ".join(names.get(i, str(i)) for i in ids)
                                      for ids in sites]})
        changed = True
    if changed and not is_new and partner.version == version:
        touch(Partner, partner_id, version)
    return partner_id


@write
def set_partner_archived(partner_id: int, version: int, archived: bool) -> None:
    _require_edit()
    record_changes.update(Partner, partner_id, version, archived=archived)


@write
def delete_partner(partner_id: int, version: int) -> None:
    _require_edit()
    refuse_delete_if_history(partner_history(partner_id), "Samarbeidspartneren",
                             "da forsvinner den fra listene, men møtenotater og aktiviteter "
                             "beholder den.")
    record_changes.delete(Partner, partner_id, version)
