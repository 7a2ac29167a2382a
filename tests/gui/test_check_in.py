"""The check-in window, driven with the keyboard only, and two PCs checking in one session."""
import contextlib
import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import (
    DB,
    Attendance,
    ChangeLog,
    Enrolment,
    HeadCount,
    Resident,
    Session,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import attendance, scheduling
from samvirke_desktop.gui.checkin import open_check_in
from tests.gui import checkin_data


@pytest.fixture
def case(database):
    return checkin_data.build()


@pytest.fixture
def window(case, qtbot):
    win = open_check_in(case.session.id, None)
    qtbot.addWidget(win)   # closed (and so deleted) after the test
    return win


def attendance_of(session_id):
    return {a.resident_id: a for a in Attendance.select().where(Attendance.session == session_id)}


def counter(win, key):
    return win.counters[key].value_text()


def row_of(win, resident):
    return win.roster.row_of(resident.id)


def test_window_shows_everyone_enrolled_sorted_the_norwegian_way(case, window):
    entries = window.roster.entries()
    assert len(entries) == 40
    firsts = [e.first_name for e in entries]
    assert firsts[:3] == ["Abdi", "Ahmed", "Aisha"]
    assert firsts[-3:] == ["Ærlig", "Øyvind", "Åse"]
    assert window.ui.titleLabel.text() == "Leksehjelp Kvartal 5"
    assert window.ui.whenLabel.text() == "tirsdag 01.09.2026 kl. 17:00–19:00 · Biblioteket"
    assert [counter(window, k) for k in ("children", "adults", "head_count", "total")] == \
        ["0", "0", "0", "0"]
    # The withdrawn photo consent is marked on the tile; a consent still given is not.
    assert window.roster.photo_withdrawn == {case.no_photo.id}
    tip = window.roster.index(row_of(window, case.no_photo)).data(Qt.ItemDataRole.ToolTipRole)
    assert "foto er trukket tilbake" in tip
    # Per has no police certificate: the regular volunteers show it before anyone ticks.
    volunteers = {v.name: v for v in window.volunteers.model.volunteers()}
    assert set(volunteers) == {"Kari Nordmann", "Per Uten Attest"}
    assert volunteers["Per Uten Attest"].warning and not volunteers["Kari Nordmann"].warning
    assert window.ui.certificateBanner.isHidden()   # nobody registered yet


def test_space_toggles_present_and_absent_with_the_keyboard(case, window, qtbot):
    view = window.ui.rosterView
    view.setFocus()
    assert view.currentIndex().row() == 0
    first = window.roster.entry(0)

    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert attendance_of(case.session.id)[first.resident_id].present is True
    assert window.roster.entry(0).present is True
    assert counter(window, "children") == "1" and counter(window, "total") == "1"

    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    second = window.roster.entry(1)
    assert second.present is True and counter(window, "children") == "2"

    qtbot.keyClick(view, Qt.Key.Key_Space)   # the same child again: known absent
    stored = attendance_of(case.session.id)
    assert stored[second.resident_id].present is False
    assert window.roster.entry(1).present is False
    assert counter(window, "children") == "1"

    # The tile below: arrows move through the columns as the tiles are laid out.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    below = view.currentIndex().row()
    assert below > 1
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.roster.entry(below).present is True

    # V registers the current tile as an adult (a big sister who is 18); B back to child.
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert attendance_of(case.session.id)[window.roster.entry(below).resident_id].role == "adult"
    assert (counter(window, "children"), counter(window, "adults")) == ("1", "1")
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert (counter(window, "children"), counter(window, "adults")) == ("2", "0")
    # Each tick was its own saved change with a change-log line.
    assert ChangeLog.select().where(ChangeLog.table_name == "attendance").count() == 6


def test_click_toggles_a_tile(case, window, qtbot):
    view = window.ui.rosterView
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    rect = view.visualRect(window.roster.index(5))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.roster.entry(5).present is True
    assert attendance_of(case.session.id)[window.roster.entry(5).resident_id].present


def test_search_finds_a_resident_and_enter_registers_a_walk_in(case, window, qtbot):
    window.search_shortcut.activated.emit()          # Ctrl+F
    search = window.ui.searchEdit
    assert window.focusWidget() is search
    qtbot.keyClicks(search, "gulnaz rah")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    row = attendance_of(case.session.id)[case.walk_in.id]
    assert row.present and row.walk_in and row.role == "child"
    assert not Enrolment.select().where(Enrolment.resident == case.walk_in.id).exists()
    entry = window.roster.entry(row_of(window, case.walk_in))
    assert entry.present and entry.walk_in and not entry.enrolled
    assert search.text() == "" and window.focusWidget() is search  # ready for the next name
    assert counter(window, "children") == "1"

    # An adult from the search, as a parent, and put on the list for later sessions.
    window.ui.roleCombo.setCurrentIndex(window.ui.roleCombo.findData("parent"))
    window.ui.enrolCheck.setChecked(True)
    qtbot.keyClicks(search, "fadumo")
    window.search()
    assert "Fadumo Hassan" in window.results.item(0).text()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    row = attendance_of(case.session.id)[case.parent.id]
    assert row.present and row.role == "parent"
    enrolment = Enrolment.get(Enrolment.resident == case.parent.id)
    assert enrolment.start_date == checkin_data.DAY and enrolment.role == "parent"
    assert counter(window, "adults") == "1"


def test_search_for_someone_enrolled_marks_them_present_not_as_walk_in(case, window, qtbot):
    target = case.children[7]
    window.focus_search()
    qtbot.keyClicks(window.ui.searchEdit, f"{target.first_name} {target.last_name}")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    row = attendance_of(case.session.id)[target.id]
    assert row.present and not row.walk_in
    assert window.ui.rosterView.currentIndex().row() == row_of(window, target)


def test_arrows_pick_among_several_matches(case, window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.ui.searchEdit, "hassan")   # Amina, Fadumo, Hassan…, all Hassans
    window.search()
    assert window.results.rowCount() >= 3
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    chosen = window.ui.searchResults.currentIndex().data(Qt.ItemDataRole.UserRole + 30)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert attendance_of(case.session.id)[chosen].present


def test_new_child_from_the_search_box_with_the_keyboard(case, window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.ui.searchEdit, "nasra")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)   # nobody by that name
    ui = window.ui
    assert ui.quickChildFrame.isVisibleTo(window)
    assert ui.childFirstNameEdit.text() == "Nasra"
    assert window.focusWidget() is ui.childBirthYearEdit

    qtbot.keyClicks(ui.childBirthYearEdit, "2017")
    qtbot.keyClick(ui.childBirthYearEdit, Qt.Key.Key_Return)   # gender still missing
    assert ui.childErrorLabel.isVisibleTo(window)
    assert "jente, gutt" in ui.childErrorLabel.text()
    assert not Resident.select().where(Resident.first_name == "Nasra").exists()
    assert window.focusWidget() is ui.childGenderCombo

    qtbot.keyClicks(ui.childGenderCombo, "J")                   # Jente
    assert ui.childGenderCombo.currentData() == "female"
    qtbot.keyClick(ui.childGenderCombo, Qt.Key.Key_Return)
    nasra = Resident.get(Resident.first_name == "Nasra")
    assert (nasra.birth_year, nasra.gender, nasra.needs_completion) == (2017, "female", True)
    assert nasra.site_id == case.site.id
    row = attendance_of(case.session.id)[nasra.id]
    assert row.present and row.walk_in and row.role == "child"
    assert not ui.quickChildFrame.isVisibleTo(window)
    entry = window.roster.entry(row_of(window, nasra))
    assert entry.needs_completion and entry.present
    assert window.ui.rosterView.currentIndex().row() == row_of(window, nasra)


def test_ctrl_n_opens_the_new_child_form_and_escape_closes_it(case, window, qtbot):
    window.new_child_shortcut.activated.emit()
    ui = window.ui
    assert ui.quickChildFrame.isVisibleTo(window)
    assert window.focusWidget() is ui.childFirstNameEdit
    qtbot.keyClicks(ui.childFirstNameEdit, "Ubah")
    qtbot.keyClick(ui.childFirstNameEdit, Qt.Key.Key_Escape)
    assert not ui.quickChildFrame.isVisibleTo(window)
    assert ui.childFirstNameEdit.text() == ""
    assert not Resident.select().where(Resident.first_name == "Ubah").exists()


def test_volunteers_with_hours_and_the_police_certificate_warning(case, window, qtbot):
    ui = window.ui
    ui.sideTabs.setCurrentWidget(ui.volunteerTab)
    view = ui.volunteerView
    view.setFocus()
    model = window.volunteers.model
    per_row = model.row_of(case.volunteers["per"].id)
    view.setCurrentIndex(model.index(per_row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    per = VolunteerPresence.get(VolunteerPresence.volunteer == case.volunteers["per"].id)
    assert per.hours == Decimal("2.00") and per.certificate_warning is True
    assert not ui.certificateBanner.isHidden()
    assert "Per Uten Attest har ikke vist politiattest" in ui.certificateBanner.text()
    assert ui.sideTabs.tabText(0).startswith("⚠")
    assert counter(window, "volunteers") == "1"

    # Hours typed in the Timer column: 1,5.
    hours = model.index(per_row, model.COL_HOURS)
    view.setCurrentIndex(hours)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = window.focusWidget()
    assert editor is not view and editor.text() == "2"
    editor.selectAll()
    qtbot.keyClicks(editor, "1,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: VolunteerPresence.get_by_id(per.id).hours == Decimal("1.50"))

    # A volunteer who is not a regular one, from the add box.
    qtbot.keyClicks(ui.addVolunteerEdit, "lukasz")
    qtbot.keyClick(ui.addVolunteerEdit, Qt.Key.Key_Return)
    lukasz = VolunteerPresence.get(VolunteerPresence.volunteer == case.volunteers["lukasz"].id)
    assert lukasz.hours == Decimal("2.00") and lukasz.certificate_warning is False
    qtbot.waitUntil(lambda: counter(window, "volunteers") == "2")

    # Space on Per again takes him off; the warning goes with him.
    view.setFocus()
    view.setCurrentIndex(model.index(model.row_of(case.volunteers["per"].id), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not VolunteerPresence.select().where(
        VolunteerPresence.volunteer == case.volunteers["per"].id).exists()
    assert ui.certificateBanner.isHidden()


def test_head_counts_by_band_and_a_plain_total(case, window, qtbot):
    spins = window.head_counts.spins
    girls = spins[(6, 12, "female")]
    girls.setFocus()
    girls.selectAll()
    qtbot.keyClicks(girls, "4")
    girls.editingFinished.emit()
    total_only = spins[(None, None, None)]
    total_only.selectAll()
    qtbot.keyClicks(total_only, "3")
    window.head_counts.flush()
    rows = {(h.age_from, h.age_to, h.gender): h.count
            for h in HeadCount.select().where(HeadCount.session == case.session.id)}
    assert rows == {(6, 12, "female"): 4, (None, None, None): 3}
    assert counter(window, "head_count") == "7" and counter(window, "total") == "7"
    assert window.ui.headCountTotalLabel.text() == "Til sammen uten navn: 7"


def test_notes_are_saved_after_a_pause_and_when_leaving(case, window, qtbot):
    notes = window.ui.notesEdit
    notes.setFocus()
    qtbot.keyClicks(notes, "Strømbrudd kl. 18")
    window.save_notes()
    assert Session.get_by_id(case.session.id).notes == "Strømbrudd kl. 18"
    assert window.ui.notesStatusLabel.text().startswith("Notatet er lagret")


def test_cancelled_session_cannot_be_checked_in(case, database, qtbot):
    session = Session.get_by_id(case.session.id)
    scheduling.cancel_session(session.id, session.version, "Stengt lokale")
    win = open_check_in(case.session.id, None)
    qtbot.addWidget(win)
    assert "Samlingen er avlyst (Stengt lokale)" in win.ui.messageBanner.text()
    assert not win.ui.rosterView.isEnabled() and not win.ui.searchEdit.isEnabled()


def test_opening_the_same_session_twice_gives_the_same_window(case, window):
    assert open_check_in(case.session.id, None) is window


def test_a_missing_session_opens_nothing(database, qtbot):
    assert open_check_in(4242, None) is None


# --- two PCs -------------------------------------------------------------------------------

@contextlib.contextmanager
def colleague(db_path, mine):
    """The colleague's PC: the same file opened a second time, its own connection."""
    theirs = connection.open_database(db_path, create=False)
    try:
        yield theirs
    finally:
        theirs.database.close()
        DB.initialize(mine.database)


def test_two_pcs_checking_in_the_same_session_merge(case, database, db_path, window, qtbot):
    view = window.ui.rosterView
    view.setFocus()
    mine, theirs_child, both = case.children[0], case.children[1], case.children[2]
    view.setCurrentIndex(window.roster.index(row_of(window, mine)))
    qtbot.keyClick(view, Qt.Key.Key_Space)

    with colleague(db_path, database):
        attendance.set_present(case.session.id, theirs_child.id, True)
        attendance.set_present(case.session.id, both.id, True)
        attendance.set_head_count(case.session.id, 0, 5, "male", 2)
        attendance.add_walk_in(case.session.id, case.walk_in.id)

    # The window notices the colleague's saves and shows them next to its own.
    window.check_for_changes()
    assert window.roster.entry(row_of(window, theirs_child)).present is True
    assert window.roster.entry(row_of(window, case.walk_in)).walk_in
    assert window.head_counts.spins[(0, 5, "male")].value() == 2
    assert counter(window, "children") == "4" and counter(window, "total") == "6"

    # This PC ticks a child both had in mind, and one more: nothing of theirs is undone.
    view.setCurrentIndex(window.roster.index(row_of(window, both)))
    qtbot.keyClick(view, Qt.Key.Key_Space)   # already present (theirs): now known absent
    spin = window.head_counts.spins[(6, 12, "female")]
    spin.setValue(5)
    window.head_counts.flush()
    stored = attendance_of(case.session.id)
    assert stored[mine.id].present and stored[theirs_child.id].present
    assert stored[case.walk_in.id].present and stored[both.id].present is False
    heads = {(h.age_from, h.age_to, h.gender): h.count
             for h in HeadCount.select().where(HeadCount.session == case.session.id)}
    assert heads == {(0, 5, "male"): 2, (6, 12, "female"): 5}


def test_notes_typed_on_two_pcs_keep_both(case, database, db_path, window, qtbot):
    notes = window.ui.notesEdit
    notes.setFocus()
    qtbot.keyClicks(notes, "Nytt lokale neste uke.")
    with colleague(db_path, database):
        attendance.save_session_notes(case.session.id, "", "Mange nye i dag.")
    window.check_for_changes()          # typing is going on: the text is not replaced
    assert notes.toPlainText() == "Nytt lokale neste uke."
    window.save_notes()
    stored = Session.get_by_id(case.session.id).notes
    assert stored == "Mange nye i dag.\nNytt lokale neste uke."
    assert notes.toPlainText() == stored
    assert "Begge tekstene er tatt med" in window.ui.notesStatusLabel.text()


def test_a_busy_database_is_told_in_the_window_and_nothing_changes(case, window, qtbot,
                                                                   monkeypatch):
    from samvirke_desktop.errors import DatabaseBusy

    def busy(*args, **kwargs):
        raise DatabaseBusy("opptatt")

    monkeypatch.setattr(attendance, "set_present", busy)
    view = window.ui.rosterView
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.roster.entry(0).present is None
    assert "En kollega lagrer akkurat nå" in window.ui.messageBanner.text()
    assert not window.ui.messageBanner.isHidden()


def test_closing_saves_what_waits_for_a_pause(case, qtbot):
    window = open_check_in(case.session.id, None)   # closed here, so not handed to qtbot
    window.head_counts.spins[(20, None, "female")].setValue(6)   # waiting for the typing pause
    qtbot.keyClicks(window.ui.notesEdit, "Kake")
    window.close()
    assert HeadCount.get(HeadCount.session == case.session.id).count == 6
    assert Session.get_by_id(case.session.id).notes == "Kake"


def test_screenshot_with_40_children_at_1280x800(case, window, qtbot, tmp_path):
    for child in case.children[:31]:
        attendance.set_present(case.session.id, child.id, True)
    attendance.set_present(case.session.id, case.children[33].id, False)
    attendance.add_walk_in(case.session.id, case.walk_in.id)
    attendance.set_volunteer_hours(case.session.id, case.volunteers["per"].id)
    attendance.set_volunteer_hours(case.session.id, case.volunteers["kari"].id)
    attendance.set_head_count(case.session.id, None, None, None, 3)
    window.reload()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab()
    path = tmp_path / "check_in_40.png"
    assert image.save(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    # Every tile fits on the screen at once, in whole columns.
    view = window.ui.rosterView
    last = view.visualRect(window.roster.index(window.roster.rowCount() - 1))
    assert view.viewport().rect().contains(last)
    assert counter(window, "children") == "32" and counter(window, "total") == "35"


def test_volunteer_on_a_session_without_clock_time_gets_typed_hours(case, qtbot):
    session = Session.create(activity=case.activity, date=datetime.date(2026, 9, 5))
    win = open_check_in(session.id, None)
    qtbot.addWidget(win)
    ui = win.ui
    ui.sideTabs.setCurrentWidget(ui.volunteerTab)
    qtbot.keyClicks(ui.addVolunteerEdit, "lukasz")
    qtbot.keyClick(ui.addVolunteerEdit, Qt.Key.Key_Return)
    # Not saved yet: the hours cell is open for typing, and the banner says why.
    assert not VolunteerPresence.select().exists()
    assert "har ikke klokkeslett" in ui.messageBanner.text()
    editor = win.focusWidget()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)    # the editor commits after the key event
    qtbot.waitUntil(lambda: "Skriv antall timer som et tall" in ui.messageBanner.text())
    assert not VolunteerPresence.select().exists()
    model = win.volunteers.model
    row = model.row_of(case.volunteers["lukasz"].id)
    ui.volunteerView.setCurrentIndex(model.index(row, model.COL_HOURS))
    qtbot.keyClick(ui.volunteerView, Qt.Key.Key_F2)
    editor = win.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: VolunteerPresence.select().exists())
    assert VolunteerPresence.get().hours == Decimal("3.00")
    assert ui.messageBanner.isHidden()


def test_a_session_after_today_asks_once_before_anything_is_saved(case, monkeypatch, qtbot):
    later = Session.create(activity=case.activity, date=datetime.date.today()
                           + datetime.timedelta(days=7))
    questions = []

    def ask(parent, title, text, choices, **kwargs):
        questions.append(title)
        return answers.pop(0)

    monkeypatch.setattr("samvirke_desktop.gui.notices.ask", ask)
    win = open_check_in(later.id, None)
    qtbot.addWidget(win)
    first = win.roster.index(0)
    answers = ["no"]
    win.toggle(first)
    assert attendance_of(later.id) == {}                  # «Avbryt»: nothing saved
    answers = ["yes"]
    win.toggle(first)
    win.toggle(win.roster.index(1))
    assert len(attendance_of(later.id)) == 2
    assert questions == ["Samlingen er ikke holdt ennå"] * 2   # not asked again once confirmed


def test_nobody_came_is_marked_from_the_check_in(case, window):
    assert not window.nobody_came_check.isChecked()
    window.nobody_came_check.setChecked(True)
    assert Session.get_by_id(case.session.id).nobody_came
    window.toggle(window.roster.index(0))                 # someone came after all
    window.reload()
    assert not window.nobody_came_check.isChecked()
    assert not Session.get_by_id(case.session.id).nobody_came
    window.nobody_came_check.setChecked(True)             # refused: one is present
    assert not window.nobody_came_check.isChecked()
    assert "til stede" in window.ui.messageBanner.text()
