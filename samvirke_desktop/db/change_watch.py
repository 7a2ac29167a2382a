"""Noticing a colleague's save, cheaply enough to ask every couple of seconds.

SQLite: ``PRAGMA data_version`` changes when another connection has committed to the file
since this connection last looked; our own commits leave it alone (we know about those).

PostgreSQL: a one-row ``change_counter`` table that a deferred trigger on every table bumps
once per committing transaction that changed anything (migration 0002), together with the
server process id of the last writer. To leave out our own saves as on SQLite, a watcher
checks the counter right after each of our commits: when it moved by exactly one and the last
writer was our own connection, nobody else saved in between, and the watcher moves along.

A window polls ``ChangeWatcher.changed()`` (e.g. from a QTimer) and reloads when it says yes.
"""
import weakref

import peewee

from samvirke_desktop.db import transactions
from samvirke_desktop.db.connection import ensure_connected
from samvirke_desktop.db.models import DB


def _database(db: peewee.Database | None) -> peewee.Database:
    db = db if db is not None else DB.obj
    if db is None:
        raise RuntimeError("No database is open")
    return db


def _server_counter(db: peewee.Database) -> tuple[int, int | None, int]:
    """(counter value, process id of the last writer, our own process id) in one round trip."""
    row = db.execute_sql(
        "SELECT value, last_pid, pg_backend_pid() FROM change_counter WHERE id = 1").fetchone()
    if row is None:  # the row is made by the migration; a missing one means nothing counts
        return 0, None, -1
    return int(row[0]), row[1], row[2]


def change_token(db: peewee.Database | None = None) -> tuple:
    """An opaque value that changes when another connection commits to the database.

    On PostgreSQL it also changes after our own commits; ``ChangeWatcher`` leaves those out.
    """
    db = _database(db)
    if isinstance(db, peewee.SqliteDatabase):
        return ("sqlite", db.execute_sql("PRAGMA data_version").fetchone()[0])
    if ensure_connected(db):
        return ("server-reconnected", object())  # anything may have happened meanwhile
    return ("server", _server_counter(db)[0])


class ChangeWatcher:
    """Tells whether a colleague has saved something since the last time it was asked."""

    def __init__(self, db: peewee.Database | None = None):
        self._db = _database(db)
        self._server = not isinstance(self._db, peewee.SqliteDatabase)
        self._seen = self._read()
        _watchers.add(self)

    def _read(self):
        if self._server:
            return _server_counter(self._db)[0]
        return change_token(self._db)

    def changed(self) -> bool:
        """True (once) when another connection has committed since the last call."""
        if self._server and ensure_connected(self._db):
            self._seen = self._read()
            return True
        now = self._read()
        if now == self._seen:
            return False
        self._seen = now
        return True

    def own_commit(self, db: peewee.Database) -> None:
        """Called after each of our own write transactions: skip it if it was the only one."""
        if not self._server or db is not self._db:
            return
        value, last_pid, own_pid = _server_counter(self._db)
        if value == self._seen + 1 and last_pid == own_pid:
            self._seen = value

    def close(self) -> None:
        _watchers.discard(self)


_watchers: "weakref.WeakSet[ChangeWatcher]" = weakref.WeakSet()


def _after_commit(db: peewee.Database) -> None:
    for watcher in list(_watchers):
        watcher.own_commit(db)


if _after_commit not in transactions.AFTER_COMMIT:
    transactions.AFTER_COMMIT.append(_after_commit)
