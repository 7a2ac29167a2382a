"""«Glemt passordet?» on an encrypted database: an administrator can give a new password, and
when no administrator can log in, the recovery code opens the file; then one administrator
gets a new password (and with it a new copy of the key) and is logged in, and the code can be
replaced by a new one, shown once.

The window does the opening and closing (``open_with_key``, ``close_again``): the database is
the window's. Between the code and the new password nobody is logged in; the domain checks the
code again for the two steps it allows (``users.administrators_for_recovery`` and
``users.recover_administrator``), and the change log names the code as the one who acted.
"""
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.db import connection, encryption
from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui.startup.recovery_code_dialog import RecoveryCodeDialog

log = logging.getLogger(__name__)


CODE_PAGE, PASSWORD_PAGE, NEW_CODE_PAGE = range(3)


class RecoveryDialog(QDialog):
    """``recovered`` carries the administrator logged in at the end."""

    recovered = Signal(object)  # actor.Actor

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 open_with_key: Callable[[bytes], None], close_again: Callable[[], None]):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._open_with_key = open_with_key
        self._close_again = close_again
        self._opened = False
        self.who: actor.Actor | None = None
        self.code_dialog: RecoveryCodeDialog | None = None
        self.setWindowTitle(self.tr("Glemt passordet? – Samvirke"))
        self.setModal(True)
        self.setMinimumSize(560, 440)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._code_page())
        self.pages.addWidget(self._password_page())
        self.pages.addWidget(self._new_code_page())
        self.code_edit.setFocus()

    # --- building ---------------------------------------------------------------------------
    def _page(self, heading: str, *texts: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        title = QLabel(heading, page)
        title.setProperty("class", "dialogHeading")
        layout.addWidget(title)
        for text in texts:
            label = QLabel(text, page)
            label.setWordWrap(True)
            layout.addWidget(label)
        return page, layout

    def _error_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setProperty("class", "errorBanner")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    def _buttons(self, layout: QVBoxLayout, primary: QPushButton, other: QPushButton) -> None:
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        primary.setProperty("class", "primary")
        other.setAutoDefault(False)
        row.addWidget(primary)
        row.addWidget(other)
        layout.addLayout(row)

    def _code_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Glemt passordet?"),
            self.tr("Har du glemt passordet ditt, kan en administrator i teamet gi deg et nytt "
                    "under Innstillinger → Brukere. Det nye passordet åpner også den krypterte "
                    "databasen."),
            self.tr("Husker ingen administrator passordet sitt, åpner gjenopprettingskoden "
                    "databasen. Den står på arket som ble skrevet ut eller skrevet ned da "
                    "databasen ble laget eller kryptert. Med koden gir du en administrator et "
                    "nytt passord."))
        form = QFormLayout()
        label = QLabel(self.tr("&Gjenopprettingskode"), page)
        self.code_edit = QLineEdit(page)
        self.code_edit.setPlaceholderText("BCDF-2345-GHJK-6789-MNPQ-RSTV")
        self.code_edit.returnPressed.connect(self.try_code)
        label.setBuddy(self.code_edit)
        form.addRow(label, self.code_edit)
        layout.addLayout(form)
        self.code_error = self._error_label(page)
        layout.addWidget(self.code_error)
        self.code_button = QPushButton(self.tr("&Åpne med koden"), page)
        self.code_button.setDefault(True)
        self.code_button.clicked.connect(self.try_code)
        cancel = QPushButton(self.tr("Avbryt"), page)
        cancel.clicked.connect(self.reject)
        self._buttons(layout, self.code_button, cancel)
        return page

    def _password_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Nytt passord for en administrator"),
            self.tr("Koden stemte, og databasen er åpnet. Velg administratoren som skal få "
                    "nytt passord: du blir logget inn som den, og kan så gi kollegene nye "
                    "passord under Innstillinger → Brukere."))
        form = QFormLayout()
        self.admin_combo = QComboBox(page)
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("minst {count} tegn").format(
            count=users.MIN_PASSWORD_LENGTH))
        self.repeat_edit = QLineEdit(page)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.returnPressed.connect(self.try_password)
        for text, widget in ((self.tr("&Administrator"), self.admin_combo),
                             (self.tr("&Nytt passord"), self.password_edit),
                             (self.tr("&Gjenta passordet"), self.repeat_edit)):
            label = QLabel(text, page)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.password_error = self._error_label(page)
        layout.addWidget(self.password_error)
        self.password_button = QPushButton(self.tr("&Lagre passordet og logg inn"), page)
        self.password_button.clicked.connect(self.try_password)
        cancel = QPushButton(self.tr("Avbryt"), page)
        cancel.setToolTip(self.tr("Lukker databasen igjen uten å endre noe"))
        cancel.clicked.connect(self.reject)
        self._buttons(layout, self.password_button, cancel)
        return page

    def _new_code_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Ny gjenopprettingskode?"),
            self.tr("Du er logget inn. Koden på arket virker fortsatt. Kan andre ha sett arket, "
                    "eller vet du ikke sikkert hvor det er nå, bør du lage en ny kode: den "
                    "gamle slutter da å virke, og den nye skal skrives ned og låses inne på "
                    "samme måte."))
        self.new_code_button = QPushButton(self.tr("Lag en &ny kode"), page)
        self.new_code_button.clicked.connect(self.make_new_code)
        keep = QPushButton(self.tr("&Behold den gamle koden"), page)
        keep.clicked.connect(self.finish)
        self._buttons(layout, self.new_code_button, keep)
        return page

    # --- the code -----------------------------------------------------------------------------
    def try_code(self) -> bool:
        self.code_error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = encryption.unlock_with_recovery_code(self.db_path, self.code_edit.text())
            self._open_with_key(key)
        except SamvirkeError as exc:
            log.info("Gjenopprettingskoden åpnet ikke %s: %s", self.db_path.name, exc.message)
            self.code_error.setText(exc.message)
            self.code_error.show()
            self.code_edit.setFocus()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._opened = True
        log.info("%s åpnet med gjenopprettingskoden", self.db_path.name)
        admins = users.administrators_for_recovery(self.code_edit.text())
        self.admin_combo.clear()
        for row in admins:
            self.admin_combo.addItem(f"{row.display_name} ({row.username})", row.id)
        self.pages.setCurrentIndex(PASSWORD_PAGE)
        self.password_button.setDefault(True)
        self.password_edit.setFocus()
        return True

    # --- the new password -----------------------------------------------------------------------
    def try_password(self) -> bool:
        self.password_error.hide()
        user_id = self.admin_combo.currentData()
        password = self.password_edit.text()
        problem = ""
        if user_id is None:
            problem = self.tr("Databasen har ingen aktiv administrator.")
        elif password != self.repeat_edit.text():
            problem = self.tr("Passordene er ikke like. Skriv det samme passordet to ganger.")
        if problem:
            self._password_problem(problem)
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            who = users.recover_administrator(self.code_edit.text(), user_id, password)
        except ValidationError as exc:
            users.log_out()
            self._password_problem("\n".join(exc.field_errors.values()))
            return False
        except SamvirkeError as exc:
            users.log_out()
            self._password_problem(exc.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.who = who
        self.pages.setCurrentIndex(NEW_CODE_PAGE)
        self.new_code_button.setDefault(True)
        return True

    def _password_problem(self, text: str) -> None:
        self.password_error.setText(text)
        self.password_error.show()
        self.password_edit.setFocus()

    # --- a new code -----------------------------------------------------------------------------
    def make_new_code(self) -> bool:
        try:
            code = encryption.replace_recovery_code(self.db_path, connection.current_key())
        except SamvirkeError as exc:
            self.finish()
            from samvirke_desktop.gui import notices

            notices.show_expected_error(self.parentWidget(), exc)
            return False
        self.code_dialog = RecoveryCodeDialog(code, self.db_path.name, self)
        self.code_dialog.accepted.connect(self.finish)
        self.code_dialog.open()
        return True

    def finish(self) -> None:
        if self.who is None:
            return
        who, self.who = self.who, None
        self.accept()
        self.recovered.emit(who)

    # --- giving up -------------------------------------------------------------------------------
    def reject(self) -> None:
        index = self.pages.currentIndex()
        if index == NEW_CODE_PAGE:
            self.finish()  # the password is set; keeping the old code is the default
            return
        if self._opened:
            self._opened = False
            users.log_out()
            self._close_again()
        super().reject()
