"""A page that lists records: title, count, search box, optional archived switch, table,
and Eksporter (what is shown, as .xlsx or .csv)."""
import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QMainWindow, QMenu, QWidget

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices, style
from samvirke_desktop.gui.forms.ui_list_page import Ui_ListPage
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import ID_ROLE, RowTableModel
from samvirke_desktop.gui.models.proxy import SearchProxyModel
from samvirke_desktop.gui.settings import settings
from samvirke_desktop.gui.table_columns import fit_columns

log = logging.getLogger(__name__)
EXPORT_FOLDER = "export/folder"
EXPORT_FORMATS = {".xlsx": "Excel-arbeidsbok (*.xlsx)", ".csv": "CSV for Excel (*.csv)"}


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
        # What a screen reader says for the search box and the table: the page's name.
        self.ui.searchEdit.setAccessibleName(self.tr("Søk i {title}").format(
            title=self.title().lower()))
        view.setAccessibleName(self.title())
        self.ui.archivedCheck.setVisible(self.supports_archived)
        self.ui.archivedCheck.setText(self.tr("Vis ar&kiverte"))  # Alt+K from the keyboard
        self.ui.searchEdit.setVisible(self.searchable)
        # Filtering 20 000 rows takes a few milliseconds: every keystroke filters at once.
        self.ui.searchEdit.textChanged.connect(self.set_search)
        self.ui.archivedCheck.toggled.connect(self.refresh)
        on_accent = style.colours()["on_accent"]  # the primary button's text colour
        self.ui.newButton.setIcon(symbol("mdi6.plus", color=on_accent, active_color=on_accent))
        self.ui.newButton.setVisible(self.can_create())
        self.ui.newButton.clicked.connect(self.new_record)
        self._build_export_menu()
        view.activated.connect(self._row_activated)  # double-click, or Enter on the keyboard
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self._new_if_allowed)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        self._fitted = False
        self.refresh()

    def filter_row(self):
        """Where filters go: beside the search box, or with large text (150 % and up) on a
        row of their own below it, so the row is not squeezed until the widgets are cut."""
        from samvirke_desktop.gui.language import text_scale

        if text_scale() < 150:
            return self.ui.toolLayout
        row = getattr(self, "_own_filter_row", None)
        if row is None:
            main = self.layout()
            at = next(i for i in range(main.count())
                      if main.itemAt(i).layout() is self.ui.toolLayout)
            row = self._own_filter_row = QHBoxLayout()
            row.addStretch(1)
            main.insertLayout(at + 1, row)
        return row

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

    def export_kind(self) -> str:
        """What the list holds ("residents", "applications" …): the domain's role rules for
        exports go by it. By default the name of the table model's module."""
        from samvirke_desktop.gui.pages.list_export import model_kind

        return model_kind(self.model)

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

    # --- export -----------------------------------------------------------------------
    def _build_export_menu(self) -> None:
        from samvirke_desktop.domain.spreadsheets.register_export import may_export

        menu = QMenu(self.ui.exportButton)
        self.export_xlsx_action = menu.addAction(symbol("mdi6.microsoft-excel"),
                                                 self.tr("&Excel (.xlsx)…"),
                                                 lambda: self.export(".xlsx"))
        self.export_csv_action = menu.addAction(symbol("mdi6.file-delimited-outline"),
                                                self.tr("&CSV (.csv)…"),
                                                lambda: self.export(".csv"))
        self.ui.exportButton.setMenu(menu)
        self.ui.exportButton.setIcon(symbol("mdi6.table-arrow-right"))
        try:
            allowed = may_export(self.export_kind())
        except SamvirkeError:
            allowed = False
        # A role without the right to export this list does not get the button at all; the
        # domain refuses the export too.
        self.ui.exportButton.setVisible(allowed)

    def export_table(self):
        """What is on screen as a table for ``domain.register_export.export_table``."""
        from samvirke_desktop.domain.spreadsheets.register_export import custom_table
        from samvirke_desktop.gui.pages.list_export import shown_table

        headers, rows = shown_table(self.ui.tableView, self.proxy, self.model)
        query = self.proxy.query() if hasattr(self.proxy, "query") else ""
        # Only whether a search narrowed the list: the typed text may be a person's name, and
        # the change log must not keep names that erasure would not find.
        filters = {"search": bool(query), "columns": headers}
        if self.supports_archived:
            filters["include_archived"] = self.ui.archivedCheck.isChecked()
        return custom_table(self.export_kind(), self.title(), headers, rows, filters=filters)

    def ask_export_path(self, suffix: str) -> Path | None:
        """The file to write, asked with the save dialog (tests replace this)."""
        folder = settings().value(EXPORT_FOLDER, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        from samvirke_desktop.domain.spreadsheets.register_export import suggested_file_name

        name = suggested_file_name(self.title(), suffix)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Eksporter {title}").format(title=self.title().lower()),
            str(Path(folder) / name), self.tr(EXPORT_FORMATS[suffix]))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        settings().setValue(EXPORT_FOLDER, str(path.parent))
        return path

    def export(self, suffix: str) -> Path | None:
        path = self.ask_export_path(suffix)
        if path is None:
            return None
        return self.export_to(path)

    def export_to(self, path: str | Path) -> Path | None:
        """Write what is shown to ``path`` (.xlsx or .csv); None when it was refused."""
        from samvirke_desktop.domain.spreadsheets.register_export import export_table

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table = self.export_table()
            written = export_table(table, path)
        except SamvirkeError as exc:
            QGuiApplication.restoreOverrideCursor()
            notices.show_expected_error(self, exc)
            return None
        except BaseException:
            QGuiApplication.restoreOverrideCursor()
            raise
        QGuiApplication.restoreOverrideCursor()
        count = table.row_count
        message = self.tr("Eksporterte {rows} til {file}.").format(
            rows=self.tr("1 rad") if count == 1 else self.tr("{n} rader").format(n=number(count)),
            file=written)
        log.info("%s", message)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)
        return written

    def _update_count(self, *_args) -> None:
        total = self.model.total_count()
        shown = self.proxy.rowCount()
        self.ui.exportButton.setEnabled(shown > 0)
        if shown == total:
            self.ui.countLabel.setText(self.count_text(total))
        else:
            self.ui.countLabel.setText(self.tr("{shown} av {all}").format(
                shown=number(shown), all=self.count_text(total)))
