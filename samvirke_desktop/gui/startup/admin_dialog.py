"""The first administrator of a new database: full name, username, password twice.

Saving creates the account and logs in with it, so the person who set the database up is
the one the change log names from the first change on.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.errors import ValidationError
from samvirke_desktop.gui.forms.ui_admin_form import Ui_AdminForm
from samvirke_desktop.gui.record_dialog import RecordDialog


class CreateAdminDialog(RecordDialog):
    def __init__(self, parent: QWidget | None = None):
        self.who = None
        super().__init__(None, parent)
        self.setWindowTitle(self.tr("Lag administrator – Samvirke"))
        self.save_button.setText(self.tr("&Lag administrator"))
        self.save_button.setToolTip(self.tr("Lag administratoren og logg inn (Ctrl+S)"))
        self.resize(580, 520)
        self.cancel_button.setText(self.tr("Senere"))
        self.cancel_button.setToolTip(self.tr(
            "Uten brukere kan alle som åpner databasen, se og endre alt. Du kan lage "
            "administratoren senere under Innstillinger → Brukere."))

    def setup_form(self, body: QWidget) -> None:
        self.ui = Ui_AdminForm()
        self.ui.setupUi(body)

    def field_widgets(self):
        return {"full_name": self.ui.fullNameEdit, "username": self.ui.usernameEdit,
                "password": self.ui.passwordEdit, "password_repeat": self.ui.repeatEdit}

    def required_fields(self):
        return {"full_name", "username", "password", "password_repeat"}

    def fill(self, values: dict) -> None:
        self.ui.fullNameEdit.setText(values.get("full_name", ""))
        self.ui.usernameEdit.setText(values.get("username", ""))
        self.ui.passwordEdit.setText(values.get("password", ""))
        self.ui.repeatEdit.setText(values.get("password_repeat", ""))

    def values(self) -> dict:
        return {"full_name": self.ui.fullNameEdit.text(), "username": self.ui.usernameEdit.text(),
                "password": self.ui.passwordEdit.text(),
                "password_repeat": self.ui.repeatEdit.text()}

    def save(self, values: dict, record_id, version) -> int:
        if values["password"] != values["password_repeat"]:
            raise ValidationError({"password_repeat": self.tr(
                "Passordene er ikke like. Skriv det samme passordet to ganger.")})
        user = users.create_first_admin(values["username"], values["password"],
                                        values["full_name"])
        self.who = users.log_in(values["username"], values["password"])
        return user.id


class EncryptedAdminDialog(CreateAdminDialog):
    """The administrator of a new encrypted database, made with it: the file cannot be opened
    without an account, so there is no «Senere». ``make(full_name, username, password)`` makes
    the database, its administrator and the log-in, and returns the recovery code, kept in
    ``recovery_code`` for the window to show once."""

    def __init__(self, database_name: str, make, parent: QWidget | None = None):
        self._make = make
        self.recovery_code: str | None = None
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny kryptert database – Samvirke"))
        self.ui.introLabel.setText(self.tr(
            "Databasen «{name}» blir kryptert: bare de som har en brukerkonto, kan åpne den. "
            "Du blir administrator: du legger til kollegene, gir dem roller og passord, og tar "
            "vare på sikkerhetskopiene. Etterpå får du en gjenopprettingskode å skrive ned, "
            "for den dagen ingen administrator husker passordet sitt.").format(
                name=database_name))
        self.save_button.setText(self.tr("&Lag databasen"))
        self.save_button.setToolTip(self.tr("Lag den krypterte databasen og administratoren, "
                                            "og logg inn (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Avbryt"))
        self.cancel_button.setToolTip(self.tr("Ingen database blir laget"))

    def save(self, values: dict, record_id, version) -> int:
        if values["password"] != values["password_repeat"]:
            raise ValidationError({"password_repeat": self.tr(
                "Passordene er ikke like. Skriv det samme passordet to ganger.")})
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.recovery_code = self._make(values["full_name"], values["username"],
                                            values["password"])
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.who = actor.current()
        return self.who.user_id or 0
