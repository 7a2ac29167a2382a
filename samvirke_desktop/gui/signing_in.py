"""Who is working in the open database: the welcome screen, the login panel or the work area
when a database opens, logging in and out, switching user, changing one's own password, the
first administrator of a database without accounts, and the "Innlogget: …" label in the status
line. SigningIn is a mixin of MainWindow, so ``window.ask_login()`` and the rest stay on the
window. On an encrypted database logging in opens the file and logging out closes it
(gui/encrypted_database.py).
"""
import logging
import sqlite3

import peewee

from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.gui import database_files
from samvirke_desktop.gui.settings import settings

log = logging.getLogger(__name__)

LAST_USERNAME = "login/last_username"


class SigningIn:
    def _has_accounts(self) -> bool:
        if database_files.is_locked(self.opened):
            return True  # an encrypted file opens only with an account's password
        try:
            return users.has_users()
        except (peewee.PeeweeException, sqlite3.Error):  # a damaged file: none to switch to
            log.warning("Kunne ikke lese brukerne", exc_info=True)
            return False

    def _begin_session(self, *, new: bool, key: str | None = None) -> None:
        """Decide who works in the database just opened: the welcome screen on a first start,
        a login when it has accounts, otherwise everyone (and a new one asks for its
        administrator)."""
        self.live.stop()
        self._drop_pages()
        if self._welcome:
            actor.set_current(users.working_without_accounts())
            self.central.setCurrentWidget(self.welcome_panel)
            self._update_actions()
            self._update_user_label()
            return
        if self._has_accounts():
            self._show_signed_out()
            if self._started:
                self.ask_login()
            return
        actor.set_current(users.working_without_accounts())
        self._signed_in(key)
        if new:
            self.ask_create_admin()

    def _signed_in(self, key: str | None = None) -> None:
        self._drop_pages()
        self._apply_role()
        self.central.setCurrentWidget(self.work)
        self._show_first_page(key)
        self._update_actions()
        self._update_user_label()
        self.live.watch(self.opened.database)

    def _show_signed_out(self) -> None:
        users.log_out()
        self.live.stop()
        self._drop_pages()
        self._lock_database()  # an encrypted file stays open only while someone is logged in
        self.signed_out_panel.set_database(self.opened.display_name, self.opened.location,
                                           encrypted=self.opened.encrypted)
        self.central.setCurrentWidget(self.signed_out_panel)
        self._update_actions()
        self._update_user_label()

    def _update_user_label(self) -> None:
        who = actor.current()
        if self.central.currentWidget() is self.welcome_panel:
            text, tip = "", ""
        elif not who.role:
            text, tip = self.tr("Ikke innlogget"), ""
        elif who.user_id is None:
            text = self.tr("Uten brukerkontoer")
            tip = self.tr("Databasen har ingen brukere, så alle som åpner den, kan se og endre "
                          "alt. Lag en administrator under Innstillinger → Brukere.")
        else:
            text = self.tr("Innlogget: {name} ({role})").format(
                name=who.display_name, role=label_text(users.role_label(who.role)))
            tip = self.tr("Brukernavn: {username}").format(username=who.username)
        self.user_label.setText(text)
        self.user_label.setToolTip(tip)

    def ask_login(self, at_start: bool = False) -> None:
        """The login dialog (not blocking); at start, giving up closes the program."""
        from samvirke_desktop.gui.startup.login_dialog import LoginDialog

        if self.login_dialog is not None:
            self.login_dialog.raise_()
            return
        encrypted = self.opened.encrypted
        dialog = LoginDialog(self.opened.display_name, self,
                             cancel_text=self.tr("Avslutt") if at_start else None,
                             username=settings().value(LAST_USERNAME, "", type=str),
                             sign_in=self._encrypted_sign_in if encrypted else None,
                             forgot=self.ask_recovery if self._is_locked() else None)
        dialog.signed_in.connect(self._logged_in)
        if at_start:
            dialog.rejected.connect(self.close)
        dialog.finished.connect(self._login_closed)
        self.login_dialog = dialog
        dialog.open()

    def _login_closed(self, _result: int) -> None:
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
        self.login_dialog = None

    def _logged_in(self, who) -> None:
        log.info("%s logget inn", who.username)
        settings().setValue(LAST_USERNAME, who.username)  # this PC's user, typed once
        self._signed_in(self.current_page_key())
        self._after_unlock()
        if self._started:
            self.automatic_backup()

    def switch_user(self) -> None:
        """Someone else logs in; until they do, the current user keeps working."""
        self.ask_login()

    def change_own_password(self) -> None:
        from samvirke_desktop.gui.user_dialogs import PasswordDialog

        who = actor.current()
        if who.user_id is None:
            return
        dialog = PasswordDialog(who.user_id, self, own=True)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.password_dialog = dialog
        dialog.open()

    def log_out(self) -> None:
        log.info("%s logget ut", actor.current().username)
        self._show_signed_out()
        self.ask_login()

    def ask_create_admin(self) -> None:
        """The first administrator of a database without accounts (not blocking)."""
        from samvirke_desktop.gui.startup.admin_dialog import CreateAdminDialog

        if self.admin_dialog is not None:
            self.admin_dialog.raise_()
            return
        dialog = CreateAdminDialog(self)
        dialog.record_saved.connect(lambda _id: self._admin_created(dialog))
        dialog.finished.connect(self._admin_dialog_closed)
        self.admin_dialog = dialog
        dialog.open()

    def _admin_created(self, dialog) -> None:
        if dialog.who is not None:
            self._signed_in(self.current_page_key())

    def _admin_dialog_closed(self, _result: int) -> None:
        if self.admin_dialog is not None:
            self.admin_dialog.deleteLater()
        self.admin_dialog = None
