"""Samarbeidspartnere: services and organisations the team works with."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.partners import partner_record
from samvirke_desktop.domain.partners.partner_list import list_partners
from samvirke_desktop.domain.team.site_record import site_choices
from samvirke_desktop.domain.vocabulary import PARTNER_KIND_LABELS, label_text
from samvirke_desktop.gui.models.partners import PartnerTableModel
from samvirke_desktop.gui.pages.register_page import RegisterPage
from samvirke_desktop.gui.records.partner_dialog import PartnerDialog


class PartnersPage(RegisterPage):
    def title(self):
        return self.tr("Samarbeidspartnere")

    def create_model(self):
        return PartnerTableModel(self)

    def fetch_rows(self, include_archived):
        return list_partners(include_archived=include_archived)

    def update_filters(self):
        self.set_filter_items(self.site_filter, [(None, self.tr("Alle områder"))] + site_choices())

    def add_filters(self):
        self.site_filter = self.add_filter(
            "siteFilter", [(None, self.tr("Alle områder"))] + site_choices(),
            lambda row, key: key in row.site_ids,
            self.tr("Vis bare samarbeidspartnere i ett område"))
        kinds = sorted(((code, label_text(label)) for code, label in PARTNER_KIND_LABELS.items()),
                       key=lambda item: item[1].casefold())
        self.kind_filter = self.add_filter(
            "kindFilter", [(None, self.tr("Alle typer"))] + kinds,
            lambda row, key: row.kind == key, self.tr("Vis bare én type samarbeidspartner"))

    def count_text(self, count):
        if count == 1:
            return self.tr("1 samarbeidspartner")
        return self.tr("{count} samarbeidspartnere").format(count=number(count))

    def can_create(self):
        return partner_record.can_edit()

    def make_dialog(self, record_id):
        return PartnerDialog(record_id, self)
