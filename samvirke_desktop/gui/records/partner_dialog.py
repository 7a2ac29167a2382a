"""The form for one partner: the organisation, where the team works with it, contact people
and notes from meetings."""
import datetime

from PySide6.QtWidgets import QWidget

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.partners import partner_record
from samvirke_desktop.domain.team.site_record import site_choices
from samvirke_desktop.domain.vocabulary import PARTNER_KIND_LABELS, label_text
from samvirke_desktop.gui.forms.ui_partner_form import Ui_PartnerForm
from samvirke_desktop.gui.records.register_dialog import (
    RegisterDialog,
    combo_value,
    fill_combo,
    select_value,
    text_of,
)
from samvirke_desktop.gui.widgets.row_table import DATE, LONG_TEXT, TEXT, Column


class PartnerDialog(RegisterDialog):
    form_class = Ui_PartnerForm
    minimum_size = (760, 520)
    default_size = (1000, 760)

    def __init__(self, record_id=None, parent=None, *, today: datetime.date | None = None):
        self.today = today or datetime.date.today()
        super().__init__(record_id, parent)

    def can_edit(self) -> bool:
        return partner_record.can_edit()

    def prepare_form(self) -> None:
        ui = self.ui
        kinds = sorted(((code, label_text(label)) for code, label in PARTNER_KIND_LABELS.items()),
                       key=lambda item: (item[0] == "other", item[1].casefold()))
        fill_combo(ui.kindCombo, kinds)
        ui.sitesField.allow_new(False)
        ui.sitesField.set_visible_rows(2)
        self._fill_sites(())
        ui.contactsEditor.setup(
            [Column("name", self.tr("Navn"), TEXT, stretch=3, max_length=200),
             Column("role", self.tr("Rolle"), TEXT, stretch=3, max_length=100),
             Column("phone", self.tr("Telefon"), TEXT, stretch=2, max_length=40),
             Column("email", self.tr("E-post"), TEXT, stretch=3, max_length=200)],
            widgets=True, add_text=self.tr("Legg til kontaktperson"),
            empty_text=self.tr("Ingen kontaktpersoner registrert."))
        ui.meetingNotesEditor.setup(
            [Column("date", self.tr("Dato"), DATE, stretch=0, min_width=130),
             Column("text", self.tr("Hva ble sagt eller avtalt"), LONG_TEXT, stretch=1)],
            widgets=True, add_text=self.tr("Legg til møtenotat"),
            empty_text=self.tr("Ingen møtenotater ennå."))
        ui.meetingNotesEditor.row_added.connect(self._meeting_row_added)

    def _fill_sites(self, keep_ids) -> None:
        choices = dict(site_choices())
        # An archived site the partner is linked to stays listed, marked as archived.
        for site_id in keep_ids:
            if site_id not in choices:
                choices.update((i, label) for i, label in site_choices(keep_id=site_id)
                               if i == site_id)
        self.ui.sitesField.set_choices(sorted(choices.items(), key=lambda c: c[1].casefold()))

    def _meeting_row_added(self, _index: int, widgets: dict) -> None:
        date_field = widgets["date"]
        if not date_field.text():
            date_field.setText(date_no(self.today))

    def new_title(self) -> str:
        return self.tr("Ny samarbeidspartner")

    def record_title(self) -> str:
        return self.tr("Samarbeidspartner – {name}").format(name=self.record.name)

    # --- fields -------------------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"name": ui.nameEdit, "kind": ui.kindCombo, "phone": ui.phoneEdit,
                "email": ui.emailEdit, "address": ui.addressEdit, "website": ui.websiteEdit,
                "sites": ui.sitesField, "contacts": ui.contactsEditor,
                "meeting_notes": ui.meetingNotesEditor, "notes": ui.notesEdit}

    def required_fields(self):
        return {"name"}

    def read(self, record_id):
        self.record = r = partner_record.load_partner(record_id)
        self._fill_sites(r.site_ids)
        self.ui.activitiesValue.setText(", ".join(r.activities) if r.activities else
                                        self.tr("Ingen ennå."))
        return {"name": r.name, "kind": r.kind, "phone": r.phone, "email": r.email,
                "address": r.address, "website": r.website, "sites": list(r.site_ids),
                "contacts": [{"id": c.id, "name": c.name, "role": c.role, "phone": c.phone,
                              "email": c.email} for c in r.contacts],
                "meeting_notes": [{"id": n.id, "date": date_no(n.date), "text": n.text}
                                  for n in r.meeting_notes],
                "notes": r.notes}, r.version

    def new_values(self):
        self.ui.activitiesValue.setText(self.tr("Ingen ennå."))
        return {"kind": "other"}

    def fill(self, values):
        ui = self.ui
        ui.nameEdit.setText(values.get("name", ""))
        select_value(ui.kindCombo, values.get("kind", "other"))
        ui.phoneEdit.setText(values.get("phone", ""))
        ui.emailEdit.setText(values.get("email", ""))
        ui.addressEdit.setText(values.get("address", ""))
        ui.websiteEdit.setText(values.get("website", ""))
        ui.sitesField.set_checked(values.get("sites", []))
        ui.contactsEditor.set_rows(values.get("contacts", []))
        ui.meetingNotesEditor.set_rows(values.get("meeting_notes", []))
        ui.notesEdit.setPlainText(values.get("notes", ""))

    def values(self):
        ui = self.ui
        return {"name": text_of(ui.nameEdit), "kind": combo_value(ui.kindCombo),
                "phone": text_of(ui.phoneEdit), "email": text_of(ui.emailEdit),
                "address": text_of(ui.addressEdit), "website": text_of(ui.websiteEdit),
                "sites": ui.sitesField.checked(), "contacts": ui.contactsEditor.rows(),
                "meeting_notes": ui.meetingNotesEditor.rows(), "notes": text_of(ui.notesEdit)}

    def display_value(self, name, value):
        if name == "kind":
            return label_text(PARTNER_KIND_LABELS.get(value, "–"))
        if name == "sites":
            labels = dict(site_choices())
            return ", ".join(labels.get(site_id, str(site_id)) for site_id in value) or "–"
        if name == "contacts":
            return "; ".join(row["name"] for row in value) or "–"
        if name == "meeting_notes":
            return "; ".join(f"{row['date']}: {row['text'][:40]}" for row in value) or "–"
        return super().display_value(name, value)

    # --- saving -------------------------------------------------------------------------
    def confirmations(self, values):
        same = partner_record.same_name_partners(values.get("name", ""), self.record_id)
        if not same:
            return []
        return [self.tr("Det finnes allerede en samarbeidspartner som heter «{name}». Sjekk om "
                        "det er den samme før du lagrer. Er det en annen, kan du lagre "
                        "likevel.").format(name=same[0])]

    def save(self, values, record_id, version):
        return partner_record.save_partner(values, record_id, version)

    def set_archived(self, record_id, version, archived):
        partner_record.set_partner_archived(record_id, version, archived)

    def delete_record(self, record_id, version):
        partner_record.delete_partner(record_id, version)
