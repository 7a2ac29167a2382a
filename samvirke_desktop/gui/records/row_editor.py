"""A small table of rows edited in place: guardians, consents, contact people, meeting notes.

Each row is a line of ordinary widgets (text, date, choice, tick box, resident picker) under
one header, with a button to remove it and one below to add another. A form reads it as a
list of dicts (``rows()``) and fills it the same way (``set_rows()``); every dict keeps the
row's ``id`` so the domain can tell changed rows from new ones.

Use it in Designer as a promoted QWidget: class ``RowEditor``, header
``samvirke_desktop.gui.records.row_editor``; ``configure()`` it in the form's code.
"""
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.records.pickers import ChoiceList, RecordPicker
from samvirke_desktop.gui.widgets.date_field import DateField

TEXT, DATE, CHECK, CHOICE, EDITABLE_CHOICE, PICKER, LONG_TEXT = (
    "text", "date", "check", "choice", "editable_choice", "picker", "long_text")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = TEXT
    stretch: int = 1
    choices: Sequence[tuple[Any, str]] = ()   # CHOICE: (value, label); EDITABLE_CHOICE: labels
    placeholder: str = ""
    check_text: str = ""                        # CHECK: the box's own text
    max_length: int = 0
    min_width: int = 0


class RowEditor(QWidget):
    changed = Signal()
    row_added = Signal(int, dict)      # row index, {key: widget}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._columns: list[Column] = []
        self._rows: list[dict[str, QWidget]] = []
        self._ids: list[Any] = []
        self._picker_choices: Callable[[], ChoiceList] | None = None
        self._empty_text = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self._grid_host = QWidget(self)
        self.grid = QGridLayout(self._grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        outer.addWidget(self._grid_host)
        self.empty_label = QLabel(self)
        self.empty_label.setProperty("class", "note")
        outer.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(symbol("mdi6.plus"), "", self)
        self.add_button.clicked.connect(self._add_clicked)
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        outer.addLayout(bottom)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        # Designer's tab order (and a field error) reach the editor through its add button;
        # the rows are put in front of it (_fix_tab_order).
        self.setFocusProxy(self.add_button)

    # --- set-up -----------------------------------------------------------------------
    def configure(self, columns: Sequence[Column], *, add_text: str, empty_text: str,
                  picker_choices: Callable[[], ChoiceList] | None = None) -> None:
        """``picker_choices`` gives the choices of a PICKER column; it is called the first
        time a row is shown, so a long list is only read when it is needed."""
        self._columns = list(columns)
        self._picker_choices = picker_choices
        self._empty_text = empty_text
        self.add_button.setText(add_text)
        self._rebuild([])

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            for widget in row.values():
                widget.setEnabled(not read_only)

    # --- values -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict]) -> None:
        self._rebuild(list(rows))

    def rows(self) -> list[dict]:
        result = []
        for row_id, widgets in zip(self._ids, self._rows):
            values = {"id": row_id}
            for column in self._columns:
                values[column.key] = _value(column, widgets[column.key])
            result.append(values)
        return result

    def row_count(self) -> int:
        return len(self._rows)

    def row_widgets(self, index: int) -> dict[str, QWidget]:
        return self._rows[index]

    def add_row(self, values: dict | None = None) -> dict[str, QWidget]:
        rows = self.rows() + [dict(values or {}, id=(values or {}).get("id"))]
        self._rebuild(rows)
        self.changed.emit()
        return self._rows[-1]

    def remove_row(self, index: int) -> None:
        rows = self.rows()
        del rows[index]
        self._rebuild(rows)
        self.changed.emit()
        target = self._rows[min(index, len(self._rows) - 1)] if self._rows else None
        focus = next(iter(target.values())) if target else self.add_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------
    def _add_clicked(self) -> None:
        widgets = self.add_row()
        next(iter(widgets.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _rebuild(self, rows: list[dict]) -> None:
        self._clear_grid()
        self._rows, self._ids = [], []
        if rows:
            for column_index, column in enumerate(self._columns):
                header = QLabel(column.title, self._grid_host)
                header.setProperty("class", "note")
                self.grid.addWidget(header, 0, column_index)
                self.grid.setColumnStretch(column_index, column.stretch)
        for index, values in enumerate(rows):
            widgets = {}
            for column_index, column in enumerate(self._columns):
                widget = self._make(column, index)
                _set_value(column, widget, values.get(column.key))
                self.grid.addWidget(widget, index + 1, column_index, Qt.AlignmentFlag.AlignTop)
                widgets[column.key] = widget
            remove = QToolButton(self._grid_host)
            remove.setIcon(symbol("mdi6.close"))
            remove.setToolTip(self.tr("Fjern raden"))
            remove.setAccessibleName(self.tr("Fjern rad {n}").format(n=index + 1))
            remove.clicked.connect(lambda _checked=False, i=index: self.remove_row(i))
            self.grid.addWidget(remove, index + 1, len(self._columns), Qt.AlignmentFlag.AlignTop)
            self._rows.append(widgets)
            self._ids.append(values.get("id"))
            self.row_added.emit(index, widgets)
        self.grid.setColumnStretch(len(self._columns), 0)
        self._grid_host.setVisible(bool(rows))
        self.empty_label.setText(self._empty_text)
        self.empty_label.setVisible(not rows and bool(self._empty_text))
        self._fix_tab_order()

    def _make(self, column: Column, index: int) -> QWidget:
        parent = self._grid_host
        if column.kind == DATE:
            widget = DateField(parent)
            widget.textChanged.connect(self.changed)
        elif column.kind == CHECK:
            widget = QCheckBox(column.check_text, parent)
            widget.toggled.connect(self.changed)
        elif column.kind in (CHOICE, EDITABLE_CHOICE):
            widget = QComboBox(parent)
            if column.kind == EDITABLE_CHOICE:
                widget.setEditable(True)
                widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                widget.addItems([label for label in column.choices])
                widget.editTextChanged.connect(self.changed)
            else:
                for value, label in column.choices:
                    widget.addItem(label, value)
                widget.currentIndexChanged.connect(self.changed)
        elif column.kind == PICKER:
            widget = RecordPicker(parent)
            widget.use_choices(self._picker_choices())
            widget.picked.connect(self.changed)
        elif column.kind == LONG_TEXT:
            widget = QPlainTextEdit(parent)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 3 + 12)
            widget.textChanged.connect(self.changed)
        else:
            widget = QLineEdit(parent)
            if column.max_length:
                widget.setMaxLength(column.max_length)
            widget.textChanged.connect(self.changed)
        if column.placeholder and hasattr(widget, "setPlaceholderText"):
            widget.setPlaceholderText(column.placeholder)
        if column.kind == EDITABLE_CHOICE and column.placeholder:
            widget.lineEdit().setPlaceholderText(column.placeholder)
        if column.min_width:
            widget.setMinimumWidth(column.min_width)
        widget.setAccessibleName(f"{column.title or column.check_text}, rad {index + 1}")
        return widget

    def _fix_tab_order(self) -> None:
        """Rows in reading order, then the add button, wherever the editor sits in the form."""
        chain = [w for row_index, row in enumerate(self._rows)
                 for w in [*row.values(), self._remove_button(row_index)]]
        if not chain:
            return
        before = self.add_button.previousInFocusChain()
        # Skip this editor's own widgets, widgets Tab never stops at, and the line edit inside
        # an editable combo box:
        # Qt moves a compound widget as a whole, so the chain must hang on the combo itself.
        while before is not None and before is not self.add_button and (
                self.isAncestorOf(before) or before is self
                or not before.focusPolicy() & Qt.FocusPolicy.TabFocus
                or isinstance(before.parentWidget(), QComboBox)):
            before = before.previousInFocusChain()
        if before is None or before is self.add_button:
            return
        previous = before
        for widget in chain + [self.add_button]:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _remove_button(self, row_index: int) -> QWidget:
        return self.grid.itemAtPosition(row_index + 1, len(self._columns)).widget()


def _value(column: Column, widget: QWidget):
    if column.kind == DATE:
        return widget.text().strip()
    if column.kind == CHECK:
        return widget.isChecked()
    if column.kind == CHOICE:
        return widget.currentData()
    if column.kind == EDITABLE_CHOICE:
        return widget.currentText().strip()
    if column.kind == PICKER:
        return widget.record_id()
    if column.kind == LONG_TEXT:
        return widget.toPlainText().strip()
    return widget.text().strip()


def _set_value(column: Column, widget: QWidget, value) -> None:
    if column.kind == DATE:
        widget.setText(date_no(value) if hasattr(value, "year") else (value or ""))
    elif column.kind == CHECK:
        widget.setChecked(bool(value))
    elif column.kind == CHOICE:
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else 0)
    elif column.kind == EDITABLE_CHOICE:
        widget.setEditText(value or "")
    elif column.kind == PICKER:
        widget.set_record_id(value)
    elif column.kind == LONG_TEXT:
        widget.setPlainText(value or "")
    else:
        widget.setText(value or "")
        widget.setCursorPosition(0)  # show the start of a long value, not its end

