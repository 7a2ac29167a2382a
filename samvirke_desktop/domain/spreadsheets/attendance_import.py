"""Attendance from a paper-turned-spreadsheet sign-in sheet: names down, dates across, a mark
where someone came, into the sessions of one activity.

- Names: one column with the whole name ("Amina Hassan" or "Hassan, Amina"), or Fornavn and
  Etternavn columns; a Fødselsår/Fødselsdato column tells people with the same name apart.
  Names are compared case- and accent-folded ("Sukru Yilmaz" finds "Şükrü Yılmaz"), in
  any script, and in either order (first-last or last-first). Among several residents with
  the same name, those enrolled in the activity win. A first name alone is accepted when
  exactly one enrolled participant has it (a warning says who it was taken to be). A name
  that matches nobody is an error: register the person first, then import again.
- Dates: every column whose header is a date (an Excel date cell, 05.06.2026, 5.6.26 or
  2026-06-05) is a session. A date with a session of the activity uses it (two columns with
  the same date use that day's sessions in order of time); a date without one gets a new
  session added by hand, and the preview says so. A cancelled session's marks are not
  registered (the preview says so).
- Marks: x, X, 1, ✓, ✔ (also "ja") mean present. Empty, 0, "-" and "nei" mean nothing is
  registered; any other mark is a warning and is not registered.
- Writing goes through ``attendance.set_present`` (same default roles as check-in) in one
  transaction: all or nothing. Presence already registered is left as it is.
"""
import datetime
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import Activity, Attendance, Enrolment, Resident, Session
from samvirke_desktop.db.transactions import _is_busy, write
from samvirke_desktop.domain.activities import attendance, scheduling
from samvirke_desktop.domain.formatting import date_no, number
from samvirke_desktop.domain.spreadsheets.cell_values import (
    mark_meaning,
    parse_date_cell,
    shown,
    split_full_name,
    text,
)
from samvirke_desktop.domain.spreadsheets.mapping import (
    MappingError,
    field_label,
    save_mapping,
    saved_mapping,
    suggest_mapping,
)
from samvirke_desktop.domain.spreadsheets.people_import import (
    ERROR,
    OK,
    PROGRESS_STEP,
    STATUS_LABELS,
    WARNING,
    ImportFailed,
    rows_word,
)
from samvirke_desktop.domain.spreadsheets.reading import Sheet, read_spreadsheet
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.errors import RecordGone, SamvirkeError

NAME_FIELDS = ("full_name", "first_name", "last_name")
TOTAL_WORDS = {"sum", "totalt", "total", "antall", "i alt", "ialt", "sum oppmøte", "totals"}
SQL_CHUNK = 500
_DATE_WITHOUT_YEAR = re.compile(r"\d{1,2}\.\d{1,2}\.?")


@dataclass
class SessionColumn:
    column: int                  # index in the sheet
    header: str
    date: datetime.date
    session_id: int | None       # None: a session is added for this date at import
    cancelled: bool = False
    marks: int = 0               # present marks in the rows that will be imported


@dataclass
class AttendanceRow:
    number: int
    cells: tuple
    name: str                    # as written in the sheet
    resident_id: int | None = None
    resident_name: str = ""
    present_columns: list[int] = field(default_factory=list)
    status: str = OK
    problems: list[str] = field(default_factory=list)
    include: bool = True

    @property
    def will_import(self) -> bool:
        return self.include and self.status != ERROR and self.resident_id is not None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def _problem(self, severity: str, message: str) -> None:
        self.problems.append(f"Rad {self.number}: {message}")
        if severity == ERROR or self.status == OK:
            self.status = severity


@dataclass
class AttendancePreview:
    activity_id: int
    activity_name: str
    sheet: Sheet
    mapping: list[str | None]
    columns: list[SessionColumn]
    rows: list[AttendanceRow]
    notes: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out = {OK: 0, WARNING: 0, ERROR: 0}
        for row in self.rows:
            out[row.status] += 1
        return out

    @property
    def new_session_dates(self) -> list[datetime.date]:
        return [c.date for c in self.columns if c.session_id is None]

    @property
    def marks_to_import(self) -> int:
        usable = {c.column for c in self.columns if not c.cancelled}
        return sum(1 for row in self.rows if row.will_import
                   for column in row.present_columns if column in usable)

    def summary(self) -> str:
        counts = self.counts
        new = len(self.new_session_dates)
        people = f"{len(self.rows)} {'person' if len(self.rows) == 1 else 'personer'}"
        dates = f"{len(self.columns)} {'dato' if len(self.columns) == 1 else 'datoer'}"
        return (f"{people} og {dates}: {counts[OK]} {'klar' if counts[OK] == 1 else 'klare'}, "
                f"{counts[WARNING]} med advarsel, {counts[ERROR]} hoppes over; "
                f"{number(self.marks_to_import)} oppmøter blir registrert"
                + (f", {new} {'ny samling' if new == 1 else 'nye samlinger'}." if new else "."))


@dataclass
class AttendanceImportResult:
    created_sessions: list[datetime.date]
    registered: int              # presence rows written now
    already_registered: int      # marks that were already in Samvirke
    skipped: list[AttendanceRow]

    def summary(self) -> str:
        parts = [f"Registrerte {number(self.registered)} oppmøter."]
        if self.already_registered:
            parts.append(f"{number(self.already_registered)} var registrert fra før.")
        if self.created_sessions:
            count = len(self.created_sessions)
            parts.append(f"{count} {'ny samling' if count == 1 else 'nye samlinger'}: "
                         f"{', '.join(date_no(d) for d in self.created_sessions)}.")
        if self.skipped:
            parts.append(f"{rows_word(len(self.skipped))} ble hoppet over.")
        return " ".join(parts)


# --- preview ------------------------------------------------------------------------

def _activity(activity_id: int) -> Activity:
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise RecordGone(f"Finner ingen aktivitet med nummer {activity_id}.")
    if activity.head_count_only:
        raise SamvirkeError(f"«{activity.name}» teller bare antall, uten navn, så en liste med "
                            "navn kan ikke importeres dit. Velg en annen aktivitet.")
    return activity


def _header_date(value) -> datetime.date | None:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return parse_date_cell(value)
    if value is None or isinstance(value, (int, float)):
        return None
    try:
        return parse_date_cell(value)
    except InvalidValue:
        return None


def _name_mapping(sheet: Sheet, dated: set[int],
                  mapping: list[str | None] | dict | None) -> list[str | None]:
    if isinstance(mapping, list):
        if len(mapping) != len(sheet.headers):
            raise MappingError("Kolonnevalget passer ikke til filen (feil antall kolonner).")
        columns = list(mapping)
    else:
        saved = {**saved_mapping("attendance"), **(mapping or {})}
        columns = suggest_mapping("attendance", sheet.headers, saved)
    for i in dated:
        columns[i] = None
    if not any(code in ("full_name", "first_name") for code in columns):
        # A sign-in sheet often has no header over the names: take the first text column.
        first = next((i for i in range(len(sheet.headers))
                      if i not in dated and columns[i] is None), None)
        if first is None:
            raise MappingError("Finner ingen kolonne med navn. Den første kolonnen skal ha "
                               "navnene, de andre datoene.")
        columns[first] = "full_name"
    if "full_name" in columns and ("first_name" in columns or "last_name" in columns):
        raise MappingError("Velg enten Navn (hele navnet) eller Fornavn og Etternavn, ikke begge.")
    return columns


class _ResidentIndex:
    """Residents by folded full name in both orders, and enrolled ones by first name."""

    def __init__(self, activity_id: int):
        self.by_name: dict[str, list[tuple]] = defaultdict(list)
        self.by_first: dict[str, list[tuple]] = defaultdict(list)
        enrolled = {rid for (rid,) in Enrolment.select(Enrolment.resident)
                    .where(Enrolment.activity == activity_id).tuples()}
        attended = {rid for (rid,) in Attendance.select(Attendance.resident).join(Session)
                    .where(Session.activity == activity_id).distinct().tuples()}
        self.regulars = enrolled | attended
        for rid, first, last, born, year, archived in (
                Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                                Resident.birth_date, Resident.birth_year, Resident.archived)
                .where(Resident.anonymised_at.is_null()).tuples()):
            entry = (rid, first, last, born.year if born else year, bool(archived), born)
            keys = {fold(f"{first} {last}"), fold(f"{last} {first}")}
            for key in keys:
                self.by_name[key].append(entry)
            if rid in self.regulars:
                self.by_first[fold(first)].append(entry)

    def candidates(self, name: str) -> list[tuple]:
        return list(self.by_name.get(fold(name), []))


def _row_name(cells: dict) -> tuple[str, str]:
    """(the name as written, the name to look up in first-last order)."""
    if "full_name" in cells:
        written = text(cells["full_name"])
        first, last = split_full_name(written)
        return written, " ".join(p for p in (first, last) if p)
    first, last = text(cells.get("first_name")), text(cells.get("last_name"))
    written = " ".join(p for p in (first, last) if p)
    return written, written


def _birth_year(cells: dict) -> int | None:
    for code in ("birth_year", "birth_date"):
        value = cells.get(code)
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.year
        match = re.search(r"(\d{4})", text(value))
        if match:
            return int(match.group(1))
    return None


def _match(row: AttendanceRow, lookup: str, year: int | None, index: _ResidentIndex) -> None:
    found = index.candidates(lookup)
    guessed = False
    if not found and " " not in lookup.strip():
        found = index.by_first.get(fold(lookup), [])
        guessed = True
    if year is not None:  # the same year, or no year known in Samvirke
        found = [c for c in found if c[3] == year] or [c for c in found if c[3] is None]
    if len(found) > 1:
        regulars = [c for c in found if c[0] in index.regulars]
        found = regulars or found
    if len(found) > 1:
        active = [c for c in found if not c[4]]
        found = active or found
    if not found:
        hint = " med det fødselsåret" if year is not None else ""
        row._problem(ERROR, f"fant ingen beboer som heter «{row.name}»{hint}. Registrer personen "
                            "i Samvirke først (eller importer beboerlisten), og prøv igjen.")
        return
    if len(found) > 1:
        who = "; ".join(f"{c[1]} {c[2]}" + (f", født {c[3]}" if c[3] else "") for c in found[:4])
        row._problem(ERROR, f"flere beboere heter «{row.name}» ({who}). Legg til en kolonne med "
                            "fødselsår i filen, så Samvirke kan skille dem.")
        return
    rid, first, last, _, archived, _ = found[0]
    row.resident_id, row.resident_name = rid, " ".join(p for p in (first, last) if p)
    if guessed:
        row._problem(WARNING, f"«{row.name}» er tolket som {row.resident_name} (den eneste "
                              "deltakeren i aktiviteten med det fornavnet).")
    if archived:
        row._problem(WARNING, f"{row.resident_name} er arkivert i Samvirke; oppmøtet registreres "
                              "likevel.")


def _session_columns(activity_id: int, dated: list[tuple[int, str, datetime.date]]
                     ) -> list[SessionColumn]:
    days = sorted({day for _, _, day in dated})
    by_day: dict[datetime.date, list[tuple[int, bool]]] = defaultdict(list)
    for i in range(0, len(days), SQL_CHUNK):
        for sid, day, cancelled in (
                Session.select(Session.id, Session.date, Session.cancelled)
                .where((Session.activity == activity_id) & Session.date.in_(days[i:i + SQL_CHUNK]))
                .order_by(Session.date, Session.start_time, Session.id).tuples()):
            by_day[day].append((sid, bool(cancelled)))
    used: dict[datetime.date, int] = defaultdict(int)
    columns = []
    for column, header, day in dated:
        sessions = by_day.get(day, [])
        # Several sessions on one day: prefer the ones held over cancelled ones, then by time.
        ordered = [s for s in sessions if not s[1]] + [s for s in sessions if s[1]]
        if used[day] < len(ordered):
            sid, cancelled = ordered[used[day]]
            columns.append(SessionColumn(column, header, day, sid, cancelled))
        else:
            columns.append(SessionColumn(column, header, day, None))
        used[day] += 1
    return columns


def importable_activities() -> list[tuple[int, str]]:
    """(id, name) of the activities the user may import attendance into: those with names
    (not head counts only), every one for coordinators, their own for activity leaders.
    Archived activities come last, marked, since old sheets often belong to them."""
    permissions.require_any(permissions.CHECK_IN_ANY, permissions.CHECK_IN_OWN)
    query = (Activity.select(Activity.id, Activity.name, Activity.archived)
             .where(Activity.head_count_only == False)
             .order_by(Activity.archived, Activity.name, Activity.id))
    if not permissions.can(permissions.CHECK_IN_ANY):
        query = query.where(Activity.id.in_(permissions.led_activity_ids() or [0]))
    return [(aid, f"{name} (arkivert)" if archived else name)
            for aid, name, archived in query.tuples()]


def date_columns(sheet: Sheet) -> dict[int, datetime.date]:
    """The columns whose header is a date (each one a session), by column index."""
    return {i: day for i, value in enumerate(sheet.header_values)
            if (day := _header_date(value)) is not None}


def suggest_attendance_mapping(sheet: Sheet, mapping: list[str | None] | dict | None = None
                               ) -> list[str | None]:
    """The name columns as the preview will read them (saved choices, header words, or the
    first text column); date columns are None. Raises ``MappingError`` when it cannot work."""
    dates = date_columns(sheet)
    if not dates:
        raise MappingError(NO_DATE_COLUMNS)
    return _name_mapping(sheet, set(dates), mapping)


def check_attendance_mapping(mapping: list[str | None]) -> list[str]:
    """What is wrong with a chosen set of name columns, in words; empty when usable."""
    problems = []
    chosen = [code for code in mapping if code is not None]
    for code in dict.fromkeys(chosen):
        if chosen.count(code) > 1:
            problems.append(f"{field_label('attendance', code)} er valgt for flere kolonner. "
                            "Velg feltet for bare én av dem.")
    if "full_name" in chosen and ("first_name" in chosen or "last_name" in chosen):
        problems.append("Velg enten Navn (hele navnet) eller Fornavn og Etternavn, ikke begge.")
    elif not set(chosen) & {"full_name", "first_name"}:
        problems.append("Velg hvilken kolonne som har navnet (Navn, eller Fornavn og Etternavn).")
    return problems


NO_DATE_COLUMNS = ("Finner ingen kolonner med dato i overskriften. Overskriftene skal være "
                   "datoene for samlingene, for eksempel 05.06.2026.")


def preview_attendance_import(activity_id: int, source: Sheet | str | Path,
                              mapping: list[str | None] | dict | None = None, *,
                              sheet_name: str | None = None) -> AttendancePreview:
    """Read the sheet and match names and dates; nothing is written."""
    permissions.require_check_in(activity_id)
    activity = _activity(activity_id)
    sheet = source if isinstance(source, Sheet) else read_spreadsheet(source, sheet=sheet_name)
    dated, undated_notes = [], []
    for i, (header, value) in enumerate(zip(sheet.headers, sheet.header_values)):
        day = _header_date(value)
        if day is not None:
            dated.append((i, header, day))
        elif isinstance(value, str) and _DATE_WITHOUT_YEAR.fullmatch(value.strip()):
            undated_notes.append(f"«{header}»")
    if not dated:
        raise MappingError(NO_DATE_COLUMNS)
    columns = _name_mapping(sheet, {i for i, _, _ in dated}, mapping)
    problems = check_attendance_mapping(columns)
    if problems:
        raise MappingError(" ".join(problems))
    preview = AttendancePreview(activity_id=activity_id, activity_name=activity.name,
                                sheet=sheet, mapping=columns,
                                columns=_session_columns(activity_id, dated), rows=[],
                                notes=list(sheet.warnings))
    if undated_notes:
        preview.notes.append(f"Kolonnene {', '.join(undated_notes)} ser ut som datoer uten årstall "
                             "og blir ikke importert. Skriv datoen med år, for eksempel "
                             "05.06.2026.")
    index = _ResidentIndex(activity_id)
    seen: dict[int, AttendanceRow] = {}
    for sheet_row in sheet.rows:
        cells = {code: sheet_row.value(i) for i, code in enumerate(columns) if code is not None}
        written, lookup = _row_name(cells)
        row = AttendanceRow(sheet_row.number, sheet_row.cells, written)
        if fold(written) in TOTAL_WORDS:
            continue  # a sum row under the names
        for column in preview.columns:
            value = sheet_row.value(column.column)
            meaning = mark_meaning(value)
            if meaning:
                row.present_columns.append(column.column)
            elif meaning is None:
                row._problem(WARNING, f"«{shown(value)}» under {column.header} er ikke et kjent "
                                      "merke (x, 1, ✓); det blir ikke registrert som oppmøte.")
        if not written:
            if row.present_columns:
                row._problem(ERROR, "navnet mangler, men raden har oppmøte.")
            else:
                continue  # an empty line on the sheet
        else:
            _match(row, lookup, _birth_year(cells), index)
        if row.resident_id is not None and row.resident_id in seen:
            earlier = seen[row.resident_id]
            row._problem(WARNING, f"{row.resident_name} står også på rad {earlier.number}; "
                                  "oppmøtet fra begge radene blir registrert.")
        if row.resident_id is not None:
            seen.setdefault(row.resident_id, row)
        row.include = row.status != ERROR
        preview.rows.append(row)
    if not preview.rows:
        raise MappingError("Arket har ingen navn under overskriftsraden.")
    _count_marks(preview)
    for column in preview.columns:
        if column.cancelled and column.marks:
            preview.notes.append(
                f"Samlingen {date_no(column.date)} er avlyst i Samvirke; "
                f"{'merket' if column.marks == 1 else f'de {column.marks} merkene'} i den "
                "kolonnen blir ikke registrert. Ta tilbake avlysningen først hvis samlingen "
                "likevel ble holdt.")
    new = [c for c in preview.columns if c.session_id is None]
    if new:
        preview.notes.append(
            f"{len(new)} {'dato' if len(new) == 1 else 'datoer'} har ingen samling i "
            f"«{activity.name}»: {', '.join(date_no(c.date) for c in new)}. Samlingene blir lagt "
            "til ved importen.")
    return preview


def _count_marks(preview: AttendancePreview) -> None:
    by_column = {c.column: c for c in preview.columns}
    for column in preview.columns:
        column.marks = 0
    for row in preview.rows:
        if row.will_import:
            for column in row.present_columns:
                by_column[column].marks += 1


# --- writing --------------------------------------------------------------------------

def run_attendance_import(preview: AttendancePreview, *, remember_mapping: bool = True,
                          progress: Callable[[int, int], None] | None = None
                          ) -> AttendanceImportResult:
    """Add missing sessions and register every mark of the ticked rows: all or nothing.

    ``remember_mapping`` keeps the choice of name columns for the next attendance import;
    ``progress(done, total)`` is called as marks are registered.
    """
    return _write(preview, remember_mapping, progress)


@write
def _write(preview: AttendancePreview, remember_mapping: bool,
           progress: Callable[[int, int], None] | None = None) -> AttendanceImportResult:
    permissions.require_check_in(preview.activity_id)
    _activity(preview.activity_id)
    _count_marks(preview)
    session_of: dict[int, int] = {}
    created: list[datetime.date] = []
    current = None
    registered = already = 0
    try:
        for column in preview.columns:
            if column.cancelled:
                continue
            session_id = column.session_id
            if session_id is None:  # kept out of the preview: a rolled-back try leaves no trace
                if not column.marks:
                    continue  # an empty date column does not need a session
                session_id = scheduling.add_session(
                    preview.activity_id, column.date,
                    notes=f"Lagt til ved import av oppmøte fra {preview.sheet.file_name}.").id
                created.append(column.date)
            session_of[column.column] = session_id
        wanted = [(session_of[c], row) for row in preview.rows if row.will_import
                  for c in row.present_columns if c in session_of]
        present_before = _present_pairs({sid for sid, _ in wanted})
        for done, (session_id, current) in enumerate(wanted, start=1):
            if progress is not None and done % PROGRESS_STEP == 0:
                progress(done, len(wanted))
            if (session_id, current.resident_id) in present_before:
                already += 1
                continue
            attendance.set_present(session_id, current.resident_id, True)
            present_before.add((session_id, current.resident_id))
            registered += 1
    except peewee.DatabaseError as exc:
        if isinstance(exc, peewee.OperationalError) and _is_busy(exc):
            raise  # the write decorator waits and tries again
        where = f" ved rad {current.number} ({current.name})" if current is not None else ""
        raise ImportFailed(f"Importen av oppmøte stoppet{where} fordi databasen ikke godtok "
                           "endringen. Ingenting ble lagret; databasen er som før.",
                           details=str(exc)) from exc
    record_changes.log_change("import", "attendance", None,
                              {"file": preview.sheet.file_name, "activity": preview.activity_id,
                        "registered": registered, "sessions_created": len(created)},
                              summary=f"Importerte {registered} oppmøter i «{preview.activity_name}» "
                               f"fra {preview.sheet.file_name}")
    if remember_mapping:
        dated = {c.column for c in preview.columns}
        names = [i for i in range(len(preview.mapping)) if i not in dated]
        save_mapping("attendance", [preview.sheet.headers[i] for i in names],
                     [preview.mapping[i] for i in names])
    skipped = [row for row in preview.rows if not row.will_import]
    return AttendanceImportResult(created, registered, already, skipped)


def _present_pairs(session_ids: set[int]) -> set[tuple[int, int]]:
    ids = list(session_ids)
    pairs = set()
    for i in range(0, len(ids), SQL_CHUNK):
        pairs.update(Attendance.select(Attendance.session, Attendance.resident)
                     .where(Attendance.session.in_(ids[i:i + SQL_CHUNK])
                            & (Attendance.present == True)).tuples())
    return pairs


def write_skipped_report(preview: AttendancePreview, path: str | Path) -> Path | None:
    """The rows not imported, with the reason, as .csv or .xlsx; None when there are none."""
    from samvirke_desktop.domain.spreadsheets.people_import import write_report_table

    return write_report_table(skipped_rows_table(preview), path)


def skipped_rows_table(preview: AttendancePreview) -> tuple[list, list[list]]:
    """The rows not imported, as they were, with the reason (for a report file)."""
    from samvirke_desktop.domain.spreadsheets.people_import import SKIPPED_REASON_HEADER, SKIPPED_ROW_HEADER

    headers = [SKIPPED_ROW_HEADER, *preview.sheet.header_values, SKIPPED_REASON_HEADER]
    rows = []
    for row in preview.rows:
        if row.will_import:
            continue
        reason = " ".join(p.split(": ", 1)[1] for p in row.problems) or \
            "Haken ble fjernet i forhåndsvisningen."
        rows.append([row.number, *row.cells, reason])
    return headers, rows
