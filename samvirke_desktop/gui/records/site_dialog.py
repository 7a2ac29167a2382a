"""The form for one site (område): name, address, number of homes, notes."""
from samvirke_desktop.domain.team import site_record
from samvirke_desktop.gui.forms.ui_site_form import Ui_SiteForm
from samvirke_desktop.gui.records.register_dialog import RegisterDialog, text_of


class SiteDialog(RegisterDialog):
    form_class = Ui_SiteForm
    minimum_size = (520, 400)
    default_size = (600, 480)

    def can_edit(self) -> bool:
        return site_record.can_edit()

    def prepare_form(self) -> None:
        # Postcode and town share one label, whose buddy is the postcode.
        self.ui.cityEdit.setAccessibleName(self.tr("Sted"))

    def new_title(self) -> str:
        return self.tr("Nytt område")

    def record_title(self) -> str:
        return self.tr("Område – {name}").format(name=self.record.name)

    def field_widgets(self):
        ui = self.ui
        return {"name": ui.nameEdit, "address": ui.addressEdit, "postal_code": ui.postalCodeEdit,
                "city": ui.cityEdit, "homes": ui.homesEdit, "notes": ui.notesEdit}

    def required_fields(self):
        return {"name"}

    def read(self, record_id):
        self.record = site_record.load_site(record_id)
        r = self.record
        history = r.history.describe()
        self.ui.historyLabel.setText(self.tr("I bruk: {history}.").format(history=history)
                                     if history else "")
        self.ui.historyLabel.setVisible(bool(history))
        return {"name": r.name, "address": r.address, "postal_code": r.postal_code,
                "city": r.city, "homes": "" if r.homes is None else str(r.homes),
                "notes": r.notes}, r.version

    def new_values(self):
        self.ui.historyLabel.hide()
        return {}

    def fill(self, values):
        ui = self.ui
        ui.nameEdit.setText(values.get("name", ""))
        ui.addressEdit.setText(values.get("address", ""))
        ui.postalCodeEdit.setText(values.get("postal_code", ""))
        ui.cityEdit.setText(values.get("city", ""))
        ui.homesEdit.setText(values.get("homes", ""))
        ui.notesEdit.setPlainText(values.get("notes", ""))

    def values(self):
        return {name: text_of(widget) for name, widget in self.field_widgets().items()}

    def save(self, values, record_id, version):
        return site_record.save_site(values, record_id, version)

    def set_archived(self, record_id, version, archived):
        site_record.set_site_archived(record_id, version, archived)

    def delete_record(self, record_id, version):
        site_record.delete_site(record_id, version)
