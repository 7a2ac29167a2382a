"""The sites list in Innstillinger → Områder: name, address, homes, residents, activities."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.models.base import RowTableModel, folded


class SiteTableModel(RowTableModel):
    COL_NAME, COL_ADDRESS, COL_PLACE, COL_HOMES, COL_RESIDENTS, COL_ACTIVITIES = range(6)
    RIGHT_ALIGNED = frozenset({COL_HOMES, COL_RESIDENTS, COL_ACTIVITIES})

    def headers(self):
        return [self.tr("Navn"), self.tr("Adresse"), self.tr("Postnummer og sted"),
                self.tr("Boliger"), self.tr("Beboere"), self.tr("Aktiviteter")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ADDRESS:
            return row.address
        if column == self.COL_PLACE:
            return row.place
        if column == self.COL_HOMES:
            return number(row.homes) if row.homes is not None else ""
        if column == self.COL_RESIDENTS:
            return number(row.residents)
        if column == self.COL_ACTIVITIES:
            return number(row.activities)
        return ""

    def sort_value(self, row, column):
        if column == self.COL_HOMES:
            return row.homes if row.homes is not None else -1
        if column == self.COL_RESIDENTS:
            return row.residents
        if column == self.COL_ACTIVITIES:
            return row.activities
        return super().sort_value(row, column)

    def search_key(self, row):
        return " ".join(folded(part) for part in (row.name, row.address, row.place))

    def tooltip(self, row, column):
        return self.tr("Arkivert") if row.archived else None
