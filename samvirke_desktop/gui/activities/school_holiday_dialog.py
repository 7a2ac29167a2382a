"""One school holiday of the team's municipality: its name and its first and last day."""
from PySide6.QtWidgets import QWidget

from samvirke_desktop.domain.activities.school_holidays import read_school_holiday, save_school_holiday
from samvirke_desktop.gui.forms.ui_school_holiday_form import Ui_SchoolHolidayForm
from samvirke_desktop.gui.record_dialog import RecordDialog

HOLIDAY_NAMES = ("Høstferie", "Juleferie", "Vinterferie", "Påskeferie", "Sommerferie",
                 "Planleggingsdag", "Fridag")


class SchoolHolidayDialog(RecordDialog):
    def __init__(self, record_id: int | None = None, parent: QWidget | None = None):
        super().__init__(record_id, parent)
        self.setWindowTitle(self.tr("Ny skoleferie") if record_id is None
                            else self.tr("Endre skoleferie"))
        self.setMinimumSize(460, 260)
        self.resize(480, 280)

    def setup_form(self, body):
        self.ui = Ui_SchoolHolidayForm()
        self.ui.setupUi(body)
        self.ui.nameEdit.addItems(HOLIDAY_NAMES)
        self.ui.nameEdit.lineEdit().setMaxLength(100)
        self.ui.nameEdit.setMinimumWidth(240)

    def field_widgets(self):
        return {"name": self.ui.nameEdit, "first_date": self.ui.firstDateEdit,
                "last_date": self.ui.lastDateEdit}

    def required_fields(self):
        return {"name", "first_date", "last_date"}

    def new_values(self):
        return {"name": "", "first_date": None, "last_date": None}

    def read(self, record_id):
        return read_school_holiday(record_id)

    def fill(self, values):
        self.ui.nameEdit.setEditText(values["name"])
        self.ui.firstDateEdit.set_date(values["first_date"])
        self.ui.lastDateEdit.set_date(values["last_date"])

    def values(self):
        return {"name": self.ui.nameEdit.currentText(),
                "first_date": self.ui.firstDateEdit.text().strip(),
                "last_date": self.ui.lastDateEdit.text().strip()}

    def save(self, values, record_id, version):
        return save_school_holiday(values, record_id, version)
