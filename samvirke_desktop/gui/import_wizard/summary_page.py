"""Step 4: what was imported, and the skipped rows as a file to correct and import again."""
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizardPage

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.forms.ui_import_summary_page import Ui_ImportSummaryPage

REPORT_FILTER = "CSV for Excel (*.csv);;Excel-arbeidsbok (*.xlsx)"


class SummaryPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.ui = Ui_ImportSummaryPage()
        self.ui.setupUi(self)
        self._wizard = wizard
        self.report_path: Path | None = None
        self.ui.reportButton.clicked.connect(self.save_report)
        self.ui.reportSavedLabel.hide()

    def initializePage(self) -> None:
        job = self._wizard.job
        result = job.result
        self.ui.resultLabel.setText(result.summary())
        lines = []
        if job.is_attendance:
            lines.append(self.tr("Aktivitet: {name}.").format(name=job.preview.activity_name))
        lines.append(self.tr("Fra {file}.").format(file=job.sheet.file_name))
        if job.remember_mapping:
            lines.append(self.tr("Kolonnevalgene er husket til neste import."))
        self.ui.detailLabel.setText("\n".join(lines))
        skipped = len(result.skipped)
        if skipped:
            self.ui.skippedLabel.setText(self.tr(
                "{rows} ble ikke importert. Lagre rapporten for å se hvorfor: den har de samme "
                "kolonnene som filen, pluss radnummer og grunn, så du kan rette radene og "
                "importere dem på nytt.").format(
                rows=self.tr("1 rad") if skipped == 1 else self.tr("{n} rader").format(
                    n=number(skipped))))
        else:
            self.ui.skippedLabel.setText(self.tr("Ingen rader ble hoppet over."))
        self.ui.reportButton.setVisible(bool(skipped))

    def default_report_path(self) -> Path:
        from samvirke_desktop.domain.spreadsheets.people_import import default_report_path

        return default_report_path(self._wizard.job.path)

    def ask_report_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre rapport over radene som ble "
                                                            "hoppet over"),
                                              str(self.default_report_path()),
                                              self.tr(REPORT_FILTER))
        if not path:
            return None
        path = Path(path)
        return path if path.suffix.lower() in (".csv", ".xlsx") else path.with_suffix(".csv")

    def save_report(self) -> Path | None:
        path = self.ask_report_path()
        if path is None:
            return None
        return self.save_report_to(path)

    def save_report_to(self, path: str | Path) -> Path | None:
        job = self._wizard.job
        if job.is_attendance:
            from samvirke_desktop.domain.spreadsheets.attendance_import import write_skipped_report
        else:
            from samvirke_desktop.domain.spreadsheets.people_import import write_skipped_report
        try:
            written = write_skipped_report(job.preview, path)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        self.report_path = written
        self.ui.reportSavedLabel.setText(self.tr("Rapporten er lagret: {path}").format(
            path=written))
        self.ui.reportSavedLabel.show()
        return written
