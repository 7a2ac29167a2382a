"""Step 3: every row with its problems, before anything is written; then Importer.

The rows are checked in the background when the page opens (names against the people
already registered, dates, phones …). Pressing Importer writes every ticked row without an
error in one transaction, also in the background with a progress bar; if the database
refuses one row, nothing is saved and the page says which row.
"""
from PySide6.QtWidgets import QHeaderView, QWizard, QWizardPage

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui.forms.ui_import_preview_page import Ui_ImportPreviewPage
from samvirke_desktop.gui.import_wizard.preview_model import (
    ALL,
    PROBLEMS,
    SKIPPED,
    PreviewTableModel,
    problem_text,
)

MAX_NOTES = 8
FIT_SAMPLE_ROWS = 200
MAX_COLUMN_EMS = 24


def _rows_word(page, count: int) -> str:
    return page.tr("1 rad") if count == 1 else page.tr("{n} rader").format(n=number(count))


class PreviewPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)
        self.ui.rowsView.setAccessibleName(self.tr("Radene i filen"))
        self._wizard = wizard
        self.setCommitPage(True)
        self.model = PreviewTableModel(self)
        self.model.ticks_changed.connect(self._ticks_changed)
        view = self.ui.rowsView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.selectionModel().currentRowChanged.connect(self._show_detail)
        for key, label in ((ALL, self.tr("Alle rader")),
                           (PROBLEMS, self.tr("Rader med advarsel eller feil")),
                           (SKIPPED, self.tr("Rader som ikke blir importert"))):
            self.ui.filterCombo.addItem(label, key)
        self.ui.filterCombo.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(self.ui.filterCombo.currentData()))
        self.ui.skipDuplicatesButton.clicked.connect(self.skip_duplicates)
        self.ui.includeWarningsButton.clicked.connect(self.include_warnings)
        self._show_error("")
        self._set_busy("")

    # --- checking ---------------------------------------------------------------------
    def initializePage(self) -> None:
        job = self._wizard.job
        is_people = not job.is_attendance
        self.ui.skipDuplicatesButton.setVisible(is_people)
        self._show_error("")
        if job.preview is not None:
            self._update_summary()
            return  # back from nowhere: the preview (and the ticks) are still valid
        self.model.set_preview(None, job.is_attendance)
        self.ui.summaryLabel.setText(self.tr("Sjekker radene …"))
        self.ui.notesLabel.setText("")
        self.ui.detailLabel.setText("")
        self._set_busy(self.tr("Sjekker {rows} mot det som allerede er registrert …").format(
            rows=_rows_word(self, job.sheet.row_count)))
        if job.is_attendance:
            from samvirke_desktop.domain.spreadsheets.attendance_import import preview_attendance_import

            self._wizard.run(preview_attendance_import, job.activity_id, job.sheet, job.mapping,
                             done=self._checked, failed=self._check_failed)
        else:
            from samvirke_desktop.domain.spreadsheets.people_import import preview_people_import

            self._wizard.run(preview_people_import, job.kind, job.sheet, job.mapping,
                             done=self._checked, failed=self._check_failed)

    def _checked(self, preview, seconds: float) -> None:
        self._set_busy("")
        job = self._wizard.job
        job.preview = preview
        job.seconds["check"] = seconds
        self.model.set_preview(preview, job.is_attendance)
        self._fit_columns()
        self._update_summary()
        if self.model.rowCount():
            self.ui.rowsView.selectRow(0)

    def _check_failed(self, exc: SamvirkeError) -> None:
        self._set_busy("")
        self.ui.summaryLabel.setText(self.tr("Filen kan ikke importeres slik den er."))
        self._show_error(exc.message)
        self.completeChanged.emit()

    def _fit_columns(self) -> None:
        """Widths from the first rows' contents (not all 50 000), long texts capped; the
        problems are read in full in the tooltip and under the table."""
        view = self.ui.rowsView
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        view.resizeColumnsToContents()
        widest = view.fontMetrics().horizontalAdvance("M" * MAX_COLUMN_EMS)
        for column in range(self.model.columnCount()):
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)

    # --- ticks --------------------------------------------------------------------------
    def skip_duplicates(self) -> int:
        return self.model.set_included(
            lambda row: bool(getattr(row, "duplicates", None) or getattr(row, "same_as_rows", None)),
            False)

    def include_warnings(self) -> int:
        return self.model.set_included(lambda row: True, True)

    def _ticks_changed(self) -> None:
        self._update_summary()
        self._show_detail(self.ui.rowsView.currentIndex())

    def to_import(self) -> int:
        """Rows (people) or marks (attendance) that Importer will write."""
        preview = self._wizard.job.preview
        if preview is None:
            return 0
        if self._wizard.job.is_attendance:
            return preview.marks_to_import
        return len(preview.rows_to_import)

    def _update_summary(self) -> None:
        job = self._wizard.job
        preview = job.preview
        if preview is None:
            return
        count = self.to_import()
        total = len(preview.rows)
        if job.is_attendance:
            people = sum(1 for row in preview.rows if row.will_import)
            headline = self.tr("{marks} blir registrert for {people} av {total} personer.").format(
                marks=self.tr("1 oppmøte") if count == 1 else self.tr("{n} oppmøter").format(
                    n=number(count)), people=number(people), total=number(total))
            button = self.tr("&Importer {n} oppmøter").format(n=number(count))
        else:
            headline = self.tr("{n} av {rows} blir importert.").format(
                n=number(count), rows=_rows_word(self, total))
            button = self.tr("&Importer {rows}").format(rows=_rows_word(self, count))
        self.ui.summaryLabel.setText(headline)
        self._show_notes([preview.summary(), *preview.notes])
        self.setButtonText(QWizard.WizardButton.CommitButton, button)
        self.completeChanged.emit()

    def _show_notes(self, notes: list[str]) -> None:
        if len(notes) > MAX_NOTES:
            notes = notes[:MAX_NOTES] + [self.tr("… og {n} merknader til.").format(
                n=len(notes) - MAX_NOTES)]
        self.ui.notesLabel.setText("\n".join(notes))
        self.ui.notesLabel.setVisible(bool(notes))

    def _show_detail(self, current, _previous=None) -> None:
        if current is None or not current.isValid():
            self.ui.detailLabel.setText("")
            return
        row = self.model.row_at(current.row())
        lines = [self.tr("Rad {n}: {status}").format(n=row.number,
                                                     status=self.model.status_text(row))]
        lines += [f"• {problem_text(p)}" for p in row.problems]
        self.ui.detailLabel.setText("\n".join(lines))

    # --- writing ------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self._wizard.busy() and self._wizard.job.preview is not None \
            and self.to_import() > 0

    def validatePage(self) -> bool:
        job = self._wizard.job
        if job.result is not None:
            return True
        self._show_error("")
        total = self.to_import()
        self._set_busy(self.tr("Importerer … 0 av {n}. Alt lagres samlet til slutt.").format(
            n=number(total)), total)
        if job.is_attendance:
            from samvirke_desktop.domain.spreadsheets.attendance_import import run_attendance_import as job_fn
        else:
            from samvirke_desktop.domain.spreadsheets.people_import import run_import as job_fn
        self._wizard.run(job_fn, job.preview, remember_mapping=job.remember_mapping,
                         progress=self._wizard.task.report_progress,
                         done=self._imported, failed=self._import_failed,
                         on_progress=self._progress, cancellable=False)
        return False

    def _progress(self, done: int, total: int) -> None:
        self.ui.busyBar.setMaximum(max(total, 1))
        self.ui.busyBar.setValue(done)
        self.ui.busyLabel.setText(self.tr("Importerer … {done} av {total}. Alt lagres samlet til "
                                          "slutt.").format(done=number(done), total=number(total)))

    def _imported(self, result, seconds: float) -> None:
        self._set_busy("")
        job = self._wizard.job
        job.result = result
        job.seconds["write"] = seconds
        self._wizard.imported.emit()
        self._wizard.next()

    def _import_failed(self, exc: SamvirkeError) -> None:
        self._set_busy("")
        self._show_error(exc.message)

    # --- look ---------------------------------------------------------------------------
    def _set_busy(self, text: str, total: int = 0) -> None:
        self.ui.busyLabel.setText(text)
        self.ui.busyLabel.setVisible(bool(text))
        self.ui.busyBar.setVisible(bool(text))
        self.ui.busyBar.setRange(0, total)
        self.ui.busyBar.setValue(0)
        busy = bool(text)
        for widget in (self.ui.filterCombo, self.ui.skipDuplicatesButton,
                       self.ui.includeWarningsButton, self.ui.rowsView):
            widget.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""
