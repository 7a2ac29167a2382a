"""The Samlinger window: sessions listed, added, moved, cancelled; schedules; check-in."""
import datetime

import pytest
from PySide6.QtCore import Qt

from samvirke_desktop.db.models import ActivityVolunteer, Attendance, Session
from samvirke_desktop.domain.activities import scheduling as sch
from samvirke_desktop.domain.activities.school_holidays import store_oslo_school_holidays
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.activities.sessions_window import ActivitySessionsWindow
from samvirke_desktop.gui.models.sessions import ActivitySessionTableModel as M
from tests.domain import rule_records as make

D = datetime.date
T = datetime.time
TODAY = D(2026, 9, 10)   # a Thursday


@pytest.fixture
def homework(database):
    activity = make.activity("Leksehjelp", place="Biblioteket")
    sch.save_schedule(activity.id, {"weekdays": (2, 4), "start_time": "17:00",
                                    "end_time": "19:00", "first_date": "1.9.2026",
                                    "last_date": "24.9.2026", "skip_school_holidays": False},
                      today=D(2026, 8, 20))
    return activity


def open_window(qtbot, activity_id, today=TODAY):
    window = ActivitySessionsWindow(activity_id, today=today)
    qtbot.addWidget(window)
    return window


def texts(window, column):
    return [window.model.index(r, column).data() for r in range(window.model.rowCount())]


def test_sessions_with_week_status_and_the_cursor_on_today(homework, qtbot):
    first = Session.get(Session.date == D(2026, 9, 1))
    record_changes.create(Attendance, session=first.id, resident=make.resident("Amina").id)
    window = open_window(qtbot, homework.id)
    assert window.windowTitle() == "Samlinger – Leksehjelp"
    assert texts(window, M.COL_DATE)[:3] == ["tirsdag 01.09.2026", "torsdag 03.09.2026",
                                             "tirsdag 08.09.2026"]
    assert texts(window, M.COL_WEEK)[:4] == ["36", "36", "37", "37"]
    assert texts(window, M.COL_STATUS)[:5] == ["Holdt", "Oppmøte mangler", "Oppmøte mangler",
                                               "I dag", "Planlagt"]
    assert texts(window, M.COL_PRESENT)[:2] == ["1", ""]
    assert window.selected_row().date == TODAY
    assert window.ui.scheduleCombo.currentText() == (
        "tirsdag og torsdag 17:00–19:00, 01.09.2026–24.09.2026")
    assert "8 samlinger: 1 holdt (1 oppmøter), 5 planlagt, 0 avlyst, 2 mangler oppmøte." \
        == window.ui.summaryLabel.text()


def test_add_a_session_through_the_form(homework, qtbot):
    window = open_window(qtbot, homework.id)
    dialog = window.add_session()
    assert dialog.ui.startEdit.text() == "17:00"       # taken from the chosen session
    dialog.ui.dateEdit.setText("12.9.26")
    qtbot.keyClicks(dialog.ui.topicEdit, "Tur til museet")
    with qtbot.waitSignal(dialog.record_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    added = Session.get(Session.topic == "Tur til museet")
    assert (added.date, added.place, added.schedule_id) == (D(2026, 9, 12), "Biblioteket", None)
    assert window.selected_row().id == added.id
    assert window.selected_row().status_text(TODAY) == "Planlagt"


def test_move_a_session_and_see_where_it_came_from(homework, qtbot):
    window = open_window(qtbot, homework.id)
    planned = window.selected_row()
    window.select_session(Session.get(Session.date == D(2026, 9, 15)).id)
    dialog = window.move_session()
    assert "Tirsdag 15.09.2026 kl. 17:00–19:00" in dialog.ui.introLabel.text()
    dialog.ui.dateEdit.setText("16.09.2026")
    dialog.ui.endEdit.setText("16")                    # before the start: refused
    assert dialog.try_save() is False
    assert "Sluttiden må være etter starttiden" in dialog.field_error("end_time")
    dialog.ui.endEdit.setText("19:30")
    assert dialog.try_save() is True
    moved = window.selected_row()
    assert (moved.date, moved.end_time) == (D(2026, 9, 16), T(19, 30))
    assert moved.status_text(TODAY) == "Planlagt (flyttet fra 15.09.2026)"
    assert planned.date == TODAY


def test_cancel_needs_a_reason_and_can_be_taken_back(homework, qtbot):
    window = open_window(qtbot, homework.id)
    dialog = window.cancel_or_restore()
    assert dialog.ui.sessionLabel.text() == "Torsdag 10.09.2026 kl. 17:00–19:00"
    assert dialog.try_save() is False
    assert dialog.field_error("cancel_reason").startswith("Skriv hvorfor samlingen er avlyst")
    dialog.ui.reasonCombo.setCurrentIndex(dialog.ui.reasonCombo.findText("Lokalet er stengt"))
    assert dialog.try_save() is True
    row = window.selected_row()
    assert row.cancelled and row.status_text(TODAY) == "Avlyst: Lokalet er stengt"
    assert window.ui.cancelButton.text() == "&Gjenopprett"
    assert not window.ui.checkInButton.isEnabled()
    assert window.cancel_or_restore() is None         # taken back at once
    assert not Session.get_by_id(row.id).cancelled


def test_delete_only_what_has_nothing_registered(homework, qtbot, monkeypatch):
    window = open_window(qtbot, homework.id)
    held = Session.get(Session.date == D(2026, 9, 8))
    record_changes.create(Attendance, session=held.id, resident=make.resident("Amina").id)
    window.refresh()
    window.select_session(held.id)
    assert not window.ui.deleteButton.isEnabled()
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "delete")
    window.select_session(Session.get(Session.date == D(2026, 9, 24)).id)
    window.delete_session()
    assert not Session.select().where(Session.date == D(2026, 9, 24)).exists()
    assert Session.select().count() == 7


def test_new_schedule_with_preview_then_changed_from_today(database, qtbot):
    store_oslo_school_holidays(2026)
    activity = make.activity("Leksehjelp")
    window = open_window(qtbot, activity.id)
    assert not window.ui.editScheduleButton.isEnabled()
    dialog = window.edit_schedule(None)
    ui = dialog.ui
    ui.tuesdayCheck.setChecked(True)
    ui.thursdayCheck.setChecked(True)
    ui.firstDateEdit.setText("17.8.26")
    ui.lastDateEdit.setText("13.12.26")
    dialog.update_preview()
    assert ui.previewLabel.text().startswith("32 samlinger fra tirsdag 18.08.2026")
    assert "Høstferie (29.09., 01.10.)" in ui.previewLabel.text()
    with qtbot.waitSignal(dialog.record_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Session.select().count() == 32
    assert window.ui.resultLabel.text().startswith("32 nye samlinger.")
    assert window.ui.editScheduleButton.isEnabled()

    edit = window.edit_schedule(window.ui.scheduleCombo.currentData())
    edit.ui.thursdayCheck.setChecked(False)
    assert edit.try_save() is True
    # From today (10.09.2026) on, Thursdays are gone; earlier ones are history and stay.
    thursdays = [s.date for s in Session.select() if s.date.isoweekday() == 4]
    assert thursdays == [D(2026, 8, 20), D(2026, 8, 27), D(2026, 9, 3)]


def test_schedule_form_errors_beside_the_fields(database, qtbot):
    activity = make.activity()
    window = open_window(qtbot, activity.id)
    dialog = window.edit_schedule(None)
    dialog.ui.startEdit.setText("25:00")
    assert dialog.try_save() is False
    assert dialog.field_error("weekdays") == "Velg minst én ukedag."
    assert "finnes ikke på klokken" in dialog.field_error("start_time")
    assert Session.select().count() == 0


def test_certificate_warning_shown_on_the_activity(homework, qtbot):
    missing = make.volunteer("Siri", "Lund")
    record_changes.create(ActivityVolunteer, activity=homework.id, volunteer=missing.id)
    window = open_window(qtbot, homework.id)
    assert not window.ui.certificateWarning.isHidden()
    assert "Siri Lund (mangler)" in window.ui.certificateWarning.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_check_in_opens_for_the_chosen_session_and_the_list_follows(homework, qtbot):
    window = open_window(qtbot, homework.id)
    today = window.selected_row()
    check_in = window.check_in()
    assert check_in is not None and check_in.session_id == today.id
    amina = make.resident("Amina")
    record_changes.create(Attendance, session=today.id, resident=amina.id)
    check_in.close()
    assert window.selected_row().status_text(TODAY) == "Holdt"
    assert window.selected_row().present == 1
    grid = window.open_month_grid()
    assert (grid.activity_id, grid.year, grid.month) == (homework.id, 2026, 9)
    grid.close()


def test_a_session_outside_the_period_shown_is_still_shown_after_saving(homework, qtbot):
    window = open_window(qtbot, homework.id)
    dialog = window.add_session()
    dialog.ui.dateEdit.setText("02.09.2027")           # next school year
    assert dialog.try_save() is True
    assert window.ui.periodCombo.currentText() == "Alle samlinger"
    assert window.selected_row().date == D(2027, 9, 2)
