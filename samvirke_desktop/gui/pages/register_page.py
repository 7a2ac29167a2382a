"""A list page of a register (Beboere, Frivillige, Samarbeidspartnere): filters beside the
search box, and the record's form opened for Ny, double-click or Enter.

Filters narrow the rows already read (no new query per choice); the count then tells how
many the filters let through, and "12 av 43 beboere" while a search narrows further.
"""
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.pages.list_page import ListPage
from samvirke_desktop.gui.records.register_dialog import RegisterDialog

# The first item of a filter shows every row. Stored as a string, never None: an item's None
# data read back through PySide6 6.12 miscounts None's references (see gui/records/pickers.py).
ALL = "*"


class RegisterPage(ListPage):
    def __init__(self, parent: QWidget | None = None):
        self._loaded: list = []
        self._filters: list[tuple[QComboBox, Callable[[Any, Any], bool]]] = []
        self.dialog: RegisterDialog | None = None
        super().__init__(parent)
        self.add_filters()

    # --- to override ----------------------------------------------------------------------
    def fetch_rows(self, include_archived: bool) -> list:
        raise NotImplementedError

    def add_filters(self) -> None:
        """Call ``add_filter`` for each filter the page offers."""

    def make_dialog(self, record_id: int | None) -> RegisterDialog:
        raise NotImplementedError

    # --- filters --------------------------------------------------------------------------
    def add_filter(self, name: str, items: Sequence[tuple[Any, str]], keep: Callable[[Any, Any], bool],
                   tooltip: str) -> QComboBox:
        """A choice beside the search box; ``keep(row, key)`` says whether a row is shown.
        An item with key None shows every row."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setAccessibleName(tooltip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in items:
            combo.addItem(label, ALL if key is None else key)
        layout = self.filter_row()
        if layout is self.ui.toolLayout:
            layout.insertWidget(layout.indexOf(self.ui.archivedCheck) + 1 + len(self._filters),
                                combo)
        else:
            layout.insertWidget(len(self._filters), combo)
        self._filters.append((combo, keep))
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def set_filter_items(self, combo: QComboBox, items: Sequence[tuple[Any, str]]) -> None:
        """New choices for a filter (a site added since), keeping what is chosen if still there."""
        chosen = combo.currentData() if combo.currentIndex() >= 0 else ALL
        combo.blockSignals(True)
        combo.clear()
        for key, label in items:
            combo.addItem(label, ALL if key is None else key)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def update_filters(self) -> None:
        """Refill filter choices that come from the database (called on every refresh)."""

    def refresh(self) -> None:
        if self._filters:
            self.update_filters()
        super().refresh()

    def filter_key(self, combo: QComboBox):
        """The chosen key of a filter; None when it shows every row."""
        key = combo.currentData() if combo.currentIndex() >= 0 else ALL
        return None if key == ALL else key

    def _filtered(self) -> list:
        active = [(keep, key) for combo, keep in self._filters
                  if (key := self.filter_key(combo)) is not None]
        if not active:
            return list(self._loaded)
        return [row for row in self._loaded if all(keep(row, key) for keep, key in active)]

    def load_rows(self, include_archived: bool) -> list:
        self._loaded = self.fetch_rows(include_archived)
        return self._filtered()

    def apply_filters(self, *_args) -> None:
        self.model.set_rows(self._filtered())
        header = self.ui.tableView.horizontalHeader()
        if self.sortable:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()

    # --- forms --------------------------------------------------------------------------
    def new_record(self) -> RegisterDialog | None:
        return self._open(None)

    def open_record(self, record_id: int) -> RegisterDialog | None:
        return self._open(record_id)

    def _open(self, record_id: int | None) -> RegisterDialog | None:
        try:
            dialog = self.make_dialog(record_id)
        except SamvirkeError as exc:  # gone, or not the user's to see
            notices.show_expected_error(self, exc)
            self.refresh()
            return None
        self.dialog = dialog
        dialog.record_saved.connect(self._saved)
        dialog.record_deleted.connect(lambda _record_id: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, record_id: int) -> None:
        self.refresh()
        self.select_id(record_id)
