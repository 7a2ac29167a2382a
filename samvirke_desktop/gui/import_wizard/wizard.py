"""Fil → Importer…: a team's spreadsheet into Samvirke in four steps.

1. What to import (beboere, frivillige, samarbeidspartnere, oppmøte) and the file; for
   attendance the activity. The file is read as soon as it is chosen, so a file that cannot
   be used is told at once, with what to do.
2. The columns: suggested from the header names, changed with a drop-down per column and
   (if wanted) remembered for next time.
3. The preview: every row with its problems, ticked when it will be imported. Nothing is
   written before the user presses Importer; then all ticked rows go in one transaction.
4. The summary, with the report of skipped rows to save.

Reading, checking and writing run in a thread of their own (``background.BackgroundTask``),
so a file of 50 000 rows does not freeze the window; the wizard shows a busy cursor and a
progress bar meanwhile, and only one step runs at a time.
"""
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from samvirke_desktop.domain.spreadsheets.reading import Sheet
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui.icons import app_icon
from samvirke_desktop.gui.import_wizard.background import BackgroundTask, show_unexpected

log = logging.getLogger(__name__)

SOURCE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, SUMMARY_PAGE = range(4)
MINIMUM_SIZE = QSize(860, 600)
START_SIZE = QSize(1080, 720)


@dataclass
class ImportJob:
    """What the user has chosen so far, shared by the pages."""
    kind: str = "residents"
    path: Path | None = None
    sheet_name: str | None = None
    sheet: Sheet | None = None
    activity_id: int | None = None
    mapping: list[str | None] = field(default_factory=list)
    remember_mapping: bool = True
    preview: object = None          # ImportPreview or AttendancePreview
    result: object = None           # ImportResult or AttendanceImportResult
    seconds: dict[str, float] = field(default_factory=dict)  # read, check, write

    @property
    def is_attendance(self) -> bool:
        return self.kind == "attendance"


class ImportWizard(QWizard):
    imported = Signal()     # something was written: lists should be read again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from samvirke_desktop.gui.import_wizard.mapping_page import MappingPage
        from samvirke_desktop.gui.import_wizard.preview_page import PreviewPage
        from samvirke_desktop.gui.import_wizard.source_page import SourcePage
        from samvirke_desktop.gui.import_wizard.summary_page import SummaryPage

        self.setWindowTitle(self.tr("Importer fra regneark"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(40, 40))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Fixed limits: the window system is never asked to change them while it is shown.
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(START_SIZE)
        for button, text in (
                (QWizard.WizardButton.BackButton, self.tr("< &Tilbake")),
                (QWizard.WizardButton.NextButton, self.tr("&Neste >")),
                (QWizard.WizardButton.CommitButton, self.tr("&Importer")),
                (QWizard.WizardButton.FinishButton, self.tr("&Ferdig")),
                (QWizard.WizardButton.CancelButton, self.tr("Avbryt")),
                (QWizard.WizardButton.HelpButton, self.tr("Hjelp"))):
            self.setButtonText(button, text)

        self.job = ImportJob()
        self.task = BackgroundTask(self)
        self._on_done = None
        self._on_failed = None
        self._on_progress = None
        self._waiting = False
        self._cancellable = True
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(SOURCE_PAGE, self.source_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)

    # --- running one step in the background -----------------------------------------
    def busy(self) -> bool:
        """A step is running and its result is awaited."""
        return self._waiting

    def run(self, job, *args, done, failed, on_progress=None, cancellable: bool = True,
            **kwargs) -> bool:
        """Run ``job(*args, **kwargs)`` in the background; ``done(result, seconds)`` or
        ``failed(exc)`` is called back here, ``on_progress(done, total)`` when the job calls
        ``self.task.report_progress``. While it runs the wizard's buttons wait; Avbryt too
        when it is not ``cancellable``."""
        if self.busy():
            return False
        self._on_done, self._on_failed, self._on_progress = done, failed, on_progress
        self._set_waiting(True, cancellable)
        if not self.task.start(job, *args, on_done=self._task_done, on_failed=self._task_failed,
                               on_progress=self._task_progressed, **kwargs):
            self._on_done = self._on_failed = self._on_progress = None
            self._set_waiting(False)
            return False
        return True

    def _finish_task(self):
        callbacks = (self._on_done, self._on_failed)
        self._on_done = self._on_failed = self._on_progress = None
        self._set_waiting(False)
        return callbacks

    def _task_done(self, result, seconds: float) -> None:
        done, _ = self._finish_task()
        if done is not None:
            done(result, seconds)

    def _task_failed(self, exc) -> None:
        _, failed = self._finish_task()
        if not isinstance(exc, SamvirkeError):
            show_unexpected(exc)
            exc = SamvirkeError(self.tr(
                "Noe uventet gikk galt, og ingenting ble lagret. Prøv igjen, eller send "
                "feilmeldingen til den som hjelper dere med Samvirke."))
        if failed is not None:
            failed(exc)

    def _hold_buttons(self) -> None:
        if self._waiting:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                          QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton):
                self.button(which).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(
            not self._waiting or self._cancellable)

    def _task_progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _set_waiting(self, waiting: bool, cancellable: bool = True) -> None:
        self._waiting = waiting
        if waiting:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._cancellable = cancellable
        self._hold_buttons()
        if waiting:
            # QWizard enables Tilbake again once a page has opened: hold it after that too.
            QTimer.singleShot(0, self._hold_buttons)
        if not waiting:
            page = self.currentPage()
            if page is not None:
                page.completeChanged.emit()  # let QWizard enable the buttons again
            self.button(QWizard.WizardButton.BackButton).setEnabled(
                self.currentId() not in (SOURCE_PAGE, SUMMARY_PAGE))

    # --- closing ----------------------------------------------------------------------
    def writing(self) -> bool:
        """The import itself is running: it must finish (or roll back) before closing."""
        return self._waiting and not self.button(QWizard.WizardButton.CancelButton).isEnabled()

    def reject(self) -> None:
        if self.writing():
            return
        self._on_done = self._on_failed = self._on_progress = None  # results are not wanted
        self.task.abandon()
        self._waiting = False
        super().reject()

    def closeEvent(self, event):
        if self.writing():
            event.ignore()
            return
        super().closeEvent(event)
