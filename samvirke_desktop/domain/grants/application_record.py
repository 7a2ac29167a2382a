"""Reading and saving one application with everything that belongs to it.

An application is saved as one whole, in one transaction: its own fields, a status change
(kept in the dated history, see ``application_status``), its goals, budget lines with the
expenses of each line, the conditions of the grant letter, contributions in kind, linked
activities and attachments. The application's ``version``
covers all of it: a colleague's save in between is a conflict even when only a goal or an
expense changed, and nothing is overwritten.

Values come as typed in the form: dates as date or text ("05.06.2026", "5.6.26"),
amounts as Decimal or text ("12 500,50"); every problem is reported at once, on the
field it belongs to (``goals``, ``budget_lines``… for the rows of a table, naming the row).
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from samvirke_desktop.db.models import (
    APPLICATION_STATUSES,
    Activity,
    ActivityApplication,
    Application,
    ApplicationAttachment,
    ApplicationStatusChange,
    BudgetLine,
    Expense,
    Funder,
    FunderScheme,
    Goal,
    GrantCondition,
    InKindContribution,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.amounts import parse_amount
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.formatting import number as number_text
from samvirke_desktop.domain.grants import application_status
from samvirke_desktop.domain.grants.compliance import CONDITION_STATUS_LABELS, IN_KIND_KINDS
from samvirke_desktop.domain.grants.funder_record import records_changes
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue, parse_date
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS, GOAL_RATING_LABELS
from samvirke_desktop.errors import RecordGone, ValidationError

CENT = Decimal("0.01")
MAX_PERIOD_YEARS = 3
MAX_HOUR_RATE = Decimal(10000)

TEXT_FIELDS = ("sub_category", "reference", "summary", "method", "results", "deviations",
               "challenges", "continuation", "notes", "success_factors",
               "grant_letter_reference", "signer_name", "signer_role", "signed_place")
# The longest a one-line text may be (the rest are free text).
TEXT_LIMITS = {"sub_category": (200, "Underkategorien"), "reference": (100, "Referansen"),
               "grant_letter_reference": (100, "Referansen på tilsagnsbrevet"),
               "signer_name": (200, "Navnet på den som skriver under"),
               "signer_role": (200, "Rollen til den som skriver under"),
               "signed_place": (100, "Stedet")}
DEADLINE_FIELDS = ("deadline_application", "deadline_progress_report", "deadline_final_report",
                   "deadline_accounts")
# Dates that are not deadlines: the grant letter's, and the day the report is signed.
OTHER_DATE_FIELDS = ("grant_letter_date", "signed_on")
MAX_HOURS = Decimal(100000)
GOAL_RATINGS = tuple(GOAL_RATING_LABELS)

GONE = "Søknaden finnes ikke lenger. Den kan være slettet av en kollega."


@dataclass(frozen=True, slots=True)
class ActivityChoice:
    id: int
    name: str
    kind_label: str
    archived: bool


def activity_choices() -> list[ActivityChoice]:
    """Every activity by name (archived ones too, marked), for linking to an application."""
    permissions.require(permissions.VIEW_APPLICATIONS)
    return [ActivityChoice(aid, name, ACTIVITY_KIND_LABELS.get(kind, kind), bool(archived))
            for aid, name, kind, archived in
            Activity.select(Activity.id, Activity.name, Activity.kind, Activity.archived)
            .order_by(Activity.name, Activity.id).tuples()]


# --- reading ------------------------------------------------------------------------------

def _kroner(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(CENT)


def new_application_values(today: datetime.date | None = None) -> dict:
    """A new application: a draft for next calendar year (what teams mostly apply for)."""
    year = (today or datetime.date.today()).year + 1
    values = {"funder_id": None, "scheme_id": None, "title": "",
              "period_start": datetime.date(year, 1, 1), "period_end": datetime.date(year, 12, 31),
              "status": "draft", "status_date": None, "status_note": "",
              "amount_applied": None, "amount_granted": None, "volunteer_hour_rate": None,
              "goals": [], "budget_lines": [], "activity_ids": [], "attachments": [],
              "conditions": [], "in_kind": [], "archived": False}
    values.update({name: "" for name in TEXT_FIELDS})
    values.update({name: None for name in DEADLINE_FIELDS + OTHER_DATE_FIELDS})
    return values


def read_application(application_id: int) -> tuple[dict, int]:
    """The application as plain values (see ``new_application_values``) and its version.

    ``archived`` is for showing only; ``set_archived`` changes it, ``save_application`` never.
    """
    permissions.require(permissions.VIEW_APPLICATIONS)
    app = Application.get_or_none(Application.id == application_id)
    if app is None:
        raise RecordGone(GONE)
    values = {
        "funder_id": app.funder_id, "scheme_id": app.scheme_id, "title": app.title,
        "period_start": app.period_start, "period_end": app.period_end,
        "status": app.status, "status_date": None, "status_note": "",
        "amount_applied": _kroner(app.amount_applied), "amount_granted": _kroner(app.amount_granted),
        "volunteer_hour_rate": _kroner(app.volunteer_hour_rate), "archived": bool(app.archived),
    }
    values.update({name: getattr(app, name) for name in TEXT_FIELDS})
    values.update({name: getattr(app, name) for name in DEADLINE_FIELDS + OTHER_DATE_FIELDS})
    values["goals"] = [
        {"id": g.id, "description": g.description, "target": g.target,
         "achievement": g.achievement, "rating": g.rating, "evidence": g.evidence}
        for g in Goal.select().where(Goal.application == app.id).order_by(Goal.sort_order, Goal.id)]
    lines = list(BudgetLine.select().where(BudgetLine.application == app.id)
                 .order_by(BudgetLine.sort_order, BudgetLine.id))
    expenses: dict[int, list[dict]] = {line.id: [] for line in lines}
    for e in (Expense.select().where(Expense.budget_line.in_([line.id for line in lines]))
              .order_by(Expense.date, Expense.id)):
        expenses[e.budget_line_id].append(
            {"id": e.id, "date": e.date, "description": e.description,
             "amount": _kroner(e.amount), "attachment_path": e.attachment_path})
    values["budget_lines"] = [{"id": line.id, "name": line.name, "amount": _kroner(line.amount),
                               "variance_explanation": line.variance_explanation,
                               "expenses": expenses[line.id]} for line in lines]
    values["conditions"] = [
        {"id": c.id, "text": c.text, "status": c.status, "comment": c.comment}
        for c in GrantCondition.select().where(GrantCondition.application == app.id)
        .order_by(GrantCondition.sort_order, GrantCondition.id)]
    values["in_kind"] = [
        {"id": k.id, "kind": k.kind, "description": k.description,
         "hours": None if k.hours is None else Decimal(k.hours).quantize(CENT),
         "rate": _kroner(k.rate), "amount": _kroner(k.amount)}
        for k in InKindContribution.select().where(InKindContribution.application == app.id)
        .order_by(InKindContribution.sort_order, InKindContribution.id)]
    values["activity_ids"] = sorted(
        a for (a,) in ActivityApplication.select(ActivityApplication.activity)
        .where(ActivityApplication.application == app.id).tuples())
    values["attachments"] = [
        {"id": a.id, "path": a.path, "description": a.description}
        for a in ApplicationAttachment.select().where(ApplicationAttachment.application == app.id)
        .order_by(ApplicationAttachment.id)]
    return values, app.version


# --- cleaning -----------------------------------------------------------------------------

def _text(value) -> str:
    return (value or "").strip() if isinstance(value, str) or value is None else str(value).strip()


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _row_problem(kind: str, index: int, message: str) -> str:
    return f"{kind} {index}: {message}"


def _clean_goals(rows, errors: FieldErrors) -> list[dict]:
    cleaned, problems = [], []
    for index, row in enumerate(rows or [], start=1):
        description = _text(row.get("description"))
        target, achievement = _text(row.get("target")), _text(row.get("achievement"))
        evidence = _text(row.get("evidence"))
        rating = row.get("rating") or ""
        if not (description or target or achievement or rating or evidence) \
                and row.get("id") is None:
            continue  # an empty new row
        if not description:
            problems.append(_row_problem("Mål", index, "Skriv hva målet er, eller fjern raden."))
        if rating not in GOAL_RATINGS:
            problems.append(_row_problem("Mål", index, "Velg om målet er nådd, delvis nådd "
                                                       "eller ikke nådd."))
        if len(target) > 300:
            problems.append(_row_problem("Mål", index, "Måltallet kan ha høyst 300 tegn. Skriv "
                                                       "detaljene i måloppnåelsen."))
        cleaned.append({"id": row.get("id"), "description": description, "target": target,
                        "achievement": achievement, "rating": rating, "evidence": evidence})
    if problems:
        errors.add("goals", "\n".join(problems))
    return cleaned


def _clean_budget(rows, errors: FieldErrors) -> list[dict]:
    cleaned, problems = [], []
    for index, row in enumerate(rows or [], start=1):
        name = _text(row.get("name"))
        explanation = _text(row.get("variance_explanation"))
        expenses_in = row.get("expenses") or []
        if not name and _blank(row.get("amount")) and not expenses_in and not explanation \
                and row.get("id") is None:
            continue
        label = f"«{name}»" if name else str(index)
        if not name:
            problems.append(f"Budsjettpost {index}: Skriv hva posten gjelder, for eksempel "
                            "«Mat og drikke».")
        amount = Decimal("0.00")
        try:
            amount = parse_amount(row.get("amount")) or Decimal("0.00")
        except InvalidValue as exc:
            problems.append(f"Budsjettpost {label}: {exc.message}")
        expenses = []
        for number, expense in enumerate(expenses_in, start=1):
            where = f"Utgift {number} på posten {label}"
            description = _text(expense.get("description"))
            path = _text(expense.get("attachment_path"))
            if (_blank(expense.get("date")) and _blank(expense.get("amount")) and not description
                    and not path and expense.get("id") is None):
                continue
            day, money = None, None
            try:
                day = parse_date(expense.get("date"))
                if day is None:
                    problems.append(f"{where}: Skriv datoen på bilaget, for eksempel 05.06.2026.")
            except InvalidValue as exc:
                problems.append(f"{where}: {exc.message}")
            try:
                money = parse_amount(expense.get("amount"), allow_negative=True)
                if money is None:
                    problems.append(f"{where}: Skriv beløpet, for eksempel 1 250,50.")
            except InvalidValue as exc:
                problems.append(f"{where}: {exc.message}")
            if len(description) > 300:
                problems.append(f"{where}: Beskrivelsen kan ha høyst 300 tegn.")
            if len(path) > 500:
                problems.append(f"{where}: Stien til vedlegget er for lang (over 500 tegn). "
                                "Flytt filen til en mappe med kortere sti.")
            expenses.append({"id": expense.get("id"), "date": day, "description": description,
                             "amount": money, "attachment_path": path})
        cleaned.append({"id": row.get("id"), "name": name, "amount": amount,
                        "variance_explanation": explanation, "expenses": expenses})
    if problems:
        errors.add("budget_lines", "\n".join(problems))
    return cleaned


def _clean_conditions(rows, errors: FieldErrors) -> list[dict]:
    cleaned, problems = [], []
    for index, row in enumerate(rows or [], start=1):
        text, comment = _text(row.get("text")), _text(row.get("comment"))
        status = row.get("status") or ""
        if not text and not comment and not status and row.get("id") is None:
            continue
        if not text:
            problems.append(_row_problem("Vilkår", index, "Skriv vilkåret slik det står i "
                                                         "tilsagnsbrevet, eller fjern raden."))
        if status not in CONDITION_STATUS_LABELS:
            problems.append(_row_problem("Vilkår", index, "Velg om vilkåret er oppfylt, delvis "
                                                         "oppfylt eller ikke oppfylt."))
        cleaned.append({"id": row.get("id"), "text": text, "status": status, "comment": comment})
    if problems:
        errors.add("conditions", "\n".join(problems))
    return cleaned


def _clean_in_kind(rows, errors: FieldErrors) -> list[dict]:
    cleaned, problems = [], []
    for index, row in enumerate(rows or [], start=1):
        description = _text(row.get("description"))
        kind = row.get("kind") or "other"
        if (not description and all(_blank(row.get(k)) for k in ("hours", "rate", "amount"))
                and row.get("id") is None):
            continue
        where = f"Egeninnsats {index}"
        if kind not in IN_KIND_KINDS:
            problems.append(f"{where}: Velg hva slags egeninnsats det er.")
        if not description:
            problems.append(f"{where}: Skriv hva innsatsen er, for eksempel «Lokaler på "
                            "biblioteket to kvelder i uka».")
        elif len(description) > 300:
            problems.append(f"{where}: Beskrivelsen kan ha høyst 300 tegn.")
        hours = rate = amount = None
        try:
            hours = parse_amount(row.get("hours"))
            if hours is not None and hours > MAX_HOURS:
                problems.append(f"{where}: {number_text(hours)} timer er urimelig mange. "
                                "Sjekk tallet.")
        except InvalidValue:
            problems.append(f"{where}: Skriv antall timer som et tall, for eksempel 120 "
                            "eller 12,5.")
        try:
            rate = parse_amount(row.get("rate"))
        except InvalidValue as exc:
            problems.append(f"{where}, timesatsen: {exc.message}")
        try:
            amount = parse_amount(row.get("amount"))
        except InvalidValue as exc:
            problems.append(f"{where}, verdien: {exc.message}")
        if hours is not None and rate is not None:
            amount = None   # worked out from the hours, so the two can never disagree
        elif hours is not None and amount is None:
            problems.append(f"{where}: Skriv timesatsen (kroner per time), eller verdien i "
                            "kroner.")
        elif hours is None and amount is None:
            problems.append(f"{where}: Skriv verdien i kroner, eller timer og timesats.")
        cleaned.append({"id": row.get("id"), "kind": kind, "description": description,
                        "hours": hours, "rate": rate if hours is not None else None,
                        "amount": amount})
    if problems:
        errors.add("in_kind", "\n".join(problems))
    return cleaned


def _clean_attachments(rows, errors: FieldErrors) -> list[dict]:
    cleaned, problems = [], []
    for index, row in enumerate(rows or [], start=1):
        path, description = _text(row.get("path")), _text(row.get("description"))
        if not path and not description and row.get("id") is None:
            continue
        if not path:
            problems.append(f"Vedlegg {index}: Velg filen, eller fjern raden.")
        elif len(path) > 500:
            problems.append(f"Vedlegg {index}: Stien er for lang (over 500 tegn).")
        cleaned.append({"id": row.get("id"), "path": path, "description": description[:300]})
    if problems:
        errors.add("attachments", "\n".join(problems))
    return cleaned


def _clean(values: dict, current: Application | None, today: datetime.date) -> dict:
    errors = FieldErrors()
    out: dict = {}
    funder_id = values.get("funder_id")
    if funder_id is None:
        errors.add("funder_id", "Velg hvem dere søker hos. Finnes den ikke i listen, legg den "
                                "inn under Tilskuddsgivere først.")
    elif not Funder.select().where(Funder.id == funder_id).exists():
        errors.add("funder_id", "Tilskuddsgiveren finnes ikke lenger. Velg en annen.")
    scheme_id = values.get("scheme_id")
    if scheme_id is not None and funder_id is not None and not FunderScheme.select().where(
            (FunderScheme.id == scheme_id) & (FunderScheme.funder == funder_id)).exists():
        errors.add("scheme_id", "Ordningen hører ikke til denne tilskuddsgiveren (eller er "
                                "slettet). Velg en ordning i listen.")
    out["funder"], out["scheme"] = funder_id, scheme_id
    out["title"] = " ".join(_text(values.get("title")).split())
    if not out["title"]:
        errors.add("title", "Skriv en tittel, for eksempel «Leksehjelp 2027».")
    elif len(out["title"]) > 300:
        errors.add("title", "Tittelen kan ha høyst 300 tegn.")
    for name in TEXT_FIELDS:
        out[name] = _text(values.get(name))
    for name, (limit, what) in TEXT_LIMITS.items():
        if len(out[name]) > limit:
            errors.add(name, f"{what} kan ha høyst {limit} tegn.")

    start = end = None
    with errors.check("period_start"):
        start = parse_date(values.get("period_start"))
        if start is None:
            raise InvalidValue("Skriv første dag i perioden, for eksempel 01.01.2027.")
    with errors.check("period_end"):
        end = parse_date(values.get("period_end"))
        if end is None:
            raise InvalidValue("Skriv siste dag i perioden, for eksempel 31.12.2027.")
    if start and end:
        if end < start:
            errors.add("period_end", f"Periodens siste dag ({date_no(end)}) er før den første "
                                     f"({date_no(start)}). Sjekk datoene.")
        else:
            try:
                limit = start.replace(year=start.year + MAX_PERIOD_YEARS)
            except ValueError:  # 29 February
                limit = datetime.date(start.year + MAX_PERIOD_YEARS, 3, 1)
            if end >= limit:
                errors.add("period_end", f"En søknadsperiode kan vare høyst {MAX_PERIOD_YEARS} år. "
                                         "Del opp i flere søknader, eller sjekk årstallet.")
    out["period_start"], out["period_end"] = start, end
    for name in DEADLINE_FIELDS + OTHER_DATE_FIELDS:
        with errors.check(name):
            out[name] = parse_date(values.get(name))

    with errors.check("amount_applied"):
        out["amount_applied"] = parse_amount(values.get("amount_applied")) or Decimal("0.00")
    with errors.check("amount_granted"):
        out["amount_granted"] = parse_amount(values.get("amount_granted"))
    with errors.check("volunteer_hour_rate"):
        rate = parse_amount(values.get("volunteer_hour_rate"))
        if rate is not None and rate > MAX_HOUR_RATE:
            raise InvalidValue("Timesatsen er urimelig høy. Skriv kroner per time, for eksempel 300.")
        out["volunteer_hour_rate"] = rate

    status = values.get("status") or "draft"
    status_date = today
    if current is None or status != current.status:
        with errors.check("status_date"):
            status_date = parse_date(values.get("status_date")) or today
            if status_date > today:
                raise InvalidValue("Datoen for statusendringen kan ikke være etter i dag. "
                                   "Skriv datoen det skjedde.")
    if current is None:
        if status not in APPLICATION_STATUSES:
            errors.add("status", "Velg en av statusene i listen.")
        elif status == "reported":
            errors.add("status", "En ny søknad kan ikke være «Rapportert» før den er innvilget. "
                                 "Velg «Innvilget» eller «Delvis innvilget».")
    elif status != current.status:
        problem = application_status.transition_problem(current.status, status)
        if problem:
            errors.add("status", problem)
    out["status"], out["status_date"] = status, status_date
    out["status_note"] = _text(values.get("status_note"))

    out["goals"] = _clean_goals(values.get("goals"), errors)
    out["budget_lines"] = _clean_budget(values.get("budget_lines"), errors)
    out["attachments"] = _clean_attachments(values.get("attachments"), errors)
    out["conditions"] = _clean_conditions(values.get("conditions"), errors)
    out["in_kind"] = _clean_in_kind(values.get("in_kind"), errors)
    activity_ids = sorted({int(a) for a in values.get("activity_ids") or []})
    existing = {a for (a,) in Activity.select(Activity.id).where(Activity.id.in_(activity_ids))
                .tuples()}
    if set(activity_ids) - existing:
        errors.add("activity_ids", "En av aktivitetene er slettet av en kollega. Last inn "
                                   "søknaden på nytt.")
    out["activity_ids"] = activity_ids
    errors.raise_if_any()
    return out


# --- saving -------------------------------------------------------------------------------

def _sync(model, stored: dict, wanted: list[dict], fields: tuple[str, ...], parent: dict,
          what: str) -> tuple[bool, dict]:
    """Make the child rows ``stored`` ({id: row}) match ``wanted``; returns (changed, ids by
    position) so the children of new rows can be created under them."""
    changed = False
    ids = {}
    keep = {w["id"] for w in wanted if w["id"] is not None}
    for gone in sorted(set(stored) - keep):
        record_changes.delete(model, gone)
        changed = True
    for position, row in enumerate(wanted):
        data = {name: row[name] for name in fields}
        if "sort_order" in model._meta.fields:
            data["sort_order"] = position
        if row["id"] is None:
            ids[position] = record_changes.create(model, **parent, **data).id
            changed = True
            continue
        old = stored.get(row["id"])
        if old is None:
            raise RecordGone(f"{what} er slettet av en kollega. Last inn søknaden på nytt.")
        ids[position] = old.id
        changes = records_changes(old, data)
        if changes:
            record_changes.update(model, old.id, old.version, **changes)
            changed = True
    return changed, ids


def _touch(application_id: int, version: int) -> None:
    """Count a change of goals, budget or links as a change of the application (version + 1)."""
    saved = (Application.update(version=version + 1,
                                updated_at=datetime.datetime.now().replace(microsecond=0),
                                updated_by=actor.current().username)
             .where((Application.id == application_id) & (Application.version == version))
             .execute())
    if saved != 1:
        raise record_changes.conflict(Application.get_by_id(application_id))


@write
def save_application(values: dict, application_id: int | None = None,
                     version: int | None = None, *, today: datetime.date | None = None) -> int:
    """Create (``application_id`` None) or update the application and all its parts; its id."""
    permissions.require(permissions.EDIT_APPLICATIONS)
    today = today or datetime.date.today()
    current = None
    if application_id is not None:
        current = Application.get_or_none(Application.id == application_id)
        if current is None:
            raise RecordGone("Søknaden er slettet av en kollega. Det du skrev er ikke lagret; "
                             "kopier det du trenger og lukk skjemaet.")
        if current.version != version:
            raise record_changes.conflict(current)
    clean = _clean(values, current, today)
    fields = {name: clean[name] for name in (
        "funder", "scheme", "title", "period_start", "period_end", "amount_applied",
        "amount_granted", "volunteer_hour_rate", *TEXT_FIELDS, *DEADLINE_FIELDS,
        *OTHER_DATE_FIELDS)}

    if current is None:
        app = record_changes.create(Application, status=clean["status"], **fields)
        application_id, version = app.id, app.version
        ApplicationStatusChange.create(application=app.id, status=clean["status"],
                                       changed_on=clean["status_date"],
                                       changed_by=actor.current().username,
                                       note=clean["status_note"])
        start_version = version
    else:
        start_version = version
        app = record_changes.update(Application, application_id, version,
                                    **records_changes(current, fields))
        version = app.version
        if clean["status"] != current.status:
            app = application_status.change_status(application_id, clean["status"],
                                                   clean["status_date"], clean["status_note"],
                                                   expected_version=version)
            version = app.version

    parent = {"application": application_id}
    changed, _ = _sync(Goal, {g.id: g for g in Goal.select().where(Goal.application == application_id)},
                       clean["goals"], ("description", "target", "achievement", "rating",
                                        "evidence"), parent, "Et av målene")
    stored_lines = {b.id: b for b in BudgetLine.select().where(BudgetLine.application == application_id)}
    stored_expenses: dict[int, dict] = {line_id: {} for line_id in stored_lines}
    for e in Expense.select().where(Expense.budget_line.in_(list(stored_lines))):
        stored_expenses[e.budget_line_id][e.id] = e
    # Expenses of a removed line go first, each through the change log.
    kept_lines = {line["id"] for line in clean["budget_lines"]}
    for line_id in set(stored_lines) - kept_lines:
        for expense_id in sorted(stored_expenses[line_id]):
            record_changes.delete(Expense, expense_id)
    lines_changed, line_ids = _sync(BudgetLine, stored_lines, clean["budget_lines"],
                                    ("name", "amount", "variance_explanation"), parent,
                                    "En av budsjettpostene")
    changed |= lines_changed
    for position, line in enumerate(clean["budget_lines"]):
        line_id = line_ids[position]
        expenses_changed, _ = _sync(Expense, stored_expenses.get(line_id, {}), line["expenses"],
                                    ("date", "description", "amount", "attachment_path"),
                                    {"budget_line": line_id}, "En av utgiftene")
        changed |= expenses_changed
    attachments_changed, _ = _sync(
        ApplicationAttachment,
        {a.id: a for a in ApplicationAttachment.select()
         .where(ApplicationAttachment.application == application_id)},
        clean["attachments"], ("path", "description"), parent, "Et av vedleggene")
    changed |= attachments_changed
    conditions_changed, _ = _sync(
        GrantCondition,
        {c.id: c for c in GrantCondition.select()
         .where(GrantCondition.application == application_id)},
        clean["conditions"], ("text", "status", "comment"), parent, "Et av vilkårene")
    in_kind_changed, _ = _sync(
        InKindContribution,
        {k.id: k for k in InKindContribution.select()
         .where(InKindContribution.application == application_id)},
        clean["in_kind"], ("kind", "description", "hours", "rate", "amount"), parent,
        "En av linjene med egeninnsats")
    changed |= conditions_changed | in_kind_changed

    links = {link.activity_id: link for link in ActivityApplication.select()
             .where(ActivityApplication.application == application_id)}
    for activity_id in sorted(set(links) - set(clean["activity_ids"])):
        record_changes.delete(ActivityApplication, links[activity_id].id)
        changed = True
    for activity_id in clean["activity_ids"]:
        if activity_id not in links:
            record_changes.create(ActivityApplication, activity=activity_id, application=application_id)
            changed = True

    if changed and current is not None and version == start_version:
        _touch(application_id, version)
    return application_id


@write
def set_archived(application_id: int, archived: bool, version: int) -> None:
    """Archive (hide from the list and the reminders) or bring back an application."""
    permissions.require(permissions.EDIT_APPLICATIONS)
    if Application.get_or_none(Application.id == application_id) is None:
        raise RecordGone(GONE)
    record_changes.update(Application, application_id, version, archived=bool(archived))


@write
def delete_draft(application_id: int, version: int) -> None:
    """Delete an application that never left the draft stage (e.g. made by mistake).

    Anything further along is kept for the history and the reports: archive it instead.
    """
    permissions.require(permissions.EDIT_APPLICATIONS)
    app = Application.get_or_none(Application.id == application_id)
    if app is None:
        return
    if app.version != version:
        raise record_changes.conflict(app)
    if app.status != "draft" or ApplicationStatusChange.select().where(
            (ApplicationStatusChange.application == application_id)
            & (ApplicationStatusChange.status != "draft")).exists():
        raise ValidationError({"status": "Bare utkast som aldri er sendt kan slettes. "
                                         "Arkiver søknaden i stedet, så blir historikken bevart."})
    line_ids = [b.id for b in BudgetLine.select(BudgetLine.id)
                .where(BudgetLine.application == application_id)]
    for model, condition in ((Expense, Expense.budget_line.in_(line_ids)),
                             (BudgetLine, BudgetLine.application == application_id),
                             (Goal, Goal.application == application_id),
                             (GrantCondition, GrantCondition.application == application_id),
                             (InKindContribution,
                              InKindContribution.application == application_id),
                             (ApplicationAttachment, ApplicationAttachment.application == application_id),
                             (ActivityApplication, ActivityApplication.application == application_id)):
        for (child_id,) in model.select(model.id).where(condition).tuples():
            record_changes.delete(model, child_id)
    ApplicationStatusChange.delete().where(
        ApplicationStatusChange.application == application_id).execute()
    record_changes.delete(Application, application_id, version)
