"""Samvirke's roles enforced by the PostgreSQL server (db/server_roles.py): group roles for
this database, grants per role, row level security for activity leaders, and the server's own
change log written by triggers in the changing transaction.

Nothing changes on SQLite: a file has no server logins, and its tables stay those of the
models. On the server the new objects live in the schema ``samvirke_server``, so the tables
in ``public`` stay those of the models too. A later migration that adds a table calls
``server_roles.renew_grants(db)`` on PostgreSQL, as this one does.
"""
from peewee import PostgresqlDatabase

from samvirke_desktop.db import server_roles


def up(migrator, db):
    if isinstance(db, PostgresqlDatabase):
        server_roles.renew_grants(db)


def down(migrator, db):
    if not isinstance(db, PostgresqlDatabase):
        return
    for table in server_roles.public_tables(db):
        for trigger, _event, _side in server_roles.LOG_TRIGGERS:
            db.execute_sql(f'DROP TRIGGER IF EXISTS {trigger} ON "{table}"')
    for table in server_roles.BY_ACTIVITY + server_roles.BY_SESSION:
        for policy in ("samvirke_own_activities", "samvirke_all_activities"):
            db.execute_sql(f'DROP POLICY IF EXISTS {policy} ON "{table}"')
        db.execute_sql(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    db.execute_sql(f"DROP SCHEMA IF EXISTS {server_roles.SCHEMA} CASCADE")
