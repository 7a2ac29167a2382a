"""The form for one resident: person, home and household, guardians, consents and notes."""
import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.people import household_record, resident_record
from samvirke_desktop.domain.people.duplicates import duplicate_warning
from samvirke_desktop.domain.team.site_record import site_choices
from samvirke_desktop.domain.validation import InvalidValue, age_on, validate_birth
from samvirke_desktop.domain.vocabulary import CONSENT_KIND_LABELS, label_text
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.forms.ui_resident_form import Ui_ResidentForm
from samvirke_desktop.gui.records.household_dialog import HouseholdDialog
from samvirke_desktop.gui.records.pickers import ChoiceList
from samvirke_desktop.gui.records.register_dialog import (
    RegisterDialog,
    combo_value,
    fill_combo,
    select_value,
    text_of,
)
from samvirke_desktop.gui.widgets.row_table import (
    CHECK,
    CHOICE,
    DATE,
    EDITABLE_CHOICE,
    PICKER,
    TEXT,
    Column,
)

GENDER_CHOICES = (("female", "Jente / kvinne"), ("male", "Gutt / mann"), ("other", "Annet"),
                  ("unspecified", "Ikke oppgitt"))
COMMON_LANGUAGES = ("Norsk", "Arabisk", "Somali", "Polsk", "Urdu", "Tigrinja", "Dari", "Engelsk",
                    "Tyrkisk", "Ukrainsk")


class ResidentDialog(RegisterDialog):
    form_class = Ui_ResidentForm
    minimum_size = (760, 520)
    default_size = (1000, 760)

    def __init__(self, record_id=None, parent=None, *, today: datetime.date | None = None):
        self.today = today or datetime.date.today()
        self.household_dialog: HouseholdDialog | None = None
        super().__init__(record_id, parent)

    def can_edit(self) -> bool:
        return resident_record.can_edit()

    # --- innsyn (access request) -------------------------------------------------------
    def _build_actions(self) -> None:
        super()._build_actions()
        from samvirke_desktop.domain.team.permissions import EXPORT_PERSONAL_DATA, can

        self.access_button = None
        if self.record_id is not None and can(EXPORT_PERSONAL_DATA):
            self.access_button = self.add_action_button(
                self.tr("&Innsyn…"), "mdi6.file-account-outline", self.access_request)
            self.access_button.setToolTip(self.tr(
                "Alt Samvirke har lagret om personen, som PDF eller JSON (for en innsynsbegjæring)."))

    def access_request(self, path: str | None = None) -> Path | None:
        """Write everything stored about this resident to ``path`` (asked for when not given)."""
        if path is None:
            if not notices.dialogs_enabled():
                return None
            name = self.windowTitle().split("–")[-1].strip() or self.tr("beboer")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Innsyn: lagre alt om personen"),
                str(Path.home() / self.tr("Innsyn {name}.pdf").format(name=name)),
                self.tr("PDF (*.pdf);;JSON (*.json)"))
            if not path:
                return None
        from samvirke_desktop.reports.access_report import make_access_report

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = make_access_report(self.record_id, Path(path))
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if written.suffix.lower() == ".pdf":
            from samvirke_desktop.gui.file_viewer import open_in_viewer

            open_in_viewer(written)
        return written

    # --- set-up -------------------------------------------------------------------------
    def prepare_form(self) -> None:
        ui = self.ui
        fill_combo(ui.genderCombo, GENDER_CHOICES)
        languages = {name.casefold(): name for name in COMMON_LANGUAGES}
        # A role that may only look gets no lists of other people: only this record's own.
        for name in ([] if self.read_only else resident_record.language_suggestions()):
            languages.setdefault(name.casefold(), name)
        ui.languageCombo.addItems(sorted(languages.values(), key=str.casefold))
        ui.languageCombo.lineEdit().setPlaceholderText(self.tr("Velg eller skriv"))
        ui.storageBasisCombo.addItems(list(resident_record.STORAGE_BASIS_CHOICES))
        ui.storageBasisCombo.lineEdit().setPlaceholderText(resident_record.DEFAULT_STORAGE_BASIS)
        ui.storageBasisCombo.setToolTip(self.tr(
            "Grunnlaget teamet lagrer opplysningene om personen på. Står feltet tomt, lagres "
            "«{basis}».").format(basis=resident_record.DEFAULT_STORAGE_BASIS))
        self._fill_sites(None)
        if not self.read_only and self.record_id is None:
            self._fill_households(None)  # an existing record fills them when it is read
        ui.birthEdit.textChanged.connect(self._show_age)
        ui.birthEdit.editingFinished.connect(self._tidy_birth)
        ui.householdPicker.picked.connect(self._household_picked)
        ui.newHouseholdButton.clicked.connect(self.new_household)
        ui.editHouseholdButton.clicked.connect(self.edit_household)
        self._guardian_choices: ChoiceList | None = None
        ui.guardiansEditor.setup(
            [Column("guardian_id", self.tr("Registrert beboer"), PICKER, stretch=3),
             Column("name", self.tr("Navn (ellers)"), TEXT, stretch=2, max_length=200),
             Column("phone", self.tr("Telefon"), TEXT, stretch=2, max_length=40),
             Column("relation", self.tr("Relasjon"), EDITABLE_CHOICE, stretch=1,
                    choices=resident_record.GUARDIAN_RELATIONS)],
            widgets=True, add_text=self.tr("Legg til foresatt"),
            empty_text=self.tr("Ingen foresatte registrert."),
            picker_choices=self.guardian_choices)  # read when a guardian row is shown
        ui.guardiansEditor.row_added.connect(self._guardian_row_added)
        ui.consentsEditor.setup(
            [Column("kind", self.tr("Gjelder"), CHOICE, stretch=2,
                    choices=[(k, label_text(v)) for k, v in CONSENT_KIND_LABELS.items()]),
             Column("given_date", self.tr("Gitt"), DATE, stretch=2, min_width=120),
             Column("given_by", self.tr("Gitt av"), TEXT, stretch=3, max_length=200),
             Column("given_by_guardian", "", CHECK, stretch=0,
                    check_text=self.tr("Av foresatt")),
             Column("withdrawn_date", self.tr("Trukket tilbake"), DATE, stretch=2,
                    min_width=120),
             Column("notes", self.tr("Merknad"), TEXT, stretch=3)],
            widgets=True, add_text=self.tr("Legg til samtykke"),
            empty_text=self.tr("Ingen samtykker registrert."))

    def guardian_choices(self) -> ChoiceList:
        """The residents a guardian row can pick, read the first time a row needs them."""
        if self._guardian_choices is None:
            self._guardian_choices = ChoiceList(
                [] if self.read_only else resident_record.guardian_choices(
                    exclude_id=self.record_id),
                self.tr("Ikke registrert"), self)
        return self._guardian_choices

    def _fill_sites(self, keep_id) -> None:
        current = combo_value(self.ui.siteCombo) if self.ui.siteCombo.count() else None
        fill_combo(self.ui.siteCombo, site_choices(keep_id=keep_id),
                   none_text=self.tr("Ikke valgt"))
        select_value(self.ui.siteCombo, current)

    def _fill_households(self, keep_id) -> None:
        picker = self.ui.householdPicker
        current = picker.record_id() if picker.count() else None
        picker.set_choices(household_record.household_choices(keep_id=keep_id),
                           self.tr("Ingen husstand"))
        picker.set_record_id(current)

    # --- titles and status --------------------------------------------------------------
    def new_title(self) -> str:
        return self.tr("Ny beboer")

    def record_title(self) -> str:
        return self.tr("Beboer – {name}").format(name=self.record.name)

    def status_text(self) -> str:
        if self.record is not None and self.record.anonymised:
            return self.tr("Anonymisert: opplysningene som kunne identifisere personen er tatt "
                           "bort, og oppføringen kan ikke endres.")
        text = super().status_text()
        if not text and self.record is not None and self.record.needs_completion:
            return self.tr("Registrert ved oppmøte med bare det nødvendigste. Fyll ut resten "
                           "og lagre.")
        return text

    # --- fields -------------------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"first_name": ui.firstNameEdit, "last_name": ui.lastNameEdit,
                "birth": ui.birthEdit, "gender": ui.genderCombo, "phone": ui.phoneEdit,
                "email": ui.emailEdit, "language": ui.languageCombo,
                "interpreter_needed": ui.interpreterCheck, "site": ui.siteCombo,
                "household": ui.householdPicker, "storage_basis": ui.storageBasisCombo,
                "guardians": ui.guardiansEditor, "consents": ui.consentsEditor,
                "notes": ui.notesEdit}

    def required_fields(self):
        return {"first_name", "birth"}

    def read(self, record_id):
        self.record = r = resident_record.load_resident(record_id)
        self._fill_sites(r.site_id)
        if self.read_only:
            self.ui.householdPicker.set_choices(
                [(r.household_id, r.household_name)] if r.household_id else [],
                self.tr("Ingen husstand"))
            # Only the record's own guardians: a role that may only look lists nobody else.
            self._guardian_choices = ChoiceList(
                [(g.guardian_id, g.name) for g in r.guardians if g.guardian_id is not None],
                self.tr("Ikke registrert"), self)
        else:
            self._fill_households(r.household_id)
        self.ui.wardsValue.setText(", ".join(r.wards))
        self.ui.wardsLabel.setVisible(bool(r.wards))
        self.ui.wardsValue.setVisible(bool(r.wards))
        if r.birth_date:
            birth = date_no(r.birth_date)
        else:
            birth = str(r.birth_year) if r.birth_year else ""
        return {
            "first_name": r.first_name, "last_name": r.last_name, "birth": birth,
            "gender": r.gender, "phone": r.phone, "email": r.email, "language": r.language,
            "interpreter_needed": r.interpreter_needed, "site": r.site_id,
            "household": r.household_id, "storage_basis": r.storage_basis, "notes": r.notes,
            "guardians": [{"id": g.id, "guardian_id": g.guardian_id,
                           "name": "" if g.guardian_id else g.name,
                           "phone": "" if g.guardian_id else g.phone,
                           "relation": g.relation} for g in r.guardians],
            "consents": [{"id": c.id, "kind": c.kind, "given_date": date_no(c.given_date),
                          "given_by": c.given_by, "given_by_guardian": c.given_by_guardian,
                          "withdrawn_date": date_no(c.withdrawn_date), "notes": c.notes}
                         for c in r.consents],
        }, r.version

    def new_values(self):
        self.ui.wardsLabel.hide()
        self.ui.wardsValue.hide()
        return {"gender": "unspecified",
                "storage_basis": resident_record.DEFAULT_STORAGE_BASIS}

    def fill(self, values):
        ui = self.ui
        ui.firstNameEdit.setText(values.get("first_name", ""))
        ui.lastNameEdit.setText(values.get("last_name", ""))
        ui.birthEdit.setText(values.get("birth", ""))
        select_value(ui.genderCombo, values.get("gender", "unspecified"))
        ui.phoneEdit.setText(values.get("phone", ""))
        ui.emailEdit.setText(values.get("email", ""))
        ui.languageCombo.setEditText(values.get("language", ""))
        ui.interpreterCheck.setChecked(bool(values.get("interpreter_needed")))
        select_value(ui.siteCombo, values.get("site"))
        ui.householdPicker.set_record_id(values.get("household"))
        ui.storageBasisCombo.setEditText(values.get("storage_basis", ""))
        ui.notesEdit.setPlainText(values.get("notes", ""))
        ui.guardiansEditor.set_rows(values.get("guardians", []))
        ui.consentsEditor.set_rows(values.get("consents", []))
        self._show_age()
        self._show_members()

    def values(self):
        ui = self.ui
        return {
            "first_name": text_of(ui.firstNameEdit), "last_name": text_of(ui.lastNameEdit),
            "birth": text_of(ui.birthEdit), "gender": combo_value(ui.genderCombo),
            "phone": text_of(ui.phoneEdit), "email": text_of(ui.emailEdit),
            "language": ui.languageCombo.currentText().strip(),
            "interpreter_needed": ui.interpreterCheck.isChecked(),
            "site": combo_value(ui.siteCombo), "household": ui.householdPicker.record_id(),
            "storage_basis": ui.storageBasisCombo.currentText().strip(),
            "notes": text_of(ui.notesEdit),
            "guardians": ui.guardiansEditor.rows(), "consents": ui.consentsEditor.rows(),
        }

    def display_value(self, name, value):
        if name == "gender":
            return dict(GENDER_CHOICES).get(value, "–")
        if name == "site":
            index = self.ui.siteCombo.findData(value)
            return self.ui.siteCombo.itemText(index) if value is not None and index > 0 else "–"
        if name == "household":
            return self.ui.householdPicker.choices.label_of(value) or "–"
        if name == "guardians":
            return "; ".join(self._guardian_text(row) for row in value) or "–"
        if name == "consents":
            return "; ".join(
                f"{label_text(CONSENT_KIND_LABELS.get(row['kind'], row['kind']))} {row['given_date']}"
                + (f" (trukket {row['withdrawn_date']})" if row["withdrawn_date"] else "")
                for row in value) or "–"
        return super().display_value(name, value)

    def _guardian_text(self, row: dict) -> str:
        if row.get("guardian_id"):
            return self.guardian_choices().label_of(row["guardian_id"]) \
                or str(row["guardian_id"])
        return " ".join(filter(None, [row.get("name"), row.get("phone")]))

    # --- saving -------------------------------------------------------------------------
    def _picker_errors(self) -> dict[str, str]:
        """Text typed into a picker that matches nothing would be dropped: say so instead."""
        errors = {}
        if self.ui.householdPicker.has_unknown_text():
            errors["household"] = self.tr("Fant ingen husstand som heter «{text}». Velg fra "
                                          "listen, eller trykk «Ny…» for å lage den.").format(
                text=self.ui.householdPicker.currentText().strip())
        editor = self.ui.guardiansEditor
        unknown = [self.tr("Foresatt {n}: fant ingen beboer som heter «{text}». Velg fra "
                           "listen, eller tøm feltet og skriv navn og telefon.").format(
                       n=index + 1, text=editor.row_widgets(index)["guardian_id"].currentText())
                   for index in range(editor.rowCount())
                   if editor.row_widgets(index)["guardian_id"].has_unknown_text()]
        if unknown:
            errors["guardians"] = "\n".join(unknown)
        return errors

    def confirmations(self, values):
        if self._picker_errors():
            return []  # the save reports them; no point asking about duplicates first
        try:
            duplicates = resident_record.possible_duplicates(values, self.record_id)
        except SamvirkeError:
            return []
        return [duplicate_warning(duplicates)] if duplicates else []

    def save(self, values, record_id, version):
        errors = self._picker_errors()
        if errors:
            raise ValidationError(errors)
        return resident_record.save_resident(values, record_id, version)

    def set_archived(self, record_id, version, archived):
        resident_record.set_resident_archived(record_id, version, archived)

    def delete_record(self, record_id, version):
        resident_record.delete_resident(record_id, version)

    # --- live help ----------------------------------------------------------------------
    def _show_age(self, *_args) -> None:
        text = ""
        try:
            birth = validate_birth(self.ui.birthEdit.text(), today=self.today)
        except InvalidValue:
            birth = None
        if birth is not None and birth.year is not None:
            age = age_on(birth.date, birth.year, self.today)
            text = self.tr("{age} år").format(age=age) if birth.date else \
                self.tr("ca. {age} år").format(age=age)
        self.ui.ageLabel.setText(text)

    def _tidy_birth(self) -> None:
        try:
            birth = validate_birth(self.ui.birthEdit.text(), today=self.today)
        except InvalidValue:
            return
        if birth.date is not None and self.ui.birthEdit.text() != date_no(birth.date):
            self.ui.birthEdit.setText(date_no(birth.date))

    def _guardian_row_added(self, _index: int, widgets: dict) -> None:
        picker, name, phone = widgets["guardian_id"], widgets["name"], widgets["phone"]

        def update() -> None:
            registered = picker.record_id() is not None
            for edit in (name, phone):
                if registered and edit.text():
                    edit.clear()
                edit.setEnabled(not registered and not self.read_only)
                edit.setPlaceholderText(self.tr("(fra beboeren)") if registered else "")

        picker.picked.connect(update)
        update()

    def _household_picked(self) -> None:
        household_id = self.ui.householdPicker.record_id()
        if household_id is not None and combo_value(self.ui.siteCombo) is None:
            select_value(self.ui.siteCombo, resident_record.site_of_household(household_id))
        self._show_members()

    def _show_members(self) -> None:
        household_id = self.ui.householdPicker.record_id()
        self.ui.editHouseholdButton.setEnabled(household_id is not None and not self.read_only)
        # A long household name may be cut off in the box: the tooltip shows all of it.
        self.ui.householdPicker.setToolTip(self.ui.householdPicker.currentText()
                                           if household_id is not None else "")
        text = ""
        if household_id is not None:
            try:
                members = household_record.load_household(household_id).members
            except SamvirkeError:  # e.g. a role that may not list the household's members
                members = None
            own = " ".join(filter(None, [text_of(self.ui.firstNameEdit),
                                         text_of(self.ui.lastNameEdit)]))
            others = [m for m in members or () if m != own]
            if others:
                text = self.tr("Bor sammen med {names}.").format(names=", ".join(others))
            elif members is not None:
                text = self.tr("Ingen andre i husstanden ennå.")
        self.ui.householdMembersLabel.setText(text)
        self.ui.householdMembersLabel.setVisible(bool(text))

    # --- households -----------------------------------------------------------------------
    def new_household(self) -> HouseholdDialog:
        name = text_of(self.ui.lastNameEdit) or text_of(self.ui.firstNameEdit)
        defaults = {"name": name, "site": combo_value(self.ui.siteCombo)}
        return self._open_household(HouseholdDialog(None, self, defaults=defaults))

    def edit_household(self) -> HouseholdDialog | None:
        household_id = self.ui.householdPicker.record_id()
        if household_id is None:
            return None
        try:
            dialog = HouseholdDialog(household_id, self)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        return self._open_household(dialog)

    def _open_household(self, dialog: HouseholdDialog) -> HouseholdDialog:
        self.household_dialog = dialog
        dialog.record_saved.connect(self._household_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _household_saved(self, household_id: int) -> None:
        self._fill_households(household_id)
        self.ui.householdPicker.set_record_id(household_id)
        self._household_picked()
