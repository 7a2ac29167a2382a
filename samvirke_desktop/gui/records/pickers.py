"""Choosing one record from a long list (a resident as guardian, a household) by typing part of
its name.

The choices are one string list model with the ids beside it in Python: 20 000 residents cost
one call into Qt instead of two per resident, and many pickers in one form (a row per
guardian) share it. The first entry is "none"; labels are made unique, so the text in the box
always tells which record it is.
"""
from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class ChoiceList:
    """Labels shown (first the "none" text) and the record ids they stand for."""

    def __init__(self, choices: Iterable[tuple[int, str]], none_text: str, parent=None):
        self.ids: list = [None]
        labels = [none_text]
        seen = {none_text}
        for record_id, label in choices:
            if label in seen:  # two records described alike: the number tells them apart
                label = f"{label} – nr. {record_id}"
            seen.add(label)
            self.ids.append(record_id)
            labels.append(label)
        self.labels = labels
        self._index = {record_id: i for i, record_id in enumerate(self.ids) if i}
        self.model = QStringListModel(labels, parent)

    def index_of(self, record_id) -> int:
        """The row of ``record_id``; 0 (none) when it is not among the choices."""
        return self._index.get(record_id, 0) if record_id is not None else 0

    def label_of(self, record_id) -> str:
        index = self.index_of(record_id)
        return self.labels[index] if index else ""


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
        self.choices = ChoiceList((), "", self)
        self._last = None
        self.currentIndexChanged.connect(self._maybe_picked)
        self.editTextChanged.connect(self._maybe_picked)

    def use_choices(self, choices: ChoiceList) -> None:
        """Show ``choices`` (shared with other pickers); completion on any part of the text."""
        self.choices = choices
        self.setModel(choices.model)
        completer = QCompleter(choices.model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(choices.labels[0])
        self.set_record_id(None)

    def set_choices(self, choices: Iterable[tuple[int, str]], none_text: str) -> None:
        self.use_choices(ChoiceList(choices, none_text, self))

    def record_id(self):
        """The chosen record's id; None when nothing (or text matching no item) is chosen."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        return self.choices.ids[index] if 0 < index < len(self.choices.ids) else None

    def has_unknown_text(self) -> bool:
        """Text typed that matches no item: the form says so instead of dropping it silently."""
        text = self.currentText().strip()
        return bool(text) and self.findText(text, Qt.MatchFlag.MatchExactly) < 0

    def set_record_id(self, record_id) -> None:
        index = self.choices.index_of(record_id)
        if index:
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
