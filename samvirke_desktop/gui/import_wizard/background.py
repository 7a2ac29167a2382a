"""Running the slow steps of an import (reading a big workbook, checking every row, writing
them) in a thread of their own, so the window keeps drawing and shows how far it has come.

The thread talks to the database on its own connection (peewee keeps one per thread) and
closes it when done. What it reports (progress, the result, an error) goes into a queue that
a timer in the window's thread empties: no Qt call is made from the job's thread, and no
signal is emitted from Python (PySide6 6.12 loses a reference to ``True`` at every
``emit()`` from Python, which ends in a crash when the program exits).
"""
import logging
import queue
import sys
import threading
import time

from PySide6.QtCore import QObject, QTimer

from samvirke_desktop.db.models import DB
from samvirke_desktop.errors import SamvirkeError

log = logging.getLogger(__name__)

POLL_MS = 40
_PROGRESS, _DONE, _FAILED = "progress", "done", "failed"


class BackgroundTask(QObject):
    """One job at a time: ``start(job, *args, on_done=…, on_failed=…, on_progress=…)``.

    ``on_done(result, seconds)``, ``on_failed(exc)`` and ``on_progress(done, total)`` are
    called in the window's thread. The job reports progress by calling
    ``report_progress(done, total)`` from its thread.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._messages: queue.SimpleQueue = queue.SimpleQueue()
        self._callbacks: dict = {}
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._deliver)

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, job, *args, on_done, on_failed, on_progress=None, name: str = "import",
              **kwargs) -> bool:
        if self.busy():
            return False
        self._messages = queue.SimpleQueue()  # nothing from an earlier, abandoned job
        self._callbacks = {_DONE: on_done, _FAILED: on_failed, _PROGRESS: on_progress}
        self._thread = threading.Thread(target=self._run,
                                        args=(job, args, kwargs, self._messages),
                                        name=name, daemon=True)
        self._thread.start()
        self._timer.start()
        return True

    def abandon(self) -> None:
        """The window no longer wants the result (it was closed); the job runs out."""
        self._callbacks = {}
        self._timer.stop()

    def wait(self, seconds: float = 60) -> None:
        if self._thread is not None:
            self._thread.join(seconds)

    def report_progress(self, done: int, total: int) -> None:
        """For the job to call from its thread."""
        self._messages.put((_PROGRESS, (done, total)))

    @staticmethod
    def _run(job, args, kwargs, messages: queue.SimpleQueue) -> None:
        started = time.perf_counter()
        try:
            result = job(*args, **kwargs)
        except SamvirkeError as exc:
            log.info("%s: %s", type(exc).__name__, exc.message)
            messages.put((_FAILED, (exc,)))
            return
        except Exception as exc:  # noqa: BLE001 - handed to the window for the crash dialog
            messages.put((_FAILED, (exc,)))
            return
        finally:
            _close_thread_connection()
        messages.put((_DONE, (result, time.perf_counter() - started)))

    def _deliver(self) -> None:
        """Runs in the window's thread: hand on what the job has reported so far."""
        latest_progress = None
        while True:
            try:
                kind, values = self._messages.get_nowait()
            except queue.Empty:
                break
            if kind == _PROGRESS:
                latest_progress = values  # only the newest is worth drawing
                continue
            self._timer.stop()
            callback = self._callbacks.get(kind)
            self._callbacks = {}
            if callback is not None:
                callback(*values)
            return
        if latest_progress is not None and self._callbacks.get(_PROGRESS) is not None:
            self._callbacks[_PROGRESS](*latest_progress)


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
