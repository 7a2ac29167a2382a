"""Possible duplicates: warn before a second record is made for someone already registered.

A record is a possible duplicate when (names compared case- and accent-folded, so
"Sukru Yilmaz" matches "Şükrü Yılmaz"):
- first and last name are the same and the birth dates are the same;
- the names are the same, only a year is known on one side, and the birth years agree;
- the names are the same and one of the two has no birth date or year at all;
- or the phone number is the same (+47 and spacing ignored; at least 8 digits).
Different full birth dates or different birth years mean two different people.

Each check is one query on the stored, folded ``search_text`` column; the exact rule is
then applied in Python. Anonymised records are never offered; archived ones are, marked
as such, since bringing one back beats creating a second.
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import Resident, Volunteer
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.validation import normalise_phone, phone_key

REASON_ORDER = ("name_birth_date", "name_birth_year", "name", "phone")
KIND_WORDS = {"resident": "beboer", "volunteer": "frivillig"}
MIN_PHONE_DIGITS = 8


@dataclass(frozen=True)
class PossibleDuplicate:
    kind: str                       # "resident" or "volunteer"
    record_id: int
    first_name: str
    last_name: str
    birth_date: datetime.date | None
    birth_year: int | None
    phone: str
    archived: bool
    reason: str                     # one of REASON_ORDER

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def message(self) -> str:
        """E.g. "Det finnes allerede en beboer med samme navn og fødselsdato: Amina Hassan, født 05.06.2015." """
        who = self.name + (" (arkivert)" if self.archived else "")
        word = KIND_WORDS[self.kind]
        if self.reason == "name_birth_date":
            return (f"Det finnes allerede en {word} med samme navn og fødselsdato: {who}, "
                    f"født {date_no(self.birth_date)}.")
        if self.reason == "name_birth_year":
            born = self.birth_date.year if self.birth_date else self.birth_year
            return f"Det finnes allerede en {word} med samme navn og fødselsår: {who}, født {born}."
        if self.reason == "name":
            return f"Det finnes allerede en {word} med samme navn: {who}."
        return (f"Det finnes allerede en {word} med samme telefonnummer: {who} "
                f"({normalise_phone(self.phone)}).")


def duplicate_warning(duplicates: list[PossibleDuplicate]) -> str:
    """All messages, one per line, with what to do; "" when there are none."""
    if not duplicates:
        return ""
    lines = [d.message for d in duplicates]
    lines.append("Sjekk om det er samme person før du lagrer. Er det en annen person, kan du "
                 "lagre likevel.")
    return "\n".join(lines)


def _birth_match(birth_date, birth_year, other_date, other_year) -> str | None:
    """The name reason when the births agree (or one side has none), else None."""
    year = birth_date.year if birth_date else birth_year
    other = other_date.year if other_date else other_year
    if year is None or other is None:
        return "name"
    if birth_date and other_date:
        return "name_birth_date" if birth_date == other_date else None
    return "name_birth_year" if year == other else None


def _find(model, kind: str, first_name: str, last_name: str, birth_date, birth_year,
          phone: str, exclude_id: int | None) -> list[PossibleDuplicate]:
    first, last = fold(first_name), fold(last_name)
    key = phone_key(phone)
    has_birth_date = "birth_date" in model._meta.fields
    columns = [model.id, model.first_name, model.last_name, model.birth_year, model.phone,
               model.archived]
    if has_birth_date:
        columns.append(model.birth_date)
    conditions = []
    if first:
        conditions.append(model.search_text.startswith(" ".join(filter(None, (first, last)))))
    if len(key) >= MIN_PHONE_DIGITS:
        conditions.append(model.search_text.contains(key))
    if not conditions:
        return []
    where = conditions[0] if len(conditions) == 1 else conditions[0] | conditions[1]
    where &= model.anonymised_at.is_null()
    if exclude_id is not None:
        where &= model.id != exclude_id
    found = []
    for row in model.select(*columns).where(where).order_by(model.id):
        other_date = row.birth_date if has_birth_date else None
        reason = None
        if first and fold(row.first_name) == first and fold(row.last_name) == last:
            reason = _birth_match(birth_date, birth_year, other_date, row.birth_year)
        if reason is None and len(key) >= MIN_PHONE_DIGITS and phone_key(row.phone) == key:
            reason = "phone"
        if reason is not None:
            found.append(PossibleDuplicate(kind, row.id, row.first_name, row.last_name,
                                           other_date, row.birth_year, row.phone,
                                           bool(row.archived), reason))
    found.sort(key=lambda d: (REASON_ORDER.index(d.reason), d.record_id))
    return found


def find_duplicate_residents(first_name: str, last_name: str = "", *,
                             birth_date: datetime.date | None = None,
                             birth_year: int | None = None, phone: str = "",
                             exclude_id: int | None = None) -> list[PossibleDuplicate]:
    """Residents that may be the person being saved (``exclude_id``: the record itself).

    Also asked when a child is registered at the door, so activity leaders may ask too.
    """
    permissions.require_any(permissions.EDIT_PEOPLE, permissions.CHECK_IN_OWN)
    return _find(Resident, "resident", first_name, last_name, birth_date, birth_year, phone,
                 exclude_id)


def find_duplicate_volunteers(first_name: str, last_name: str = "", *,
                              birth_year: int | None = None, phone: str = "",
                              exclude_id: int | None = None) -> list[PossibleDuplicate]:
    """Volunteers that may be the person being saved (volunteers have a birth year only)."""
    permissions.require(permissions.EDIT_PEOPLE)
    return _find(Volunteer, "volunteer", first_name, last_name, None, birth_year, phone,
                 exclude_id)
