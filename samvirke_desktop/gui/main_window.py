"""The main window: sidebar, pages (created on first visit), menus, the open database, and who
is working in it.

The central area shows one of three things: the work area (sidebar and pages) for someone
logged in, the welcome screen on a first start, or a panel with "Logg inn" while nobody is
logged in. Which pages and menu entries show depends on the role (the domain layer refuses
the rest anyway). A timer notices colleagues' saves and refreshes the page on screen.
"""
import logging
import sqlite3
from pathlib import Path

import peewee
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from samvirke_desktop import paths
from samvirke_desktop.db.connection import OpenedDatabase
from samvirke_desktop.db.models import DB
from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.domain.team import actor, permissions, users
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import database_files, notices
from samvirke_desktop.gui.backup_runner import BackupRunner
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.live_refresh import LiveRefresh
from samvirke_desktop.gui.pages import PAGES, create_page
from samvirke_desktop.gui.settings import MAIN_WINDOW_GEOMETRY, MAIN_WINDOW_STATE, settings
from samvirke_desktop.gui.sidebar import Sidebar
from samvirke_desktop.gui.startup.signed_out_panel import SignedOutPanel
from samvirke_desktop.gui.startup.welcome_panel import WelcomePanel

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "demo.db"
DEMO_SEED = 2026
MINIMUM_WIDTH, MINIMUM_HEIGHT = 760, 520
LAST_USERNAME = "login/last_username"

# Pages a role may lack; any one of the capabilities opens the page.
PAGE_ACCESS = {
    "residents": (permissions.VIEW_PEOPLE, permissions.VIEW_OWN_PARTICIPANTS),
    "volunteers": (permissions.VIEW_PEOPLE, permissions.VIEW_OWN_PARTICIPANTS),
    "partners": (permissions.VIEW_PARTNERS,),
    "activities": (permissions.VIEW_ACTIVITIES,),
    "applications": (permissions.VIEW_APPLICATIONS,),
}


def page_allowed(key: str) -> bool:
    if key == "settings":  # shown when the role may use at least one of its tabs
        from samvirke_desktop.gui.settings_tabs import SETTINGS_TABS, load_tab_class

        return any(load_tab_class(spec).allowed() for spec in SETTINGS_TABS)
    return any(permissions.can(c) for c in PAGE_ACCESS.get(key, ())) or key not in PAGE_ACCESS


class PageStack(QStackedWidget):
    """The pages, one shown at a time, as large as the page shown needs (a stacked widget
    otherwise needs room for its largest page, and every page would scroll as if it were)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self):
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self):
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedDatabase, parent: QWidget | None = None, *,
                 welcome: bool = False, first_page_after_painting: bool = False):
        super().__init__(parent)
        self.opened = opened
        # At start (run_gui) the window is on screen before its first page reads its data.
        self._page_after_painting = first_page_after_painting
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()      # pages to read again when next shown
        self._welcome = welcome            # first start: the choices over the default database
        self._started = False              # run_gui has shown the window (automatic backups)
        self._manual_backup = False
        self.login_dialog = None
        self.admin_dialog = None
        self.password_dialog = None

        self.work = QWidget(self)
        layout = QHBoxLayout(self.work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = Sidebar(self.work)
        self.stack = PageStack()
        # When the window is narrower or lower than a page needs (large text, a small
        # screen), the page scrolls instead of squeezing its buttons and labels until cut.
        self.page_area = QScrollArea(self.work)
        self.page_area.setObjectName("pageArea")
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidgetResizable(True)
        self.page_area.setWidget(self.stack)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.page_area, 1)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.work)
        self.welcome_panel = WelcomePanel(self.central)
        self.central.addWidget(self.welcome_panel)
        self.signed_out_panel = SignedOutPanel(self.central)
        self.central.addWidget(self.signed_out_panel)
        self.setCentralWidget(self.central)
        # An explicit minimum keeps the window's size limits fixed while pages come and go, and
        # small enough for a small laptop screen or a projector at 800×600.
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

        titles = self.page_titles()
        for page in PAGES:
            self.sidebar.add_page(page.key, titles[page.key], page.icon)
        self.sidebar.page_selected.connect(self.show_page)
        self.welcome_panel.create_requested.connect(self.new_database)
        self.welcome_panel.open_requested.connect(self.open_database)
        self.welcome_panel.demo_requested.connect(self.open_demo_database)
        self.signed_out_panel.login_requested.connect(self.ask_login)

        self.user_label = QLabel(self)
        self.user_label.setContentsMargins(0, 0, 12, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.location_label = QLabel(self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.location_label)
        self.live = LiveRefresh(self)
        self.live.changed.connect(self.colleague_changed)
        self.backup_runner = BackupRunner(self)
        self.backup_runner.finished.connect(self._backup_finished)
        self.backup_runner.failed.connect(self._backup_failed)
        QGuiApplication.instance().fontChanged.connect(self._text_size_changed)
        self._build_menus()
        self._restore_geometry()
        self._database_changed()
        self._begin_session(new=False)

    def page_titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Oversikt"),
            "residents": self.tr("Beboere"),
            "activities": self.tr("Aktiviteter"),
            "volunteers": self.tr("Frivillige"),
            "partners": self.tr("Samarbeidspartnere"),
            "applications": self.tr("Søknader"),
            "reports": self.tr("Rapporter"),
            "settings": self.tr("Innstillinger"),
        }

    def start(self) -> None:
        """Called once the window is on screen: ask who is working, take the day's backup."""
        self._started = True
        if self.central.currentWidget() is self.signed_out_panel:
            self.ask_login(at_start=True)
        elif self.central.currentWidget() is self.work:
            self.automatic_backup()

    # --- menus --------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        self.new_action = self._action(self.tr("&Ny database…"), QKeySequence.StandardKey.New,
                                       self.new_database, "mdi6.database-plus-outline")
        self.open_action = self._action(self.tr("&Åpne database…"),
                                        QKeySequence.StandardKey.Open, self.open_database,
                                        "mdi6.folder-open-outline")
        self.backup_action = self._action(self.tr("Ta &sikkerhetskopi nå"), None,
                                          self.backup_now, "mdi6.content-save-all-outline")
        self.restore_action = self._action(self.tr("&Gjenopprett…"), None, self.restore_backup,
                                           "mdi6.backup-restore")
        self.switch_user_action = self._action(self.tr("&Bytt bruker…"), None, self.switch_user,
                                               "mdi6.account-switch-outline")
        self.log_out_action = self._action(self.tr("&Logg ut"), None, self.log_out,
                                           "mdi6.logout")
        self.own_password_action = self._action(self.tr("Endre &passordet ditt…"), None,
                                                self.change_own_password,
                                                "mdi6.form-textbox-password")
        self.quit_action = self._action(self.tr("&Avslutt"), QKeySequence.StandardKey.Quit,
                                        self.close, "mdi6.exit-to-app")
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard quit shortcut
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        from samvirke_desktop.gui.import_wizard import add_import_action  # Importer fra regneark

        self.import_action = add_import_action(file_menu, self)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.own_password_action)
        file_menu.addAction(self.log_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Hjelp"))
        from samvirke_desktop.gui.user_guide import add_guide_action  # Brukerveiledning, F1

        self.guide_action = add_guide_action(help_menu, self)
        from samvirke_desktop.gui.shortcuts_dialog import add_shortcuts_action  # and Ctrl+1 …

        self.shortcuts_action = add_shortcuts_action(help_menu, self)
        self.about_action = self._action(self.tr("&Om Samvirke"), None, self.show_about,
                                         "mdi6.information-outline")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _action(self, text, shortcut, slot, icon_name) -> QAction:
        action = QAction(symbol(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _update_actions(self) -> None:
        working = self.central.currentWidget() is self.work
        has_accounts = self._has_accounts()
        may_back_up = permissions.can(permissions.MANAGE_BACKUPS)
        for action in (self.backup_action, self.restore_action):
            action.setVisible(may_back_up)
            action.setEnabled(working and self.opened.is_sqlite)
            action.setToolTip("" if self.opened.is_sqlite else self.tr(
                "En database på en tjener sikkerhetskopieres av den som driver tjeneren."))
        # A damaged file opened read-only cannot be copied whole; restoring is the way out.
        self.backup_action.setEnabled(self.backup_action.isEnabled() and not self.opened.read_only)
        self.switch_user_action.setEnabled(has_accounts and not self._welcome)
        self.log_out_action.setEnabled(has_accounts and working)
        self.own_password_action.setEnabled(working and actor.current().user_id is not None)

    def _has_accounts(self) -> bool:
        try:
            return users.has_users()
        except (peewee.PeeweeException, sqlite3.Error):  # a damaged file: none to switch to
            log.warning("Kunne ikke lese brukerne", exc_info=True)
            return False

    # --- pages --------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, created the first time it is asked for."""
        if key not in self.pages:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = create_page(key, self.stack)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self.stack.addWidget(page)
            self.pages[key] = page
            self._stale.discard(key)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        if not page_allowed(key):
            return
        page = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            self._refresh_page(page)
        self._fit_sidebar(page)  # before the page is shown, so its columns fit the room it has
        self.stack.setCurrentWidget(page)
        self.sidebar.select(key)

    def _fit_sidebar(self, page: QWidget | None = None) -> None:
        """Page names in the sidebar when the page has room beside them, else only icons."""
        page = page or self.stack.currentWidget()
        if page is None or not self.isVisible():
            return
        scroll_bar = self.page_area.verticalScrollBar().sizeHint().width()
        room = self.work.width() - self.sidebar.full_width() - scroll_bar
        self.sidebar.set_compact(room < page.minimumSizeHint().width())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_sidebar()

    def current_page_key(self) -> str | None:
        return self.sidebar.current_key()

    def _text_size_changed(self, _font) -> None:
        """A new text size: the pages not on screen are made again when next shown, so they
        arrange themselves for it (filters on a row of their own, fewer cards to a row)."""
        self._drop_pages(keep=self.stack.currentWidget())
        self._fit_sidebar()

    def _drop_pages(self, keep: QWidget | None = None) -> None:
        for key, page in list(self.pages.items()):
            if page is keep:
                continue
            self.stack.removeWidget(page)
            page.deleteLater()
            del self.pages[key]
            self._stale.discard(key)

    def _apply_role(self) -> None:
        for page in PAGES:
            item = self.sidebar.item_for(page.key)
            if item is not None:
                item.setHidden(not page_allowed(page.key))

    # --- colleagues' changes ------------------------------------------------------
    def colleague_changed(self) -> None:
        """Another PC saved something: read the page on screen again, the others when shown."""
        who = actor.current()
        if who.user_id is not None:
            fresh = users.refreshed(who)
            if fresh is None:
                self._show_signed_out()
                notices.show_message(self, self.tr("Logget ut"), self.tr(
                    "Brukeren din er deaktivert eller finnes ikke lenger i denne databasen. "
                    "Logg inn på nytt, eller snakk med en administrator i teamet."))
                return
            if fresh != who:
                actor.set_current(fresh)
                if fresh.role != who.role:
                    self._signed_in(self.current_page_key())
                    return
                self._update_user_label()
        on_screen = self.current_page_key() if self.central.currentWidget() is self.work else None
        for key, page in self.pages.items():
            if key == on_screen:
                self._refresh_page(page)
            else:
                self._stale.add(key)

    def _refresh_page(self, page: QWidget) -> None:
        try:
            tabs = getattr(page, "tab_pages", None)
            if tabs is not None:
                # Innstillinger: forms keep what the user is typing; lists follow colleagues.
                for tab in tabs.values():
                    if getattr(tab, "follows_colleagues", False):
                        tab.refresh()
            elif hasattr(page, "refresh"):
                page.refresh()
        except SamvirkeError as exc:
            log.warning("Kunne ikke oppdatere siden: %s", exc.message)

    # --- who is working -------------------------------------------------------------
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
        key = key if key and page_allowed(key) else PAGES[0].key
        if self._page_after_painting:
            self._page_after_painting = False
            self._show_page_after_painting(key)
        else:
            self.show_page(key)
        self._update_actions()
        self._update_user_label()
        self.live.watch(self.opened.database)

    def _show_page_after_painting(self, key: str) -> None:
        """Mark ``key`` in the sidebar now and make its page once the window has painted."""
        from samvirke_desktop.gui.first_paint import after_first_paint

        with QSignalBlocker(self.sidebar):  # selecting would make the page at once
            self.sidebar.select(key)

        def make_page():
            if self.central.currentWidget() is self.work and not self.pages:
                self.show_page(self.current_page_key() or key)

        self._first_paint_watch = after_first_paint(self, make_page)

    def _show_signed_out(self) -> None:
        users.log_out()
        self.live.stop()
        self._drop_pages()
        self.signed_out_panel.set_database(self.opened.display_name, self.opened.location)
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
        dialog = LoginDialog(self.opened.display_name, self,
                             cancel_text=self.tr("Avslutt") if at_start else None,
                             username=settings().value(LAST_USERNAME, "", type=str))
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

    # --- database -----------------------------------------------------------------
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
        if keep_user:
            fresh = users.refreshed(actor.current())
            if fresh is not None or (actor.current().user_id is None and not self._has_accounts()):
                if fresh is not None:
                    actor.set_current(fresh)
                self._signed_in(key)
                return
        self._begin_session(new=new, key=key)
        if self._started and self.central.currentWidget() is self.work:
            self.automatic_backup()

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
        """A new team database on this PC or in a shared folder, then its administrator."""
        from samvirke_desktop.gui.startup.new_database_dialog import NewDatabaseDialog

        if not notices.dialogs_enabled():
            return
        dialog = NewDatabaseDialog(self, reusable=self._reusable_default(),
                                   start_folder=self._current_folder())
        if dialog.exec() == NewDatabaseDialog.DialogCode.Accepted and dialog.chosen_path:
            self.create_database_at(dialog.chosen_path)

    def _reusable_default(self) -> Path | None:
        """On the welcome screen, the untouched default database may become the team's."""
        if self._welcome and database_files.is_default_database(self.opened):
            return Path(self.opened.location)
        return None

    def _current_folder(self) -> str | None:
        if self.opened.is_sqlite and not database_files.is_default_database(self.opened):
            return str(Path(self.opened.location).parent)
        return None

    def create_database_at(self, path: Path) -> bool:
        """Make the team database ``path`` (or keep the untouched default) and ask for its
        administrator."""
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
        self.statusBar().showMessage(self.tr("Sikkerhetskopi tatt: {path}").format(path=path),
                                     15000)
        if self._manual_backup:
            self._manual_backup = False
            notices.show_message(self, self.tr("Sikkerhetskopi"), self.tr(
                "Sikkerhetskopien er tatt og kontrollert:\n{path}").format(path=path),
                icon=QMessageBox.Icon.Information)

    def _backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Sikkerhetskopien feilet: {why}").format(
            why=message), 15000)
        if self._manual_backup:
            self._manual_backup = False
            notices.show_message(self, self.tr("Sikkerhetskopien feilet"), message)

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
        database_files.close_opened(self.opened)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        failure = result = None
        try:
            result = backups.restore_backup(backup_path, location)
        except SamvirkeError as exc:
            failure = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        reopened = database_files.open_with_recovery(location, create=False, parent=self)
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

    # --- about, geometry ----------------------------------------------------------
    def show_about(self) -> None:
        from samvirke_desktop.gui.about_dialog import AboutDialog
        from samvirke_desktop.gui.logging_setup import current_log_file

        log_file = current_log_file()
        dialog = AboutDialog(self.opened.location, str(log_file) if log_file else "", self)
        if notices.dialogs_enabled():
            dialog.exec()
        else:
            dialog.deleteLater()

    def _restore_geometry(self) -> None:
        store = settings()
        geometry = store.value(MAIN_WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = store.value(MAIN_WINDOW_STATE)
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        store = settings()
        store.setValue(MAIN_WINDOW_GEOMETRY, self.saveGeometry())
        store.setValue(MAIN_WINDOW_STATE, self.saveState())
        store.sync()

    def closeEvent(self, event):
        self.save_geometry()
        self.live.stop()
        self.backup_runner.wait()
        super().closeEvent(event)
