"""Hjelp → Om Samvirke: version, what it is for, and which database is open."""
from PySide6.QtWidgets import QDialog, QWidget

from samvirke_desktop import __version__
from samvirke_desktop.db.schema import LATEST_VERSION
from samvirke_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from samvirke_desktop.gui.icons import app_icon

MINIMUM_WIDTH, MINIMUM_HEIGHT = 460, 260


class AboutDialog(QDialog):
    def __init__(self, database_location: str, log_file: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)  # settled size limits, also offscreen
        self.ui.iconLabel.setPixmap(app_icon().pixmap(64, 64))
        # The program's version comes from one place: the package metadata (pyproject.toml).
        self.ui.versionLabel.setText(self.tr("Versjon {version} · databaseskjema {schema}").format(
            version=__version__, schema=LATEST_VERSION))
        self.ui.databaseLabel.setText(
            self.tr("Databasen som er åpen: {location}").format(location=database_location))
        self.ui.logLabel.setText(
            self.tr("Loggfil: {path}").format(path=log_file) if log_file else "")
        self.ui.logLabel.setVisible(bool(log_file))
        close = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Close)
        close.setText(self.tr("Lukk"))
