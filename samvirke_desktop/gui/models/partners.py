"""The partners list: name, type, phone, e-mail."""
from samvirke_desktop.gui.models.base import RowTableModel, folded


class PartnerTableModel(RowTableModel):
    COL_NAME, COL_KIND, COL_PHONE, COL_EMAIL = range(4)

    def headers(self):
        return [self.tr("Navn"), self.tr("Type"), self.tr("Telefon"), self.tr("E-post")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KIND:
            return row.kind_label
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_EMAIL:
            return row.email
        return ""

    def search_key(self, row):
        return f"{row.search_text} {folded(row.kind_label)}"
