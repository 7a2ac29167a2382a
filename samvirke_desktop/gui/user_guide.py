"""Hjelp → Brukerveiledning: the user guide shipped in resources/guide, readable offline.

Shown in a window of its own beside the program (not modal, so one can read and work at once),
with a button that opens the same file in the web browser for printing.
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop import paths
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import app_icon, symbol

GUIDE_FILE = "brukerveiledning.html"
MINIMUM_WIDTH, MINIMUM_HEIGHT = 560, 420


def guide_path() -> Path:
    return paths.resource("guide", GUIDE_FILE)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brukerveiledning – Samvirke"))
        self.setWindowIcon(app_icon())
        # A fixed minimum keeps the window's size limits settled (and small screens served).
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        self.resize(760, 640)

        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Brukerveiledning"))
        self.browser.setOpenExternalLinks(True)
        path = guide_path()
        if path.is_file():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr(
                "Brukerveiledningen mangler i installasjonen ({path}). Installer Samvirke på "
                "nytt.").format(path=path))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        self.browser_button = QPushButton(symbol("mdi6.open-in-new"),
                                          self.tr("Åpne i &nettleseren"), self)
        self.browser_button.setToolTip(self.tr("Åpner veiledningen i nettleseren, der du kan "
                                               "skrive den ut."))
        self.browser_button.setEnabled(path.is_file())
        buttons.addButton(self.browser_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.browser_button.clicked.connect(self.open_in_browser)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def document_text(self) -> str:
        return self.browser.toPlainText()

    def open_in_browser(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path())))


def show_guide(parent: QWidget) -> GuideDialog:
    """Show the guide beside ``parent``; a second request brings the same window forward."""
    dialog = parent.findChild(GuideDialog)
    if dialog is None:
        dialog = GuideDialog(parent)
    if notices.dialogs_enabled():
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
    return dialog


def add_guide_action(menu: QMenu, window: QWidget) -> QAction:
    """Hjelp → Brukerveiledning (F1)."""
    text = QCoreApplication.translate("UserGuide", "&Brukerveiledning")
    action = QAction(symbol("mdi6.book-open-variant"), text, window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.triggered.connect(lambda: show_guide(window))
    menu.addAction(action)
    return action
