"""Sessions in a period (the overview's week): date, time, activity, place, number present."""
import datetime

from samvirke_desktop.domain.formatting import date_no, number, time_no
from samvirke_desktop.domain.vocabulary import WEEKDAY_LABELS
from samvirke_desktop.gui.models.base import RowTableModel, text_sort_key


class SessionTableModel(RowTableModel):
    COL_DATE, COL_TIME, COL_ACTIVITY, COL_PLACE, COL_PRESENT = range(5)
    RIGHT_ALIGNED = frozenset({COL_PRESENT})

    def __init__(self, parent=None, today: datetime.date | None = None):
        self._today = today or datetime.date.today()
        super().__init__(parent)

    def _not_yet_held(self, row) -> bool:
        # Nobody has been registered for a session still to come: no count, not a zero.
        return row.date > self._today and row.present_count == 0

    def headers(self):
        return [self.tr("Dato"), self.tr("Tid"), self.tr("Aktivitet"), self.tr("Sted"),
                self.tr("Til stede")]

    def display(self, row, column):
        if column == self.COL_DATE:
            weekday = WEEKDAY_LABELS[row.date.isoweekday()]
            return f"{weekday} {date_no(row.date)}"
        if column == self.COL_TIME:
            if row.start_time and row.end_time:
                return f"{time_no(row.start_time)}–{time_no(row.end_time)}"
            return time_no(row.start_time)
        if column == self.COL_ACTIVITY:
            if row.cancelled:
                return self.tr("{activity} (avlyst)").format(activity=row.activity)
            return row.activity
        if column == self.COL_PLACE:
            return row.place
        if column == self.COL_PRESENT:
            if row.cancelled or self._not_yet_held(row):
                return ""
            return number(row.present_count)
        return ""

    def sort_value(self, row, column):
        if column in (self.COL_DATE, self.COL_TIME):
            start = row.start_time.hour * 60 + row.start_time.minute if row.start_time else 0
            return row.date.toordinal() * 1440 + start
        if column == self.COL_PRESENT:
            return -1 if row.cancelled or self._not_yet_held(row) else row.present_count
        return text_sort_key(self.display(row, column))

    def is_muted(self, row):
        return row.cancelled
