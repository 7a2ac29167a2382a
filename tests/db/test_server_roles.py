"""Samvirke's roles enforced by the PostgreSQL server: each role connects with its own login
and a plain psycopg2 connection, and tries to read and change what it must not.

Against the server scripts/test starts (skipped without one, see tests/server_database.py).
"""
import datetime
from decimal import Decimal
from urllib.parse import urlsplit

import pytest

from samvirke_desktop.db import connection, server_roles
from samvirke_desktop.db.models import (
    ALL_MODELS,
    Activity,
    ActivityApplication,
    ActivityLeader,
    AppUser,
    Application,
    Attendance,
    Funder,
    HeadCount,
    Resident,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.privacy import personal_data

PASSWORDS = {"admin": "Admin-passord-1", "coordinator": "Koordinator-2",
             "activity_leader": "Blåbær-Ærlig-2026", "grant_writer": "Søknad\u00a0skriver 4"}
USERNAMES = {"admin": "Ada Admin", "coordinator": "koordinator", "activity_leader": "leder",
             "grant_writer": "søker"}
PERIOD = (datetime.date(2026, 1, 1), datetime.date(2026, 6, 30))
AS_OF = datetime.date(2026, 6, 30)


def test_the_lists_are_those_of_the_privacy_declarations():
    assert server_roles.ABOUT_RESIDENTS == set(personal_data.ABOUT_RESIDENTS)
    assert server_roles.ABOUT_VOLUNTEERS == set(personal_data.ABOUT_VOLUNTEERS)
    assert server_roles.OTHER_PERSONAL == set(personal_data.OTHER_PERSONAL)
    assert server_roles.NOT_PERSONAL == set(personal_data.NOT_PERSONAL)
    tables = {m._meta.table_name for m in ALL_MODELS}
    assert tables <= server_roles.PERSONAL | server_roles.NOT_PERSONAL
    for table in server_roles.PERSONAL - {"change_log"}:
        assert server_roles.table_privileges("grant_writer", table) == ()
    # The program logs a grant writer's changes; reading the log is the administrator's.
    assert server_roles.table_privileges("grant_writer", "change_log") == ("INSERT",)


def test_names_fit_and_stay_apart():
    long_db = "bydel_" + "x" * 70
    admin = server_roles.group_role(long_db, "admin")
    leader = server_roles.group_role(long_db, "activity_leader")
    assert len(admin.encode()) <= 63 and admin.endswith("_admin")
    assert len(leader.encode()) <= 63 and leader.endswith("_activity_leader")
    a = server_roles.login_name(long_db, "åse" * 30)
    b = server_roles.login_name(long_db, "åse" * 31)
    assert len(a.encode()) <= 63 and len(b.encode()) <= 63 and a != b
    assert server_roles.login_name("team", "Amina") == "team.Amina"


# --- a team database on the server ------------------------------------------------------

def _dsn(url: str, user: str, password: str) -> dict:
    parts = urlsplit(url)
    return {"host": parts.hostname, "port": parts.port or 5432, "dbname": parts.path[1:],
            "user": user, "password": password, "connect_timeout": 10}


@pytest.fixture
def team(postgres_url):
    """A migrated team database with two activities (one led by the activity leader), an
    application over both, attendance, volunteers and head counts; a login per role."""
    import psycopg2

    connection.open_database(postgres_url, create=True)
    users = {role: AppUser.create(username=name, role=role) for role, name in USERNAMES.items()}
    site = Site.create(name="Kvartal 5")
    led = Activity.create(name="Leksehjelp", kind="homework_help", site=site)
    other = Activity.create(name="Nærmiljøskolen", kind="neighbourhood_school", site=site)
    ActivityLeader.create(activity=led, user=users["activity_leader"])
    funder = Funder.create(name="Bufdir", volunteer_hour_rate=Decimal("500"))
    app = Application.create(funder=funder, title="Leksehjelp 2026", period_start=PERIOD[0],
                             period_end=PERIOD[1])
    for activity in (led, other):
        ActivityApplication.create(activity=activity, application=app)
    people = [Resident.create(first_name=f"Barn {i}", gender=("female", "male")[i % 2],
                              birth_year=2012 + i % 3) for i in range(8)]
    people.append(Resident.create(first_name="Hoa", last_name="Nguyễn", gender="female",
                                  birth_date=datetime.date(1985, 5, 4)))
    volunteer = Volunteer.create(first_name="Łukasz", last_name="Wójcik")
    sessions = {led.id: [], other.id: []}
    for week in range(4):
        for activity, who in ((led, people[:6]), (other, people[4:])):
            s = Session.create(activity=activity, date=datetime.date(2026, 2, 3 + 7 * week))
            sessions[activity.id].append(s)
            for i, resident in enumerate(who):
                Attendance.create(session=s, resident=resident, present=(i + week) % 4 != 0,
                                  role="adult" if resident is people[8] else "child")
    VolunteerPresence.create(session=sessions[led.id][0], volunteer=volunteer, hours=Decimal("2"))
    VolunteerPresence.create(session=sessions[other.id][1], volunteer=volunteer,
                             hours=Decimal("1.5"))
    HeadCount.create(session=sessions[other.id][2], age_from=6, age_to=12, gender="male", count=3)
    Session.create(activity=led, date=datetime.date(2026, 3, 3), cancelled=True)
    connection.close_database()

    owner = psycopg2.connect(postgres_url)
    logins = {role: server_roles.create_server_login(owner, USERNAMES[role], PASSWORDS[role], role)
              for role in USERNAMES}
    owner.commit()
    opened = []

    def connect(role):
        con = psycopg2.connect(**_dsn(postgres_url, logins[role], PASSWORDS[role]))
        opened.append(con)
        return con

    yield {"url": postgres_url, "owner": owner, "logins": logins, "connect": connect,
           "led": led.id, "other": other.id, "application": app.id, "sessions": sessions,
           "people": [p.id for p in people]}
    for con in opened:
        con.close()
    _wait_for_logins_to_leave(owner)
    owner.close()


def _wait_for_logins_to_leave(owner):
    """A closed connection's server process ends a moment later; the test database is
    dropped after this, and its owner may not end another login's process itself."""
    import time

    owner.rollback()
    for _ in range(200):
        with owner.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid() AND usename IS DISTINCT FROM session_user")
            if not cur.fetchone()[0]:
                return
        owner.rollback()
        time.sleep(0.05)


def _one(con, statement, params=None):
    with con.cursor() as cur:
        cur.execute(statement, params)
        return cur.fetchone()[0]


def _all(con, statement, params=None):
    with con.cursor() as cur:
        cur.execute(statement, params)
        return cur.fetchall()


def _refused(con, statement, params=None):
    import psycopg2

    with pytest.raises(psycopg2.errors.InsufficientPrivilege) as info:
        with con.cursor() as cur:
            cur.execute(statement, params)
    con.rollback()
    return str(info.value)


def test_each_login_is_its_own_and_in_its_group(team):
    owner = team["owner"]
    database = server_roles.database_name(owner)
    for role, login in team["logins"].items():
        con = team["connect"](role)
        assert _one(con, "SELECT session_user") == login
        assert _one(con, "SELECT pg_has_role(session_user, %s, 'MEMBER')",
                    (server_roles.group_role(database, role),))
        assert _all(con, "SELECT id, username, role FROM samvirke_server.current_app_user()") == [
            (_one(owner, "SELECT id FROM app_user WHERE username = %s", (USERNAMES[role],)),
             USERNAMES[role], role)]
    assert not _one(owner, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                    (server_roles.group_role(database, "admin"),))


# --- grant writer -------------------------------------------------------------------------

def test_a_grant_writer_reads_no_named_people(team):
    con = team["connect"]("grant_writer")
    for table in ("resident", "attendance", "household", "guardian", "consent", "volunteer",
                  "enrolment", "volunteer_presence", "partner_contact", "activity_photo",
                  "change_log", "app_user"):
        assert "permission denied" in _refused(con, f'SELECT count(*) FROM "{table}"')
    _refused(con, "SELECT * FROM samvirke_server.server_change_log")
    # What the window lets a grant writer use is there.
    assert _one(con, "SELECT title FROM application") == "Leksehjelp 2026"
    assert _one(con, "SELECT count(*) FROM session") == 9


def test_a_grant_writers_figures_equal_those_counted_from_the_tables(team):
    owner, con = team["owner"], team["connect"]("grant_writer")
    args = (team["application"], *PERIOD, AS_OF)

    # Per session: attendances, head counts, volunteer hours, as the owner counts them.
    by_session = dict((r[0], r[1:]) for r in _all(
        con, "SELECT session_id, attendances, head_count, volunteer_hours, cancelled "
             "FROM samvirke_server.grant_session_figures"))
    expected = _all(owner, """
        SELECT s.id,
               (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.present),
               (SELECT COALESCE(sum(count), 0) FROM head_count h WHERE h.session_id = s.id),
               (SELECT COALESCE(sum(hours), 0) FROM volunteer_presence v WHERE v.session_id = s.id),
               s.cancelled
        FROM session s""")
    assert by_session == {r[0]: r[1:] for r in expected}
    assert sum(r[0] for r in by_session.values()) == _one(
        owner, "SELECT count(*) FROM attendance WHERE present")

    # By gender × birth year: the same present attendances, with no one named.
    view_counts = _all(con, "SELECT gender, birth_year, sum(attendances) FROM "
                            "samvirke_server.grant_session_attendance GROUP BY 1, 2 ORDER BY 1, 2")
    table_counts = _all(owner, """
        SELECT r.gender, COALESCE(EXTRACT(YEAR FROM r.birth_date)::int, r.birth_year), count(*)
        FROM attendance a JOIN resident r ON r.id = a.resident_id WHERE a.present
        GROUP BY 1, 2 ORDER BY 1, 2""")
    assert view_counts == table_counts
    columns = [r[0] for r in _all(con, "SELECT column_name FROM information_schema.columns "
                                       "WHERE table_name = 'grant_session_attendance'")]
    assert not {"resident_id", "first_name", "last_name", "birth_date"} & set(columns)

    # Unique participants across sessions and activities, by gender and birth year.
    unique = _all(con, "SELECT gender, birth_year, sum(participants) FROM "
                       "samvirke_server.grant_participants(%s, %s, %s, %s) GROUP BY 1, 2 "
                       "ORDER BY 1, 2", args)
    held = """s.cancelled = false AND s.date BETWEEN %s AND %s AND s.activity_id IN
              (SELECT activity_id FROM activity_application WHERE application_id = %s)"""
    expected_unique = _all(owner, f"""
        SELECT r.gender, COALESCE(EXTRACT(YEAR FROM r.birth_date)::int, r.birth_year),
               count(DISTINCT r.id)
        FROM attendance a JOIN session s ON s.id = a.session_id
        JOIN resident r ON r.id = a.resident_id
        WHERE a.present AND {held} GROUP BY 1, 2 ORDER BY 1, 2""",
                           (*PERIOD, team["application"]))
    assert unique == expected_unique
    assert sum(r[2] for r in unique) == 9  # everyone came at least once
    totals = {r[0]: r[1:] for r in _all(
        con, "SELECT activity_id, participants, volunteers FROM "
             "samvirke_server.grant_unique_counts(%s, %s, %s, %s)", args)}
    assert totals[None] == (9, 1)
    assert totals[team["led"]] == (_one(owner, f"""
        SELECT count(DISTINCT a.resident_id) FROM attendance a JOIN session s
        ON s.id = a.session_id WHERE a.present AND s.activity_id = %s AND {held}""",
                                        (team["led"], *PERIOD, team["application"])), 1)


# --- activity leader ------------------------------------------------------------------------

def test_an_activity_leader_sees_only_their_own_activity(team):
    owner, con = team["owner"], team["connect"]("activity_leader")
    led, other = team["led"], team["other"]
    assert _one(con, "SELECT count(*) FROM session") == _one(
        owner, "SELECT count(*) FROM session WHERE activity_id = %s", (led,))
    assert {r[0] for r in _all(con, "SELECT DISTINCT activity_id FROM session")} == {led}
    assert _one(con, "SELECT count(*) FROM attendance") == _one(
        owner, "SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id "
               "WHERE s.activity_id = %s", (led,))
    assert _one(con, "SELECT count(*) FROM volunteer_presence") == 1
    assert _one(con, "SELECT count(*) FROM head_count") == 0  # the head count is the other's
    other_session = team["sessions"][other][0].id
    assert _all(con, "SELECT * FROM attendance WHERE session_id = %s", (other_session,)) == []
    assert _one(owner, "SELECT count(*) FROM attendance WHERE session_id = %s",
                (other_session,)) > 0
    # Nor may they register attendance there, nor move a session of theirs to it.
    assert "row-level security" in _refused(
        con, "INSERT INTO attendance (version, created_at, updated_at, updated_by, session_id, "
             "resident_id, role, present, walk_in) VALUES (1, now(), now(), '', %s, %s, "
             "'child', true, false) RETURNING id", (other_session, team["people"][0]))
    assert "row-level security" in _refused(
        con, "UPDATE session SET activity_id = %s WHERE activity_id = %s", (other, led))
    # Attendance of their own session they register as the window does (RETURNING id).
    own_session = team["sessions"][led][0].id
    assert _one(con, "UPDATE attendance SET present = true WHERE session_id = %s "
                     "RETURNING session_id", (own_session,)) == own_session
    con.commit()
    assert "permission denied" in _refused(con, "SELECT * FROM application")
    assert "permission denied" in _refused(con, "SELECT password_hash FROM app_user")


def test_a_coordinator_sees_all(team):
    owner, con = team["owner"], team["connect"]("coordinator")
    for table in ("session", "attendance", "enrolment", "volunteer_presence", "head_count",
                  "resident", "volunteer", "application"):
        assert _one(con, f'SELECT count(*) FROM "{table}"') == _one(
            owner, f'SELECT count(*) FROM "{table}"')
    assert _one(con, "SELECT count(*) FROM app_user") == 4
    assert "permission denied" in _refused(con, "SELECT password_hash FROM app_user")
    assert "permission denied" in _refused(con, "SELECT * FROM change_log")


def test_changing_a_role_changes_what_the_server_shows(team):
    owner = team["owner"]
    server_roles.change_server_role(owner, USERNAMES["activity_leader"], "coordinator")
    owner.commit()
    con = team["connect"]("activity_leader")
    assert _one(con, "SELECT count(*) FROM session") == 9


# --- the server's change log ---------------------------------------------------------------

def _log_rows(owner, login):
    return _all(owner, "SELECT table_name, operation, row_id FROM "
                       "samvirke_server.server_change_log WHERE login = %s ORDER BY id", (login,))


def test_every_change_is_logged_by_the_server_with_the_login(team):
    owner, logins = team["owner"], team["logins"]
    led_session = team["sessions"][team["led"]][1].id
    changes = {
        "admin": ("INSERT INTO site (version, created_at, updated_at, updated_by, name, address, "
                  "postal_code, city, notes, archived) VALUES (1, now(), now(), '', 'Gamle "
                  "Oslovei 2', '', '', '', '', false) RETURNING id", "site", "INSERT"),
        "coordinator": (f"UPDATE resident SET notes = 'Ny' WHERE id = {team['people'][0]} "
                        "RETURNING id", "resident", "UPDATE"),
        "activity_leader": ("INSERT INTO head_count (version, created_at, updated_at, updated_by, "
                            f"session_id, count) VALUES (1, now(), now(), '', {led_session}, 2) "
                            "RETURNING id", "head_count", "INSERT"),
        "grant_writer": (f"UPDATE application SET title = 'Leksehjelp 2026–2027' WHERE id = "
                         f"{team['application']} RETURNING id", "application", "UPDATE"),
    }
    for role, (statement, table, operation) in changes.items():
        con = team["connect"](role)
        row_id = _one(con, statement)
        con.commit()
        assert _log_rows(owner, logins[role]) == [(table, operation, str(row_id))]

    # A transaction that is rolled back leaves no log row either.
    con = team["connect"]("coordinator")
    _one(con, "UPDATE site SET notes = 'angret' WHERE name = 'Kvartal 5' RETURNING id")
    con.rollback()
    assert len(_log_rows(owner, logins["coordinator"])) == 1

    for role in logins:
        con = team["connect"](role)
        assert "permission denied" in _refused(con, "DELETE FROM samvirke_server.server_change_log")
        assert "permission denied" in _refused(
            con, "UPDATE samvirke_server.server_change_log SET login = 'noen andre'")
        assert "permission denied" in _refused(
            con, "INSERT INTO samvirke_server.server_change_log (table_name, operation) "
                 "VALUES ('site', 'INSERT')")
        assert "permission denied" in _refused(con, "TRUNCATE samvirke_server.server_change_log")
        assert "must be owner" in _refused(con, "ALTER TABLE site DISABLE TRIGGER ALL")
    admin = team["connect"]("admin")
    assert _one(admin, "SELECT count(*) FROM samvirke_server.server_change_log") > 4


def test_a_table_added_later_is_covered_when_the_grants_are_renewed(team):
    owner = team["owner"]
    with owner.cursor() as cur:
        cur.execute("CREATE TABLE flat (id serial PRIMARY KEY, number text)")
    server_roles.renew_grants(owner)
    server_roles.renew_grants(owner)  # again: nothing doubles
    owner.commit()
    assert _one(owner, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'flat'::regclass "
                       "AND tgname LIKE 'samvirke_server_log_%'") == 3
    assert "permission denied" in _refused(team["connect"]("grant_writer"),
                                           "SELECT * FROM flat")
    con = team["connect"]("coordinator")
    flat = _one(con, "INSERT INTO flat (number) VALUES ('H0203') RETURNING id")
    con.commit()
    assert _log_rows(owner, team["logins"]["coordinator"]) == [("flat", "INSERT", str(flat))]


# --- logins come and go -------------------------------------------------------------------

def test_a_new_password_and_a_dropped_login(team):
    import psycopg2

    owner, url = team["owner"], team["url"]
    login = team["logins"]["coordinator"]
    server_roles.set_server_password(owner, USERNAMES["coordinator"], "Nytt-passord-9")
    owner.commit()
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(**_dsn(url, login, PASSWORDS["coordinator"]))
    con = psycopg2.connect(**_dsn(url, login, "Nytt-passord-9"))
    assert _one(con, "SELECT count(*) FROM resident") == 9
    con.close()

    server_roles.drop_server_login(owner, USERNAMES["coordinator"])
    owner.commit()
    assert not _one(owner, "SELECT count(*) FROM pg_roles WHERE rolname = %s", (login,))
    assert not _one(owner, "SELECT count(*) FROM samvirke_server.server_login WHERE login = %s",
                    (login,))
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(**_dsn(url, login, "Nytt-passord-9"))


def test_the_login_needs_a_samvirke_user(team):
    with pytest.raises(ValueError):
        server_roles.create_server_login(team["owner"], "finnes-ikke", "x", "admin")
    team["owner"].rollback()


def test_the_figures_are_those_of_the_grant_report(team):
    """What the program's grant statistics count (today read from the tables) is what a grant
    writer's own login gets from the views and functions made for it."""
    from samvirke_desktop.domain.grants.statistics import grant_statistics
    from samvirke_desktop.domain.team import actor

    connection.open_database(team["url"])
    writer = AppUser.get(AppUser.username == USERNAMES["grant_writer"])
    actor.set_current(actor.Actor(username=writer.username, role="grant_writer",
                                  user_id=writer.id))
    stats = grant_statistics(team["application"], *PERIOD, today=AS_OF)
    connection.close_database()

    con = team["connect"]("grant_writer")
    args = (team["application"], *PERIOD, AS_OF)
    held = _all(con, "SELECT f.attendances, f.head_count, f.volunteer_hours FROM "
                     "samvirke_server.grant_session_figures f JOIN "
                     "samvirke_server.grant_held_sessions(%s, %s, %s, %s) h "
                     "ON h.session_id = f.session_id", args)
    assert len(held) == stats.sessions.held == 8
    assert sum(r[0] for r in held) == stats.attendances.total
    assert sum(r[1] for r in held) == stats.head_counts.total == 3
    assert sum(r[2] for r in held) == stats.volunteers.hours == Decimal("3.5")
    groups = dict(_all(con, "SELECT as_child, sum(participants) FROM "
                            "samvirke_server.grant_participants(%s, %s, %s, %s) GROUP BY 1", args))
    assert groups[True] == stats.participants.children.total == 8
    assert groups[False] == stats.participants.adults.total == 1
    assert _one(con, "SELECT volunteers FROM samvirke_server.grant_unique_counts(%s, %s, %s, %s) "
                     "WHERE activity_id IS NULL", args) == stats.volunteers.unique == 1
