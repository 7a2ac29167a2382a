"""A table for typing a paper sheet in: arrows move, and a few keys act on the marked cells.

The view knows nothing about attendance; the window sets ``key_actions`` to a dict of
``Qt.Key`` → callable(list of QModelIndex) → bool (True moves the cursor one row down, as
when working down a column of the paper sheet).
"""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from samvirke_desktop.gui import style

CELL_WIDTH, CELL_HEIGHT = 66, 34


class GridView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.key_actions: dict = {}
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        # Cells grow with the text size (Innstillinger → Språk og visning).
        scale = max(1.0, self.fontMetrics().height() / 17)
        self.horizontalHeader().setDefaultSectionSize(round(CELL_WIDTH * scale))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(True)
        self.verticalHeader().setDefaultSectionSize(round(CELL_HEIGHT * scale))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setHighlightSections(True)
        self.setStyleSheet(f"QTableView {{ font-size: {style.points(1.42)}; }} "
                           f"QHeaderView::section {{ font-size: {style.points(1.17)}; "
                           "padding: 2px 6px; }")

    def marked(self) -> list:
        """The selected cells, or the current one when none is selected."""
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        return sorted(indexes, key=lambda i: (i.column(), i.row()))

    def keyPressEvent(self, event):
        action = self.key_actions.get(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if action is not None and plain and self.state() != QAbstractItemView.State.EditingState:
            if action(self.marked()):
                self.move_down()
            event.accept()
            return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.sibling(min(current.row() + 1, self.model().rowCount() - 1),
                                current.column())
        if below.flags() & Qt.ItemFlag.ItemIsSelectable:
            self.setCurrentIndex(below)
