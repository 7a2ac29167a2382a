"""The main window: the sidebar and the pages (created on first visit), switching between
them, the status line, and the window's size and place.

The central area shows one of three things: the work area (sidebar and pages) for someone
logged in, the welcome screen on a first start, or a panel with "Logg inn" while nobody is
logged in. Which pages show depends on the role (the domain layer refuses the rest anyway).
A timer notices colleagues' saves and refreshes the page on screen. The rest of the window's
work is in its mixins: the menu bar in main_menu, who is working in signing_in, opening,
backing up and restoring the database in database_life, and an encrypted database's locking,
making and encrypting in encrypted_database.
"""
import logging

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from samvirke_desktop.db.connection import OpenedDatabase
from samvirke_desktop.domain.team import actor, permissions, users
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.backup_runner import BackupRunner
from samvirke_desktop.gui.database_life import DatabaseLife
from samvirke_desktop.gui.encrypted_database import EncryptedDatabase
from samvirke_desktop.gui.live_refresh import LiveRefresh
from samvirke_desktop.gui.main_menu import MainMenu
from samvirke_desktop.gui.pages import PAGES, create_page
from samvirke_desktop.gui.settings import MAIN_WINDOW_GEOMETRY, MAIN_WINDOW_STATE, settings
from samvirke_desktop.gui.sidebar import Sidebar
from samvirke_desktop.gui.signing_in import SigningIn
from samvirke_desktop.gui.startup.signed_out_panel import SignedOutPanel
from samvirke_desktop.gui.startup.welcome_panel import WelcomePanel

log = logging.getLogger(__name__)

MINIMUM_WIDTH, MINIMUM_HEIGHT = 760, 520

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


class MainWindow(MainMenu, SigningIn, DatabaseLife, EncryptedDatabase, QMainWindow):
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
        self._unrecorded_backups: list = []  # (path, automatic) taken while the file was shut
        self.login_dialog = None
        self.admin_dialog = None
        self.password_dialog = None
        self.recovery_dialog = None        # «Glemt passordet?» on an encrypted database
        self.recovery_code_dialog = None
        self.encrypt_dialog = None
        self.encrypt_progress = None
        self.encrypt_task = None           # encrypting in place, in a thread of its own
        self.encryption_summary = ""
        self._unlocked_notes: list[str] = []

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

        self._build_status_line()
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

    # --- status line ----------------------------------------------------------------
    def _build_status_line(self) -> None:
        """Who is logged in (written by SigningIn) and the database's location (by
        DatabaseLife); backups report there for a while too."""
        self.user_label = QLabel(self)
        self.user_label.setContentsMargins(0, 0, 12, 0)
        self.statusBar().addPermanentWidget(self.user_label)
        self.location_label = QLabel(self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.location_label)

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

    def _show_first_page(self, key: str | None) -> None:
        """The page someone just signed in sees: ``key`` when their role allows it."""
        key = key if key and page_allowed(key) else PAGES[0].key
        if self._page_after_painting:
            self._page_after_painting = False
            self._show_page_after_painting(key)
        else:
            self.show_page(key)

    def _show_page_after_painting(self, key: str) -> None:
        """Mark ``key`` in the sidebar now and make its page once the window has painted."""
        from samvirke_desktop.gui.first_paint import after_first_paint

        with QSignalBlocker(self.sidebar):  # selecting would make the page at once
            self.sidebar.select(key)

        def make_page():
            if self.central.currentWidget() is self.work and not self.pages:
                self.show_page(self.current_page_key() or key)

        self._first_paint_watch = after_first_paint(self, make_page)

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

    # --- geometry -----------------------------------------------------------------
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
        if self.encrypt_task is not None:
            self.encrypt_task.wait()  # the file must not be left half replaced
        super().closeEvent(event)
