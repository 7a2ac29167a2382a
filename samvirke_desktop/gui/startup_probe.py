"""Measuring start-up: when SAMVIRKE_STARTUP_PROBE names a file, the moment the main window is
first on screen is written there (``time.monotonic()``, the same clock in every process on the
machine) and the program quits. The benchmark (bench/run.py) starts the program this way and
subtracts the moment it started the process. Without the variable nothing is watched.
"""
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENVIRONMENT_VARIABLE = "SAMVIRKE_STARTUP_PROBE"


class _FirstExpose(QObject):
    """Waits for the window's first expose; the window has painted itself once the event loop
    comes round to the zero timer, so the moment is taken there."""

    def __init__(self, window: QWidget, target: str):
        super().__init__(window)
        self.target = target
        self.done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Expose and watched.isExposed():
            self.done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        moment = time.monotonic()
        with open(self.target, "w", encoding="utf-8") as out:
            out.write(f"{moment:.6f}\n")
        QApplication.quit()


def watch(window: QWidget) -> None:
    """Report the first showing of ``window`` and quit, when the variable asks for it."""
    target = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not target:
        return
    window.winId()  # the native window exists from here, so its events can be watched
    probe = _FirstExpose(window, target)
    handle = window.windowHandle()
    if handle.isExposed():  # already on screen: report from the event loop
        probe.done = True
        QTimer.singleShot(0, probe._report)
    else:
        handle.installEventFilter(probe)
