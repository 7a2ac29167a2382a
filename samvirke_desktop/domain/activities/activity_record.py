"""Reading and saving one activity with its participants, regular volunteers and grants.

An activity is saved as one whole, in one transaction: its own fields, its enrolments
(resident, role, from and to), its regular volunteers, the applications that fund it and its
name, place and description in the poster's languages.
The activity's ``version`` covers all of it, so a colleague's save in between is a conflict
even when only an enrolment changed, and nothing is overwritten.

Police certificates: a volunteer without a valid check who is put on an activity with
children is not refused (the team decides), but the form shows it at once, the activity is
flagged in lists, and the change log records the warning with the link (also when an
activity is switched to "with children" while such a volunteer is on it).
"""
import datetime
from dataclasses import dataclass

from peewee import JOIN

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import (
    ACTIVITY_KINDS,
    ATTENDANCE_ROLES,
    Activity,
    ActivityApplication,
    ActivityTranslation,
    ActivityVolunteer,
    Application,
    Enrolment,
    Funder,
    Resident,
    Site,
    Volunteer,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.people.police_certificate import (
    CertificateCheck,
    certificate_status,
    children_warning_text,
)
from samvirke_desktop.domain.person_names import full_name, sort_text
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue, parse_date
from samvirke_desktop.domain.vocabulary import (
    APPLICATION_STATUS_LABELS,
    ATTENDANCE_ROLE_LABELS,
    POSTER_LANGUAGES,
)
from samvirke_desktop.errors import RecordGone, ValidationError

GONE = "Aktiviteten finnes ikke lenger. Den kan være slettet av en kollega."
TEXT_LIMITS = {"place": ("Stedet", 200), "responsible": ("Ansvarlig", 200),
               "target_group": ("Målgruppen", 200)}
SEARCH_LIMIT = 20
TRANSLATED_FIELDS = ("name", "place", "description")
# Activities of these kinds are left off the residents' poster unless the team says otherwise.
OFF_POSTER_KINDS = frozenset({"meeting"})


def on_poster_by_default(kind: str) -> bool:
    """A new activity is on the residents' poster, except an internal meeting."""
    return kind not in OFF_POSTER_KINDS


# --- what the form shows --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class VolunteerEntry:
    """A regular volunteer as the form lists them, with the certificate status today."""
    id: int
    name: str
    certificate: CertificateCheck
    ended_on: datetime.date | None = None   # set when the volunteer has stopped (or archived)

    @property
    def active(self) -> bool:
        return self.ended_on is None

    @property
    def ok_for_children(self) -> bool:
        """No warning needed: a valid check, or no longer volunteering at all."""
        return self.certificate.ok_for_children or not self.active

    def describe(self) -> str:
        if not self.active:
            return f"Sluttet {date_no(self.ended_on)}" if self.ended_on != datetime.date.min \
                else "Arkivert"
        return self.certificate.describe()


@dataclass(frozen=True, slots=True)
class SiteChoice:
    id: int
    name: str
    archived: bool


@dataclass(frozen=True, slots=True)
class ApplicationChoice:
    id: int
    title: str
    funder: str
    period: str
    status_label: str

    @property
    def label(self) -> str:
        return f"{self.title} – {self.funder} ({self.period}, {self.status_label.lower()})"


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """A resident or volunteer found by the search box, with what tells two namesakes apart."""
    id: int
    name: str
    detail: str
    birth_year: int | None = None


def _today(today: datetime.date | None) -> datetime.date:
    return today or datetime.date.today()


def _may_see_people(activity_id: int | None) -> bool:
    if permissions.can(permissions.VIEW_PEOPLE):
        return True
    return (activity_id is not None and permissions.can(permissions.VIEW_OWN_PARTICIPANTS)
            and activity_id in permissions.led_activity_ids())


def new_activity_values() -> dict:
    return {"name": "", "kind": "homework_help", "site_id": None, "place": "", "responsible": "",
            "target_group": "", "with_children": True, "head_count_only": False,
            "description": "", "archived": False, "on_poster": None, "translations": {},
            "enrolments": [], "volunteers": [], "application_ids": []}


_CERTIFICATE_FIELDS = (Volunteer.police_certificate_required,
                       Volunteer.police_certificate_requested,
                       Volunteer.police_certificate_issued, Volunteer.police_certificate_shown,
                       Volunteer.police_certificate_renewal_years)


def volunteer_entries(volunteer_ids, today: datetime.date | None = None) -> list[VolunteerEntry]:
    """The volunteers asked for, by name, with their certificate status on ``today``."""
    permissions.require_any(permissions.VIEW_PEOPLE, permissions.VIEW_OWN_PARTICIPANTS)
    ids = sorted({int(v) for v in volunteer_ids})
    if not ids:
        return []
    today = _today(today)
    rows = (Volunteer.select(Volunteer.id, Volunteer.first_name, Volunteer.last_name,
                             Volunteer.end_date, Volunteer.archived, Volunteer.anonymised_at,
                             *_CERTIFICATE_FIELDS)
            .where(Volunteer.id.in_(ids)).dicts())
    entries = []
    for row in rows:
        ended = None
        if row["archived"] or row["anonymised_at"] is not None:
            ended = datetime.date.min
        elif row["end_date"] is not None and row["end_date"] < today:
            ended = row["end_date"]
        entries.append(VolunteerEntry(row["id"], full_name(row["first_name"], row["last_name"]),
                                      certificate_status(row, today), ended))
    return sorted(entries, key=lambda e: (not e.active, sort_text(e.name), e.id))


def read_activity(activity_id: int, today: datetime.date | None = None) -> tuple[dict, int]:
    """The activity as plain values (see ``new_activity_values``) and its version.

    ``enrolments`` and ``volunteers`` are None for a role that may not see the names.
    """
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, activity_id)
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise RecordGone(GONE)
    values = {"name": activity.name, "kind": activity.kind, "site_id": activity.site_id,
              "place": activity.place, "responsible": activity.responsible,
              "target_group": activity.target_group,
              "with_children": bool(activity.with_children),
              "head_count_only": bool(activity.head_count_only),
              "description": activity.description, "archived": bool(activity.archived),
              "on_poster": bool(activity.on_poster),
              "translations": read_translations(activity_id)}
    values["application_ids"] = sorted(
        a for (a,) in ActivityApplication.select(ActivityApplication.application)
        .where(ActivityApplication.activity == activity_id).tuples())
    if not _may_see_people(activity_id):
        values["enrolments"] = values["volunteers"] = None
        return values, activity.version
    enrolments = []
    for eid, rid, role, start, end, first, last, year, born in (
            Enrolment.select(Enrolment.id, Resident.id, Enrolment.role, Enrolment.start_date,
                             Enrolment.end_date, Resident.first_name, Resident.last_name,
                             Resident.birth_year, Resident.birth_date)
            .join(Resident, on=(Resident.id == Enrolment.resident))
            .where(Enrolment.activity == activity_id).tuples()):
        enrolments.append({"id": eid, "resident_id": rid, "name": full_name(first, last),
                           "birth_year": year or (born.year if born else None), "role": role,
                           "start_date": start, "end_date": end})
    enrolments.sort(key=lambda r: (sort_text(r["name"]), r["resident_id"]))
    values["enrolments"] = enrolments
    values["volunteers"] = volunteer_entries(
        [v for (v,) in ActivityVolunteer.select(ActivityVolunteer.volunteer)
         .where(ActivityVolunteer.activity == activity_id).tuples()], today)
    return values, activity.version


def read_translations(activity_id: int) -> dict[str, dict[str, str]]:
    """Language code → {"name", "place", "description"} as the team typed them."""
    rows = (ActivityTranslation.select(ActivityTranslation.language, ActivityTranslation.name,
                                       ActivityTranslation.place,
                                       ActivityTranslation.description)
            .where(ActivityTranslation.activity == activity_id)
            .order_by(ActivityTranslation.language).tuples())
    return {language: {"name": name, "place": place, "description": description}
            for language, name, place, description in rows}


# --- choices for the form --------------------------------------------------------------------

def site_choices(include_id: int | None = None) -> list[SiteChoice]:
    """Sites by name; archived ones only when the activity is already at one."""
    query = Site.select(Site.id, Site.name, Site.archived).order_by(Site.name)
    return [SiteChoice(sid, name, bool(archived)) for sid, name, archived in query.tuples()
            if not archived or sid == include_id]


def application_choices(include_ids=()) -> list[ApplicationChoice]:
    """Applications to link: those not archived, plus those already linked.

    A role without access to applications sees only the linked ones (titles only).
    """
    include_ids = sorted(set(include_ids))
    query = (Application.select(Application.id, Application.title, Funder.name,
                                Application.period_start, Application.period_end,
                                Application.status)
             .join(Funder, on=(Funder.id == Application.funder))
             .order_by(Application.period_start.desc(), Application.title))
    if permissions.can(permissions.VIEW_APPLICATIONS):
        query = query.where((Application.archived == False)
                            | Application.id.in_(include_ids))
    else:
        query = query.where(Application.id.in_(include_ids))
    return [ApplicationChoice(aid, title, funder,
                              f"{date_no(start)}–{date_no(end)}",
                              APPLICATION_STATUS_LABELS.get(status, status))
            for aid, title, funder, start, end, status in query.tuples()]


def _search_condition(model, text: str):
    words = fold(text or "").split()
    if not words:
        return None
    condition = ~model.archived & model.anonymised_at.is_null()
    for word in words:
        condition &= (model.search_text.startswith(word)
                      | model.search_text.contains(" " + word))
    return condition


def search_residents(text: str, limit: int = SEARCH_LIMIT) -> list[PersonMatch]:
    """Residents to enrol: each word typed starts a word of the name, phone or e-mail."""
    permissions.require(permissions.VIEW_PEOPLE)
    condition = _search_condition(Resident, text)
    if condition is None:
        return []
    rows = (Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                            Resident.birth_year, Resident.birth_date, Site.name)
            .join(Site, JOIN.LEFT_OUTER, on=(Site.id == Resident.site))
            .where(condition).order_by(Resident.first_name, Resident.last_name, Resident.id)
            .limit(limit).tuples())
    found = []
    for rid, first, last, year, born, site in rows:
        year = year or (born.year if born else None)
        detail = ", ".join(p for p in (f"f. {year}" if year else "", site or "") if p)
        found.append(PersonMatch(rid, full_name(first, last), detail, year))
    return found


def search_volunteers(text: str, limit: int = SEARCH_LIMIT,
                      today: datetime.date | None = None) -> list[PersonMatch]:
    """Volunteers to put on the activity, each with the state of their police certificate."""
    permissions.require(permissions.VIEW_PEOPLE)
    condition = _search_condition(Volunteer, text)
    if condition is None:
        return []
    rows = (Volunteer.select(Volunteer.id, Volunteer.first_name, Volunteer.last_name,
                             *_CERTIFICATE_FIELDS)
            .where(condition).order_by(Volunteer.first_name, Volunteer.last_name, Volunteer.id)
            .limit(limit).dicts())
    return [PersonMatch(row["id"], full_name(row["first_name"], row["last_name"]),
                        "Politiattest: " + certificate_status(row, _today(today)).describe())
            for row in rows]


# --- cleaning -------------------------------------------------------------------------------

def _text(value) -> str:
    return " ".join(str(value or "").split())


def _clean(values: dict, errors: FieldErrors) -> dict:
    out = {"name": _text(values.get("name"))}
    if not out["name"]:
        errors.add("name", "Skriv navnet på aktiviteten, for eksempel «Leksehjelp Torshov».")
    elif len(out["name"]) > 200:
        errors.add("name", "Navnet kan ha høyst 200 tegn.")
    kind = values.get("kind") or ""
    if kind not in ACTIVITY_KINDS:
        errors.add("kind", "Velg en type i listen.")
    out["kind"] = kind
    site_id = values.get("site_id")
    if site_id is not None and not Site.select().where(Site.id == site_id).exists():
        errors.add("site_id", "Området er slettet av en kollega. Velg et annet.")
    out["site"] = site_id
    for name, (label, limit) in TEXT_LIMITS.items():
        out[name] = _text(values.get(name))
        if len(out[name]) > limit:
            errors.add(name, f"{label} kan ha høyst {limit} tegn.")
    out["description"] = str(values.get("description") or "").strip()
    out["with_children"] = bool(values.get("with_children"))
    out["head_count_only"] = bool(values.get("head_count_only"))
    if values.get("on_poster") is not None:
        out["on_poster"] = bool(values["on_poster"])
    return out


def _clean_translations(given, errors: FieldErrors) -> dict[str, dict[str, str]] | None:
    """Language → the three texts; a language with every field empty is left out (deleted)."""
    if given is None:
        return None
    cleaned, problems = {}, []
    for language, texts in given.items():
        if language not in POSTER_LANGUAGES:
            problems.append(f"Språket «{language}» finnes ikke blant plakatens språk.")
            continue
        row = {"name": _text(texts.get("name")), "place": _text(texts.get("place")),
               "description": str(texts.get("description") or "").strip()}
        for name, label in (("name", "Navnet"), ("place", "Stedet")):
            if len(row[name]) > 200:
                problems.append(f"{label} på {POSTER_LANGUAGES[language].lower()} kan ha høyst "
                                "200 tegn.")
        if any(row.values()):
            cleaned[language] = row
    if problems:
        errors.add("translations", "\n".join(problems))
    return cleaned


def _clean_enrolments(rows, errors: FieldErrors) -> list[dict] | None:
    if rows is None:
        return None
    cleaned, problems, seen = [], [], set()
    for row in rows:
        name = row.get("name") or f"deltaker {row.get('resident_id')}"
        resident_id = row.get("resident_id")
        if resident_id in seen:
            problems.append(f"{name} står to ganger i listen. Fjern den ene raden.")
            continue
        seen.add(resident_id)
        role = row.get("role") or "child"
        if role not in ATTENDANCE_ROLES:
            problems.append(f"{name}: Velg rollen barn, forelder eller voksen.")
        start = end = None
        try:
            start = parse_date(row.get("start_date"))
        except InvalidValue as exc:
            problems.append(f"{name}, påmeldt fra: {exc.message}")
        try:
            end = parse_date(row.get("end_date"))
        except InvalidValue as exc:
            problems.append(f"{name}, sluttet: {exc.message}")
        if start and end and end < start:
            problems.append(f"{name}: Sluttdatoen ({date_no(end)}) er før påmeldingsdatoen "
                            f"({date_no(start)}).")
        cleaned.append({"id": row.get("id"), "resident": resident_id, "role": role,
                        "start_date": start, "end_date": end})
    if problems:
        errors.add("enrolments", "\n".join(problems))
    ids = [r["resident"] for r in cleaned]
    existing = {r for (r,) in Resident.select(Resident.id).where(Resident.id.in_(ids)).tuples()}
    if set(ids) - existing:
        errors.add("enrolments", "En av deltakerne er slettet av en kollega. Last inn "
                                 "aktiviteten på nytt.")
    return cleaned


def _ids(items) -> list[int] | None:
    if items is None:
        return None
    return sorted({int(getattr(item, "id", item)) for item in items})


# --- saving -------------------------------------------------------------------------------

def _touch(activity_id: int, version: int) -> None:
    """Count a change of participants, volunteers or grants as a change of the activity."""
    saved = (Activity.update(version=version + 1,
                             updated_at=datetime.datetime.now().replace(microsecond=0),
                             updated_by=actor.current().username)
             .where((Activity.id == activity_id) & (Activity.version == version)).execute())
    if saved != 1:
        raise record_changes.conflict(Activity.get_by_id(activity_id))


def _record_warning(action: str, link_id: int, changes: dict, text: str) -> None:
    record_changes.log_change(action, ActivityVolunteer._meta.table_name, link_id,
                              {**changes, "certificate_warning": [None, text]}, summary=text)


def _sync_enrolments(activity_id: int, wanted: list[dict]) -> bool:
    stored = {e.id: e for e in Enrolment.select().where(Enrolment.activity == activity_id)}
    by_resident = {e.resident_id: e for e in stored.values()}
    changed = False
    keep = {row["id"] for row in wanted if row["id"] is not None}
    # A resident taken out and put back in the same edit keeps the stored row.
    for row in wanted:
        if row["id"] is None and row["resident"] in by_resident:
            row["id"] = by_resident[row["resident"]].id
            keep.add(row["id"])
    for gone in sorted(set(stored) - keep):
        record_changes.delete(Enrolment, gone)
        changed = True
    for row in wanted:
        fields = {"role": row["role"], "start_date": row["start_date"],
                  "end_date": row["end_date"]}
        if row["id"] is None:
            record_changes.create(Enrolment, activity=activity_id, resident=row["resident"], **fields)
            changed = True
            continue
        old = stored.get(row["id"])
        if old is None:
            raise RecordGone("En av påmeldingene er slettet av en kollega. Last inn aktiviteten "
                             "på nytt.")
        diff = {k: v for k, v in fields.items() if getattr(old, k) != v}
        if diff:
            record_changes.update(Enrolment, old.id, old.version, **diff)
            changed = True
    return changed


def _sync_volunteers(activity: Activity, wanted: list[int], children_turned_on: bool,
                     today: datetime.date) -> bool:
    links = {link.volunteer_id: link for link in
             ActivityVolunteer.select().where(ActivityVolunteer.activity == activity.id)}
    changed = False
    for volunteer_id in sorted(set(links) - set(wanted)):
        record_changes.delete(ActivityVolunteer, links[volunteer_id].id)
        changed = True
    volunteers = {v.id: v for v in Volunteer.select().where(Volunteer.id.in_(wanted))}
    if set(wanted) - set(volunteers):
        raise ValidationError({"volunteers": "En av de frivillige er slettet av en kollega. "
                                             "Last inn aktiviteten på nytt."})
    who = actor.current().username
    for volunteer_id in wanted:
        warning = children_warning_text(volunteers[volunteer_id], activity, on=today)
        if volunteer_id in links:
            if children_turned_on and warning:
                _record_warning("update", links[volunteer_id].id, {}, warning)
            continue
        link = ActivityVolunteer.create(activity=activity.id, volunteer=volunteer_id,
                                        added_by=who)
        created = {"activity": [None, activity.id], "volunteer": [None, volunteer_id],
                   "added_by": [None, who]}
        if warning:
            _record_warning("create", link.id, created, warning)
        else:
            record_changes.log_change("create", ActivityVolunteer._meta.table_name, link.id, created)
        changed = True
    return changed


def _sync_translations(activity_id: int, wanted: dict[str, dict[str, str]]) -> bool:
    stored = {t.language: t for t in
              ActivityTranslation.select().where(ActivityTranslation.activity == activity_id)}
    changed = False
    for language in sorted(set(stored) - set(wanted)):
        record_changes.delete(ActivityTranslation, stored[language].id)
        changed = True
    for language, texts in sorted(wanted.items()):
        old = stored.get(language)
        if old is None:
            record_changes.create(ActivityTranslation, activity=activity_id, language=language,
                                  **texts)
            changed = True
            continue
        diff = {k: v for k, v in texts.items() if getattr(old, k) != v}
        if diff:
            record_changes.update(ActivityTranslation, old.id, old.version, **diff)
            changed = True
    return changed


def _sync_applications(activity_id: int, wanted: list[int]) -> bool:
    links = {link.application_id: link for link in ActivityApplication.select()
             .where(ActivityApplication.activity == activity_id)}
    changed = False
    for application_id in sorted(set(links) - set(wanted)):
        record_changes.delete(ActivityApplication, links[application_id].id)
        changed = True
    existing = {a for (a,) in Application.select(Application.id)
                .where(Application.id.in_(wanted)).tuples()}
    if set(wanted) - existing:
        raise ValidationError({"application_ids": "En av søknadene er slettet av en kollega. "
                                                  "Last inn aktiviteten på nytt."})
    for application_id in wanted:
        if application_id not in links:
            record_changes.create(ActivityApplication, activity=activity_id, application=application_id)
            changed = True
    return changed


@write
def save_activity(values: dict, activity_id: int | None = None, version: int | None = None, *,
                  today: datetime.date | None = None) -> int:
    """Create (``activity_id`` None) or update the activity and all its parts; its id.

    ``enrolments``, ``volunteers`` or ``translations`` given as None are left as stored;
    ``on_poster`` given as None is left as stored, and on a new activity follows the kind
    (``on_poster_by_default``).
    """
    permissions.require(permissions.EDIT_ACTIVITIES)
    today = _today(today)
    current = None
    if activity_id is not None:
        current = Activity.get_or_none(Activity.id == activity_id)
        if current is None:
            raise RecordGone("Aktiviteten er slettet av en kollega. Det du skrev er ikke lagret; "
                             "kopier det du trenger og lukk skjemaet.")
        if current.version != version:
            raise record_changes.conflict(current)
    errors = FieldErrors()
    fields = _clean(values, errors)
    enrolments = _clean_enrolments(values.get("enrolments"), errors)
    volunteer_ids = _ids(values.get("volunteers"))
    application_ids = _ids(values.get("application_ids")) or []
    translations = _clean_translations(values.get("translations"), errors)
    errors.raise_if_any()

    if current is None:
        fields.setdefault("on_poster", on_poster_by_default(fields["kind"]))
        activity = record_changes.create(Activity, **fields)
        activity_id, start_version = activity.id, None
        children_turned_on = False
    else:
        start_version = version
        changes = {k: v for k, v in fields.items() if current.__data__.get(k) != v}
        children_turned_on = fields["with_children"] and not current.with_children
        activity = record_changes.update(Activity, activity_id, version, **changes)
    changed = False
    if enrolments is not None:
        changed |= _sync_enrolments(activity_id, enrolments)
    if volunteer_ids is not None:
        changed |= _sync_volunteers(activity, volunteer_ids, children_turned_on, today)
    changed |= _sync_applications(activity_id, application_ids)
    if translations is not None:
        changed |= _sync_translations(activity_id, translations)
    if changed and start_version is not None and activity.version == start_version:
        _touch(activity_id, start_version)
    return activity_id


@write
def set_archived(activity_id: int, archived: bool, version: int) -> None:
    """Archive an activity that has ended (hidden from lists and check-in), or bring it back."""
    permissions.require(permissions.EDIT_ACTIVITIES)
    if Activity.get_or_none(Activity.id == activity_id) is None:
        raise RecordGone(GONE)
    record_changes.update(Activity, activity_id, version, archived=bool(archived))


# --- police certificate warnings ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CertificateWarning:
    volunteer_id: int
    name: str
    text: str        # the whole warning, for the change log and a tooltip
    state: str = ""  # "Mangler (bestilt 03.11.2026)", "Utløpt 29.08.2026"


def _active_links(condition):
    return (ActivityVolunteer
            .select(ActivityVolunteer.activity, Activity.name, Activity.with_children,
                    Volunteer.id, Volunteer.first_name, Volunteer.last_name,
                    Volunteer.end_date, *_CERTIFICATE_FIELDS)
            .join(Activity, on=(Activity.id == ActivityVolunteer.activity))
            .join_from(ActivityVolunteer, Volunteer,
                       on=(Volunteer.id == ActivityVolunteer.volunteer))
            .where(condition & (Activity.with_children == True)
                   & (Volunteer.archived == False)
                   & Volunteer.anonymised_at.is_null())
            .dicts())


def _warning_rows(condition, today: datetime.date):
    for row in _active_links(condition):
        if row["end_date"] is not None and row["end_date"] < today:
            continue  # no longer volunteering
        text = children_warning_text(row, {"name": row["name"], "with_children": True},
                                     on=today)
        if text:
            yield row, text


def certificate_warnings(activity_id: int,
                         today: datetime.date | None = None) -> list[CertificateWarning]:
    """The activity's regular volunteers who may not work with children without a warning."""
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, activity_id)
    named = _may_see_people(activity_id)
    found = []
    for row, text in _warning_rows(ActivityVolunteer.activity == activity_id, _today(today)):
        name = full_name(row["first_name"], row["last_name"])
        state = certificate_status(row, _today(today)).describe()
        if not named:
            name, state, text = "", "", ("En av de faste frivillige mangler gyldig politiattest. "
                                         "Aktiviteten er for barn.")
        found.append(CertificateWarning(row["id"], name, text, state))
    return sorted(found, key=lambda w: (sort_text(w.name), w.volunteer_id))


def certificate_warning_counts(today: datetime.date | None = None) -> dict[int, int]:
    """For the activities list: activity id → number of volunteers to warn about."""
    scope = permissions.activity_scope(permissions.VIEW_ACTIVITIES)
    condition = Activity.archived == False
    if scope is not None:
        condition &= Activity.id.in_(scope)
    counts: dict[int, int] = {}
    for row, _text in _warning_rows(condition, _today(today)):
        counts[row["activity"]] = counts.get(row["activity"], 0) + 1
    return counts


def role_label(code: str) -> str:
    return ATTENDANCE_ROLE_LABELS.get(code, code)
