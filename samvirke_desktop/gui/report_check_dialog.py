"""«Sjekk før rapporten lages»: the warnings a report would go out with, each opening the place
to fix it (a session's check-in, a resident, a volunteer, the application), and a button to
make the report anyway."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.activities.report_warnings import (
    ACTIVITY,
    APPLICATION,
    RESIDENT,
    SESSION,
    VOLUNTEER,
    ReportWarning,
)
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol

WARNING_ROLE = Qt.ItemDataRole.UserRole + 20


class ReportCheckDialog(QDialog):
    """Accepted: make the report anyway. Rejected: go and fix first."""

    def __init__(self, warnings: list[ReportWarning], report_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.warnings = warnings
        self.setWindowTitle(self.tr("Sjekk før rapporten lages"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{report} kan lages, men {n} ting bør sjekkes først. Dobbeltklikk (eller trykk "
            "Enter på) en linje for å åpne stedet der det rettes.").format(
            report=report_name, n=len(warnings)) if len(warnings) != 1 else self.tr(
            "{report} kan lages, men én ting bør sjekkes først. Dobbeltklikk (eller trykk "
            "Enter på) linjen for å åpne stedet der det rettes.").format(report=report_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Advarsler"))
        for warning in warnings:
            item = QListWidgetItem(symbol("mdi6.alert-outline"), warning.as_line())
            item.setData(WARNING_ROLE, warning)
            item.setToolTip(warning.fix)
            self.list.addItem(item)
        self.list.itemActivated.connect(self.open_fix)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.anyway_button = QPushButton(symbol("mdi6.file-pdf-box"),
                                         self.tr("&Lag rapporten likevel"), self)
        buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Rett først"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Fixed limits, so wrapping lines never ask the window system for a new minimum.
        self.setMinimumSize(520, 320)
        self.resize(720, 420)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def open_fix(self, item: QListWidgetItem) -> QWidget | None:
        """Open what the warning names; the check is made again before the next report."""
        warning: ReportWarning = item.data(WARNING_ROLE)
        if warning.target is None:
            return None
        try:
            opened = _open(warning.target, warning.target_id, self)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        self.opened = opened
        return opened


def _open(target: str, target_id: int, parent: QWidget) -> QWidget | None:
    if target == SESSION:
        from samvirke_desktop.gui.checkin import open_check_in

        return open_check_in(target_id, parent.window())
    if target == RESIDENT:
        from samvirke_desktop.gui.records.resident_dialog import ResidentDialog

        dialog = ResidentDialog(target_id, parent)
    elif target == VOLUNTEER:
        from samvirke_desktop.gui.records.volunteer_dialog import VolunteerDialog

        dialog = VolunteerDialog(target_id, parent)
    elif target == APPLICATION:
        from samvirke_desktop.gui.applications.application_dialog import ApplicationDialog

        dialog = ApplicationDialog(target_id, parent)
    elif target == ACTIVITY:
        from samvirke_desktop.gui.activities.activity_dialog import ActivityDialog

        dialog = ActivityDialog(target_id, parent)
        dialog.show_translations()   # the only warning that opens an activity: a translation
    else:
        return None
    dialog.open()
    return dialog
