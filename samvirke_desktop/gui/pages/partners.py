"""Samarbeidspartnere: services and organisations the team works with."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.partners import list_partners
from samvirke_desktop.gui.models.partners import PartnerTableModel
from samvirke_desktop.gui.pages.list_page import ListPage


class PartnersPage(ListPage):
    def title(self):
        return self.tr("Samarbeidspartnere")

    def create_model(self):
        return PartnerTableModel(self)

    def load_rows(self, include_archived):
        return list_partners(include_archived=include_archived)

    def count_text(self, count):
        if count == 1:
            return self.tr("1 samarbeidspartner")
        return self.tr("{count} samarbeidspartnere").format(count=number(count))
