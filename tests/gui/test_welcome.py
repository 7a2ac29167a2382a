"""First run: an empty default database greets the user with the welcome panel."""
import pytest
from PySide6.QtCore import Qt

from samvirke_desktop import paths
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import Resident
from samvirke_desktop.gui.main_window import MainWindow
from samvirke_desktop.gui.settings import WELCOME_DISMISSED, settings


@pytest.fixture
def default_window(qtbot):
    opened = connection.open_database(None)  # the embedded default, in the test's data folder
    assert opened.location == str(paths.default_database_path())
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    return win


def test_welcome_panel_on_empty_default_database(default_window):
    page = default_window.pages["overview"]
    assert page.welcome_visible()
    assert page.welcome.ui.demoButton.text() == "Åpne en demodatabase"
    assert page.welcome.ui.emptyButton.text() == "Start med tom database"


def test_no_welcome_on_a_named_empty_database(qtbot, database):
    win = MainWindow(database)
    qtbot.addWidget(win)
    assert not win.pages["overview"].welcome_visible()


def test_no_welcome_when_the_default_database_has_residents(qtbot):
    opened = connection.open_database(None)
    Resident.create(first_name="Amina")
    win = MainWindow(opened)
    qtbot.addWidget(win)
    assert not win.pages["overview"].welcome_visible()


def test_start_empty_hides_the_welcome_for_good(qtbot, default_window):
    page = default_window.pages["overview"]
    page.welcome.ui.emptyButton.click()
    assert not page.welcome_visible()
    assert page.dashboard.isVisible()
    assert settings().value(WELCOME_DISMISSED, False, type=bool)
    again = MainWindow(default_window.opened)
    qtbot.addWidget(again)
    assert not again.pages["overview"].welcome_visible()


def test_demo_button_makes_and_opens_the_demo_database(qtbot, default_window, monkeypatch):
    from samvirke_desktop.domain import demo_data

    made = []
    real_write = demo_data.write_demo_database

    def write_small(path, seed=2026):
        made.append((path, seed))
        return real_write(path, seed=seed)

    monkeypatch.setattr(demo_data, "write_demo_database", write_small)
    page = default_window.pages["overview"]
    qtbot.mouseClick(page.welcome.ui.demoButton, Qt.MouseButton.LeftButton)
    demo = paths.user_data_dir() / "demo.db"
    assert made == [(demo, 2026)]
    assert default_window.windowTitle() == "Samvirke – demo.db"
    overview = default_window.pages["overview"]
    assert not overview.welcome_visible()
    assert int(overview.cards["residents"].value_text().replace("\u00a0", "")) > 0
    # A second visit opens the same file without making it again.
    default_window.switch_to(str(paths.default_database_path()), create=False)
    default_window.open_demo_database()
    assert len(made) == 1
    assert default_window.windowTitle() == "Samvirke – demo.db"
