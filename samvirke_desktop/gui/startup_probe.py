"""Measuring start-up: when SAMVIRKE_STARTUP_PROBE names a file, two moments are written there
(``time.monotonic()``, the same clock in every process on the machine) and the program quits:
the main window first painted, and its first page on screen. The benchmark (bench/run.py)
starts the program this way and subtracts the moment it started the process. Without the
variable nothing is watched.

On a database with accounts the window opens on the log-in dialog, which a benchmark cannot
type into: with SAMVIRKE_STARTUP_PROBE_LOGIN naming a file (user name on the first line,
password on the second) the probe types them into that dialog and presses «Logg inn», so the
ordinary log-in runs. It is read only when SAMVIRKE_STARTUP_PROBE is set; a log-in that fails
writes no moments (the benchmark reports that the start failed).
"""
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from samvirke_desktop.gui.first_paint import after_first_paint

ENVIRONMENT_VARIABLE = "SAMVIRKE_STARTUP_PROBE"
LOGIN_VARIABLE = "SAMVIRKE_STARTUP_PROBE_LOGIN"
PAGE_WAIT_SECONDS = 30


class _Probe:
    def __init__(self, window: QWidget, target: str, login: tuple[str, str] | None = None):
        self.window = window
        self.target = target
        self.login = login
        self.shown = 0.0
        self.page_seen = False

    def painted(self) -> None:
        self.shown = time.monotonic()
        if self.login is not None:
            self._log_in()
        else:
            self._wait_for_page()

    def _log_in(self) -> None:
        """Type the benchmark's user name and password into the window's log-in dialog."""
        dialog = getattr(self.window, "login_dialog", None)
        if dialog is None:
            if time.monotonic() - self.shown > PAGE_WAIT_SECONDS:
                self._fail("the window asked for no log-in")
            else:
                QTimer.singleShot(0, self._log_in)
            return
        username, password = self.login
        dialog.ui.usernameEdit.setText(username)
        dialog.ui.passwordEdit.setText(password)
        if not dialog.try_login():
            self._fail(f"log-in failed: {dialog.error_text()}")
            return
        self._wait_for_page()

    def _fail(self, why: str) -> None:
        sys.stderr.write(f"{ENVIRONMENT_VARIABLE}: {why}\n")
        QApplication.exit(3)

    def _wait_for_page(self) -> None:
        """The first page is made right after the window's first painting; it is on screen
        once the event loop comes round again after it exists."""
        if getattr(self.window, "pages", None) or \
                time.monotonic() - self.shown > PAGE_WAIT_SECONDS:
            if self.page_seen:
                self._report(time.monotonic())
                return
            self.page_seen = True
        QTimer.singleShot(0, self._wait_for_page)

    def _report(self, page_moment: float) -> None:
        with open(self.target, "w", encoding="utf-8") as out:
            out.write(f"{self.shown:.6f}\n{page_moment:.6f}\n")
        QApplication.quit()


def watch(window: QWidget) -> None:
    """Report the first showing of ``window`` and of its first page, then quit, when the
    variable asks for it."""
    target = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not target:
        return
    probe = _Probe(window, target, _login_from_file())
    window.startup_probe = probe
    after_first_paint(window, probe.painted)


def _login_from_file() -> tuple[str, str] | None:
    """The benchmark's user name and password, from the file LOGIN_VARIABLE names."""
    named = os.environ.get(LOGIN_VARIABLE, "").strip()
    if not named:
        return None
    lines = open(named, encoding="utf-8").read().splitlines()
    return lines[0], lines[1]
