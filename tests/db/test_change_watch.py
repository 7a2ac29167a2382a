"""Noticing a colleague's save: two connections to the same database, on both kinds."""
import contextlib

import pytest

from samvirke_desktop.db import change_watch
from samvirke_desktop.db.models import ALL_MODELS, DB, ChangeCounter, Site
from samvirke_desktop.domain.team import record_changes
from tests.server_database import second_connection


@contextlib.contextmanager
def colleague(db_target):
    """Work through a second connection, as a colleague's PC would."""
    mine, theirs = DB.obj, second_connection(db_target)
    DB.initialize(theirs)
    try:
        yield theirs
    finally:
        DB.initialize(mine)
        theirs.close()


def test_a_colleagues_save_is_noticed_once(any_database, db_target):
    watcher = change_watch.ChangeWatcher()
    assert watcher.changed() is False
    with colleague(db_target):
        record_changes.create(Site, name="Fra kollega")
    assert watcher.changed() is True
    assert watcher.changed() is False


def test_our_own_saves_are_not_reported(any_database):
    watcher = change_watch.ChangeWatcher()
    site = record_changes.create(Site, name="Kvartal 5")
    record_changes.update(Site, site.id, 1, name="Kvartal 6")
    assert watcher.changed() is False


def test_our_save_right_after_a_colleagues_still_reports_theirs(any_database, db_target):
    watcher = change_watch.ChangeWatcher()
    with colleague(db_target):
        record_changes.create(Site, name="Fra kollega")
    record_changes.create(Site, name="Min")
    assert watcher.changed() is True
    assert watcher.changed() is False


def test_change_token_moves_with_a_colleagues_commit(any_database, db_target):
    before = change_watch.change_token()
    assert change_watch.change_token() == before
    with colleague(db_target):
        record_changes.create(Site, name="Fra kollega")
    assert change_watch.change_token() != before


def test_a_rolled_back_transaction_is_not_a_change(any_database, db_target):
    watcher = change_watch.ChangeWatcher()
    with colleague(db_target) as theirs, pytest.raises(RuntimeError), theirs.atomic():
        Site.create(name="Angret")
        raise RuntimeError("avbryt")
    assert watcher.changed() is False


def test_every_table_counts_changes_on_the_server(postgres_url):
    from samvirke_desktop.db import connection

    opened = connection.open_database(postgres_url)
    with_trigger = {row[0] for row in opened.database.execute_sql(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname = 'samvirke_count_change'")}
    tables = {m._meta.table_name for m in ALL_MODELS if m is not ChangeCounter}
    assert tables - with_trigger == set(), "a new table needs the counting trigger"


def test_one_transaction_counts_once_on_the_server(postgres_url):
    from samvirke_desktop.db import connection

    connection.open_database(postgres_url)
    before = ChangeCounter.get_by_id(1).value
    record_changes.create(Site, name="En")  # a site and its change-log row: one transaction
    Site.insert_many([{"name": f"Mange {i}"} for i in range(50)]).execute()
    assert ChangeCounter.get_by_id(1).value == before + 2
