"""Short write transactions that wait politely for a colleague's save."""
import functools
import logging
import sqlite3
import time

import peewee

from samvirke_desktop.db.models import DB
from samvirke_desktop.errors import DatabaseBusy, DatabaseReadOnly

log = logging.getLogger(__name__)

RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)

BUSY_MESSAGE = ("En kollega lagrer akkurat nå, prøv igjen. Det du har skrevet er ikke borte: "
                "trykk Lagre på nytt om litt.")


def _is_busy(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _real_cause(exc: BaseException) -> BaseException:
    # After SQLite rolled back by itself, peewee reports "cannot rollback"; the cause is earlier.
    if "cannot rollback" in str(exc) and exc.__context__ is not None:
        return exc.__context__
    return exc


def _explain_write_error(exc: BaseException) -> Exception | None:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly("Databasen kan ikke skrives til akkurat nå (skrivebeskyttet). "
                                "Ingenting ble lagret. Be om skrivetilgang og prøv igjen.",
                                details=str(exc))
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseReadOnly("Disken er full, så ingenting ble lagret. Frigjør plass og prøv igjen.",
                                details=str(exc))
    return None


def write(fn):
    """Run ``fn`` in one write transaction, retried with back-off while the database is busy.

    Nested calls join the outer transaction. When the database stays busy, the user gets
    ``DatabaseBusy`` with a plain message, and nothing was written.
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if DB.in_transaction():
            return fn(*args, **kwargs)
        for attempt, delay in enumerate((0.0,) + RETRY_DELAYS):
            if delay:
                time.sleep(delay)
            try:
                with DB.atomic():
                    return fn(*args, **kwargs)
            except (peewee.OperationalError, sqlite3.OperationalError) as exc:
                cause = _real_cause(exc)
                if _is_busy(cause):
                    log.info("Database busy (attempt %d): %s", attempt + 1, cause)
                    continue
                explained = _explain_write_error(cause)
                if explained is not None:
                    raise explained from cause
                raise
        raise DatabaseBusy(BUSY_MESSAGE)
    return wrapper
