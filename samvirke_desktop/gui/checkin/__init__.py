"""Attendance screens: check-in for one session, and the month grid typed in from paper.

    open_check_in(session_id, parent) -> the Oppmøte window for one session (here)
    month_grid.open_month_grid(activity_id, year, month, parent) -> the Fra papir window

Each opens (or brings forward, when already open) a window of its own and returns it; None
when it could not open (the reason has been shown to the user).
"""
from PySide6.QtWidgets import QWidget

from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.window_placement import bring_forward, fit_to_screen

_check_in_windows: dict[int, QWidget] = {}


def open_check_in(session_id: int, parent: QWidget | None = None) -> QWidget | None:
    """Show the check-in window for ``session_id`` (one window per session)."""
    existing = _check_in_windows.get(session_id)
    if existing is not None:
        bring_forward(existing)
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
    fit_to_screen(window, 1280, 800)
    bring_forward(window)
    return window
