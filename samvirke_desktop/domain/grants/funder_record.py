"""Tilskuddsgivere: the list, and reading and saving one funder with its schemes and age bands.

A funder is saved as one whole: its own fields, its schemes (ordninger) and the age bands
of the funder and of each scheme that has its own, in one transaction. The funder's
``version`` covers all of it, so a colleague's save of the same funder in between is
reported as a conflict even when only a scheme or a band changed.

A scheme carries the funder's reporting rules for it: an auditor's statement for grants above
``auditor_threshold`` kroner (or ``auditor_always``), and how far a budget line may be off before
the report must explain it (``variance_threshold_percent``; empty is 10 %).

A scheme that applications use cannot be removed (they would lose their scheme without
anyone noticing); the message names the applications to move first.
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from samvirke_desktop.db.models import AgeBand, Application, Funder, FunderScheme
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.amounts import parse_amount
from samvirke_desktop.domain.grants import age_bands
from samvirke_desktop.domain.grants.age_bands import Band
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.validation import FieldErrors, InvalidValue
from samvirke_desktop.errors import RecordGone, ValidationError

MAX_HOUR_RATE = Decimal(10000)
SCHEME_RULES = ("auditor_threshold", "auditor_always", "variance_threshold_percent")


@dataclass(frozen=True, slots=True)
class FunderRow:
    id: int
    name: str
    short_name: str
    schemes: tuple[str, ...]
    volunteer_hour_rate: Decimal | None
    bands: tuple[str, ...]          # labels of the funder's own bands
    application_count: int
    archived: bool


@dataclass(frozen=True, slots=True)
class FunderChoice:
    """A funder for the application form's picker, with its schemes as (id, name)."""
    id: int
    name: str
    short_name: str
    schemes: tuple[tuple[int, str], ...]
    archived: bool
    volunteer_hour_rate: Decimal | None = None


def list_funders(*, include_archived: bool = False) -> list[FunderRow]:
    """Every funder by name, with schemes, own bands and how many applications it has."""
    permissions.require(permissions.VIEW_APPLICATIONS)
    query = Funder.select().order_by(fn.LOWER(Funder.name), Funder.id)
    if not include_archived:
        query = query.where(Funder.archived == False)
    found = list(query)
    ids = [f.id for f in found]
    schemes: dict[int, list[str]] = {i: [] for i in ids}
    for funder_id, name in (FunderScheme.select(FunderScheme.funder, FunderScheme.name)
                            .where(FunderScheme.funder.in_(ids))
                            .order_by(FunderScheme.name, FunderScheme.id).tuples()):
        schemes[funder_id].append(name)
    bands: dict[int, list[str]] = {i: [] for i in ids}
    for funder_id, label in (AgeBand.select(AgeBand.funder, AgeBand.label)
                             .where(AgeBand.funder.in_(ids) & AgeBand.scheme.is_null())
                             .order_by(AgeBand.sort_order, AgeBand.id).tuples()):
        bands[funder_id].append(label)
    counts = dict(Application.select(Application.funder, fn.COUNT(Application.id))
                  .where(Application.funder.in_(ids)).group_by(Application.funder).tuples())
    return [FunderRow(f.id, f.name, f.short_name, tuple(schemes[f.id]),
                      None if f.volunteer_hour_rate is None
                      else Decimal(f.volunteer_hour_rate).quantize(Decimal("0.01")),
                      tuple(bands[f.id]), int(counts.get(f.id, 0)), bool(f.archived))
            for f in found]


def funder_choices() -> list[FunderChoice]:
    """All funders (archived ones too, marked) with their schemes, for the application form."""
    permissions.require(permissions.VIEW_APPLICATIONS)
    schemes: dict[int, list[tuple[int, str]]] = {}
    for sid, funder_id, name in (FunderScheme.select(FunderScheme.id, FunderScheme.funder,
                                                     FunderScheme.name)
                                 .order_by(FunderScheme.name, FunderScheme.id).tuples()):
        schemes.setdefault(funder_id, []).append((sid, name))
    return [FunderChoice(fid, name, short, tuple(schemes.get(fid, ())), bool(archived),
                         None if rate is None else Decimal(str(rate)).quantize(Decimal("0.01")))
            for fid, name, short, archived, rate in
            Funder.select(Funder.id, Funder.name, Funder.short_name, Funder.archived,
                          Funder.volunteer_hour_rate)
            .order_by(fn.LOWER(Funder.name), Funder.id).tuples()]


# --- one funder -------------------------------------------------------------------------

def _band_tuples(rows) -> list[tuple[str, int | None, int | None]]:
    return [(r.label, r.age_from, r.age_to) for r in rows]


def new_funder_values() -> dict:
    return {"name": "", "short_name": "", "website": "", "volunteer_hour_rate": None,
            "audit_notes": "", "notes": "", "archived": False, "bands": [], "schemes": []}


def read_funder(funder_id: int) -> tuple[dict, int]:
    """The funder as plain values and its version.

    ``bands``: [(label, age_from, age_to)]; ``schemes``: [{"id", "name", "code", "bands"}]
    where a scheme's ``bands`` is None when it uses the funder's bands.
    """
    permissions.require(permissions.VIEW_APPLICATIONS)
    funder = Funder.get_or_none(Funder.id == funder_id)
    if funder is None:
        raise RecordGone("Tilskuddsgiveren finnes ikke lenger. Den kan være slettet av en kollega.")
    all_bands = list(AgeBand.select().where(AgeBand.funder == funder_id)
                     .order_by(AgeBand.sort_order, AgeBand.id))
    schemes = []
    for scheme in (FunderScheme.select().where(FunderScheme.funder == funder_id)
                   .order_by(FunderScheme.name, FunderScheme.id)):
        own = [b for b in all_bands if b.scheme_id == scheme.id]
        schemes.append({"id": scheme.id, "name": scheme.name, "code": scheme.code,
                        "bands": _band_tuples(own) if own else None,
                        "auditor_threshold": (None if scheme.auditor_threshold is None else
                                              Decimal(scheme.auditor_threshold).quantize(
                                                  Decimal("0.01"))),
                        "auditor_always": bool(scheme.auditor_always),
                        "variance_threshold_percent": (
                            None if scheme.variance_threshold_percent is None
                            else Decimal(scheme.variance_threshold_percent).quantize(
                                Decimal("0.1")))})
    values = {
        "name": funder.name, "short_name": funder.short_name, "website": funder.website,
        "volunteer_hour_rate": (None if funder.volunteer_hour_rate is None
                                else Decimal(funder.volunteer_hour_rate).quantize(Decimal("0.01"))),
        "audit_notes": funder.audit_notes, "notes": funder.notes, "archived": bool(funder.archived),
        "bands": _band_tuples([b for b in all_bands if b.scheme_id is None]),
        "schemes": schemes,
    }
    return values, funder.version


def _age(value, what: str, label: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidValue(f"Aldersgruppen «{label}»: {what} må være et helt tall.")
    text = str(value).strip()
    if not text.isdigit():
        raise InvalidValue(f"Aldersgruppen «{label}»: {what} «{text}» er ikke et helt antall år. "
                           "Skriv for eksempel 6, eller la feltet stå tomt for ingen grense.")
    age = int(text)
    if age > 120:
        raise InvalidValue(f"Aldersgruppen «{label}»: {what} {age} år er for høy. Sjekk tallet.")
    return age


def parse_bands(rows, field: str = "bands") -> list[Band]:
    """(label, from, to) rows as typed (ages as text or numbers; empty = open end) → bands.

    Rows that are completely empty are left out. Raises ValidationError on ``field``.
    """
    bands, problems = [], []
    for row in rows:
        label, age_from, age_to = (row.label, row.age_from, row.age_to) if isinstance(row, Band) \
            else row
        label = (label or "").strip()
        if not label and all(v is None or str(v).strip() == "" for v in (age_from, age_to)):
            continue
        try:
            bands.append(Band(label, _age(age_from, "fra-alderen", label or "uten navn"),
                              _age(age_to, "til-alderen", label or "uten navn")))
        except InvalidValue as exc:
            problems.append(exc.message)
    if problems:
        raise ValidationError({field: "\n".join(problems)})
    try:
        age_bands.validate_bands(bands)
    except ValidationError as exc:
        raise ValidationError({field: exc.field_errors["age_bands"]}) from None
    return bands


def _percent(value, scheme_name: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip().removesuffix("%").strip().replace(",", ".")
    try:
        percent = Decimal(text).quantize(Decimal("0.1"))
    except ArithmeticError:
        raise InvalidValue(f"Ordningen «{scheme_name}»: «{value}» er ikke et antall prosent. "
                           "Skriv for eksempel 10, eller la feltet stå tomt for 10 %.") from None
    if not Decimal(0) < percent <= Decimal(1000):
        raise InvalidValue(f"Ordningen «{scheme_name}»: avviksgrensen må være mer enn 0 %. "
                           "Skriv for eksempel 10.")
    return percent


def _scheme_rules(scheme: dict, scheme_name: str) -> dict:
    """The auditor threshold (kroner, or always) and the variance limit as typed; raises
    InvalidValue with the scheme named."""
    try:
        threshold = parse_amount(scheme.get("auditor_threshold"))
    except InvalidValue as exc:
        raise InvalidValue(f"Ordningen «{scheme_name}», revisorgrensen: {exc.message}") from None
    return {"auditor_threshold": threshold,
            "auditor_always": bool(scheme.get("auditor_always")),
            "variance_threshold_percent": _percent(scheme.get("variance_threshold_percent"),
                                                   scheme_name)}


def _clean_funder(values: dict, funder_id: int | None) -> tuple[dict, list[Band], list[dict]]:
    errors = FieldErrors()
    name = " ".join((values.get("name") or "").split())
    if not name:
        errors.add("name", "Skriv navnet på tilskuddsgiveren, for eksempel Bufdir.")
    else:
        same = Funder.select(Funder.id).where(fn.LOWER(Funder.name) == name.lower())
        if funder_id is not None:
            same = same.where(Funder.id != funder_id)
        if same.exists():
            errors.add("name", f"Det finnes allerede en tilskuddsgiver som heter «{name}». "
                               "Åpne den i stedet, eller skriv et annet navn.")
    rate = None
    with errors.check("volunteer_hour_rate"):
        rate = parse_amount(values.get("volunteer_hour_rate"))
        if rate is not None and rate > MAX_HOUR_RATE:
            raise InvalidValue("Timesatsen er urimelig høy. Skriv kroner per time, for eksempel "
                               "300. La feltet stå tomt hvis tilskuddsgiveren bare vil ha timer.")
    bands = []
    with errors.check("bands"):
        bands = parse_bands(values.get("bands") or [])
    schemes, names, problems = [], set(), []
    for index, scheme in enumerate(values.get("schemes") or [], start=1):
        scheme_name = " ".join((scheme.get("name") or "").split())
        if not scheme_name:
            problems.append(f"Ordning {index} mangler navn. Skriv navnet, eller fjern raden.")
            continue
        if scheme_name.lower() in names:
            problems.append(f"Ordningen «{scheme_name}» står to ganger. Fjern den ene.")
            continue
        names.add(scheme_name.lower())
        own = None
        if scheme.get("bands") is not None:
            try:
                own = parse_bands(scheme["bands"], "schemes")
            except ValidationError as exc:
                problems.append(f"Ordningen «{scheme_name}»: {exc.field_errors['schemes']}")
                continue
        try:
            rules = _scheme_rules(scheme, scheme_name)
        except InvalidValue as exc:
            problems.append(exc.message)
            continue
        schemes.append({"id": scheme.get("id"), "name": scheme_name,
                        "code": (scheme.get("code") or "").strip(), "bands": own, **rules})
    if problems:
        errors.add("schemes", "\n".join(problems))
    errors.raise_if_any()
    fields = {
        "name": name, "short_name": (values.get("short_name") or "").strip(),
        "website": (values.get("website") or "").strip(), "volunteer_hour_rate": rate,
        "audit_notes": (values.get("audit_notes") or "").strip(),
        "notes": (values.get("notes") or "").strip(), "archived": bool(values.get("archived")),
    }
    return fields, bands, schemes


def records_changes(current, fields: dict) -> dict:
    """Only the fields whose stored value really differs (300 and 300.00 kroner are the same;
    a foreign key compares by id)."""
    return {name: value for name, value in fields.items() if current.__data__.get(name) != value}


def _stored_bands(funder_id: int, scheme_id: int | None) -> list[Band]:
    scope = AgeBand.scheme.is_null() if scheme_id is None else AgeBand.scheme == scheme_id
    return [Band(b.label, b.age_from, b.age_to) for b in
            AgeBand.select().where((AgeBand.funder == funder_id) & scope)
            .order_by(AgeBand.sort_order, AgeBand.id)]


def _sync_bands(funder_id: int, bands: list[Band] | None, scheme_id: int | None) -> bool:
    """Replace the bands when they differ; ``None`` (a scheme using the funder's) removes them."""
    wanted = bands or []
    if _stored_bands(funder_id, scheme_id) == wanted:
        return False
    age_bands.set_bands(funder_id, wanted, scheme_id=scheme_id)
    return True


def _touch(funder_id: int, version: int) -> Funder:
    """Count a change of schemes or bands as a change of the funder (version + 1)."""
    saved = (Funder.update(version=version + 1, updated_at=datetime.datetime.now().replace(microsecond=0),
                           updated_by=actor.current().username)
             .where((Funder.id == funder_id) & (Funder.version == version)).execute())
    if saved != 1:
        raise record_changes.conflict(Funder.get_by_id(funder_id))
    return Funder.get_by_id(funder_id)


@write
def save_funder(values: dict, funder_id: int | None = None, version: int | None = None) -> int:
    """Create (``funder_id`` None) or update the funder with its schemes and bands; its id."""
    permissions.require(permissions.EDIT_APPLICATIONS)
    if funder_id is not None:
        current = Funder.get_or_none(Funder.id == funder_id)
        if current is None:
            raise RecordGone("Tilskuddsgiveren er slettet av en kollega. Det du skrev er ikke "
                             "lagret; kopier det du trenger og lukk skjemaet.")
        if current.version != version:
            raise record_changes.conflict(current)
    fields, bands, schemes = _clean_funder(values, funder_id)

    is_new = funder_id is None
    if is_new:
        funder = record_changes.create(Funder, **fields)
        funder_id, version = funder.id, funder.version
        before = {}
    else:
        before = {s.id: s for s in FunderScheme.select().where(FunderScheme.funder == funder_id)}
        funder = record_changes.update(Funder, funder_id, version,
                                       **records_changes(current, fields))
    others_changed = False

    kept = {s["id"] for s in schemes if s["id"] is not None}
    for gone_id in sorted(set(before) - kept):
        users = [t for (t,) in Application.select(Application.title)
                 .where(Application.scheme == gone_id).order_by(Application.title).tuples()]
        if users:
            listed = ", ".join(f"«{t}»" for t in users[:3]) + (" …" if len(users) > 3 else "")
            raise ValidationError({"schemes": (
                f"Ordningen «{before[gone_id].name}» brukes av {len(users)} "
                f"{'søknad' if len(users) == 1 else 'søknader'} ({listed}). Velg en annen "
                "ordning i søknadene først, eller behold ordningen.")})
        record_changes.delete(FunderScheme, gone_id)
        others_changed = True
    for scheme in schemes:
        if scheme["id"] is None:
            scheme_id = record_changes.create(
                FunderScheme, funder=funder_id, name=scheme["name"], code=scheme["code"],
                **{rule: scheme[rule] for rule in SCHEME_RULES}).id
            others_changed = True
        else:
            old = before.get(scheme["id"])
            if old is None:
                raise RecordGone("En av ordningene er slettet av en kollega. Last inn "
                                 "tilskuddsgiveren på nytt.")
            scheme_id = old.id
            changes = records_changes(old, {"name": scheme["name"], "code": scheme["code"],
                                            **{rule: scheme[rule] for rule in SCHEME_RULES}})
            if changes:
                record_changes.update(FunderScheme, old.id, old.version, **changes)
                others_changed = True
        others_changed |= _sync_bands(funder_id, scheme["bands"], scheme_id)
    others_changed |= _sync_bands(funder_id, bands, None)
    if others_changed and not is_new and funder.version == version:
        _touch(funder_id, version)
    return funder_id
