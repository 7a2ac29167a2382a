"""The Frivillige tab of the check-in window: tick volunteers present, adjust hours, add one.

Ticking gives the session's length in hours; a volunteer without a valid police certificate
on an activity with children is registered all the same (the team decides), but the warning
is shown and stored with the registration.
"""
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from samvirke_desktop.domain.activities import attendance, check_in
from samvirke_desktop.domain.activities.check_in import CheckInVolunteer
from samvirke_desktop.gui.checkin.saving import FAILED, Saver
from samvirke_desktop.gui.checkin.volunteer_model import VolunteerModel

CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 20
RESULT_ROWS = 5


class VolunteerPanel(QObject):
    def __init__(self, ui, saver: Saver, session_id: int, on_changed, parent=None):
        super().__init__(parent)
        self.ui = ui
        self.saver = saver
        self.session_id = session_id
        self._on_changed = on_changed   # called after every save: counters and banner
        self.session: check_in.CheckInSession | None = None
        self._picked: set[int] = set()  # added here, hours still to be typed

        self.model = VolunteerModel(self)
        self.model.save_hours = self._save_hours
        view = ui.volunteerView
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(VolunteerModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((VolunteerModel.COL_PRESENT, 30), (VolunteerModel.COL_HOURS, 52),
                              (VolunteerModel.COL_CERTIFICATE, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            view.setColumnWidth(column, width)
        view.verticalHeader().setDefaultSectionSize(38)
        view.clicked.connect(self._clicked)
        view.installEventFilter(self)

        self.results = QStandardItemModel(self)
        ui.volunteerResults.setModel(self.results)
        ui.volunteerResults.hide()
        ui.addVolunteerEdit.textChanged.connect(self._search_soon)
        ui.addVolunteerEdit.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.search)

    # --- showing --------------------------------------------------------------------
    def set_volunteers(self, volunteers: list[CheckInVolunteer]) -> None:
        current = self.ui.volunteerView.currentIndex()
        keep = self.model.volunteer(current.row()).volunteer_id if current.isValid() else None
        column = current.column() if current.isValid() else VolunteerModel.COL_PRESENT
        self.model.set_volunteers(volunteers)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.ui.volunteerView.setCurrentIndex(self.model.index(row, column))

    @property
    def no_session_length(self) -> bool:
        return self.session is not None and self.session.hours is None

    def picked(self) -> set[int]:
        return set(self._picked)

    def reload(self) -> None:
        self.set_volunteers(check_in.checkin_volunteers(self.session, self._picked))
        self._on_changed()

    def warnings(self) -> list[CheckInVolunteer]:
        """Volunteers registered at the session without a valid police certificate."""
        return [v for v in self.model.volunteers() if v.present and v.warning]

    # --- ticking and hours ------------------------------------------------------------
    def toggle(self, row: int) -> None:
        volunteer = self.model.volunteer(row)
        hours = None if volunteer.present else attendance.SESSION_LENGTH
        if hours is attendance.SESSION_LENGTH and self.no_session_length:
            # No start and end time: ask for the hours in the cell instead.
            index = self.model.index(row, VolunteerModel.COL_HOURS)
            self.ui.volunteerView.setCurrentIndex(index)
            self.ui.volunteerView.edit(index)
            self.saver.show_banner("Samlingen har ikke klokkeslett. Skriv hvor mange timer "
                                   f"{volunteer.name} var der, og trykk Enter.")
            return
        if self.saver.run(attendance.set_volunteer_hours, self.session_id,
                          volunteer.volunteer_id, hours) is not FAILED:
            self.reload()

    def _save_hours(self, volunteer_id: int, text: str) -> bool:
        hours = text.strip() or None   # an emptied cell takes the volunteer off the session
        if self.saver.run(attendance.set_volunteer_hours, self.session_id, volunteer_id,
                          hours) is FAILED:
            return False
        self._picked.discard(volunteer_id)
        # Reloaded after the editor has closed (the model is reset).
        QTimer.singleShot(0, self.reload)
        return True

    def add(self, volunteer_id: int) -> None:
        row = self.model.row_of(volunteer_id)
        if row is not None and self.model.volunteer(row).present:
            self.ui.volunteerView.setCurrentIndex(self.model.index(row, 0))
            return
        if self.no_session_length:
            # On the list with the hours cell open: the hours are saved when typed.
            self._picked.add(volunteer_id)
            self.reload()
            row = self.model.row_of(volunteer_id)
            if row is not None:
                self.toggle(row)
            return
        if self.saver.run(attendance.set_volunteer_hours, self.session_id, volunteer_id,
                          attendance.SESSION_LENGTH) is not FAILED:
            self.reload()
            row = self.model.row_of(volunteer_id)
            if row is not None:
                self.ui.volunteerView.setCurrentIndex(self.model.index(row, 0))

    def _clicked(self, index) -> None:
        if index.column() == VolunteerModel.COL_PRESENT:
            self.toggle(index.row())

    # --- adding one who is not on the list ----------------------------------------------
    def _search_soon(self, _text) -> None:
        self._search_timer.start()

    def search(self) -> None:
        self._search_timer.stop()
        text = self.ui.addVolunteerEdit.text()
        self.results.clear()
        found = check_in.search_volunteers(text, limit=RESULT_ROWS) if text.strip() else []
        for candidate in found:
            item = QStandardItem(candidate.name)
            item.setData(candidate.volunteer_id, CANDIDATE_ID_ROLE)
            self.results.appendRow(item)
        if found:
            self.ui.volunteerResults.setCurrentIndex(self.results.index(0, 0))
            row_height = self.ui.volunteerResults.sizeHintForRow(0)
            self.ui.volunteerResults.setFixedHeight(row_height * len(found) + 6)
        elif text.strip():
            item = QStandardItem("Ingen frivillige med det navnet. Registrer dem under "
                                 "Frivillige først.")
            item.setEnabled(False)
            self.results.appendRow(item)
            self.ui.volunteerResults.setFixedHeight(
                self.ui.volunteerResults.sizeHintForRow(0) + 6)
        self.ui.volunteerResults.setVisible(bool(text.strip()))

    def add_from_search(self) -> None:
        if self._search_timer.isActive():
            self.search()
        index = self.ui.volunteerResults.currentIndex()
        volunteer_id = index.data(CANDIDATE_ID_ROLE) if index.isValid() else None
        if volunteer_id is None:
            return
        self.add(volunteer_id)
        self.ui.addVolunteerEdit.clear()
        self.ui.volunteerResults.hide()

    # --- keys -------------------------------------------------------------------------
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.ui.volunteerView and key == Qt.Key.Key_Space \
                and self.ui.volunteerView.state() != QAbstractItemView.State.EditingState:
            index = self.ui.volunteerView.currentIndex()
            if index.isValid():
                self.toggle(index.row())
            return True
        if watched is self.ui.addVolunteerEdit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_from_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.rowCount():
                step = 1 if key == Qt.Key.Key_Down else -1
                current = self.ui.volunteerResults.currentIndex().row()
                row = max(0, min(self.results.rowCount() - 1, current + step))
                self.ui.volunteerResults.setCurrentIndex(self.results.index(row, 0))
                return True
            if key == Qt.Key.Key_Escape and self.ui.addVolunteerEdit.text():
                self.ui.addVolunteerEdit.clear()
                self.ui.volunteerResults.hide()
                return True
        return False
