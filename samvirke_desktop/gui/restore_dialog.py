"""Fil → Gjenopprett: pick one of the team's backups (newest first) or any copy on disk."""
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.models.base import RowTableModel


def taken_text(taken) -> str:
    return f"{date_no(taken.date())} kl. {taken:%H.%M}"


class BackupTableModel(RowTableModel):
    COL_TAKEN, COL_NAME, COL_FOLDER = range(3)

    def headers(self):
        return [self.tr("Tatt"), self.tr("Fil"), self.tr("Mappe")]

    def display(self, row, column):
        if column == self.COL_TAKEN:
            return taken_text(row.taken_at)
        if column == self.COL_NAME:
            return row.path.name
        if column == self.COL_FOLDER:
            return str(row.path.parent)
        return ""

    def sort_value(self, row, column):
        if column == self.COL_TAKEN:
            return row.taken_at.isoformat()
        return super().sort_value(row, column)


class RestoreDialog(QDialog):
    """``chosen_path`` holds the copy to restore once accepted."""

    def __init__(self, backups: list, database_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gjenopprett fra sikkerhetskopi"))
        self.setMinimumSize(620, 380)
        self.chosen_path: Path | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Hvilken kopi skal erstatte «{name}»?").format(name=database_name),
                         self)
        heading.setProperty("class", "dialogHeading")
        layout.addWidget(heading)
        note = QLabel(self.tr(
            "Det som er lagret etter at kopien ble tatt, går tapt. Samvirke tar først en kopi av "
            "databasen slik den er nå, så gjenopprettingen kan angres. Mens det pågår, kan ingen "
            "andre PC-er lagre."), self)
        note.setWordWrap(True)
        note.setProperty("class", "note")
        layout.addWidget(note)
        self.model = BackupTableModel(self)
        self.model.set_rows(backups)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Sikkerhetskopier"))
        self.view.doubleClicked.connect(lambda _index: self.choose_selected())
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("Fant ingen sikkerhetskopier i mappene Samvirke bruker. "
                                          "Velg en kopi med «Velg en annen fil…»."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not backups)
        layout.addWidget(self.empty_label)
        if backups:
            self.view.selectRow(0)
        buttons = QHBoxLayout()
        other = QPushButton(self.tr("Velg en &annen fil…"), self)
        other.clicked.connect(self.choose_file)
        buttons.addWidget(other)
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("&Gjenopprett"), self)
        self.restore_button.setProperty("class", "primary")
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self.choose_selected)
        cancel = QPushButton(self.tr("Avbryt"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def choose_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.chosen_path = self.model.row_at(index.row()).path
        self.accept()

    def choose_file(self) -> None:
        if not notices.dialogs_enabled():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Velg sikkerhetskopi"), str(Path.home()),
                                              self.tr("Samvirke-database (*.db);;Alle filer (*)"))
        if path:
            self.chosen_path = Path(path)
            self.accept()


def ask_for_backup(backups: list, database_name: str, parent: QWidget | None) -> Path | None:
    if not notices.dialogs_enabled():
        return None
    dialog = RestoreDialog(backups, database_name, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen_path
    return None
