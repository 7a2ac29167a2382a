"""The single write path: version check, change log in the same transaction, busy retries."""
import json
import sqlite3
import threading

import pytest

from samvirke_desktop.db import transactions
from samvirke_desktop.db.models import ChangeLog, Resident, Site
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import ConflictError, DatabaseBusy, RecordGone
from tests.helpers import other_pc


@pytest.fixture
def anna():
    actor.set_current(actor.Actor(username="anna", full_name="Anna Berg"))
    yield
    actor.set_current(actor.COMMAND_LINE)


def test_create_logs_who_and_what(database, anna):
    site = record_changes.create(Site, name="Kvartal 5", city="Oslo")
    assert site.version == 1 and site.updated_by == "anna"
    entry = ChangeLog.get()
    assert (entry.action, entry.table_name, entry.record_id, entry.username) == (
        "create", "site", site.id, "anna")
    assert json.loads(entry.changes)["name"] == [None, "Kvartal 5"]


def test_update_bumps_version_and_logs_old_and_new(database, anna):
    site = record_changes.create(Site, name="Kvartal 5")
    record_changes.update(Site, site.id, 1, name="Kvartal 6", city="Oslo")
    saved = Site.get_by_id(site.id)
    assert (saved.name, saved.version) == ("Kvartal 6", 2)
    entry = ChangeLog.select().order_by(ChangeLog.id.desc()).get()
    assert entry.action == "update"
    assert json.loads(entry.changes) == {"name": ["Kvartal 5", "Kvartal 6"], "city": ["", "Oslo"]}


def test_update_without_changes_writes_nothing(database):
    site = record_changes.create(Site, name="Kvartal 5")
    record_changes.update(Site, site.id, 1, name="Kvartal 5")
    assert Site.get_by_id(site.id).version == 1
    assert ChangeLog.select().count() == 1


def test_update_refreshes_the_search_column(database):
    resident = record_changes.create(Resident, first_name="Sukru", last_name="Yilmaz")
    record_changes.update(Resident, resident.id, 1, first_name="Şükrü", phone="912 34 567")
    assert Resident.get_by_id(resident.id).search_text.startswith("sukru yilmaz")
    assert "91234567" in Resident.get_by_id(resident.id).search_text


def test_archiving_is_logged_as_archive(database):
    resident = record_changes.create(Resident, first_name="Amina")
    record_changes.update(Resident, resident.id, 1, archived=True)
    entry = ChangeLog.select().order_by(ChangeLog.id.desc()).get()
    assert (entry.action, entry.resident_id) == ("archive", resident.id)


def test_stale_version_is_a_conflict_naming_who_saved(database):
    actor.set_current(actor.Actor(username="bjørn"))
    site = record_changes.create(Site, name="Kvartal 5")
    record_changes.update(Site, site.id, 1, name="Kvartal 5A")
    actor.set_current(actor.Actor(username="anna"))
    with pytest.raises(ConflictError) as info:
        record_changes.update(Site, site.id, 1, name="Kvartal 5B")
    assert info.value.changed_by == "bjørn"
    assert "bjørn lagret denne oppføringen" in info.value.message
    assert Site.get_by_id(site.id).name == "Kvartal 5A"


def test_two_connections_saving_the_same_record(database, db_path):
    """Both PCs opened version 1; the second to save is told, and the first save stays."""
    site = record_changes.create(Site, name="Kvartal 5")
    with other_pc(db_path):
        record_changes.update(Site, site.id, 1, name="Fra PC 2")
    with pytest.raises(ConflictError):
        record_changes.update(Site, site.id, 1, name="Fra PC 1")
    assert Site.get_by_id(site.id).name == "Fra PC 2"


def test_saving_a_deleted_record_says_so(database):
    site = record_changes.create(Site, name="Kvartal 5")
    record_changes.delete(Site, site.id)
    with pytest.raises(RecordGone):
        record_changes.update(Site, site.id, 1, name="Kvartal 6")
    entry = ChangeLog.select().order_by(ChangeLog.id.desc()).get()
    assert entry.action == "delete"
    assert json.loads(entry.changes)["name"] == ["Kvartal 5", None]


def test_change_and_log_roll_back_together(database):
    @transactions.write
    def create_then_fail():
        record_changes.create(Site, name="Halvveis")
        raise ValueError("stopp")

    with pytest.raises(ValueError):
        create_then_fail()
    assert Site.select().count() == 0
    assert ChangeLog.select().count() == 0


def test_busy_database_gives_a_plain_message_and_writes_nothing(database, db_path, monkeypatch):
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.01, 0.01))
    database.database.execute_sql("PRAGMA busy_timeout = 50")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy) as info:
            record_changes.create(Site, name="Kvartal 5")
        assert "En kollega lagrer akkurat nå, prøv igjen" in info.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert Site.select().count() == 0


def test_busy_database_is_retried_until_free(database, db_path, monkeypatch):
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.05,) * 10)
    database.database.execute_sql("PRAGMA busy_timeout = 10")
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.2, lambda: holder.execute("ROLLBACK"))
    release.start()
    record_changes.create(Site, name="Kvartal 5")
    release.join()
    holder.close()
    assert Site.select().count() == 1


def test_the_same_amount_written_differently_is_no_change(database):
    from decimal import Decimal

    from samvirke_desktop.db.models import ChangeLog, Funder

    funder = record_changes.create(Funder, name="Bufdir", volunteer_hour_rate=Decimal("300"))
    before = ChangeLog.select().count()
    same = record_changes.update(Funder, funder.id, funder.version, volunteer_hour_rate=Decimal("300.00"))
    assert same.version == funder.version and ChangeLog.select().count() == before
    changed = record_changes.update(Funder, funder.id, funder.version, volunteer_hour_rate=Decimal("350"))
    assert changed.version == funder.version + 1
    assert ChangeLog.select().count() == before + 1
    cleared = record_changes.update(Funder, funder.id, changed.version, volunteer_hour_rate=None)
    assert cleared.version == changed.version + 1


def test_deleting_a_person_leaves_no_name_in_the_change_log(database):
    resident = record_changes.create(Resident, first_name="Feilregistrert", last_name="Person")
    record_changes.update(Resident, resident.id, resident.version, phone="+47 912 34 567")
    record_changes.delete(Resident, resident.id)
    entries = list(ChangeLog.select().where((ChangeLog.table_name == "resident")
                                            & (ChangeLog.record_id == resident.id)))
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert all("Feilregistrert" not in e.changes and "912" not in e.changes for e in entries)
    site = record_changes.create(Site, name="Kvartal 5")
    record_changes.delete(Site, site.id)
    last = ChangeLog.select().order_by(ChangeLog.id.desc()).get()
    assert "Kvartal 5" in last.changes  # not personal: kept to show what was deleted
