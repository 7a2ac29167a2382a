"""Where a new team database goes: on this PC, or in a folder the team shares.

The folder is looked at as soon as it is chosen: a network share is fine for several PCs, a
folder synchronised by OneDrive, Dropbox and the like is not (the warning says why), and a
local folder is only for one person.

Encryption is on by default: a new team database holds children's names, and the shared folder
is often open to more people than the team. Unticked, the database is plain, as before.
"""
import os
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from samvirke_desktop import paths
from samvirke_desktop.db import sharing
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.forms.ui_new_database_dialog import Ui_NewDatabaseDialog

DB_SUFFIX = ".db"


class NewDatabaseDialog(QDialog):
    """``chosen_path`` holds the new file once accepted.

    ``reusable``: a database file that may be chosen although it exists (the empty default
    database the program opened on first start).
    """

    def __init__(self, parent: QWidget | None = None, *, reusable: Path | None = None,
                 start_folder: str | None = None):
        super().__init__(parent)
        self.ui = Ui_NewDatabaseDialog()
        self.ui.setupUi(self)
        self.ui.folderEdit.setAccessibleName(self.tr("Mappe"))
        self.setMinimumSize(580, 580)  # room for a sync-folder warning and an error at once
        self.chosen_path: Path | None = None
        self._reusable = Path(reusable).absolute() if reusable else None
        self.ui.errorLabel.hide()
        self.ui.thisPcLabel.setText(self.tr("Filen legges i Samvirkes egen mappe: {folder}")
                                    .format(folder=self.local_folder()))
        if start_folder:
            self.ui.folderEdit.setText(start_folder)
        self.ui.thisPcRadio.toggled.connect(self._mode_changed)
        self.ui.folderEdit.textChanged.connect(self._describe_folder)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.createButton.clicked.connect(self.try_create)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.encryptCheck.toggled.connect(self._describe_encryption)
        self._mode_changed()
        self._describe_encryption()

    @property
    def encrypt(self) -> bool:
        return self.ui.encryptCheck.isChecked()

    def _describe_encryption(self, *_args) -> None:
        label = self.ui.encryptLabel
        if self.encrypt:
            label.setText(self.tr(
                "Bare de som har en brukerkonto, kan åpne en kryptert database, også om filen "
                "eller en sikkerhetskopi kommer på avveie. Du lager administratoren med en "
                "gang, og får en gjenopprettingskode å skrive ned."))
            label.setProperty("class", "note")
        else:
            label.setText(self.tr(
                "Uten kryptering kan alle som kan lese mappen, lese alt i databasen med et "
                "vanlig SQLite-verktøy."))
            label.setProperty("class", "warningBanner")
        label.style().unpolish(label)
        label.style().polish(label)

    @staticmethod
    def local_folder() -> Path:
        return paths.user_data_dir()

    def use_folder(self, folder: str) -> None:
        """Choose "a folder you pick" with ``folder`` (what Velg mappe… does)."""
        self.ui.folderRadio.setChecked(True)
        self.ui.folderEdit.setText(folder)

    def browse(self) -> None:
        if not notices.dialogs_enabled():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Velg mappen databasen skal ligge i"),
            self.ui.folderEdit.text() or str(Path.home()))
        if folder:
            self.use_folder(folder)

    def _mode_changed(self, *_args) -> None:
        in_folder = self.ui.folderRadio.isChecked()
        self.ui.folderEdit.setEnabled(in_folder)
        self.ui.browseButton.setEnabled(in_folder)
        self._describe_folder()

    def _describe_folder(self, *_args) -> None:
        text = self.location_text()
        label = self.ui.locationLabel
        label.setText(text)
        label.setVisible(bool(text))
        # A sync folder is a warning to heed, not a hint.
        label.setProperty("class", "errorBanner" if text.startswith("⚠") else "note")
        label.style().unpolish(label)
        label.style().polish(label)

    def location_text(self) -> str:
        """What the chosen folder means for sharing ('' for this PC's own folder)."""
        if not self.ui.folderRadio.isChecked():
            return ""
        folder = self.ui.folderEdit.text().strip()
        if not folder:
            return self.tr("Velg mappen. Skal flere på teamet bruke databasen, velg teamets "
                           "fellesdisk på kommunens nett.")
        if not Path(folder).expanduser().is_dir():
            return self.tr("Mappen finnes ikke. Sjekk at den delte mappen er tilkoblet.")
        location = sharing.location_of(Path(folder) / "samvirke.db")
        if location.kind == sharing.NETWORK:
            return self.tr("✓ Delt nettverksmappe ({service}). Kollegene kan åpne den samme "
                           "databasen herfra.").format(service=location.service)
        if location.kind == sharing.CLOUD_SYNC:
            return "⚠ " + location.notice
        return self.tr("Mappen ligger på denne PC-en, så bare du kan bruke databasen. Velg "
                       "teamets fellesdisk hvis flere skal bruke den.")

    def target_path(self) -> Path | None:
        name = self.ui.fileNameEdit.text().strip() or "samvirke.db"
        if not name.lower().endswith(DB_SUFFIX):
            name += DB_SUFFIX
        if self.ui.thisPcRadio.isChecked():
            return self.local_folder() / name
        folder = self.ui.folderEdit.text().strip()
        return Path(folder).expanduser().absolute() / name if folder else None

    def problem(self, path: Path | None) -> str:
        if path is None:
            return self.tr("Velg mappen databasen skal ligge i.")
        if any(sep in self.ui.fileNameEdit.text() for sep in ("/", "\\")):
            return self.tr("Filnavnet kan ikke inneholde / eller \\. Velg mappen med Velg mappe….")
        folder = path.parent
        if self.ui.thisPcRadio.isChecked():
            folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            return self.tr("Mappen «{folder}» finnes ikke. Sjekk at den delte mappen er "
                           "tilkoblet, eller velg en annen.").format(folder=folder)
        if not os.access(folder, os.W_OK):
            return self.tr("Du har ikke lov til å lage filer i «{folder}». Velg en annen mappe, "
                           "eller be om skrivetilgang.").format(folder=folder)
        if path.exists() and path.absolute() != self._reusable:
            return self.tr("«{name}» finnes allerede i mappen. Velg et annet filnavn, eller bruk "
                           "Fil → Åpne database for å åpne den.").format(name=path.name)
        return ""

    def try_create(self) -> bool:
        path = self.target_path()
        problem = self.problem(path)
        if problem:
            self.ui.errorLabel.setText(problem)
            self.ui.errorLabel.show()
            return False
        self.chosen_path = path
        self.accept()
        return True
