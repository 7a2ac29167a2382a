"""Before a plain team database is encrypted in place: what will happen, who must close
Samvirke first, and the administrator's password (which will open the file from then on)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.team import users
from samvirke_desktop.errors import SamvirkeError


class EncryptDialog(QDialog):
    """Accepted with the password checked; ``take_password()`` hands it on once."""

    def __init__(self, database_name: str, username: str, open_elsewhere: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._username = username
        self._password: str | None = None
        self.setWindowTitle(self.tr("Krypter databasen – Samvirke"))
        self.setModal(True)
        self.setMinimumSize(600, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Krypter «{name}»").format(name=database_name), self)
        heading.setProperty("class", "dialogHeading")
        layout.addWidget(heading)
        for text in (
                self.tr("Samvirke lager en kryptert kopi av databasen, sammenligner den med "
                        "originalen rad for rad, og lar kopien ta originalens plass. "
                        "Sikkerhetskopiene ved siden av blir kryptert på samme måte. Ingen "
                        "ukryptert kopi blir liggende igjen."),
                self.tr("Kollegene må lukke Samvirke på sine PC-er før du begynner. Mens "
                        "krypteringen pågår, kan ingen lagre."),
                self.tr("Etterpå er det bare du som kan logge inn. Alle andre brukere får et "
                        "nytt passord av deg under Innstillinger → Brukere. Du får også en "
                        "gjenopprettingskode som du skal skrive ned og låse inne.")):
            label = QLabel(text, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.open_label = QLabel(self)
        self.open_label.setWordWrap(True)
        self.open_label.setProperty("class", "warningBanner")
        if open_elsewhere:
            self.open_label.setText(self.tr(
                "Databasen er åpen på {pcs} nå. Be dem lukke Samvirke først.").format(
                    pcs=", ".join(open_elsewhere)))
        else:
            self.open_label.hide()
        layout.addWidget(self.open_label)
        form = QFormLayout()
        label = QLabel(self.tr("&Passordet ditt ({username})").format(username=username), self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.try_accept)
        label.setBuddy(self.password_edit)
        form.addRow(label, self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setProperty("class", "errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.encrypt_button = QPushButton(self.tr("&Krypter databasen"), self)
        self.encrypt_button.setProperty("class", "primary")
        self.encrypt_button.setDefault(True)
        self.encrypt_button.clicked.connect(self.try_accept)
        cancel = QPushButton(self.tr("Avbryt"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.password_edit.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def try_accept(self) -> bool:
        """Check the password against the account: it will be what opens the file."""
        password = self.password_edit.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            users.verify_own_password(password)
        except SamvirkeError as exc:
            self.password_edit.clear()
            self.error_label.setText(exc.message)
            self.error_label.show()
            self.password_edit.setFocus()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._password = password
        self.accept()
        return True

    def take_password(self) -> str:
        password, self._password = self._password or "", None
        return password
