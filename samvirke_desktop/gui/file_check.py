"""The start-up check of the database file, run in the background once the window is shown.

``quick_check`` reads the whole file: about half a second for a large bydel's database on a
local disk, many seconds on a shared folder. At start the window therefore opens the file at
once (``open_at_start`` leaves the check pending) and this runs it on a connection of its own
in a background thread. A damaged file is then opened again for reading only and the user is
told the way back, in the same words as when the damage is found before opening. After a
session that was cut off, the slower integrity check still runs before the window opens.
"""
import logging
import threading

from PySide6.QtCore import QObject, Signal

from samvirke_desktop.db import connection, sharing
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui.first_paint import after_first_paint

log = logging.getLogger(__name__)


class FileCheck(QObject):
    """Runs the check pending on the window's database; ``checked`` carries the report."""

    checked = Signal(object)   # sharing.StartupReport, in the window's thread

    def __init__(self, window, report: sharing.StartupReport):
        super().__init__(window)
        self.window = window
        self.report = report
        self.result: sharing.StartupReport | None = None
        self._thread: threading.Thread | None = None
        self.checked.connect(self._checked)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="samvirke-file-check",
                                        daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and closing: True when the check has finished."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._thread is None or not self._thread.is_alive()

    def _run(self) -> None:
        try:
            report = sharing.run_pending_check(self.report)
        except Exception:  # a check that cannot run must not end the program
            log.exception("Kunne ikke sjekke databasefilen %s", self.report.path)
            return
        try:
            self.checked.emit(report)  # queued to the window's thread
        except RuntimeError:  # the window was closed meanwhile
            log.info("%s på %s: ferdig etter at vinduet ble lukket", report.check, report.path)

    def _checked(self, report: sharing.StartupReport) -> None:
        self.result = report
        opened = self.window.opened
        if report.ok:
            log.info("%s på %s: ok (%.2f s)", report.check, report.path, report.seconds)
            return
        log.warning("%s på %s fant skade: %s", report.check, report.path, report.problems[:3])
        if opened is None or opened.read_only or opened.location != str(report.path) \
                or getattr(opened, "locked", False):
            return  # another database is open by now, this one is read-only already or locked
        switch_to_read_only(self.window, report)


def switch_to_read_only(window, report: sharing.StartupReport) -> bool:
    """Open the damaged file again for reading only in ``window`` and say what to do."""
    from samvirke_desktop.gui import database_files, notices

    try:
        # An encrypted file opens read-only with the key the window has it open with.
        reopened = connection.open_database(report.path, create=False, read_only=True,
                                            key=connection.current_key())
    except SamvirkeError as exc:
        notices.show_expected_error(window, exc)
        return False
    window.set_database(reopened, keep_user=True)
    database_files.show_notes([report.message], window)
    return True


def check_later(window) -> FileCheck | None:
    """Run the check left pending on ``window``'s database, if any, once the window has
    painted itself, so the check never delays the first sight of it."""
    report = getattr(window.opened, "pending_check", None)
    if report is None:
        return None
    window.opened.pending_check = None
    check = FileCheck(window, report)
    window.file_check = check
    after_first_paint(window, check.start)
    return check
