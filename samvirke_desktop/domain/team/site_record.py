"""Områder: the blocks, courts and addresses the team works in.

A site that residents, households, activities or partners refer to is archived, never
deleted: the figures of past reports still name it. Its name is unique, since every list
and report tells sites apart by name.
"""
import re
from dataclasses import dataclass
from typing import Any, Mapping

from peewee import fn

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import Activity, Household, PartnerSite, Resident, Site
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.free_text import clean_line, clean_notes
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.team.record_rows import History, counted, refuse_delete_if_history
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue
from samvirke_desktop.errors import RecordGone

GONE = "Området finnes ikke lenger. En kollega kan ha slettet det."


@dataclass(frozen=True)
class SiteRow:
    id: int
    name: str
    address: str
    postal_code: str
    city: str
    homes: int | None
    residents: int
    activities: int
    archived: bool

    @property
    def place(self) -> str:
        return " ".join(p for p in (self.postal_code, self.city) if p)


@dataclass(frozen=True)
class SiteRecord:
    id: int
    version: int
    name: str
    address: str
    postal_code: str
    city: str
    homes: int | None
    notes: str
    archived: bool
    history: History


def require_edit() -> None:
    """Sites are set up by administrators and coordinators (who plan activities)."""
    permissions.require_any(permissions.EDIT_ACTIVITIES, permissions.MANAGE_SETTINGS)


def can_edit() -> bool:
    return permissions.can(permissions.EDIT_ACTIVITIES) or \
        permissions.can(permissions.MANAGE_SETTINGS)


def _require_view() -> None:
    permissions.require_any(permissions.VIEW_PEOPLE, permissions.VIEW_ACTIVITIES,
                            permissions.VIEW_PARTNERS)


def list_sites(*, include_archived: bool = False) -> list[SiteRow]:
    """Sites by name, with how many current residents and activities each has."""
    _require_view()
    residents = dict(Resident.select(Resident.site, fn.COUNT(Resident.id))
                     .where(Resident.site.is_null(False) & ~Resident.archived
                            & Resident.anonymised_at.is_null())
                     .group_by(Resident.site).tuples())
    activities = dict(Activity.select(Activity.site, fn.COUNT(Activity.id))
                      .where(Activity.site.is_null(False) & ~Activity.archived)
                      .group_by(Activity.site).tuples())
    query = Site.select().order_by(Site.name)
    if not include_archived:
        query = query.where(~Site.archived)
    return [SiteRow(s.id, s.name, s.address, s.postal_code, s.city, s.homes,
                    residents.get(s.id, 0), activities.get(s.id, 0), bool(s.archived))
            for s in query]


def site_choices(*, keep_id: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the sites a form may pick: the current ones, and ``keep_id`` even when
    it has been archived (a record keeps the site it has)."""
    query = Site.select(Site.id, Site.name, Site.archived).order_by(Site.name)
    choices = []
    for site_id, name, archived in query.tuples():
        if archived and site_id != keep_id:
            continue
        choices.append((site_id, f"{name} (arkivert)" if archived else name))
    return choices


def check_site_id(site_id: Any, previous: int | None = None) -> int | None:
    """A site a record may be saved with: it exists, and is current unless the record had it."""
    if site_id in (None, "", 0):
        return None
    site = Site.get_or_none(Site.id == int(site_id))
    if site is None:
        raise InvalidValue("Området finnes ikke lenger. Velg et annet område.")
    if site.archived and site.id != previous:
        raise InvalidValue(f"Området «{site.name}» er arkivert. Velg et område teamet "
                           "jobber i nå.")
    return site.id


def site_history(site_id: int) -> History:
    residents = Resident.select().where(Resident.site == site_id).count()
    households = Household.select().where(Household.site == site_id).count()
    activities = Activity.select().where(Activity.site == site_id).count()
    partners = PartnerSite.select().where(PartnerSite.site == site_id).count()
    return History((counted(residents, "beboer", "beboere"),
                    counted(households, "husstand", "husstander"),
                    counted(activities, "aktivitet", "aktiviteter"),
                    counted(partners, "samarbeidspartner", "samarbeidspartnere")))


def load_site(site_id: int) -> SiteRecord:
    _require_view()
    site = Site.get_or_none(Site.id == site_id)
    if site is None:
        raise RecordGone(GONE)
    return SiteRecord(site.id, site.version, site.name, site.address, site.postal_code,
                      site.city, site.homes, site.notes, bool(site.archived),
                      site_history(site.id))


def _homes(value) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise InvalidValue("Skriv antall boliger som et helt tall, for eksempel 72.")
    homes = int(text)
    if homes > 100_000:
        raise InvalidValue("Så mange boliger ser ikke riktig ut. Sjekk tallet.")
    return homes


def _postal_code(value) -> str:
    text = "".join(str(value or "").split())
    if text and not re.fullmatch(r"\d{4}", text):
        raise InvalidValue("Et postnummer har fire siffer, for eksempel 0477.")
    return text


def clean_site(values: Mapping[str, Any], site_id: int | None = None) -> dict:
    """The fields to store, or one ValidationError naming every wrong field."""
    errors = FieldErrors()
    cleaned: dict[str, Any] = {}
    with errors.check("name"):
        cleaned["name"] = clean_line(values.get("name"), 200)
        if not cleaned["name"]:
            raise InvalidValue("Fyll inn navnet på området, for eksempel «Kvartal 5».")
        same = [s for s in Site.select(Site.id, Site.name).where(Site.id != (site_id or 0))
                if fold(s.name) == fold(cleaned["name"])]
        if same:
            raise InvalidValue(f"Det finnes allerede et område som heter «{same[0].name}». "
                               "Gi området et annet navn, eller bruk det som finnes.")
    with errors.check("address"):
        cleaned["address"] = clean_line(values.get("address"), 200)
    with errors.check("postal_code"):
        cleaned["postal_code"] = _postal_code(values.get("postal_code"))
    with errors.check("city"):
        cleaned["city"] = clean_line(values.get("city"), 100)
    with errors.check("homes"):
        cleaned["homes"] = _homes(values.get("homes"))
    with errors.check("notes"):
        cleaned["notes"] = clean_notes(values.get("notes"))
    errors.raise_if_any()
    return cleaned


@write
def save_site(values: Mapping[str, Any], site_id: int | None = None,
              version: int | None = None) -> int:
    """Create (``site_id`` None) or update a site; returns its id."""
    require_edit()
    fields = clean_site(values, site_id)
    if site_id is None:
        return record_changes.create(Site, **fields).id
    return record_changes.update(Site, site_id, version, **fields).id


@write
def set_site_archived(site_id: int, version: int, archived: bool) -> None:
    require_edit()
    record_changes.update(Site, site_id, version, archived=archived)


@write
def delete_site(site_id: int, version: int) -> None:
    """Delete a site nothing refers to; one with history must be archived instead."""
    require_edit()
    refuse_delete_if_history(site_history(site_id), "Området",
                             "da forsvinner det fra valglistene, men tidligere rapporter "
                             "er uendret.")
    record_changes.delete(Site, site_id, version)
