"""Step 2: which column goes into which field.

One line per column of the file: its header, a few values from it, and a drop-down with the
field it is imported as (or «(ikke importer)»). The first choice is the one saved at the last
import of this kind, else a suggestion from the header's words. For attendance the date
columns are the sessions and have no drop-down. What is wrong with the choice (a field
chosen twice, no name column) is said under the list and keeps Neste closed.
"""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWizardPage

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.spreadsheets import mapping as column_mapping
from samvirke_desktop.domain.spreadsheets.cell_values import shown
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui.forms.ui_import_mapping_page import Ui_ImportMappingPage

EXAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.ui = Ui_ImportMappingPage()
        self.ui.setupUi(self)
        self._wizard = wizard
        self._built_for: tuple | None = None
        self.combos: dict[int, QComboBox] = {}      # column index → drop-down
        self._dates: dict = {}
        self._setup_error = ""
        self.ui.rememberCheck.toggled.connect(self._remember_changed)
        self.ui.problemLabel.hide()

    # --- building -----------------------------------------------------------------------
    def initializePage(self) -> None:
        job = self._wizard.job
        key = (id(job.sheet), job.kind)
        if key == self._built_for:
            return  # back and forth: keep what the user chose
        self._built_for = key
        self._setup_error = ""
        try:
            if job.is_attendance:
                from samvirke_desktop.domain.spreadsheets.attendance_import import (
                    date_columns,
                    suggest_attendance_mapping,
                )

                self._dates = date_columns(job.sheet)
                mapping = suggest_attendance_mapping(job.sheet)
            else:
                from samvirke_desktop.domain.spreadsheets.people_import import resolve_mapping

                self._dates = {}
                mapping = resolve_mapping(job.kind, job.sheet, None)
        except SamvirkeError as exc:
            self._dates, mapping = {}, [None] * len(job.sheet.headers)
            self._setup_error = exc.message
        self._build(mapping)
        self._update()

    def _build(self, mapping: list[str | None]) -> None:
        grid = self.ui.columnsGrid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = {}
        job = self._wizard.job
        for column, text in enumerate((self.tr("Kolonne i filen"), self.tr("Importeres som"),
                                       self.tr("Eksempler fra filen"))):
            heading = QLabel(text, self.ui.columnsWidget)
            heading.setProperty("class", "sectionTitle")
            grid.addWidget(heading, 0, column)
        fields = column_mapping.fields_for(job.kind)
        for i, header in enumerate(job.sheet.headers):
            row = i + 1
            name = QLabel(header, self.ui.columnsWidget)
            name.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row, 0)
            examples = QLabel(self._examples(i), self.ui.columnsWidget)
            examples.setTextFormat(Qt.TextFormat.PlainText)
            examples.setProperty("class", "note")
            grid.addWidget(examples, row, 2)
            if i in self._dates:
                session = QLabel(self.tr("Samling {date}").format(date=date_no(self._dates[i])),
                                 self.ui.columnsWidget)
                grid.addWidget(session, row, 1)
                continue
            combo = QComboBox(self.ui.columnsWidget)
            combo.setObjectName(f"fieldCombo{i}")
            combo.addItem(column_mapping.field_label(job.kind, None), None)
            for field in fields:
                combo.addItem(field.label, field.code)
            combo.setCurrentIndex(max(0, combo.findData(mapping[i])))
            combo.setAccessibleName(self.tr("Importer «{header}» som").format(header=header))
            name.setBuddy(combo)
            combo.currentIndexChanged.connect(self._update)
            grid.addWidget(combo, row, 1)
            self.combos[i] = combo
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(job.sheet.headers) + 1, 1)

    def _examples(self, column: int) -> str:
        values = []
        for row in self._wizard.job.sheet.rows:
            value = row.value(column)
            if value is not None and shown(value) not in values:
                values.append(shown(value))
            if len(values) == EXAMPLES:
                break
        if not values:
            return self.tr("(tom kolonne)")
        text = ", ".join(values)
        return text if len(text) <= 70 else text[:69] + "…"

    # --- choosing -------------------------------------------------------------------------
    def mapping(self) -> list[str | None]:
        headers = self._wizard.job.sheet.headers
        return [self.combos[i].currentData() if i in self.combos else None
                for i in range(len(headers))]

    def choose(self, header: str, code: str | None) -> None:
        """Set the drop-down of the column headed ``header`` (as the user would)."""
        i = self._wizard.job.sheet.headers.index(header)
        self.combos[i].setCurrentIndex(self.combos[i].findData(code))

    def problems(self) -> list[str]:
        job = self._wizard.job
        if self._setup_error:
            return [self._setup_error]
        mapping = self.mapping()
        if job.is_attendance:
            from samvirke_desktop.domain.spreadsheets.attendance_import import check_attendance_mapping

            return check_attendance_mapping(mapping)
        return column_mapping.check_mapping(job.kind, job.sheet.headers, mapping)

    def _update(self, *_args) -> None:
        job = self._wizard.job
        job.mapping = self.mapping()
        job.preview = None  # a new choice needs a new preview
        self._show_problems(self.problems())
        self.completeChanged.emit()

    def _show_problems(self, problems: list[str]) -> None:
        self.ui.problemLabel.setText("\n".join(problems))
        self.ui.problemLabel.setVisible(bool(problems))

    def problem_text(self) -> str:
        return self.ui.problemLabel.text() if not self.ui.problemLabel.isHidden() else ""

    def _remember_changed(self, checked: bool) -> None:
        self._wizard.job.remember_mapping = checked

    # --- QWizardPage --------------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self._wizard.busy() and bool(self.combos) and not self.problems()
