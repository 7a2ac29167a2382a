"""Innstillinger: what the team sets up once (team, areas, users, privacy …), one tab each."""
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from samvirke_desktop.gui.settings_tabs import SETTINGS_TABS, load_tab_class


class SettingsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Innstillinger"), self)
        title.setProperty("class", "pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.tab_pages: dict[str, QWidget] = {}
        for spec in SETTINGS_TABS:
            tab_class = load_tab_class(spec)
            if not tab_class.allowed():
                continue
            tab = tab_class(self.tabs)
            self.tabs.addTab(tab, tab.tab_title())
            self.tab_pages[spec.key] = tab

    def refresh(self) -> None:
        for tab in self.tab_pages.values():
            tab.refresh()
