"""Measuring start-up: when SAMVIRKE_STARTUP_PROBE names a file, two moments are written there
(``time.monotonic()``, the same clock in every process on the machine) and the program quits:
the main window first painted, and its first page on screen. The benchmark (bench/run.py)
starts the program this way and subtracts the moment it started the process. Without the
variable nothing is watched.
"""
import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from samvirke_desktop.gui.first_paint import after_first_paint

ENVIRONMENT_VARIABLE = "SAMVIRKE_STARTUP_PROBE"
PAGE_WAIT_SECONDS = 30


class _Probe:
    def __init__(self, window: QWidget, target: str):
        self.window = window
        self.target = target
        self.shown = 0.0
        self.page_seen = False

    def painted(self) -> None:
        self.shown = time.monotonic()
        self._wait_for_page()

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
    probe = _Probe(window, target)
    window.startup_probe = probe
    after_first_paint(window, probe.painted)
