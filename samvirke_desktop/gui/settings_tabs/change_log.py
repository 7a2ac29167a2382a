"""Endringslogg: who changed what and when (administrators only), filtered by user, kind of
record, record number and days; the changed fields read old → new in the team's words."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no, number
from samvirke_desktop.domain.team import change_log
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.gui.models.change_log import ChangeLogTableModel
from samvirke_desktop.gui.table_columns import fit_columns
from samvirke_desktop.gui.widgets.date_field import DateField


class ChangeLogTab(QWidget):
    follows_colleagues = True

    @staticmethod
    def allowed() -> bool:
        from samvirke_desktop.domain.team.permissions import VIEW_CHANGE_LOG, can

        return can(VIEW_CHANGE_LOG)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.user_combo = QComboBox(self)
        self.table_combo = QComboBox(self)
        self.record_edit = QLineEdit(self)
        self.record_edit.setPlaceholderText(self.tr("alle"))
        self.record_edit.setMaximumWidth(90)
        self.from_edit = DateField(self)
        self.to_edit = DateField(self)
        for widget in (self.from_edit, self.to_edit):
            widget.setMaximumWidth(130)
        for text, widget in ((self.tr("&Bruker"), self.user_combo),
                             (self.tr("&Hva"), self.table_combo),
                             (self.tr("&Nr."), self.record_edit),
                             (self.tr("&Fra"), self.from_edit),
                             (self.tr("&Til"), self.to_edit)):
            form = QFormLayout()
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            filters.addLayout(form)
        self.clear_button = QPushButton(self.tr("&Nullstill"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.count_label = QLabel(self)
        self.count_label.setProperty("class", "countLabel")
        outer.addWidget(self.count_label)

        self.model = ChangeLogTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Endringslogg"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Endringene i valgt rad"))
        self.details.setPlaceholderText(self.tr("Velg en rad for å se alle endrede felt."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)

        self._filling = False
        self._fill_choices()
        self.user_combo.currentIndexChanged.connect(self.refresh)
        self.table_combo.currentIndexChanged.connect(self.refresh)
        self.record_edit.editingFinished.connect(self.refresh)
        self.from_edit.editingFinished.connect(self.refresh)
        self.to_edit.editingFinished.connect(self.refresh)
        self.from_edit.date_picked.connect(self.refresh)
        self.to_edit.date_picked.connect(self.refresh)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self._sized = False
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Endringslogg")

    def _fill_choices(self) -> None:
        self._filling = True
        try:
            for combo, everyone, items in (
                    (self.user_combo, self.tr("Alle brukere"),
                     [(name, name) for name in change_log.logged_usernames()]),
                    (self.table_combo, self.tr("Alt"),
                     [(label, name) for name, label in change_log.logged_tables()])):
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(everyone, None)
                for text, data in items:
                    combo.addItem(text, data)
                index = combo.findData(chosen)
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def filters(self) -> dict:
        """The chosen filters; a date or number that cannot be read is shown as a problem."""
        record = self.record_edit.text().strip()
        problems = []
        record_id = None
        if record:
            if record.isdigit():
                record_id = int(record)
            else:
                problems.append(self.tr("Nr. må være et tall."))
        dates = {}
        for key, field in (("date_from", self.from_edit), ("date_to", self.to_edit)):
            try:
                dates[key] = field.date()
            except InvalidValue as exc:
                problems.append(exc.message)
                dates[key] = None
        return {"username": self.user_combo.currentData(),
                "table_name": self.table_combo.currentData(), "record_id": record_id,
                **dates, "problems": problems}

    def refresh(self, *_args) -> None:
        if self._filling:
            return
        self._fill_choices()
        chosen = self.filters()
        problems = chosen.pop("problems")
        rows = change_log.list_changes(**chosen)
        self.model.set_rows(rows)
        count = len(rows)
        if problems:
            text = " ".join(problems)
        elif count >= change_log.DEFAULT_LIMIT:
            text = self.tr("Viser de {count} nyeste endringene. Snevre inn med filtrene for å se "
                           "eldre.").format(count=number(count))
        elif count == 1:
            text = self.tr("1 endring")
        else:
            text = self.tr("{count} endringer").format(count=number(count))
        if chosen["date_from"] or chosen["date_to"]:
            text += " " + self.tr("({first} – {last})").format(
                first=date_no(chosen["date_from"]) or "…", last=date_no(chosen["date_to"]) or "…")
        self.count_label.setText(text)
        if rows:
            self.view.selectRow(0)
        self._show_details()
        self._fit_once()

    def _fit_once(self) -> None:
        if self._sized or not self.model.rowCount() or not self.isVisible():
            return
        fit_columns(self.view, ChangeLogTableModel.RIGHT_ALIGNED)
        self._sized = True

    def showEvent(self, event):
        super().showEvent(event)
        self._fit_once()

    def clear_filters(self) -> None:
        self._filling = True
        try:
            self.user_combo.setCurrentIndex(0)
            self.table_combo.setCurrentIndex(0)
            self.record_edit.clear()
            self.from_edit.clear()
            self.to_edit.clear()
        finally:
            self._filling = False
        self.refresh()

    def shown_rows(self) -> list:
        return self.model.shown_rows()

    def _show_details(self, *_args) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.details.clear()
            return
        row = self.model.row_at(index.row())
        heading = f"{row.action_label}: {row.table_label}"
        if row.record_id is not None:
            heading += " " + self.tr("nr. {number}").format(number=row.record_id)
        heading += " – " + self.tr("{user}, {day} kl. {time}").format(
            user=row.username, day=date_no(row.at.date()), time=f"{row.at:%H:%M}")
        lines = [heading]
        if row.summary and not row.changes:
            lines.append(row.summary)
        lines.extend(change.text for change in row.changes)
        self.details.setPlainText("\n".join(lines))
