"""The window on an encrypted team database: locked until someone logs in, opened by the
log-in (or the recovery code), locked again when they log out; a new team database made
encrypted with its administrator at once; a plain one encrypted in place from Innstillinger →
Personvern. EncryptedDatabase is a mixin of MainWindow, beside SigningIn and DatabaseLife.

Locked means ``window.opened`` is a ``database_files.LockedDatabase``: the file's place and
name, a placeholder bound to the models (every query fails), and no key anywhere in the
window. Logging out closes the file and drops its key and the pages that showed its data.
"""
import hmac
import logging
from pathlib import Path

import peewee
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from samvirke_desktop.db import cipher, connection, sharing
from samvirke_desktop.db.models import DB
from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.domain.team import actor, permissions, users
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import database_files, notices

log = logging.getLogger(__name__)


def users_without_key(db_path: str | Path) -> list[users.UserRow]:
    """The active accounts that cannot open the encrypted file: those an administrator must
    give a new password (after encrypting in place). Administrators only."""
    from samvirke_desktop.db import encryption

    with_keys = set(encryption.users_with_keys(db_path))
    return [row for row in users.list_users(include_inactive=False)
            if row.username not in with_keys]


def _unbind() -> None:
    """Nothing is read while the file is closed for a change of the whole file."""
    DB.initialize(peewee.SqliteDatabase(None))


class EncryptedDatabase:
    # --- locked and open ---------------------------------------------------------------
    def _is_locked(self) -> bool:
        return database_files.is_locked(self.opened)

    def _lock_database(self) -> None:
        """Close the open encrypted database and show it locked: nothing of it stays on
        screen, and its key leaves the window (as far as Python lets go of bytes)."""
        opened = self.opened
        if database_files.is_locked(opened) or not opened.encrypted:
            return
        self.live.stop()
        self.backup_runner.wait()  # a copy in progress holds the key on a connection of its own
        self._drop_pages()
        self.opened = database_files.locked(opened.location)
        database_files.close_opened(opened)  # which lets go of the key too
        check = getattr(self, "file_check", None)
        if check is not None and check.wait(0):  # a finished check's reports held it too
            for report in (check.report, check.result):
                if report is not None:
                    report.key = None
        self._unlocked_notes = []
        log.info("Databasen %s er lukket og låst", opened.display_name)

    def _open_unlocked(self, key: bytes) -> None:
        """Open the locked file with ``key`` (from a password or the recovery code)."""
        location = self.opened.location
        opened, notes = database_files.open_for_window(location, create=False, key=key,
                                                       quick_check_later=True)
        self.opened = opened
        self._unlocked_notes = notes
        self._database_changed()

    def _encrypted_sign_in(self, username: str, password: str) -> actor.Actor:
        """The log-in dialog's ``sign_in`` on an encrypted database."""
        from samvirke_desktop.db import encryption

        if self._is_locked():
            path = Path(self.opened.location)
            key = encryption.unlock(path, username, password)
            self._open_unlocked(key)
            try:
                return users.log_in(username, password)
            except BaseException:
                self._lock_database()
                raise
        # Bytt bruker while the file is open: the new person's password must open it too.
        path = Path(self.opened.location)
        key = encryption.unlock(path, username, password, check_database=False)
        if not hmac.compare_digest(key, connection.current_key() or b""):
            raise cipher.WrongKey(cipher.wrong_key_message(path))
        return users.log_in(username, password)

    def _after_unlock(self) -> None:
        """Once someone is logged in: what opening the file had to say, and its check."""
        from samvirke_desktop.gui import file_check

        notes, self._unlocked_notes = self._unlocked_notes, []
        self._record_unrecorded_backups()
        database_files.show_notes(notes, self)
        file_check.check_later(self)

    def ask_recovery(self, login_dialog) -> None:
        """«Glemt passordet?» in the log-in dialog of a locked database."""
        from samvirke_desktop.gui.startup.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(Path(self.opened.location), login_dialog,
                                open_with_key=self._open_unlocked,
                                close_again=self._lock_database)
        dialog.recovered.connect(login_dialog.finish)
        dialog.finished.connect(lambda _result: setattr(self, "recovery_dialog", None))
        self.recovery_dialog = dialog
        dialog.open()

    def show_recovery_code(self, code: str, then=None) -> None:
        """The recovery code, once, until typed back (not blocking)."""
        from samvirke_desktop.gui.startup.recovery_code_dialog import RecoveryCodeDialog

        dialog = RecoveryCodeDialog(code, self.opened.display_name, self)
        if then is not None:
            dialog.accepted.connect(then)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.recovery_code_dialog = dialog
        dialog.open()

    # --- a new encrypted team database -------------------------------------------------------
    def ask_encrypted_admin(self, path: Path) -> None:
        """The administrator of the new encrypted database ``path``, which saving makes."""
        from samvirke_desktop.gui.startup.admin_dialog import EncryptedAdminDialog

        if self.admin_dialog is not None:
            self.admin_dialog.raise_()
            return
        dialog = EncryptedAdminDialog(
            Path(path).name,
            lambda full_name, username, password: self.make_encrypted_database(
                path, full_name, username, password), self)
        dialog.record_saved.connect(lambda _id: self._encrypted_database_made(dialog))
        dialog.finished.connect(self._admin_dialog_closed)
        self.admin_dialog = dialog
        dialog.open()

    def make_encrypted_database(self, path: Path, full_name: str, username: str,
                                password: str) -> str:
        """Make the encrypted database ``path`` with its first administrator, log in and
        show it; returns the recovery code. On any failure nothing is left behind and the
        window stays on the database it was on."""
        from samvirke_desktop.db import encryption

        from samvirke_desktop.gui.startup.opening import untouched

        users.check_first_admin(username, password, full_name)  # before the file is made
        path = Path(path).expanduser().absolute()
        old = self.opened
        # "This PC" on the welcome screen: the untouched default file gives way to the new one.
        replacing = self._reusable_default() == path
        if replacing:
            if not untouched():
                raise SamvirkeError(self.tr(
                    "Standarddatabasen på denne PC-en er tatt i bruk, så den blir ikke byttet "
                    "ut. Velg en mappe og et nytt filnavn for den krypterte databasen."))
            self.live.stop()
            database_files.close_opened(old)
            _unbind()
            for leftover in (path, Path(f"{path}-journal")):
                leftover.unlink(missing_ok=True)
        made = None
        try:
            made = encryption.create_encrypted_database(path, username=username,
                                                        password=password)
            opened, notes = database_files.open_for_window(str(path), create=False,
                                                           key=made.key)
            try:
                users.create_first_admin(username, password, full_name)
                users.log_in(username, password)
            except BaseException:
                database_files.close_opened(opened)
                raise
        except BaseException:
            if made is not None:  # only what was made here
                for leftover in (path, made.key_file, Path(f"{path}-journal")):
                    leftover.unlink(missing_ok=True)
            if replacing:
                self.opened, _ = database_files.open_for_window(str(path), create=True)
            else:
                DB.initialize(old.database)
            raise
        log.info("Ny kryptert database %s", path)
        self._welcome = False
        self.set_database(opened, keep_user=True)
        database_files.show_notes(notes, self)
        if self._started:
            self.automatic_backup()
        return made.recovery_code

    def _encrypted_database_made(self, dialog) -> None:
        code, dialog.recovery_code = dialog.recovery_code, None
        if code:
            self.show_recovery_code(code)

    # --- encrypting a plain database in place -------------------------------------------------
    def may_encrypt(self) -> bool:
        opened = self.opened
        return (opened.is_sqlite and not opened.encrypted and not opened.read_only
                and not database_files.is_demo_database(opened.location)
                and actor.current().user_id is not None
                and permissions.can(permissions.MANAGE_USERS))

    def encrypt_database(self) -> bool:
        """Innstillinger → Personvern → Krypter databasen …: what happens, the password."""
        from samvirke_desktop.gui.encrypt_dialog import EncryptDialog

        if not self.may_encrypt():
            return False
        path = Path(self.opened.location)
        others = [m.host for m in sharing.open_elsewhere(path)]
        dialog = EncryptDialog(path.name, actor.current().username, others, self)
        dialog.accepted.connect(lambda: self._start_encrypting(dialog.take_password()))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.encrypt_dialog = dialog
        dialog.open()
        return True

    def _start_encrypting(self, password: str) -> None:
        from samvirke_desktop.db import encryption

        from samvirke_desktop.gui.import_wizard.background import BackgroundTask

        path = Path(self.opened.location)
        who = actor.current()
        folders = [backups.default_folder(path)]
        chosen = backups.chosen_folder()
        if chosen and Path(chosen).is_dir() and Path(chosen).absolute() not in folders:
            folders.append(Path(chosen).absolute())
        self.backup_runner.wait()
        self.live.stop()
        self._drop_pages()
        database_files.close_opened(self.opened)
        _unbind()
        progress = QProgressDialog(self.tr("Lager en kryptert kopi av databasen …"), "", 0, 0,
                                   self)
        progress.setWindowTitle(self.tr("Krypterer databasen"))
        progress.setCancelButton(None)  # half a change of the whole file cannot be undone
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setMinimumWidth(480)
        progress.show()
        self.encrypt_progress = progress
        task = BackgroundTask(self)
        self.encrypt_task = task
        task.start(encryption.encrypt_in_place, str(path), username=who.username,
                   password=password, backup_folders=folders,
                   progress=lambda text: task.report_progress(text, 0),
                   on_done=lambda result, _seconds: self._encrypted_in_place(path, result),
                   on_failed=lambda exc: self._encryption_failed(path, exc),
                   on_progress=lambda text, _total: progress.setLabelText(text),
                   name="kryptering")

    def _end_progress(self) -> None:
        if self.encrypt_progress is not None:
            self.encrypt_progress.close()
            self.encrypt_progress.deleteLater()
            self.encrypt_progress = None

    def _encrypted_in_place(self, path: Path, result: "encryption.EncryptedInPlace") -> None:
        from samvirke_desktop.gui import file_check

        self._end_progress()
        # The copy was checked row by row just now; the file's own check waits for the thread.
        reopened = database_files.open_with_recovery(str(path), create=False, parent=self,
                                                     key=result.key, quick_check_later=True)
        if reopened is None:
            self.close()
            return
        opened, notes = reopened
        self.set_database(opened, keep_user=True)
        file_check.check_later(self)
        self._record_unrecorded_backups()
        database_files.show_notes(notes, self)
        self._show_privacy_tab()
        self.encryption_summary = self.encryption_done_text(result)
        self.show_recovery_code(result.recovery_code, then=self._tell_encryption_done)

    def encryption_done_text(self, result: "encryption.EncryptedInPlace") -> str:
        parts = [self.tr("Databasen «{name}» er kryptert. Den krypterte kopien ble sammenlignet "
                         "med originalen rad for rad før den tok originalens plass.").format(
                             name=result.path.name)]
        if len(result.encrypted_backups) == 1:
            parts.append(self.tr("Én sikkerhetskopi er kryptert også."))
        elif result.encrypted_backups:
            parts.append(self.tr("{count} sikkerhetskopier er kryptert også.").format(
                count=len(result.encrypted_backups)))
        try:
            needing = users_without_key(result.path) if not database_files.is_locked(
                self.opened) else []
        except SamvirkeError:
            needing = []
        if needing:
            parts.append(self.tr(
                "Disse kollegene kan ikke logge inn før du gir dem et nytt passord under "
                "Innstillinger → Brukere: {names}.").format(
                    names=", ".join(f"{u.display_name} ({u.username})" for u in needing)))
        if result.plain_left:
            parts.append(self.tr(
                "Disse sikkerhetskopiene kunne ikke krypteres og kan fortsatt leses av alle som "
                "kan lese mappen. Slett dem: {files}.").format(
                    files=", ".join(str(plain) for plain, _why in result.plain_left)))
        return "\n\n".join(parts)

    def _tell_encryption_done(self) -> None:
        notices.show_message(self, self.tr("Databasen er kryptert"), self.encryption_summary,
                             icon=QMessageBox.Icon.Information)
        self._refresh_privacy_tab()

    def _encryption_failed(self, path: Path, exc: BaseException) -> None:
        from samvirke_desktop.gui.import_wizard.background import show_unexpected

        self._end_progress()
        log.warning("Krypteringen av %s feilet: %s", path, getattr(exc, "message", exc))
        reopened = database_files.open_with_recovery(str(path), create=False, parent=self)
        if reopened is None:
            self.close()
            return
        opened, notes = reopened
        self.set_database(opened, keep_user=True)
        if not database_files.is_locked(self.opened):
            self._record_unrecorded_backups()
        database_files.show_notes(notes, self)
        if not database_files.is_locked(self.opened):
            self._show_privacy_tab()
        if isinstance(exc, SamvirkeError):
            notices.show_expected_error(self, exc)
        else:
            show_unexpected(exc)

    def _privacy_tab(self):
        page = self.pages.get("settings")
        return getattr(page, "tab_pages", {}).get("privacy") if page is not None else None

    def _show_privacy_tab(self) -> None:
        if self.central.currentWidget() is not self.work:
            return
        self.show_page("settings")
        tab = self._privacy_tab()
        if tab is not None:
            self.pages["settings"].tabs.setCurrentWidget(tab)

    def _refresh_privacy_tab(self) -> None:
        tab = self._privacy_tab()
        if tab is not None:
            tab.refresh()
