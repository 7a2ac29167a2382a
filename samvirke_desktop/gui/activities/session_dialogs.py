"""Forms for one session: a new one outside the schedule, changing or moving one, and
cancelling one with a reason."""
import datetime

from PySide6.QtWidgets import QSizePolicy, QWidget

from samvirke_desktop.domain.activities.scheduling import (
    add_session,
    cancel_session,
    read_session,
    update_session,
)
from samvirke_desktop.domain.formatting import date_no, time_no, weekday_name
from samvirke_desktop.domain.validation import FieldErrors, parse_date, parse_time
from samvirke_desktop.gui.forms.ui_session_cancel import Ui_SessionCancelForm
from samvirke_desktop.gui.forms.ui_session_form import Ui_SessionForm
from samvirke_desktop.gui.record_dialog import RecordDialog

CANCEL_REASONS = ("Sykdom", "Lokalet er stengt", "For få påmeldte", "Dårlig vær",
                  "Helligdag eller ferie", "Kolliderer med et annet arrangement")


def session_title(day: datetime.date, start: datetime.time | None,
                  end: datetime.time | None) -> str:
    """"Tirsdag 01.09.2026 kl. 17:00–19:00"."""
    text = f"{weekday_name(day.isoweekday()).capitalize()} {date_no(day)}"
    if start is not None:
        text += f" kl. {time_no(start)}" + (f"–{time_no(end)}" if end else "")
    return text


class SessionDialog(RecordDialog):
    """A new single session (``record_id`` None) or an existing one changed or moved."""

    def __init__(self, activity_id: int, record_id: int | None = None,
                 parent: QWidget | None = None, *, defaults: dict | None = None):
        self.activity_id = activity_id
        self._defaults = defaults or {}
        super().__init__(record_id, parent)
        self.setMinimumSize(480, 340)
        self.resize(520, 360)
        if record_id is None:
            self.setWindowTitle(self.tr("Ny samling"))
            self.ui.introLabel.setText(self.tr(
                "En samling utenom timeplanen, for eksempel en ekstra kveld eller en tur. "
                "Tomt sted: aktivitetens sted."))
        else:
            self.setWindowTitle(self.tr("Endre eller flytt samlingen"))
            self.ui.introLabel.setText(self.tr(
                "{session}. Skriv ny dato eller nye klokkeslett for å flytte samlingen. "
                "Oppmøtet som er registrert, følger med.").format(
                session=session_title(*self._loaded)))

    def setup_form(self, body):
        self.ui = Ui_SessionForm()
        self.ui.setupUi(body)

    def field_widgets(self):
        ui = self.ui
        return {"date": ui.dateEdit, "start_time": ui.startEdit, "end_time": ui.endEdit,
                "place": ui.placeEdit, "topic": ui.topicEdit}

    def required_fields(self):
        return {"date"}

    def new_values(self):
        values = {"date": None, "start_time": None, "end_time": None, "place": "", "topic": ""}
        values.update(self._defaults)
        return values

    def read(self, record_id):
        values, version = read_session(record_id)
        self._loaded = (values["date"], values["start_time"], values["end_time"])
        return values, version

    def fill(self, values):
        ui = self.ui
        ui.dateEdit.set_date(values["date"])
        ui.startEdit.setText(time_no(values["start_time"]))
        ui.endEdit.setText(time_no(values["end_time"]))
        ui.placeEdit.setText(values["place"] or "")
        ui.topicEdit.setText(values["topic"] or "")

    def values(self):
        ui = self.ui
        return {"date": ui.dateEdit.text().strip(), "start_time": ui.startEdit.text().strip(),
                "end_time": ui.endEdit.text().strip(), "place": ui.placeEdit.text(),
                "topic": ui.topicEdit.text()}

    def save(self, values, record_id, version):
        errors = FieldErrors()
        typed = {}
        with errors.check("date"):
            typed["date"] = parse_date(values["date"])
        for name in ("start_time", "end_time"):
            with errors.check(name):
                typed[name] = parse_time(values[name])
        errors.raise_if_any()
        if record_id is None:
            place = values["place"].strip() or None
            return add_session(self.activity_id, typed["date"], typed["start_time"],
                               typed["end_time"], place=place, topic=values["topic"]).id
        return update_session(record_id, version, day=typed["date"],
                              start_time=typed["start_time"], end_time=typed["end_time"],
                              place=values["place"], topic=values["topic"]).id


class CancelSessionDialog(RecordDialog):
    """Cancel one session; the reason is required and offered from the usual ones."""

    def __init__(self, record_id: int, parent: QWidget | None = None):
        super().__init__(record_id, parent)
        self.setWindowTitle(self.tr("Avlys samlingen"))
        self.setMinimumSize(480, 260)
        self.resize(520, 280)
        self.save_button.setText(self.tr("&Avlys samlingen"))

    def setup_form(self, body):
        self.ui = Ui_SessionCancelForm()
        self.ui.setupUi(body)
        self.ui.reasonCombo.addItems(CANCEL_REASONS)
        self.ui.reasonCombo.setSizePolicy(QSizePolicy.Policy.Expanding,
                                          QSizePolicy.Policy.Fixed)
        self.ui.reasonCombo.lineEdit().setMaxLength(300)
        self.ui.reasonCombo.lineEdit().setPlaceholderText(self.tr("Velg eller skriv grunnen"))

    def field_widgets(self):
        return {"cancel_reason": self.ui.reasonCombo}

    def required_fields(self):
        return {"cancel_reason"}

    def read(self, record_id):
        values, version = read_session(record_id)
        return values, version

    def fill(self, values):
        self.ui.sessionLabel.setText(session_title(values["date"], values["start_time"],
                                                   values["end_time"]))
        self.ui.reasonCombo.setEditText(values.get("cancel_reason") or "")

    def values(self):
        return {"cancel_reason": self.ui.reasonCombo.currentText()}

    def save(self, values, record_id, version):
        return cancel_session(record_id, version, values["cancel_reason"]).id
