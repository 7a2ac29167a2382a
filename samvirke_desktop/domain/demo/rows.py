"""Demo rows collected in memory, then written in a few big transactions with insert_many.

Ids are given here rather than by the database, so that rows can refer to each other
before anything is written and the same seed always gives the same file.
"""
import datetime
import sqlite3

from samvirke_desktop.db import models as m
from samvirke_desktop.db.folding import search_text

DEMO_USER = "demo"

# Tables written together in one transaction each, in foreign-key order.
WRITE_GROUPS = (
    (m.Site, m.Household, m.Resident, m.Guardian, m.Consent),
    (m.Volunteer, m.Skill, m.Language, m.VolunteerSkill, m.VolunteerLanguage,
     m.Partner, m.PartnerContact, m.PartnerSite, m.PartnerMeetingNote),
    (m.Funder, m.FunderScheme, m.AgeBand, m.Application, m.ApplicationStatusChange,
     m.Goal, m.BudgetLine, m.Expense, m.GrantCondition, m.InKindContribution,
     m.ApplicationAttachment),
    (m.Activity, m.ActivityTranslation, m.ActivityApplication, m.PartnerActivity, m.Schedule,
     m.SchoolHoliday, m.Enrolment, m.ActivityVolunteer, m.Session),
    (m.Attendance, m.VolunteerPresence, m.HeadCount),
    (m.ActivityPhoto, m.ActivityPhotoPerson, m.ApplicationPhoto),
)


class DemoRows:
    """Rows per table, each a dict of field name to value (foreign keys as plain ids)."""

    def __init__(self, default_stamp: datetime.datetime):
        self.default_stamp = default_stamp
        self._rows: dict[type, list[dict]] = {}
        self._next_id: dict[type, int] = {}

    def add(self, model, *, at: datetime.datetime | None = None, **fields) -> int:
        """Add one row and return its id; ``at`` is when it was created (and last saved)."""
        row_id = self._next_id.get(model, 1)
        self._next_id[model] = row_id + 1
        row = {"id": row_id, **fields}
        if issubclass(model, m.Editable):
            when = at or self.default_stamp
            row.setdefault("version", 1)
            row.setdefault("created_at", when)
            row.setdefault("updated_at", when)
            row.setdefault("updated_by", DEMO_USER)
        # save() normally fills the search column; bulk inserts must do it themselves.
        if model in (m.Resident, m.Volunteer):
            row["search_text"] = search_text(row["first_name"], row.get("last_name", ""),
                                             row.get("phone", ""), row.get("email", ""))
        elif model is m.Partner:
            row["search_text"] = search_text(row["name"], row.get("phone", ""),
                                             row.get("email", ""))
        self._rows.setdefault(model, []).append(row)
        return row_id

    def rows(self, model) -> list[dict]:
        return self._rows.get(model, [])

    def count(self, model) -> int:
        return len(self._rows.get(model, []))

    def write(self, db) -> None:
        planned = {model for group in WRITE_GROUPS for model in group}
        unplanned = set(self._rows) - planned
        if unplanned:
            raise TypeError(f"no write group for {sorted(m.__name__ for m in unplanned)}")
        limit = 32766 if sqlite3.sqlite_version_info >= (3, 32) else 999
        for group in WRITE_GROUPS:
            with db.atomic():
                for model in group:
                    rows = self._rows.get(model)
                    if not rows:
                        continue
                    fields = model._meta.sorted_fields
                    data = [tuple(_value(model, field, row) for field in fields) for row in rows]
                    batch = max(1, limit // len(fields))
                    for start in range(0, len(data), batch):
                        model.insert_many(data[start:start + batch], fields=fields).execute()


def _value(model, field, row: dict):
    if field.name in row:
        return row[field.name]
    default = field.default
    if callable(default):
        # A clock default would make two demo files differ.
        raise ValueError(f"{model.__name__}.{field.name} needs an explicit value")
    return default
