"""The volunteers list: name, phone, e-mail, start and end date."""
import datetime

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.gui.models.base import RowTableModel, text_sort_key


def _date_key(value: datetime.date | None) -> int:
    return value.toordinal() if value else 0


class VolunteerTableModel(RowTableModel):
    COL_NAME, COL_PHONE, COL_EMAIL, COL_START, COL_END = range(5)

    def __init__(self, parent=None, today: datetime.date | None = None):
        self._today = today or datetime.date.today()
        super().__init__(parent)

    def headers(self):
        return [self.tr("Navn"), self.tr("Telefon"), self.tr("E-post"), self.tr("Start"),
                self.tr("Slutt")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_EMAIL:
            return row.email
        if column == self.COL_START:
            return date_no(row.start_date)
        if column == self.COL_END:
            return date_no(row.end_date)
        return ""

    def sort_value(self, row, column):
        if column == self.COL_START:
            return _date_key(row.start_date)
        if column == self.COL_END:
            return _date_key(row.end_date)
        return text_sort_key(self.display(row, column))

    def search_key(self, row):
        return row.search_text

    def is_muted(self, row):
        return not row.active_on(self._today)

    def tooltip(self, row, column):
        if row.archived:
            return self.tr("Arkivert")
        if row.end_date and row.end_date < self._today:
            return self.tr("Sluttet {date}").format(date=date_no(row.end_date))
        if row.start_date and row.start_date > self._today:
            return self.tr("Begynner {date}").format(date=date_no(row.start_date))
        return None
