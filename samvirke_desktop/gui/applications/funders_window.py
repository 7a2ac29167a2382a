"""Tilskuddsgivere: the list of funders, opened from the Søknader page."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.grants.funder_record import list_funders
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.applications.funder_dialog import FunderDialog
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.applications import FunderTableModel
from samvirke_desktop.gui.models.base import ID_ROLE
from samvirke_desktop.gui.models.proxy import SearchProxyModel
from samvirke_desktop.gui.table_columns import fit_columns


class FundersWindow(QDialog):
    """Funders with their schemes, bands and hour rate; Ny, and Enter or double-click opens one."""

    funders_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tilskuddsgivere"))
        self.setMinimumSize(640, 360)
        self.resize(900, 480)
        self.dialog: FunderDialog | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Tilskuddsgivere"), self)
        title.setProperty("class", "pageTitle")
        self.count_label = QLabel(self)
        self.count_label.setProperty("class", "countLabel")
        header.addWidget(title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        self.archived_check = QCheckBox(self.tr("Vis arkiverte"), self)
        header.addWidget(self.archived_check)
        self.new_button = QPushButton(symbol("mdi6.plus", color="white", active_color="white"),
                                      self.tr("&Ny tilskuddsgiver"), self)
        self.new_button.setProperty("class", "primary")
        self.new_button.setToolTip(self.tr("Legg inn en ny tilskuddsgiver (Ctrl+N)"))
        self.new_button.setVisible(permissions.can(permissions.EDIT_APPLICATIONS))
        header.addWidget(self.new_button)
        layout.addLayout(header)
        hint = QLabel(self.tr("Dobbeltklikk eller trykk Enter for å åpne. Aldersgruppene og "
                              "timesatsen brukes i tallene til rapportene."), self)
        hint.setProperty("class", "note")
        layout.addWidget(hint)

        self.model = FunderTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Tilskuddsgivere"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setSortIndicator(FunderTableModel.COL_NAME,
                                                      Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.view, 1)

        self.view.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_funder)
        self.archived_check.toggled.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.New, self, self._new_if_allowed)
        self._fitted = False
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = list_funders(include_archived=self.archived_check.isChecked())
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        count = len(rows)
        self.count_label.setText(self.tr("1 tilskuddsgiver") if count == 1 else
                                 self.tr("{n} tilskuddsgivere").format(n=number(count)))
        self._fit()

    def _fit(self) -> None:
        if not self._fitted and self.model.rowCount() and self.isVisible():
            fit_columns(self.view, self.model.RIGHT_ALIGNED)
            self._fitted = True

    def showEvent(self, event):
        super().showEvent(event)
        self._fit()

    def select_id(self, funder_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == funder_id:
                self.view.setCurrentIndex(index)
                return

    def _activated(self, index) -> None:
        funder_id = index.siblingAtColumn(0).data(ID_ROLE)
        if funder_id is not None:
            self.open_funder(funder_id)

    def _new_if_allowed(self) -> None:
        if self.new_button.isVisible():
            self.new_funder()

    def new_funder(self) -> FunderDialog:
        return self._show(FunderDialog(None, self))

    def open_funder(self, funder_id: int) -> FunderDialog | None:
        try:
            dialog = FunderDialog(funder_id, self)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self.refresh()
            return None
        return self._show(dialog)

    def _show(self, dialog: FunderDialog) -> FunderDialog:
        self.dialog = dialog
        dialog.record_saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, funder_id: int) -> None:
        self.refresh()
        self.select_id(funder_id)
        self.funders_changed.emit()
