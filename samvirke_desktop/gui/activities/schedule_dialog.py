"""The schedule form: weekdays, times and a period that become sessions when saved.

While typing, the form shows how many sessions the schedule gives and which days are left
out (public holidays and the team's school holidays). Saving creates the missing sessions at
once; a changed schedule applies from today on, and sessions with attendance are never
removed (``domain.scheduling``).
"""
import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from samvirke_desktop.domain.activities.scheduling import (
    new_schedule_values,
    plan_text,
    preview_schedule,
    read_schedule,
    save_schedule,
)
from samvirke_desktop.domain.activities.school_holidays import team_municipality
from samvirke_desktop.domain.formatting import time_no
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui.forms.ui_schedule_form import Ui_ScheduleForm
from samvirke_desktop.gui.record_dialog import RecordDialog

MAX_EVERY = 8


class ScheduleDialog(RecordDialog):
    def __init__(self, activity_id: int, record_id: int | None = None,
                 parent: QWidget | None = None, today: datetime.date | None = None):
        self.activity_id = activity_id
        self.today = today or datetime.date.today()
        self.generation = None     # the GenerationResult of the last save
        super().__init__(record_id, parent)
        self.setWindowTitle(self.tr("Ny timeplan") if record_id is None
                            else self.tr("Endre timeplan"))
        self.setMinimumSize(520, 480)
        self.resize(600, 560)
        self.save_button.setText(self.tr("&Lagre og lag samlinger"))
        if record_id is None:
            self.ui.changeNote.setText(self.tr(
                "Samlingene lages når du lagrer. Begynner timeplanen før i dag, lages også de "
                "tidligere samlingene, så oppmøtet kan skrives inn fra papir."))
        else:
            self.ui.changeNote.setText(self.tr(
                "Endringene gjelder fra i dag. Tidligere samlinger blir som de var, og en "
                "samling med registrert oppmøte blir aldri slettet."))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.update_preview)
        for edit in (self.ui.startEdit, self.ui.endEdit, self.ui.firstDateEdit,
                     self.ui.lastDateEdit):
            edit.textChanged.connect(lambda _text: self._preview_timer.start())
        for check in (*self._day_checks(), self.ui.skipPublicCheck, self.ui.skipSchoolCheck):
            check.toggled.connect(lambda _on: self._preview_timer.start())
        self.ui.everyCombo.currentIndexChanged.connect(lambda _i: self._preview_timer.start())
        self.update_preview()

    def setup_form(self, body):
        self.ui = Ui_ScheduleForm()
        self.ui.setupUi(body)
        combo = self.ui.everyCombo
        combo.addItem(self.tr("Hver uke"), 1)
        combo.addItem(self.tr("Annenhver uke"), 2)
        for n in range(3, MAX_EVERY + 1):
            combo.addItem(self.tr("Hver {n}. uke").format(n=n), n)
        self.ui.skipSchoolCheck.setText(self.tr("Hopp over s&koleferier ({municipality})").format(
            municipality=team_municipality()))
        self.ui.skipSchoolCheck.setToolTip(self.tr(
            "Skoleferiene står under Innstillinger → Skoleferier"))

    def _day_checks(self):
        ui = self.ui
        return (ui.mondayCheck, ui.tuesdayCheck, ui.wednesdayCheck, ui.thursdayCheck,
                ui.fridayCheck, ui.saturdayCheck, ui.sundayCheck)

    def field_widgets(self):
        ui = self.ui
        return {"weekdays": ui.weekdaysBox, "start_time": ui.startEdit, "end_time": ui.endEdit,
                "first_date": ui.firstDateEdit, "last_date": ui.lastDateEdit,
                "every_n_weeks": ui.everyCombo, "place": ui.placeEdit,
                "skip_public_holidays": ui.skipPublicCheck,
                "skip_school_holidays": ui.skipSchoolCheck}

    def required_fields(self):
        return {"weekdays", "start_time", "end_time", "first_date", "last_date"}

    def new_values(self):
        return new_schedule_values(self.activity_id, self.today)

    def read(self, record_id):
        return read_schedule(record_id)

    def fill(self, values):
        ui = self.ui
        days = set(values["weekdays"])
        for number, check in enumerate(self._day_checks(), start=1):
            check.setChecked(number in days)
        ui.startEdit.setText(time_no(values["start_time"]))
        ui.endEdit.setText(time_no(values["end_time"]))
        ui.firstDateEdit.set_date(values["first_date"])
        ui.lastDateEdit.set_date(values["last_date"])
        index = ui.everyCombo.findData(values["every_n_weeks"])
        if index < 0:
            ui.everyCombo.addItem(self.tr("Hver {n}. uke").format(n=values["every_n_weeks"]),
                                  values["every_n_weeks"])
            index = ui.everyCombo.count() - 1
        ui.everyCombo.setCurrentIndex(index)
        ui.placeEdit.setText(values["place"])
        ui.skipPublicCheck.setChecked(bool(values["skip_public_holidays"]))
        ui.skipSchoolCheck.setChecked(bool(values["skip_school_holidays"]))

    def values(self):
        ui = self.ui
        return {"weekdays": tuple(n for n, check in enumerate(self._day_checks(), start=1)
                                  if check.isChecked()),
                "start_time": ui.startEdit.text().strip(), "end_time": ui.endEdit.text().strip(),
                "first_date": ui.firstDateEdit.text().strip(),
                "last_date": ui.lastDateEdit.text().strip(),
                "every_n_weeks": ui.everyCombo.currentData(), "place": ui.placeEdit.text(),
                "skip_public_holidays": ui.skipPublicCheck.isChecked(),
                "skip_school_holidays": ui.skipSchoolCheck.isChecked()}

    def save(self, values, record_id, version):
        schedule_id, self.generation = save_schedule(self.activity_id, values, record_id, version,
                                                 today=self.today)
        return schedule_id

    def update_preview(self) -> None:
        """What the schedule would give, or what is missing before it can give anything."""
        self._preview_timer.stop()
        try:
            text = plan_text(preview_schedule(self.values()))
        except ValidationError as exc:
            text = self.tr("Fyll ut timeplanen for å se samlingene den gir.")
            if set(exc.field_errors) - {"weekdays"}:
                text += " " + next(iter(message for name, message in exc.field_errors.items()
                                        if name != "weekdays"))
        except SamvirkeError as exc:
            text = exc.message
        self.ui.previewLabel.setText(text)
