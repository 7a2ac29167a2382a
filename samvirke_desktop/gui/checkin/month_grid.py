"""Fra papir: one activity's month as a grid, to type in a filled-in sign-in sheet.

Participants down, the month's sessions across, as on the printed Oppmøteliste. Arrows
move; Space ticks or unticks the marked cells; X/1 ticks and moves down, 0/Delete unticks
and moves down. Volunteers' hours are typed below (Space gives the session's length).
Every change is saved at once; several marked cells are saved in one transaction.
"""
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from samvirke_desktop.db.models import DB
from samvirke_desktop.domain.activities import attendance, check_in, month_grid
from samvirke_desktop.domain.activities.month_grid import MonthGrid
from samvirke_desktop.gui.checkin.month_grid_models import HoursGridModel, PresenceGridModel
from samvirke_desktop.gui.checkin.saving import FAILED, Saver
from samvirke_desktop.gui.checkin.search_box import SearchBox
from samvirke_desktop.gui.forms.ui_month_grid_window import Ui_MonthGridWindow
from samvirke_desktop.gui.live_refresh import LiveRefresh
from samvirke_desktop.gui.window_placement import bring_forward, fit_to_screen

MINIMUM_WIDTH, MINIMUM_HEIGHT = 760, 520

TICK_KEYS = (Qt.Key.Key_X, Qt.Key.Key_1, Qt.Key.Key_Plus)
CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Minus, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class MonthGridWindow(QWidget):
    closed = Signal(int)

    def __init__(self, activity_id: int, year: int, month: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.activity_id = activity_id
        self.year, self.month = year, month
        self.grid: MonthGrid | None = None
        self._extra_people: set[int] = set()
        self._extra_volunteers: set[int] = set()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_MonthGridWindow()
        self.ui.setupUi(self)
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        self.ui.personResults.setAccessibleName(self.tr("Treff på deltakere"))
        self.ui.volunteerResults.setAccessibleName(self.tr("Treff på frivillige"))
        self.saver = Saver(self, self.ui.messageBanner, self.ui.savedLabel)

        self.presence = PresenceGridModel(self)
        self.ui.presenceView.setModel(self.presence)
        self.ui.presenceView.key_actions = {Qt.Key.Key_Space: self.toggle_cells,
                                            **{k: self.tick_cells for k in TICK_KEYS},
                                            **{k: self.clear_cells for k in CLEAR_KEYS}}
        self.ui.presenceView.clicked.connect(lambda index: self.toggle_cells([index]))
        self.hours = HoursGridModel(self)
        self.hours.save_typed = self._save_typed_hours
        self.ui.hoursView.setModel(self.hours)
        self.ui.hoursView.key_actions = {Qt.Key.Key_Space: self.default_hours,
                                         Qt.Key.Key_Delete: self.clear_hours,
                                         Qt.Key.Key_Backspace: self.clear_hours}
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([600, 300])

        self.person_search = SearchBox(
            self.ui.addPersonEdit, self.ui.personResults, self._find_people, self.add_person,
            self.tr("Ingen beboer med det navnet. Registrer personen i Beboere eller i "
                    "oppmøtet for samlingen."), self)
        self.volunteer_search = SearchBox(
            self.ui.addVolunteerEdit, self.ui.volunteerResults, self._find_volunteers,
            self.add_volunteer, self.tr("Ingen frivillig med det navnet."), self)

        self.ui.previousButton.clicked.connect(lambda: self.step_month(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step_month(1))
        self.ui.closeButton.clicked.connect(self.close)
        self.previous_shortcut = QShortcut(QKeySequence("Ctrl+PgUp"), self)
        self.previous_shortcut.activated.connect(lambda: self.step_month(-1))
        self.next_shortcut = QShortcut(QKeySequence("Ctrl+PgDown"), self)
        self.next_shortcut.activated.connect(lambda: self.step_month(1))

        self.reload()
        self.live = LiveRefresh(self)
        self.live.changed.connect(self.reload)
        self.live.watch(DB.obj)
        self.ui.presenceView.setFocus()
        if self.presence.rowCount() > 1 and self.presence.columnCount():
            self.ui.presenceView.setCurrentIndex(self.presence.index(0, 0))

    # --- loading --------------------------------------------------------------------
    def reload(self) -> None:
        grid = month_grid.month_grid(self.activity_id, self.year, self.month,
                                     also_people=self._extra_people,
                                     also_volunteers=self._extra_volunteers)
        self._show(grid)

    def _show(self, grid: MonthGrid) -> None:
        views = (self.ui.presenceView, self.ui.hoursView)
        models = (self.presence, self.hours)
        kept = [((v.currentIndex().row(), v.currentIndex().column()),
                 [(i.row(), i.column()) for i in v.selectedIndexes()]) for v in views]
        self.grid = grid
        for model in models:
            model.set_grid(grid)
        # A colleague's save reloads the grid: the cursor and the marked cells stay.
        for view, model, ((row, column), marked) in zip(views, models, kept):
            if 0 <= row < model.rowCount() and 0 <= column < model.columnCount():
                view.setCurrentIndex(model.index(row, column))
            for r, c in marked:
                if r < model.rowCount() and c < model.columnCount():
                    view.selectionModel().select(model.index(r, c),
                                                 QItemSelectionModel.SelectionFlag.Select)
        self.ui.titleLabel.setText(grid.activity_name)
        self.ui.monthLabel.setText(grid.title)
        self.setWindowTitle(self.tr("Fra papir – {activity} – {month}").format(
            activity=grid.activity_name, month=grid.title))
        notes = grid.cancelled_text()
        if not grid.sessions:
            notes = (self.tr("Ingen samlinger i {month}. Legg til samlinger på aktiviteten "
                             "først.").format(month=grid.title) + (" " + notes if notes else ""))
        self.ui.cancelledLabel.setText(notes)
        self.ui.cancelledLabel.setVisible(bool(notes))
        # The same name column in both tables, so the dates stand in one line.
        headers = [self.ui.presenceView.verticalHeader(), self.ui.hoursView.verticalHeader()]
        for header in headers:
            header.setMinimumWidth(0)
            header.setMaximumWidth(16777215)
        width = max(header.sizeHint().width() for header in headers)
        for header in headers:
            header.setFixedWidth(width)

    def show_month(self, year: int, month: int) -> None:
        if (year, month) != (self.year, self.month):
            self.year, self.month = year, month
            self._extra_people.clear()
            self._extra_volunteers.clear()
            self.reload()

    def step_month(self, step: int) -> None:
        index = self.year * 12 + self.month - 1 + step
        self.show_month(index // 12, index % 12 + 1)

    def check_for_changes(self) -> bool:
        """Reload when another PC has saved something (also asked every couple of seconds)."""
        return self.live.poll()

    # --- presence -------------------------------------------------------------------------
    def _cells(self, indexes):
        for index in indexes:
            if index.isValid() and not self.presence.is_total(index.row()):
                yield index

    def _write_presence(self, cells: list[tuple]) -> bool:
        """Save (index, present) pairs; one cell updates in place, several reload the grid."""
        if not cells:
            return False
        triples = [(self.presence.session_at(i.column()).session_id,
                    self.presence.person_at(i.row()).resident_id, present)
                   for i, present in cells]
        if self.saver.run(month_grid.set_presence_cells, triples) is FAILED:
            return False
        # Unticking a cell with nothing registered writes nothing, and shows nothing.
        self.presence.set_states({(rid, sid): present for sid, rid, present in triples
                                  if present or (rid, sid) in self.grid.presence})
        return True

    def toggle_cells(self, indexes) -> bool:
        """Space: tick all marked cells, or untick them when all are ticked already."""
        cells = list(self._cells(indexes))
        present = not all(self.presence.state(i) for i in cells)
        self._write_presence([(i, present) for i in cells])
        return False

    def tick_cells(self, indexes) -> bool:
        return self._write_presence([(i, True) for i in self._cells(indexes)]) \
            and len(indexes) == 1

    def clear_cells(self, indexes) -> bool:
        cells = [(i, False) for i in self._cells(indexes) if self.presence.state(i)]
        if cells:
            self._write_presence(cells)
        return len(indexes) == 1

    # --- hours ---------------------------------------------------------------------------
    def _hour_cells(self, indexes):
        return [i for i in indexes if i.isValid() and not self.hours.is_total(i.row())]

    def _write_hours(self, cells: list[tuple]) -> bool:
        triples = [(self.hours.session_at(i.column()).session_id,
                    self.hours.volunteer_at(i.row()).volunteer_id, value) for i, value in cells]
        if not triples:
            return False
        stored = self.saver.run(month_grid.set_hours_cells, triples)
        if stored is FAILED:
            return False
        # After an open editor has closed: changing the model under it would lose the edit.
        QTimer.singleShot(0, lambda: self.hours.set_hours(stored))
        return True

    def default_hours(self, indexes) -> bool:
        """Space: the session's length in every marked cell, or clear them when all are set."""
        cells = self._hour_cells(indexes)
        if cells and all(self.hours.hours(i) is not None for i in cells):
            self._write_hours([(i, None) for i in cells])
            return False
        missing = [self.hours.session_at(i.column()).label for i in cells
                   if self.hours.session_at(i.column()).hours is None]
        if missing:
            self.saver.show_banner(self.tr(
                "Samlingen {dates} har ikke klokkeslett. Skriv antall timer i ruten i stedet.")
                .format(dates=", ".join(missing)))
            return False
        self._write_hours([(i, attendance.SESSION_LENGTH) for i in cells
                           if self.hours.hours(i) is None])
        return False

    def clear_hours(self, indexes) -> bool:
        cells = [(i, None) for i in self._hour_cells(indexes) if self.hours.hours(i) is not None]
        if cells:
            self._write_hours(cells)
        return len(indexes) == 1

    def _save_typed_hours(self, index, text: str) -> bool:
        """Typed hours go into every marked cell when the cell typed in is one of them."""
        value = text.strip() or None
        marked = self._hour_cells(self.ui.hoursView.selectedIndexes())
        targets = marked if index in marked else [index]
        return self._write_hours([(i, value) for i in targets])

    # --- adding rows -------------------------------------------------------------------------
    def _find_people(self, text: str):
        found = attendance.search_residents_for_walk_in(text, limit=6)
        shown = {p.resident_id for p in self.grid.people}
        return [(c.resident_id, "  ·  ".join(filter(None, [
            c.name, f"f. {c.birth_year}" if c.birth_year else "", c.site_name,
            self.tr("står i listen") if c.resident_id in shown else ""])))
            for c in found]

    def add_person(self, resident_id: int) -> None:
        if all(p.resident_id != resident_id for p in self.grid.people):
            self._extra_people.add(resident_id)
            self.reload()
        row = next(r for r, p in enumerate(self.grid.people) if p.resident_id == resident_id)
        self.ui.presenceView.setFocus()
        self.ui.presenceView.setCurrentIndex(self.presence.index(row, 0))
        self.ui.presenceView.scrollTo(self.presence.index(row, 0))

    def _find_volunteers(self, text: str):
        return [(v.volunteer_id, v.name) for v in check_in.search_volunteers(text, limit=6)]

    def add_volunteer(self, volunteer_id: int) -> None:
        if all(v.volunteer_id != volunteer_id for v in self.grid.volunteers):
            self._extra_volunteers.add(volunteer_id)
            self.reload()
        row = next(r for r, v in enumerate(self.grid.volunteers)
                   if v.volunteer_id == volunteer_id)
        self.ui.hoursView.setFocus()
        self.ui.hoursView.setCurrentIndex(self.hours.index(row, 0))

    # --- closing -----------------------------------------------------------------------------
    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event):
        self.live.stop()
        self.closed.emit(self.activity_id)
        super().closeEvent(event)


_month_windows: dict[int, QWidget] = {}


def open_month_grid(activity_id: int, year: int, month: int,
                    parent: QWidget | None = None) -> QWidget | None:
    """Show the month grid of ``activity_id`` at ``year``/``month`` (one window per activity)."""
    existing = _month_windows.get(activity_id)
    if existing is not None:
        existing.show_month(year, month)
        bring_forward(existing)
        return existing
    try:
        window = MonthGridWindow(activity_id, year, month, parent)
    except SamvirkeError as exc:
        notices.show_expected_error(parent, exc)
        return None
    _month_windows[activity_id] = window
    window.closed.connect(lambda aid: _month_windows.pop(aid, None))
    fit_to_screen(window, 1280, 800)
    bring_forward(window)
    return window
