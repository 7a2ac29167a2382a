"""Starting the program: application names, the log file, and run_gui from start to exit."""
import logging
import logging.handlers
import sys

import pytest
from PySide6.QtWidgets import QApplication

from samvirke_desktop import __version__, paths
from samvirke_desktop.db import connection
from samvirke_desktop.gui import app as gui_app
from samvirke_desktop.gui import crash, logging_setup


@pytest.fixture
def restore_hooks():
    """run_gui installs the crash hook and a Qt message handler; put back the test runner's."""
    from PySide6.QtCore import qInstallMessageHandler

    previous_hook = sys.excepthook
    previous_handler = qInstallMessageHandler(None)
    qInstallMessageHandler(previous_handler)
    yield
    sys.excepthook = previous_hook
    qInstallMessageHandler(previous_handler)


@pytest.fixture(autouse=True)
def _no_root_handler_left():
    yield
    if logging_setup._handler is not None:
        logging.getLogger().removeHandler(logging_setup._handler)
        logging_setup._handler.close()
        logging_setup._handler = None


def test_application_has_names_version_and_icon(qapp):
    app = gui_app.create_application([])
    assert app is qapp
    assert app.applicationName() == "Samvirke"
    assert app.organizationName() == "Samvirke"
    assert app.applicationVersion() == __version__
    assert not app.windowIcon().isNull()
    assert paths.resource("icons", "samvirke.svg").exists()


def test_log_file_rotates_at_one_megabyte(tmp_path):
    path = logging_setup.setup_logging(tmp_path)
    assert path == tmp_path / "samvirke.log"
    handler = logging_setup._handler
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5
    logging.getLogger("samvirke_desktop.test").warning("Åpnet «Kvartal 5»")
    handler.flush()
    assert "Åpnet «Kvartal 5»" in path.read_text(encoding="utf-8")
    assert logging_setup.current_log_file() == path
    # Twice does not log every line twice.
    logging_setup.setup_logging(tmp_path)
    logging.getLogger("samvirke_desktop.test").warning("én gang")
    logging_setup._handler.flush()
    assert path.read_text(encoding="utf-8").count("én gang") == 1


def test_run_gui_on_a_non_database_explains_and_exits(qapp, restore_hooks, tmp_path):
    not_a_database = tmp_path / "regneark.db"
    not_a_database.write_bytes(b"PK\x03\x04 ikke en database")
    assert gui_app.run_gui(str(not_a_database)) == 1
    log_text = (paths.user_log_dir() / "samvirke.log").read_text(encoding="utf-8")
    assert "«regneark.db» er ikke en Samvirke-database" in log_text
    assert "Traceback" not in log_text


def test_run_gui_opens_the_window_and_quits(qapp, restore_hooks, db_path, monkeypatch):
    connection.open_database(db_path, create=True)
    connection.close_database()
    seen = []

    def look_instead_of_event_loop(app):
        # A real event loop ended by quit() leaves Qt's timers dead for the tests after it.
        from samvirke_desktop.gui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w.windowTitle() for w in windows if w.isVisible())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look_instead_of_event_loop)
    assert gui_app.run_gui(str(db_path)) == 0
    assert seen == [f"Samvirke – {db_path.name}"]
    assert sys.excepthook is crash.handle_exception


def _look_at_windows(monkeypatch, seen):
    def look_instead_of_event_loop(app):
        from samvirke_desktop.gui.main_window import MainWindow

        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
            if window.isVisible():
                seen.append(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", look_instead_of_event_loop)


def test_run_gui_without_arguments_on_a_fresh_machine(qapp, restore_hooks, monkeypatch, qtbot):
    seen = []
    _look_at_windows(monkeypatch, seen)
    assert gui_app.run_gui(None) == 0
    window = seen[-1]
    qtbot.addWidget(window)
    # The embedded default database is made and open; the welcome screen lies over it.
    assert paths.default_database_path().exists()
    assert window.opened.location == str(paths.default_database_path())
    assert window.central.currentWidget() is window.welcome_panel
    assert window.windowTitle() == "Samvirke"


def test_run_gui_asks_who_is_working(qapp, restore_hooks, db_path, monkeypatch, qtbot):
    from samvirke_desktop.domain.team import users

    connection.open_database(db_path, create=True)
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    connection.close_database()
    seen = []
    _look_at_windows(monkeypatch, seen)
    assert gui_app.run_gui(str(db_path)) == 0
    window = seen[-1]
    qtbot.addWidget(window)
    assert window.central.currentWidget() is window.signed_out_panel
    assert window.login_dialog is not None and window.login_dialog.isVisible()
    assert window.pages == {}
