"""The stored school holidays of the team's municipality: name, first and last day, weeks."""
from samvirke_desktop.domain.formatting import date_no, number, weekday_name
from samvirke_desktop.gui.models.base import RowTableModel, text_sort_key


class SchoolHolidayTableModel(RowTableModel):
    COL_NAME, COL_FIRST, COL_LAST, COL_WEEKS, COL_DAYS = range(5)
    RIGHT_ALIGNED = frozenset({COL_DAYS})

    def headers(self):
        return [self.tr("Ferie"), self.tr("Første dag"), self.tr("Siste dag"), self.tr("Uker"),
                self.tr("Dager")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_FIRST:
            return f"{weekday_name(row.first_date.isoweekday())} {date_no(row.first_date)}"
        if column == self.COL_LAST:
            return f"{weekday_name(row.last_date.isoweekday())} {date_no(row.last_date)}"
        if column == self.COL_WEEKS:
            return row.weeks_label
        if column == self.COL_DAYS:
            return number(row.days)
        return ""

    def sort_value(self, row, column):
        if column in (self.COL_FIRST, self.COL_WEEKS):
            return row.first_date.toordinal()
        if column == self.COL_LAST:
            return row.last_date.toordinal()
        if column == self.COL_DAYS:
            return row.days
        return text_sort_key(self.display(row, column))
