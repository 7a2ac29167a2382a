"""The registers as tables to export: residents, volunteers, partners, sessions, attendance
and applications, with Norwegian column headers and real dates and numbers.

Each ``*_table`` function checks the role first and returns an ``ExportTable``; a list page
passes the ids it shows (``ids=``) so the file holds exactly what is on screen, filters
applied. ``export_table`` writes the file and, for tables with personal data, records the
export in the change log (action "export") in its own transaction; the file is written under
a temporary name first and only given its real name once the log entry is saved, so there is
never an export the log does not know of.

Roles: named people (residents, volunteers, partners' contact people, attendance) need
EXPORT_PERSONAL_DATA; applications need VIEW_APPLICATIONS; sessions (no names) are open to
every role that sees activities, limited to their own activities for activity leaders.

The resident, volunteer and partner headers are the ones the import recognises, so an
export can be imported into another Samvirke database as it is.
"""
import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import JOIN, fn

from samvirke_desktop.db.models import (
    Activity,
    ActivityLeader,
    Application,
    Attendance,
    Funder,
    FunderScheme,
    HeadCount,
    Household,
    Language,
    Partner,
    PartnerContact,
    Resident,
    Session,
    Site,
    Skill,
    Volunteer,
    VolunteerLanguage,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.spreadsheets.table_export import ExportError, write_table
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.validation import age_on
from samvirke_desktop.domain.vocabulary import (
    APPLICATION_STATUS_LABELS,
    ATTENDANCE_ROLE_LABELS,
    PARTNER_KIND_LABELS,
    WEEKDAY_LABELS,
    gender_label,
)
from samvirke_desktop.errors import PermissionDenied

EXPORT_KINDS = ("residents", "volunteers", "partners", "sessions", "attendance", "applications")
SQL_CHUNK = 500


@dataclass
class ExportTable:
    kind: str                 # one of EXPORT_KINDS, or a list page's own name
    title: str                # sheet name and the start of a suggested file name
    headers: list
    rows: list[list]
    personal: bool            # names of people: needs EXPORT_PERSONAL_DATA, logged
    table: str = ""           # the change log's table name
    filters: dict = field(default_factory=dict)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def suggested_file_name(self, suffix: str = ".xlsx") -> str:
        return suggested_file_name(self.title, suffix)


def suggested_file_name(title: str, suffix: str = ".xlsx") -> str:
    """"beboere-2026-06-05.xlsx" for the list called Beboere."""
    return f"{title.lower().replace(' ', '-')}-{datetime.date.today():%Y-%m-%d}{suffix}"


def _chunks(values: list, size: int = SQL_CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _select_by_ids(query, column, ids: list[int] | None) -> list:
    if ids is None:
        return list(query.tuples())
    out = []
    for chunk in _chunks(ids):
        out.extend(query.where(column.in_(chunk)).tuples())
    return out


def _yes(value: bool) -> str:
    return "Ja" if value else "Nei"


# --- residents ----------------------------------------------------------------------

RESIDENT_HEADERS = ["Nr", "Fornavn", "Etternavn", "Fødselsdato", "Fødselsår", "Kjønn",
                    "Telefon", "E-post", "Område", "Husstand", "Adresse", "Språk", "Tolk",
                    "Merknad"]


def residents_table(*, ids: Iterable[int] | None = None, include_archived: bool = False,
                    site_id: int | None = None,
                    today: datetime.date | None = None) -> ExportTable:
    """Residents by name; anonymised residents are never exported."""
    permissions.require(permissions.EXPORT_PERSONAL_DATA)
    today = today or datetime.date.today()
    query = (Resident
             .select(Resident.id, Resident.first_name, Resident.last_name, Resident.birth_date,
                     Resident.birth_year, Resident.gender, Resident.phone, Resident.email,
                     Site.name, Household.name, Household.address, Resident.language,
                     Resident.interpreter_needed, Resident.notes, Resident.archived)
             .join_from(Resident, Site, JOIN.LEFT_OUTER, on=(Resident.site == Site.id))
             .join_from(Resident, Household, JOIN.LEFT_OUTER,
                        on=(Resident.household == Household.id))
             .where(Resident.anonymised_at.is_null())
             .order_by(Resident.last_name, Resident.first_name, Resident.id))
    if not include_archived:
        query = query.where(Resident.archived == False)
    if site_id is not None:
        query = query.where(Resident.site == site_id)
    ids = None if ids is None else list(dict.fromkeys(ids))
    headers = RESIDENT_HEADERS + (["Arkivert"] if include_archived else [])
    rows = []
    for (rid, first, last, born, year, gender, phone, email, site, household, address,
         language, interpreter, notes, archived) in _select_by_ids(query, Resident.id, ids):
        row = [rid, first, last, born, year, gender_label(gender, age_on(born, year, today)),
               phone, email, site or "", household or "", address or "", language,
               _yes(interpreter), notes]
        if include_archived:
            row.append(_yes(archived))
        rows.append(row)
    if ids is not None:
        rows.sort(key=lambda r: (r[2].casefold(), r[1].casefold(), r[0]))
    return ExportTable("residents", "Beboere", headers, rows, personal=True, table="resident",
                       filters={"ids": len(ids) if ids is not None else None,
                                "include_archived": include_archived, "site_id": site_id})


# --- volunteers ---------------------------------------------------------------------

VOLUNTEER_HEADERS = ["Nr", "Fornavn", "Etternavn", "Fødselsår", "Telefon", "E-post",
                     "Ferdigheter", "Språk", "Startdato", "Sluttdato", "Politiattest søkt",
                     "Politiattest vist", "Politiattest sjekket av", "Taushetserklæring signert",
                     "Merknad"]


def _names_by_volunteer(link, target) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for volunteer_id, name in (link.select(link.volunteer, target.name).join(target)
                               .order_by(target.name).tuples()):
        out[volunteer_id].append(name)
    return out


def volunteers_table(*, ids: Iterable[int] | None = None,
                     include_archived: bool = False) -> ExportTable:
    permissions.require(permissions.EXPORT_PERSONAL_DATA)
    query = (Volunteer
             .select(Volunteer.id, Volunteer.first_name, Volunteer.last_name,
                     Volunteer.birth_year, Volunteer.phone, Volunteer.email,
                     Volunteer.start_date, Volunteer.end_date,
                     Volunteer.police_certificate_requested, Volunteer.police_certificate_shown,
                     Volunteer.police_certificate_checked_by, Volunteer.confidentiality_signed,
                     Volunteer.notes, Volunteer.archived)
             .where(Volunteer.anonymised_at.is_null())
             .order_by(Volunteer.last_name, Volunteer.first_name, Volunteer.id))
    if not include_archived:
        query = query.where(Volunteer.archived == False)
    ids = None if ids is None else list(dict.fromkeys(ids))
    skills = _names_by_volunteer(VolunteerSkill, Skill)
    languages = _names_by_volunteer(VolunteerLanguage, Language)
    headers = VOLUNTEER_HEADERS + (["Arkivert"] if include_archived else [])
    rows = []
    for (vid, first, last, year, phone, email, start, end, requested, shown, checked_by,
         confidentiality, notes, archived) in _select_by_ids(query, Volunteer.id, ids):
        row = [vid, first, last, year, phone, email, ", ".join(skills.get(vid, [])),
               ", ".join(languages.get(vid, [])), start, end, requested, shown, checked_by,
               confidentiality, notes]
        if include_archived:
            row.append(_yes(archived))
        rows.append(row)
    if ids is not None:
        rows.sort(key=lambda r: (r[2].casefold(), r[1].casefold(), r[0]))
    return ExportTable("volunteers", "Frivillige", headers, rows, personal=True,
                       table="volunteer",
                       filters={"ids": len(ids) if ids is not None else None,
                                "include_archived": include_archived})


# --- partners -----------------------------------------------------------------------

PARTNER_HEADERS = ["Nr", "Organisasjon", "Type", "Telefon", "E-post", "Adresse", "Nettside",
                   "Kontaktperson", "Kontaktpersonens telefon", "Kontaktpersonens e-post",
                   "Andre kontaktpersoner", "Merknad"]


def partners_table(*, ids: Iterable[int] | None = None,
                   include_archived: bool = False) -> ExportTable:
    """Partners with their contact people (the first in its own columns, the rest together)."""
    permissions.require(permissions.EXPORT_PERSONAL_DATA)
    query = (Partner.select(Partner.id, Partner.name, Partner.kind, Partner.phone, Partner.email,
                            Partner.address, Partner.website, Partner.notes)
             .order_by(Partner.name, Partner.id))
    if not include_archived:
        query = query.where(Partner.archived == False)
    ids = None if ids is None else list(dict.fromkeys(ids))
    contacts: dict[int, list] = defaultdict(list)
    for partner_id, name, phone, email in (
            PartnerContact.select(PartnerContact.partner, PartnerContact.name,
                                  PartnerContact.phone, PartnerContact.email)
            .order_by(PartnerContact.id).tuples()):
        contacts[partner_id].append((name, phone, email))
    rows = []
    for pid, name, kind, phone, email, address, website, notes in _select_by_ids(
            query, Partner.id, ids):
        people = contacts.get(pid, [])
        first = people[0] if people else ("", "", "")
        others = "; ".join(
            n + (f" ({', '.join(x for x in (p, e) if x)})" if p or e else "")
            for n, p, e in people[1:])
        rows.append([pid, name, PARTNER_KIND_LABELS.get(kind, kind), phone, email, address,
                     website, *first, others, notes])
    return ExportTable("partners", "Samarbeidspartnere", PARTNER_HEADERS, rows, personal=True,
                       table="partner",
                       filters={"ids": len(ids) if ids is not None else None,
                                "include_archived": include_archived})


# --- sessions -----------------------------------------------------------------------

SESSION_HEADERS = ["Dato", "Ukedag", "Fra", "Til", "Aktivitet", "Område", "Sted", "Tema",
                   "Avlyst", "Årsak til avlysning", "Registrerte til stede",
                   "Talt uten navn", "Frivillige", "Frivillige timer"]


def _visible_activities(who: actor.Actor) -> list[int] | None:
    """None: every activity; otherwise the activities an activity leader runs."""
    if permissions.can(permissions.CHECK_IN_ANY, who) or permissions.can(
            permissions.EDIT_ACTIVITIES, who) or permissions.can(permissions.VIEW_STATISTICS, who):
        return None
    if permissions.can(permissions.CHECK_IN_OWN, who):
        return [a for (a,) in ActivityLeader.select(ActivityLeader.activity)
                .where(ActivityLeader.user == who.user_id).tuples()]
    raise PermissionDenied("Rollen din gir ikke tilgang til samlingene.")


def _session_query(activity_id, date_from, date_to):
    who = actor.current()
    visible = _visible_activities(who)
    query = (Session.select(Session.id, Session.date, Session.start_time, Session.end_time,
                            Activity.name, Site.name, Session.place, Session.topic,
                            Session.cancelled, Session.cancel_reason)
             .join(Activity)
             .join(Site, JOIN.LEFT_OUTER, on=(Activity.site == Site.id))
             .order_by(Session.date, Session.start_time, Activity.name, Session.id))
    if activity_id is not None:
        query = query.where(Session.activity == activity_id)
    if visible is not None:
        query = query.where(Session.activity.in_(visible or [0]))
    if date_from is not None:
        query = query.where(Session.date >= date_from)
    if date_to is not None:
        query = query.where(Session.date <= date_to)
    return query


def _counts_by_session(query_model, value, session_ids: list[int]) -> dict[int, object]:
    out = {}
    for chunk in _chunks(session_ids):
        q = (query_model.select(query_model.session, value)
             .where(query_model.session.in_(chunk)).group_by(query_model.session))
        if query_model is Attendance:
            q = q.where(Attendance.present == True)
        out.update(dict(q.tuples()))
    return out


def sessions_table(*, activity_id: int | None = None, date_from: datetime.date | None = None,
                   date_to: datetime.date | None = None,
                   ids: Iterable[int] | None = None) -> ExportTable:
    """Sessions with their counts (no names)."""
    query = _session_query(activity_id, date_from, date_to)
    ids = None if ids is None else list(dict.fromkeys(ids))
    found = _select_by_ids(query, Session.id, ids)
    session_ids = [row[0] for row in found]
    present = _counts_by_session(Attendance, fn.COUNT(Attendance.id), session_ids)
    counted = _counts_by_session(HeadCount, fn.SUM(HeadCount.count), session_ids)
    volunteers = _counts_by_session(VolunteerPresence, fn.COUNT(VolunteerPresence.id),
                                    session_ids)
    hours = _counts_by_session(VolunteerPresence, fn.SUM(VolunteerPresence.hours), session_ids)
    rows = []
    for sid, day, start, end, activity, site, place, topic, cancelled, reason in found:
        rows.append([day, WEEKDAY_LABELS[day.isoweekday()], start, end, activity, site or "",
                     place, topic, _yes(cancelled), reason, present.get(sid, 0),
                     int(counted.get(sid) or 0), volunteers.get(sid, 0),
                     VolunteerPresence.hours.python_value(hours.get(sid)) or 0])
    if ids is not None:
        rows.sort(key=lambda r: (r[0], r[2] or datetime.time(0), r[4]))
    return ExportTable("sessions", "Samlinger", SESSION_HEADERS, rows, personal=False,
                       table="session",
                       filters={"activity_id": activity_id, "from": date_from, "to": date_to})


# --- attendance ---------------------------------------------------------------------

ATTENDANCE_HEADERS = ["Dato", "Aktivitet", "Fornavn", "Etternavn", "Fødselsår", "Kjønn", "Rolle",
                      "Til stede", "Uten påmelding"]


def attendance_table(*, activity_id: int | None = None, date_from: datetime.date | None = None,
                     date_to: datetime.date | None = None, layout: str = "list") -> ExportTable:
    """Who came: one row per person and session (``layout="list"``), or for one activity a
    sheet of names × session dates with "x" for present (``layout="matrix"``), the same shape
    the attendance import reads."""
    permissions.require(permissions.EXPORT_PERSONAL_DATA)
    if layout == "matrix":
        if activity_id is None:
            raise ExportError("Oppmøte som navn × datoer gjelder én aktivitet. Velg aktiviteten.")
        return _attendance_matrix(activity_id, date_from, date_to)
    query = (Attendance
             .select(Session.date, Activity.name, Resident.first_name, Resident.last_name,
                     Resident.birth_date, Resident.birth_year, Resident.gender, Attendance.role,
                     Attendance.present, Attendance.walk_in)
             .join(Session).join(Activity)
             .join_from(Attendance, Resident)
             .where(Resident.anonymised_at.is_null())
             .order_by(Session.date, Activity.name, Resident.last_name, Resident.first_name))
    if activity_id is not None:
        query = query.where(Session.activity == activity_id)
    if date_from is not None:
        query = query.where(Session.date >= date_from)
    if date_to is not None:
        query = query.where(Session.date <= date_to)
    rows = []
    for day, activity, first, last, born, year, gender, role, present, walk_in in query.tuples():
        rows.append([day, activity, first, last, born.year if born else year,
                     gender_label(gender, age_on(born, year, day)),
                     ATTENDANCE_ROLE_LABELS.get(role, role), _yes(present), _yes(walk_in)])
    return ExportTable("attendance", "Oppmøte", ATTENDANCE_HEADERS, rows, personal=True,
                       table="attendance",
                       filters={"activity_id": activity_id, "from": date_from, "to": date_to})


def _attendance_matrix(activity_id: int, date_from, date_to) -> ExportTable:
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise ExportError(f"Finner ingen aktivitet med nummer {activity_id}.")
    sessions = Session.select(Session.id, Session.date).where(
        (Session.activity == activity_id) & (Session.cancelled == False))
    if date_from is not None:
        sessions = sessions.where(Session.date >= date_from)
    if date_to is not None:
        sessions = sessions.where(Session.date <= date_to)
    sessions = list(sessions.order_by(Session.date, Session.start_time, Session.id).tuples())
    column = {sid: i for i, (sid, _) in enumerate(sessions)}
    people: dict[int, list] = {}
    marks: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(list(column)):
        for rid, first, last, born, year, sid in (
                Attendance.select(Resident.id, Resident.first_name, Resident.last_name,
                                  Resident.birth_date, Resident.birth_year, Attendance.session)
                .join(Resident)
                .where(Attendance.session.in_(chunk) & (Attendance.present == True)
                       & Resident.anonymised_at.is_null()).tuples()):
            people[rid] = [first, last, born.year if born else year]
            marks[rid].add(column[sid])
    headers = ["Fornavn", "Etternavn", "Fødselsår", *[day for _, day in sessions]]
    rows = []
    for rid, (first, last, year) in sorted(people.items(),
                                           key=lambda p: (p[1][1].casefold(),
                                                          p[1][0].casefold())):
        rows.append([first, last, year,
                     *["x" if i in marks[rid] else None for i in range(len(sessions))]])
    return ExportTable("attendance", f"Oppmøte {activity.name}", headers, rows, personal=True,
                       table="attendance",
                       filters={"activity_id": activity_id, "from": date_from, "to": date_to,
                                "layout": "matrix"})


# --- applications ---------------------------------------------------------------------

APPLICATION_HEADERS = ["Nr", "Tittel", "Tilskuddsgiver", "Ordning", "Underkategori", "Referanse",
                       "Periode fra", "Periode til", "Status", "Søkt beløp", "Innvilget beløp",
                       "Søknadsfrist", "Fremdriftsrapport", "Sluttrapport", "Regnskap"]


def applications_table(*, ids: Iterable[int] | None = None,
                       include_archived: bool = False) -> ExportTable:
    permissions.require(permissions.VIEW_APPLICATIONS)
    query = (Application
             .select(Application.id, Application.title, Funder.name, FunderScheme.name,
                     Application.sub_category, Application.reference, Application.period_start,
                     Application.period_end, Application.status, Application.amount_applied,
                     Application.amount_granted, Application.deadline_application,
                     Application.deadline_progress_report, Application.deadline_final_report,
                     Application.deadline_accounts)
             .join(Funder)
             .join_from(Application, FunderScheme, JOIN.LEFT_OUTER,
                        on=(Application.scheme == FunderScheme.id))
             .order_by(Application.period_start.desc(), Application.title, Application.id))
    if not include_archived:
        query = query.where(Application.archived == False)
    ids = None if ids is None else list(dict.fromkeys(ids))
    rows = []
    for row in _select_by_ids(query, Application.id, ids):
        (aid, title, funder, scheme, sub, ref, start, end, status, applied, granted,
         d_app, d_progress, d_final, d_accounts) = row
        rows.append([aid, title, funder, scheme or "", sub, ref, start, end,
                     APPLICATION_STATUS_LABELS.get(status, status),
                     Application.amount_applied.python_value(applied),
                     Application.amount_granted.python_value(granted),
                     d_app, d_progress, d_final, d_accounts])
    return ExportTable("applications", "Søknader", APPLICATION_HEADERS, rows, personal=False,
                       table="application",
                       filters={"ids": len(ids) if ids is not None else None,
                                "include_archived": include_archived})


# --- writing --------------------------------------------------------------------------

BUILDERS = {"residents": residents_table, "volunteers": volunteers_table,
            "partners": partners_table, "sessions": sessions_table,
            "attendance": attendance_table, "applications": applications_table}

_RECORD_WORDS = {"residents": "beboere", "volunteers": "frivillige",
                 "partners": "samarbeidspartnere", "attendance": "oppmøterader",
                 "sessions": "samlinger", "applications": "søknader"}


def build_table(kind: str, **filters) -> ExportTable:
    if kind not in BUILDERS:
        raise ExportError(f"Ukjent eksport «{kind}». Velg en av: {', '.join(EXPORT_KINDS)}.")
    return BUILDERS[kind](**filters)


# What a list of each kind holds decides the rules, not the caller: a list of residents is
# personal data whoever asks to export it. Kinds not named here count as personal.
PERSONAL_KINDS = frozenset({"residents", "volunteers", "partners", "attendance", "households",
                            "users"})
NOT_PERSONAL_KINDS = frozenset({"sessions", "applications", "activities", "funders", "sites"})
KIND_TABLES = {"residents": "resident", "volunteers": "volunteer", "partners": "partner",
               "attendance": "attendance", "sessions": "session", "applications": "application",
               "activities": "activity", "funders": "funder", "sites": "site",
               "households": "household", "users": "app_user"}


def is_personal(kind: str) -> bool:
    return kind not in NOT_PERSONAL_KINDS


def may_export(kind: str, who: actor.Actor | None = None) -> bool:
    """Whether the role may export a list of ``kind`` (the GUI shows Eksporter only then)."""
    if is_personal(kind) and not permissions.can(permissions.EXPORT_PERSONAL_DATA, who):
        return False
    if kind == "applications":
        return permissions.can(permissions.VIEW_APPLICATIONS, who)
    return True


def custom_table(kind: str, title: str, headers: list, rows: list[list], *,
                 personal: bool = False, table: str = "",
                 filters: dict | None = None) -> ExportTable:
    """A list page's own columns (what it shows, filters applied), exported with the same
    role check and logging as the named exports. A kind that holds names is personal
    whatever ``personal`` says."""
    return ExportTable(kind, title, list(headers), [list(r) for r in rows],
                       personal=personal or is_personal(kind),
                       table=table or KIND_TABLES.get(kind, kind), filters=dict(filters or {}))


def _require(table: ExportTable) -> None:
    if table.personal or is_personal(table.kind):
        permissions.require(permissions.EXPORT_PERSONAL_DATA)
    if table.kind == "applications":
        permissions.require(permissions.VIEW_APPLICATIONS)


@write
def _log_and_publish(table: ExportTable, partial: Path, path: Path) -> None:
    """The log entry and the file's real name in one step: if either fails, neither is kept."""
    word = _RECORD_WORDS.get(table.kind, "rader")
    record_changes.log_change("export", table.table or table.kind, None,
                              {"file": path.name, "rows": table.row_count,
                        "filters": {k: v for k, v in table.filters.items() if v is not None}},
                              summary=f"Eksporterte {table.row_count} {word} til {path.name}")
    if not partial.exists():
        return  # a retry after the file was already given its name
    try:
        partial.replace(path)
    except PermissionError:
        raise ExportError(f"Samvirke får ikke skrive {path.name}. Er filen åpen i Excel? Lukk "
                          "den, eller velg et annet filnavn.") from None


def export_table(table: ExportTable, path: str | Path) -> Path:
    """Write ``table`` to ``path`` (.xlsx or .csv); personal data is logged as an export."""
    _require(table)
    path = Path(path)
    if not (table.personal or is_personal(table.kind)):
        return write_table(path, table.headers, table.rows, title=table.title)
    partial = path.with_name(f"{path.stem}.ufullstendig{path.suffix}")
    write_table(partial, table.headers, table.rows, title=table.title)
    try:
        _log_and_publish(table, partial, path)
    except BaseException:
        if partial.exists():
            partial.unlink()
        elif path.exists():
            path.unlink()  # named, but the log entry was not saved: no unlogged export
        raise
    return path


def export_register(kind: str, path: str | Path, **filters) -> ExportTable:
    """Build one of the named exports and write it; returns the table that was written."""
    table = build_table(kind, **filters)
    export_table(table, path)
    return table
