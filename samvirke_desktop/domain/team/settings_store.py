"""Team-wide settings in the shared database: one JSON value per key, every change logged.

A value that cannot be read counts as unset, so a hand-edited setting never stops the
program or a report.
"""
import datetime
import json

from samvirke_desktop.db.models import Setting
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.team import actor
from samvirke_desktop.domain.team.record_changes import log_change


def read_setting(key: str, default=None):
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        value = json.loads(row.value)
    except (TypeError, ValueError):
        return default
    return default if value is None else value


@write
def write_setting(key: str, value) -> None:
    """Store ``value`` (anything JSON can hold) under ``key``; the change log keeps old → new."""
    old = read_setting(key)
    if old == value:
        return
    text = json.dumps(value, ensure_ascii=False)
    now = datetime.datetime.now().replace(microsecond=0)
    who = actor.current().username
    (Setting.insert(key=key, value=text, updated_at=now, updated_by=who)
     .on_conflict(conflict_target=[Setting.key],
                  update={Setting.value: text, Setting.updated_at: now, Setting.updated_by: who})
     .execute())
    log_change("update", "setting", None, {key: [old, value]}, summary=key)
