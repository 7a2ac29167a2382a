"""Step 1: what to import, from which file (and for attendance, into which activity).

The file is read in the background as soon as it is chosen; what was found (sheet, rows,
encoding) or why it cannot be used is shown under the file, and Neste opens only for a
file that can be read.
"""
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizardPage

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.spreadsheets.mapping import MappingError
from samvirke_desktop.domain.spreadsheets.reading import read_spreadsheet
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui.forms.ui_import_source_page import Ui_ImportSourcePage

FILE_FILTER = "Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)"

HINTS = {
    "residents": "Én rad per person, med overskrifter øverst, for eksempel Fornavn, Etternavn, "
                 "Fødselsdato, Kjønn, Telefon, Område, Husstand. Rader som kan være personer "
                 "som allerede er registrert, vises før noe lagres.",
    "volunteers": "Én rad per frivillig, for eksempel Fornavn, Etternavn, Telefon, E-post, "
                  "Fag, Språk, Startdato og datoen politiattesten ble vist.",
    "partners": "Én rad per samarbeidspartner: Organisasjon, Type, Telefon, E-post, "
                "Kontaktperson.",
    "attendance": "Navnene nedover i første kolonne og én kolonne per samling med datoen som "
                  "overskrift (05.06.2026). x, X, 1 eller ✓ betyr at personen kom. Personene "
                  "må være registrert som beboere først.",
}


class SourcePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.ui = Ui_ImportSourcePage()
        self.ui.setupUi(self)
        self._wizard = wizard
        self._loaded_for: tuple | None = None   # (path, sheet name) of the sheet in the job
        self._radios = {"residents": self.ui.residentsRadio,
                        "volunteers": self.ui.volunteersRadio,
                        "partners": self.ui.partnersRadio,
                        "attendance": self.ui.attendanceRadio}
        may_edit_people = permissions.can(permissions.EDIT_PEOPLE)
        may_check_in = permissions.can(permissions.CHECK_IN_ANY) or permissions.can(
            permissions.CHECK_IN_OWN)
        for kind, radio in self._radios.items():
            radio.setVisible(may_check_in if kind == "attendance" else may_edit_people)
            radio.toggled.connect(self._kind_changed)
        first = next((r for r in self._radios.values() if not r.isHidden()), None)
        if first is not None:
            first.setChecked(True)
        self._fill_activities(may_check_in)
        self.ui.activityCombo.currentIndexChanged.connect(self._activity_changed)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.editingFinished.connect(self._typed_path)
        self.ui.sheetCombo.activated.connect(self._sheet_chosen)
        self._set_sheet_choice([])
        self._show_error("")
        self._show_info("")
        self.ui.busyBar.hide()
        self._kind_changed()

    # --- choices --------------------------------------------------------------------
    def kind(self) -> str:
        return next((k for k, r in self._radios.items() if r.isChecked()), "residents")

    def set_kind(self, kind: str) -> None:
        self._radios[kind].setChecked(True)

    def _fill_activities(self, may_check_in: bool) -> None:
        from samvirke_desktop.domain.spreadsheets.attendance_import import importable_activities

        combo = self.ui.activityCombo
        combo.clear()
        if not may_check_in:
            return
        try:
            activities = importable_activities()
        except SamvirkeError:
            activities = []
        for activity_id, name in activities:
            combo.addItem(name, activity_id)
        if not activities:
            combo.addItem(self.tr("Ingen aktiviteter med navngitte deltakere"), None)

    def set_activity(self, activity_id: int) -> None:
        index = self.ui.activityCombo.findData(activity_id)
        if index >= 0:
            self.ui.activityCombo.setCurrentIndex(index)

    def _kind_changed(self, *_args) -> None:
        kind = self.kind()
        attendance = kind == "attendance"
        self.ui.activityLabel.setVisible(attendance)
        self.ui.activityCombo.setVisible(attendance)
        self.ui.hintLabel.setText(self.tr(HINTS[kind]))
        job = self._wizard.job
        job.kind, job.preview = kind, None
        job.activity_id = self.ui.activityCombo.currentData() if attendance else None
        self.completeChanged.emit()

    def _activity_changed(self, *_args) -> None:
        if self.kind() == "attendance":
            self._wizard.job.activity_id = self.ui.activityCombo.currentData()
            self._wizard.job.preview = None
        self.completeChanged.emit()

    # --- the file -----------------------------------------------------------------------
    def browse(self) -> None:
        start = self.ui.fileEdit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Velg regnearket"), start,
                                              self.tr(FILE_FILTER))
        if path:
            self.set_path(path)

    def _typed_path(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if text and (self._loaded_for is None or Path(text) != self._loaded_for[0]):
            self.set_path(text)

    def set_path(self, path: str | Path) -> None:
        """Choose the file and read it (in the background)."""
        self.ui.fileEdit.setText(str(path))
        self._set_sheet_choice([])
        self._load(Path(path), None)

    def _sheet_chosen(self, index: int) -> None:
        name = self.ui.sheetCombo.itemText(index)
        job = self._wizard.job
        if job.path is not None and name and name != job.sheet_name:
            self._load(job.path, name)

    def _load(self, path: Path, sheet_name: str | None) -> None:
        job = self._wizard.job
        job.path, job.sheet_name, job.sheet, job.preview = path, sheet_name, None, None
        self._loaded_for = None
        self._show_error("")
        self._show_info(self.tr("Leser {name} …").format(name=path.name))
        self.ui.busyBar.show()
        self.completeChanged.emit()
        self._wizard.run(read_spreadsheet, path, sheet=sheet_name,
                         done=lambda sheet, seconds: self._loaded(path, sheet_name, sheet, seconds),
                         failed=self._load_failed)

    def _loaded(self, path: Path, sheet_name: str | None, sheet, seconds: float) -> None:
        self.ui.busyBar.hide()
        job = self._wizard.job
        if job.path != path or job.sheet_name != sheet_name:
            return  # another file was chosen meanwhile
        job.sheet, job.sheet_name = sheet, sheet.sheet_name or None
        job.seconds["read"] = seconds
        self._loaded_for = (path, sheet_name)
        self._set_sheet_choice(sheet.sheet_names, sheet.sheet_name)
        self._show_info(self.describe(sheet))
        self.completeChanged.emit()

    def _load_failed(self, exc: SamvirkeError) -> None:
        self.ui.busyBar.hide()
        self._show_info("")
        self._wizard.job.sheet = None
        self._show_error(exc.message)
        self.completeChanged.emit()

    def describe(self, sheet) -> str:
        """"beboere.xlsx, arket «Ark1»: 1 234 rader under overskriftsraden (rad 1)." """
        where = self.tr(", arket «{sheet}»").format(sheet=sheet.sheet_name) \
            if sheet.sheet_name else ""
        how = self.tr(" ({encoding}, skilt med {delimiter})").format(
            encoding=sheet.encoding, delimiter=_delimiter_word(self, sheet.delimiter)) \
            if sheet.encoding else ""
        count = self.tr("1 rad") if sheet.row_count == 1 else self.tr("{n} rader").format(
            n=number(sheet.row_count))
        text = self.tr("{file}{where}{how}: {count} under overskriftsraden (rad {header}), "
                       "{columns} kolonner.").format(
            file=sheet.file_name, where=where, how=how, count=count, header=sheet.header_row,
            columns=len(sheet.headers))
        if sheet.warnings:
            text += "\n" + "\n".join(sheet.warnings)
        return text

    def _set_sheet_choice(self, names: list[str], current: str = "") -> None:
        combo = self.ui.sheetCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        if current:
            combo.setCurrentText(current)
        combo.blockSignals(False)
        several = len(names) > 1
        self.ui.sheetLabel.setVisible(several)
        combo.setVisible(several)

    def _show_info(self, text: str) -> None:
        self.ui.fileInfoLabel.setText(text)
        self.ui.fileInfoLabel.setVisible(bool(text))

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    # --- QWizardPage --------------------------------------------------------------------
    def isComplete(self) -> bool:
        job = self._wizard.job
        if self._wizard.busy() or job.sheet is None:
            return False
        return not (job.is_attendance and job.activity_id is None)

    def validatePage(self) -> bool:
        job = self._wizard.job
        if job.is_attendance:
            from samvirke_desktop.domain.spreadsheets.attendance_import import suggest_attendance_mapping

            try:
                suggest_attendance_mapping(job.sheet)
            except MappingError as exc:
                self._show_error(exc.message)
                return False
        self._show_error("")
        return True


def _delimiter_word(page, delimiter: str) -> str:
    return {";": page.tr("semikolon"), ",": page.tr("komma"), "\t": page.tr("tabulator")}.get(
        delimiter, f"«{delimiter}»")
