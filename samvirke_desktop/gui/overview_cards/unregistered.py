"""Samlinger uten oppmøte: sessions held lately with nothing registered; Enter or a
double-click opens the check-in window to register them from memory or the paper list."""
import datetime

from samvirke_desktop.domain import overview
from samvirke_desktop.domain.formatting import date_no, time_no, weekday_name
from samvirke_desktop.gui.models.base import RowTableModel
from samvirke_desktop.gui.overview_cards.card_table import TableCard


class UnregisteredModel(RowTableModel):
    COL_WHEN, COL_ACTIVITY = range(2)

    def headers(self):
        return [self.tr("Når"), self.tr("Aktivitet")]

    def display(self, row, column):
        if column == self.COL_WHEN:
            text = f"{weekday_name(row.date.isoweekday())[:3]} {date_no(row.date)}"
            return f"{text} {time_no(row.start_time)}" if row.start_time else text
        return row.activity

    def tooltip(self, row, column):
        return self.tr("Dobbeltklikk eller Enter for å registrere oppmøtet.")


class UnregisteredSessionsCard(TableCard):
    model_class = UnregisteredModel

    def title(self) -> str:
        return self.tr("Holdt uten registrert oppmøte")

    def load(self, today: datetime.date) -> list:
        return overview.sessions_without_attendance(today)

    def empty_text(self) -> str:
        return self.tr("Alle samlinger de siste {weeks} ukene har oppmøte registrert.").format(
            weeks=overview.UNREGISTERED_DAYS // 7)

    def count_text(self, count: int) -> str:
        return self.tr("siste {weeks} uker: {count}").format(
            weeks=overview.UNREGISTERED_DAYS // 7, count=count)

    def open_row(self, row) -> None:
        from samvirke_desktop.gui.checkin import open_check_in

        window = open_check_in(row.id, self.window())
        if window is not None:
            window.closed.connect(self._check_in_closed)

    def _check_in_closed(self, _session_id: int) -> None:
        self.refresh()
