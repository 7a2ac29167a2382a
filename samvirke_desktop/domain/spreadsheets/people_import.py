"""Bringing residents, volunteers and partners in from a team's spreadsheet.

Two steps, so nothing is written before the team has seen what will happen:

1. ``preview_people_import`` reads the file, applies the column mapping and checks every
   row: each gets a status (``ok``; ``warning``: imported unless the user unticks it, e.g.
   a possible duplicate; ``error``: skipped) and Norwegian problem texts naming the row,
   the column and the value ("Rad 14: «31.02.2020» i Fødselsdato er ikke en dato ...").
   Possible duplicates are found both among people already registered (the rules of
   ``domain.duplicates``) and among earlier rows of the same file.
2. ``run_import`` writes the accepted rows in one transaction: all or nothing. If any row
   fails while writing, the whole import is rolled back and ``ImportFailed`` says which
   row. ``write_skipped_report`` writes the skipped rows with their reasons as a CSV file
   that can be corrected and imported again (same columns, plus the reason).

Choices:
- A name in one column ("Navn") is split at the last space: "Amina Hassan" → Amina +
  Hassan; "Hassan, Amina" is read last name first.
- A value that cannot be read (date, phone, e-mail, birth year, a text too long for its
  field) makes the row an error: the team fixes the file instead of losing the value. An
  unknown gender word is a warning (stored as "ikke oppgitt"), as is "ja" where a date
  for a police certificate was expected (stored empty).
- Sites (Område) and households (Husstand) are matched by name (case and accents
  ignored); unknown ones are created and the preview says so. Without a Husstand column,
  residents with the same Adresse form one household named after the address.
- Partner types are matched to Samvirke's types by their Norwegian or English name; an
  unknown type is stored as "Annet" with a warning.
"""
import datetime
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import (
    GENDERS,
    Household,
    Language,
    Partner,
    PartnerContact,
    Resident,
    Site,
    Skill,
    Volunteer,
    VolunteerLanguage,
    VolunteerSkill,
)
from samvirke_desktop.db.transactions import _is_busy, write
from samvirke_desktop.domain.formatting import date_no, number
from samvirke_desktop.domain.people.duplicates import MIN_PHONE_DIGITS, PossibleDuplicate, _birth_match
from samvirke_desktop.domain.spreadsheets.cell_values import (
    parse_date_cell,
    parse_gender,
    parse_yes_no,
    phone_text,
    shown,
    split_full_name,
    split_list,
    text,
)
from samvirke_desktop.domain.spreadsheets.mapping import (
    MappingError,
    check_mapping,
    save_mapping,
    saved_mapping,
    suggest_mapping,
)
from samvirke_desktop.domain.spreadsheets.reading import Sheet, read_spreadsheet
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.validation import (
    InvalidValue,
    phone_key,
    validate_birth,
    validate_birth_year,
    validate_email,
    validate_phone,
)
from samvirke_desktop.domain.vocabulary import PARTNER_KIND_LABELS
from samvirke_desktop.errors import SamvirkeError

PEOPLE_KINDS = ("residents", "volunteers", "partners")
OK, WARNING, ERROR = "ok", "warning", "error"
STATUS_LABELS = {OK: "OK", WARNING: "Advarsel", ERROR: "Hoppes over"}
MODELS = {"residents": Resident, "volunteers": Volunteer, "partners": Partner}
RECORD_WORDS = {"residents": ("beboer", "beboere"), "volunteers": ("frivillig", "frivillige"),
                "partners": ("samarbeidspartner", "samarbeidspartnere")}
SKIPPED_REASON_HEADER = "Hvorfor hoppet over"
SKIPPED_ROW_HEADER = "Rad i filen"
PROGRESS_STEP = 250

PARTNER_KIND_WORDS = {
    **{fold(label): code for code, label in PARTNER_KIND_LABELS.items()},
    **{code.replace("_", " "): code for code in PARTNER_KIND_LABELS},
    "boligbygg": "housing", "bolig": "housing", "boligselskap": "housing",
    "borettslag": "housing", "vaktmester": "housing", "politiet": "police",
    "kirke": "church", "menighet": "church", "moske": "church", "trossamfunn": "church",
    "dps": "health", "helsestasjon": "health", "helsetjeneste": "health", "lege": "health",
    "frivillig": "voluntary_org", "frivillig lag": "voluntary_org", "forening": "voluntary_org",
    "lag": "voluntary_org", "idrettslag": "voluntary_org", "frivilligsentral": "voluntary_org",
    "kommune": "municipal_service", "kommunal": "municipal_service", "bydel": "municipal_service",
    "barnehage": "school", "skolen": "school", "butikken": "shop", "forretning": "shop",
    "biblioteket": "library", "annen": "other",
}


class ImportFailed(SamvirkeError):
    """Writing stopped at a row; everything was rolled back."""

    title = "Importen ble stoppet"


@dataclass
class PreviewRow:
    number: int                          # the row number the user sees in the spreadsheet
    cells: tuple                         # the cells as read (for the skipped-rows report)
    values: dict = field(default_factory=dict)
    status: str = OK
    problems: list[str] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    same_as_rows: list[int] = field(default_factory=list)
    include: bool = True                 # the wizard's tick box; errors are never imported

    @property
    def name(self) -> str:
        if "name" in self.values:
            return self.values["name"]
        return " ".join(p for p in (self.values.get("first_name", ""),
                                    self.values.get("last_name", "")) if p)

    @property
    def will_import(self) -> bool:
        return self.include and self.status != ERROR

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def _problem(self, severity: str, message: str) -> None:
        self.problems.append(f"Rad {self.number}: {message}")
        if severity == ERROR or self.status == OK:
            self.status = severity


@dataclass
class ImportPreview:
    kind: str
    sheet: Sheet
    mapping: list[str | None]
    rows: list[PreviewRow]
    notes: list[str] = field(default_factory=list)
    new_sites: list[str] = field(default_factory=list)
    new_households: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out = {OK: 0, WARNING: 0, ERROR: 0}
        for row in self.rows:
            out[row.status] += 1
        return out

    @property
    def rows_to_import(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.will_import]

    @property
    def skipped_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.will_import]

    def summary(self) -> str:
        """"1 000 rader: 980 klare, 12 med advarsel, 8 hoppes over." """
        counts = self.counts
        ready = f"{number(counts[OK])} {'klar' if counts[OK] == 1 else 'klare'}"
        return (f"{rows_word(len(self.rows))}: {ready}, {number(counts[WARNING])} med advarsel, "
                f"{number(counts[ERROR])} hoppes over.")


@dataclass
class ImportResult:
    kind: str
    created_ids: list[int]
    skipped: list[PreviewRow]
    new_sites: list[str] = field(default_factory=list)
    new_households: list[str] = field(default_factory=list)

    @property
    def created(self) -> int:
        return len(self.created_ids)

    def summary(self) -> str:
        one, many = RECORD_WORDS[self.kind]
        parts = [f"Importerte {number(self.created)} {one if self.created == 1 else many}."]
        if self.new_sites:
            parts.append(f"Nye områder: {', '.join(self.new_sites)}.")
        if self.new_households:
            parts.append(f"{number(len(self.new_households))} nye husstander.")
        if self.skipped:
            parts.append(f"{rows_word(len(self.skipped))} ble hoppet over.")
        return " ".join(parts)


def rows_word(count: int) -> str:
    return f"{number(count)} {'rad' if count == 1 else 'rader'}"


# --- preview ------------------------------------------------------------------------

def resolve_mapping(kind: str, sheet: Sheet,
                    mapping: list[str | None] | dict[str, str | None] | None) -> list[str | None]:
    """A list aligned with the sheet's columns: given as is, from a header→field dict (headers
    missing from it are suggested), or the saved choices plus suggestions."""
    if isinstance(mapping, list):
        if len(mapping) != len(sheet.headers):
            raise MappingError("Kolonnevalget passer ikke til filen (feil antall kolonner). "
                               "Velg kolonnene på nytt.")
        return list(mapping)
    saved = {**saved_mapping(kind), **(mapping or {})}
    return suggest_mapping(kind, sheet.headers, saved)


def preview_people_import(kind: str, source: Sheet | str | Path,
                          mapping: list[str | None] | dict[str, str | None] | None = None, *,
                          sheet_name: str | None = None,
                          today: datetime.date | None = None) -> ImportPreview:
    """Read and check every row; nothing is written. Raises ``MappingError`` for an unusable
    column choice and ``SpreadsheetError`` for a file that cannot be read."""
    if kind not in PEOPLE_KINDS:
        raise MappingError(f"Ukjent slags import «{kind}».")
    permissions.require(permissions.EDIT_PEOPLE)
    sheet = source if isinstance(source, Sheet) else read_spreadsheet(source, sheet=sheet_name)
    columns = resolve_mapping(kind, sheet, mapping)
    problems = check_mapping(kind, sheet.headers, columns)
    if problems:
        raise MappingError(" ".join(problems))
    today = today or datetime.date.today()
    preview = ImportPreview(kind=kind, sheet=sheet, mapping=columns, rows=[],
                            notes=list(sheet.warnings))
    _note_ignored_columns(preview)
    reader = _ROW_READERS[kind]
    for sheet_row in sheet.rows:
        row = PreviewRow(sheet_row.number, sheet_row.cells)
        cells = {code: (sheet.headers[i], sheet_row.value(i))
                 for i, code in enumerate(columns) if code is not None}
        reader(row, cells, today)
        _check_lengths(row, MODELS[kind], cells)
        preview.rows.append(row)
    if kind == "partners":
        _partner_duplicates(preview)
    else:
        _people_duplicates(preview)
    if kind == "residents":
        _plan_sites_and_households(preview)
    for row in preview.rows:
        row.include = row.status != ERROR
    return preview


def _note_ignored_columns(preview: ImportPreview) -> None:
    ignored = [header for header, code in zip(preview.sheet.headers, preview.mapping)
               if code is None and not header.startswith("Kolonne ")
               and header not in (SKIPPED_REASON_HEADER, SKIPPED_ROW_HEADER)]
    if ignored:
        names = ", ".join(f"«{h}»" for h in ignored)
        preview.notes.append(f"Disse kolonnene blir ikke importert: {names}.")


def _cell(cells: dict, code: str):
    return cells.get(code, (None, None))


def _value_problem(row: PreviewRow, header: str, value, phrase: str, exc: InvalidValue,
                   severity: str = ERROR) -> None:
    """"Rad 14: «31.02.2020» i Fødselsdato er ikke en dato. 31.02.2020 finnes ikke ..." """
    reason = _short(exc.message)
    if f"«{text(value)}»" in reason:
        reason = ""  # the validator only said what the first sentence says
    row._problem(severity, f"«{shown(value)}» i {header} {phrase}." + (f" {reason}" if reason else ""))


def _short(message: str) -> str:
    """A validation message without the long how-to-type hint (the preview is a list)."""
    from samvirke_desktop.domain import validation

    for hint in (validation.DATE_HINT, validation.PHONE_HINT, validation.EMAIL_HINT):
        message = message.replace(hint, "")
    return message.strip()


def _notes(value) -> str:
    """Notes keep their line breaks; other cells become one line."""
    return value.strip() if isinstance(value, str) else text(value)


def _names(row: PreviewRow, cells: dict) -> None:
    first_header, first = _cell(cells, "first_name")
    _, last = _cell(cells, "last_name")
    full_header, full = _cell(cells, "full_name")
    if "full_name" in cells:
        first_name, last_name = split_full_name(text(full))
    else:
        first_name, last_name = text(first), text(last)
    row.values["first_name"], row.values["last_name"] = first_name, last_name
    if not first_name:
        header = full_header if "full_name" in cells else first_header
        if last_name:
            row._problem(ERROR, f"fornavn mangler i {header} (etternavn: {last_name}).")
        else:
            row._problem(ERROR, f"navnet mangler ({header} er tom).")


def _phone_and_email(row: PreviewRow, cells: dict, phone_code="phone", email_code="email",
                     phone_field="phone", email_field="email") -> None:
    header, value = _cell(cells, phone_code)
    try:
        row.values[phone_field] = validate_phone(phone_text(value))
    except InvalidValue as exc:
        _value_problem(row, header, value, "er ikke et telefonnummer", exc)
    header, value = _cell(cells, email_code)
    try:
        row.values[email_field] = validate_email(text(value))
    except InvalidValue as exc:
        _value_problem(row, header, value, "er ikke en e-postadresse", exc)


def _date(row: PreviewRow, cells: dict, code: str, *, past: bool, today: datetime.date,
          yes_is_warning: bool = False) -> datetime.date | None:
    header, value = _cell(cells, code)
    try:
        return parse_date_cell(value, past=past, today=today)
    except InvalidValue as exc:
        if yes_is_warning and parse_yes_no(value) is not None:
            row._problem(WARNING, f"«{shown(value)}» i {header} er ikke en dato; feltet står tomt "
                                  "etter importen. Skriv inn datoen i Samvirke.")
        else:
            _value_problem(row, header, value, "er ikke en dato", exc)
        return None


def _birth(row: PreviewRow, cells: dict, today: datetime.date) -> tuple:
    born, year = None, None
    header, value = _cell(cells, "birth_date")
    if value is not None:
        given = value if isinstance(value, (datetime.date, int)) else text(value)
        try:
            if not isinstance(given, int) and not re.fullmatch(r"\d{4}", str(given)):
                parse_date_cell(given, past=True, today=today)
        except InvalidValue as exc:
            _value_problem(row, header, value, "er ikke en dato", exc)
        else:
            try:
                birth = validate_birth(given, today=today)
                born, year = birth.date, birth.year
            except InvalidValue as exc:
                _value_problem(row, header, value, "kan ikke brukes som fødselsdato", exc)
    year_header, year_value = _cell(cells, "birth_year")
    if year_value is not None:
        try:
            given = validate_birth_year(text(year_value), today=today)
        except InvalidValue as exc:
            _value_problem(row, year_header, year_value, "kan ikke brukes som fødselsår", exc)
        else:
            if year is not None and given is not None and given != year:
                row._problem(WARNING, f"fødselsåret {given} i {year_header} stemmer ikke med "
                                      f"fødselsdatoen {date_no(born) or year}; fødselsdatoen "
                                      "brukes.")
            year = year if year is not None else given
    return born, year


def _read_resident(row: PreviewRow, cells: dict, today: datetime.date) -> None:
    _names(row, cells)
    row.values["birth_date"], row.values["birth_year"] = _birth(row, cells, today)
    header, value = _cell(cells, "gender")
    gender = parse_gender(value)
    if gender is None:
        row._problem(WARNING, f"«{shown(value)}» i {header} er ikke et kjønn Samvirke kjenner "
                              "(jente, gutt, kvinne, mann, annet); lagres som «ikke oppgitt».")
        gender = "unspecified"
    row.values["gender"] = gender
    _phone_and_email(row, cells)
    language = text(_cell(cells, "language")[1])
    header, value = _cell(cells, "interpreter")
    needed = parse_yes_no(value)
    if needed is None:  # "arabisk" in the Tolk column: an interpreter for that language
        needed = True
        if not language:
            language = text(value)
    row.values["language"] = language
    row.values["interpreter_needed"] = needed
    row.values["notes"] = _notes(_cell(cells, "notes")[1])
    row.values["site_name"] = text(_cell(cells, "site")[1])
    row.values["household_name"] = text(_cell(cells, "household")[1])
    row.values["address"] = text(_cell(cells, "address")[1])


def _read_volunteer(row: PreviewRow, cells: dict, today: datetime.date) -> None:
    _names(row, cells)
    _, year = _birth(row, cells, today)
    row.values["birth_year"] = year
    _phone_and_email(row, cells)
    row.values["skills"] = split_list(_cell(cells, "skills")[1])
    row.values["languages"] = split_list(_cell(cells, "languages")[1])
    row.values["start_date"] = _date(row, cells, "start_date", past=False, today=today)
    row.values["end_date"] = _date(row, cells, "end_date", past=False, today=today)
    for code in ("police_certificate_requested", "police_certificate_shown",
                 "confidentiality_signed"):
        row.values[code] = _date(row, cells, code, past=True, today=today, yes_is_warning=True)
    row.values["police_certificate_checked_by"] = text(
        _cell(cells, "police_certificate_checked_by")[1])
    if row.values["start_date"] and row.values["end_date"] \
            and row.values["end_date"] < row.values["start_date"]:
        row._problem(ERROR, f"sluttdatoen {date_no(row.values['end_date'])} er før startdatoen "
                            f"{date_no(row.values['start_date'])}.")
    row.values["notes"] = _notes(_cell(cells, "notes")[1])


def partner_kind(word: str, name: str = "") -> str | None:
    """The partner type code for a word ("Skole", "library"); guessed from the name when no
    type is given ("NAV Sagene" → nav); None for an unknown word."""
    key = fold(word).strip(" .")
    if key:
        return PARTNER_KIND_WORDS.get(key)
    for part in fold(name).replace("-", " ").split():
        if part in PARTNER_KIND_WORDS and part not in ("lag", "annen", "annet"):
            return PARTNER_KIND_WORDS[part]
    return "other"


def _read_partner(row: PreviewRow, cells: dict, today: datetime.date) -> None:
    header, name = _cell(cells, "name")
    row.values["name"] = text(name)
    if not row.values["name"]:
        row._problem(ERROR, f"navnet mangler ({header} er tom).")
    header, value = _cell(cells, "kind")
    kind = partner_kind(text(value), row.values["name"])
    if kind is None:
        labels = ", ".join(label.lower() for label in PARTNER_KIND_LABELS.values())
        row._problem(WARNING, f"«{shown(value)}» i {header} er ikke en type Samvirke kjenner "
                              f"({labels}); lagres som «annet».")
        kind = "other"
    row.values["kind"] = kind
    _phone_and_email(row, cells)
    row.values["address"] = text(_cell(cells, "address")[1])
    row.values["website"] = text(_cell(cells, "website")[1])
    row.values["notes"] = _notes(_cell(cells, "notes")[1])
    row.values["contact_name"] = text(_cell(cells, "contact_name")[1])
    _phone_and_email(row, cells, "contact_phone", "contact_email", "contact_phone",
                     "contact_email")
    if not row.values["contact_name"] and (row.values["contact_phone"]
                                           or row.values["contact_email"]):
        row._problem(WARNING, "kontaktpersonens telefon eller e-post står uten navn; de lagres på "
                              "organisasjonen i stedet.")
        row.values["phone"] = row.values["phone"] or row.values["contact_phone"]
        row.values["email"] = row.values["email"] or row.values["contact_email"]


_ROW_READERS = {"residents": _read_resident, "volunteers": _read_volunteer,
                "partners": _read_partner}

# Field the value goes to → the field whose max_length limits it.
_LENGTH_FIELDS = {"site_name": (Site, "name"), "household_name": (Household, "name"),
                  "address": (Household, "address"), "contact_name": (PartnerContact, "name"),
                  "skills": (Skill, "name"), "languages": (Language, "name")}


def _check_lengths(row: PreviewRow, model, cells: dict) -> None:
    """Texts longer than their column (SQLite would keep them; PostgreSQL would refuse)."""
    reverse = {"site_name": "site", "household_name": "household"}
    for name, value in row.values.items():
        if name == "household_key":
            continue
        target_model, target_field = _LENGTH_FIELDS.get(name, (model, name))
        if target_model is Household and name == "address" and model is not Resident:
            target_model, target_field = model, "address"
        column = target_model._meta.fields.get(target_field)
        limit = getattr(column, "max_length", None)
        if not limit:
            continue
        texts = value if isinstance(value, list) else [value]
        for item in texts:
            if isinstance(item, str) and len(item) > limit:
                header = (cells.get(reverse.get(name, name)) or cells.get("full_name")
                          or (name,))[0]
                row._problem(ERROR, f"«{shown(item)}» i {header} er for langt (høyst {limit} "
                                    f"tegn, her er det {len(item)}).")


# --- possible duplicates ------------------------------------------------------------------

class _PeopleIndex:
    """People by folded name and by phone, to apply ``domain.duplicates``' rules in memory
    (one query for the whole file instead of one per row)."""

    def __init__(self):
        self.by_name: dict[tuple[str, str], list] = defaultdict(list)
        self.by_phone: dict[str, list] = defaultdict(list)

    def add(self, key, first, last, birth_date, birth_year, phone, archived=False) -> None:
        entry = (key, first, last, birth_date, birth_year, phone, archived)
        if first:
            self.by_name[(fold(first), fold(last))].append(entry)
        digits = phone_key(phone)
        if len(digits) >= MIN_PHONE_DIGITS:
            self.by_phone[digits].append(entry)

    def find(self, first, last, birth_date, birth_year, phone) -> list[tuple[tuple, str]]:
        found: dict = {}
        for entry in self.by_name.get((fold(first), fold(last)), []) if first else []:
            reason = _birth_match(birth_date, birth_year, entry[3], entry[4])
            if reason is not None:
                found[entry[0]] = (entry, reason)
        digits = phone_key(phone)
        if len(digits) >= MIN_PHONE_DIGITS:
            for entry in self.by_phone.get(digits, []):
                found.setdefault(entry[0], (entry, "phone"))
        return list(found.values())


_REASON_WORDS = {"name_birth_date": "samme navn og fødselsdato",
                 "name_birth_year": "samme navn og fødselsår", "name": "samme navn",
                 "phone": "samme telefonnummer"}


def _people_duplicates(preview: ImportPreview) -> None:
    model = MODELS[preview.kind]
    word = RECORD_WORDS[preview.kind][0]
    has_date = "birth_date" in model._meta.fields
    existing = _PeopleIndex()
    columns = [model.id, model.first_name, model.last_name,
               model.birth_date if has_date else model.birth_year, model.birth_year,
               model.phone, model.archived]
    for rid, first, last, born, year, phone, archived in (
            model.select(*columns).where(model.anonymised_at.is_null()).tuples()):
        existing.add(rid, first, last, born if has_date else None, year, phone, bool(archived))
    in_file = _PeopleIndex()
    for row in preview.rows:
        if row.status == ERROR:
            continue
        v = row.values
        born = v.get("birth_date")
        for entry, reason in existing.find(v["first_name"], v["last_name"], born,
                                           v.get("birth_year"), v.get("phone", "")):
            duplicate = PossibleDuplicate(
                "resident" if preview.kind == "residents" else "volunteer", entry[0], entry[1],
                entry[2], entry[3], entry[4], entry[5], entry[6], reason)
            row.duplicates.append(duplicate)
        if row.duplicates:
            row.duplicates.sort(key=lambda d: (("name_birth_date", "name_birth_year", "name",
                                                "phone").index(d.reason), d.record_id))
            more = len(row.duplicates) - 1
            row._problem(WARNING, f"mulig dublett. {row.duplicates[0].message}"
                                  + (f" ({more} til kan være samme person.)" if more else ""))
        matches = in_file.find(v["first_name"], v["last_name"], born, v.get("birth_year"),
                               v.get("phone", ""))
        row.same_as_rows = sorted(entry[0] for entry, _ in matches)
        if matches:
            entry, reason = min(matches, key=lambda m: m[0][0])
            row._problem(WARNING, f"ser ut til å være samme {word} som rad {entry[0]} "
                                  f"({_REASON_WORDS[reason]}).")
        in_file.add(row.number, v["first_name"], v["last_name"], born, v.get("birth_year"),
                    v.get("phone", ""))


def _partner_duplicates(preview: ImportPreview) -> None:
    existing = {fold(name): (pid, name) for pid, name in
                Partner.select(Partner.id, Partner.name).tuples()}
    seen: dict[str, int] = {}
    for row in preview.rows:
        key = fold(row.values.get("name", ""))
        if not key or row.status == ERROR:
            continue
        if key in existing:
            row._problem(WARNING, f"mulig dublett. Det finnes allerede en samarbeidspartner som "
                                  f"heter «{existing[key][1]}».")
        if key in seen:
            row.same_as_rows.append(seen[key])
            row._problem(WARNING, f"samme navn som rad {seen[key]}.")
        seen.setdefault(key, row.number)


# --- sites and households -------------------------------------------------------------

def _plan_sites_and_households(preview: ImportPreview) -> None:
    existing_sites = {fold(name) for (name,) in Site.select(Site.name).tuples()}
    new_sites: dict[str, tuple[str, int]] = {}
    for row in preview.rows:
        name = row.values.get("site_name", "")
        if name and fold(name) not in existing_sites and row.status != ERROR:
            shown_name, count = new_sites.get(fold(name), (name, 0))
            new_sites[fold(name)] = (shown_name, count + 1)
    preview.new_sites = [name for name, _ in new_sites.values()]
    for name, count in new_sites.values():
        preview.notes.append(f"Området «{name}» finnes ikke i Samvirke og blir opprettet ved "
                             f"importen ({count} {'rad' if count == 1 else 'rader'}).")
    by_address = "household" not in preview.mapping and "address" in preview.mapping
    existing_households = {fold(name) for (name,) in Household.select(Household.name).tuples()}
    new_households: dict[str, str] = {}
    for row in preview.rows:
        name = row.values.get("household_name") or (row.values.get("address") if by_address
                                                    else "")
        row.values["household_key"] = name
        if name and fold(name) not in existing_households and row.status != ERROR:
            new_households.setdefault(fold(name), name)
    preview.new_households = list(new_households.values())
    if new_households:
        how = ("etter adressen (samme adresse blir samme husstand)" if by_address
               else "fra kolonnen Husstand")
        preview.notes.append(f"{number(len(new_households))} nye husstander blir opprettet "
                             f"{how}.")


# --- writing ------------------------------------------------------------------------

def run_import(preview: ImportPreview, *, remember_mapping: bool = True,
               progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Write every row that is ticked and has no error, in one transaction (all or nothing).

    ``remember_mapping`` keeps the column choices for the next import of this kind, in the
    same transaction. ``progress(done, total)`` is called every ``PROGRESS_STEP`` rows (from
    the thread that runs the import) so a window can show how far it has come.
    """
    rows = preview.rows_to_import
    if not rows:
        return ImportResult(kind=preview.kind, created_ids=[], skipped=preview.skipped_rows)
    ids, sites, households = _write_rows(preview, rows, remember_mapping, progress)
    return ImportResult(kind=preview.kind, created_ids=ids, skipped=preview.skipped_rows,
                        new_sites=sites, new_households=households)


@write
def _write_rows(preview: ImportPreview, rows: list[PreviewRow], remember_mapping: bool,
                progress: Callable[[int, int], None] | None = None):
    permissions.require(permissions.EDIT_PEOPLE)
    kind = preview.kind
    context = _WriteContext(kind)
    ids = []
    current = None
    try:
        for current in rows:
            ids.append(_create_record(kind, current.values, context))
            if progress is not None and len(ids) % PROGRESS_STEP == 0:
                progress(len(ids), len(rows))
    except peewee.DatabaseError as exc:
        if isinstance(exc, peewee.OperationalError) and _is_busy(exc):
            raise  # the write decorator waits and tries again
        who = f" («{current.name}»)" if current is not None and current.name else ""
        number = current.number if current is not None else "?"
        raise ImportFailed(f"Importen stoppet ved rad {number}{who} fordi databasen ikke godtok "
                           "raden. Ingenting ble lagret; databasen er som før. Rett raden i "
                           "filen (eller fjern haken for den) og prøv igjen.",
                           details=str(exc)) from exc
    one, many = RECORD_WORDS[kind]
    record_changes.log_change("import", MODELS[kind]._meta.table_name, None,
                              {"file": preview.sheet.file_name, "rows": len(ids)},
                              summary=f"Importerte {len(ids)} {one if len(ids) == 1 else many} fra "
                               f"{preview.sheet.file_name}")
    if remember_mapping:
        save_mapping(kind, preview.sheet.headers, preview.mapping)
    return ids, context.created_sites, context.created_households


class _WriteContext:
    """Sites, households, skills and languages looked up (or created) once per import."""

    def __init__(self, kind: str):
        self.kind = kind
        self.sites = {fold(s.name): s.id for s in Site.select(Site.id, Site.name)}
        self.households = {}
        if kind == "residents":
            for hid, name, site_id in Household.select(Household.id, Household.name,
                                                       Household.site).tuples():
                self.households.setdefault(fold(name), hid)
        self.skills = {fold(s.name): s.id for s in Skill.select()}
        self.languages = {fold(lang.name): lang.id for lang in Language.select()}
        self.created_sites: list[str] = []
        self.created_households: list[str] = []

    def site(self, name: str) -> int | None:
        if not name:
            return None
        key = fold(name)
        if key not in self.sites:
            self.sites[key] = record_changes.create(Site, name=name).id
            self.created_sites.append(name)
        return self.sites[key]

    def household(self, name: str, site_id: int | None, address: str) -> int | None:
        if not name:
            return None
        key = fold(name)
        if key not in self.households:
            self.households[key] = record_changes.create(Household, name=name, site=site_id,
                                                         address=address).id
            self.created_households.append(name)
        return self.households[key]

    def skill(self, name: str) -> int:
        key = fold(name)
        if key not in self.skills:
            self.skills[key] = Skill.create(name=name).id
        return self.skills[key]

    def language(self, name: str) -> int:
        key = fold(name)
        if key not in self.languages:
            self.languages[key] = Language.create(name=name).id
        return self.languages[key]


def _create_record(kind: str, values: dict, context: _WriteContext) -> int:
    if kind == "residents":
        site_id = context.site(values["site_name"])
        household_id = context.household(values.get("household_key", ""), site_id,
                                          values["address"])
        resident = record_changes.create(
            Resident, first_name=values["first_name"], last_name=values["last_name"],
            birth_date=values["birth_date"], birth_year=values["birth_year"],
            gender=values["gender"] if values["gender"] in GENDERS else "unspecified",
            site=site_id, household=household_id, phone=values["phone"], email=values["email"],
            language=values["language"], interpreter_needed=values["interpreter_needed"],
            notes=values["notes"])
        return resident.id
    if kind == "volunteers":
        volunteer = record_changes.create(
            Volunteer, first_name=values["first_name"], last_name=values["last_name"],
            birth_year=values["birth_year"], phone=values["phone"], email=values["email"],
            start_date=values["start_date"], end_date=values["end_date"],
            police_certificate_requested=values["police_certificate_requested"],
            police_certificate_shown=values["police_certificate_shown"],
            police_certificate_checked_by=values["police_certificate_checked_by"],
            confidentiality_signed=values["confidentiality_signed"], notes=values["notes"])
        for skill in values["skills"]:
            VolunteerSkill.create(volunteer=volunteer.id, skill=context.skill(skill))
        for language in values["languages"]:
            VolunteerLanguage.create(volunteer=volunteer.id, language=context.language(language))
        return volunteer.id
    partner = record_changes.create(
        Partner, name=values["name"], kind=values["kind"], phone=values["phone"],
        email=values["email"], address=values["address"], website=values["website"],
        notes=values["notes"])
    if values["contact_name"]:
        record_changes.create(PartnerContact, partner=partner.id, name=values["contact_name"],
                              phone=values["contact_phone"], email=values["contact_email"])
    return partner.id


# --- skipped rows -------------------------------------------------------------------------

def skipped_reason(row: PreviewRow) -> str:
    if row.status == ERROR:
        return " ".join(p.split(": ", 1)[1] if p.startswith("Rad ") else p
                        for p in row.problems if p)
    return "Haken ble fjernet i forhåndsvisningen. " + " ".join(
        p.split(": ", 1)[1] for p in row.problems)


def skipped_rows_table(preview: ImportPreview) -> tuple[list[str], list[list]]:
    """The skipped rows as they were in the file, with the row number and the reason: a table
    the team can correct and import again (the two extra columns are not imported)."""
    headers = [SKIPPED_ROW_HEADER, *preview.sheet.headers, SKIPPED_REASON_HEADER]
    rows = [[row.number, *row.cells, skipped_reason(row)] for row in preview.skipped_rows]
    return headers, rows


def write_skipped_report(preview: ImportPreview, path: str | Path) -> Path | None:
    """Write the skipped rows to .csv or .xlsx (after the file name's ending); None when
    nothing was skipped."""
    return write_report_table(skipped_rows_table(preview), path)


def write_report_table(table: tuple[list, list[list]], path: str | Path) -> Path | None:
    from samvirke_desktop.domain.spreadsheets.table_export import write_table

    headers, rows = table
    if not rows:
        return None
    return write_table(path, headers, rows, title="Hoppet over")


def skipped_rows_text(preview: ImportPreview) -> str:
    """The skipped rows and why, one line each, for the command line and the log."""
    return "\n".join(f"Rad {row.number}: {skipped_reason(row)}" for row in preview.skipped_rows)


def default_report_path(source: str | Path) -> Path:
    source = Path(source)
    return source.with_name(f"{source.stem}-hoppet-over.csv")
