"""Søknader: grant applications from draft to final report, newest period first.

Filters by status, funder and year (the year the period starts); under the list, the
sums applied for and granted per year of the applications shown. "Tilskuddsgivere"
opens the funders with their schemes, age bands and hour rates.
"""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from samvirke_desktop.db.models import APPLICATION_STATUSES
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.grants.application_list import (
    application_years,
    filter_rows,
    list_applications,
    sums_per_year,
)
from samvirke_desktop.domain.grants.application_status import status_label
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.applications import ApplicationTableModel, YearSumsTableModel
from samvirke_desktop.gui.pages.list_page import ListPage

ALL = None


class ApplicationsPage(ListPage):
    # Newest period first: this year's applications are the ones being worked on.
    default_sort_column = ApplicationTableModel.COL_PERIOD
    default_sort_order = Qt.SortOrder.DescendingOrder

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dialog = None
        self.funders_window = None
        self._build_filters()
        self._build_sums()
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_sums)
        self.refresh()

    # --- ListPage ------------------------------------------------------------------------
    def title(self):
        return self.tr("Søknader")

    def create_model(self):
        return ApplicationTableModel(self)

    def load_rows(self, include_archived):
        try:
            self._all_rows = list_applications(include_archived=include_archived)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self._all_rows = []
        if not hasattr(self, "status_combo"):
            return self._all_rows
        self._refill_filter_choices()
        return filter_rows(self._all_rows, **self.filters())

    def count_text(self, count):
        """"3 søknader"; with a filter "2 av 3 søknader"; filter and search "1 av 2 filtrerte
        søknader" (ListPage puts the "1 av" in front)."""
        every = len(self._all_rows) if hasattr(self, "status_combo") else count
        if count == every:
            return self.tr("1 søknad") if count == 1 else \
                self.tr("{count} søknader").format(count=number(count))
        if self.model.rowCount() != count:
            return self.tr("{count} filtrerte søknader").format(count=number(count))
        return self.tr("{count} av {all} søknader").format(count=number(count), all=number(every))

    def can_create(self):
        return permissions.can(permissions.EDIT_APPLICATIONS)

    def new_record(self):
        from samvirke_desktop.gui.applications.application_dialog import ApplicationDialog

        self._show(ApplicationDialog(None, self))

    def open_record(self, record_id):
        from samvirke_desktop.gui.applications.application_dialog import ApplicationDialog

        try:
            dialog = ApplicationDialog(record_id, self)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self.refresh()
            return
        self._show(dialog)

    def _show(self, dialog) -> None:
        self.dialog = dialog
        dialog.record_saved.connect(self._saved)
        dialog.record_deleted.connect(lambda _id: self.refresh())
        dialog.open()

    def _saved(self, record_id: int) -> None:
        self.refresh()
        self.select_id(record_id)

    # --- filters ----------------------------------------------------------------------------
    def _build_filters(self) -> None:
        tools = self.ui.toolLayout
        position = tools.indexOf(self.ui.archivedCheck)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Alle statuser"), ALL)
        for code in APPLICATION_STATUSES:
            self.status_combo.addItem(label_text(status_label(code)), code)
        self.funder_combo = QComboBox(self)
        self.funder_combo.setAccessibleName(self.tr("Tilskuddsgiver"))
        self.funder_combo.setMinimumContentsLength(16)
        self.funder_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("År"))
        self.year_combo.setToolTip(self.tr("Året søknadsperioden begynner"))
        row = self.filter_row()
        for offset, combo in enumerate((self.status_combo, self.funder_combo, self.year_combo)):
            if row is tools:
                tools.insertWidget(position + offset, combo)
            else:
                row.insertWidget(row.count() - 1, combo)
            combo.currentIndexChanged.connect(self._filter_changed)
        if row is not tools:
            row.insertWidget(row.count() - 1, self.ui.archivedCheck)
        self.ui.searchEdit.setMinimumWidth(220)
        self.ui.searchEdit.setToolTip(self.tr("Skriv deler av tittel eller tilskuddsgiver."))
        self.funders_button = QPushButton(symbol("mdi6.bank-outline"),
                                          self.tr("&Tilskuddsgivere"), self)
        self.funders_button.setToolTip(self.tr("Tilskuddsgivere med ordninger, aldersgrupper og "
                                               "timesats for egeninnsats"))
        self.funders_button.clicked.connect(self.show_funders)
        tools.insertWidget(tools.indexOf(self.ui.newButton), self.funders_button)
        self.ui.newButton.setText(self.tr("&Ny søknad"))
        self.ui.newButton.setToolTip(self.tr("Lag en ny søknad (Ctrl+N)"))

    def filters(self) -> dict:
        return {"status": self.status_combo.currentData(),
                "funder_id": self.funder_combo.currentData(),
                "year": self.year_combo.currentData()}

    def set_filters(self, *, status=ALL, funder_id=ALL, year=ALL) -> None:
        for combo, value in ((self.status_combo, status), (self.funder_combo, funder_id),
                             (self.year_combo, year)):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def _refill_filter_choices(self) -> None:
        """Funders and years of the applications there are, keeping what is chosen."""
        funders = sorted({(r.funder, r.funder_id) for r in self._all_rows},
                         key=lambda f: f[0].casefold())
        years = application_years(self._all_rows)
        for combo, first, items in (
                (self.funder_combo, self.tr("Alle tilskuddsgivere"), funders),
                (self.year_combo, self.tr("Alle år"), [(str(y), y) for y in years])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            try:
                combo.clear()
                combo.addItem(first, ALL)
                for text, value in items:
                    combo.addItem(text, value)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            finally:
                combo.blockSignals(False)

    def _filter_changed(self, _index) -> None:
        self.model.set_rows(filter_rows(self._all_rows, **self.filters()))
        header = self.ui.tableView.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()

    # --- sums per year --------------------------------------------------------------------------
    def _build_sums(self) -> None:
        box = QVBoxLayout()
        box.setSpacing(4)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Summer per år"), self)
        title.setProperty("class", "sectionTitle")
        heading.addWidget(title)
        note = QLabel(self.tr("for søknadene som vises, etter året perioden begynner. "
                              "Innvilget teller bare søknader som har fått svar."), self)
        note.setProperty("class", "note")
        note.setWordWrap(True)
        heading.addWidget(note, 1)
        box.addLayout(heading)
        self.sums_model = YearSumsTableModel(self)
        self.sums_view = QTableView(self)
        self.sums_view.setModel(self.sums_model)
        self.sums_view.setAccessibleName(self.tr("Summer per år"))
        self.sums_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sums_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sums_view.setShowGrid(False)
        self.sums_view.setAlternatingRowColors(True)
        self.sums_view.verticalHeader().hide()
        row_height = self.sums_view.fontMetrics().height() + 10
        self.sums_view.verticalHeader().setDefaultSectionSize(row_height)
        header = self.sums_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((80, 90, 170, 170)):
            header.resizeSection(column, width)
        self.sums_view.setFixedWidth(80 + 90 + 170 + 170 + 4)
        box.addWidget(self.sums_view)
        self.ui.pageLayout.addLayout(box)
        # The list takes the room; the sums only what their rows need.
        self.ui.pageLayout.setStretchFactor(self.ui.tableView, 1)

    def year_sums(self):
        """The sums for the rows shown (filters and search)."""
        return sums_per_year(self.model.shown_rows())

    def _update_sums(self, *_args) -> None:
        if not hasattr(self, "sums_model"):
            return
        sums = self.year_sums()
        self.sums_model.set_rows(sums)
        # As tall as its rows (at most five years before it scrolls), never a tall empty box.
        rows = min(max(len(sums), 1), 5)
        view = self.sums_view
        view.setFixedHeight(view.horizontalHeader().sizeHint().height()
                            + rows * view.verticalHeader().defaultSectionSize()
                            + 2 * view.frameWidth())

    # --- funders -------------------------------------------------------------------------------
    def show_funders(self):
        from samvirke_desktop.gui.applications.funders_window import FundersWindow

        if self.funders_window is None:
            self.funders_window = FundersWindow(self)
            self.funders_window.funders_changed.connect(self.refresh)
        else:
            self.funders_window.refresh()
        self.funders_window.show()
        self.funders_window.activateWindow()
        return self.funders_window
