"""The residents list: name, age, gender, site, household, language (and interpreter need),
and the consents in force."""
from PySide6.QtCore import QCoreApplication, Qt

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.vocabulary import CONSENT_KIND_LABELS, label_text
from samvirke_desktop.gui import style
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import RowTableModel, folded, text_sort_key


def consent_text(kinds, withdrawn=()) -> str:
    """"Foto, SMS" for consents in force; "Foto trukket" for one withdrawn."""
    parts = [label_text(CONSENT_KIND_LABELS.get(kind, kind)) for kind in kinds]
    parts += [QCoreApplication.translate("ResidentTableModel", "{consent} trukket").format(
        consent=label_text(CONSENT_KIND_LABELS.get(kind, kind))) for kind in withdrawn]
    return ", ".join(parts)


class ResidentTableModel(RowTableModel):
    (COL_NAME, COL_AGE, COL_GENDER, COL_SITE, COL_HOUSEHOLD, COL_LANGUAGE,
     COL_CONSENTS) = range(7)
    RIGHT_ALIGNED = frozenset({COL_AGE})

    def headers(self):
        return [self.tr("Navn"), self.tr("Alder"), self.tr("Kjønn"), self.tr("Område"),
                self.tr("Husstand"), self.tr("Språk"), self.tr("Samtykker")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_AGE:
            return number(row.age) if row.age is not None else ""
        if column == self.COL_GENDER:
            return label_text(row.gender_label)
        if column == self.COL_SITE:
            return row.site
        if column == self.COL_HOUSEHOLD:
            return row.household
        if column == self.COL_LANGUAGE:
            if row.interpreter_needed:
                return self.tr("{language} (tolk)").format(language=row.language) \
                    if row.language else self.tr("Trenger tolk")
            return row.language
        if column == self.COL_CONSENTS:
            return consent_text(row.consents, row.withdrawn_consents)
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
        if column == self.COL_NAME and row.needs_completion:
            return self.tr("Registrert ved oppmøte med bare det nødvendigste: åpne og fyll ut "
                           "resten.")
        if column == self.COL_CONSENTS and row.withdrawn_consents:
            return self.tr("Et samtykke er trukket tilbake: bruk ikke bilder eller kontakt "
                           "som samtykket gjaldt.")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() \
                and index.column() == self.COL_NAME:
            row = self.row_at(index.row())
            if row.needs_completion and not row.archived:
                warning = style.colours()["warning"]
                return symbol("mdi6.account-edit-outline", color=warning, active_color=warning)
            return None
        return super().data(index, role)
