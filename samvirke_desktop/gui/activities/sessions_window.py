"""Samlinger: one activity's sessions, where check-in starts twice a week.

The cursor starts on today's session (or the next one), so Enter opens check-in at once.
Sessions can be added, changed or moved, cancelled with a reason (and taken back) and, when
nothing is registered on them, deleted. The schedules that generate the sessions are edited
here too. The list is read again whenever the window comes to the front, so counts typed in
the check-in window or by a colleague show up.
"""
import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from samvirke_desktop.domain.activities.activity_record import certificate_warnings
from samvirke_desktop.domain.activities.scheduling import delete_schedule, delete_session, uncancel_session
from samvirke_desktop.domain.activities.school_holidays import school_start, school_year_of
from samvirke_desktop.domain.activities.session_list import (
    CANCELLED,
    HELD,
    MISSING,
    PLANNED,
    TODAY,
    activity_summary,
    list_activity_sessions,
    session_to_show,
)
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.activities.session_dialogs import (
    CancelSessionDialog,
    SessionDialog,
    session_title,
)
from samvirke_desktop.gui.forms.ui_activity_sessions import Ui_ActivitySessions
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.base import ID_ROLE
from samvirke_desktop.gui.models.sessions import ActivitySessionTableModel
from samvirke_desktop.gui.table_columns import fit_columns

PERIOD_SCHOOL_YEAR, PERIOD_LAST_SCHOOL_YEAR, PERIOD_COMING, PERIOD_ALL = range(4)


class ActivitySessionsWindow(QWidget):
    closed = Signal(int)          # the activity id
    activity_changed = Signal(int)

    def __init__(self, activity_id: int, parent: QWidget | None = None,
                 today: datetime.date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.activity_id = activity_id
        self.today = today or datetime.date.today()
        self.summary = None
        self._dialogs: list[QDialog] = []
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(900, 560)
        self.ui = Ui_ActivitySessions()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = ActivitySessionTableModel(self, self.today)
        ui.sessionsTable.setModel(self.model)
        header = ui.sessionsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        ui.sessionsTable.verticalHeader().hide()
        ui.sessionsTable.verticalHeader().setDefaultSectionSize(
            ui.sessionsTable.fontMetrics().height() + 12)
        ui.certificateWarning.hide()
        ui.resultLabel.hide()
        ui.periodCombo.addItem(self.tr("Dette skoleåret"), PERIOD_SCHOOL_YEAR)
        ui.periodCombo.addItem(self.tr("Forrige skoleår"), PERIOD_LAST_SCHOOL_YEAR)
        ui.periodCombo.addItem(self.tr("Fra i dag"), PERIOD_COMING)
        ui.periodCombo.addItem(self.tr("Alle samlinger"), PERIOD_ALL)

        ui.checkInButton.setIcon(symbol("mdi6.account-check-outline", color="white",
                                        active_color="white"))
        ui.monthGridButton.setIcon(symbol("mdi6.table-edit"))
        ui.addButton.setIcon(symbol("mdi6.plus"))
        ui.moveButton.setIcon(symbol("mdi6.calendar-arrow-right"))
        ui.cancelButton.setIcon(symbol("mdi6.calendar-remove-outline"))
        ui.deleteButton.setIcon(symbol("mdi6.delete-outline"))
        ui.checkInButton.clicked.connect(self.check_in)
        ui.monthGridButton.clicked.connect(self.open_month_grid)
        ui.addButton.clicked.connect(self.add_session)
        ui.moveButton.clicked.connect(self.move_session)
        ui.cancelButton.clicked.connect(self.cancel_or_restore)
        ui.deleteButton.clicked.connect(self.delete_session)
        ui.newScheduleButton.clicked.connect(lambda: self.edit_schedule(None))
        ui.editScheduleButton.clicked.connect(
            lambda: self.edit_schedule(ui.scheduleCombo.currentData()))
        ui.deleteScheduleButton.clicked.connect(self.delete_schedule)
        ui.editActivityButton.clicked.connect(self.edit_activity)
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.refresh(keep_selection=False))
        ui.sessionsTable.activated.connect(lambda _index: self.check_in())
        ui.sessionsTable.selectionModel().currentRowChanged.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_session)

        self._apply_role()
        self.refresh(keep_selection=False)
        ui.sessionsTable.setFocus()

    # --- reading ---------------------------------------------------------------------------
    def _period(self) -> tuple[datetime.date | None, datetime.date | None]:
        choice = self.ui.periodCombo.currentData()
        year = school_year_of(self.today)
        if choice == PERIOD_SCHOOL_YEAR:
            return school_start(year), school_start(year + 1) - datetime.timedelta(days=1)
        if choice == PERIOD_LAST_SCHOOL_YEAR:
            return school_start(year - 1), school_start(year) - datetime.timedelta(days=1)
        if choice == PERIOD_COMING:
            return self.today, None
        return None, None

    def refresh(self, keep_selection: bool = True) -> None:
        """Read the activity and its sessions again, keeping the cursor on the same session."""
        selected = self.selected_id() if keep_selection else None
        try:
            self.summary = activity_summary(self.activity_id)
            first, last = self._period()
            rows = list_activity_sessions(self.activity_id, first=first, last=last)
            warnings = certificate_warnings(self.activity_id, self.today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        self._show_summary(warnings)
        self.model.set_rows(rows)
        self.model.sort(ActivitySessionTableModel.COL_DATE)
        rows = self.model.shown_rows()
        if selected is not None and self.select_session(selected):
            pass
        else:
            position = session_to_show(rows, self.today)
            if position is not None:
                self._select_row(position)
        if rows and not getattr(self, "_fitted", False):
            fit_columns(self.ui.sessionsTable, self.model.RIGHT_ALIGNED)
            # Place and topic (theme evenings) share the room that is left.
            header = self.ui.sessionsTable.horizontalHeader()
            for column in (ActivitySessionTableModel.COL_PLACE,
                           ActivitySessionTableModel.COL_TOPIC):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            self._fitted = True
        self._show_totals(rows)
        self._update_buttons()

    def _show_summary(self, warnings) -> None:
        s = self.summary
        self.setWindowTitle(self.tr("Samlinger – {name}").format(name=s.name))
        self.ui.titleLabel.setText(s.name + (self.tr(" (arkivert)") if s.archived else ""))
        parts = [label_text(s.kind_label), s.where, s.responsible]
        self.ui.detailsLabel.setText("  ·  ".join(p for p in parts if p))
        combo = self.ui.scheduleCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for schedule in s.schedules:
            combo.addItem(schedule.label, schedule.id)
        if not s.schedules:
            combo.addItem(self.tr("Ingen timeplan ennå: lag en for å få samlingene"), None)
        position = combo.findData(current)
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)
        has_schedule = bool(s.schedules)
        self.ui.editScheduleButton.setEnabled(has_schedule)
        self.ui.deleteScheduleButton.setEnabled(has_schedule)
        if warnings:
            if all(w.name for w in warnings):
                who = ", ".join(f"{w.name} ({w.state.lower()})" for w in warnings)
                text = self.tr("Faste frivillige uten gyldig politiattest på en aktivitet med "
                               "barn: {who}. Se en gyldig attest før de er med, og registrer "
                               "datoen på den frivillige.").format(who=who)
            else:
                text = warnings[0].text
            self.ui.certificateWarning.setText(text)
            self.ui.certificateWarning.setToolTip("\n".join(w.text for w in warnings))
        self.ui.certificateWarning.setVisible(bool(warnings))

    def _show_totals(self, rows) -> None:
        statuses = [r.status(self.today) for r in rows]
        held = [r for r, status in zip(rows, statuses, strict=True) if status == HELD]
        cancelled = statuses.count(CANCELLED)
        planned = statuses.count(PLANNED) + statuses.count(TODAY)
        missing = statuses.count(MISSING)
        present = sum(r.attendance for r in held)
        text = self.tr("{n} samlinger: {held} holdt ({present} oppmøter), {planned} planlagt, "
                       "{cancelled} avlyst").format(
            n=number(len(rows)), held=number(len(held)), present=number(present),
            planned=number(planned), cancelled=number(cancelled))
        if missing:
            text += self.tr(", {n} mangler oppmøte").format(n=number(missing))
        self.ui.summaryLabel.setText(text + ".")

    # --- selection ---------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.ui.sessionsTable.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def selected_row(self):
        index = self.ui.sessionsTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select_row(self, position: int) -> None:
        index = self.model.index(position, 0)
        self.ui.sessionsTable.setCurrentIndex(index)
        self.ui.sessionsTable.selectRow(position)
        self.ui.sessionsTable.scrollTo(index, self.ui.sessionsTable.ScrollHint.PositionAtCenter)

    def select_session(self, session_id: int) -> bool:
        for position, row in enumerate(self.model.shown_rows()):
            if row.id == session_id:
                self._select_row(position)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        ui = self.ui
        may_manage = self._may_manage
        ui.checkInButton.setEnabled(row is not None and not row.cancelled)
        ui.checkInButton.setToolTip(
            self.tr("Registrer hvem som kom på samlingen (Enter eller dobbeltklikk)")
            if row is None or not row.cancelled else self.tr("Samlingen er avlyst"))
        ui.monthGridButton.setEnabled(True)
        ui.moveButton.setEnabled(may_manage and row is not None and not row.cancelled)
        ui.cancelButton.setEnabled(may_manage and row is not None)
        ui.cancelButton.setText(self.tr("&Gjenopprett") if row is not None and row.cancelled
                                else self.tr("&Avlys…"))
        ui.deleteButton.setEnabled(may_manage and row is not None and not row.registered)

    def _apply_role(self) -> None:
        ui = self.ui
        self._may_manage = permissions.can(permissions.MANAGE_SESSIONS)
        may_edit = permissions.can(permissions.EDIT_ACTIVITIES)
        may_check_in = (permissions.can(permissions.CHECK_IN_ANY)
                        or permissions.can(permissions.CHECK_IN_OWN))
        ui.addButton.setVisible(self._may_manage)
        ui.moveButton.setVisible(self._may_manage)
        ui.cancelButton.setVisible(self._may_manage)
        ui.deleteButton.setVisible(self._may_manage)
        for button in (ui.newScheduleButton, ui.editScheduleButton, ui.deleteScheduleButton):
            button.setVisible(may_edit)
        ui.checkInButton.setVisible(may_check_in)
        ui.monthGridButton.setVisible(may_check_in)

    # --- actions -------------------------------------------------------------------------------
    def check_in(self) -> QWidget | None:
        """Open the check-in window for the chosen session (one window per session)."""
        row = self.selected_row()
        if row is None or self.ui.checkInButton.isHidden():  # hidden for roles without check-in
            return None
        if row.cancelled:
            notices.show_message(self, self.tr("Samlingen er avlyst"), self.tr(
                "Samlingen {when} er avlyst ({reason}). Trykk Gjenopprett hvis den likevel "
                "blir holdt.").format(when=session_title(row.date, row.start_time, row.end_time),
                                     reason=row.cancel_reason or self.tr("ingen grunn oppgitt")))
            return None
        if row.date > self.today + datetime.timedelta(days=1):
            notices.show_message(self, self.tr("Samlingen er ikke holdt ennå"), self.tr(
                "Oppmøte registreres på dagen eller etterpå. Velg dagens samling eller en "
                "tidligere."))
            return None
        from samvirke_desktop.gui.checkin import open_check_in

        window = open_check_in(row.id, self)
        if window is not None and not window.property("watchedBySessions"):
            window.setProperty("watchedBySessions", True)
            window.closed.connect(lambda *_: self._refresh_if_alive())
        return window

    def open_month_grid(self) -> QWidget | None:
        """The month of the chosen session typed in from a paper sign-in sheet."""
        row = self.selected_row()
        day = row.date if row is not None else self.today
        from samvirke_desktop.gui.checkin.month_grid import open_month_grid

        window = open_month_grid(self.activity_id, day.year, day.month, self)
        if window is not None and not window.property("watchedBySessions"):
            window.setProperty("watchedBySessions", True)
            window.closed.connect(lambda *_: self._refresh_if_alive())
        return window

    def _refresh_if_alive(self) -> None:
        try:
            self.refresh()
        except RuntimeError:  # this window was closed first
            pass

    def _run(self, dialog: QDialog) -> bool:
        """Show a form; in tests (no dialogs) it is left open for the test to fill in."""
        dialog.record_saved.connect(self._saved)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        if notices.dialogs_enabled():
            return dialog.exec() == QDialog.DialogCode.Accepted
        dialog.open()
        return False

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    def _saved(self, record_id: int) -> None:
        dialog = self.sender()
        generation = getattr(dialog, "generation", None)
        if generation is not None:
            self.ui.resultLabel.setText(generation.summary())
            self.ui.resultLabel.show()
        self.refresh()
        # What was just made may lie outside the period shown (next school year's schedule,
        # a trip next August): then show every session, so it does not seem lost.
        show_all = self.ui.periodCombo.findData(PERIOD_ALL)
        if isinstance(dialog, SessionDialog) and not self.select_session(record_id):
            self.ui.periodCombo.setCurrentIndex(show_all)
            self.select_session(record_id)
        elif generation is not None and generation.created:
            shown = {row.id for row in self.model.shown_rows()}
            if not shown & {session.id for session in generation.created}:
                self.ui.periodCombo.setCurrentIndex(show_all)
        self.activity_changed.emit(self.activity_id)

    def add_session(self) -> SessionDialog | None:
        if not self._may_manage:
            return None
        row = self.selected_row()
        defaults = {"start_time": row.start_time, "end_time": row.end_time} if row else {}
        dialog = SessionDialog(self.activity_id, None, self, defaults=defaults)
        self._run(dialog)
        return dialog

    def move_session(self) -> SessionDialog | None:
        row = self.selected_row()
        if row is None or not self._may_manage:
            return None
        dialog = SessionDialog(self.activity_id, row.id, self)
        self._run(dialog)
        return dialog

    def cancel_or_restore(self) -> CancelSessionDialog | None:
        row = self.selected_row()
        if row is None or not self._may_manage:
            return None
        if row.cancelled:
            try:
                uncancel_session(row.id, row.version)
            except SamvirkeError as exc:
                notices.show_expected_error(self, exc)
            self.refresh()
            return None
        dialog = CancelSessionDialog(row.id, self)
        self._run(dialog)
        return dialog

    def delete_session(self) -> None:
        row = self.selected_row()
        if row is None or not self._may_manage:
            return
        answer = notices.ask(self, self.tr("Slette samlingen?"), self.tr(
            "Vil du slette samlingen {when}? Bruk Avlys hvis den var planlagt og ikke blir "
            "holdt; da vises den som avlyst i kalenderen og rapportene.").format(
            when=session_title(row.date, row.start_time, row.end_time)),
            [("delete", self.tr("Slett")), ("back", self.tr("Avbryt"))], default="back")
        if answer != "delete":
            return
        try:
            delete_session(row.id, row.version)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
        self.refresh(keep_selection=False)

    def edit_schedule(self, schedule_id: int | None):
        from samvirke_desktop.gui.activities.schedule_dialog import ScheduleDialog

        try:
            dialog = ScheduleDialog(self.activity_id, schedule_id, self, self.today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        self._run(dialog)
        return dialog

    def delete_schedule(self) -> None:
        schedule = next((s for s in self.summary.schedules
                         if s.id == self.ui.scheduleCombo.currentData()), None)
        if schedule is None:
            return
        answer = notices.ask(self, self.tr("Slette timeplanen?"), self.tr(
            "Timeplanen «{label}» slettes sammen med samlingene som ikke har registrert "
            "oppmøte. Samlinger med oppmøte blir stående.").format(label=schedule.label),
            [("delete", self.tr("Slett timeplanen")), ("back", self.tr("Avbryt"))],
            default="back")
        if answer != "delete":
            return
        try:
            result = delete_schedule(schedule.id, schedule.version)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        text = self.tr("Timeplanen er slettet, med {n} samlinger.").format(n=len(result.removed))
        if result.kept_with_history:
            text += self.tr(" {n} samlinger med oppmøte ble beholdt.").format(
                n=len(result.kept_with_history))
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.show()
        self.refresh(keep_selection=False)
        self.activity_changed.emit(self.activity_id)

    def edit_activity(self) -> None:
        from samvirke_desktop.gui.activities.activity_dialog import ActivityDialog

        try:
            dialog = ActivityDialog(self.activity_id, self, self.today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        self._run(dialog)

    # --- window ---------------------------------------------------------------------------
    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and self.summary is not None and not self._dialogs:
            self.refresh()

    def closeEvent(self, event):
        self.closed.emit(self.activity_id)
        super().closeEvent(event)
