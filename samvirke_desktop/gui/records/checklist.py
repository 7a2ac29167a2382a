"""A pick list of tick boxes that can grow: a volunteer's skills and languages, a partner's sites.

Typing a new name under the list and pressing Enter (or Legg til) adds it, ticked; the domain
stores it as a new choice when the form is saved. Use it in Designer as a promoted QWidget:
class ``ChecklistField``, header ``samvirke_desktop.gui.records.checklist``.
"""
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.db.folding import fold
from samvirke_desktop.gui.icons import symbol

KEY_ROLE = Qt.ItemDataRole.UserRole


class ChecklistField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget(self)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(False)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.list)
        self.new_row = QWidget(self)
        new_layout = QHBoxLayout(self.new_row)
        new_layout.setContentsMargins(0, 0, 0, 0)
        self.new_edit = QLineEdit(self.new_row)
        self.new_edit.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(symbol("mdi6.plus"), self.tr("Legg til"), self.new_row)
        self.add_button.clicked.connect(self.add_typed)
        new_layout.addWidget(self.new_edit, 1)
        new_layout.addWidget(self.add_button)
        layout.addWidget(self.new_row)
        self._allow_new = True
        # Only as tall as the list: extra room in the form goes below it, not around it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.set_visible_rows(3)
        self.setFocusProxy(self.list)

    def set_visible_rows(self, rows: int) -> None:
        height = self.list.fontMetrics().height() + 10
        self.list.setFixedHeight(rows * height + 8)

    def allow_new(self, allowed: bool, placeholder: str = "") -> None:
        self._allow_new = allowed
        self.new_row.setVisible(allowed)
        self.new_edit.setPlaceholderText(placeholder)

    def set_read_only(self, read_only: bool) -> None:
        self.new_row.setVisible(not read_only and self._allow_new)
        for index in range(self.list.count()):
            item = self.list.item(index)
            flags = item.flags()
            if read_only:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)

    # --- values -----------------------------------------------------------------------
    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        """(key, label) pairs; keys are what ``checked()`` returns (a name or an id)."""
        checked = set(self.checked())
        self.list.blockSignals(True)
        self.list.clear()
        for key, label in choices:
            self._add_item(key, label, key in checked)
        self.list.blockSignals(False)

    def set_checked(self, keys: Iterable[Any]) -> None:
        wanted = list(keys)
        present = {self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())}
        self.list.blockSignals(True)
        for key in wanted:
            if key not in present:  # a stored name no longer among the choices
                self._add_item(key, str(key), True)
        wanted_set = set(wanted)
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted_set
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def checked(self) -> list:
        keys = [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return sorted(keys, key=lambda k: fold(str(k)) if isinstance(k, str) else k)

    def add_typed(self) -> None:
        text = " ".join(self.new_edit.text().split())
        if not text:
            return
        text = text[:1].upper() + text[1:]
        for index in range(self.list.count()):
            item = self.list.item(index)
            if fold(item.text()) == fold(text):
                item.setCheckState(Qt.CheckState.Checked)
                self.list.scrollToItem(item)
                break
        else:
            item = self._add_item(text, text, True)
            self.list.scrollToItem(item)
            self.changed.emit()
        self.new_edit.clear()

    def _add_item(self, key, label: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(KEY_ROLE, key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item
