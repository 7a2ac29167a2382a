"""The form for one household: name, site, address, notes; members are shown, and set on each
resident's own form."""
from samvirke_desktop.domain.people import household_record, resident_record
from samvirke_desktop.domain.team.site_record import site_choices
from samvirke_desktop.gui.forms.ui_household_form import Ui_HouseholdForm
from samvirke_desktop.gui.records.register_dialog import (
    RegisterDialog,
    combo_value,
    fill_combo,
    select_value,
    text_of,
)


class HouseholdDialog(RegisterDialog):
    form_class = Ui_HouseholdForm
    minimum_size = (520, 380)
    default_size = (600, 460)

    def __init__(self, record_id=None, parent=None, *, defaults: dict | None = None):
        self._defaults = defaults or {}
        super().__init__(record_id, parent)

    def can_edit(self) -> bool:
        return resident_record.can_edit()

    def prepare_form(self) -> None:
        self._fill_sites(None)

    def _fill_sites(self, keep_id) -> None:
        fill_combo(self.ui.siteCombo, site_choices(keep_id=keep_id),
                   none_text=self.tr("Ikke valgt"))

    def new_title(self) -> str:
        return self.tr("Ny husstand")

    def record_title(self) -> str:
        return self.tr("Husstand – {name}").format(name=self.record.name)

    def field_widgets(self):
        ui = self.ui
        return {"name": ui.nameEdit, "site": ui.siteCombo, "address": ui.addressEdit,
                "notes": ui.notesEdit}

    def required_fields(self):
        return {"name"}

    def read(self, record_id):
        self.record = household_record.load_household(record_id)
        r = self.record
        self._fill_sites(r.site_id)
        self.ui.membersValue.setText(", ".join(r.members) if r.members
                                     else self.tr("Ingen ennå. Velg husstanden på beboerne."))
        self.ui.historyLabel.hide()
        return {"name": r.name, "site": r.site_id, "address": r.address,
                "notes": r.notes}, r.version

    def new_values(self):
        self.ui.membersValue.setText(self.tr("Velg husstanden på beboerne etter at den er lagret."))
        self.ui.historyLabel.hide()
        return {"name": "", "site": None, "address": "", "notes": "", **self._defaults}

    def fill(self, values):
        ui = self.ui
        ui.nameEdit.setText(values.get("name", ""))
        select_value(ui.siteCombo, values.get("site"))
        ui.addressEdit.setText(values.get("address", ""))
        ui.notesEdit.setPlainText(values.get("notes", ""))

    def values(self):
        ui = self.ui
        return {"name": text_of(ui.nameEdit), "site": combo_value(ui.siteCombo),
                "address": text_of(ui.addressEdit), "notes": text_of(ui.notesEdit)}

    def display_value(self, name, value):
        if name == "site":
            index = self.ui.siteCombo.findData(value)
            return self.ui.siteCombo.itemText(index) if value is not None and index >= 0 else "–"
        return super().display_value(name, value)

    def save(self, values, record_id, version):
        return household_record.save_household(values, record_id, version)

    def set_archived(self, record_id, version, archived):
        household_record.set_household_archived(record_id, version, archived)

    def delete_record(self, record_id, version):
        household_record.delete_household(record_id, version)
