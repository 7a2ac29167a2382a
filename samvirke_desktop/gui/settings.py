"""Per-user settings of this PC (window size, dismissed hints), kept by QSettings.

Team-wide settings live in the shared database instead (``db.models.Setting``).
"""
from PySide6.QtCore import QSettings

from samvirke_desktop import APP_NAME, ORG_NAME

MAIN_WINDOW_GEOMETRY = "main_window/geometry"
MAIN_WINDOW_STATE = "main_window/state"


def settings() -> QSettings:
    # An ini file on every platform: easy to read, easy to reset, and tests can move it
    # with QSettings.setPath.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
