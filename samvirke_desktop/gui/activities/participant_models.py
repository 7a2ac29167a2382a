"""The tables of the activity form: enrolled participants (role and dates editable in place)
and regular volunteers with the state of their police certificate."""
import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.validation import InvalidValue, parse_date
from samvirke_desktop.domain.vocabulary import ATTENDANCE_ROLE_LABELS, label_text
from samvirke_desktop.gui import style
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import LEFT, RIGHT


def _date_text(value) -> str:
    if isinstance(value, datetime.date):
        return date_no(value)
    return value or ""


class EnrolmentModel(QAbstractTableModel):
    """Rows are dicts: id, resident_id, name, birth_year, role, start_date, end_date (text)."""

    COL_NAME, COL_BORN, COL_ROLE, COL_START, COL_END = range(5)
    EDITABLE = frozenset({COL_ROLE, COL_START, COL_END})

    def __init__(self, parent=None, today: datetime.date | None = None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._today = today or datetime.date.today()
        self.read_only = False

    def headers(self):
        return [self.tr("Navn"), self.tr("Født"), self.tr("Rolle"), self.tr("Påmeldt fra"),
                self.tr("Sluttet")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = [dict(row, start_date=_date_text(row.get("start_date")),
                           end_date=_date_text(row.get("end_date"))) for row in rows or []]
        self.endResetModel()

    def rows(self) -> list[dict]:
        return [dict(row) for row in self._rows]

    def resident_ids(self) -> set[int]:
        return {row["resident_id"] for row in self._rows}

    def add(self, resident_id: int, name: str, birth_year: int | None, role: str,
            start: datetime.date | None) -> int:
        """Add a participant at the end; the row it went to."""
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append({"id": None, "resident_id": resident_id, "name": name,
                           "birth_year": birth_year, "role": role,
                           "start_date": _date_text(start), "end_date": ""})
        self.endInsertRows()
        return position

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def active_count(self) -> int:
        count = 0
        for row in self._rows:
            try:
                end = parse_date(row["end_date"])
            except InvalidValue:
                end = None
            if end is None or end >= self._today:
                count += 1
        return count

    def _ended(self, row: dict) -> bool:
        try:
            end = parse_date(row["end_date"])
        except InvalidValue:
            return False
        return end is not None and end < self._today

    # --- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COL_NAME:
                return row["name"]
            if column == self.COL_BORN:
                return str(row["birth_year"]) if row.get("birth_year") else ""
            if column == self.COL_ROLE:
                if role == Qt.ItemDataRole.EditRole:
                    return row["role"]
                return label_text(ATTENDANCE_ROLE_LABELS.get(row["role"], row["role"]))
            if column == self.COL_START:
                return row["start_date"]
            if column == self.COL_END:
                return row["end_date"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.COL_BORN else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and self._ended(row):
            return style.colour("muted")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.COL_START, self.COL_END):
                return self.tr("Skriv datoen som dd.mm.åååå. Tomt: ingen grense.")
            if column == self.COL_ROLE:
                return self.tr("Dobbeltklikk eller trykk F2 for å endre rollen.")
            if self._ended(row):
                return self.tr("Har sluttet")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        row = self._rows[index.row()]
        column = index.column()
        if column == self.COL_ROLE and value in ATTENDANCE_ROLE_LABELS:
            row["role"] = value
        elif column in (self.COL_START, self.COL_END):
            text = str(value or "").strip()
            try:  # tidy a readable date (5.6.26 → 05.06.2026); keep a wrong one as typed
                parsed = parse_date(text)
                text = date_no(parsed) if parsed else ""
            except InvalidValue:
                pass
            row["start_date" if column == self.COL_START else "end_date"] = text
        else:
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(4))
        return True


class RoleDelegate(QStyledItemDelegate):
    """Barn, forelder or voksen from a list."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code, label in ATTENDANCE_ROLE_LABELS.items():
            combo.addItem(label_text(label), code)
        return combo

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class VolunteerEntryModel(QAbstractTableModel):
    """Rows are ``VolunteerEntry``; rows that need a warning are marked when the activity is
    for children."""

    COL_NAME, COL_CERTIFICATE = range(2)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self.with_children = True
        self._warning_icon = None

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows or [])
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def ids(self) -> set[int]:
        return {row.id for row in self._rows}

    def add(self, entry) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(entry)
        self.endInsertRows()
        return position

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def set_with_children(self, with_children: bool) -> None:
        self.beginResetModel()
        self.with_children = with_children
        self.endResetModel()

    def flagged(self) -> list:
        """The volunteers to warn about (none when the activity is not for children)."""
        if not self.with_children:
            return []
        return [row for row in self._rows if not row.ok_for_children]

    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Navn"), self.tr("Politiattest")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        warn = self.with_children and not entry.ok_for_children
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_NAME:
                return entry.name
            return entry.describe()
        if role == Qt.ItemDataRole.ForegroundRole and not entry.active:
            return style.colour("muted")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.COL_CERTIFICATE \
                and warn:
            if self._warning_icon is None:
                warning = style.colours()["warning"]
                self._warning_icon = symbol("mdi6.alert", color=warning, active_color=warning)
            return self._warning_icon
        if role == Qt.ItemDataRole.ForegroundRole and warn:
            return style.colour("warning")
        if role == Qt.ItemDataRole.ToolTipRole and warn:
            return self.tr("Mangler gyldig politiattest. Aktiviteten er for barn: se attesten "
                           "før vedkommende er med, og registrer datoen på den frivillige.")
        return None
