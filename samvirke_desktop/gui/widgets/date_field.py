"""A date typed the Norwegian way (05.06.2026, 5.6.26) or picked from a calendar.

Use it in Designer forms as a promoted QLineEdit: class ``DateField``, header
``samvirke_desktop.gui.widgets.date_field``. The text is checked by the domain's
``parse_date`` when the form is saved, so a wrong date is reported next to the field.
"""
import datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidgetAction

from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.validation import InvalidValue, parse_date
from samvirke_desktop.gui.icons import symbol


class DateField(QLineEdit):
    date_picked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.setMaxLength(10)
        # A trailing action, so Qt lays it out beside the clear button instead of under it.
        self.calendar_action = QAction(symbol("mdi6.calendar-month-outline"),
                                       self.tr("Velg dato i kalenderen (Alt+Pil ned)"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setClearButtonEnabled(True)
        self.editingFinished.connect(self._tidy)

    # --- value ------------------------------------------------------------------
    def date(self) -> datetime.date | None:
        """The typed date; raises InvalidValue (Norwegian message) when it cannot be read."""
        return parse_date(self.text())

    def set_date(self, value: datetime.date | None) -> None:
        self.setText(date_no(value) if value else "")

    def _tidy(self) -> None:
        """Show a readable typed date in full (5.6.26 → 05.06.2026); leave a wrong one as typed."""
        try:
            value = self.date()
        except InvalidValue:
            return
        if value is not None and self.text() != date_no(value):
            self.set_date(value)

    # --- calendar -----------------------------------------------------------------
    def show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setLocale(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        try:
            current = self.date()
        except InvalidValue:
            current = None
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))

        def picked(qdate: QDate) -> None:
            self.set_date(datetime.date(qdate.year(), qdate.month(), qdate.day()))
            menu.close()
            self.date_picked.emit()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

