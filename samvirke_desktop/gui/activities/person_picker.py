"""A search box that finds people as you type and hands the chosen one to the form.

Type part of a name (accents and case do not matter), move with the arrow keys and press
Enter, or double-click a match. The list of matches sits right below the box, inside the
form, so it never covers what is being edited and works the same on a touch screen.
"""
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices

MATCH_ROLE = Qt.ItemDataRole.UserRole + 10
VISIBLE_MATCHES = 6


class PersonPicker(QWidget):
    picked = Signal(object)   # the PersonMatch chosen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._search = None
        self._exclude: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.setFocusProxy(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_matches)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.results.itemActivated.connect(lambda item: self._pick(item))
        self.edit.installEventFilter(self)

    def set_search(self, search, placeholder: str = "") -> None:
        """``search(text) -> [PersonMatch]``, run as the user types."""
        self._search = search
        self.edit.setPlaceholderText(placeholder)

    def set_excluded(self, ids) -> None:
        """People already in the list are not offered again."""
        self._exclude = set(ids)

    def update_matches(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.edit.text().strip()
        matches = []
        if text and self._search is not None:
            try:
                matches = [m for m in self._search(text) if m.id not in self._exclude]
            except SamvirkeError as exc:
                notices.show_expected_error(self, exc)
        for match in matches:
            label = f"{match.name}  ·  {match.detail}" if match.detail else match.name
            item = QListWidgetItem(label, self.results)
            item.setData(MATCH_ROLE, match)
        if text and not matches:
            item = QListWidgetItem(self.tr("Ingen treff på «{text}»").format(text=text),
                                   self.results)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.setVisible(bool(text))
        if matches:
            self.results.setCurrentRow(0)
        rows = max(1, min(VISIBLE_MATCHES, self.results.count()))
        self.results.setFixedHeight(rows * self.results.sizeHintForRow(0) + 6)

    def pick_current(self) -> None:
        if self._timer.isActive():
            self.update_matches()
        item = self.results.currentItem()
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        match = item.data(MATCH_ROLE)
        if match is None:
            return
        self.picked.emit(match)
        self.edit.clear()
        self._timer.stop()
        self.results.clear()
        self.results.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.edit.text().strip():
            # Enter picks the match; it must not also press the form's Lagre button.
            self.pick_current()
            return True
        # Arrow keys move in the matches while the typing stays in the box.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and not self.results.isHidden() and self.results.count():
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.edit.clear()
                return True
        return super().eventFilter(watched, event)
