"""Oversikt: key counts, this week's sessions with attendance so far (Enter or a double-click
opens the check-in), and cards for what needs doing (``gui.overview_cards``)."""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from samvirke_desktop.domain import overview
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.gui.forms.ui_overview_page import Ui_OverviewPage
from samvirke_desktop.gui.models.base import ID_ROLE
from samvirke_desktop.gui.models.proxy import SearchProxyModel
from samvirke_desktop.gui.models.sessions import SessionTableModel
from samvirke_desktop.gui.overview_cards import OVERVIEW_CARDS, create_card
from samvirke_desktop.gui.table_columns import fit_columns

MAX_CARD_COLUMNS = 3


def _per_row(normal: int, large: int, largest: int) -> int:
    """How many cards fit side by side at the chosen text size (more text, fewer cards)."""
    from samvirke_desktop.gui.language import text_scale

    scale = text_scale()
    return normal if scale < 150 else large if scale < 175 else largest


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
        counts = QGridLayout()
        counts.setSpacing(self.ui.countsLayout.spacing())
        per_row = _per_row(len(self.cards), 3, 2)
        for position, card in enumerate(self.cards.values()):
            counts.addWidget(card, *divmod(position, per_row))
        self.ui.countsLayout.addLayout(counts)
        self.ui.countsLayout.addStretch(1)
        if _per_row(2, 1, 1) == 1:  # large text: the hint on a line of its own
            self.ui.weekHeaderLayout.removeWidget(self.ui.weekHintLabel)
            card_layout = self.ui.weekCard.layout()
            card_layout.insertWidget(card_layout.indexOf(self.ui.sessionsView),
                                     self.ui.weekHintLabel)
            self.ui.weekHintLabel.setWordWrap(True)

        # What needs doing, one card each; each hides itself from roles that may not see it.
        self.overview_cards = {spec.key: create_card(spec, self.dashboard, today)
                               for spec in OVERVIEW_CARDS}

        self.sessions_model = SessionTableModel(self, today)
        self.sessions_proxy = SearchProxyModel(self)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        view = self.ui.sessionsView
        view.setModel(self.sessions_proxy)
        view.setAccessibleName(self.tr("Samlinger denne uken"))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(False)  # keep "Til stede" near the rest
        view.horizontalHeader().setSortIndicator(SessionTableModel.COL_DATE,
                                                 Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.activated.connect(self.open_check_in)   # double-click or Enter
        self.check_in_window = None
        self.refresh(cards=False)  # the cards have just read their rows

    @property
    def deadline_card(self) -> QWidget | None:
        return self.overview_cards.get("deadlines")

    def today(self) -> datetime.date:
        return self._today or datetime.date.today()

    def refresh(self, cards: bool = True) -> None:
        """Read the counts, this week's sessions and (``cards``) the cards again."""
        today = self.today()
        counts = overview.key_counts(today)
        for key, card in self.cards.items():
            card.set_value(getattr(counts, key))
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
        self.ui.weekHintLabel.setVisible(bool(rows))
        self.ui.emptyWeekLabel.setVisible(not rows)
        if cards:
            for card in self.overview_cards.values():
                card.refresh(today)
        self._arrange_cards()
        self._fitted = False
        self._fit_once()

    def _arrange_cards(self) -> None:
        """The visible cards side by side, up to three to a row, with no empty places."""
        grid = self.ui.cardsLayout
        for card in self.overview_cards.values():
            grid.removeWidget(card)
        shown = [card for card in self.overview_cards.values() if not card.isHidden()]
        columns = min(_per_row(MAX_CARD_COLUMNS, 2, 1), len(shown)) or 1
        for position, card in enumerate(shown):
            row, column = divmod(position, columns)
            last_row = position == len(shown) - 1
            # A last row that is not full: its last card stretches to the right edge.
            span = columns - column if last_row else 1
            grid.addWidget(card, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
        for column in range(MAX_CARD_COLUMNS):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def open_check_in(self, index) -> None:
        """The check-in window for the session at ``index`` of the week's table."""
        session_id = index.data(ID_ROLE) if index.isValid() else None
        if session_id is None:
            return
        from samvirke_desktop.gui.checkin import open_check_in

        window = open_check_in(session_id, self.window())
        if window is not None:
            self.check_in_window = window
            window.closed.connect(self._check_in_closed)

    def _check_in_closed(self, _session_id: int) -> None:
        self.refresh()   # our own saves do not reach the colleague watch: show them now

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
