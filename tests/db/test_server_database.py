"""The same program on a PostgreSQL server: opening, migrations, the write path, statistics.

Tests taking ``any_database`` or ``db_target`` run twice, on an SQLite file and on a fresh
PostgreSQL database (skipped, with the reason, when no test server is set).
"""
import datetime
import shutil
import threading
import time
from decimal import Decimal

import peewee
import pytest

from samvirke_desktop.db import connection, schema, transactions
from samvirke_desktop.db.models import ALL_MODELS, DB, Attendance, ChangeLog, Funder, Site
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import (
    ConflictError,
    DatabaseBusy,
    DatabaseServerError,
    DatabaseTooNew,
    NotASamvirkeDatabase,
)
from tests.domain import rule_records as make
from tests.domain.grants.test_grant_statistics import data  # noqa: F401 - the hand-worked data set
from tests.server_database import second_connection, with_database


@pytest.fixture
def database(any_database):
    """The grant-statistics data set, built on each kind of database."""
    return any_database


def _set_version(opened, version):
    db = opened.database
    if opened.is_sqlite:
        db.execute_sql(f"PRAGMA user_version = {version}")
    else:
        db.execute_sql(f"INSERT INTO {schema.HISTORY_TABLE} (name, applied) VALUES (%s, %s)",
                       (f"{version:04d}_from_the_future", datetime.datetime.now()))


# --- opening ---------------------------------------------------------------------

def test_new_database_gets_every_migration_and_matches_the_models(any_database):
    from playhouse.schema_diff import diff_models

    db = any_database.database
    assert schema.LATEST_VERSION >= 2
    assert not diff_models(db, ALL_MODELS)
    if any_database.is_server:
        assert schema.applied_version(db) == schema.LATEST_VERSION
        names = [r[0] for r in db.execute_sql(f"SELECT name FROM {schema.HISTORY_TABLE} ORDER BY name")]
        assert names[:2] == ["0001_initial", "0002_change_counter"]


def test_reopening_changes_nothing(db_target):
    connection.open_database(db_target, create=True)
    Site.create(name="Kvartal 5")
    connection.close_database()
    opened = connection.open_database(db_target, create=False)
    assert opened.migrated_from is None and opened.backup_path is None
    assert [s.name for s in Site.select()] == ["Kvartal 5"]


def test_database_from_a_newer_samvirke_is_refused(db_target):
    opened = connection.open_database(db_target, create=True)
    Site.create(name="Kvartal 5")
    _set_version(opened, schema.LATEST_VERSION + 3)
    connection.close_database()
    with pytest.raises(DatabaseTooNew) as info:
        connection.open_database(db_target, create=False)
    assert f"skjema {schema.LATEST_VERSION + 3}" in info.value.message
    assert "databasen er ikke endret" in info.value.message


OPENING_HOURS = '''
from peewee import TextField


def up(migrator, db):
    migrator.migrate(migrator.add_column("site", "opening_hours", TextField(default="")))
'''


def test_older_server_database_is_upgraded_by_the_next_migration(postgres_url, tmp_path, monkeypatch):
    connection.open_database(postgres_url)
    Site.create(name="Kvartal 5")
    connection.close_database()

    folder = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, folder)
    new_version = schema.LATEST_VERSION + 1
    (folder / f"{new_version:04d}_opening_hours.py").write_text(OPENING_HOURS)
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(schema, "LATEST_VERSION", new_version)

    opened = connection.open_database(postgres_url)
    assert opened.migrated_from == new_version - 1
    assert "opening_hours" in [c.name for c in opened.database.get_columns("site")]
    assert schema.applied_version(opened.database) == new_version
    assert Site.get().name == "Kvartal 5"


def test_server_database_with_other_programs_tables_is_refused(postgres_url):
    import psycopg2

    con = psycopg2.connect(postgres_url)
    con.cursor().execute("CREATE TABLE kunder (id serial primary key, navn text)")
    con.commit()
    con.close()
    with pytest.raises(NotASamvirkeDatabase) as info:
        connection.open_database(postgres_url)
    assert "ikke er Samvirkes (kunder)" in info.value.message


# --- plain messages when the server cannot be used ------------------------------------

def test_server_that_does_not_answer(postgres_server):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DatabaseServerError) as info:
        connection.open_database(f"postgresql://samvirke@127.0.0.1:{port}/samvirke")
    assert "Får ikke kontakt med databasetjeneren 127.0.0.1:" in info.value.message
    assert "Connection refused" in info.value.details or "refused" in info.value.details.lower()


def test_unknown_host_name():
    with pytest.raises(DatabaseServerError) as info:
        connection.open_database("postgresql://samvirke@finnes-ikke.invalid/samvirke")
    assert "Finner ikke databasetjeneren «finnes-ikke.invalid»" in info.value.message


def test_wrong_password_and_unknown_database(postgres_server):
    import secrets

    import psycopg2

    from tests.server_database import admin_connection

    role = f"samvirke_pw_{secrets.token_hex(4)}"
    con = admin_connection(postgres_server)
    con.cursor().execute(f"CREATE ROLE {role} LOGIN PASSWORD 'riktig-passord'")
    try:
        host = postgres_server.split("@", 1)[1].split("/", 1)[0]
        url = f"postgresql://{role}:feil-passord@{host}/postgres"
        try:
            admin_connection(url).close()
            pytest.skip("the test server does not ask this role for a password (trust)")
        except psycopg2.OperationalError:
            pass
        with pytest.raises(DatabaseServerError) as info:
            connection.open_database(url)
        assert f"godtok ikke brukernavnet «{role}» med dette passordet" in info.value.message
        assert "feil-passord" not in info.value.message + info.value.details

        with pytest.raises(DatabaseServerError) as info:
            connection.open_database(with_database(postgres_server, "finnes_ikke_her"))
        assert "Databasen «finnes_ikke_her» finnes ikke på tjeneren" in info.value.message
    finally:
        con.cursor().execute(f"DROP ROLE {role}")
        con.close()


def test_missing_postgres_driver_is_explained(monkeypatch):
    monkeypatch.setattr(peewee, "psycopg2", None)
    monkeypatch.setattr(peewee, "psycopg", None)
    with pytest.raises(DatabaseServerError) as info:
        connection.open_database("postgresql://samvirke@127.0.0.1/samvirke")
    assert "mangler støtte for PostgreSQL (psycopg2)" in info.value.message
    assert "samvirke[postgres]" in info.value.message


def test_address_without_database_name_or_of_another_kind():
    with pytest.raises(DatabaseServerError) as info:
        connection.open_database("postgresql://samvirke@tjener/")
    assert "mangler navnet på databasen" in info.value.message
    with pytest.raises(DatabaseServerError) as info:
        connection.open_database("mysql://samvirke@tjener/samvirke")
    assert "postgresql://bruker@tjener/database" in info.value.message


def test_password_is_not_shown():
    assert connection.hide_password("postgresql://anna:hemmelig@tjener:5432/samvirke") == \
        "postgresql://anna@tjener:5432/samvirke"


# --- the write path ----------------------------------------------------------------------

@pytest.fixture
def anna():
    actor.set_current(actor.Actor(username="anna", full_name="Anna Berg"))
    yield
    actor.set_current(actor.COMMAND_LINE)


def test_create_update_and_money_round_trip(any_database, anna):
    funder = record_changes.create(Funder, name="Bufdir", volunteer_hour_rate=Decimal("512.50"))
    record_changes.update(Funder, funder.id, 1, volunteer_hour_rate=Decimal("1234567.89"))
    saved = Funder.get_by_id(funder.id)
    assert saved.volunteer_hour_rate == Decimal("1234567.89")
    assert isinstance(saved.volunteer_hour_rate, Decimal)
    assert saved.version == 2 and saved.updated_by == "anna"
    assert [e.action for e in ChangeLog.select().order_by(ChangeLog.id)] == ["create", "update"]


def test_second_pc_saving_the_same_record_gets_a_conflict(any_database, db_target):
    site = record_changes.create(Site, name="Kvartal 5")
    mine, theirs = DB.obj, second_connection(db_target)
    try:
        DB.initialize(theirs)
        actor.set_current(actor.Actor(username="bjørn"))
        record_changes.update(Site, site.id, 1, name="Fra PC 2")
    finally:
        DB.initialize(mine)
        theirs.close()
        actor.set_current(actor.COMMAND_LINE)
    with pytest.raises(ConflictError) as info:
        record_changes.update(Site, site.id, 1, name="Fra PC 1")
    assert info.value.changed_by == "bjørn"
    assert Site.get_by_id(site.id).name == "Fra PC 2"


def test_attendance_upsert_on_both_kinds(any_database):
    activity = make.activity()
    session = make.session(activity.id)
    child = make.resident("Amina", birth_year=2015)
    make.enrol(activity.id, child.id)
    attendance.set_present(session.id, child.id, True)
    attendance.set_present(session.id, child.id, False)
    attendance.set_present(session.id, child.id, True)
    row = Attendance.get()
    assert (row.present, row.role, row.version) == (True, "child", 3)
    assert Attendance.select().count() == 1


def test_grant_statistics_give_the_hand_worked_figures(data):  # noqa: F811
    st = grant_statistics(data["app"].id)
    assert (st.sessions.held, st.sessions.cancelled) == (5, 1)
    assert (st.participants.total, st.participants.new, st.participants.returning) == (7, 5, 2)
    assert st.attendances.total == 9 and st.attendances.average_per_session == Decimal("1.8")
    assert st.head_counts.total == 16
    assert st.volunteers.hours == Decimal("7.75")
    assert st.volunteers.in_kind_value == Decimal("3875.00")
    assert st.budget.spent == Decimal("51235.05")
    assert [(m.month, m.attendances) for m in st.months] == [(1, 3), (2, 4), (3, 0), (4, 1), (5, 0),
                                                              (6, 1)]


# --- waiting and retrying on the server ----------------------------------------------------

def _lock_row_in_other_connection(url, site_id):
    import psycopg2

    con = psycopg2.connect(url)
    con.cursor().execute("UPDATE site SET city = 'låst' WHERE id = %s", (site_id,))
    return con  # transaction open: the row stays locked until commit/rollback


def _short_lock_timeout(monkeypatch):
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.05,) * 8)
    DB.obj.execute_sql("SET lock_timeout = '100ms'")


def test_server_write_waits_for_a_locked_row_and_retries(postgres_url, monkeypatch):
    connection.open_database(postgres_url)
    site = record_changes.create(Site, name="Kvartal 5")
    _short_lock_timeout(monkeypatch)
    holder = _lock_row_in_other_connection(postgres_url, site.id)
    release = threading.Timer(0.4, holder.rollback)
    release.start()
    record_changes.update(Site, site.id, 1, name="Kvartal 6")
    release.join()
    holder.close()
    assert Site.get_by_id(site.id).name == "Kvartal 6"


def test_server_write_that_stays_locked_is_a_plain_busy_message(postgres_url, monkeypatch):
    connection.open_database(postgres_url)
    site = record_changes.create(Site, name="Kvartal 5")
    _short_lock_timeout(monkeypatch)
    monkeypatch.setattr(transactions, "RETRY_DELAYS", (0.01, 0.01))
    holder = _lock_row_in_other_connection(postgres_url, site.id)
    try:
        with pytest.raises(DatabaseBusy) as info:
            record_changes.update(Site, site.id, 1, name="Kvartal 6")
        assert "En kollega lagrer akkurat nå" in info.value.message
    finally:
        holder.rollback()
        holder.close()
    assert Site.get_by_id(site.id).name == "Kvartal 5"
    assert ChangeLog.select().count() == 1  # only the create


def test_server_deadlock_is_retried(postgres_url):
    """Our transaction waits first, so the server picks it to end; the retry then succeeds."""
    import psycopg2

    connection.open_database(postgres_url)
    one = record_changes.create(Site, name="En")
    two = record_changes.create(Site, name="To")
    theirs = psycopg2.connect(postgres_url)
    theirs.cursor().execute("UPDATE site SET city = 'B' WHERE id = %s", (two.id,))
    ours_waiting = threading.Event()
    attempts = []

    @transactions.write
    def update_both():
        attempts.append(1)
        Site.update(city="A").where(Site.id == one.id).execute()
        ours_waiting.set()
        Site.update(city="A").where(Site.id == two.id).execute()  # waits for theirs

    problems = []

    def colleague():
        # Wait well inside our deadlock_timeout (1 s): our backend then finds the cycle first.
        ours_waiting.wait(10)
        time.sleep(0.5)
        try:
            theirs.cursor().execute("UPDATE site SET city = 'B' WHERE id = %s", (one.id,))
            theirs.commit()
        except psycopg2.Error as exc:
            problems.append(exc)

    worker = threading.Thread(target=colleague)
    worker.start()
    update_both()
    worker.join()
    theirs.close()
    assert problems == [], "the server ended the colleague's transaction instead of ours"
    assert len(attempts) == 2
    assert {s.city for s in Site.select()} == {"A"}


def test_lost_server_connection_is_reconnected_before_a_save(postgres_url, postgres_server):
    from tests.server_database import admin_connection

    opened = connection.open_database(postgres_url)
    pid = opened.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    con = admin_connection(postgres_server)
    con.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
    con.close()
    time.sleep(0.2)
    site = record_changes.create(Site, name="Etter brudd")
    assert Site.get_by_id(site.id).name == "Etter brudd"
    assert opened.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid
