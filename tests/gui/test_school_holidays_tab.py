"""Innstillinger → Skoleferier: the municipality's weeks, a school year filled in, holidays
changed by hand, and the schedules brought in line."""
import datetime

from samvirke_desktop.db.models import SchoolHoliday, Session
from samvirke_desktop.domain.activities import scheduling as sch
from samvirke_desktop.domain.activities.school_holidays import holiday_pattern
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.models.school_holidays import SchoolHolidayTableModel as M
from samvirke_desktop.gui.pages.settings import SettingsPage
from samvirke_desktop.gui.settings_tabs.school_holidays import SchoolHolidaysTab
from tests.domain import rule_records as make

D = datetime.date
TODAY = D(2026, 9, 1)


def column(tab, col):
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def test_tab_is_in_innstillinger_for_those_who_edit_activities(database, qtbot):
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.tabs.tabText(page.tabs.indexOf(page.tab_pages["school_holidays"])) == \
        "Skoleferier"
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    assert not SchoolHolidaysTab.allowed()


def test_another_municipality_filled_in_changed_and_used(database, qtbot, monkeypatch):
    tab = SchoolHolidaysTab(today=TODAY)
    qtbot.addWidget(tab)
    assert (tab.municipality_edit.text(), tab.autumn_spin.value(), tab.winter_spin.value()) \
        == ("Oslo", 40, 8)
    tab.municipality_edit.setText("Bergen")
    tab.autumn_spin.setValue(41)
    tab.winter_spin.setValue(9)
    assert tab.save_pattern()
    assert holiday_pattern().municipality == "Bergen"
    assert tab.list_title.text() == "Skoleferier i Bergen"

    assert tab.year_combo.currentText() == "2026/27"
    tab.fill_year()
    assert column(tab, M.COL_NAME) == ["Høstferie", "Juleferie", "Vinterferie", "Påskeferie",
                                       "Sommerferie"]
    assert column(tab, M.COL_WEEKS)[0] == "uke 41"
    assert column(tab, M.COL_WEEKS)[2] == "uke 9"
    assert tab.result_label.text().startswith("5 ferier lagt inn for skoleåret 2026/27.")
    tab.fill_year()
    assert SchoolHoliday.select().count() == 5
    assert "allerede lagt inn" in tab.result_label.text()

    # The autumn holiday moved by the municipality: changed in the form.
    tab.table.selectRow(0)
    dialog = tab.edit_holiday()
    assert dialog.ui.firstDateEdit.text() == "05.10.2026"
    dialog.ui.firstDateEdit.setText("7.10.26")
    dialog.ui.lastDateEdit.setText("1.10.26")
    assert dialog.try_save() is False
    assert "etter den første" in dialog.field_error("last_date")
    dialog.ui.lastDateEdit.setText("11.10.26")
    assert dialog.try_save() is True
    assert column(tab, M.COL_FIRST)[0] == "onsdag 07.10.2026"

    # A schedule made before, brought in line from today on.
    activity = make.activity()
    sch.save_schedule(activity.id, {"weekdays": (3,), "start_time": "17", "end_time": "19",
                                    "first_date": "30.9.26", "last_date": "14.10.26",
                                    "skip_school_holidays": False}, today=TODAY)
    sch.save_schedule(make.activity("Annen").id,
                      {"weekdays": (3,), "start_time": "17", "end_time": "19",
                       "first_date": "30.9.26", "last_date": "14.10.26"}, today=TODAY)
    assert Session.select().count() == 5     # the second skips 7 October already
    tab.update_sessions()
    assert "0 nye, 0 fjernet" in tab.result_label.text()

    # A new day off, then the sessions follow.
    new = tab.edit_holiday(new=True)
    new.ui.nameEdit.setEditText("Planleggingsdag")
    new.ui.firstDateEdit.setText("14.10.26")
    new.ui.lastDateEdit.setText("14.10.26")
    assert new.try_save() is True
    tab.update_sessions()
    assert tab.result_label.text().startswith("Samlingene er oppdatert fra i dag: 0 nye, 1 fjernet")
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "delete")
    tab.table.selectRow(1)
    assert tab.model.row_at(1).name == "Planleggingsdag"
    tab.delete_holiday()
    assert tab.model.rowCount() == 5
    tab.update_sessions()
    assert "1 nye, 0 fjernet" in tab.result_label.text()
