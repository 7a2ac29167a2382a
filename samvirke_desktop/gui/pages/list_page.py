"""A page that lists records: title, count, search box, optional archived switch, table."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.forms.ui_list_page import Ui_ListPage
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import ID_ROLE, RowTableModel
from samvirke_desktop.gui.models.proxy import SearchProxyModel
from samvirke_desktop.gui.table_columns import fit_columns


class ListPage(QWidget):
    """Subclasses give the title, the model, the rows and the count text; pages with a form
    override ``open_record`` (double-click or Enter on a row) and ``new_record`` (Ny, Ctrl+N)."""

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
        # Filtering 20 000 rows takes a few milliseconds: every keystroke filters at once.
        self.ui.searchEdit.textChanged.connect(self.set_search)
        self.ui.archivedCheck.toggled.connect(self.refresh)
        self.ui.newButton.setIcon(symbol("mdi6.plus", color="white", active_color="white"))
        self.ui.newButton.setVisible(self.can_create())
        self.ui.newButton.clicked.connect(self.new_record)
        view.activated.connect(self._row_activated)  # double-click, or Enter on the keyboard
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self._new_if_allowed)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        self._fitted = False
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

    def can_create(self) -> bool:
        """Whether this page offers Ny (for the user's role)."""
        return False

    def new_record(self) -> None:
        """Open an empty form; refresh when it was saved."""

    def open_record(self, record_id: int) -> None:
        """Open the record's form or screen; refresh when it was saved."""

    # --- behaviour --------------------------------------------------------------
    def refresh(self) -> None:
        """Read the rows again from the database, keeping the search and the sort order."""
        self.model.set_rows(self.load_rows(self.ui.archivedCheck.isChecked()))
        if self.sortable:
            header = self.ui.tableView.horizontalHeader()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_once()
        self._update_count()

    def selected_id(self) -> int | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def select_id(self, record_id: int) -> None:
        """Put the cursor on the row of ``record_id`` (e.g. after saving a new record)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                self.ui.tableView.setCurrentIndex(index)
                self.ui.tableView.scrollTo(index)
                return

    def _row_activated(self, index) -> None:
        record_id = index.siblingAtColumn(0).data(ID_ROLE)
        if record_id is not None:
            self.open_record(record_id)

    def _new_if_allowed(self) -> None:
        if self.ui.newButton.isVisible():
            self.new_record()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def set_search(self, text: str) -> None:
        self.proxy.set_query(text)

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def _fit_once(self) -> None:
        """Size the columns the first time the page is on screen with rows; after that the
        widths are the user's."""
        if self._fitted or not self.model.rowCount() or not self.isVisible():
            return
        fit_columns(self.ui.tableView, self.model.RIGHT_ALIGNED)
        self._fitted = True

    def showEvent(self, event):
        super().showEvent(event)
        self._fit_once()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_once()

    def _update_count(self, *_args) -> None:
        total = self.model.total_count()
        shown = self.proxy.rowCount()
        if shown == total:
            self.ui.countLabel.setText(self.count_text(total))
        else:
            self.ui.countLabel.setText(self.tr("{shown} av {all}").format(
                shown=number(shown), all=self.count_text(total)))
