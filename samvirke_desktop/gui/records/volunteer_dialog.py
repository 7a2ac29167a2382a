"""The form for one volunteer: person, when they help, skills and languages, and the police
certificate check with its status shown as it is typed."""
import datetime

from PySide6.QtWidgets import QWidget

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.people import volunteer_record
from samvirke_desktop.domain.people.duplicates import duplicate_warning
from samvirke_desktop.domain.people.police_certificate import (
    DEFAULT_RENEWAL_YEARS,
    CertificateStatus,
    certificate_status,
)
from samvirke_desktop.domain.team import actor
from samvirke_desktop.domain.team.team_settings import team_identity
from samvirke_desktop.domain.validation import InvalidValue, parse_date
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui.forms.ui_volunteer_form import Ui_VolunteerForm
from samvirke_desktop.gui.records.certificate_look import status_colour_name, status_icon
from samvirke_desktop.gui.records.register_dialog import RegisterDialog, text_of

CERTIFICATE_DATES = ("police_certificate_requested", "police_certificate_issued",
                     "police_certificate_shown")


class VolunteerDialog(RegisterDialog):
    form_class = Ui_VolunteerForm
    minimum_size = (760, 520)
    default_size = (1000, 760)

    def __init__(self, record_id=None, parent=None, *, today: datetime.date | None = None):
        self.today = today or datetime.date.today()
        super().__init__(record_id, parent)

    def can_edit(self) -> bool:
        return volunteer_record.can_edit()

    def prepare_form(self) -> None:
        ui = self.ui
        self.day_checks = [getattr(ui, f"day{day}Check") for day in range(1, 8)]
        ui.skillsField.set_choices([(n, n) for n in volunteer_record.skill_choices()])
        ui.skillsField.allow_new(True, self.tr("Ny ferdighet, f.eks. Kjemi"))
        ui.languagesField.set_choices([(n, n) for n in volunteer_record.language_choices()])
        ui.languagesField.allow_new(True, self.tr("Nytt språk"))
        ui.residentPicker.set_choices(volunteer_record.resident_choices(), self.tr("Nei"))
        ui.renewalSpin.setMinimum(volunteer_record.MIN_RENEWAL_YEARS)
        ui.renewalSpin.setMaximum(volunteer_record.MAX_RENEWAL_YEARS)
        for edit in (ui.requestedEdit, ui.issuedEdit, ui.shownEdit):
            edit.textChanged.connect(self._show_certificate)
        ui.requiredCheck.toggled.connect(self._show_certificate)
        ui.renewalSpin.valueChanged.connect(self._show_certificate)
        ui.shownEdit.editingFinished.connect(self._suggest_checked_by)
        ui.shownEdit.date_picked.connect(self._suggest_checked_by)
        size = ui.certificateStatusLabel.fontMetrics().height() + 6
        ui.certificateIconLabel.setFixedSize(size, size)

    def new_title(self) -> str:
        return self.tr("Ny frivillig")

    def record_title(self) -> str:
        return self.tr("Frivillig – {name}").format(name=self.record.name)

    def status_text(self) -> str:
        text = super().status_text()
        r = self.record
        if not text and r is not None and r.end_date and r.end_date < self.today:
            return self.tr("Sluttet {date}. Tøm sluttdatoen hvis den frivillige er tilbake.")\
                .format(date=date_no(r.end_date))
        return text

    # --- fields -------------------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"first_name": ui.firstNameEdit, "last_name": ui.lastNameEdit,
                "birth_year": ui.birthYearEdit, "phone": ui.phoneEdit, "email": ui.emailEdit,
                "resident": ui.residentPicker, "start_date": ui.startDateEdit,
                "end_date": ui.endDateEdit, "availability": ui.day1Check,
                "confidentiality_signed": ui.confidentialityEdit,
                "police_certificate_required": ui.requiredCheck,
                "police_certificate_requested": ui.requestedEdit,
                "police_certificate_issued": ui.issuedEdit,
                "police_certificate_shown": ui.shownEdit,
                "police_certificate_checked_by": ui.checkedByEdit,
                "police_certificate_body": ui.bodyEdit,
                "police_certificate_renewal_years": ui.renewalSpin,
                "skills": ui.skillsField, "languages": ui.languagesField, "notes": ui.notesEdit}

    def required_fields(self):
        return {"first_name"}

    def read(self, record_id):
        self.record = r = volunteer_record.load_volunteer(record_id)
        return {
            "first_name": r.first_name, "last_name": r.last_name,
            "birth_year": str(r.birth_year) if r.birth_year else "", "phone": r.phone,
            "email": r.email, "resident": r.resident_id, "availability": list(r.availability),
            "start_date": date_no(r.start_date), "end_date": date_no(r.end_date),
            "confidentiality_signed": date_no(r.confidentiality_signed),
            "police_certificate_required": r.police_certificate_required,
            "police_certificate_requested": date_no(r.police_certificate_requested),
            "police_certificate_issued": date_no(r.police_certificate_issued),
            "police_certificate_shown": date_no(r.police_certificate_shown),
            "police_certificate_checked_by": r.police_certificate_checked_by,
            "police_certificate_body": r.police_certificate_body,
            "police_certificate_renewal_years": r.police_certificate_renewal_years,
            "skills": list(r.skills), "languages": list(r.languages), "notes": r.notes,
        }, r.version

    def new_values(self):
        return {"police_certificate_required": True,
                "police_certificate_renewal_years": DEFAULT_RENEWAL_YEARS,
                "police_certificate_body": team_identity().bydel,
                "start_date": date_no(self.today)}

    def fill(self, values):
        ui = self.ui
        for edit, name in ((ui.firstNameEdit, "first_name"), (ui.lastNameEdit, "last_name"),
                           (ui.birthYearEdit, "birth_year"), (ui.phoneEdit, "phone"),
                           (ui.emailEdit, "email"), (ui.startDateEdit, "start_date"),
                           (ui.endDateEdit, "end_date"),
                           (ui.confidentialityEdit, "confidentiality_signed"),
                           (ui.requestedEdit, "police_certificate_requested"),
                           (ui.issuedEdit, "police_certificate_issued"),
                           (ui.shownEdit, "police_certificate_shown"),
                           (ui.checkedByEdit, "police_certificate_checked_by"),
                           (ui.bodyEdit, "police_certificate_body")):
            edit.setText(values.get(name, ""))
        ui.residentPicker.set_record_id(values.get("resident"))
        days = set(values.get("availability", []))
        for day, check in enumerate(self.day_checks, start=1):
            check.setChecked(day in days)
        ui.requiredCheck.setChecked(bool(values.get("police_certificate_required", True)))
        ui.renewalSpin.setValue(int(values.get("police_certificate_renewal_years")
                                    or DEFAULT_RENEWAL_YEARS))
        ui.skillsField.set_checked(values.get("skills", []))
        ui.languagesField.set_checked(values.get("languages", []))
        ui.notesEdit.setPlainText(values.get("notes", ""))
        self._show_certificate()

    def values(self):
        ui = self.ui
        return {
            "first_name": text_of(ui.firstNameEdit), "last_name": text_of(ui.lastNameEdit),
            "birth_year": text_of(ui.birthYearEdit), "phone": text_of(ui.phoneEdit),
            "email": text_of(ui.emailEdit), "resident": ui.residentPicker.record_id(),
            "availability": [day for day, check in enumerate(self.day_checks, start=1)
                             if check.isChecked()],
            "start_date": text_of(ui.startDateEdit), "end_date": text_of(ui.endDateEdit),
            "confidentiality_signed": text_of(ui.confidentialityEdit),
            "police_certificate_required": ui.requiredCheck.isChecked(),
            "police_certificate_requested": text_of(ui.requestedEdit),
            "police_certificate_issued": text_of(ui.issuedEdit),
            "police_certificate_shown": text_of(ui.shownEdit),
            "police_certificate_checked_by": text_of(ui.checkedByEdit),
            "police_certificate_body": text_of(ui.bodyEdit),
            "police_certificate_renewal_years": ui.renewalSpin.value(),
            "skills": ui.skillsField.checked(), "languages": ui.languagesField.checked(),
            "notes": text_of(ui.notesEdit),
        }

    def display_value(self, name, value):
        if name == "availability":
            return volunteer_record.weekdays_text(value) or "–"
        if name == "resident":
            return self.ui.residentPicker.choices.label_of(value) or "–"
        return super().display_value(name, value)

    # --- saving -------------------------------------------------------------------------
    def confirmations(self, values):
        try:
            duplicates = volunteer_record.possible_duplicates(values, self.record_id)
        except SamvirkeError:
            return []
        return [duplicate_warning(duplicates)] if duplicates else []

    def save(self, values, record_id, version):
        if self.ui.residentPicker.has_unknown_text():
            raise ValidationError({"resident": self.tr(
                "Fant ingen beboer som heter «{text}». Velg fra listen, eller tøm feltet.")
                .format(text=self.ui.residentPicker.currentText().strip())})
        return volunteer_record.save_volunteer(values, record_id, version)

    def set_archived(self, record_id, version, archived):
        volunteer_record.set_volunteer_archived(record_id, version, archived)

    def delete_record(self, record_id, version):
        volunteer_record.delete_volunteer(record_id, version)

    # --- live help ----------------------------------------------------------------------
    def certificate_check(self):
        """The status from what is typed now (a date that cannot be read counts as empty)."""
        ui = self.ui
        fields = {"police_certificate_required": ui.requiredCheck.isChecked(),
                  "police_certificate_renewal_years": ui.renewalSpin.value()}
        for name, edit in zip(CERTIFICATE_DATES, (ui.requestedEdit, ui.issuedEdit,
                                                  ui.shownEdit)):
            try:
                fields[name] = parse_date(edit.text())
            except InvalidValue:
                fields[name] = None
        return certificate_status(fields, self.today)

    def _show_certificate(self, *_args) -> None:
        check = self.certificate_check()
        color = status_colour_name(check.status)
        size = self.ui.certificateIconLabel.height()
        self.ui.certificateIconLabel.setPixmap(status_icon(check.status).pixmap(size, size))
        text = check.describe()
        if check.status is CertificateStatus.MISSING:
            text += self.tr(": kan ikke være med på aktiviteter med barn før attesten er vist.")
        elif check.status is CertificateStatus.EXPIRED:
            text += self.tr(": må vise ny attest før aktiviteter med barn.")
        self.ui.certificateStatusLabel.setText(text)
        self.ui.certificateStatusLabel.setStyleSheet(f"color: {color}; font-weight: 600;")

    def _suggest_checked_by(self) -> None:
        """Whoever types the date the certificate was shown usually saw it themselves."""
        ui = self.ui
        if ui.shownEdit.text().strip() and not ui.checkedByEdit.text().strip():
            ui.checkedByEdit.setText(actor.current().display_name)
