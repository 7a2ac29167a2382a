"""The applications list: title, funder, period, status, amounts applied for and granted."""
from samvirke_desktop.domain.formatting import date_no, money
from samvirke_desktop.gui.models.base import RowTableModel, text_sort_key


def _ore(amount) -> int:
    """Whole øre, so money sorts exactly (and never as float)."""
    return -1 if amount is None else int(amount * 100)


class ApplicationTableModel(RowTableModel):
    COL_TITLE, COL_FUNDER, COL_PERIOD, COL_STATUS, COL_APPLIED, COL_GRANTED = range(6)
    RIGHT_ALIGNED = frozenset({COL_APPLIED, COL_GRANTED})

    def headers(self):
        return [self.tr("Tittel"), self.tr("Tilskuddsgiver"), self.tr("Periode"),
                self.tr("Status"), self.tr("Søkt beløp"), self.tr("Innvilget beløp")]

    def display(self, row, column):
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_FUNDER:
            return row.funder
        if column == self.COL_PERIOD:
            return f"{date_no(row.period_start)}–{date_no(row.period_end)}"
        if column == self.COL_STATUS:
            return row.status_label
        if column == self.COL_APPLIED:
            return money(row.amount_applied)
        if column == self.COL_GRANTED:
            return money(row.amount_granted)
        return ""

    def sort_value(self, row, column):
        if column == self.COL_PERIOD:
            return row.period_start.toordinal() * 100_000 + (
                row.period_end.toordinal() - row.period_start.toordinal())
        if column == self.COL_APPLIED:
            return _ore(row.amount_applied)
        if column == self.COL_GRANTED:
            return _ore(row.amount_granted)
        return text_sort_key(self.display(row, column))
