"""The page list on the left: an icon and a name per page, or only the icons (with the name as
tooltip and for screen readers) when the window is too narrow for the page beside the names."""
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from samvirke_desktop.gui.icons import symbol

KEY_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class Sidebar(QListWidget):
    page_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Sider"))
        self._full_width = 230
        self.compact = False
        # Icons, rows and width follow the text size (Innstillinger → Språk og visning).
        self._size_to_text()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.currentItemChanged.connect(self._on_current_changed)

    def add_page(self, key: str, title: str, icon_name: str) -> QListWidgetItem:
        item = QListWidgetItem(symbol(icon_name), "" if self.compact else title)
        item.setData(KEY_ROLE, key)
        item.setData(TITLE_ROLE, title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        if self.compact:
            item.setToolTip(title)
        self.addItem(item)
        self._size_to_text()
        return item

    def _size_to_text(self) -> None:
        """Icons, rows and width for the text size: wide enough for the longest name."""
        metrics = self.fontMetrics()
        line = metrics.height()  # bold when selected, padding in em
        self.setIconSize(QSize(round(line * 1.4), round(line * 1.4)))
        needed = 230
        for row in range(self.count()):
            item = self.item(row)
            item.setSizeHint(QSize(0, max(40, round(line * 2.4))))
            text = round(metrics.horizontalAdvance(item.data(TITLE_ROLE)) * 1.1)
            needed = max(needed, text + self.iconSize().width() + 2 * line + 28)
        self._full_width = needed
        self.setFixedWidth(self._compact_width() if self.compact else self._full_width)

    def _compact_width(self) -> int:
        return self.iconSize().width() + self.fontMetrics().height() + 28

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size was changed
            self._size_to_text()

    def full_width(self) -> int:
        """The width with the page names shown."""
        return self._full_width

    def set_compact(self, compact: bool) -> None:
        """Only the icons (True) or icons and names (False)."""
        if compact == self.compact:
            return
        self.compact = compact
        for row in range(self.count()):
            item = self.item(row)
            title = item.data(TITLE_ROLE)
            item.setText("" if compact else title)
            item.setToolTip(title if compact else "")
        self.setFixedWidth(self._compact_width() if compact else self._full_width)

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return self.item(row)
        return None

    def select(self, key: str) -> None:
        item = self.item_for(key)
        if item is not None and item is not self.currentItem():
            self.setCurrentItem(item)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _on_current_changed(self, current, _previous):
        if current is not None:
            self.page_selected.emit(current.data(KEY_ROLE))
