"""The two tables of the month grid: presence (✓) per participant and hours per volunteer.

Names are the row headers (they stay in view while scrolling sideways), the month's sessions
the columns, and a last row sums each column.
"""
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QBrush, QFont

from samvirke_desktop.domain.activities.month_grid import MonthGrid
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.gui import style

# Colour names of gui/style.py (light or dark scheme).
PRESENT_BG, TOTAL_BG, MUTED = "success_background", "sidebar", "muted"
PRESENT_TEXT, WARNING_TEXT = "success", "error"


class _GridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid: MonthGrid | None = None
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)

    def _rows(self) -> list:
        raise NotImplementedError

    def set_grid(self, grid: MonthGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def session_at(self, column: int):
        return self.grid.sessions[column]

    def is_total(self, row: int) -> bool:
        return row == len(self._rows())

    def rowCount(self, parent=None):
        if (parent is not None and parent.isValid()) or self.grid is None:
            return 0
        return len(self._rows()) + 1

    def columnCount(self, parent=None):
        if (parent is not None and parent.isValid()) or self.grid is None:
            return 0
        return len(self.grid.sessions)

    def flags(self, index):
        if self.is_total(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.grid.sessions):
                return None
            session = self.grid.sessions[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return session.label.replace(" ", "\n")
            if role == Qt.ItemDataRole.ToolTipRole:
                return session.date.strftime("%d.%m.%Y")
            return None
        if self.is_total(section):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.total_label
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        return self.row_header(section, role)

    def _total_cell(self, role, value_text: str):
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(style.colour(TOTAL_BG))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


class PresenceGridModel(_GridModel):
    total_label = "Til stede"

    def _rows(self):
        return self.grid.people

    def person_at(self, row: int):
        return self.grid.people[row]

    def row_header(self, section, role):
        person = self.grid.people[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # No running total here: a header that changes makes Qt measure all 300 names.
            return person.listed_name
        if role == Qt.ItemDataRole.ToolTipRole and not person.enrolled:
            return "Ikke på deltakerlisten: registreres som en som kom uten å være påmeldt."
        if role == Qt.ItemDataRole.ForegroundRole and not person.enrolled:
            return QBrush(style.colour(MUTED))
        return None

    def state(self, index) -> bool | None:
        person = self.grid.people[index.row()]
        return self.grid.presence.get((person.resident_id,
                                       self.grid.sessions[index.column()].session_id))

    def set_states(self, changes: dict) -> None:
        """Show saved cells ({(resident, session): present}) without reloading the grid."""
        self.grid.set_presence(changes)
        rows = {r for r, p in enumerate(self.grid.people)
                if any(p.resident_id == rid for rid, _ in changes)}
        columns = {c for c, s in enumerate(self.grid.sessions)
                   if any(s.session_id == sid for _, sid in changes)}
        if not rows or not columns:
            return
        left, right = min(columns), max(columns)
        self.dataChanged.emit(self.index(min(rows), left), self.index(max(rows), right))
        total = len(self.grid.people)
        self.dataChanged.emit(self.index(total, left), self.index(total, right))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        session = self.grid.sessions[index.column()]
        if self.is_total(index.row()):
            return self._total_cell(role, str(self.grid.present_at(session.session_id)))
        state = self.state(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if state else ("–" if state is False else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and state:
            return QBrush(style.colour(PRESENT_BG))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(style.colour(PRESENT_TEXT if state else MUTED))
        if role == Qt.ItemDataRole.FontRole and state:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "til stede" if state else ("ikke til stede" if state is False else "tom")
        return None


class HoursGridModel(_GridModel):
    total_label = "Timer i alt"

    def __init__(self, parent=None):
        self._totals = None
        super().__init__(parent)
        self.save_typed = None   # callable(index, text) -> bool, set by the window

    def _rows(self):
        return self.grid.volunteers

    def volunteer_at(self, row: int):
        return self.grid.volunteers[row]

    def row_header(self, section, role):
        volunteer = self.grid.volunteers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            total = self._hour_totals()[0].get(volunteer.volunteer_id, Decimal(0))
            name = f"⚠ {volunteer.listed_name}" if volunteer.warning else volunteer.listed_name
            return f"{name}  ({format_hours(total)} t)" if total else name
        if role == Qt.ItemDataRole.ForegroundRole and volunteer.warning:
            return QBrush(style.colour(WARNING_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and volunteer.warning:
            return ("Ingen gyldig politiattest registrert, og aktiviteten har barn. Se en gyldig "
                    "politiattest og registrer datoen på den frivillige.")
        return None

    def hours(self, index) -> Decimal | None:
        volunteer = self.grid.volunteers[index.row()]
        return self.grid.hours.get((volunteer.volunteer_id,
                                    self.grid.sessions[index.column()].session_id))

    def _hour_totals(self) -> tuple[dict, dict]:
        """Hours per volunteer and per session, summed once per change (not per paint)."""
        if self._totals is None:
            by_volunteer, by_session = {}, {}
            for (vid, sid), hours in self.grid.hours.items():
                by_volunteer[vid] = by_volunteer.get(vid, Decimal(0)) + hours
                by_session[sid] = by_session.get(sid, Decimal(0)) + hours
            self._totals = (by_volunteer, by_session)
        return self._totals

    def set_grid(self, grid) -> None:
        self._totals = None
        super().set_grid(grid)

    def set_hours(self, stored: dict) -> None:
        """Show saved cells ({(volunteer, session): hours or None}) without a reload."""
        for key, value in stored.items():
            if value is None:
                self.grid.hours.pop(key, None)
            else:
                self.grid.hours[key] = value
        self._totals = None
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def flags(self, index):
        flags = super().flags(index)
        if not self.is_total(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        session = self.grid.sessions[index.column()]
        if self.is_total(index.row()):
            total = self._hour_totals()[1].get(session.session_id, Decimal(0))
            return self._total_cell(role, format_hours(total) if total else "")
        hours = self.hours(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_hours(hours) if hours is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and hours is not None:
            return QBrush(style.colour(PRESENT_BG))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or self.save_typed is None \
                or self.is_total(index.row()):
            return False
        return bool(self.save_typed(index, str(value)))
