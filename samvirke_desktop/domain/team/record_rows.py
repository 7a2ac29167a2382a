"""The parts of a register record that live in their own rows: guardians and consents of a
resident, contact people of a partner, a volunteer's skills, a partner's sites.

They are saved in the same transaction as the record itself (``record_changes.update`` of the
record first, so its version check guards the whole form), and a change to them alone still
gives the record a new version: a colleague who opened the form earlier is told, instead of
overwriting the rows without knowing.
"""
import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Model

from samvirke_desktop.db.models import Editable
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import SamvirkeError


class HasHistory(SamvirkeError):
    """Deleting was refused: the record has history and must be archived instead."""

    title = "Kan ikke slettes"


@dataclass(frozen=True)
class History:
    """What a record has been part of; a record with history is archived, never deleted."""
    counts: tuple[tuple[str, int], ...] = ()   # ("oppmøte", 12) in the words of the screen

    @property
    def exists(self) -> bool:
        return any(count for _, count in self.counts)

    def describe(self) -> str:
        """"12 oppmøter og 1 påmelding"."""
        parts = [text for text, count in self.counts if count]
        if len(parts) > 1:
            return ", ".join(parts[:-1]) + " og " + parts[-1]
        return parts[0] if parts else ""


def refuse_delete_if_history(history: History, what: str, archive_hint: str) -> None:
    """``what`` as in "Beboeren"; ``archive_hint`` says what archiving keeps."""
    if history.exists:
        raise HasHistory(f"{what} har {history.describe()}, så {what.lower()} kan ikke slettes. "
                         f"Arkiver i stedet: {archive_hint}")


def counted(count: int, one: str, many: str) -> tuple[str, int]:
    return (f"{count} {one if count == 1 else many}", count)


def touch(model: type[Editable], record_id: int, expected_version: int) -> int:
    """Give the record a new version when only its rows changed; returns the new version."""
    now = datetime.datetime.now().replace(microsecond=0)
    changed = (model.update(version=expected_version + 1, updated_at=now,
                            updated_by=actor.current().username)
               .where((model._meta.primary_key == record_id)
                      & (model.version == expected_version))
               .execute())
    if changed != 1:
        raise record_changes.conflict(model.get_by_id(record_id))
    return expected_version + 1


def sync_children(model: type[Editable], owner_field: str, owner_id: int,
                  wanted: list[dict]) -> bool:
    """Make the owner's rows in ``model`` what ``wanted`` says; True when anything changed.

    Each wanted entry holds the row's fields and ``id`` (None for a new row). Rows of the
    owner that are not wanted any more are deleted. Every change goes through ``record_changes``,
    so each is in the change log.
    """
    owner_column = getattr(model, owner_field)
    existing = {row.id: row for row in model.select().where(owner_column == owner_id)}
    changed = False
    kept = set()
    for entry in wanted:
        fields = {k: v for k, v in entry.items() if k != "id"}
        row = existing.get(entry.get("id"))
        if row is None:
            record_changes.create(model, **{owner_field: owner_id}, **fields)
            changed = True
            continue
        kept.add(row.id)
        saved = record_changes.update(model, row.id, row.version, **fields)
        changed = changed or saved.version != row.version
    for row_id, row in existing.items():
        if row_id not in kept:
            record_changes.delete(model, row_id, row.version)
            changed = True
    return changed


def sync_links(link_model: type[Model], owner_field: str, owner_id: int, target_field: str,
               target_ids: Iterable[int]) -> tuple[list[int], list[int]] | None:
    """Link the owner to exactly ``target_ids``; returns (before, after) when that changed."""
    owner_column = getattr(link_model, owner_field)
    target_column = getattr(link_model, target_field)
    before = sorted(getattr(link, f"{target_field}_id")
                    for link in link_model.select(target_column).where(owner_column == owner_id))
    after = sorted(set(target_ids))
    if before == after:
        return None
    gone = set(before) - set(after)
    if gone:
        link_model.delete().where((owner_column == owner_id) & target_column.in_(gone)).execute()
    for target_id in after:
        if target_id not in before:
            link_model.create(**{owner_field: owner_id, target_field: target_id})
    return before, after
