"""Volunteers at the session: who came, their hours, and whether their police certificate holds.

The hours column is edited in place (typed «2» or «1,5»); the window saves each change at once
through ``domain.attendance.set_volunteer_hours``.
"""
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QFont

from samvirke_desktop.domain.activities.check_in import CheckInVolunteer
from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.gui import style


class VolunteerModel(QAbstractTableModel):
    COL_PRESENT, COL_NAME, COL_HOURS, COL_CERTIFICATE = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CheckInVolunteer] = []
        self.save_hours = None   # set by the window: callable(volunteer_id, text) -> bool
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    def set_volunteers(self, rows: list[CheckInVolunteer]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def volunteers(self) -> list[CheckInVolunteer]:
        return list(self._rows)

    def volunteer(self, row: int) -> CheckInVolunteer:
        return self._rows[row]

    def row_of(self, volunteer_id: int) -> int | None:
        for row, volunteer in enumerate(self._rows):
            if volunteer.volunteer_id == volunteer_id:
                return row
        return None

    def present_count(self) -> int:
        return sum(1 for v in self._rows if v.present)

    def present_hours(self) -> Decimal:
        return sum((v.hours for v in self._rows if v.present), Decimal("0.00"))

    # --- Qt ---------------------------------------------------------------------
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ["", "Navn", "Timer", "Politiattest"][section]
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == self.COL_HOURS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        volunteer = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_PRESENT:
                return "✓" if volunteer.present else ""
            if column == self.COL_NAME:
                return volunteer.name
            if column == self.COL_HOURS:
                return format_hours(volunteer.hours) if volunteer.present else ""
            if column == self.COL_CERTIFICATE:
                label = volunteer.certificate.label
                return f"⚠ {label}" if volunteer.warning else label
        if role == Qt.ItemDataRole.EditRole and column == self.COL_HOURS:
            return format_hours(volunteer.hours) if volunteer.present else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_CERTIFICATE:
                return volunteer.warning_text or volunteer.certificate.describe()
            if column == self.COL_NAME and not volunteer.regular:
                return self.tr("Ikke en av de faste frivillige på aktiviteten.")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_CERTIFICATE and volunteer.warning:
                return style.colour("error")
            if column == self.COL_CERTIFICATE and \
                    volunteer.certificate.status is CertificateStatus.EXPIRING:
                return style.colour("warning")
            if column == self.COL_PRESENT:
                return style.colour("success")
        if role == Qt.ItemDataRole.BackgroundRole and volunteer.present:
            return style.colour("success_background")
        if role == Qt.ItemDataRole.FontRole and (
                column == self.COL_PRESENT or (column == self.COL_CERTIFICATE
                                               and volunteer.warning)):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.COL_PRESENT, self.COL_HOURS):
                return Qt.AlignmentFlag.AlignCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_PRESENT:
            return "til stede" if volunteer.present else "ikke registrert"
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_HOURS \
                or self.save_hours is None:
            return False
        return bool(self.save_hours(self._rows[index.row()].volunteer_id, str(value)))
