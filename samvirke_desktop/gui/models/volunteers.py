"""The volunteers list: name, phone, skills, languages, weekdays, police certificate status
(colour, icon and words) and hours this semester."""
import datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from samvirke_desktop.domain.formatting import date_no, weekday_name
from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.people.volunteer_list import semester_name
from samvirke_desktop.gui.models.base import RowTableModel, folded, text_sort_key
from samvirke_desktop.gui.records.certificate_look import status_color, status_icon

# Which certificates need the team's attention first when sorted.
CERTIFICATE_ORDER = (CertificateStatus.EXPIRED, CertificateStatus.MISSING,
                     CertificateStatus.EXPIRING, CertificateStatus.VALID,
                     CertificateStatus.NOT_REQUIRED)


def weekdays_short(text: str) -> str:
    """"2,4" → "ti, to"."""
    days = sorted({int(d) for d in (text or "").split(",") if d.strip().isdigit()})
    return ", ".join(weekday_name(d)[:2] for d in days if 1 <= d <= 7)


class VolunteerTableModel(RowTableModel):
    (COL_NAME, COL_PHONE, COL_SKILLS, COL_LANGUAGES, COL_DAYS, COL_CERTIFICATE,
     COL_HOURS) = range(7)
    RIGHT_ALIGNED = frozenset({COL_HOURS})

    def __init__(self, parent=None, today: datetime.date | None = None):
        self._today = today or datetime.date.today()
        super().__init__(parent)

    def headers(self):
        return [self.tr("Navn"), self.tr("Telefon"), self.tr("Ferdigheter"), self.tr("Språk"),
                self.tr("Kan komme"), self.tr("Politiattest"),
                self.tr("Timer {semester}").format(semester=semester_name(self._today))]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_SKILLS:
            return ", ".join(row.skills)
        if column == self.COL_LANGUAGES:
            return ", ".join(row.languages)
        if column == self.COL_DAYS:
            return weekdays_short(row.availability)
        if column == self.COL_CERTIFICATE:
            return self.certificate_text(row.certificate)
        if column == self.COL_HOURS:
            return format_hours(row.hours) if row.hours else ""
        return ""

    def certificate_text(self, check) -> str:
        """Short enough for the column: "Gyldig til 11.01.2028", "Utløper 08.01.2027"."""
        if check is None:
            return ""
        status = check.status
        if status is CertificateStatus.VALID:
            return self.tr("Gyldig til {date}").format(date=date_no(check.expires_on))
        if status is CertificateStatus.EXPIRING:
            return self.tr("Utløper {date}").format(date=date_no(check.expires_on))
        if status is CertificateStatus.EXPIRED:
            return self.tr("Utløpt {date}").format(date=date_no(check.expires_on))
        if status is CertificateStatus.MISSING and check.requested_on:
            return self.tr("Mangler, bestilt {date}").format(date=date_no(check.requested_on))
        return check.label

    def sort_value(self, row, column):
        if column == self.COL_HOURS:
            return int((row.hours or Decimal(0)) * 100)
        if column == self.COL_CERTIFICATE:
            if row.certificate is None:
                return len(CERTIFICATE_ORDER) * 100_000
            rank = CERTIFICATE_ORDER.index(row.certificate.status)
            return rank * 100_000 + min(max(row.certificate.days_left or 0, 0), 99_999)
        if column == self.COL_DAYS:
            return text_sort_key(row.availability or "9")
        return text_sort_key(self.display(row, column))

    def search_key(self, row):
        return " ".join((row.search_text, folded(", ".join(row.skills)),
                         folded(", ".join(row.languages))))

    def is_muted(self, row):
        return not row.active_on(self._today)

    def tooltip(self, row, column):
        if row.archived:
            return self.tr("Arkivert")
        if row.end_date and row.end_date < self._today:
            return self.tr("Sluttet {date}").format(date=date_no(row.end_date))
        if row.start_date and row.start_date > self._today:
            return self.tr("Begynner {date}").format(date=date_no(row.start_date))
        if column == self.COL_CERTIFICATE and row.certificate is not None:
            text = row.certificate.describe()
            if not row.certificate.ok_for_children:
                text += self.tr(". Kan ikke være med på aktiviteter med barn før en gyldig "
                                "politiattest er vist.")
            return text
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.COL_CERTIFICATE and role in (
                Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_at(index.row())
            if row.certificate is None:
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(row.certificate.status)
            if not self.is_muted(row):
                return status_color(row.certificate.status)
        return super().data(index, role)
