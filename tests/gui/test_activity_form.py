"""The activity form and the Aktiviteter page, driven as a user would."""
import datetime
import json

from PySide6.QtCore import Qt

from samvirke_desktop.db.models import Activity, ActivityVolunteer, ChangeLog, Enrolment, Session
from samvirke_desktop.domain.activities import activity_record as ar
from samvirke_desktop.domain.activities import scheduling as sch
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.gui.activities.activity_dialog import ActivityDialog
from samvirke_desktop.gui.activities.participant_models import EnrolmentModel
from samvirke_desktop.gui.models.activities import ActivityTableModel
from samvirke_desktop.gui.pages.activities import ActivitiesPage
from tests.domain import rule_records as make

D = datetime.date
TODAY = D(2026, 11, 20)


def pick(qtbot, picker, text):
    """Type in a search box and press Enter, as a user adds someone."""
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, text)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)


def test_new_activity_filled_in_saved_and_reopened(database, qtbot):
    site = make.site("Kvartal 5")
    make.resident("Amina", "Hassan", birth_year=2015)
    make.resident("Yusuf", "Ali", birth_year=1985)
    make.volunteer("Ola", "Berg", police_certificate_shown=D(2025, 3, 1))
    dialog = ActivityDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not dialog.sessions_button.isEnabled()      # a new activity has no sessions yet
    qtbot.keyClicks(ui.nameEdit, "Leksehjelp Torshov")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("homework_help"))
    ui.siteCombo.setCurrentIndex(ui.siteCombo.findData(site.id))
    qtbot.keyClicks(ui.placeEdit, "Deichman Torshov")
    ui.targetGroupEdit.setText("1.–10. trinn")  # QTest types ASCII only

    pick(qtbot, ui.participantPicker, "amina")
    ui.newRoleCombo.setCurrentIndex(ui.newRoleCombo.findData("parent"))
    pick(qtbot, ui.participantPicker, "yusuf al")
    assert [row["name"] for row in dialog.enrolments.rows()] == ["Amina Hassan", "Yusuf Ali"]
    assert ui.participantsCount.text() == "2 påmeldte"
    # An end date typed in the table, the short way.
    end = dialog.enrolments.index(1, EnrolmentModel.COL_END)
    assert dialog.enrolments.setData(end, "30.6.27")
    assert dialog.enrolments.rows()[1]["end_date"] == "30.06.2027"
    pick(qtbot, ui.volunteerPicker, "ola")
    assert ui.certificateWarning.isHidden()

    with qtbot.waitSignal(dialog.record_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    activity = Activity.get_by_id(saved.args[0])
    assert (activity.name, activity.site_id, activity.place) == (
        "Leksehjelp Torshov", site.id, "Deichman Torshov")
    roles = {e.resident.first_name: (e.role, e.start_date, e.end_date)
             for e in Enrolment.select()}
    assert roles == {"Amina": ("child", TODAY, None), "Yusuf": ("parent", TODAY, D(2027, 6, 30))}
    assert ActivityVolunteer.select().count() == 1

    again = ActivityDialog(activity.id, today=TODAY)
    qtbot.addWidget(again)
    assert again.values()["name"] == "Leksehjelp Torshov"
    assert [r["name"] for r in again.enrolments.rows()] == ["Amina Hassan", "Yusuf Ali"]
    assert again.volunteers.rows()[0].name == "Ola Berg"
    assert not again.has_unsaved_changes()
    assert again.sessions_button.isEnabled()


def test_missing_name_is_shown_beside_the_field_on_the_first_tab(database, qtbot):
    dialog = ActivityDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.applicationsTab)
    assert dialog.try_save() is False
    assert dialog.field_error("name").startswith("Skriv navnet på aktiviteten")
    assert dialog.ui.tabs.currentWidget() is dialog.ui.generalTab
    assert dialog.ui.tabs.tabText(0).endswith("⚠")
    assert Activity.select().count() == 0


def test_volunteer_without_certificate_is_flagged_at_once_and_saving_is_allowed(database, qtbot):
    make.volunteer("Per", "Lund", police_certificate_shown=D(2023, 1, 5))
    activity_id = ar.save_activity({**ar.new_activity_values(), "name": "Leksehjelp"})
    dialog = ActivityDialog(activity_id, today=TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    pick(qtbot, ui.volunteerPicker, "per")
    assert not ui.certificateWarning.isHidden()
    assert "Per Lund (utløpt 05.01.2026)" in ui.certificateWarning.text()
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.volunteersTab)).endswith("⚠")
    # Not for children: no warning.
    ui.withChildrenCheck.setChecked(False)
    dialog._volunteers_changed()
    assert ui.certificateWarning.isHidden()
    ui.withChildrenCheck.setChecked(True)
    dialog._volunteers_changed()
    assert dialog.try_save() is True
    recorded = ChangeLog.get((ChangeLog.table_name == "activity_volunteer")
                             & (ChangeLog.action == "create"))
    assert "gikk ut 05.01.2026" in json.loads(recorded.changes)["certificate_warning"][1]


def test_page_filters_opens_and_flags(database, qtbot):
    kvartal, gamle = make.site("Kvartal 5"), make.site("Gamle Oslovei 2")
    homework = make.activity("Leksehjelp", site=kvartal.id)
    make.activity("Fredagstreff", kind="hub", site=gamle.id, with_children=False)
    ended = make.activity("Sommerleir", kind="holiday_activity", site=kvartal.id)
    record_changes.create(Session, activity=ended.id, date=D(2026, 7, 1))
    make.activity("Gammel dugnad", kind="dugnad", archived=True)
    missing = make.volunteer("Siri")
    record_changes.create(ActivityVolunteer, activity=homework.id, volunteer=missing.id)

    page = ActivitiesPage(today=TODAY)
    qtbot.addWidget(page)
    def names():
        return sorted(r.name for r in page.model.shown_rows())

    assert names() == ["Fredagstreff", "Leksehjelp", "Sommerleir"]
    assert page.model.index(2, ActivityTableModel.COL_STATE).data() == "Avsluttet"
    assert page.ui.archivedCheck.isHidden()
    page.set_filters(state="current")
    assert names() == ["Fredagstreff", "Leksehjelp"]
    page.set_filters(state="ended")
    assert names() == ["Sommerleir"]
    page.set_filters(state="archived")
    assert names() == ["Gammel dugnad"]
    page.set_filters(state="all", site_id=kvartal.id)
    assert names() == ["Leksehjelp", "Sommerleir"]
    page.set_filters(kind="homework_help")
    assert names() == ["Leksehjelp"]
    assert page.model.index(0, ActivityTableModel.COL_WARNING).data() == "1 uten politiattest"
    assert page.model.index(0, ActivityTableModel.COL_STATE).data() == "Pågår"

    # Enter on the row opens the form; Ny opens an empty one.
    page.ui.tableView.setCurrentIndex(page.proxy.index(0, 0))
    dialog = page.open_record(page.selected_id())
    qtbot.addWidget(dialog)
    assert dialog.ui.nameEdit.text() == "Leksehjelp"
    dialog.ui.placeEdit.setText("Biblioteket")
    assert dialog.try_save()
    assert Activity.get_by_id(homework.id).place == "Biblioteket"
    assert page.selected_id() == homework.id
    new = page.new_record()
    qtbot.addWidget(new)
    assert new.ui.nameEdit.text() == "" and new.windowTitle() == "Ny aktivitet"


def test_sessions_window_opens_from_the_page(database, qtbot):
    activity = make.activity("Leksehjelp")
    sch.add_session(activity.id, TODAY)
    page = ActivitiesPage(today=TODAY)
    qtbot.addWidget(page)
    assert page.sessions_button.isEnabled()           # the first row is chosen from the start
    window = page.open_sessions()
    qtbot.addWidget(window)
    assert window.summary.name == "Leksehjelp"
    assert page.open_sessions() is window             # one window per activity


def test_a_grant_writer_sees_the_form_without_names_and_cannot_save(database, qtbot):
    amina = make.resident("Amina")
    activity_id = ar.save_activity({**ar.new_activity_values(), "name": "Leksehjelp",
                                    "enrolments": [{"id": None, "resident_id": amina.id,
                                                    "role": "child"}]})
    actor.set_current(actor.Actor(username="skriver", role="grant_writer"))
    page = ActivitiesPage(today=TODAY)
    qtbot.addWidget(page)
    assert not page.ui.newButton.isVisible()
    dialog = ActivityDialog(activity_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.enrolments.rowCount() == 0
    assert "ikke tilgang" in dialog.ui.participantsCount.text()


def test_enter_in_a_search_box_adds_the_person_and_does_not_save(database, qtbot):
    make.resident("Amina", "Hassan")
    dialog = ActivityDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.nameEdit.setText("Leksehjelp")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.participantsTab)
    picker = dialog.ui.participantPicker
    qtbot.keyClicks(picker.edit, "ami")
    qtbot.keyPress(picker.edit, Qt.Key.Key_Down)       # the arrows move in the matches
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert [row["name"] for row in dialog.enrolments.rows()] == ["Amina Hassan"]
    assert dialog.isVisible() and Activity.select().count() == 0
    assert picker.edit.text() == "" and picker.results.isHidden()
    dialog.reject()


def test_going_to_the_sessions_closes_the_form(database, qtbot):
    activity_id = ar.save_activity({**ar.new_activity_values(), "name": "Leksehjelp"})
    page = ActivitiesPage(today=TODAY)
    qtbot.addWidget(page)
    dialog = page.open_record(activity_id)
    qtbot.addWidget(dialog)
    dialog.ui.placeEdit.setText("Biblioteket")
    assert dialog.open_sessions() is None              # unsaved, and no answer: stays open
    assert dialog.isVisible()
    dialog.ui.placeEdit.setText("")
    window = dialog.open_sessions()
    qtbot.addWidget(window)
    assert not dialog.isVisible()
    assert window.summary.name == "Leksehjelp"
