"""Attendance screens: check-in for one session, and the month grid typed in from paper.

    open_check_in(session_id, parent) -> the Oppmøte window for one session
    open_month_grid(activity_id, year, month, parent) -> the Fra papir window

Each opens (or brings forward, when already open) a window of its own and returns it; None
when it could not open (the reason has been shown to the user).
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices

_check_in_windows: dict[int, QWidget] = {}
_month_windows: dict[int, QWidget] = {}


def _bring_forward(window: QWidget) -> None:
    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    if QGuiApplication.platformName() != "offscreen":  # no stacking of windows there
        window.raise_()
        window.activateWindow()


def _fit_to_screen(window: QWidget, width: int, height: int) -> None:
    screen = window.screen().availableGeometry() if window.screen() else None
    if screen is not None:
        width, height = min(width, screen.width()), min(height, screen.height())
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))


def open_check_in(session_id: int, parent: QWidget | None = None) -> QWidget | None:
    """Show the check-in window for ``session_id`` (one window per session)."""
    existing = _check_in_windows.get(session_id)
    if existing is not None:
        _bring_forward(existing)
        return existing
    from samvirke_desktop.gui.checkin.window import CheckInWindow

    try:
        window = CheckInWindow(session_id, parent)
    except SamvirkeError as exc:
        notices.show_expected_error(parent, exc)
        return None
    if window.data is None:  # the session could not be read; the reason was shown
        window.deleteLater()
        return None
    _check_in_windows[session_id] = window
    window.closed.connect(lambda sid: _check_in_windows.pop(sid, None))
    _fit_to_screen(window, 1280, 800)
    _bring_forward(window)
    return window


def open_month_grid(activity_id: int, year: int, month: int,
                    parent: QWidget | None = None) -> QWidget | None:
    """Show the month grid of ``activity_id`` at ``year``/``month`` (one window per activity)."""
    existing = _month_windows.get(activity_id)
    if existing is not None:
        existing.show_month(year, month)
        _bring_forward(existing)
        return existing
    from samvirke_desktop.gui.checkin.month_grid import MonthGridWindow

    try:
        window = MonthGridWindow(activity_id, year, month, parent)
    except SamvirkeError as exc:
        notices.show_expected_error(parent, exc)
        return None
    _month_windows[activity_id] = window
    window.closed.connect(lambda aid: _month_windows.pop(aid, None))
    _fit_to_screen(window, 1280, 800)
    _bring_forward(window)
    return window
