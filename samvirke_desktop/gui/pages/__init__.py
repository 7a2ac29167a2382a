"""The pages of the main window, one module each, imported on first visit (fast start-up)."""
import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str        # qtawesome name
    module: str
    class_name: str


PAGES = (
    PageSpec("overview", "mdi6.view-dashboard-outline", "overview", "OverviewPage"),
    PageSpec("residents", "mdi6.account-group-outline", "residents", "ResidentsPage"),
    PageSpec("activities", "mdi6.calendar-month-outline", "activities", "ActivitiesPage"),
    PageSpec("volunteers", "mdi6.hand-heart-outline", "volunteers", "VolunteersPage"),
    PageSpec("partners", "mdi6.handshake-outline", "partners", "PartnersPage"),
    PageSpec("applications", "mdi6.file-document-edit-outline", "applications",
             "ApplicationsPage"),
    PageSpec("reports", "mdi6.file-chart-outline", "reports", "ReportsPage"),
    PageSpec("settings", "mdi6.cog-outline", "settings", "SettingsPage"),
)


def spec(key: str) -> PageSpec:
    for page in PAGES:
        if page.key == key:
            return page
    raise KeyError(key)


def create_page(key: str, parent: QWidget | None = None) -> QWidget:
    page = spec(key)
    module = importlib.import_module(f"{__name__}.{page.module}")
    return getattr(module, page.class_name)(parent)
