"""A small editable table for the rows that belong to one record (goals, budget lines, schemes…).

Rows go in and come out as plain dicts of text; a row's id (None for a new row) and any
data the table does not show (a goal's achievement text, a budget line's expenses) ride
along unseen, so the form hands the domain exactly what it read plus the user's edits.
Choice columns edit with a drop-down and keep the code, not the label.
"""
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

CODE_ROLE = Qt.ItemDataRole.UserRole + 10
ROW_ROLE = Qt.ItemDataRole.UserRole + 11

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int | None = None               # None: stretch
    right: bool = False                    # numbers and money
    read_only: bool = False
    choices: tuple[tuple[str, str], ...] = field(default=())  # (code, label)
    tooltip: str = ""


class _ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices, parent):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for code, label in self.choices:
            editor.addItem(label, code)
        return editor

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(CODE_ROLE) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), CODE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class RowTable(QTableWidget):
    """Promote a QTableWidget to this in Designer (header
    ``samvirke_desktop.gui.applications.row_table``), then call ``setup(columns)``."""

    rows_changed = Signal()

    def setup(self, columns: list[Column]) -> None:
        self.columns = list(columns)
        self._filling = False
        self.setColumnCount(len(self.columns))
        self.setHorizontalHeaderLabels([c.header for c in self.columns])
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for index, column in enumerate(self.columns):
            if column.width is None:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(index, column.width)
            if column.tooltip:
                self.horizontalHeaderItem(index).setToolTip(column.tooltip)
            if column.right:
                self.horizontalHeaderItem(index).setTextAlignment(RIGHT)
            if column.choices:
                self.setItemDelegateForColumn(index, _ChoiceDelegate(column.choices, self))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.itemChanged.connect(self._changed)

    # --- rows in and out ------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self._filling = True
        try:
            self.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._filling = False
        self.rows_changed.emit()

    def rows(self) -> list[dict]:
        return [self.row_values(r) for r in range(self.rowCount())]

    def row_values(self, row: int) -> dict:
        values = dict(self.item(row, 0).data(ROW_ROLE) or {})
        for index, column in enumerate(self.columns):
            item = self.item(row, index)
            if column.read_only:
                continue
            if column.choices:
                values[column.key] = item.data(CODE_ROLE) or ""
            else:
                values[column.key] = item.text()
        return values

    def set_hidden(self, row: int, key: str, value) -> None:
        """Set a value the table carries for the row without showing it."""
        item = self.item(row, 0)
        data = dict(item.data(ROW_ROLE) or {})
        data[key] = value
        self._filling = True
        try:
            item.setData(ROW_ROLE, data)
        finally:
            self._filling = False

    def hidden(self, row: int, key: str, default=None):
        return (self.item(row, 0).data(ROW_ROLE) or {}).get(key, default)

    def set_cell_text(self, row: int, key: str, text: str) -> None:
        """Show ``text`` in a (read-only) column, e.g. a computed sum."""
        index = [c.key for c in self.columns].index(key)
        self._filling = True
        try:
            self.item(row, index).setText(text)
        finally:
            self._filling = False

    def add_row(self, values: dict | None = None, *, edit: bool = True) -> int:
        row = self._append(values or {"id": None})
        self.setCurrentCell(row, 0)
        if edit:
            first = next((i for i, c in enumerate(self.columns) if not c.read_only), 0)
            self.editItem(self.item(row, first))
        self.rows_changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        self.removeRow(row)
        if self.rowCount():
            self.setCurrentCell(min(row, self.rowCount() - 1), 0)
        self.rows_changed.emit()

    # --- inside -----------------------------------------------------------------------------
    def _append(self, values: dict) -> int:
        self._filling = True
        try:
            row = self.rowCount()
            self.insertRow(row)
            shown = {c.key for c in self.columns if not c.read_only}
            for index, column in enumerate(self.columns):
                value = values.get(column.key, "")
                item = QTableWidgetItem()
                if column.choices:
                    labels = dict(column.choices)
                    item.setData(CODE_ROLE, value or "")
                    item.setText(labels.get(value or "", value or ""))
                else:
                    item.setText("" if value is None else str(value))
                if column.right:
                    item.setTextAlignment(RIGHT)
                if column.read_only:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, index, item)
            self.item(row, 0).setData(ROW_ROLE, {k: v for k, v in values.items() if k not in shown})
            return row
        finally:
            self._filling = False

    def _changed(self, _item) -> None:
        if not self._filling:
            self.rows_changed.emit()
