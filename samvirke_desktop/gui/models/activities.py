"""The activities list: name, type, site, place, number of sessions and of enrolled residents,
whether it is going on, and a warning when a volunteer lacks a police certificate."""
import datetime

from PySide6.QtCore import Qt

from samvirke_desktop.domain.activities.activity_list import STATE_LABELS
from samvirke_desktop.domain.formatting import date_no, number
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.gui import style
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import RowTableModel, text_sort_key


class ActivityTableModel(RowTableModel):
    (COL_NAME, COL_KIND, COL_SITE, COL_PLACE, COL_SESSIONS, COL_ENROLLED, COL_STATE,
     COL_WARNING) = range(8)
    RIGHT_ALIGNED = frozenset({COL_SESSIONS, COL_ENROLLED})

    def __init__(self, parent=None, today: datetime.date | None = None):
        self.today = today or datetime.date.today()
        self._warnings: dict[int, int] = {}
        self._warning_icon = None
        super().__init__(parent)

    def headers(self):
        return [self.tr("Navn"), self.tr("Type"), self.tr("Område"), self.tr("Sted"),
                self.tr("Samlinger"), self.tr("Påmeldte"), self.tr("Status"),
                self.tr("Merknad")]

    def set_warnings(self, counts: dict[int, int]) -> None:
        """Activity id → volunteers without a valid police certificate (set before the rows)."""
        self._warnings = dict(counts)

    def warning_count(self, row) -> int:
        return self._warnings.get(row.id, 0)

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_KIND:
            return label_text(row.kind_label)
        if column == self.COL_SITE:
            return row.site
        if column == self.COL_PLACE:
            return row.place
        if column == self.COL_SESSIONS:
            return number(row.session_count)
        if column == self.COL_ENROLLED:
            return number(row.enrolled_count)
        if column == self.COL_STATE:
            return STATE_LABELS[row.state(self.today)]
        if column == self.COL_WARNING:
            count = self.warning_count(row)
            if not count:
                return ""
            return self.tr("{n} uten politiattest").format(n=count)
        return ""

    def sort_value(self, row, column):
        if column == self.COL_SESSIONS:
            return row.session_count
        if column == self.COL_ENROLLED:
            return row.enrolled_count
        if column == self.COL_WARNING:
            return self.warning_count(row)
        return text_sort_key(self.display(row, column))

    def tooltip(self, row, column):
        if column == self.COL_SESSIONS:
            return self.tr("Samlinger som er holdt eller planlagt; avlyste er ikke med.")
        if column == self.COL_ENROLLED:
            return self.tr("Påmeldte deltakere som ikke har sluttet.")
        if column == self.COL_STATE and row.first_session is not None:
            return self.tr("Første samling {first}, siste {last}").format(
                first=date_no(row.first_session), last=date_no(row.last_session))
        if column == self.COL_WARNING and self.warning_count(row):
            return self.tr("En aktivitet med barn har faste frivillige uten gyldig "
                           "politiattest. Åpne aktiviteten for å se hvem.")
        return None

    def is_muted(self, row):
        return row.archived

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.COL_WARNING:
            row = self.row_at(index.row())
            if self.warning_count(row):
                if role == Qt.ItemDataRole.DecorationRole:
                    if self._warning_icon is None:
                        warning = style.colours()["warning"]
                        self._warning_icon = symbol("mdi6.alert", color=warning,
                                                    active_color=warning)
                    return self._warning_icon
                if role == Qt.ItemDataRole.ForegroundRole:
                    return style.colour("warning")
        return super().data(index, role)
