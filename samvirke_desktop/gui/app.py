"""Starting the program window: application, log file, crash handling, and the database."""
import logging
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from samvirke_desktop import APP_NAME, ORG_NAME, __version__
from samvirke_desktop.gui import language
from samvirke_desktop.gui.crash import handle_exception, install_excepthook
from samvirke_desktop.gui.icons import app_icon
from samvirke_desktop.gui.logging_setup import setup_logging
from samvirke_desktop.gui.shipped_fonts import add_shipped_fonts

log = logging.getLogger(__name__)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode, context, message):
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), message)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("samvirke")
    app.setWindowIcon(app_icon())
    add_shipped_fonts()  # names in scripts the PC may have no font for
    language.start(app)  # translations, date/number formats, text size, light or dark
    return app


def run_gui(database: str | None = None) -> int:
    """The program window on ``database`` (a file or URL; None: the usual one). Exit code."""
    setup_logging()
    log.info("Samvirke %s starter", __version__)
    app = create_application()
    qInstallMessageHandler(_qt_message)
    install_excepthook()

    from samvirke_desktop.db import connection
    from samvirke_desktop.gui import database_files, file_check, startup_probe
    from samvirke_desktop.gui.startup.opening import open_at_start

    try:
        # Only the embedded default database is made without asking; a named file that is
        # missing is more likely a disconnected network drive than a wish for a new database.
        started = open_at_start(database)
        if started is None:
            log.info("Ingen database ble åpnet; avslutter")
            return 1
        from samvirke_desktop.gui.main_window import MainWindow

        window = MainWindow(started.opened, welcome=started.welcome,
                            first_page_after_painting=True)
        startup_probe.watch(window)  # SAMVIRKE_STARTUP_PROBE: the benchmark's start-up time
        window.show()
        database_files.show_notes(started.notes, window)
        window.start()  # the login dialog, or the day's backup
        file_check.check_later(window)  # the file's quick check, once the window is shown
    except Exception:  # noqa: BLE001 - a bug at start-up still gets the crash dialog and the log
        handle_exception(*sys.exc_info())
        return 1
    try:
        return app.exec()
    finally:
        connection.close_database()
        log.info("Samvirke avsluttet")
