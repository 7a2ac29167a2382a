"""Unexpected errors: written to the log and shown in a dialog with details to copy.

Expected errors (``SamvirkeError``) that reach the top are shown as a plain message instead.
"""
import logging
import platform
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from samvirke_desktop import __version__
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices

log = logging.getLogger(__name__)

_showing = False  # a second crash while the dialog is open only goes to the log


def format_details(exc_type, exc, tb) -> str:
    """Version information and the traceback, as the user copies them to whoever helps."""
    import PySide6

    lines = [
        f"Samvirke {__version__}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        # The form is loaded only when something has gone wrong: start-up stays light.
        from samvirke_desktop.gui.forms.ui_crash_dialog import Ui_CrashDialog

        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.ui.detailsEdit.setAccessibleName(self.tr("Detaljer om feilen"))
        self.ui.detailsEdit.setPlainText(details)
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.quitButton.clicked.connect(self.quit_program)

    def details(self) -> str:
        return self.ui.detailsEdit.toPlainText()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.ui.copiedLabel.setText(self.tr("Kopiert."))

    def quit_program(self) -> None:
        self.reject()
        QCoreApplication.exit(1)


def handle_exception(exc_type, exc, tb) -> None:
    """The body of ``sys.excepthook``: never lets an error pass silently, never shows a traceback
    for an expected error."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow() if QApplication.instance() else None
    if isinstance(exc, SamvirkeError):
        log.warning("%s: %s", type(exc).__name__, exc.message)
        notices.show_expected_error(parent, exc)
        return
    log.error("Uventet feil", exc_info=(exc_type, exc, tb))
    if _showing or not notices.dialogs_enabled() or QApplication.instance() is None:
        return
    _showing = True
    try:
        CrashDialog(format_details(exc_type, exc, tb), parent).exec()
    finally:
        _showing = False


def install_excepthook():
    """Route uncaught exceptions (also those raised in Qt slots) to ``handle_exception``."""
    previous = sys.excepthook
    sys.excepthook = handle_exception
    return previous
