"""The partners list: name, type, contact people, sites, phone, e-mail."""
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.gui.models.base import RowTableModel, folded


class PartnerTableModel(RowTableModel):
    COL_NAME, COL_KIND, COL_CONTACTS, COL_SITES, COL_PHONE, COL_EMAIL = range(6)

    def headers(self):
        return [self.tr("Navn"), self.tr("Type"), self.tr("Kontaktpersoner"),
                self.tr("Områder"), self.tr("Telefon"), self.tr("E-post")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KIND:
            return label_text(row.kind_label)
        if column == self.COL_CONTACTS:
            return ", ".join(row.contacts)
        if column == self.COL_SITES:
            return ", ".join(row.sites)
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_EMAIL:
            return row.email
        return ""

    def search_key(self, row):
        return " ".join((row.search_text, folded(row.kind_label),
                         folded(" ".join(row.contacts))))
