"""A line edit with a short list of matches under it: type, arrows to choose, Enter to pick."""
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel

ID_ROLE = Qt.ItemDataRole.UserRole + 40
PAUSE_MS = 120


class SearchBox(QObject):
    """``find(text)`` returns [(id, text shown)]; ``picked(id)`` is called on Enter or a click."""

    def __init__(self, edit, results_view, find, picked, empty_text: str, parent=None):
        super().__init__(parent)
        self.edit = edit
        self.view = results_view
        self._find = find
        self._picked = picked
        self._empty_text = empty_text
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.view.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.search)
        edit.textChanged.connect(lambda _text: self._timer.start())
        edit.installEventFilter(self)
        self.view.clicked.connect(self._pick_index)

    def search(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.model.clear()
        if not text:
            self.view.hide()
            return
        found = self._find(text)
        for item_id, label in found:
            item = QStandardItem(label)
            item.setData(item_id, ID_ROLE)
            self.model.appendRow(item)
        if not found:
            item = QStandardItem(self._empty_text)
            item.setEnabled(False)
            self.model.appendRow(item)
        else:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFixedHeight(self.view.sizeHintForRow(0) * self.model.rowCount() + 6)
        self.view.show()

    def pick(self) -> None:
        if self._timer.isActive() or (self.edit.text().strip() and not self.model.rowCount()):
            self.search()
        self._pick_index(self.view.currentIndex())

    def _pick_index(self, index) -> None:
        item_id = index.data(ID_ROLE) if index.isValid() else None
        if item_id is None:
            return
        self.edit.clear()
        self.view.hide()
        self._picked(item_id)

    def eventFilter(self, watched, event):
        if watched is not self.edit or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pick()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.model.rowCount() - 1, self.view.currentIndex().row() + step))
            self.view.setCurrentIndex(self.model.index(row, 0))
            return True
        if key == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            self.view.hide()
            return True
        return False
