"""Oversikt: key counts and this week's sessions."""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QVBoxLayout, QWidget

from samvirke_desktop.domain import overview
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.applications.deadline_card import DeadlineCard
from samvirke_desktop.gui.forms.ui_overview_page import Ui_OverviewPage
from samvirke_desktop.gui.models.proxy import SearchProxyModel
from samvirke_desktop.gui.models.sessions import SessionTableModel
from samvirke_desktop.gui.table_columns import fit_columns


class StatCard(QFrame):
    """One key number with a caption under it."""

    def __init__(self, caption: str, tooltip: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("class", "card")
        self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        self.value_label = QLabel("0", self)
        self.value_label.setProperty("class", "statValue")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setProperty("class", "statCaption")
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int) -> None:
        self.value_label.setText(number(value))

    def value_text(self) -> str:
        return self.value_label.text()


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None, today: datetime.date | None = None):
        super().__init__(parent)
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dashboard = QWidget(self)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self.dashboard)
        layout.addWidget(self.dashboard)

        self.cards = {
            "residents": StatCard(self.tr("Beboere")),
            "active_volunteers": StatCard(
                self.tr("Aktive frivillige"),
                self.tr("Frivillige som har begynt og ikke sluttet.")),
            "activities": StatCard(self.tr("Aktiviteter")),
            "sessions_this_week": StatCard(
                self.tr("Samlinger denne uken"), self.tr("Avlyste samlinger er ikke med.")),
            "ongoing_applications": StatCard(
                self.tr("Søknader som pågår"),
                self.tr("Utkast, sendte og innvilgede søknader som ikke er rapportert ennå.")),
        }
        for card in self.cards.values():
            self.ui.countsLayout.addWidget(card)
        self.ui.countsLayout.addStretch(1)
        # Application deadlines soon due or passed (hidden for roles without applications).
        self.deadline_card = DeadlineCard(self.dashboard, today)
        self.ui.pageLayout.insertWidget(self.ui.pageLayout.indexOf(self.ui.countsLayout) + 1,
                                        self.deadline_card)

        self.sessions_model = SessionTableModel(self, today)
        self.sessions_proxy = SearchProxyModel(self)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        view = self.ui.sessionsView
        view.setModel(self.sessions_proxy)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(False)  # keep "Til stede" near the rest
        view.horizontalHeader().setSortIndicator(SessionTableModel.COL_DATE,
                                                 Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        self.refresh()

    def today(self) -> datetime.date:
        return self._today or datetime.date.today()

    def refresh(self) -> None:
        today = self.today()
        counts = overview.key_counts(today)
        for key, card in self.cards.items():
            card.set_value(getattr(counts, key))
        self.deadline_card.refresh(today)
        rows = overview.list_week_sessions(today)
        self.sessions_model.set_rows(rows)
        header = self.ui.sessionsView.horizontalHeader()
        self.sessions_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        week = today.isocalendar().week
        self.ui.weekLabel.setText(self.tr("Samlinger denne uken (uke {week})").format(week=week))
        self.ui.weekCountLabel.setText(
            self.tr("1 samling") if len(rows) == 1
            else self.tr("{count} samlinger").format(count=number(len(rows))))
        self.ui.sessionsView.setVisible(bool(rows))
        self.ui.emptyWeekLabel.setVisible(not rows)
        self._fitted = False
        self._fit_once()

    def _fit_once(self) -> None:
        if self._fitted or not self.sessions_model.rowCount() or not self.isVisible():
            return
        fit_columns(self.ui.sessionsView, self.sessions_model.RIGHT_ALIGNED)
        self._fitted = True

    def showEvent(self, event):
        super().showEvent(event)
        self._fit_once()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_once()
