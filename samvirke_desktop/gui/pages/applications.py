"""Søknader: grant applications from draft to final report, newest period first."""
from PySide6.QtCore import Qt

from samvirke_desktop.domain.applications import list_applications
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.models.applications import ApplicationTableModel
from samvirke_desktop.gui.pages.list_page import ListPage


class ApplicationsPage(ListPage):
    # Newest period first: this year's applications are the ones being worked on.
    default_sort_column = ApplicationTableModel.COL_PERIOD
    default_sort_order = Qt.SortOrder.DescendingOrder

    def title(self):
        return self.tr("Søknader")

    def create_model(self):
        return ApplicationTableModel(self)

    def load_rows(self, include_archived):
        return list_applications(include_archived=include_archived)

    def count_text(self, count):
        if count == 1:
            return self.tr("1 søknad")
        return self.tr("{count} søknader").format(count=number(count))
