"""Beboere: everyone the team works with, children and adults."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.residents import list_residents
from samvirke_desktop.gui.models.residents import ResidentTableModel
from samvirke_desktop.gui.pages.list_page import ListPage


class ResidentsPage(ListPage):
    def title(self):
        return self.tr("Beboere")

    def create_model(self):
        return ResidentTableModel(self)

    def load_rows(self, include_archived):
        return list_residents(include_archived=include_archived)

    def count_text(self, count):
        if count == 1:
            return self.tr("1 beboer")
        return self.tr("{count} beboere").format(count=number(count))
