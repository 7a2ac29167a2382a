"""Aktiviteter: what the team runs, with how many sessions and enrolled residents."""
from samvirke_desktop.domain.activities import list_activities
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.models.activities import ActivityTableModel
from samvirke_desktop.gui.pages.list_page import ListPage


class ActivitiesPage(ListPage):
    def title(self):
        return self.tr("Aktiviteter")

    def create_model(self):
        return ActivityTableModel(self)

    def load_rows(self, include_archived):
        return list_activities(include_archived=include_archived)

    def count_text(self, count):
        if count == 1:
            return self.tr("1 aktivitet")
        return self.tr("{count} aktiviteter").format(count=number(count))
