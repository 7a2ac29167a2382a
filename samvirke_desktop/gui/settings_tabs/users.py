"""Brukere: the team's accounts and roles (administrators only).

Add a colleague, change a role or name, give a new password, deactivate someone who has left
(their changes stay in the change log), and link activity leaders to their activities.
"""
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.users import UserTableModel
from samvirke_desktop.gui.table_columns import fit_columns


class UsersTab(QWidget):
    follows_colleagues = True  # a list: read again when a colleague saves

    @staticmethod
    def allowed() -> bool:
        from samvirke_desktop.domain.team.permissions import MANAGE_USERS, can

        return can(MANAGE_USERS)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dialog = None
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Alle på teamet logger inn med eget brukernavn. Rollen bestemmer "
                               "hva de ser og kan endre, og endringsloggen viser hvem som har "
                               "gjort hva."), self)
        intro.setWordWrap(True)
        intro.setProperty("class", "note")
        outer.addWidget(intro)

        self.no_users = QFrame(self)
        self.no_users.setProperty("class", "card")
        box = QHBoxLayout(self.no_users)
        box.setContentsMargins(16, 12, 16, 12)
        no_users_text = QLabel(self.tr(
            "Databasen har ingen brukere ennå, så alle som åpner den, kan se og endre alt. Lag "
            "en administrator først; deretter legger du til kollegene."), self.no_users)
        no_users_text.setWordWrap(True)
        self.create_admin_button = QPushButton(self.tr("&Lag administrator…"), self.no_users)
        self.create_admin_button.setProperty("class", "primary")
        self.create_admin_button.clicked.connect(self.create_admin)
        box.addWidget(no_users_text, 1)
        box.addWidget(self.create_admin_button)
        outer.addWidget(self.no_users)

        self.model = UserTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Brukere"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fitted = False
        self.view.activated.connect(lambda _index: self.edit_selected())
        outer.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(symbol("mdi6.account-plus-outline", color="white",
                                             active_color="white"), self.tr("&Ny bruker…"), self)
        self.new_button.setProperty("class", "primary")
        self.new_button.clicked.connect(self.new_user)
        self.edit_button = QPushButton(symbol("mdi6.account-edit-outline"),
                                       self.tr("&Endre…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.password_button = QPushButton(symbol("mdi6.form-textbox-password"),
                                           self.tr("Nytt &passord…"), self)
        self.password_button.clicked.connect(self.new_password)
        self.active_button = QPushButton(symbol("mdi6.account-off-outline"),
                                         self.tr("&Deaktiver"), self)
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.new_button, self.edit_button, self.password_button,
                       self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Brukere")

    def refresh(self) -> None:
        selected = self.selected()
        rows = users.list_users()
        self.model.set_rows(rows)
        self.model.sort(UserTableModel.COL_NAME)
        self.no_users.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self.new_button.setEnabled(bool(rows))
        if selected is not None:
            self.select_user(selected.id)
        elif rows:
            self.view.selectRow(0)
        self._selection_changed()
        self._fit_once()

    def _fit_once(self) -> None:
        if self._fitted or not self.model.rowCount() or not self.isVisible():
            return
        fit_columns(self.view)
        self._fitted = True

    def showEvent(self, event):
        super().showEvent(event)
        self._fit_once()

    def selected(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_user(self, user_id: int) -> None:
        for row, item in enumerate(self.model.shown_rows()):
            if item.id == user_id:
                self.view.selectRow(row)
                return

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.active_button.setText(self.tr("&Deaktiver") if row.active
                                       else self.tr("&Aktiver"))
            yourself = row.id == actor.current().user_id and row.active
            self.active_button.setEnabled(not yourself)
            self.active_button.setToolTip(self.tr("Du kan ikke deaktivere deg selv.") if yourself
                                          else "")

    # --- actions ---------------------------------------------------------------------
    def _open(self, dialog) -> None:
        dialog.record_saved.connect(lambda user_id: (self.refresh(), self.select_user(user_id)))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def new_user(self) -> None:
        from samvirke_desktop.gui.user_dialogs import UserDialog

        self._open(UserDialog(None, self))

    def edit_selected(self) -> None:
        from samvirke_desktop.gui.user_dialogs import UserDialog

        row = self.selected()
        if row is not None:
            self._open(UserDialog(row.id, self))

    def new_password(self) -> None:
        from samvirke_desktop.gui.user_dialogs import PasswordDialog

        row = self.selected()
        if row is not None:
            self._open(PasswordDialog(row.id, self))

    def toggle_active(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        if row.active:
            answer = notices.ask(self, self.tr("Deaktivere brukeren?"), self.tr(
                "{name} kan ikke lenger logge inn. Det vedkommende har gjort, står fortsatt i "
                "endringsloggen, og brukeren kan aktiveres igjen senere.").format(
                    name=row.display_name),
                [("deactivate", self.tr("Deaktiver")), ("cancel", self.tr("Avbryt"))],
                default="cancel")
            if answer != "deactivate":
                return False
        try:
            users.update_user(row.id, row.version, full_name=row.full_name, role=row.role,
                              active=not row.active)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self.refresh()
            return False
        self.refresh()
        return True

    def create_admin(self) -> None:
        window = self.window()
        if hasattr(window, "ask_create_admin"):
            window.ask_create_admin()
            return
        from samvirke_desktop.gui.startup.admin_dialog import CreateAdminDialog

        dialog = CreateAdminDialog(self)
        dialog.record_saved.connect(lambda _id: self.refresh())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
