"""Logging in: username and password; a wrong password is told plainly, and after a few the
next try has to wait (counted in the database, see domain/team/users.py)."""
import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Accepted once someone has logged in; ``signed_in`` carries who."""

    signed_in = Signal(object)  # actor.Actor

    def __init__(self, database_name: str, parent: QWidget | None = None, *,
                 cancel_text: str | None = None, username: str = ""):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        # Fixed limits: the window system is not asked to change them while it is shown.
        self.setMinimumSize(440, 300)
        self.who: actor.Actor | None = None
        self.ui.databaseLabel.setText(self.tr("Database: {name}").format(name=database_name))
        if cancel_text:
            self.ui.cancelButton.setText(cancel_text)
        self.ui.errorLabel.hide()
        self.ui.usernameEdit.setText(username)
        self.ui.loginButton.clicked.connect(self.try_login)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._wait_left = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def try_login(self) -> bool:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self.show_error(self.tr("Skriv brukernavnet ditt."))
            self.ui.usernameEdit.setFocus()
            return False
        try:
            who = users.log_in(username, password)
        except users.LoginFailed as exc:
            log.info("Innlogging feilet for %s", username)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            self.show_error(exc.message)
            if exc.wait_seconds:
                self._start_wait(exc.wait_seconds)
            return False
        except SamvirkeError as exc:
            self.show_error(exc.message)
            return False
        self.who = who
        self.signed_in.emit(who)
        self.accept()
        return True

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    # --- waiting after too many wrong passwords -----------------------------------------
    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.ui.loginButton.setEnabled(False)
        self._wait_timer.start()
        self._update_wait_text()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_timer.stop()
            self.ui.loginButton.setEnabled(True)
            self.ui.loginButton.setText(self.tr("&Logg inn"))
            return
        self._update_wait_text()

    def _update_wait_text(self) -> None:
        self.ui.loginButton.setText(self.tr("Vent {seconds} s").format(seconds=self._wait_left))
