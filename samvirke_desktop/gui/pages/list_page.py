"""A page that lists records: title, count, search box, optional archived switch, table."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.forms.ui_list_page import Ui_ListPage
from samvirke_desktop.gui.models.base import RowTableModel
from samvirke_desktop.gui.models.proxy import SearchProxyModel

MAX_START_WIDTH = 340  # columns sized to their content start no wider than this


class ListPage(QWidget):
    """Subclasses give the title, the model, the rows and the count text."""

    supports_archived = True
    searchable = True
    sortable = True
    default_sort_column = 0
    default_sort_order = Qt.SortOrder.AscendingOrder

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.model = self.create_model()
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.tableView
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A stretched right-aligned last column would push its numbers far from the rest.
        header.setStretchLastSection(self.model.columnCount() - 1 not in self.model.RIGHT_ALIGNED)
        view.setSortingEnabled(self.sortable)
        if self.sortable:
            header.setSortIndicator(self.default_sort_column, self.default_sort_order)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)

        self.ui.titleLabel.setText(self.title())
        self.ui.archivedCheck.setVisible(self.supports_archived)
        self.ui.searchEdit.setVisible(self.searchable)
        self.ui.searchEdit.textChanged.connect(self.set_search)
        self.ui.archivedCheck.toggled.connect(self.refresh)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        self._sized = False
        self.refresh()

    # --- to override ----------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def create_model(self) -> RowTableModel:
        raise NotImplementedError

    def load_rows(self, include_archived: bool) -> list:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """"143 beboere"."""
        raise NotImplementedError

    # --- behaviour --------------------------------------------------------------
    def refresh(self) -> None:
        """Read the rows again from the database, keeping the search and the sort order."""
        self.model.set_rows(self.load_rows(self.ui.archivedCheck.isChecked()))
        if self.sortable:
            header = self.ui.tableView.horizontalHeader()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self._sized and self.model.rowCount():
            self._size_columns()
        self._update_count()

    def set_search(self, text: str) -> None:
        self.proxy.set_query(text)

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def _size_columns(self) -> None:
        view = self.ui.tableView
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        last = self.model.columnCount() - 1
        for column in range(last if header.stretchLastSection() else last + 1):
            width = max(header.sectionSize(column), 60)
            header.resizeSection(column, min(width + 24, MAX_START_WIDTH))
        self._sized = True

    def _update_count(self, *_args) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            self.ui.countLabel.setText(self.count_text(total))
        else:
            self.ui.countLabel.setText(self.tr("{shown} av {all}").format(
                shown=number(shown), all=self.count_text(total)))
