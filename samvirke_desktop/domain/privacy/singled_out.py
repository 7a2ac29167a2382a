"""Whether an anonymised resident could still be picked out by what is left of them.

An anonymised resident keeps their birth year, gender and area (``erasure``). In a small
area that can be enough: if only one or two residents of the area were born that year with
that gender, someone who knows the neighbourhood can tell who it was. The check counts every
resident row with the same birth year, gender and area, named or anonymised, archived or not
(the person included); fewer than ``MIN_GROUP`` is a risk, and the anonymisation step offers
to remove the area as well.
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.models import Resident, Site
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.validation import ADULT_AGE

MIN_GROUP = 3

_GENDER_WORDS = {  # (child, adult): how the message names the group
    "female": ("jenter", "kvinner"),
    "male": ("gutter", "menn"),
}


@dataclass(frozen=True)
class SingledOutRisk:
    resident_id: int
    name: str                      # as the team knows the person (before anonymising)
    birth_year: int | None
    gender: str
    site_id: int
    site_name: str
    group_size: int                # residents of the area with this birth year and gender
    group_size_without_area: int   # the same in every area together

    @property
    def reason(self) -> str:
        """How few share what is left, in one or two sentences (for a list of several)."""
        return " ".join(p for p in (self._in_area(), self._anywhere()) if p)

    @property
    def message(self) -> str:
        """What to tell the person who anonymises, in plain Norwegian."""
        advice = ("De som kjenner området, kan derfor gjette hvem det var. Fjern også området, "
                  "så står bare fødselsår, kjønn og oppmøte igjen.")
        return " ".join(p for p in (self._in_area(), advice, self._anywhere()) if p)

    def _in_area(self) -> str:
        who = _group_words(self.birth_year, self.gender)
        if self.group_size <= 1:
            return f"Ingen andre beboere i {self.site_name} er {who}."
        return (f"Bare {number(self.group_size)} beboere i {self.site_name} er {who}, denne "
                "personen medregnet.")

    def _anywhere(self) -> str:
        if self.group_size_without_area <= 1:
            return ("Også uten område er personen den eneste med samme fødselsår og kjønn i "
                    "hele databasen.")
        if self.group_size_without_area < MIN_GROUP:
            return (f"Også uten område er bare {number(self.group_size_without_area)} med samme "
                    "fødselsår og kjønn i hele databasen.")
        return ""


def _year(birth_date, birth_year) -> int | None:
    if birth_year is not None:
        return int(birth_year)
    if birth_date is None:
        return None
    if isinstance(birth_date, str):
        return int(birth_date[:4])
    return birth_date.year


def _group_words(year: int | None, gender: str) -> str:
    child = year is not None and datetime.date.today().year - year < ADULT_AGE
    born = f"født {year}" if year is not None else "uten kjent fødselsår"
    words = _GENDER_WORDS.get(gender)
    if words is not None:
        return f"{words[0] if child else words[1]} {born}"
    if gender == "other":
        return f"{born} med kjønn «annet»"
    return f"{born} uten oppgitt kjønn"


def singled_out_risks(resident_ids) -> list[SingledOutRisk]:
    """The residents among ``resident_ids`` who would stand out after anonymisation (in the
    order given); residents without an area, or in a group of ``MIN_GROUP`` or more, are not
    listed. Two queries, whatever the number of residents."""
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    wanted = list(dict.fromkeys(resident_ids))
    if not wanted:
        return []
    targets = {}
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start:chunk_start + 500]
        for rid, first, last, born, year, gender, site_id, site_name in (
                Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                                Resident.birth_date, Resident.birth_year, Resident.gender,
                                Resident.site, Site.name)
                .join(Site, on=(Resident.site == Site.id))
                .where(Resident.id.in_(chunk)).tuples()):
            targets[rid] = (" ".join(p for p in (first, last) if p), _year(born, year),
                            gender, site_id, site_name)
    if not targets:
        return []
    genders = {t[2] for t in targets.values()}
    in_area: dict[tuple, int] = {}
    anywhere: dict[tuple, int] = {}
    for born, year, gender, site_id in (Resident
                                        .select(Resident.birth_date, Resident.birth_year,
                                                Resident.gender, Resident.site)
                                        .where(Resident.gender.in_(list(genders))).tuples()):
        key = (_year(born, year), gender)
        anywhere[key] = anywhere.get(key, 0) + 1
        in_area[key + (site_id,)] = in_area.get(key + (site_id,), 0) + 1
    risks = []
    for rid in wanted:
        if rid not in targets:
            continue
        name, year, gender, site_id, site_name = targets[rid]
        size = in_area.get((year, gender, site_id), 0)
        if size < MIN_GROUP:
            risks.append(SingledOutRisk(rid, name, year, gender, site_id, site_name, size,
                                        anywhere.get((year, gender), 0)))
    return risks


def singled_out_risk(resident_id: int) -> SingledOutRisk | None:
    """The risk for one resident (see ``singled_out_risks``), or None when there is none."""
    risks = singled_out_risks([resident_id])
    return risks[0] if risks else None
