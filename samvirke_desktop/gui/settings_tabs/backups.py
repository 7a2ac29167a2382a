"""Sikkerhetskopi: where the team's backups go, when the last one was taken, and the buttons
for taking one now or restoring (administrators only)."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui import database_files, notices
from samvirke_desktop.gui.icons import symbol


class BackupTab(QWidget):
    follows_colleagues = True

    @staticmethod
    def allowed() -> bool:
        from samvirke_desktop.domain.team.permissions import MANAGE_BACKUPS, can

        return can(MANAGE_BACKUPS)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("class", "note")
        outer.addWidget(self.intro)

        form = QFormLayout()
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Mappe for sikkerhetskopier"))
        browse = QPushButton(symbol("mdi6.folder-outline"), self.tr("&Velg mappe…"), self)
        browse.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("&Ved databasen"), self)
        self.default_button.setToolTip(self.tr("Bruk mappen ved siden av databasefilen"))
        self.default_button.clicked.connect(lambda: self.folder_edit.clear())
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.default_button)
        folder_label = QLabel(self.tr("&Mappe"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        self.folder_error = QLabel(self)
        self.folder_error.setProperty("class", "fieldError")
        self.folder_error.setWordWrap(True)
        self.folder_error.hide()
        form.addRow("", self.folder_error)
        self.last_label = QLabel(self)
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        last_caption = QLabel(self.tr("Siste kopi"), self)
        form.addRow(last_caption, self.last_label)
        outer.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Lagre mappevalget"), self)
        self.save_button.clicked.connect(self.save)
        self.backup_button = QPushButton(symbol("mdi6.content-save-all-outline", color="white",
                                                active_color="white"),
                                         self.tr("&Ta sikkerhetskopi nå"), self)
        self.backup_button.setProperty("class", "primary")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(symbol("mdi6.backup-restore"),
                                          self.tr("&Gjenopprett…"), self)
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Sikkerhetskopi")

    def location(self) -> str | None:
        """The database file shown in the window ('' for a server database)."""
        opened = getattr(self.window(), "opened", None)
        if opened is not None:
            return opened.location if opened.is_sqlite else ""
        return database_files.bound_location()

    def refresh(self) -> None:
        location = self.location()
        on_server = not location
        for widget in (self.folder_edit, self.default_button, self.save_button,
                       self.backup_button, self.restore_button):
            widget.setEnabled(not on_server)
        if on_server:
            self.intro.setText(self.tr(
                "Databasen ligger på en databasetjener. Den sikkerhetskopieres av den som driver "
                "tjeneren (for eksempel kommunens IT), ikke av Samvirke."))
            self.last_label.setText("–")
            return
        plan = backups.backup_plan(location)
        self.intro.setText(self.tr(
            "Samvirke tar en kontrollert kopi av databasen når den siste er mer enn et døgn "
            "gammel, mens dere jobber. Den beholder én kopi for hver av de siste 7 dagene, "
            "4 ukene og 12 månedene, men ingen eldre enn {months} måneder (reglene for sletting "
            "under Personvern). Velg gjerne en mappe på en annen disk enn databasen, så en "
            "ødelagt disk ikke tar begge.").format(months=plan.max_age_months))
        if not self.folder_edit.hasFocus():
            self.folder_edit.setText(backups.chosen_folder())
        self.folder_edit.setPlaceholderText(str(backups.default_folder(Path(location))))
        newest = backups.last_backup(plan)
        if newest is None:
            text = self.tr("Ingen kopi ennå i «{folder}».").format(folder=plan.folder)
        else:
            text = self.tr("{day} kl. {time} – {path}").format(
                day=date_no(newest.taken_at.date()), time=f"{newest.taken_at:%H.%M}",
                path=newest.path)
        if plan.note:
            text += "\n" + plan.note
        self.last_label.setText(text)

    def choose_folder(self) -> None:
        if not notices.dialogs_enabled():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Velg mappe for sikkerhetskopier"),
            self.folder_edit.text() or str(Path.home()))
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> bool:
        self.folder_error.hide()
        try:
            backups.set_backup_folder(self.folder_edit.text())
        except ValidationError as exc:
            self.folder_error.setText(exc.field_errors.get("folder", exc.message))
            self.folder_error.show()
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.refresh()
        return True

    def backup_now(self) -> None:
        window = self.window()
        if hasattr(window, "backup_now"):
            if window.backup_now():
                window.backup_runner.finished.connect(self._after_backup)
            return
        try:
            backups.take_backup_now(self.location())
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
        self.refresh()

    def _after_backup(self, _path) -> None:
        self.window().backup_runner.finished.disconnect(self._after_backup)
        self.refresh()

    def restore(self) -> None:
        window = self.window()
        if hasattr(window, "restore_backup"):
            window.restore_backup()

