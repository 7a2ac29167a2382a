"""Sessions in a period (the overview's week): date, time, activity, place, number present;
and the sessions of one activity with week, topic and status."""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from samvirke_desktop.domain.formatting import date_no, number, time_no, weekday_name
from samvirke_desktop.gui import style
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
            weekday = weekday_name(row.date.isoweekday())
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


STATUS_COLOURS = {"missing": "warning", "today": "accent"}  # names in gui/style.py


class ActivitySessionTableModel(RowTableModel):
    """One activity's sessions: date, ISO week, time, place, topic, status and counts."""

    (COL_DATE, COL_WEEK, COL_TIME, COL_PLACE, COL_TOPIC, COL_STATUS, COL_PRESENT,
     COL_VOLUNTEERS) = range(8)
    RIGHT_ALIGNED = frozenset({COL_WEEK, COL_PRESENT, COL_VOLUNTEERS})

    def __init__(self, parent=None, today: datetime.date | None = None):
        self.today = today or datetime.date.today()
        super().__init__(parent)

    def headers(self):
        return [self.tr("Dato"), self.tr("Uke"), self.tr("Tid"), self.tr("Sted"),
                self.tr("Tema"), self.tr("Status"), self.tr("Til stede"),
                self.tr("Frivillige")]

    def display(self, row, column):
        if column == self.COL_DATE:
            return f"{weekday_name(row.date.isoweekday())} {date_no(row.date)}"
        if column == self.COL_WEEK:
            return str(row.week)
        if column == self.COL_TIME:
            if row.start_time and row.end_time:
                return f"{time_no(row.start_time)}–{time_no(row.end_time)}"
            return time_no(row.start_time)
        if column == self.COL_PLACE:
            return row.place
        if column == self.COL_TOPIC:
            return row.topic
        if column == self.COL_STATUS:
            return row.status_text(self.today)
        if column == self.COL_PRESENT:
            return number(row.attendance) if row.registered else ""
        if column == self.COL_VOLUNTEERS:
            return number(row.volunteers) if row.registered else ""
        return ""

    def sort_value(self, row, column):
        if column in (self.COL_DATE, self.COL_WEEK, self.COL_TIME):
            start = row.start_time.hour * 60 + row.start_time.minute if row.start_time else 0
            return row.date.toordinal() * 1440 + start
        if column == self.COL_PRESENT:
            return row.attendance if row.registered else -1
        if column == self.COL_VOLUNTEERS:
            return row.volunteers if row.registered else -1
        return text_sort_key(self.display(row, column))

    def tooltip(self, row, column):
        if column == self.COL_PRESENT and row.registered:
            return self.tr("{named} registrert med navn, {heads} talt uten navn").format(
                named=row.present, heads=row.head_count)
        if column == self.COL_WEEK:
            return self.tr("ISO-uke {week}").format(week=row.week)
        return None

    def is_muted(self, row):
        return row.cancelled

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and index.column() == self.COL_STATUS:
            row = self.row_at(index.row())
            colour = STATUS_COLOURS.get(row.status(self.today))
            if colour is not None:
                return style.colour(colour)
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            if row.date == self.today and not row.cancelled:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
