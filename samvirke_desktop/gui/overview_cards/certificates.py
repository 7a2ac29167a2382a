"""Politiattester: volunteers whose police certificate has expired or runs out within 60
days, and regular volunteers on activities with children who have shown none."""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from samvirke_desktop.domain import overview
from samvirke_desktop.domain.people.police_certificate import EXPIRING_WITHIN_DAYS, CertificateStatus
from samvirke_desktop.gui import style
from samvirke_desktop.gui.models.base import RowTableModel
from samvirke_desktop.gui.overview_cards.card_table import TableCard


class CertificateModel(RowTableModel):
    COL_NAME, COL_STATUS = range(2)

    def headers(self):
        return [self.tr("Frivillig"), self.tr("Politiattest")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        return row.check.describe()

    def tooltip(self, row, column):
        contact = ", ".join(filter(None, [row.phone, row.email]))
        return contact or None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and index.column() == self.COL_STATUS:
            status = self.row_at(index.row()).check.status
            return QBrush(style.colour("warning" if status is CertificateStatus.EXPIRING
                                       else "error"))
        return super().data(index, role)


class CertificateCard(TableCard):
    model_class = CertificateModel

    def title(self) -> str:
        return self.tr("Politiattester")

    def load(self, today: datetime.date) -> list:
        return overview.certificate_watch(today)

    def empty_text(self) -> str:
        return self.tr("Ingen politiattester går ut de neste {days} dagene.").format(
            days=EXPIRING_WITHIN_DAYS)

    def open_row(self, row) -> None:
        """Open the volunteer, to register a certificate that has been shown."""
        from samvirke_desktop.errors import SamvirkeError
        from samvirke_desktop.gui import notices
        from samvirke_desktop.gui.records.volunteer_dialog import VolunteerDialog

        try:
            dialog = VolunteerDialog(row.volunteer_id, self.window(), today=self._today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        self.dialog = dialog
        dialog.record_saved.connect(lambda _id: self.refresh())
        dialog.open()
