"""Creating, changing, archiving and deleting records: version check and change log in one step.

Every edit form saves through ``update`` with the version it loaded: if a colleague
saved the same record in between, ``ConflictError`` says who and when, and nothing is
overwritten. Each change writes its change-log row in the same transaction.
"""
import datetime
import decimal
import json

from peewee import Model

from samvirke_desktop.db.models import ChangeLog, Editable, Resident
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import ConflictError, RecordGone


def _now():
    return datetime.datetime.now().replace(microsecond=0)


def _plain(value):
    if isinstance(value, Model):
        return value.get_id()
    if isinstance(value, (datetime.date, datetime.time, datetime.datetime, decimal.Decimal)):
        return str(value)
    return value


def _same(old, new) -> bool:
    if isinstance(new, Model):
        new = new.get_id()
    if isinstance(old, decimal.Decimal) or isinstance(new, decimal.Decimal):
        try:
            return (old is None) == (new is None) and (
                old is None or decimal.Decimal(str(old)) == decimal.Decimal(str(new)))
        except decimal.InvalidOperation:
            return False
    return _plain(old) == _plain(new)


def _resident_of(instance) -> int | None:
    if isinstance(instance, Resident):
        return instance.id
    for name in ("resident_id", "child_id"):
        value = getattr(instance, name, None)
        if isinstance(value, int):
            return value
    return None


# Fields whose values never go into the change log, on create as on change: it records that
# a password was set, not the hash (the log is read by every administrator and kept for years).
SECRET_FIELDS = frozenset({"password_hash", "recovery_code", "wrapped_key", "database_key"})
MASK = "***"


def masked(changes: dict | None) -> dict:
    """``changes`` with every secret field's old and new value replaced by ``MASK``."""
    def hide(value):
        return None if value is None else MASK

    result = {}
    for name, value in (changes or {}).items():
        if name in SECRET_FIELDS:
            value = [hide(v) for v in value] if isinstance(value, list) else hide(value)
        result[name] = value
    return result


def log_change(action: str, table: str, record_id: int | None, changes: dict | None = None,
               *, summary: str = "", resident_id: int | None = None,
               who: actor.Actor | None = None) -> ChangeLog:
    who = who or actor.current()
    return ChangeLog.create(
        user=who.user_id, username=who.username, action=action, table_name=table,
        record_id=record_id, resident_id=resident_id, summary=summary[:300],
        changes=json.dumps(masked(changes), ensure_ascii=False, default=str),
    )


@write
def create(model: type[Editable], **fields) -> Editable:
    who = actor.current()
    now = _now()
    instance = model(**fields)
    if isinstance(instance, Editable):
        instance.created_at = instance.updated_at = now
        instance.updated_by = who.username
        instance.version = 1
    instance.save(force_insert=True)
    log_change("create", model._meta.table_name, instance.get_id(),
               {k: [None, _plain(v)] for k, v in fields.items()},
               resident_id=_resident_of(instance))
    return instance


@write
def update(model: type[Editable], record_id: int, expected_version: int, **changes) -> Editable:
    """Save ``changes`` if nobody else saved the record since ``expected_version`` was read."""
    current = model.get_or_none(model._meta.primary_key == record_id)
    if current is None:
        raise RecordGone("Denne oppføringen er slettet av en kollega. Det du skrev er ikke lagret; "
                         "kopier det du trenger og lukk skjemaet.")
    if current.version != expected_version:
        raise conflict(current)
    diff = {}
    for name, new in changes.items():
        raw = current.__data__.get(name)
        # Equal values are no change, whatever their text: 300 and 300.00 kroner are the same.
        if not _same(raw, new):
            diff[name] = [_plain(raw), _plain(new)]
        setattr(current, name, new)
    if not diff:
        return current
    current.version = expected_version + 1
    current.updated_at = _now()
    current.updated_by = actor.current().username
    if hasattr(current, "refresh_search_text"):
        current.refresh_search_text()
    saved = (model.update({**{model._meta.fields[n]: getattr(current, n) for n in changes},
                           model.version: current.version, model.updated_at: current.updated_at,
                           model.updated_by: current.updated_by,
                           **({model.search_text: current.search_text}
                              if "search_text" in model._meta.fields else {})})
             .where((model._meta.primary_key == record_id) & (model.version == expected_version))
             .execute())
    if saved != 1:  # a colleague saved between our read and our write
        raise conflict(model.get_by_id(record_id))
    action = "archive" if diff.get("archived", [None, None])[1] is True else "update"
    log_change(action, model._meta.table_name, record_id, diff, resident_id=_resident_of(current))
    return current


def conflict(current: Editable) -> ConflictError:
    when = current.updated_at.strftime("%d.%m.%Y kl. %H:%M") if current.updated_at else "nylig"
    who = current.updated_by or "en kollega"
    return ConflictError(
        f"{who} lagret denne oppføringen {when}, etter at du åpnet den. Last inn på nytt for å se "
        "endringene, eller sammenlign før du lagrer.",
        changed_by=who, changed_at=current.updated_at,
    )


# Tables that hold people's own details: when such a row is deleted, the change log keeps
# that it happened and by whom, but not the name, phone or notes it held.
PERSONAL_TABLES = frozenset({"resident", "volunteer", "guardian", "consent", "household",
                             "partner_contact", "app_user"})


@write
def delete(model: type[Editable], record_id: int, expected_version: int | None = None) -> None:
    current = model.get_or_none(model._meta.primary_key == record_id)
    if current is None:
        return
    if expected_version is not None and current.version != expected_version:
        raise conflict(current)
    table = model._meta.table_name
    resident_id = _resident_of(current)
    if table in PERSONAL_TABLES:
        snapshot = {}
        # Earlier entries about the row held its values too (old → new): they go with it.
        (ChangeLog.update(changes="{}")
         .where((ChangeLog.table_name == table) & (ChangeLog.record_id == record_id))
         .execute())
    else:
        snapshot = {name: [_plain(getattr(current, name)), None]
                    for name in model._meta.fields if name not in ("search_text",)}
    current.delete_instance()
    log_change("delete", table, record_id, snapshot, resident_id=resident_id)
