"""Rapporter: the reports Samvirke makes."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.models.report_kinds import ReportKindTableModel, report_kinds
from samvirke_desktop.gui.pages.list_page import ListPage


class ReportsPage(ListPage):
    supports_archived = False
    searchable = False
    sortable = False  # listed in the order the team usually needs them

    def title(self):
        return self.tr("Rapporter")

    def create_model(self):
        return ReportKindTableModel(self)

    def load_rows(self, include_archived):
        return report_kinds()

    def count_text(self, count):
        if count == 1:
            return self.tr("1 rapporttype")
        return self.tr("{count} rapporttyper").format(count=number(count))
