"""Activities: the activity form, its sessions window, and the session and schedule forms.

    open_activity(activity_id | None, parent) -> the activity form (None: a new activity)
    open_sessions(activity_id, parent) -> the Samlinger window of one activity

``open_sessions`` keeps one window per activity and brings it forward when already open.
"""
from PySide6.QtWidgets import QWidget

from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.window_placement import bring_forward, fit_to_screen

_session_windows: dict[int, QWidget] = {}


def open_sessions(activity_id: int, parent: QWidget | None = None) -> QWidget | None:
    """Show the sessions of ``activity_id``; None when it could not be read (told the user)."""
    existing = _session_windows.get(activity_id)
    if existing is not None:
        bring_forward(existing)
        existing.refresh()
        return existing
    from samvirke_desktop.gui.activities.sessions_window import ActivitySessionsWindow

    try:
        window = ActivitySessionsWindow(activity_id, parent)
    except SamvirkeError as exc:
        notices.show_expected_error(parent, exc)
        return None
    if window.summary is None:  # the activity could not be read; the reason was shown
        window.deleteLater()
        return None
    _session_windows[activity_id] = window
    window.destroyed.connect(lambda *_: _session_windows.pop(activity_id, None))
    fit_to_screen(window, 1180, 760)
    bring_forward(window)
    return window


def open_activity(activity_id: int | None, parent: QWidget | None = None):
    """Open the activity form (modal); returns the dialog after it closed, or None."""
    from samvirke_desktop.gui.activities.activity_dialog import ActivityDialog

    try:
        dialog = ActivityDialog(activity_id, parent, open_sessions=open_sessions)
    except SamvirkeError as exc:
        notices.show_expected_error(parent, exc)
        return None
    dialog.exec()
    return dialog
