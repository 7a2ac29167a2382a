"""Doing something once a window has been painted for the first time.

A top-level window's first expose is followed at once by its painting; the callback runs from
the event loop right after that, so the window is on screen before the callback's work
begins. Used at start-up: the main window shows itself before its first page reads its data.
"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstExpose(QObject):
    def __init__(self, window: QWidget, callback):
        super().__init__(window)
        self.callback = callback
        self.done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Expose and watched.isExposed():
            self.done = True
            QTimer.singleShot(0, self.callback)
        return False


def after_first_paint(window: QWidget, callback) -> QObject:
    """Call ``callback`` once ``window`` has been painted (at once, from the event loop, when
    it is on screen already). Returns the watcher; it lives as long as the window."""
    window.winId()  # the native window exists from here, so its events can be watched
    watcher = _FirstExpose(window, callback)
    handle = window.windowHandle()
    if handle.isExposed():
        watcher.done = True
        QTimer.singleShot(0, callback)
    else:
        handle.installEventFilter(watcher)
    return watcher
