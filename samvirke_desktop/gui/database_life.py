"""The open database's life in the main window: the title and location it shows, opening,
making and switching to another database (also the demo database), the day's automatic
backup, a backup taken now, and restoring from a backup. DatabaseLife is a mixin of
MainWindow, so ``window.switch_to()``, ``window.backup_now()`` and the rest stay on the window.
"""
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from samvirke_desktop import paths
from samvirke_desktop.db.connection import OpenedDatabase
from samvirke_desktop.db.models import DB
from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import database_files, notices
from samvirke_desktop.gui.pages import PAGES

log = logging.getLogger(__name__)

DEMO_FILE_NAME = database_files.DEMO_FILE_NAME
DEMO_SEED = 2026


class DatabaseLife:
    # --- the open database ----------------------------------------------------------
    def _database_changed(self) -> None:
        if self._welcome:
            # The default database under the welcome screen is not the user's choice yet.
            self.setWindowTitle(self.tr("Samvirke"))
            self.location_label.setText("")
            return
        title = self.tr("Samvirke – {name}").format(name=self.opened.display_name)
        if self.opened.read_only:
            title += " " + self.tr("(bare lesing)")
        self.setWindowTitle(title)
        self.location_label.setText(self.tr("Database: {location}").format(
            location=self.opened.location))
        database_files.remember(self.opened)

    def set_database(self, opened: OpenedDatabase, *, new: bool = False,
                     keep_user: bool = False) -> None:
        """Show ``opened`` (already bound) instead of the current database.

        ``new``: just created, so it asks for its administrator. ``keep_user``: the same
        database again (after a restore): the logged-in user goes on if their account is there.
        """
        old = self.opened
        self.opened = opened
        if old is not None and old.database is not opened.database:
            database_files.close_opened(old)
        key = self.current_page_key() or PAGES[0].key
        self._welcome = False
        self._database_changed()
        if keep_user and not database_files.is_locked(opened):
            fresh = users.refreshed(actor.current())
            if fresh is not None or (actor.current().user_id is None and not self._has_accounts()):
                if fresh is not None:
                    actor.set_current(fresh)
                self._signed_in(key)
                return
        self._begin_session(new=new, key=key)
        if self._started and self.central.currentWidget() is self.work:
            self.automatic_backup()

    # --- another database -------------------------------------------------------------
    def switch_to(self, target: str, *, create: bool) -> bool:
        """Open ``target``; on failure the current database stays open and the user is told why."""
        try:
            opened, notes = database_files.open_for_window(target, create=create)
        except SamvirkeError as exc:
            log.warning("Kunne ikke åpne %s: %s", target, exc.message)
            DB.initialize(self.opened.database)
            notices.show_expected_error(self, exc)
            return False
        self.set_database(opened, new=create)
        database_files.show_notes(notes, self)
        return True

    def open_database(self) -> None:
        path = database_files.choose_existing(self, self.opened.location)
        if path:
            self.switch_to(path, create=False)

    def new_database(self) -> None:
        """A new team database on this PC or in a shared folder, then its administrator
        (encrypted by default: made together with its administrator)."""
        from samvirke_desktop.gui.startup.new_database_dialog import NewDatabaseDialog

        if not notices.dialogs_enabled():
            return
        dialog = NewDatabaseDialog(self, reusable=self._reusable_default(),
                                   start_folder=self._current_folder())
        if dialog.exec() == NewDatabaseDialog.DialogCode.Accepted and dialog.chosen_path:
            self.create_database_at(dialog.chosen_path, encrypted=dialog.encrypt)

    def _reusable_default(self) -> Path | None:
        """On the welcome screen, the untouched default database may become the team's."""
        if self._welcome and database_files.is_default_database(self.opened):
            return Path(self.opened.location)
        return None

    def _current_folder(self) -> str | None:
        if self.opened.is_sqlite and not database_files.is_default_database(self.opened):
            return str(Path(self.opened.location).parent)
        return None

    def create_database_at(self, path: Path, *, encrypted: bool = False) -> bool:
        """Make the team database ``path`` (or keep the untouched default) and ask for its
        administrator. ``encrypted``: ask for the administrator first; saving makes the
        encrypted file with it (``make_encrypted_database``)."""
        if encrypted:
            self.ask_encrypted_admin(Path(path))
            return True
        reusable = self._reusable_default()
        if reusable is not None and Path(path).absolute() == reusable:
            self._welcome = False
            self._database_changed()
            self._begin_session(new=True)
            return True
        return self.switch_to(str(path), create=True)

    def open_demo_database(self) -> None:
        """Make (the first time) and open demo.db in the user's data folder."""
        path = paths.user_data_dir() / DEMO_FILE_NAME
        if not path.exists():
            from samvirke_desktop.domain.demo.database import write_demo_database

            path.parent.mkdir(parents=True, exist_ok=True)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write_demo_database(path, seed=DEMO_SEED)
            except SamvirkeError as exc:
                notices.show_expected_error(self, exc)
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
                # Making the demo may have bound the models to it; bind them back until it opens.
                DB.initialize(self.opened.database)
        self.switch_to(str(path), create=False)

    # --- backups ----------------------------------------------------------------------
    def automatic_backup(self) -> bool:
        """Start the day's backup in the background when the newest copy is over a day old."""
        if not self.opened.is_sqlite or self.opened.read_only or self.backup_runner.busy():
            return False
        try:
            plan = backups.backup_plan(self.opened.location)
            due = backups.automatic_backup_due(plan)
        except (SamvirkeError, OSError) as exc:
            log.warning("Kunne ikke se etter sikkerhetskopier: %s", exc)
            return False
        if not due:
            return False
        if plan.note:
            log.warning(plan.note)
        return self.backup_runner.start(plan)

    def backup_now(self) -> bool:
        try:
            plan = backups.plan_backup_now(self.opened.location)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        if not self.backup_runner.start(plan):
            self.statusBar().showMessage(self.tr("En sikkerhetskopi blir tatt akkurat nå."), 5000)
            return False
        self._manual_backup = True
        self.statusBar().showMessage(self.tr("Tar sikkerhetskopi …"))
        return True

    def _backup_finished(self, path) -> None:
        if database_files.is_locked(self.opened) or DB.obj is not self.opened.database:
            # Logged out (an encrypted file is closed) or the file is being encrypted: the
            # copy goes into the change log once the database is open again.
            self._unrecorded_backups.append((path, not self._manual_backup))
        else:
            self._record_backup(path, automatic=not self._manual_backup)
        self.statusBar().showMessage(self.tr("Sikkerhetskopi tatt: {path}").format(path=path),
                                     15000)
        if self._manual_backup:
            self._manual_backup = False
            notices.show_message(self, self.tr("Sikkerhetskopi"), self.tr(
                "Sikkerhetskopien er tatt og kontrollert:\n{path}").format(path=path),
                icon=QMessageBox.Icon.Information)

    def _record_backup(self, path, *, automatic: bool) -> None:
        try:
            backups.record_backup(path, automatic=automatic)
        except SamvirkeError as exc:  # the copy is whole; only its line in the log is missing
            log.warning("Kunne ikke føre sikkerhetskopien i endringsloggen: %s", exc.message)

    def _record_unrecorded_backups(self) -> None:
        waiting, self._unrecorded_backups = self._unrecorded_backups, []
        for path, automatic in waiting:
            self._record_backup(path, automatic=automatic)

    def _backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Sikkerhetskopien feilet: {why}").format(
            why=message), 15000)
        if self._manual_backup:
            self._manual_backup = False
            notices.show_message(self, self.tr("Sikkerhetskopien feilet"), message)

    # --- restoring --------------------------------------------------------------------
    def restore_backup(self) -> None:
        from samvirke_desktop.gui.restore_dialog import ask_for_backup

        try:
            found = backups.available_backups(self.opened.location)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        chosen = ask_for_backup(found, self.opened.display_name, self)
        if chosen is not None:
            self.restore_from(chosen)

    def restore_from(self, backup_path: Path, *, confirm: bool = True) -> bool:
        """Put ``backup_path`` in place of the open database and open it again."""
        from samvirke_desktop.db import sharing

        location = self.opened.location
        if confirm:
            others = [m.host for m in sharing.open_elsewhere(Path(location))]
            text = self.tr("«{name}» erstattes med kopien «{copy}». Det som er lagret etter at "
                           "kopien ble tatt, går tapt.").format(name=self.opened.display_name,
                                                                copy=Path(backup_path).name)
            if others:
                text += " " + self.tr("Databasen er også åpen på {pcs}: be dem lukke Samvirke "
                                      "først. Mens gjenopprettingen pågår, kan de ikke lagre.") \
                    .format(pcs=", ".join(others))
            answer = notices.ask(self, self.tr("Gjenopprette databasen?"), text,
                                 [("restore", self.tr("Gjenopprett")),
                                  ("cancel", self.tr("Avbryt"))], default="cancel")
            if answer != "restore":
                return False
        self.backup_runner.wait()
        self.live.stop()
        self._drop_pages()
        key = self.opened.key  # an encrypted database's backups open with the same key
        database_files.close_opened(self.opened)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        failure = result = None
        try:
            result = backups.restore_backup(backup_path, location, key=key)
        except SamvirkeError as exc:
            failure = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        reopened = database_files.open_with_recovery(location, create=False, parent=self,
                                                     key=key)
        if reopened is None:
            self.close()
            return False
        opened, notes = reopened
        self.set_database(opened, keep_user=True)
        database_files.show_notes(notes, self)
        if failure is not None:
            notices.show_expected_error(self, failure)
            return False
        notices.show_message(self, self.tr("Databasen er gjenopprettet"), self.tr(
            "Databasen er gjenopprettet fra «{copy}». Slik den var like før, er lagret i "
            "«{safety}», så dette kan angres.").format(copy=Path(backup_path).name,
                                                       safety=result.safety_backup),
            icon=QMessageBox.Icon.Information)
        return True
