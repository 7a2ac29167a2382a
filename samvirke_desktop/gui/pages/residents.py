"""Beboere: everyone the team works with, children and adults."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.people import resident_record
from samvirke_desktop.domain.people.resident_list import list_residents
from samvirke_desktop.domain.team.site_record import site_choices
from samvirke_desktop.domain.validation import ADULT_AGE
from samvirke_desktop.gui.models.residents import ResidentTableModel
from samvirke_desktop.gui.pages.register_page import RegisterPage
from samvirke_desktop.gui.records.resident_dialog import ResidentDialog

NO_SITE = 0


def _age_group(row, key: str) -> bool:
    if key == "children":
        return row.age is not None and row.age < ADULT_AGE
    if key == "adults":
        return row.age is not None and row.age >= ADULT_AGE
    return row.needs_completion  # "incomplete"


class ResidentsPage(RegisterPage):
    def title(self):
        return self.tr("Beboere")

    def create_model(self):
        return ResidentTableModel(self)

    def fetch_rows(self, include_archived):
        return list_residents(include_archived=include_archived)

    def _site_items(self):
        return [(None, self.tr("Alle områder"))] + site_choices() + \
            [(NO_SITE, self.tr("Uten område"))]

    def update_filters(self):
        self.set_filter_items(self.site_filter, self._site_items())

    def add_filters(self):
        self.site_filter = self.add_filter(
            "siteFilter", self._site_items(), lambda row, key: (row.site_id or NO_SITE) == key,
            self.tr("Vis bare beboere i ett område"))
        self.group_filter = self.add_filter(
            "groupFilter", [(None, self.tr("Alle aldre")), ("children", self.tr("Barn (under 18)")),
                            ("adults", self.tr("Voksne")),
                            ("incomplete", self.tr("Må fullføres"))],
            _age_group, self.tr("Vis bare barn, voksne eller oppføringer som må fullføres"))

    def count_text(self, count):
        if count == 1:
            return self.tr("1 beboer")
        return self.tr("{count} beboere").format(count=number(count))

    def can_create(self):
        return resident_record.can_edit()

    def make_dialog(self, record_id):
        return ResidentDialog(record_id, self)
