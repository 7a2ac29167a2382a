"""Short write transactions that wait politely for a colleague's save.

SQLite: a write transaction begins IMMEDIATE, so it waits (busy timeout) for a colleague's save
at its start instead of failing half-way; when the file stays locked, it is retried with
back-off, and only then does the user see ``DatabaseBusy``. The wait at BEGIN polls in short,
random steps, so PCs saving at the same time take turns fairly (bench/ROBUSTNESS.md: with 8
processes writing without pause, the longest save went from 11 s to under 1 s).

PostgreSQL (READ COMMITTED): two saves of different rows run side by side; a save of a row a
colleague is saving waits for that row (at most ``lock_timeout``, set when connecting). The
server may still end a transaction to untangle a deadlock (40P01), or refuse it under a stricter
isolation level (40001), or give up waiting for a lock (55P03). In each case it rolled the whole
transaction back, so running it again is safe: those are retried like a busy SQLite file.
A connection lost while idle is noticed before the transaction begins and reconnected; one lost
in the middle of a save is reported, because nobody can tell whether the commit arrived.

Every write also checks the maintenance lock (``db.maintenance``) and refuses to start on a
database opened read-only.
"""
import contextlib
import functools
import logging
import random
import sys
import time
from collections.abc import Callable

import peewee

from samvirke_desktop.db import cipher, maintenance
from samvirke_desktop.db.connection import ensure_connected
from samvirke_desktop.db.models import DB
from samvirke_desktop.errors import DatabaseBusy, DatabaseReadOnly, SamvirkeError

log = logging.getLogger(__name__)

RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)
# SQLite: how long one poll for the write lock waits inside SQLite, and the random pause
# between polls (see _transaction).
POLL_BUSY_MS = 5
POLL_PAUSE = (0.001, 0.012)

BUSY_MESSAGE = ("En kollega lagrer akkurat nå, prøv igjen. Det du har skrevet er ikke borte: "
                "trykk Lagre på nytt om litt.")
READ_ONLY_MESSAGE = ("Databasen er åpnet bare for lesing, så ingenting kan lagres. Hvis den ble "
                     "åpnet slik fordi den er skadet, gjenopprett den fra en sikkerhetskopi "
                     "(Fil → Gjenopprett); ellers åpne den på nytt med skrivetilgang.")
LOST_MESSAGE = ("Forbindelsen til databasetjeneren ble brutt mens Samvirke lagret. Last inn på nytt "
                "for å se om endringen kom med, og lagre igjen om den mangler.")

# PostgreSQL SQLSTATEs after which the server has rolled the transaction back and a retry is safe.
RETRY_SQLSTATES = {
    "40001": "serialization failure",
    "40P01": "deadlock",
    "55P03": "lock timeout",
}

# Called with the database after each write transaction commits (e.g. by change watchers).
AFTER_COMMIT: list[Callable[[peewee.Database], None]] = []


class ConnectionLost(SamvirkeError):
    title = "Forbindelsen ble brutt"


def _is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (peewee.PeeweeException, *cipher.errors())) or _sqlstate(exc) is not None \
        or type(exc).__module__.split(".")[0] in ("psycopg2", "psycopg")


def _sqlstate(exc: BaseException) -> str | None:
    seen = [exc, exc.__context__, exc.__cause__, *(a for a in getattr(exc, "args", ())[:1]
                                                    if isinstance(a, BaseException))]
    for candidate in seen:
        code = getattr(candidate, "pgcode", None) or getattr(candidate, "sqlstate", None)
        if code:
            return code
    return None


def _is_busy(exc: BaseException) -> bool:
    if _sqlstate(exc) in RETRY_SQLSTATES:
        return True
    if not isinstance(exc, (peewee.OperationalError, *cipher.errors("OperationalError"))):
        return False  # e.g. an IntegrityError quoting a value that happens to say "locked"
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _is_lost_connection(exc: BaseException, db: peewee.Database | None) -> bool:
    if db is None or isinstance(db, peewee.SqliteDatabase):
        return False
    code = _sqlstate(exc) or ""
    if code.startswith("08") or code in ("57P01", "57P02", "57P03"):
        return True
    text = str(exc).lower()
    return any(words in text for words in (
        "server closed the connection", "connection already closed", "terminating connection",
        "connection not open", "could not receive data", "could not send data",
        "ssl syscall error", "the connection is closed"))


def _real_cause(exc: BaseException) -> BaseException:
    # After SQLite rolled back by itself, peewee reports "cannot rollback" (wrapped once more by
    # peewee's own exception class); the cause is further back in the chain.
    while "cannot rollback" in str(exc) and exc.__context__ is not None:
        exc = exc.__context__
    return exc


def _explain_write_error(exc: BaseException) -> Exception | None:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return DatabaseReadOnly("Databasen kan ikke skrives til akkurat nå (skrivebeskyttet). "
                                "Ingenting ble lagret. Be om skrivetilgang og prøv igjen.",
                                details=str(exc))
    if "disk is full" in text or "database or disk is full" in text or "no space left" in text:
        return DatabaseReadOnly("Disken er full, så ingenting ble lagret. Frigjør plass og prøv igjen.",
                                details=str(exc))
    if "disk i/o error" in text or "unable to open database file" in text:
        return DatabaseReadOnly("Samvirke fikk ikke skrevet til databasefilen, så ingenting ble "
                                "lagret. Sjekk at den delte mappen er tilkoblet, at du har "
                                "skrivetilgang og at det er plass på disken, og prøv igjen.",
                                details=str(exc))
    return None


def _after_commit(db: peewee.Database) -> None:
    for hook in AFTER_COMMIT:
        try:
            hook(db)
        except Exception:
            log.exception("After-commit hook failed")


@contextlib.contextmanager
def _transaction(db: peewee.Database):
    """One write transaction. On SQLite, BEGIN IMMEDIATE is tried in short, randomly spaced polls
    for as long as the connection's busy timeout, instead of in SQLite's own sleeps (up to
    100 ms each): with several PCs saving at once, a waiting PC then gets its turn about as
    soon as the others, rather than losing the race again and again for many seconds."""
    if not isinstance(db, peewee.SqliteDatabase):
        with DB.atomic():
            yield
        return
    budget_ms = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    deadline = time.monotonic() + budget_ms / 1000
    while True:
        db.execute_sql(f"PRAGMA busy_timeout = {min(POLL_BUSY_MS, budget_ms)}")
        txn = DB.atomic()
        try:
            txn.__enter__()  # BEGIN IMMEDIATE
        except (peewee.OperationalError, *cipher.errors("OperationalError")) as exc:
            if _is_busy(_real_cause(exc)) and time.monotonic() < deadline:
                time.sleep(random.uniform(*POLL_PAUSE))
                continue
            raise
        finally:
            db.execute_sql(f"PRAGMA busy_timeout = {budget_ms}")
        break
    try:
        yield
    except BaseException:
        if not txn.__exit__(*sys.exc_info()):
            raise
    else:
        txn.__exit__(None, None, None)


def write(fn):
    """Run ``fn`` in one write transaction, retried with back-off while the database is busy.

    Nested calls join the outer transaction. When the database stays busy, the user gets
    ``DatabaseBusy`` with a plain message, and nothing was written.
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if DB.in_transaction():
            return fn(*args, **kwargs)
        db = DB.obj
        if getattr(db, "samvirke_read_only", False):
            raise DatabaseReadOnly(READ_ONLY_MESSAGE)
        for attempt, delay in enumerate((0.0,) + RETRY_DELAYS):
            if delay:
                time.sleep(delay)
            if not isinstance(db, peewee.SqliteDatabase):
                ensure_connected(db)  # a connection dropped while idle: reconnect before BEGIN
            try:
                with _transaction(db):
                    maintenance.refuse_if_locked()
                    result = fn(*args, **kwargs)
            except SamvirkeError:
                raise
            except Exception as exc:
                if not _is_database_error(exc):
                    raise
                cause = _real_cause(exc)
                if _is_lost_connection(cause, db) or _is_lost_connection(exc, db):
                    _drop_connection(db)
                    raise ConnectionLost(LOST_MESSAGE, details=str(cause)) from cause
                if _is_busy(cause):
                    log.info("Database busy (attempt %d): %s", attempt + 1, cause)
                    continue
                explained = _explain_write_error(cause)
                if explained is not None:
                    raise explained from cause
                raise
            _after_commit(db)
            return result
        raise DatabaseBusy(BUSY_MESSAGE)
    return wrapper


def _drop_connection(db: peewee.Database) -> None:
    try:
        db.close()
    except peewee.PeeweeException:
        pass
