"""Husstander: people living together. Members are set on each resident; a household with
members is archived rather than deleted, so nobody loses their household by accident."""
from dataclasses import dataclass
from typing import Any, Mapping

from peewee import JOIN, fn

from samvirke_desktop.db.models import Household, Resident, Site
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.free_text import clean_line, clean_notes
from samvirke_desktop.domain.person_names import full_name, name_sort_key
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.team.record_rows import History, counted, refuse_delete_if_history
from samvirke_desktop.domain.team.site_record import check_site_id
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue
from samvirke_desktop.errors import RecordGone

GONE = "Husstanden finnes ikke lenger. En kollega kan ha slettet den."


@dataclass(frozen=True)
class HouseholdRecord:
    id: int
    version: int
    name: str
    site_id: int | None
    address: str
    notes: str
    archived: bool
    members: tuple[str, ...]       # names of the current members
    history: History


def household_choices(*, keep_id: int | None = None) -> list[tuple[int, str]]:
    """(id, "Hassan – Kvartal 5, 3 personer") for a form's household list: current households,
    and ``keep_id`` even when archived."""
    permissions.require(permissions.VIEW_PEOPLE)
    sizes = dict(Resident.select(Resident.household, fn.COUNT(Resident.id))
                 .where(Resident.household.is_null(False) & ~Resident.archived)
                 .group_by(Resident.household).tuples())
    query = (Household.select(Household.id, Household.name, Household.address, Site.name,
                              Household.archived)
             .join(Site, JOIN.LEFT_OUTER, on=(Household.site == Site.id))
             .order_by(Household.name, Household.id))
    choices = []
    for household_id, name, address, site, archived in query.tuples():
        if archived and household_id != keep_id:
            continue
        size = sizes.get(household_id, 0)
        people = f"{size} {'person' if size == 1 else 'personer'}" if size else ""
        details = [part for part in (address or site, people) if part]
        label = f"{name} – {', '.join(details)}"
        choices.append((household_id, label + (" (arkivert)" if archived else "")))
    return choices


def check_household_id(household_id: Any, previous: int | None = None) -> int | None:
    if household_id in (None, "", 0):
        return None
    household = Household.get_or_none(Household.id == int(household_id))
    if household is None:
        raise InvalidValue("Husstanden finnes ikke lenger. Velg en annen, eller lag en ny.")
    if household.archived and household.id != previous:
        raise InvalidValue(f"Husstanden «{household.name}» er arkivert. Velg en annen, eller "
                           "lag en ny.")
    return household.id


def household_history(household_id: int) -> History:
    members = Resident.select().where(Resident.household == household_id).count()
    return History((counted(members, "medlem", "medlemmer"),))


def load_household(household_id: int) -> HouseholdRecord:
    permissions.require(permissions.VIEW_PEOPLE)
    household = Household.get_or_none(Household.id == household_id)
    if household is None:
        raise RecordGone(GONE)
    members = sorted(Resident.select(Resident.first_name, Resident.last_name)
                     .where((Resident.household == household_id) & ~Resident.archived
                            & Resident.anonymised_at.is_null()),
                     key=lambda r: name_sort_key(r.first_name, r.last_name))
    return HouseholdRecord(household.id, household.version, household.name, household.site_id,
                           household.address, household.notes, bool(household.archived),
                           tuple(full_name(m.first_name, m.last_name) for m in members),
                           household_history(household.id))


def clean_household(values: Mapping[str, Any], previous_site: int | None = None) -> dict:
    errors = FieldErrors()
    cleaned: dict[str, Any] = {}
    with errors.check("name"):
        cleaned["name"] = clean_line(values.get("name"), 200)
        if not cleaned["name"]:
            raise InvalidValue("Fyll inn et navn på husstanden, for eksempel familienavnet.")
    with errors.check("site"):
        cleaned["site"] = check_site_id(values.get("site"), previous_site)
    with errors.check("address"):
        cleaned["address"] = clean_line(values.get("address"), 200)
    with errors.check("notes"):
        cleaned["notes"] = clean_notes(values.get("notes"))
    errors.raise_if_any()
    return cleaned


@write
def save_household(values: Mapping[str, Any], household_id: int | None = None,
                   version: int | None = None) -> int:
    permissions.require(permissions.EDIT_PEOPLE)
    if household_id is None:
        return record_changes.create(Household, **clean_household(values)).id
    current = Household.get_or_none(Household.id == household_id)
    if current is None:
        raise RecordGone(GONE)
    fields = clean_household(values, current.site_id)
    return record_changes.update(Household, household_id, version, **fields).id


@write
def set_household_archived(household_id: int, version: int, archived: bool) -> None:
    permissions.require(permissions.EDIT_PEOPLE)
    record_changes.update(Household, household_id, version, archived=archived)


@write
def delete_household(household_id: int, version: int) -> None:
    permissions.require(permissions.EDIT_PEOPLE)
    refuse_delete_if_history(household_history(household_id), "Husstanden",
                             "da kan den ikke velges for nye beboere, men medlemmene beholder "
                             "den.")
    record_changes.delete(Household, household_id, version)
