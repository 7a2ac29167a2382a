"""The residents list: name, age, gender, site, household, language."""
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.models.base import RowTableModel, folded, text_sort_key


class ResidentTableModel(RowTableModel):
    COL_NAME, COL_AGE, COL_GENDER, COL_SITE, COL_HOUSEHOLD, COL_LANGUAGE = range(6)
    RIGHT_ALIGNED = frozenset({COL_AGE})

    def headers(self):
        return [self.tr("Navn"), self.tr("Alder"), self.tr("Kjønn"), self.tr("Område"),
                self.tr("Husstand"), self.tr("Språk")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_AGE:
            return number(row.age) if row.age is not None else ""
        if column == self.COL_GENDER:
            return row.gender_label
        if column == self.COL_SITE:
            return row.site
        if column == self.COL_HOUSEHOLD:
            return row.household
        if column == self.COL_LANGUAGE:
            return row.language
        return ""

    def sort_value(self, row, column):
        if column == self.COL_AGE:
            return row.age if row.age is not None else -1
        if column == self.COL_NAME:
            return text_sort_key(f"{row.first_name} {row.last_name}")
        return text_sort_key(self.display(row, column))

    def search_key(self, row):
        # The stored search text already holds the folded name, phone and e-mail.
        return " ".join((row.search_text, folded(row.site), folded(row.household),
                         folded(row.language)))

    def tooltip(self, row, column):
        if row.anonymised:
            return self.tr("Anonymisert")
        if row.archived:
            return self.tr("Arkivert")
        return None
