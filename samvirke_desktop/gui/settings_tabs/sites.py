"""Områder: the blocks, courts and addresses the team works in, with a form for each."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.team import permissions, site_record
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import ID_ROLE
from samvirke_desktop.gui.models.sites import SiteTableModel
from samvirke_desktop.gui.records.site_dialog import SiteDialog


class SitesTab(QWidget):
    @staticmethod
    def allowed() -> bool:
        return any(permissions.can(c) for c in (permissions.VIEW_PEOPLE,
                                                permissions.VIEW_ACTIVITIES,
                                                permissions.VIEW_PARTNERS))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dialog: SiteDialog | None = None
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Områdene teamet jobber i: blokker, gårder og adresser. Beboere, husstander, "
            "aktiviteter og samarbeidspartnere knyttes til dem. Et område som er i bruk, "
            "arkiveres i stedet for å slettes."), self)
        intro.setProperty("class", "note")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        tools = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setProperty("class", "countLabel")
        self.archived_check = QCheckBox(self.tr("Vis arkiverte"), self)
        self.archived_check.toggled.connect(self.refresh)
        self.new_button = QPushButton(symbol("mdi6.plus", color="white", active_color="white"),
                                      self.tr("&Nytt område"), self)
        self.new_button.setProperty("class", "primary")
        self.new_button.clicked.connect(self.new_site)
        self.new_button.setVisible(site_record.can_edit())
        tools.addWidget(self.count_label)
        tools.addWidget(self.archived_check)
        tools.addStretch(1)
        tools.addWidget(self.new_button)
        outer.addLayout(tools)
        self.model = SiteTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Områder"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SiteTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(SiteTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._row_activated)
        outer.addWidget(self.view, 1)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Områder")

    def refresh(self) -> None:
        self.model.set_rows(site_record.list_sites(
            include_archived=self.archived_check.isChecked()))
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.resizeColumnsToContents()
        count = self.model.total_count()
        self.count_label.setText(self.tr("1 område") if count == 1 else
                                 self.tr("{count} områder").format(count=number(count)))

    def _row_activated(self, index) -> None:
        record_id = index.siblingAtColumn(0).data(ID_ROLE)
        if record_id is not None:
            self.open_site(record_id)

    def new_site(self) -> SiteDialog | None:
        return self._open(None)

    def open_site(self, site_id: int) -> SiteDialog | None:
        return self._open(site_id)

    def _open(self, site_id: int | None) -> SiteDialog | None:
        try:
            dialog = SiteDialog(site_id, self)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self.refresh()
            return None
        self.dialog = dialog
        dialog.record_saved.connect(self._saved)
        dialog.record_deleted.connect(lambda _site_id: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, site_id: int) -> None:
        self.refresh()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == site_id:
                self.view.setCurrentIndex(index)
                break
