"""The main window: sidebar, pages (created on first visit), menus, and the open database."""
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from samvirke_desktop import paths
from samvirke_desktop.db.connection import OpenedDatabase
from samvirke_desktop.db.models import DB
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import database_files, notices
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.pages import PAGES, create_page
from samvirke_desktop.gui.settings import (
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    WELCOME_DISMISSED,
    settings,
)
from samvirke_desktop.gui.sidebar import Sidebar

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "demo.db"
DEMO_SEED = 2026
MINIMUM_WIDTH, MINIMUM_HEIGHT = 760, 520


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedDatabase, parent: QWidget | None = None):
        super().__init__(parent)
        self.opened = opened
        self.pages: dict[str, QWidget] = {}

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = Sidebar(central)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # An explicit minimum keeps the window's size limits fixed while pages come and go, and
        # small enough for a small laptop screen or a projector at 800×600.
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

        titles = self.page_titles()
        for page in PAGES:
            self.sidebar.add_page(page.key, titles[page.key], page.icon)
        self.sidebar.page_selected.connect(self.show_page)

        self.location_label = QLabel(self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.location_label)
        self._build_menus()
        self._restore_geometry()
        self._database_changed()
        self.sidebar.select(PAGES[0].key)

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

    # --- menus --------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        self.new_action = self._action(self.tr("&Ny database…"), QKeySequence.StandardKey.New,
                                       self.new_database, "mdi6.database-plus-outline")
        self.open_action = self._action(self.tr("&Åpne database…"),
                                        QKeySequence.StandardKey.Open, self.open_database,
                                        "mdi6.folder-open-outline")
        self.quit_action = self._action(self.tr("&Avslutt"), QKeySequence.StandardKey.Quit,
                                        self.close, "mdi6.exit-to-app")
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard quit shortcut
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Hjelp"))
        from samvirke_desktop.gui.user_guide import add_guide_action  # Brukerveiledning, F1

        self.guide_action = add_guide_action(help_menu, self)
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

    # --- pages --------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, created the first time it is asked for."""
        if key not in self.pages:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = create_page(key, self.stack)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if key == "overview":
                page.demo_requested.connect(self.open_demo_database)
                page.welcome_dismissed.connect(self._welcome_dismissed)
                page.set_welcome_visible(self._should_welcome())
            self.stack.addWidget(page)
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.page(key))
        self.sidebar.select(key)

    def current_page_key(self) -> str | None:
        return self.sidebar.current_key()

    def _drop_pages(self) -> None:
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    # --- database -----------------------------------------------------------------
    def _database_changed(self) -> None:
        title = self.tr("Samvirke – {name}").format(name=self.opened.display_name)
        if self.opened.read_only:
            title += " " + self.tr("(bare lesing)")
        self.setWindowTitle(title)
        self.location_label.setText(self.tr("Database: {location}").format(
            location=self.opened.location))
        database_files.remember(self.opened)

    def set_database(self, opened: OpenedDatabase) -> None:
        """Show ``opened`` (already bound) instead of the current database."""
        old = self.opened
        self.opened = opened
        if old is not None and old.database is not opened.database:
            database_files.close_opened(old)
        key = self.current_page_key() or PAGES[0].key
        self._drop_pages()
        self._database_changed()
        self.show_page(key)

    def switch_to(self, target: str, *, create: bool) -> bool:
        """Open ``target``; on failure the current database stays open and the user is told why."""
        try:
            opened, notes = database_files.open_for_window(target, create=create)
        except SamvirkeError as exc:
            log.warning("Kunne ikke åpne %s: %s", target, exc.message)
            DB.initialize(self.opened.database)
            notices.show_expected_error(self, exc)
            return False
        self.set_database(opened)
        database_files.show_notes(notes, self)
        return True

    def open_database(self) -> None:
        path = database_files.choose_existing(self, self.opened.location)
        if path:
            self.switch_to(path, create=False)

    def new_database(self) -> None:
        path = database_files.choose_new(self, self.opened.location)
        if path:
            self.switch_to(path, create=True)

    def open_demo_database(self) -> None:
        """Make (the first time) and open demo.db in the user's data folder."""
        path = paths.user_data_dir() / DEMO_FILE_NAME
        if not path.exists():
            from samvirke_desktop.domain.demo_data import write_demo_database

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

    # --- welcome --------------------------------------------------------------------
    def _should_welcome(self) -> bool:
        from samvirke_desktop.domain.overview import is_empty

        if not database_files.is_default_database(self.opened):
            return False
        if settings().value(WELCOME_DISMISSED, False, type=bool):
            return False
        return is_empty()

    def _welcome_dismissed(self) -> None:
        settings().setValue(WELCOME_DISMISSED, True)

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
        super().closeEvent(event)
