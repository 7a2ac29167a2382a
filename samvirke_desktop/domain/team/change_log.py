"""Reading the change log: who changed what and when, filtered, in the team's own words.

The log itself is written by ``record_changes`` in the same transaction as each change; this module
only reads it (administrators only) and turns table names, field names and stored codes into
Norwegian labels, e.g. ``gender: ["female", "male"]`` on a resident becomes
«Kjønn: Kvinne → Mann».
"""
import datetime
import json
from dataclasses import dataclass

from samvirke_desktop.db.models import (
    Activity,
    Application,
    AppUser,
    BudgetLine,
    ChangeLog,
    Funder,
    FunderScheme,
    Household,
    Partner,
    Resident,
    Session,
    Site,
    Volunteer,
)
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import (
    ACTIVITY_KIND_LABELS,
    APPLICATION_STATUS_LABELS,
    ATTENDANCE_ROLE_LABELS,
    CONSENT_KIND_LABELS,
    GENDER_LABELS,
    GOAL_RATING_LABELS,
    PARTNER_KIND_LABELS,
    USER_ROLE_LABELS,
)

DEFAULT_LIMIT = 1000
EMPTY = "–"

ACTION_LABELS = {
    "create": "Opprettet",
    "update": "Endret",
    "archive": "Arkivert",
    "delete": "Slettet",
    "export": "Eksportert",
    "import": "Importert",
    "anonymise": "Anonymisert",
    "login": "Logget inn",
    "backup": "Sikkerhetskopi",
    "restore": "Gjenopprettet",
}

TABLE_LABELS = {
    "database": "Databasen",
    "setting": "Innstilling",
    "app_user": "Bruker",
    "site": "Område",
    "household": "Husstand",
    "resident": "Beboer",
    "guardian": "Foresatt",
    "consent": "Samtykke",
    "volunteer": "Frivillig",
    "skill": "Ferdighet",
    "language": "Språk",
    "volunteer_skill": "Frivilligs ferdighet",
    "volunteer_language": "Frivilligs språk",
    "partner": "Samarbeidspartner",
    "partner_contact": "Kontaktperson",
    "partner_site": "Partners område",
    "partner_meeting_note": "Møtenotat",
    "funder": "Tilskuddsgiver",
    "funder_scheme": "Tilskuddsordning",
    "age_band": "Aldersgruppe",
    "application": "Søknad",
    "application_status_change": "Statusendring",
    "goal": "Mål",
    "budget_line": "Budsjettpost",
    "expense": "Utgift",
    "application_attachment": "Vedlegg",
    "activity": "Aktivitet",
    "activity_leader": "Aktivitetsleder",
    "activity_application": "Aktivitet i søknad",
    "partner_activity": "Partner i aktivitet",
    "schedule": "Timeplan",
    "school_holiday": "Skoleferie",
    "enrolment": "Påmelding",
    "activity_volunteer": "Fast frivillig",
    "session": "Samling",
    "attendance": "Oppmøte",
    "volunteer_presence": "Frivillig til stede",
    "head_count": "Antall uten navn",
    "activity_photo": "Bilde",
    "activity_photo_person": "Person på bilde",
    "application_photo": "Bilde i rapport",
}

FIELD_LABELS = {
    "caption": "Bildetekst",
    "taken_on": "Dato bildet ble tatt",
    "nobody_recognisable": "Ingen gjenkjennelige personer",
    "people": "Personer på bildet",
    "report_photos": "Bilder i rapporten",
    "name": "Navn",
    "first_name": "Fornavn",
    "last_name": "Etternavn",
    "full_name": "Fullt navn",
    "username": "Brukernavn",
    "password_hash": "Passord",
    "role": "Rolle",
    "active": "Aktiv",
    "birth_date": "Fødselsdato",
    "birth_year": "Fødselsår",
    "gender": "Kjønn",
    "site": "Område",
    "household": "Husstand",
    "phone": "Telefon",
    "email": "E-post",
    "address": "Adresse",
    "postal_code": "Postnummer",
    "city": "Poststed",
    "homes": "Antall boliger",
    "language": "Språk",
    "interpreter_needed": "Trenger tolk",
    "notes": "Notater",
    "storage_basis": "Grunnlag for lagring",
    "needs_completion": "Må fullføres",
    "archived": "Arkivert",
    "anonymised_at": "Anonymisert",
    "child": "Barn",
    "guardian": "Foresatt",
    "relation": "Relasjon",
    "resident": "Beboer",
    "kind": "Type",
    "given_by": "Gitt av",
    "given_by_guardian": "Gitt av foresatt",
    "given_date": "Gitt dato",
    "withdrawn_date": "Trukket dato",
    "availability": "Kan komme",
    "start_date": "Startdato",
    "end_date": "Sluttdato",
    "police_certificate_required": "Politiattest kreves",
    "police_certificate_requested": "Politiattest bedt om",
    "police_certificate_issued": "Politiattest utstedt",
    "police_certificate_shown": "Politiattest vist",
    "police_certificate_checked_by": "Politiattest kontrollert av",
    "police_certificate_body": "Ansvarlig for politiattest",
    "police_certificate_renewal_years": "Fornyes etter (år)",
    "confidentiality_signed": "Taushetserklæring signert",
    "volunteer": "Frivillig",
    "skill": "Ferdighet",
    "partner": "Samarbeidspartner",
    "website": "Nettside",
    "date": "Dato",
    "text": "Tekst",
    "short_name": "Kortnavn",
    "volunteer_hour_rate": "Timesats for frivillige",
    "audit_notes": "Revisjonsnotater",
    "funder": "Tilskuddsgiver",
    "code": "Kode",
    "scheme": "Ordning",
    "label": "Navn",
    "age_from": "Alder fra",
    "age_to": "Alder til",
    "sort_order": "Rekkefølge",
    "sub_category": "Underkategori",
    "title": "Tittel",
    "reference": "Saksnummer",
    "period_start": "Periode fra",
    "period_end": "Periode til",
    "status": "Status",
    "amount_applied": "Søkt beløp",
    "amount_granted": "Innvilget beløp",
    "deadline_application": "Søknadsfrist",
    "deadline_progress_report": "Frist for fremdriftsrapport",
    "deadline_final_report": "Frist for sluttrapport",
    "deadline_accounts": "Frist for regnskap",
    "summary": "Sammendrag",
    "method": "Metode",
    "results": "Resultater",
    "deviations": "Avvik",
    "challenges": "Utfordringer",
    "continuation": "Videreføring",
    "application": "Søknad",
    "changed_on": "Endret dato",
    "note": "Merknad",
    "description": "Beskrivelse",
    "target": "Målsetting",
    "achievement": "Måloppnåelse",
    "rating": "Vurdering",
    "amount": "Beløp",
    "budget_line": "Budsjettpost",
    "attachment_path": "Vedlegg",
    "path": "Fil",
    "place": "Sted",
    "responsible": "Ansvarlig",
    "target_group": "Målgruppe",
    "with_children": "Med barn",
    "head_count_only": "Bare telling",
    "activity": "Aktivitet",
    "user": "Bruker",
    "weekdays": "Ukedager",
    "start_time": "Fra kl.",
    "end_time": "Til kl.",
    "first_date": "Første dato",
    "last_date": "Siste dato",
    "every_n_weeks": "Hver n-te uke",
    "skip_public_holidays": "Hopp over helligdager",
    "skip_school_holidays": "Hopp over skoleferier",
    "municipality": "Kommune",
    "schedule": "Timeplan",
    "topic": "Tema",
    "cancelled": "Avlyst",
    "cancel_reason": "Årsak til avlysning",
    "session": "Samling",
    "present": "Til stede",
    "walk_in": "Kom uten påmelding",
    "hours": "Timer",
    "certificate_warning": "Varsel om politiattest",
    "count": "Antall",
    "rows": "Rader",
    "file": "Fil",
    "filters": "Utvalg",
    "version": "Versjon",
    "created_at": "Opprettet",
    "updated_at": "Endret",
    "updated_by": "Endret av",
    "added_at": "Lagt til",
    "added_by": "Lagt til av",
}

SETTING_LABELS = {
    "team.name": "Teamets navn",
    "team.bydel": "Bydel",
    "team.logo_path": "Logo",
    "privacy.retention": "Regler for sletting",
    "privacy.purposes": "Formål",
    "privacy.legal_basis": "Rettsgrunnlag",
    "backup.folder": "Mappe for sikkerhetskopier",
    "maintenance.lock": "Vedlikeholdslås",
}

# Stored codes shown in words, by field name (the role of a user differs from an attendance role).
_CODE_LABELS = {
    "gender": GENDER_LABELS,
    "status": APPLICATION_STATUS_LABELS,
    "rating": GOAL_RATING_LABELS,
}
_KIND_LABELS = {"activity": ACTIVITY_KIND_LABELS, "partner": PARTNER_KIND_LABELS,
                "consent": CONSENT_KIND_LABELS}
_ROLE_LABELS = {"app_user": USER_ROLE_LABELS}


def _person(first, last) -> str:
    return f"{first} {last}".strip()


# Fields that hold another record's number, and how that record is named (read as it is now,
# so an anonymised person stays anonymous in old entries).
_REFERENCES = {
    "activity": (Activity, lambda q: q.select(Activity.id, Activity.name).tuples()),
    "user": (AppUser, lambda q: q.select(AppUser.id, AppUser.username).tuples()),
    "site": (Site, lambda q: q.select(Site.id, Site.name).tuples()),
    "household": (Household, lambda q: q.select(Household.id, Household.name).tuples()),
    "partner": (Partner, lambda q: q.select(Partner.id, Partner.name).tuples()),
    "funder": (Funder, lambda q: q.select(Funder.id, Funder.name).tuples()),
    "scheme": (FunderScheme, lambda q: q.select(FunderScheme.id, FunderScheme.name).tuples()),
    "application": (Application, lambda q: q.select(Application.id, Application.title).tuples()),
    "budget_line": (BudgetLine, lambda q: q.select(BudgetLine.id, BudgetLine.name).tuples()),
    "resident": (Resident, lambda q: ((i, _person(f, l)) for i, f, l in q.select(
        Resident.id, Resident.first_name, Resident.last_name).tuples())),
    "volunteer": (Volunteer, lambda q: ((i, _person(f, l)) for i, f, l in q.select(
        Volunteer.id, Volunteer.first_name, Volunteer.last_name).tuples())),
    "session": (Session, lambda q: ((i, f"{a} {date_no(d)}") for i, a, d in q.select(
        Session.id, Activity.name, Session.date).join(Activity).tuples())),
}
_REFERENCES["child"] = _REFERENCES["guardian"] = _REFERENCES["resident"]


def _reference_names(rows: list) -> dict[tuple[str, int], str]:
    """Names of the records the entries point to, one query per kind of record."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        try:
            data = json.loads(row.changes) if row.changes else {}
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        for name, value in data.items():
            if name not in _REFERENCES or row.table_name == "setting":
                continue
            for item in (value if isinstance(value, list) else [value]):
                if isinstance(item, int) and not isinstance(item, bool):
                    wanted.setdefault(name, set()).add(item)
    names = {}
    for name, ids in wanted.items():
        model, read = _REFERENCES[name]
        ids = sorted(ids)
        for start in range(0, len(ids), 500):
            for record_id, text in read(_Scoped(model, ids[start:start + 500])):
                names[(name, record_id)] = text
    return names


class _Scoped:
    """``model`` limited to ``ids``: ``select`` returns the query a reader asks for."""

    def __init__(self, model, ids):
        self.model, self.ids = model, ids

    def select(self, *columns):
        return self.model.select(*columns).where(self.model.id.in_(self.ids))


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    @property
    def text(self) -> str:
        if self.old == EMPTY or self.old == self.new:
            return f"{self.label}: {self.new}"
        return f"{self.label}: {self.old} → {self.new}"


@dataclass(frozen=True)
class ChangeRow:
    id: int
    at: datetime.datetime
    username: str
    action: str
    table_name: str
    record_id: int | None
    summary: str
    changes: tuple[FieldChange, ...]

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def table_label(self) -> str:
        return table_label(self.table_name)

    @property
    def changes_text(self) -> str:
        """One line per field, for the table's tooltip and detail pane."""
        return "\n".join(change.text for change in self.changes)


def table_label(table_name: str) -> str:
    return TABLE_LABELS.get(table_name, table_name.replace("_", " ").capitalize())


def field_label(table_name: str, name: str) -> str:
    if table_name == "setting":
        return SETTING_LABELS.get(name, name)
    if name in FIELD_LABELS:
        return FIELD_LABELS[name]
    return name.replace("_", " ").capitalize()


def _date_text(text: str) -> str | None:
    """ISO dates and timestamps as the team writes them."""
    try:
        if len(text) == 10:
            return date_no(datetime.date.fromisoformat(text))
        if len(text) >= 16 and text[10] in " T":
            moment = datetime.datetime.fromisoformat(text)
            return f"{date_no(moment.date())} kl. {moment:%H:%M}"
    except ValueError:
        return None
    return None


def value_text(table_name: str, name: str, value, names: dict | None = None) -> str:
    """A stored value in words: codes as labels, dates as 05.06.2026, yes/no, money, and
    another record's number with its name (from ``names``, see ``_reference_names``)."""
    if value is None or value == "":
        return EMPTY
    if names is not None and isinstance(value, int) and not isinstance(value, bool) \
            and name in _REFERENCES and table_name != "setting":
        found = names.get((name, value))
        return f"{found} (nr. {value})" if found else f"nr. {value}"
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if name == "password_hash":
        return "(skjult)"
    if isinstance(value, str):
        labels = (_ROLE_LABELS.get(table_name, ATTENDANCE_ROLE_LABELS) if name == "role"
                  else _KIND_LABELS.get(table_name, {}) if name == "kind"
                  else _CODE_LABELS.get(name, {}))
        if value in labels:
            return labels[value]
        as_date = _date_text(value)
        if as_date is not None:
            return as_date
        if name.startswith("amount") or name in ("volunteer_hour_rate",):
            return value.replace(".", ",") + " kr"
        return value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _field_changes(table_name: str, stored: str,
                   names: dict | None = None) -> tuple[FieldChange, ...]:
    try:
        data = json.loads(stored) if stored else {}
    except ValueError:
        return (FieldChange("", "Endring", EMPTY, stored),)
    if not isinstance(data, dict):
        return (FieldChange("", "Endring", EMPTY, value_text(table_name, "", data)),)
    changes = []
    for name, value in data.items():
        if isinstance(value, list) and len(value) == 2:
            old, new = value
        else:
            old, new = None, value
        changes.append(FieldChange(name, field_label(table_name, name),
                                   value_text(table_name, name, old, names),
                                   value_text(table_name, name, new, names)))
    return tuple(changes)


def list_changes(*, username: str | None = None, table_name: str | None = None,
                 record_id: int | None = None, date_from: datetime.date | None = None,
                 date_to: datetime.date | None = None,
                 limit: int = DEFAULT_LIMIT) -> list[ChangeRow]:
    """The newest changes first, filtered by who, which table and record, and days (inclusive)."""
    permissions.require(permissions.VIEW_CHANGE_LOG)
    query = ChangeLog.select().order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
    if username:
        query = query.where(ChangeLog.username == username)
    if table_name:
        query = query.where(ChangeLog.table_name == table_name)
    if record_id is not None:
        query = query.where(ChangeLog.record_id == record_id)
    if date_from is not None:
        query = query.where(ChangeLog.at >= datetime.datetime.combine(date_from, datetime.time()))
    if date_to is not None:
        after = datetime.datetime.combine(date_to + datetime.timedelta(days=1), datetime.time())
        query = query.where(ChangeLog.at < after)
    if limit:
        query = query.limit(limit)
    rows = list(query)
    names = _reference_names(rows)
    return [ChangeRow(row.id, row.at, row.username, row.action, row.table_name, row.record_id,
                      row.summary, _field_changes(row.table_name, row.changes, names))
            for row in rows]


def logged_usernames() -> list[str]:
    """Everyone who appears in the log (also people whose account is gone)."""
    permissions.require(permissions.VIEW_CHANGE_LOG)
    return [name for (name,) in ChangeLog.select(ChangeLog.username).distinct()
            .order_by(ChangeLog.username).tuples() if name]


def logged_tables() -> list[tuple[str, str]]:
    """(table name, Norwegian label) of the tables that appear in the log, by label."""
    permissions.require(permissions.VIEW_CHANGE_LOG)
    names = [name for (name,) in ChangeLog.select(ChangeLog.table_name).distinct().tuples()]
    return sorted(((name, table_label(name)) for name in names), key=lambda t: t[1].casefold())
