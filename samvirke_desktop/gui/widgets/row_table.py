"""The editable table of the rows that belong to one record: a resident's guardians and
consents, a partner's contact people and meeting notes, an application's goals, budget lines,
expenses and attachments, a funder's schemes and age bands.

Rows go in and come out as plain dicts (``set_rows()``, ``rows()``). A row's id (None for a
new row) and any data the table does not show (a goal's achievement text, a budget line's
expenses) ride along unseen, so the form hands the domain exactly what it read plus the
user's edits. Choice columns show the label and keep the code.

One table, two ways of editing a cell, chosen in ``setup()``:

* cells (the default): the cells are the table's own items, edited in place (a drop-down for
  a choice column); the table has a current row, which a detail pane can follow (the
  expenses of the chosen budget line), and the form has its own buttons to add and remove.
* ``widgets=True``: every cell is a live widget – a text field, a date field, a drop-down,
  an editable drop-down, a tick box, a resident picker, a few lines of text – because a
  picker that searches as you type and a date field with its calendar cannot live in a cell
  that is only an editor while it is being edited. The table is then drawn as part of the
  form (no frame or grid lines, the titles as notes above the columns, as tall as its rows),
  and with ``add_text`` it has a button below to add a row, a × at the end of every row to
  remove it, and ``empty_text`` in place of the rows when there are none.

Use it in Designer as a promoted QTableWidget: class ``RowTable``, header
``samvirke_desktop.gui.widgets.row_table``; call ``setup(columns, …)`` in the form's code.
"""
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAccessibleWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.gui import style
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.records.pickers import ChoiceList, RecordPicker
from samvirke_desktop.gui.widgets.date_field import DateField

TEXT, DATE, CHECK, CHOICE, EDITABLE_CHOICE, PICKER, LONG_TEXT = (
    "text", "date", "check", "choice", "editable_choice", "picker", "long_text")
CELL_KINDS = (TEXT, CHOICE)   # the kinds a table of cells can edit; the rest need widgets=True

CODE_ROLE = Qt.ItemDataRole.UserRole + 10
ROW_ROLE = Qt.ItemDataRole.UserRole + 11

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Widget rows are spaced as a grid layout in the form would space them.
COLUMN_GAP, ROW_GAP, FOOTER_GAP = 8, 4, 6


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = TEXT
    width: int | None = None       # a fixed width in pixels; None: a share of the width left
    stretch: int = 1               # that share (widget rows; cells share alike); 0: as needed
    right: bool = False            # numbers and money
    read_only: bool = False        # shown, not edited; rows() hands back what came in
    choices: Sequence[tuple[Any, str]] | Sequence[str] = ()  # CHOICE: (code, label); EDITABLE_CHOICE: labels
    tooltip: str = ""              # on the column's title
    placeholder: str = ""          # widget rows
    check_text: str = ""           # CHECK: the box's own text
    max_length: int = 0            # widget rows
    min_width: int = 0             # widget rows


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


class _Cell(QWidget):
    """The widget of one cell in a widget row, with the gap to the next column around it."""

    def __init__(self, parent: QWidget, last: bool):
        super().__init__(parent)
        self.widget: QWidget | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, ROW_GAP, 0 if last else COLUMN_GAP, 0)

    def hold(self, widget: QWidget) -> QWidget:
        self.widget = widget
        self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        return widget


class _Titles(QHeaderView):
    """The column titles of widget rows: as tall as a label with the same text."""

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        # Measured as QLabel measures its text (no vertical alignment, or it rounds up).
        model = self.model()
        flags = Qt.AlignmentFlag.AlignLeft.value | Qt.TextFlag.TextExpandTabs.value
        titles = [model.headerData(i, self.orientation())
                  for i in range(self.count())] if model is not None else []
        size.setHeight(max([self.fontMetrics().boundingRect(QRect(0, 0, 2000, 2000), flags, t)
                            .height() for t in titles if t and isinstance(t, str)]
                           or [self.fontMetrics().height()]))   # (a number until titled)
        return size


class RowTable(QTableWidget):
    rows_changed = Signal()
    row_added = Signal(int, dict)      # row index, {key: widget} (empty for a table of cells)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: list[Column] = []
        self._filling = False
        self._widgets = False
        self._read_only = False
        self._picker_choices: Callable[[], ChoiceList] | None = None
        self.add_button: QPushButton | None = None
        self.empty_label: QLabel | None = None
        self._footer: QWidget | None = None
        self.itemChanged.connect(self._item_changed)

    # --- set-up -----------------------------------------------------------------------------
    def setup(self, columns: Sequence[Column], *, widgets: bool = False, add_text: str = "",
              empty_text: str = "",
              picker_choices: Callable[[], ChoiceList] | None = None) -> None:
        """``widgets``: every cell a live widget (see the module's text). ``add_text``: the
        table's own add button (and a × per row); only with widgets. ``picker_choices`` gives
        the choices of a PICKER column; it is called the first time a row is shown, so a long
        list is only read when it is needed."""
        if not widgets and (add_text or any(c.kind not in CELL_KINDS for c in columns)):
            raise ValueError("date, tick box, picker and long text columns and the table's "
                             "own buttons need widgets=True")
        self.columns = list(columns)
        self._widgets = widgets
        self._picker_choices = picker_choices
        if widgets and not isinstance(self.horizontalHeader(), _Titles):
            self.setHorizontalHeader(_Titles(Qt.Orientation.Horizontal, self))
        self.setRowCount(0)
        self.setColumnCount(len(self.columns) + (1 if add_text else 0))
        self.setHorizontalHeaderLabels([c.title for c in self.columns] + ([""] if add_text else []))
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for index, column in enumerate(self.columns):
            if column.tooltip:
                self.horizontalHeaderItem(index).setToolTip(column.tooltip)
            if column.right:
                self.horizontalHeaderItem(index).setTextAlignment(RIGHT)
            if column.kind == CHOICE and not widgets:
                self.setItemDelegateForColumn(index, _ChoiceDelegate(column.choices, self))
        self.verticalHeader().hide()
        if widgets:
            self._setup_widget_rows(add_text, empty_text)
            return
        for index, column in enumerate(self.columns):
            if column.width is None:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(index, column.width)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form

    def _setup_widget_rows(self, add_text: str, empty_text: str) -> None:
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # See-through, and a form's background to the widgets (Fusion rounds their corners
        # against it).
        self.viewport().setAutoFillBackground(False)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        header = self.horizontalHeader()
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setMinimumSectionSize(0)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._style_as_form()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        _read_out_as_group(self)
        if add_text:
            self._footer = QWidget(self.viewport())
            footer = QVBoxLayout(self._footer)
            footer.setContentsMargins(0, 0, 0, 0)
            footer.setSpacing(FOOTER_GAP)
            self.empty_label = QLabel(empty_text, self._footer)
            self.empty_label.setProperty("class", "note")
            footer.addWidget(self.empty_label)
            bottom = QHBoxLayout()
            self.add_button = QPushButton(symbol("mdi6.plus"), add_text, self._footer)
            self.add_button.clicked.connect(lambda: self.add_row())
            bottom.addWidget(self.add_button)
            bottom.addStretch(1)
            footer.addLayout(bottom)
            # Designer's tab order (and a field error) reach the table through its add button;
            # the rows are put in front of it (_fix_tab_order). Qt orders only widgets that
            # take focus, and hands a focus policy on to the focus proxy: hence this order.
            QWidget.setTabOrder(self, self.add_button)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setFocusProxy(self.add_button)
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._rows_shown()

    def _style_as_form(self) -> None:
        """The titles look like the notes above a form's fields. (The table itself is made
        see-through without a style sheet, which would hand its palette to the widgets.)"""
        sheet = ("QHeaderView { background: transparent; } QHeaderView::section { background: "
                 f"transparent; border: none; padding: 0px; color: {style.colours()['muted']}; "
                 "font-weight: normal; }")
        if self.horizontalHeader().styleSheet() != sheet:   # a light or dark scheme
            self.horizontalHeader().setStyleSheet(sheet)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if not self._widgets:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                 QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed
                                 | QAbstractItemView.EditTrigger.AnyKeyPressed
                                 | QAbstractItemView.EditTrigger.SelectedClicked)
            return
        if self.add_button is not None:
            self.add_button.setVisible(not read_only)
        for row in range(self.rowCount()):
            for widget in [*self.row_widgets(row).values(), self._remove_button(row)]:
                if widget is not None:
                    widget.setEnabled(not read_only)
        self._rows_shown()

    # --- rows in and out ------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict]) -> None:
        self._filling = True
        try:
            self.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._filling = False
        self._rows_shown()
        self.rows_changed.emit()

    def rows(self) -> list[dict]:
        return [self.row_values(r) for r in range(self.rowCount())]

    def row_values(self, row: int) -> dict:
        values = dict(self.item(row, 0).data(ROW_ROLE) or {})
        for index, column in enumerate(self.columns):
            if column.read_only:
                continue
            if self._widgets:
                values[column.key] = _widget_value(column, self._cell_widget(row, index))
            elif column.kind == CHOICE:
                values[column.key] = self.item(row, index).data(CODE_ROLE) or ""
            else:
                values[column.key] = self.item(row, index).text()
        return values

    def row_widgets(self, row: int) -> dict[str, QWidget]:
        """The widgets of a widget row, by column key."""
        return {column.key: self._cell_widget(row, index)
                for index, column in enumerate(self.columns)} if self._widgets else {}

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
            if self._widgets:
                _set_widget_value(self.columns[index], self._cell_widget(row, index), text)
            else:
                self.item(row, index).setText(text)
        finally:
            self._filling = False

    def add_row(self, values: dict | None = None, *, edit: bool = True) -> int:
        """Add a row at the end; ``edit`` puts the cursor in its first editable cell."""
        row = self._append(values or {"id": None})
        self._rows_shown()
        first = next((i for i, c in enumerate(self.columns) if not c.read_only), 0)
        if self._widgets:
            if edit:
                self._cell_widget(row, first).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setCurrentCell(row, 0)
            if edit:
                self.editItem(self.item(row, first))
        self.rows_changed.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < self.rowCount():
            return
        self.removeRow(row)
        count = self.rowCount()
        if self._widgets:
            self._rows_shown()
            if count:
                self._cell_widget(min(row, count - 1), 0).setFocus(Qt.FocusReason.OtherFocusReason)
            elif self.add_button is not None:
                self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif count:
            self.setCurrentCell(min(row, count - 1), 0)
        self.rows_changed.emit()

    def remove_current(self) -> None:
        self.remove_row(self.currentRow())

    # --- inside: both ways --------------------------------------------------------------------
    def _append(self, values: dict) -> int:
        filling, self._filling = self._filling, True
        try:
            row = self.rowCount()
            self.insertRow(row)
            shown = {c.key for c in self.columns if not c.read_only}
            for index, column in enumerate(self.columns):
                if self._widgets:
                    item = QTableWidgetItem()   # holds the unseen data (column 0) only
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                else:
                    item = _cell_item(column, values.get(column.key, ""))
                self.setItem(row, index, item)
            self.item(row, 0).setData(ROW_ROLE, {k: v for k, v in values.items() if k not in shown})
            widgets = self._add_widgets(row, values) if self._widgets else {}
        finally:
            self._filling = filling
        self.row_added.emit(row, widgets)
        return row

    def _item_changed(self, _item) -> None:
        if not self._filling:
            self.rows_changed.emit()

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.rows_changed.emit()

    # --- inside: widget rows --------------------------------------------------------------------
    def _add_widgets(self, row: int, values: dict) -> dict[str, QWidget]:
        widgets = {}
        own_buttons = self.add_button is not None
        for index, column in enumerate(self.columns):
            cell = _Cell(self.viewport(), last=not own_buttons and index == len(self.columns) - 1)
            widget = cell.hold(self._make(column, cell))
            _set_widget_value(column, widget, values.get(column.key))
            widget.setEnabled(not self._read_only and not column.read_only)
            self.setCellWidget(row, index, cell)
            widgets[column.key] = widget
        if own_buttons:
            cell = _Cell(self.viewport(), last=True)
            remove = cell.hold(QToolButton(cell))
            remove.setIcon(symbol("mdi6.close"))
            remove.setToolTip(self.tr("Fjern raden"))
            remove.setEnabled(not self._read_only)
            remove.clicked.connect(lambda _checked=False, button=remove:
                                   self.remove_row(self._row_of(button)))
            self.setCellWidget(row, len(self.columns), cell)
        return widgets

    def _make(self, column: Column, parent: QWidget) -> QWidget:
        if column.kind == DATE:
            widget = DateField(parent)
            widget.textChanged.connect(self._edited)
        elif column.kind == CHECK:
            widget = QCheckBox(column.check_text, parent)
            widget.toggled.connect(self._edited)
        elif column.kind in (CHOICE, EDITABLE_CHOICE):
            widget = QComboBox(parent)
            if column.kind == EDITABLE_CHOICE:
                widget.setEditable(True)
                widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                widget.addItems(list(column.choices))
                widget.editTextChanged.connect(self._edited)
            else:
                for value, label in column.choices:
                    widget.addItem(label, value)
                widget.currentIndexChanged.connect(self._edited)
        elif column.kind == PICKER:
            widget = RecordPicker(parent)
            widget.use_choices(self._picker_choices())
            widget.picked.connect(self._edited)
        elif column.kind == LONG_TEXT:
            widget = QPlainTextEdit(parent)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 3 + 12)
            widget.textChanged.connect(self._edited)
        else:
            widget = QLineEdit(parent)
            if column.max_length:
                widget.setMaxLength(column.max_length)
            if column.right:
                widget.setAlignment(RIGHT)
            widget.textChanged.connect(self._edited)
        if column.placeholder and hasattr(widget, "setPlaceholderText"):
            widget.setPlaceholderText(column.placeholder)
        if column.kind == EDITABLE_CHOICE and column.placeholder:
            widget.lineEdit().setPlaceholderText(column.placeholder)
        if column.min_width:
            widget.setMinimumWidth(column.min_width)
        if column.tooltip:
            widget.setToolTip(column.tooltip)
        return widget

    def _cell_widget(self, row: int, index: int) -> QWidget | None:
        cell = self.cellWidget(row, index)
        return cell.widget if isinstance(cell, _Cell) else None

    def _remove_button(self, row: int) -> QWidget | None:
        return self._cell_widget(row, len(self.columns)) if self.add_button is not None else None

    def _row_of(self, button: QWidget) -> int:
        return next((r for r in range(self.rowCount()) if self._remove_button(r) is button), -1)

    def _rows_shown(self) -> None:
        """After rows came or went: names, sizes, the note or button below, the tab order."""
        if not self._widgets:
            return
        count = self.rowCount()
        for row in range(count):
            for column, widget in zip(self.columns, self.row_widgets(row).values()):
                widget.setAccessibleName(f"{column.title or column.check_text}, rad {row + 1}")
            remove = self._remove_button(row)
            if remove is not None:
                remove.setAccessibleName(self.tr("Fjern rad {n}").format(n=row + 1))
        self.horizontalHeader().setVisible(bool(count))
        if self.empty_label is not None:
            self.empty_label.setVisible(not count and bool(self.empty_label.text()))
        self._lay_out()
        self._fix_tab_order()

    def _footer_shown(self) -> bool:
        return self._footer is not None and (
            not self.add_button.isHidden() or not self.empty_label.isHidden())

    def _content_height(self) -> int:
        count = self.rowCount()
        height = sum(self.rowHeight(r) for r in range(count))
        header = self.horizontalHeader()
        if count and not header.isHidden():
            height += max(header.minimumHeight(), header.sizeHint().height())  # as QTableView
        if self._footer_shown():
            height += (FOOTER_GAP if count else 0) + self._footer.sizeHint().height()
        return height + 2 * self.frameWidth()

    def _gap(self, index: int) -> int:
        return COLUMN_GAP if index < self.columnCount() - 1 else 0

    def _column_hints(self) -> list[tuple[int, int]]:
        """(preferred, least) width of every column's widgets and title, without the gap."""
        hints = []
        metrics = self.horizontalHeader().fontMetrics()
        for index in range(self.columnCount()):
            item = self.horizontalHeaderItem(index)
            least = preferred = metrics.horizontalAdvance(item.text() if item else "")
            for row in range(self.rowCount()):
                cell = self.cellWidget(row, index)
                if cell is not None:
                    preferred = max(preferred, cell.sizeHint().width() - self._gap(index))
                    least = max(least, cell.minimumSizeHint().width() - self._gap(index))
            column = self.columns[index] if index < len(self.columns) else None
            if column is not None and column.width is not None:
                preferred = least = column.width
            hints.append((preferred, least))
        return hints

    def _stretch(self, index: int) -> int:
        column = self.columns[index] if index < len(self.columns) else None
        return 0 if column is None or column.width is not None else column.stretch

    def _lay_out(self) -> None:
        """Row heights from their widgets; column widths shared as QGridLayout shares them."""
        for row in range(self.rowCount()):
            cells = [self.cellWidget(row, i) for i in range(self.columnCount())]
            self.setRowHeight(row, max((c.sizeHint().height() for c in cells if c), default=0))
        hints = self._column_hints()
        space = self.viewport().width() - sum(self._gap(i) for i in range(len(hints)))
        for index, size in enumerate(_share(space, hints, [self._stretch(i)
                                                          for i in range(len(hints))])):
            self.setColumnWidth(index, size + self._gap(index))
        if self._footer is not None:
            self._footer.raise_()   # after the rows, also for a screen reader
            self._footer.setVisible(self._footer_shown())
            rows_height = sum(self.rowHeight(r) for r in range(self.rowCount()))
            top = rows_height + (FOOTER_GAP if self.rowCount() else 0)
            self._footer.setGeometry(0, top, self.viewport().width(),
                                     self._footer.sizeHint().height())
        self.updateGeometry()

    def _fix_tab_order(self) -> None:
        """Rows in reading order, then the add button, wherever the table sits in the form."""
        if self.add_button is None:
            return
        chain = [w for row in range(self.rowCount())
                 for w in [*self.row_widgets(row).values(), self._remove_button(row)]]
        before = self.add_button.previousInFocusChain()
        # Skip this table and its own widgets, widgets Tab never stops at, and the line edit
        # inside an editable combo box:
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

    # --- Qt ------------------------------------------------------------------------------------
    def _gaps(self) -> int:
        return sum(self._gap(i) for i in range(self.columnCount()))

    def sizeHint(self) -> QSize:
        if not self._widgets:
            return super().sizeHint()
        width = sum(hint for hint, _least in self._column_hints()) + self._gaps() \
            if self.rowCount() else 0
        if self._footer is not None:
            width = max(width, self._footer.sizeHint().width())
        return QSize(width, self._content_height())

    def minimumSizeHint(self) -> QSize:
        if not self._widgets:
            return super().minimumSizeHint()
        width = sum(least for _hint, least in self._column_hints()) + self._gaps() \
            if self.rowCount() else 0
        if self._footer is not None:
            width = max(width, self._footer.minimumSizeHint().width())
        return QSize(width, self._content_height())

    def viewportEvent(self, event) -> bool:
        if self._widgets and event.type() == QEvent.Type.LayoutRequest:
            self._lay_out()   # a row's widget asks for another size
        return super().viewportEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._widgets:
            self._lay_out()   # the widgets are styled now, and may ask for other sizes

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._widgets:
            self._lay_out()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if self._widgets and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                                              QEvent.Type.StyleChange):
            if event.type() == QEvent.Type.PaletteChange:
                self._style_as_form()   # the titles' colour follows the scheme
            self._lay_out()

    def keyPressEvent(self, event) -> None:
        if self._widgets:
            event.ignore()   # keys the row's widgets leave go to the form, as in a grid
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        if self._widgets:
            event.ignore()   # the form scrolls; the table is as tall as its rows
        else:
            super().wheelEvent(event)


def _read_out_as_group(table: RowTable) -> None:
    """A screen reader meets widget rows as a group of fields, as it met the grid they
    replace, instead of a table of empty cells: Qt's table interface knows only the cells
    of the model, not the widgets in them, nor the add button and the note."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible_interface)
        _factory_installed = True
    # Qt keeps the first interface made for a widget; Designer's accessible name may have
    # made the table one before setup() said the rows are widgets.
    interface = QAccessible.queryAccessibleInterface(table)
    if interface is not None and interface.role() != QAccessible.Role.Grouping:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


_factory_installed = False


def _accessible_interface(_key: str, widget):
    try:
        if isinstance(widget, RowTable) and widget._widgets:
            return QAccessibleWidget(widget, QAccessible.Role.Grouping)
    except RuntimeError:   # a table already deleted on the C++ side
        pass
    return None


def _share(space: int, hints: list[tuple[int, int]], stretches: list[int]) -> list[int]:
    """Column widths as QGridLayout gives them (qGeomCalc, when there is room): a column
    without stretch gets its preferred width; the others share what is left by their
    stretch, in Qt's fixed-point steps, and one whose share is below its least width gets
    that instead while the rest share again."""
    sizes = {i: hint for i, ((hint, _least), stretch) in enumerate(zip(hints, stretches))
             if not stretch}
    flexible = [i for i in range(len(hints)) if i not in sizes]
    while flexible:
        left = max(space - sum(sizes.values()), 0) * 256
        total = sum(stretches[i] for i in flexible)
        shares, carried = {}, 0
        for i in flexible:
            carried += left * stretches[i] // total
            shares[i] = carried // 256 + (1 if carried % 256 >= 128 else 0)
            carried -= shares[i] * 256
        short = [i for i in flexible if shares[i] < hints[i][1]]
        if not short:
            sizes.update(shares)
            break
        for i in short:
            sizes[i] = hints[i][1]
            flexible.remove(i)
    return [sizes[i] for i in range(len(hints))]


def _cell_item(column: Column, value) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if column.kind == CHOICE:
        labels = dict(column.choices)
        item.setData(CODE_ROLE, value or "")
        item.setText(labels.get(value or "", value or ""))
    else:
        item.setText("" if value is None else str(value))
    if column.right:
        item.setTextAlignment(RIGHT)
    if column.read_only:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _widget_value(column: Column, widget: QWidget):
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


def _set_widget_value(column: Column, widget: QWidget, value) -> None:
    if column.kind == DATE:
        widget.setText(date_no(value) if hasattr(value, "year") else (value or ""))
    elif column.kind == CHECK:
        widget.setChecked(bool(value))
    elif column.kind == CHOICE:
        index = widget.findData(value)
        widget.setCurrentIndex(max(index, 0))
    elif column.kind == EDITABLE_CHOICE:
        widget.setEditText(value or "")
    elif column.kind == PICKER:
        widget.set_record_id(value)
    elif column.kind == LONG_TEXT:
        widget.setPlainText(value or "")
    else:
        widget.setText("" if value is None else str(value))
        widget.setCursorPosition(0)  # show the start of a long value, not its end
