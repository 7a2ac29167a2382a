"""The activities list: name, type, site, place, number of sessions and of enrolled residents."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.models.base import RowTableModel, text_sort_key


class ActivityTableModel(RowTableModel):
    COL_NAME, COL_KIND, COL_SITE, COL_PLACE, COL_SESSIONS, COL_ENROLLED = range(6)
    RIGHT_ALIGNED = frozenset({COL_SESSIONS, COL_ENROLLED})

    def headers(self):
        return [self.tr("Navn"), self.tr("Type"), self.tr("Område"), self.tr("Sted"),
                self.tr("Samlinger"), self.tr("Påmeldte")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KIND:
            return row.kind_label
        if column == self.COL_SITE:
            return row.site
        if column == self.COL_PLACE:
            return row.place
        if column == self.COL_SESSIONS:
            return number(row.session_count)
        if column == self.COL_ENROLLED:
            return number(row.enrolled_count)
        return ""

    def sort_value(self, row, column):
        if column == self.COL_SESSIONS:
            return row.session_count
        if column == self.COL_ENROLLED:
            return row.enrolled_count
        return text_sort_key(self.display(row, column))

    def tooltip(self, row, column):
        if column == self.COL_SESSIONS:
            return self.tr("Samlinger som er holdt eller planlagt; avlyste er ikke med.")
        if column == self.COL_ENROLLED:
            return self.tr("Påmeldte deltakere som ikke har sluttet.")
        return None
