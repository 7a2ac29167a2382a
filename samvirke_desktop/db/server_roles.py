"""Samvirke's roles enforced by the PostgreSQL server itself, not only by the program.

Each Samvirke user gets a server login of their own (LOGIN, a member of one group role per
Samvirke role). Roles are cluster-wide in PostgreSQL, so the group roles are named after the
database (``samvirke_<database>_<role>``) and a login after the database and the user name
(``<database>.<user name>``); both are shortened with a hash where PostgreSQL's 63 bytes
would cut them.

What each group may do (``renew_grants`` sets it, and can be run again at any time):

- admin: every table; reads the server's change log.
- coordinator: every table, except that the user accounts are read without the password
  hash and not changed, and the program's change log is only written to (as in the window).
- activity_leader: the tables the window uses for sessions, check-in and participants; row
  level security limits ``session``, ``enrolment``, ``attendance``, ``volunteer_presence``
  and ``head_count`` to the activities the user leads (``activity_leader`` through
  ``server_login``, the map from a login to its ``app_user``).
- grant_writer: no table with named people (the lists below mirror
  ``domain/privacy/personal_data.py``; a test keeps them equal); instead the views
  ``grant_session_figures`` and ``grant_session_attendance`` and the functions
  ``grant_participants`` and ``grant_unique_counts`` give the grant figures without a
  name or a resident id.

The server writes its own change log: statement triggers on every table put one row per
changed row (table, operation, row id, the login, the time) into ``server_change_log`` in the
same transaction, through a SECURITY DEFINER function; no Samvirke role may update or delete
it. The server's own tables, views and functions live in the schema ``samvirke_server``, so
the program's own tables in ``public`` stay exactly those of the models.

Everything here runs in the caller's transaction (a peewee database or a psycopg2
connection) and needs a login that owns the tables and may create roles (CREATEROLE): the
one that runs the migrations.
"""
import hashlib
import re
from collections.abc import Iterable

from samvirke_desktop.db.models import USER_ROLES

SCHEMA = "samvirke_server"
CHANGE_LOG = "server_change_log"
LOGIN_MAP = "server_login"
NAME_LIMIT = 63  # bytes in a PostgreSQL identifier

# --- which tables hold what (as domain/privacy/personal_data.py; a test compares) -------------

ABOUT_RESIDENTS = frozenset({"resident", "household", "guardian", "consent", "enrolment",
                             "attendance", "activity_photo_person"})
ABOUT_VOLUNTEERS = frozenset({"volunteer", "volunteer_skill", "volunteer_language",
                              "activity_volunteer", "volunteer_presence"})
OTHER_PERSONAL = frozenset({"app_user", "change_log", "partner_contact",
                            "partner_meeting_note", "activity_photo"})
NOT_PERSONAL = frozenset({
    "setting", "site", "skill", "language", "partner", "partner_site", "funder",
    "funder_scheme", "age_band", "application", "application_status_change", "goal",
    "budget_line", "expense", "grant_condition", "in_kind_contribution",
    "application_attachment", "activity", "activity_translation", "activity_leader",
    "activity_application", "partner_activity", "schedule", "school_holiday", "session",
    "head_count", "application_photo", "change_counter",
})
PERSONAL = ABOUT_RESIDENTS | ABOUT_VOLUNTEERS | OTHER_PERSONAL

# The tables of applications and grants (what a grant writer works on).
GRANT_TABLES = frozenset({
    "funder", "funder_scheme", "age_band", "application", "application_status_change", "goal",
    "budget_line", "expense", "grant_condition", "in_kind_contribution",
    "application_attachment", "application_photo", "activity_application",
})
# Row level security for activity leaders: by the table's activity, or its session's.
BY_ACTIVITY = ("session", "enrolment")
BY_SESSION = ("attendance", "volunteer_presence", "head_count")
# What an activity leader writes: sessions, check-in (walk-ins become residents and are
# enrolled), volunteers present, head counts, photos.
LEADER_WRITES = frozenset({"session", "attendance", "enrolment", "resident",
                           "volunteer_presence", "head_count", "activity_photo",
                           "activity_photo_person"})
# Columns of app_user anyone but an administrator may read (never the password hash).
APP_USER_PUBLIC_COLUMNS = ("id", "username", "full_name", "role", "active")
# Tables only the server's own bookkeeping writes (the triggers of migration 0002).
COUNTER_TABLES = frozenset({"change_counter"})
NO_LOG_TABLES = frozenset({"change_counter", "schema_migration"})

ALL = ("SELECT", "INSERT", "UPDATE", "DELETE")
READ = ("SELECT",)


def table_privileges(role: str, table: str) -> tuple[str, ...]:
    """The privileges a Samvirke role's group has on a table in ``public``.

    A table placed in none of the lists (a new one) is treated as personal: administrators
    and coordinators only, until it is placed."""
    if table in COUNTER_TABLES:
        return READ
    if table == "schema_migration":
        return READ if role in ("admin", "coordinator") else ()
    if role == "admin":
        return ALL
    if table == "app_user":
        return ()  # column privileges instead (grant_column_privileges)
    if table == "change_log":
        return ("INSERT",)  # the program logs every change; reading it is the admin's
    if role == "coordinator":
        return ALL
    if role == "activity_leader":
        if table in GRANT_TABLES or table not in (PERSONAL | NOT_PERSONAL):
            return ()
        return ALL if table in LEADER_WRITES else READ
    if role == "grant_writer":
        if table not in NOT_PERSONAL:
            return ()
        return ALL if table in GRANT_TABLES else READ
    raise ValueError(f"unknown Samvirke role {role!r}")


# --- names ----------------------------------------------------------------------------

def _fit(text: str, keep_whole: str = "") -> str:
    """``text`` as it is when it fits in an identifier, else cut with a hash of the whole."""
    if len(text.encode()) <= NAME_LIMIT:
        return text
    digest = hashlib.sha256(text.encode()).hexdigest()[:8]
    room = NAME_LIMIT - len(f"~{digest}".encode()) - len(keep_whole.encode())
    head = text[: len(text) - len(keep_whole)] if keep_whole else text
    while len(head.encode()) > room:
        head = head[:-1]
    return f"{head}~{digest}{keep_whole}"


def group_role(database: str, role: str) -> str:
    """The group role of a Samvirke role in one database, e.g. ``samvirke_team_admin``."""
    if role not in USER_ROLES:
        raise ValueError(f"unknown Samvirke role {role!r}")
    return _fit(f"samvirke_{database}_{role}", keep_whole=f"_{role}")


def login_name(database: str, username: str) -> str:
    """The server login of a Samvirke user in one database, e.g. ``team.amina``."""
    return _fit(f"{database}.{username}")


# --- SQL helpers ----------------------------------------------------------------------

def _cursor(conn):
    """A DB-API cursor on a peewee database or a psycopg2 connection."""
    return conn.cursor()


def _execute(conn, statement, params=None):
    cur = _cursor(conn)
    cur.execute(statement, params)
    return cur


def _fetch(conn, statement, params=None) -> list[tuple]:
    cur = _execute(conn, statement, params)
    rows = cur.fetchall()
    cur.close()
    return rows


def _ident(*names):
    from psycopg2 import sql
    return sql.Identifier(*names)


def _sql(text: str, **parts):
    from psycopg2 import sql
    return sql.SQL(text).format(**parts)


def database_name(conn) -> str:
    return _fetch(conn, "SELECT current_database()")[0][0]


def _role_exists(conn, name: str) -> bool:
    return bool(_fetch(conn, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)))


def public_tables(conn) -> list[str]:
    return [r[0] for r in _fetch(
        conn, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]


# --- the server's own objects ------------------------------------------------------------

SERVER_OBJECTS = f"""
CREATE SCHEMA IF NOT EXISTS {SCHEMA};
REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC;
-- Before PostgreSQL 15 everybody could create objects in public (and shadow ours).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE TABLE IF NOT EXISTS {SCHEMA}.{CHANGE_LOG} (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    login name NOT NULL DEFAULT session_user,
    table_name name NOT NULL,
    operation text NOT NULL,
    row_id text,
    transaction_id bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX IF NOT EXISTS server_change_log_row ON {SCHEMA}.{CHANGE_LOG} (table_name, row_id);
CREATE INDEX IF NOT EXISTS server_change_log_at ON {SCHEMA}.{CHANGE_LOG} (at);

CREATE TABLE IF NOT EXISTS {SCHEMA}.{LOGIN_MAP} (
    login name PRIMARY KEY,
    app_user_id integer NOT NULL REFERENCES public.app_user (id) ON DELETE CASCADE,
    role text NOT NULL
);
REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC;

-- One row per changed row, in the changing transaction; the login is session_user (the
-- function runs as its owner, so nobody needs a privilege on the log).
CREATE OR REPLACE FUNCTION {SCHEMA}.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
BEGIN
    -- Only the key column is read (to_jsonb of a whole row would copy every photo).
    EXECUTE format('INSERT INTO {SCHEMA}.{CHANGE_LOG} (table_name, operation, row_id) '
                   'SELECT %L, %L, c.%I::text FROM changed_rows c',
                   TG_TABLE_NAME, TG_OP, TG_ARGV[0]);
    RETURN NULL;
END
$body$;

CREATE OR REPLACE FUNCTION {SCHEMA}.current_app_user_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
    SELECT app_user_id FROM {SCHEMA}.{LOGIN_MAP} WHERE login = session_user
$body$;

-- The Samvirke user of this login, for the program's log-in (never the password hash).
CREATE OR REPLACE FUNCTION {SCHEMA}.current_app_user()
RETURNS TABLE (id integer, username text, full_name text, role text, active boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
    SELECT u.id, u.username::text, u.full_name::text, u.role::text, u.active
    FROM public.app_user u WHERE u.id = {SCHEMA}.current_app_user_id()
$body$;

CREATE OR REPLACE FUNCTION {SCHEMA}.led_activity_ids() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
    SELECT activity_id FROM public.activity_leader
    WHERE user_id = {SCHEMA}.current_app_user_id()
$body$;

-- Per session, no people: what the grant figures count of sessions, attendances, head
-- counts and volunteer hours. "registered" is held_sessions.registered().
CREATE OR REPLACE VIEW {SCHEMA}.grant_session_figures AS
SELECT s.id AS session_id, s.activity_id, s.date, s.cancelled, s.nobody_came,
       (s.nobody_came
        OR EXISTS (SELECT 1 FROM public.attendance a WHERE a.session_id = s.id)
        OR EXISTS (SELECT 1 FROM public.head_count h WHERE h.session_id = s.id)
        OR EXISTS (SELECT 1 FROM public.volunteer_presence v WHERE v.session_id = s.id)
       ) AS registered,
       (SELECT count(*) FROM public.attendance a
        WHERE a.session_id = s.id AND a.present) AS attendances,
       (SELECT COALESCE(sum(h.count), 0) FROM public.head_count h
        WHERE h.session_id = s.id) AS head_count,
       (SELECT count(*) FROM public.volunteer_presence v
        WHERE v.session_id = s.id) AS volunteer_presences,
       (SELECT COALESCE(sum(v.hours), 0) FROM public.volunteer_presence v
        WHERE v.session_id = s.id) AS volunteer_hours
FROM public.session s;

-- Per session: present attendances by role, gender and birth year (no names, no ids).
CREATE OR REPLACE VIEW {SCHEMA}.grant_session_attendance AS
SELECT a.session_id, s.activity_id, s.date, a.role, r.gender,
       COALESCE(EXTRACT(YEAR FROM r.birth_date)::integer, r.birth_year) AS birth_year,
       count(*) AS attendances
FROM public.attendance a
JOIN public.session s ON s.id = a.session_id
JOIN public.resident r ON r.id = a.resident_id
WHERE a.present
GROUP BY a.session_id, s.activity_id, s.date, a.role, r.gender,
         COALESCE(EXTRACT(YEAR FROM r.birth_date)::integer, r.birth_year);

-- The held sessions of an application's activities in a period (held_sessions.held).
CREATE OR REPLACE FUNCTION {SCHEMA}.grant_held_sessions(
    p_application integer, p_from date, p_to date, p_as_of date)
RETURNS TABLE (session_id integer, activity_id integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
    SELECT f.session_id, f.activity_id FROM {SCHEMA}.grant_session_figures f
    WHERE f.activity_id IN (SELECT aa.activity_id FROM public.activity_application aa
                            WHERE aa.application_id = p_application)
      AND f.date BETWEEN p_from AND p_to AND f.date <= p_as_of
      AND NOT f.cancelled AND f.registered
$body$;

-- Unique participants, counted once across sessions and activities, grouped by what the
-- grant figures divide them by: birth year, gender, child or adult (a resident in both roles
-- is a child), returning (attended a held session before the period) or new, and the year
-- of the first attendance in the period (for age_basis="first_attendance").
CREATE OR REPLACE FUNCTION {SCHEMA}.grant_participants(
    p_application integer, p_from date, p_to date, p_as_of date)
RETURNS TABLE (birth_year integer, gender text, as_child boolean, is_returning boolean,
               first_year integer, participants bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
    WITH per_resident AS (
        SELECT a.resident_id, min(s.date) AS first_date, bool_or(a.role = 'child') AS as_child
        FROM public.attendance a
        JOIN {SCHEMA}.grant_held_sessions(p_application, p_from, p_to, p_as_of) h
             ON h.session_id = a.session_id
        JOIN public.session s ON s.id = a.session_id
        WHERE a.present
        GROUP BY a.resident_id)
    SELECT COALESCE(EXTRACT(YEAR FROM r.birth_date)::integer, r.birth_year), r.gender::text,
           p.as_child,
           EXISTS (SELECT 1 FROM public.attendance ea JOIN public.session es
                   ON es.id = ea.session_id
                   WHERE ea.resident_id = p.resident_id AND ea.present AND NOT es.cancelled
                     AND es.date < p_from),
           EXTRACT(YEAR FROM p.first_date)::integer, count(*)
    FROM per_resident p JOIN public.resident r ON r.id = p.resident_id
    GROUP BY 1, 2, 3, 4, 5
$body$;

-- Unique participants and volunteers per linked activity, and (activity_id NULL) for all.
CREATE OR REPLACE FUNCTION {SCHEMA}.grant_unique_counts(
    p_application integer, p_from date, p_to date, p_as_of date)
RETURNS TABLE (activity_id integer, participants bigint, volunteers bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
    WITH held AS (SELECT * FROM {SCHEMA}.grant_held_sessions(p_application, p_from, p_to, p_as_of)),
    people AS (
        SELECT h.activity_id, a.resident_id, NULL::integer AS volunteer_id
        FROM public.attendance a JOIN held h ON h.session_id = a.session_id WHERE a.present
        UNION ALL
        SELECT h.activity_id, NULL, v.volunteer_id
        FROM public.volunteer_presence v JOIN held h ON h.session_id = v.session_id)
    SELECT activity_id, count(DISTINCT resident_id), count(DISTINCT volunteer_id)
    FROM people GROUP BY GROUPING SETS ((activity_id), ())
$body$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC;
"""

SECURITY_DEFINER_FUNCTIONS = (
    "current_app_user_id()", "current_app_user()", "led_activity_ids()",
    "grant_held_sessions(integer, date, date, date)",
    "grant_participants(integer, date, date, date)",
    "grant_unique_counts(integer, date, date, date)",
)
GRANT_FIGURES = ("grant_session_figures", "grant_session_attendance")
GRANT_FUNCTIONS = ("grant_held_sessions(integer, date, date, date)",
                   "grant_participants(integer, date, date, date)",
                   "grant_unique_counts(integer, date, date, date)")

LOG_TRIGGERS = (("samvirke_server_log_insert", "INSERT", "NEW"),
                ("samvirke_server_log_update", "UPDATE", "NEW"),
                ("samvirke_server_log_delete", "DELETE", "OLD"))


def ensure_group_roles(conn) -> dict[str, str]:
    """The NOLOGIN group roles of this database, created where missing: {Samvirke role: name}."""
    database = database_name(conn)
    names = {role: group_role(database, role) for role in USER_ROLES}
    for name in names.values():
        if not _role_exists(conn, name):
            _execute(conn, _sql("CREATE ROLE {name} NOLOGIN", name=_ident(name)))
    return names


def _primary_key(conn, table: str) -> str:
    rows = _fetch(conn, """
        SELECT a.attname FROM pg_index i
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = %s::regclass AND i.indisprimary""", (f'public."{table}"',))
    return rows[0][0] if len(rows) == 1 else "id"


def _install_log_triggers(conn, tables: Iterable[str]) -> None:
    present = {(t, n) for t, n in _fetch(conn, """
        SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace ns ON ns.oid = c.relnamespace
        WHERE ns.nspname = 'public' AND t.tgname LIKE 'samvirke_server_log_%'""")}
    for table in tables:
        if table in NO_LOG_TABLES:
            continue
        key = _primary_key(conn, table)
        for trigger, event, side in LOG_TRIGGERS:
            if (table, trigger) in present:
                continue
            _execute(conn, _sql(
                "CREATE TRIGGER {trigger} AFTER " + event + " ON {table} REFERENCING " + side
                + " TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                "{schema}.log_change({key})",
                trigger=_ident(trigger), table=_ident("public", table),
                schema=_ident(SCHEMA), key=_literal(key)))


def _literal(value):
    from psycopg2 import sql
    return sql.Literal(value)


def _row_security(conn, groups: dict[str, str], tables: set[str]) -> None:
    leader = _ident(groups["activity_leader"])
    others = [_ident(groups[r]) for r in USER_ROLES if r != "activity_leader"]
    from psycopg2 import sql
    others_list = sql.SQL(", ").join(others)
    own = sql.SQL("activity_id IN (SELECT {}.led_activity_ids())").format(_ident(SCHEMA))
    for table in BY_ACTIVITY + BY_SESSION:
        if table not in tables:
            continue
        if table in BY_ACTIVITY:
            condition = own
        else:
            condition = sql.SQL(
                "EXISTS (SELECT 1 FROM public.session s WHERE s.id = session_id "
                "AND s.activity_id IN (SELECT {}.led_activity_ids()))").format(_ident(SCHEMA))
        target = _ident("public", table)
        _execute(conn, _sql("ALTER TABLE {t} ENABLE ROW LEVEL SECURITY", t=target))
        for policy in ("samvirke_own_activities", "samvirke_all_activities"):
            _execute(conn, _sql("DROP POLICY IF EXISTS {p} ON {t}", p=_ident(policy), t=target))
        _execute(conn, _sql("CREATE POLICY samvirke_own_activities ON {t} TO {leader} "
                            "USING ({c}) WITH CHECK ({c})", t=target, leader=leader, c=condition))
        _execute(conn, _sql("CREATE POLICY samvirke_all_activities ON {t} TO {others} "
                            "USING (true) WITH CHECK (true)", t=target, others=others_list))


def renew_grants(conn) -> None:
    """Set up (again) everything this module describes: the server's schema, log and
    functions, the group roles, the grants on every table in ``public`` (also tables that
    later migrations add), the change-log triggers and the row level security. Idempotent;
    run it after every migration that adds a table."""
    from psycopg2 import sql

    _execute(conn, SERVER_OBJECTS)
    groups = ensure_group_roles(conn)
    everyone = sql.SQL(", ").join(_ident(g) for g in groups.values())
    schema = _ident(SCHEMA)
    # The change-counting trigger (migration 0002) updates the counter for whoever saves.
    if _fetch(conn, "SELECT 1 FROM pg_proc WHERE proname = 'samvirke_count_change'"):
        _execute(conn, "ALTER FUNCTION public.samvirke_count_change() SECURITY DEFINER "
                       "SET search_path = public, pg_temp")
    _execute(conn, _sql("GRANT USAGE ON SCHEMA {s} TO {e}", s=schema, e=everyone))
    _execute(conn, _sql("GRANT USAGE ON SCHEMA public TO {e}", e=everyone))
    _execute(conn, _sql("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {e}",
                        e=everyone))
    for function in ("current_app_user_id()", "current_app_user()", "led_activity_ids()"):
        _execute(conn, _sql("GRANT EXECUTE ON FUNCTION {s}." + function + " TO {e}",
                            s=schema, e=everyone))
    figures = sql.SQL(", ").join(_ident(groups[r]) for r in ("admin", "coordinator",
                                                             "grant_writer"))
    for view in GRANT_FIGURES:
        _execute(conn, _sql("GRANT SELECT ON {v} TO {g}", v=_ident(SCHEMA, view), g=figures))
    for function in GRANT_FUNCTIONS:
        _execute(conn, _sql("GRANT EXECUTE ON FUNCTION {s}." + function + " TO {g}",
                            s=schema, g=figures))
    _execute(conn, _sql("GRANT SELECT ON {t} TO {a}", t=_ident(SCHEMA, CHANGE_LOG),
                        a=_ident(groups["admin"])))

    tables = public_tables(conn)
    for table in tables:
        target = _ident("public", table)
        _execute(conn, _sql("REVOKE ALL ON {t} FROM PUBLIC, {e}", t=target, e=everyone))
        for role, group in groups.items():
            privileges = table_privileges(role, table)
            if privileges:
                _execute(conn, _sql("GRANT " + ", ".join(privileges) + " ON {t} TO {g}",
                                    t=target, g=_ident(group)))
    if "app_user" in tables:
        columns = sql.SQL(", ").join(_ident(c) for c in APP_USER_PUBLIC_COLUMNS)
        _execute(conn, _sql("GRANT SELECT ({c}) ON public.app_user TO {g}", c=columns,
                            g=_ident(groups["coordinator"])))
    _install_log_triggers(conn, tables)
    _row_security(conn, groups, set(tables))


# --- logins -----------------------------------------------------------------------------

def _app_user_id(conn, username: str) -> int:
    rows = _fetch(conn, "SELECT id FROM public.app_user WHERE username = %s", (username,))
    if not rows:
        raise ValueError(f"Samvirke has no user named {username!r} in this database")
    return rows[0][0]


def create_server_login(conn, username: str, password: str, role: str) -> str:
    """A server login for the Samvirke user ``username`` (who must exist in ``app_user``),
    in the group of ``role``; returns the login's name. The password goes to the server
    as a SCRAM verifier, so the plain password is never in a statement or the server's log."""
    groups = ensure_group_roles(conn)
    if role not in groups:
        raise ValueError(f"unknown Samvirke role {role!r}")
    user_id = _app_user_id(conn, username)
    login = login_name(database_name(conn), username)
    # INHERIT: the login uses its group's privileges without SET ROLE.
    _execute(conn, _sql("CREATE ROLE {login} LOGIN INHERIT PASSWORD {verifier}",
                        login=_ident(login), verifier=_literal(scram_verifier(password))))
    _execute(conn, _sql("GRANT {group} TO {login}", group=_ident(groups[role]),
                        login=_ident(login)))
    _execute(conn, _sql("GRANT CONNECT ON DATABASE {db} TO {login}",
                        db=_ident(database_name(conn)), login=_ident(login)))
    _execute(conn, f"INSERT INTO {SCHEMA}.{LOGIN_MAP} (login, app_user_id, role) "
                   "VALUES (%s, %s, %s)", (login, user_id, role))
    return login


def set_server_password(conn, username: str, password: str) -> None:
    login = login_name(database_name(conn), username)
    _execute(conn, _sql("ALTER ROLE {login} PASSWORD {verifier}", login=_ident(login),
                        verifier=_literal(scram_verifier(password))))


def change_server_role(conn, username: str, role: str) -> None:
    """Move a user's login to the group of another Samvirke role."""
    groups = ensure_group_roles(conn)
    if role not in groups:
        raise ValueError(f"unknown Samvirke role {role!r}")
    login = login_name(database_name(conn), username)
    for other, group in groups.items():
        if other != role:
            _execute(conn, _sql("REVOKE {group} FROM {login}", group=_ident(group),
                                login=_ident(login)))
    _execute(conn, _sql("GRANT {group} TO {login}", group=_ident(groups[role]),
                        login=_ident(login)))
    _execute(conn, f"UPDATE {SCHEMA}.{LOGIN_MAP} SET role = %s WHERE login = %s", (role, login))


def drop_server_login(conn, username: str) -> None:
    """Remove a user's login (deactivation): it can no longer connect or read anything.
    Its rows in the server's change log stay, with its name."""
    login = login_name(database_name(conn), username)
    _execute(conn, f"DELETE FROM {SCHEMA}.{LOGIN_MAP} WHERE login = %s", (login,))
    if _role_exists(conn, login):
        # Its grants (CONNECT, group memberships) go with it; it owns nothing.
        _execute(conn, _sql("REVOKE CONNECT ON DATABASE {db} FROM {login}",
                            db=_ident(database_name(conn)), login=_ident(login)))
        _execute(conn, _sql("DROP ROLE {login}", login=_ident(login)))


# --- SCRAM-SHA-256 verifier (as libpq's PQencryptPasswordConn makes it) --------------------

SCRAM_ITERATIONS = 4096
_NON_ASCII_SPACES = re.compile("[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]")
_MAPPED_TO_NOTHING = re.compile("[\u00ad\u034f\u1806\u180b-\u180d\u200c\u200d\u2060"
                                "\ufe00-\ufe0f\ufeff]")


def _saslprep(password: str) -> str:
    """The normalisation the server applies to a password (RFC 4013, the common part)."""
    import unicodedata
    text = _MAPPED_TO_NOTHING.sub("", _NON_ASCII_SPACES.sub(" ", password))
    return unicodedata.normalize("NFKC", text)


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    import base64
    import hmac
    import os

    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password).encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
