"""Editing an account (Innstillinger → Brukere): name, username, role, activities led, and a
new password set by an administrator."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from samvirke_desktop.db.models import USER_ROLES
from samvirke_desktop.domain.activities.activity_list import list_activities
from samvirke_desktop.domain.team import users
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.errors import ValidationError
from samvirke_desktop.gui.forms.ui_password_form import Ui_PasswordForm
from samvirke_desktop.gui.forms.ui_user_form import Ui_UserForm
from samvirke_desktop.gui.record_dialog import RecordDialog


class UserDialog(RecordDialog):
    """A new account (``record_id`` None) or an existing one."""

    def setup_form(self, body: QWidget) -> None:
        self.ui = Ui_UserForm()
        self.ui.setupUi(body)
        for role in USER_ROLES:
            self.ui.roleCombo.addItem(label_text(users.role_label(role)), role)
        self.ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        for row in list_activities():
            item = QListWidgetItem(row.name, self.ui.activitiesList)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        is_new = self.record_id is None
        self.setWindowTitle(self.tr("Ny bruker") if is_new else self.tr("Endre bruker"))
        self.ui.usernameEdit.setReadOnly(not is_new)
        for widget in (self.ui.passwordLabel, self.ui.passwordEdit, self.ui.repeatLabel,
                       self.ui.repeatEdit):
            widget.setVisible(is_new)
        self.ui.activeLabel.setVisible(not is_new)
        self.ui.activeCheck.setVisible(not is_new)
        self.resize(560, 520)

    def field_widgets(self):
        return {"full_name": self.ui.fullNameEdit, "username": self.ui.usernameEdit,
                "role": self.ui.roleCombo, "password": self.ui.passwordEdit,
                "password_repeat": self.ui.repeatEdit, "active": self.ui.activeCheck,
                "activities": self.ui.activitiesList}

    def required_fields(self):
        required = {"full_name", "username", "role"}
        if self.record_id is None:
            required |= {"password", "password_repeat"}
        return required

    def new_values(self) -> dict:
        return {"full_name": "", "username": "", "role": "coordinator", "password": "",
                "password_repeat": "", "active": True, "activities": []}

    def read(self, record_id: int):
        row = users.get_user(record_id)
        return ({"full_name": row.full_name, "username": row.username, "role": row.role,
                 "password": "", "password_repeat": "", "active": row.active,
                 "activities": sorted(row.led_activity_ids)}, row.version)

    def fill(self, values: dict) -> None:
        self.ui.fullNameEdit.setText(values["full_name"])
        self.ui.usernameEdit.setText(values["username"])
        index = self.ui.roleCombo.findData(values["role"])
        self.ui.roleCombo.setCurrentIndex(max(index, 0))
        self.ui.passwordEdit.setText(values["password"])
        self.ui.repeatEdit.setText(values["password_repeat"])
        self.ui.activeCheck.setChecked(values["active"])
        wanted = set(values["activities"])
        for row in range(self.ui.activitiesList.count()):
            item = self.ui.activitiesList.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)
        self._role_changed()

    def values(self) -> dict:
        checked = [self.ui.activitiesList.item(row).data(Qt.ItemDataRole.UserRole)
                   for row in range(self.ui.activitiesList.count())
                   if self.ui.activitiesList.item(row).checkState() == Qt.CheckState.Checked]
        return {"full_name": self.ui.fullNameEdit.text(), "username": self.ui.usernameEdit.text(),
                "role": self.ui.roleCombo.currentData(), "password": self.ui.passwordEdit.text(),
                "password_repeat": self.ui.repeatEdit.text(),
                "active": self.ui.activeCheck.isChecked(), "activities": sorted(checked)}

    def role_help(self) -> dict[str, str]:
        return {
            "admin": self.tr("Alt, også brukere, sikkerhetskopier, endringsloggen og "
                             "innstillingene."),
            "coordinator": self.tr("Alle registre, aktiviteter, oppmøte og søknader."),
            "activity_leader": self.tr("Samlinger, oppmøte og deltakere i aktivitetene som er "
                                       "krysset av nedenfor. Ser ikke søknadene."),
            "grant_writer": self.tr("Søknader, statistikk og rapporter til tilskuddsgivere. Ser "
                                    "ingen lister med navn på beboere."),
        }

    def _role_changed(self, *_args) -> None:
        role = self.ui.roleCombo.currentData()
        self.ui.roleHelpLabel.setText(self.role_help().get(role, ""))
        leads = role == "activity_leader"
        self.ui.activitiesLabel.setVisible(leads)
        self.ui.activitiesList.setVisible(leads)

    def passwords_differ(self) -> str:
        return self.tr("Passordene er ikke like. Skriv det samme passordet to ganger.")

    def save(self, values: dict, record_id, version) -> int:
        activities = values["activities"] if values["role"] == "activity_leader" else []
        if record_id is None:
            errors = {}
            if not values["full_name"].strip():
                errors["full_name"] = self.tr("Skriv hele navnet.")
            if values["password"] != values["password_repeat"]:
                errors["password_repeat"] = self.passwords_differ()
            if errors:
                raise ValidationError(errors)
            user = users.create_user(values["username"], values["password"], values["role"],
                                     values["full_name"], led_activity_ids=activities)
            return user.id
        users.update_user(record_id, version, full_name=values["full_name"], role=values["role"],
                          active=values["active"])
        users.set_led_activities(record_id, activities)
        return record_id


class PasswordDialog(RecordDialog):
    """A new password: an administrator's for a colleague who has forgotten theirs (it also
    lifts the wait after wrong tries), or ``own`` for the logged-in user, who types the present
    one first."""

    def __init__(self, record_id: int | None, parent: QWidget | None = None, *,
                 own: bool = False):
        self.own = own
        super().__init__(record_id, parent)

    def setup_form(self, body: QWidget) -> None:
        self.ui = Ui_PasswordForm()
        self.ui.setupUi(body)
        self.setWindowTitle(self.tr("Endre passordet ditt") if self.own
                            else self.tr("Nytt passord"))
        self.ui.currentLabel.setVisible(self.own)
        self.ui.currentEdit.setVisible(self.own)
        self.resize(500, 320)

    def field_widgets(self):
        widgets = {"password": self.ui.passwordEdit, "password_repeat": self.ui.repeatEdit}
        if self.own:
            widgets["current_password"] = self.ui.currentEdit
        return widgets

    def required_fields(self):
        return set(self.field_widgets())

    def read(self, record_id: int):
        if self.own:
            self.ui.introLabel.setText(self.tr(
                "Skriv passordet du har nå, og deretter det nye to ganger."))
            return self.new_values(), 0
        row = users.get_user(record_id)
        self.ui.introLabel.setText(self.tr(
            "Nytt passord for {name} ({username}). Gi det til vedkommende muntlig eller på "
            "telefon, ikke på e-post.").format(name=row.display_name, username=row.username))
        return self.new_values(), row.version

    def new_values(self) -> dict:
        return {name: "" for name in self.field_widgets()}

    def fill(self, values: dict) -> None:
        for name, widget in self.field_widgets().items():
            widget.setText(values.get(name, ""))

    def values(self) -> dict:
        return {name: widget.text() for name, widget in self.field_widgets().items()}

    def save(self, values: dict, record_id, version) -> int:
        if values["password"] != values["password_repeat"]:
            raise ValidationError({"password_repeat": self.tr(
                "Passordene er ikke like. Skriv det samme passordet to ganger.")})
        if self.own:
            users.change_own_password(values["current_password"], values["password"])
        else:
            users.reset_password(record_id, values["password"])
        return record_id
