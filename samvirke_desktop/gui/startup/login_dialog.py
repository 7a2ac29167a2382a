"""Logging in: username and password; a wrong password is told plainly, and after a few the
next try has to wait (counted in the database, see domain/team/users.py).

On an encrypted database the log-in is what opens the file: the window passes ``sign_in``,
which takes the key from the key file with the password first (its wrong tries are counted
there, with the same waits), and ``forgot``, the way in with the recovery code."""
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from samvirke_desktop.db.key_file import UnlockFailed
from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import style
from samvirke_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Accepted once someone has logged in; ``signed_in`` carries who."""

    signed_in = Signal(object)  # actor.Actor

    def __init__(self, database_name: str, parent: QWidget | None = None, *,
                 cancel_text: str | None = None, username: str = "",
                 sign_in: Callable[[str, str], actor.Actor] | None = None,
                 forgot: Callable[["LoginDialog"], None] | None = None):
        """``sign_in(username, password)``: what logging in does (default ``users.log_in``).
        ``forgot(dialog)``: shows «Glemt passordet?», which calls it."""
        super().__init__(parent)
        self._sign_in = sign_in or users.log_in
        self._forgot = forgot
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        # Fixed limits: the window system is not asked to change them while it is shown.
        self.setMinimumSize(440, 300)
        self.who: actor.Actor | None = None
        self.ui.databaseLabel.setText(self.tr("Database: {name}").format(name=database_name))
        if cancel_text:
            self.ui.cancelButton.setText(cancel_text)
        self.ui.errorLabel.hide()
        # Without the recovery code the only way is an administrator: the line says so.
        self.ui.forgotButton.setVisible(forgot is not None)
        self.ui.forgotLabel.setVisible(forgot is None)
        self.ui.forgotButton.clicked.connect(self.forgot_password)
        # Reads as a link: the way out for someone stuck, not a step of logging in.
        link = style.colours()["accent"]
        self.ui.forgotButton.setStyleSheet(
            f"QPushButton {{ color: {link}; text-decoration: underline; border: none; "
            f"padding: 2px 0; text-align: left; }}")
        self.ui.forgotButton.setCursor(Qt.CursorShape.PointingHandCursor)
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
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a key takes a moment
        try:
            who = self._sign_in(username, password)
        except (users.LoginFailed, UnlockFailed) as exc:
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
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.finish(who)
        return True

    def finish(self, who: actor.Actor) -> None:
        """Someone is logged in (here, or with the recovery code)."""
        self.who = who
        self.signed_in.emit(who)
        self.accept()

    def forgot_password(self) -> None:
        if self._forgot is not None:
            self._forgot(self)

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
