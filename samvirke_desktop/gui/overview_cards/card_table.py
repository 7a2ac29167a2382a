"""A card on Oversikt that lists rows: a title with a count, a short table, a line when empty.

Subclasses set ``model_class`` (a ``RowTableModel``), and implement ``title()``,
``load(today)`` (rows from domain/, or raise PermissionDenied to hide the card),
``empty_text()`` and, when a row can be opened, ``open_row(row)`` (double-click or Enter).
"""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.errors import PermissionDenied, SamvirkeError

VISIBLE_ROWS = 6
# Rows looked at to size the columns (as in table_columns): a card may list hundreds of
# volunteers, and sizing by every one of them made Oversikt slow to open.
SAMPLE_ROWS = 200


class TableCard(QFrame):
    model_class = None

    def __init__(self, parent: QWidget | None = None, today: datetime.date | None = None):
        super().__init__(parent)
        self._today = today
        self.setProperty("class", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.title_label = QLabel(self.title(), self)
        self.title_label.setProperty("class", "sectionTitle")
        self.count_label = QLabel(self)
        self.count_label.setProperty("class", "countLabel")
        header.addWidget(self.title_label)
        header.addWidget(self.count_label)
        header.addStretch(1)
        layout.addLayout(header)
        self.model = self.model_class(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.title())  # what a screen reader calls the list
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.activated.connect(self._activated)   # double-click or Enter
        layout.addWidget(self.view)
        self.empty_label = QLabel(self)
        self.empty_label.setProperty("class", "note")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        self.refresh(today)

    # --- to fill in -------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def load(self, today: datetime.date) -> list:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        return number(count)

    def open_row(self, row) -> None:
        """Double-click or Enter on a row; nothing by default."""

    # --- the rest -----------------------------------------------------------------------
    def today(self) -> datetime.date:
        return self._today or datetime.date.today()

    def refresh(self, today: datetime.date | None = None) -> None:
        if today is not None:
            self._today = today
        try:
            rows = self.load(self.today())
        except PermissionDenied:
            self.model.set_rows([])
            self.hide()
            return
        except SamvirkeError as exc:
            rows = []
            self.empty_label.setText(exc.message)
        else:
            self.empty_label.setText(self.empty_text())
        self.model.set_rows(rows)
        self.count_label.setText(self.count_text(len(rows)) if rows else "")
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        shown = min(len(rows), VISIBLE_ROWS)
        self.view.setFixedHeight(shown * self.view.verticalHeader().defaultSectionSize() + 4)
        self.view.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.setVisible(True)

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_row(self.model.row_at(index.row()))

    def rows(self) -> list:
        return self.model.rows()

    def row_texts(self) -> list[list[str]]:
        """What each row shows, column by column (for tests and screen readers)."""
        return [[self.model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or ""
                 for c in range(self.model.columnCount())]
                for r in range(self.model.rowCount())]
