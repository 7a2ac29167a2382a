"""Frivillige: the volunteers, with their start and end dates."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.volunteers import list_volunteers
from samvirke_desktop.gui.models.volunteers import VolunteerTableModel
from samvirke_desktop.gui.pages.list_page import ListPage


class VolunteersPage(ListPage):
    def title(self):
        return self.tr("Frivillige")

    def create_model(self):
        return VolunteerTableModel(self)

    def load_rows(self, include_archived):
        return list_volunteers(include_archived=include_archived)

    def count_text(self, count):
        if count == 1:
            return self.tr("1 frivillig")
        return self.tr("{count} frivillige").format(count=number(count))
