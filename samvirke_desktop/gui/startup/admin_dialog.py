"""The first administrator of a new database: full name, username, password twice.

Saving creates the account and logs in with it, so the person who set the database up is
the one the change log names from the first change on.
"""
from PySide6.QtWidgets import QWidget

from samvirke_desktop.domain.team import users
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
