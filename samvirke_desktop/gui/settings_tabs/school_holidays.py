"""Skoleferier: the municipality's school holidays, which schedules skip.

The team names its municipality and the weeks of its autumn and winter holidays (Oslo: week
40 and week 8); a school year is then filled in by that pattern with Christmas, Easter and
summer, and each holiday can be changed by hand when the municipality's calendar differs.
"Oppdater samlingene" brings the schedules in line from today on; sessions with attendance
are always kept.
"""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.activities.scheduling import regenerate_all
from samvirke_desktop.domain.activities.school_holidays import (
    delete_school_holiday,
    fill_school_year,
    holiday_pattern,
    list_school_holidays,
    save_holiday_pattern,
    school_start,
    school_year_of,
)
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import ID_ROLE
from samvirke_desktop.gui.models.school_holidays import SchoolHolidayTableModel


class SchoolHolidaysTab(QWidget):
    @staticmethod
    def allowed() -> bool:
        return permissions.can(permissions.EDIT_ACTIVITIES)

    def __init__(self, parent=None, today: datetime.date | None = None):
        super().__init__(parent)
        self.today = today or datetime.date.today()
        self.last_dialog: QDialog | None = None
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Timeplanene hopper over skoleferiene til kommunen dere jobber i. Jul, påske og "
            "sommer regnes ut av seg selv; uka for høstferien og vinterferien varierer mellom "
            "kommunene."), self)
        intro.setProperty("class", "note")
        intro.setWordWrap(True)
        outer.addWidget(intro)

        pattern_box = QGroupBox(self.tr("Kommunen"), self)
        pattern_row = QHBoxLayout(pattern_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.municipality_edit = QLineEdit(pattern_box)
        self.municipality_edit.setMinimumWidth(260)
        self.municipality_edit.setMaxLength(100)
        self.municipality_edit.setPlaceholderText(self.tr("For eksempel Oslo"))
        self.autumn_spin = QSpinBox(pattern_box)
        self.winter_spin = QSpinBox(pattern_box)
        for spin in (self.autumn_spin, self.winter_spin):
            spin.setRange(1, 52)
            spin.setPrefix(self.tr("uke "))
        labels = ((self.tr("&Kommune"), self.municipality_edit),
                  (self.tr("&Høstferie i"), self.autumn_spin),
                  (self.tr("&Vinterferie i"), self.winter_spin))
        for text, widget in labels:
            label = QLabel(text, pattern_box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        pattern_row.addLayout(form)
        self.save_pattern_button = QPushButton(self.tr("&Lagre kommunen"), pattern_box)
        self.save_pattern_button.clicked.connect(self.save_pattern)
        pattern_row.addWidget(self.save_pattern_button, 0, Qt.AlignmentFlag.AlignBottom)
        pattern_row.addStretch(1)
        outer.addWidget(pattern_box)

        heading = QHBoxLayout()
        self.list_title = QLabel(self)
        self.list_title.setProperty("class", "sectionTitle")
        heading.addWidget(self.list_title)
        heading.addStretch(1)
        self.earlier_check = QCheckBox(self.tr("Vis &tidligere skoleår"), self)
        self.earlier_check.toggled.connect(lambda _on: self.refresh())
        heading.addWidget(self.earlier_check)
        outer.addLayout(heading)

        self.model = SchoolHolidayTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Skoleferier"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SchoolHolidayTableModel.COL_NAME,
                                    QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_holiday())
        outer.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        fill_label = QLabel(self.tr("Fyll inn &skoleåret"), self)
        self.year_combo = QComboBox(self)
        fill_label.setBuddy(self.year_combo)
        self.fill_button = QPushButton(symbol("mdi6.calendar-import"), self.tr("Fyll &inn"), self)
        self.fill_button.setToolTip(self.tr(
            "Legg inn høstferie, juleferie, vinterferie, påskeferie og sommerferie for skoleåret "
            "etter kommunens uker. Ferier som alt er lagt inn, blir ikke lagt inn på nytt."))
        self.fill_button.clicked.connect(self.fill_year)
        buttons.addWidget(fill_label)
        buttons.addWidget(self.year_combo)
        buttons.addWidget(self.fill_button)
        buttons.addStretch(1)
        self.new_button = QPushButton(symbol("mdi6.plus"), self.tr("&Ny ferie…"), self)
        self.edit_button = QPushButton(self.tr("&Endre…"), self)
        self.delete_button = QPushButton(symbol("mdi6.delete-outline"), self.tr("S&lett"), self)
        self.new_button.clicked.connect(lambda: self.edit_holiday(new=True))
        self.edit_button.clicked.connect(lambda: self.edit_holiday())
        self.delete_button.clicked.connect(self.delete_holiday)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)

        update_row = QHBoxLayout()
        self.update_button = QPushButton(symbol("mdi6.calendar-sync"),
                                         self.tr("&Oppdater samlingene"), self)
        self.update_button.setToolTip(self.tr(
            "Lag og fjern samlinger fra i dag av, så timeplanene følger skoleferiene slik de "
            "står nå. Samlinger med registrert oppmøte blir alltid beholdt."))
        self.update_button.clicked.connect(self.update_sessions)
        update_row.addWidget(self.update_button)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setProperty("class", "infoBanner")  # gui/style.py, light or dark
        self.result_label.hide()
        update_row.addWidget(self.result_label, 1)
        outer.addLayout(update_row)

        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Skoleferier")

    # --- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        pattern = holiday_pattern()
        self.municipality_edit.setText(pattern.municipality)
        self.autumn_spin.setValue(pattern.autumn_week)
        self.winter_spin.setValue(pattern.winter_week)
        self.list_title.setText(self.tr("Skoleferier i {municipality}").format(
            municipality=pattern.municipality))
        year = school_year_of(self.today)
        current = self.year_combo.currentData()
        self.year_combo.clear()
        for school_year in range(year - 1, year + 3):
            self.year_combo.addItem(f"{school_year}/{str(school_year + 1)[-2:]}", school_year)
        index = self.year_combo.findData(current if current is not None else year)
        self.year_combo.setCurrentIndex(max(0, index))
        since = None if self.earlier_check.isChecked() else school_start(year)
        try:
            rows = list_school_holidays(pattern.municipality, from_date=since)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.model.sort(SchoolHolidayTableModel.COL_FIRST)
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    # --- changing --------------------------------------------------------------------------
    def save_pattern(self) -> bool:
        try:
            pattern = save_holiday_pattern(self.municipality_edit.text(),
                                           self.autumn_spin.value(), self.winter_spin.value())
        except ValidationError as exc:
            notices.show_message(self, self.tr("Sjekk feltene"), exc.message)
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.refresh()
        self._show_result(self.tr(
            "Lagret: {municipality}, høstferie i uke {autumn}, vinterferie i uke {winter}. "
            "Fyll inn skoleåret for å legge inn feriene.").format(
            municipality=pattern.municipality, autumn=pattern.autumn_week,
            winter=pattern.winter_week))
        return True

    def fill_year(self) -> None:
        school_year = self.year_combo.currentData()
        try:
            result = fill_school_year(school_year)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        year = self.year_combo.currentText()
        if not result.created:
            text = self.tr("Skoleferiene for {year} var allerede lagt inn. Endre dem i listen "
                           "hvis kommunen har andre datoer.").format(year=year)
        else:
            text = self.tr("{n} ferier lagt inn for skoleåret {year}.").format(
                n=len(result.created), year=year)
            if result.skipped:
                text += " " + self.tr("Disse fantes fra før og ble latt være: {names}.").format(
                    names=", ".join(h.name for h in result.skipped))
        if result.created:
            text += " " + self.tr("Trykk «Oppdater samlingene» så timeplanene følger dem.")
        self.refresh()
        self._show_result(text)

    def edit_holiday(self, new: bool = False):
        from samvirke_desktop.gui.activities.school_holiday_dialog import SchoolHolidayDialog

        record_id = None if new else self.selected_id()
        if not new and record_id is None:
            return None
        try:
            dialog = SchoolHolidayDialog(record_id, self)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        dialog.record_saved.connect(lambda _id: self.refresh())
        self.last_dialog = dialog
        if notices.dialogs_enabled():
            dialog.exec()
        else:  # tests fill in the form themselves
            dialog.open()
        return dialog

    def delete_holiday(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        answer = notices.ask(self, self.tr("Slette ferien?"), self.tr(
            "Vil du slette {name} ({weeks})? Samlinger lages igjen i disse dagene når du "
            "trykker «Oppdater samlingene».").format(name=row.name, weeks=row.weeks_label),
            [("delete", self.tr("Slett")), ("back", self.tr("Avbryt"))], default="back")
        if answer != "delete":
            return
        try:
            delete_school_holiday(row.id, row.version)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
        self.refresh()

    def update_sessions(self) -> None:
        try:
            result = regenerate_all(self.today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        text = self.tr("Samlingene er oppdatert fra i dag: {created} nye, {removed} fjernet.") \
            .format(created=len(result.created), removed=len(result.removed))
        if result.kept_with_history:
            text += " " + self.tr("{n} samlinger i ferien har registrert oppmøte og ble "
                                  "beholdt.").format(n=len(result.kept_with_history))
        self._show_result(text)
