"""Tables of the applications area: applications, sums per year, and funders."""
from samvirke_desktop.domain.formatting import date_no, money, number
from samvirke_desktop.domain.vocabulary import label_text
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
            return label_text(row.status_label)
        if column == self.COL_APPLIED:
            return money(row.amount_applied)
        if column == self.COL_GRANTED:
            return money(row.amount_granted)
        return ""

    def tooltip(self, row, column):
        if column == self.COL_FUNDER and row.funder_name and row.funder_name != row.funder:
            return row.funder_name
        return None

    def sort_value(self, row, column):
        if column == self.COL_PERIOD:
            return row.period_start.toordinal() * 100_000 + (
                row.period_end.toordinal() - row.period_start.toordinal())
        if column == self.COL_APPLIED:
            return _ore(row.amount_applied)
        if column == self.COL_GRANTED:
            return _ore(row.amount_granted)
        return text_sort_key(self.display(row, column))


class YearSumsTableModel(RowTableModel):
    """Applied and granted per year (the year the period starts), for the rows shown."""
    COL_YEAR, COL_COUNT, COL_APPLIED, COL_GRANTED = range(4)
    RIGHT_ALIGNED = frozenset({COL_COUNT, COL_APPLIED, COL_GRANTED})

    def headers(self):
        return [self.tr("År"), self.tr("Søknader"), self.tr("Søkt"), self.tr("Innvilget")]

    def display(self, row, column):
        if column == self.COL_YEAR:
            return str(row.year)
        if column == self.COL_COUNT:
            return number(row.count)
        if column == self.COL_APPLIED:
            return money(row.applied)
        if column == self.COL_GRANTED:
            return money(row.granted) if row.granted_count else self.tr("ikke avgjort")
        return ""

    def tooltip(self, row, column):
        if column == self.COL_GRANTED:
            waiting = row.count - row.granted_count
            if waiting:
                return self.tr("{n} av søknadene har ikke fått svar ennå.").format(n=waiting)
        return None

    def sort_value(self, row, column):
        if column == self.COL_YEAR:
            return row.year
        if column == self.COL_COUNT:
            return row.count
        if column == self.COL_APPLIED:
            return _ore(row.applied)
        if column == self.COL_GRANTED:
            return _ore(row.granted)
        return ""


class FunderTableModel(RowTableModel):
    COL_NAME, COL_SHORT, COL_SCHEMES, COL_BANDS, COL_RATE, COL_APPLICATIONS = range(6)
    RIGHT_ALIGNED = frozenset({COL_RATE, COL_APPLICATIONS})

    def headers(self):
        return [self.tr("Navn"), self.tr("Kortnavn"), self.tr("Ordninger"),
                self.tr("Aldersgrupper"), self.tr("Timesats"), self.tr("Søknader")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_SHORT:
            return row.short_name
        if column == self.COL_SCHEMES:
            return ", ".join(row.schemes)
        if column == self.COL_BANDS:
            return ", ".join(row.bands) or self.tr("Standard")
        if column == self.COL_RATE:
            return money(row.volunteer_hour_rate) if row.volunteer_hour_rate is not None \
                else self.tr("Bare timer")
        if column == self.COL_APPLICATIONS:
            return number(row.application_count)
        return ""

    def sort_value(self, row, column):
        if column == self.COL_RATE:
            return _ore(row.volunteer_hour_rate)
        if column == self.COL_APPLICATIONS:
            return row.application_count
        return text_sort_key(self.display(row, column))
