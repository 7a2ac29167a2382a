"""Installer tests: per-user settings in a temporary folder, dialogs turned into log lines."""
import pytest
from PySide6.QtCore import QSettings

from samvirke_desktop.gui import notices


@pytest.fixture(autouse=True)
def _settings_elsewhere(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    notices.set_dialogs_enabled(False)
    yield
    notices.set_dialogs_enabled(True)
