"""GUI tests: settings in a temporary folder, dialogs turned into log lines."""
import pytest
from PySide6.QtCore import QSettings

from samvirke_desktop.gui import notices
from tests.gui import sample_data


@pytest.fixture(autouse=True)
def _gui_isolation(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    notices.set_dialogs_enabled(False)
    yield
    notices.set_dialogs_enabled(True)


@pytest.fixture
def filled_database(database):
    """The ``database`` fixture with a small team's data in it."""
    expected = sample_data.fill()
    return database, expected
