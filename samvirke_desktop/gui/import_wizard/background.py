"""Running the slow steps of an import (reading a big workbook, checking every row, writing
them) in a thread of their own, so the window keeps drawing and shows how far it has come.

The thread talks to the database on its own connection (peewee keeps one per thread) and
closes it when done. Results come back to the window's thread through queued signals; an
unexpected error goes to the crash dialog like any other.
"""
import logging
import sys
import threading
import time

from PySide6.QtCore import QObject, Signal

from samvirke_desktop.db.models import DB
from samvirke_desktop.errors import SamvirkeError

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    """One job at a time: ``start(fn, *args)``; ``progress(fn)`` may be passed to the job."""

    done = Signal(object, float)         # the job's result, seconds it took
    failed = Signal(object)              # a SamvirkeError, or an unexpected exception
    progressed = Signal(int, int)        # done, total

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, job, *args, name: str = "import", **kwargs) -> bool:
        if self.busy():
            return False
        self._thread = threading.Thread(target=self._run, args=(job, args, kwargs), name=name,
                                        daemon=True)
        self._thread.start()
        return True

    def wait(self, seconds: float = 60) -> None:
        if self._thread is not None:
            self._thread.join(seconds)

    def report_progress(self, done: int, total: int) -> None:
        """For the job to call from its thread."""
        self.progressed.emit(done, total)

    def _run(self, job, args, kwargs) -> None:
        started = time.perf_counter()
        try:
            result = job(*args, **kwargs)
        except SamvirkeError as exc:
            log.info("%s: %s", type(exc).__name__, exc.message)
            self.failed.emit(exc)
            return
        except Exception as exc:  # noqa: BLE001 - handed to the window's crash dialog
            self.failed.emit(exc)
            return
        finally:
            _close_thread_connection()
        self.done.emit(result, time.perf_counter() - started)


def _close_thread_connection() -> None:
    """Close this thread's own database connection (the window's stays open)."""
    try:
        if DB.obj is not None and not DB.is_closed():
            DB.close()
    except Exception:  # closing is tidying up; it must never hide the job's real result
        log.debug("Kunne ikke lukke trådens databaseforbindelse", exc_info=True)


def show_unexpected(exc: BaseException) -> None:
    """An error nobody expected, from a job's thread: the crash dialog, as in the window."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
