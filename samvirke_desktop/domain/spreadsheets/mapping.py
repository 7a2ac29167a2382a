"""Which spreadsheet column goes into which field: suggestions from the header names, and
the mapping the team chose last time.

A mapping is kept as a plain JSON object from header text to field code (null: the column is
not imported), in the ``Setting`` table under ``import.mapping.<kind>``, e.g.

    {"Fornavn": "first_name", "Tlf. mor": null, "Født": "birth_date"}

A file given with ``--mapping`` has the same shape; its values may also be the Norwegian field
names shown in the wizard ("Fødselsdato"). Headers are compared case- and accent-folded and
without punctuation, so "E-post" and "epost" are the same header.

Suggestions: a header that is exactly one of a field's words (Norwegian or English) gets that
field; then a header that begins with one of them ("Telefon (mobil)"). Each field is given to
one column only, the first that asks for it. A saved choice for a header beats a suggestion.
"""
import datetime
import json
import re
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import Setting
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import SamvirkeError

SETTING_PREFIX = "import.mapping."
KINDS = ("residents", "volunteers", "partners", "attendance")
KIND_WORDS = {"residents": "beboere", "volunteers": "frivillige", "partners": "samarbeidspartnere",
              "attendance": "oppmøte"}


class MappingError(SamvirkeError):
    title = "Kolonnene"


@dataclass(frozen=True)
class ImportField:
    code: str
    label: str                  # as shown in the wizard's column drop-down
    words: tuple[str, ...]      # header names that suggest this field


_FIRST = ImportField("first_name", "Fornavn", (
    "fornavn", "first name", "firstname", "given name", "forename", "fornamn"))
_LAST = ImportField("last_name", "Etternavn", (
    "etternavn", "last name", "lastname", "surname", "family name", "efternamn"))
_FULL = ImportField("full_name", "Navn (fornavn og etternavn)", (
    "navn", "name", "fullt navn", "full name", "hele navnet", "deltaker", "deltakar", "beboer",
    "barn", "elev", "frivillig", "participant"))
_BIRTH_DATE = ImportField("birth_date", "Fødselsdato", (
    "fødselsdato", "født", "fodt", "f dato", "fdato", "fødd", "birth date", "date of birth",
    "birthdate", "dob", "birthday", "bursdag"))
_BIRTH_YEAR = ImportField("birth_year", "Fødselsår", (
    "fødselsår", "født år", "årskull", "årgang", "birth year", "year of birth", "yob"))
_GENDER = ImportField("gender", "Kjønn", ("kjønn", "gender", "sex", "kjonn"))
_PHONE = ImportField("phone", "Telefon", (
    "telefon", "tlf", "mobil", "mobilnummer", "mobiltelefon", "telefonnummer", "tlf nr", "tlfnr",
    "phone", "mobile", "phone number", "telephone", "cell", "cellphone"))
_EMAIL = ImportField("email", "E-post", (
    "e post", "epost", "email", "e mail", "mail", "e postadresse", "epostadresse",
    "email address"))
_ADDRESS = ImportField("address", "Adresse", ("adresse", "address", "gateadresse", "bosted"))
_NOTES = ImportField("notes", "Merknad", (
    "merknad", "merknader", "notat", "notater", "kommentar", "kommentarer", "anmerkning",
    "notes", "note", "comment", "comments", "remarks"))
_LANGUAGE_WORDS = ("språk", "sprak", "language", "languages", "morsmål", "mother tongue")

FIELDS: dict[str, tuple[ImportField, ...]] = {
    "residents": (
        _FIRST, _LAST, _FULL, _BIRTH_DATE, _BIRTH_YEAR, _GENDER, _PHONE, _EMAIL, _ADDRESS,
        ImportField("site", "Område", (
            "område", "omrade", "site", "sted", "bygg", "blokk", "kvartal", "borettslag",
            "area", "location")),
        ImportField("household", "Husstand", ("husstand", "household", "familie", "family")),
        ImportField("language", "Språk", _LANGUAGE_WORDS),
        ImportField("interpreter", "Tolk", (
            "tolk", "trenger tolk", "tolkebehov", "behov for tolk", "interpreter",
            "interpreter needed")),
        _NOTES,
    ),
    "volunteers": (
        _FIRST, _LAST, _FULL, _BIRTH_YEAR,
        ImportField("birth_date", "Fødselsdato (bare året lagres)", _BIRTH_DATE.words),
        _PHONE, _EMAIL,
        ImportField("skills", "Ferdigheter", (
            "ferdigheter", "fag", "kompetanse", "kan hjelpe med", "skills", "subjects")),
        ImportField("languages", "Språk", _LANGUAGE_WORDS),
        ImportField("start_date", "Startdato", (
            "startdato", "start", "startet", "fra", "fra dato", "start date", "started")),
        ImportField("end_date", "Sluttdato", (
            "sluttdato", "slutt", "sluttet", "til", "til dato", "end date", "ended")),
        ImportField("police_certificate_requested", "Politiattest søkt", (
            "politiattest søkt", "politiattest bestilt", "attest søkt",
            "police certificate requested")),
        ImportField("police_certificate_shown", "Politiattest vist", (
            "politiattest vist", "politiattest", "politiattest sett", "attest vist",
            "vandelsattest", "police certificate", "police certificate shown")),
        ImportField("police_certificate_checked_by", "Politiattest sjekket av", (
            "sjekket av", "kontrollert av", "attest sjekket av", "politiattest sjekket av",
            "politiattest kontrollert av", "checked by")),
        ImportField("confidentiality_signed", "Taushetserklæring signert", (
            "taushetserklæring", "taushetserklæring signert", "taushetsplikt",
            "taushetserklæring underskrevet", "confidentiality", "confidentiality signed",
            "confidentiality declaration")),
        _NOTES,
    ),
    "partners": (
        ImportField("name", "Organisasjon", (
            "organisasjon", "navn", "name", "organisation", "organization", "virksomhet",
            "samarbeidspartner", "partner", "tjeneste")),
        ImportField("kind", "Type", ("type", "kategori", "art", "kind", "category", "sektor")),
        _PHONE, _EMAIL, _ADDRESS,
        ImportField("website", "Nettside", (
            "nettside", "hjemmeside", "nettsted", "web", "website", "url", "www")),
        ImportField("contact_name", "Kontaktperson", (
            "kontaktperson", "kontakt", "kontaktperson navn", "contact", "contact person",
            "contact name")),
        ImportField("contact_phone", "Kontaktpersonens telefon", (
            "kontaktperson telefon", "kontaktpersonens telefon", "kontakt telefon",
            "contact phone")),
        ImportField("contact_email", "Kontaktpersonens e-post", (
            "kontaktperson e post", "kontaktpersonens e post", "kontakt e post",
            "contact email")),
        _NOTES,
    ),
    # Attendance sheets: the name columns; every column headed by a date is a session.
    "attendance": (
        _FULL, _FIRST, _LAST,
        ImportField("birth_year", "Fødselsår (skiller personer med samme navn)",
                    _BIRTH_YEAR.words),
        ImportField("birth_date", "Fødselsdato (skiller personer med samme navn)",
                    _BIRTH_DATE.words),
    ),
}


def _kind(kind: str) -> str:
    if kind not in FIELDS:
        raise MappingError(f"Ukjent slags import «{kind}». Velg en av: {', '.join(KINDS)}.")
    return kind


def fields_for(kind: str) -> tuple[ImportField, ...]:
    return FIELDS[_kind(kind)]


def field_label(kind: str, code: str | None) -> str:
    if code is None:
        return "(ikke importer)"
    return next((f.label for f in fields_for(kind) if f.code == code), code)


def header_key(text) -> str:
    """A header compared without case, accents, punctuation or extra spaces."""
    if isinstance(text, (datetime.date, datetime.datetime)):
        return text.isoformat()
    return " ".join(re.sub(r"[\-_.:;/\\*()\[\]#?!'\"’]+", " ", fold(str(text or ""))).split())


def _index(kind: str) -> list[tuple[str, str]]:
    """(folded word, field code) pairs, longest words first so "politiattest vist" wins."""
    pairs = [(header_key(word), f.code) for f in fields_for(kind) for word in f.words]
    return sorted(pairs, key=lambda p: -len(p[0]))


# A whole name and its parts are never suggested together ("Navn foresatt" beside "Fornavn").
_EXCLUSIVE = {"full_name": {"first_name", "last_name"}, "first_name": {"full_name"},
              "last_name": {"full_name"}}


def suggest_mapping(kind: str, headers: list[str],
                    saved: dict[str, str | None] | None = None) -> list[str | None]:
    """One field code (or None) per column: saved choices first, then header words."""
    codes = {f.code for f in fields_for(kind)}
    keys = [header_key(h) for h in headers]
    saved_keys = {header_key(h): code for h, code in (saved or {}).items()}
    mapping: list[str | None] = [None] * len(headers)
    decided = [False] * len(headers)
    taken: set[str] = set()
    for i, key in enumerate(keys):
        if key in saved_keys:
            code = saved_keys[key]
            decided[i] = True
            if code in codes and code not in taken:
                mapping[i] = code
                taken.add(code)
    index = _index(kind)
    exact = {}
    for word, code in index:
        exact.setdefault(word, code)
    for i, key in enumerate(keys):  # exact words
        code = exact.get(key)
        if not decided[i] and code and code not in taken:
            mapping[i], decided[i] = code, True
            taken.add(code)
    for i, key in enumerate(keys):  # words at the start: "Telefon (mobil)", "Født den"
        if decided[i]:
            continue
        for word, code in index:
            if code in taken or _EXCLUSIVE.get(code, set()) & taken:
                continue
            if len(word) >= 3 and key.startswith(word + " "):
                mapping[i], decided[i] = code, True
                taken.add(code)
                break
    return mapping


def check_mapping(kind: str, headers: list[str], mapping: list[str | None]) -> list[str]:
    """What is wrong with a chosen mapping, in words; empty when it can be used."""
    problems = []
    seen: dict[str, str] = {}
    for header, code in zip(headers, mapping):
        if code is None:
            continue
        if code in seen:
            problems.append(f"Både «{seen[code]}» og «{header}» er satt til "
                            f"{field_label(kind, code)}. Velg feltet for bare én av kolonnene.")
        seen.setdefault(code, header)
    chosen = set(seen)
    if "full_name" in chosen and chosen & {"first_name", "last_name"}:
        problems.append("Velg enten Navn (hele navnet i én kolonne) eller Fornavn og Etternavn, "
                        "ikke begge.")
    if kind == "partners":
        if "name" not in chosen:
            problems.append("Velg hvilken kolonne som har organisasjonens navn.")
    elif not chosen & {"first_name", "full_name"}:
        problems.append("Velg hvilken kolonne som har navnet (Fornavn, eller Navn med både fornavn "
                        "og etternavn).")
    return problems


# --- kept in the database ------------------------------------------------------------

def setting_key(kind: str) -> str:
    return SETTING_PREFIX + _kind(kind)


def saved_mapping(kind: str) -> dict[str, str | None]:
    """The choices made at earlier imports of this kind; {} when none (or unreadable)."""
    row = Setting.get_or_none(Setting.key == setting_key(kind))
    if row is None:
        return {}
    try:
        value = json.loads(row.value)
    except (TypeError, ValueError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if v is None or isinstance(v, str)}


@write
def save_mapping(kind: str, headers: list[str], mapping: list[str | None]) -> None:
    """Remember these choices for next time (added to what was saved before)."""
    merged = saved_mapping(kind)
    current = {header_key(h): h for h in merged}
    for header, code in zip(headers, mapping):
        old = current.get(header_key(header))
        if old is not None and old != header:
            del merged[old]
        merged[header] = code
    value = json.dumps(merged, ensure_ascii=False)
    now = datetime.datetime.now().replace(microsecond=0)
    who = actor.current().username
    (Setting.insert(key=setting_key(kind), value=value, updated_at=now, updated_by=who)
     .on_conflict(conflict_target=[Setting.key],
                  update={Setting.value: value, Setting.updated_at: now, Setting.updated_by: who})
     .execute())


def read_mapping_file(path: str | Path, kind: str) -> dict[str, str | None]:
    """A ``--mapping`` JSON file: header → field code or Norwegian field name (or null)."""
    path = Path(path)
    try:
        value = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MappingError(f"Finner ikke kolonnefilen {path}.") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise MappingError(f"Kolonnefilen {path.name} er ikke gyldig JSON (lagret som UTF-8): "
                           f"{exc}.") from None
    if not isinstance(value, dict):
        raise MappingError(f"Kolonnefilen {path.name} skal være et JSON-objekt, for eksempel "
                           '{"Fornavn": "first_name", "Født": "birth_date"}.')
    by_code = {f.code: f.code for f in fields_for(kind)}
    by_label = {header_key(f.label): f.code for f in fields_for(kind)}
    for f in fields_for(kind):
        by_label.setdefault(header_key(f.label.split(" (")[0]), f.code)
    result: dict[str, str | None] = {}
    unknown = []
    for header, target in value.items():
        if target is None or (isinstance(target, str) and not target.strip()):
            result[str(header)] = None
            continue
        code = by_code.get(target) if isinstance(target, str) else None
        code = code or (by_label.get(header_key(target)) if isinstance(target, str) else None)
        if code is None:
            unknown.append(f"«{header}»: «{target}»")
        result[str(header)] = code
    if unknown:
        names = ", ".join(f.code for f in fields_for(kind))
        raise MappingError(f"Kolonnefilen {path.name} har felt Samvirke ikke kjenner for "
                           f"{KIND_WORDS[kind]}: {'; '.join(unknown)}. Gyldige felt: {names}.")
    return result
