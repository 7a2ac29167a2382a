"""Choosing one record from a long list (a resident as guardian, a household, a site) by typing
part of its name.

Many pickers in one form share one item model, built once: a form with four guardian rows
does not list 20 000 residents four times. The first item is "none" (no record).
"""
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


def choice_model(choices: Iterable[tuple[int, str]], none_text: str,
                 parent=None) -> QStandardItemModel:
    """Items (label, id) after a first "none" item whose id is None."""
    model = QStandardItemModel(parent)
    first = QStandardItem(none_text)
    first.setData(None, Qt.ItemDataRole.UserRole)
    items = [first]
    for record_id, label in choices:
        item = QStandardItem(label)
        item.setData(record_id, Qt.ItemDataRole.UserRole)
        items.append(item)
    for item in items:
        model.appendRow(item)
    return model


class RecordPicker(QComboBox):
    """An editable combo box: pick from the list, or type part of a name and choose."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._last = None
        self.currentIndexChanged.connect(self._maybe_picked)
        self.editTextChanged.connect(self._maybe_picked)

    def setup_completer(self) -> None:
        """Call after ``setModel``: completion on any part of the text, case ignored."""
        completer = QCompleter(self.model(), self)
        completer.setCompletionColumn(0)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.itemText(0))
        self.setCurrentIndex(0)
        self.setEditText("")

    def set_choices(self, choices: Iterable[tuple[int, str]], none_text: str) -> None:
        self.setModel(choice_model(choices, none_text, self))
        self.setup_completer()

    def record_id(self):
        """The chosen record's id; None when nothing (or text matching no item) is chosen."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        return self.itemData(index, Qt.ItemDataRole.UserRole)

    def has_unknown_text(self) -> bool:
        """Text typed that matches no item: the form says so instead of dropping it silently."""
        return bool(self.currentText().strip()) and self.record_id() is None and \
            self.findText(self.currentText().strip(), Qt.MatchFlag.MatchExactly) < 0

    def set_record_id(self, record_id) -> None:
        index = self.findData(record_id, Qt.ItemDataRole.UserRole) if record_id is not None else -1
        if index > 0:
            self.setCurrentIndex(index)
            self.lineEdit().setCursorPosition(0)  # show the start of a long name
        else:
            self.setCurrentIndex(0)
            self.setEditText("")

    def _maybe_picked(self, *_args) -> None:
        current = self.record_id()
        if current != self._last:
            self._last = current
            self.picked.emit()
