"""Typing a paper sign-in sheet into the month grid with the keyboard."""
import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from samvirke_desktop.db.models import Attendance, Session, VolunteerPresence
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.gui.checkin import open_check_in
from samvirke_desktop.gui.checkin.month_grid import open_month_grid
from tests.gui import checkin_data


@pytest.fixture
def case(database):
    case = checkin_data.build(children=12)
    # Three more Tuesdays in September, one of them without a clock time.
    for day, start in ((8, datetime.time(17)), (15, datetime.time(17)), (22, None)):
        Session.create(activity=case.activity, date=datetime.date(2026, 9, day),
                       start_time=start, end_time=datetime.time(19) if start else None)
    return case


@pytest.fixture
def grid(case, qtbot):
    window = open_month_grid(case.activity.id, 2026, 9, None)
    qtbot.addWidget(window)
    return window


def present_pairs(case):
    return {(a.resident_id, a.session.date.day) for a in Attendance.select()
            .where(Attendance.present == True)}


def test_grid_shows_the_month_as_on_paper(case, grid):
    assert grid.ui.monthLabel.text() == "september 2026"
    assert grid.presence.columnCount() == 4
    assert grid.presence.headerData(0, Qt.Orientation.Horizontal) == "ti\n01.09"
    assert grid.presence.rowCount() == 13        # 12 children and the total row
    names = [grid.presence.headerData(r, Qt.Orientation.Vertical) for r in range(12)]
    assert names[0] == "Abdullahi, Filmon" and names[-1] == "Yılmaz, Thị Hoa"
    assert grid.presence.headerData(12, Qt.Orientation.Vertical) == "Til stede"
    volunteers = [grid.hours.headerData(r, Qt.Orientation.Vertical) for r in range(2)]
    assert volunteers == ["Nordmann, Kari", "⚠ Uten Attest, Per"]


def test_arrows_space_and_x_type_a_column_in(case, grid, qtbot):
    view = grid.ui.presenceView
    view.setFocus()
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0
    people = [p.resident_id for p in grid.grid.people]

    qtbot.keyClick(view, Qt.Key.Key_Space)               # tick, stay
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_X)                   # tick and move down
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.currentIndex().row() == 3
    qtbot.keyClick(view, Qt.Key.Key_Right)               # next date, same row
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert present_pairs(case) == {(people[0], 1), (people[1], 1), (people[2], 1),
                                   (people[3], 3 + 5)}
    assert grid.presence.index(12, 0).data() == "3"      # the total row
    assert grid.presence.index(0, 0).data() == "✓"
    assert grid.grid.total_for(people[0]) == 1

    qtbot.keyClick(view, Qt.Key.Key_Space)               # untick
    assert (people[3], 8) not in present_pairs(case)
    assert grid.presence.index(3, 1).data() == "–"       # known absent now
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)              # untick and move down
    assert (people[2], 1) not in present_pairs(case)
    assert view.currentIndex().row() == 3


def test_marking_a_whole_column_ticks_it_at_once(case, grid, qtbot):
    view = grid.ui.presenceView
    view.setFocus()
    model = grid.presence
    selection = view.selectionModel()
    view.setCurrentIndex(model.index(0, 2))
    for row in range(1, 12):   # as Shift+Down eleven times would
        selection.select(model.index(row, 2), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert len([p for p in present_pairs(case) if p[1] == 15]) == 12
    assert model.index(12, 2).data() == "12"
    qtbot.keyClick(view, Qt.Key.Key_Space)               # all ticked: Space unticks them all
    assert not [p for p in present_pairs(case) if p[1] == 15]


def test_volunteer_hours_typed_and_filled_in_bulk(case, grid, qtbot):
    view = grid.ui.hoursView
    view.setFocus()
    model = grid.hours
    kari, per = case.volunteers["kari"].id, case.volunteers["per"].id
    selection = view.selectionModel()
    # Kari on the first three Tuesdays: mark them and press Space (the session's length).
    view.setCurrentIndex(model.index(0, 0))
    for column in (1, 2):
        selection.select(model.index(0, column), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: model.index(0, 2).data() == "2")
    stored = {p.session.date.day: p.hours for p in VolunteerPresence.select()
              .where(VolunteerPresence.volunteer == kari)}
    assert stored == {1: Decimal("2.00"), 8: Decimal("2.00"), 15: Decimal("2.00")}

    # Per on the 22nd, which has no clock time: Space asks for the number instead.
    view.setCurrentIndex(model.index(1, 3))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "har ikke klokkeslett" in grid.ui.messageBanner.text()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = grid.focusWidget()
    qtbot.keyClicks(editor, "1,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(1, 3).data() == "1,5")
    per_row = VolunteerPresence.get(VolunteerPresence.volunteer == per)
    assert per_row.hours == Decimal("1.50") and per_row.certificate_warning
    assert model.index(2, 3).data() == "1,5"               # Timer i alt

    # Delete clears Kari's first Tuesday.
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "")
    assert VolunteerPresence.select().where(VolunteerPresence.volunteer == kari).count() == 2


def test_add_someone_who_came_but_is_not_on_the_list(case, grid, qtbot):
    edit = grid.ui.addPersonEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "gulnaz")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    row = [p.resident_id for p in grid.grid.people].index(case.walk_in.id)
    view = grid.ui.presenceView
    assert view.currentIndex().row() == row and grid.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    stored = Attendance.get(Attendance.resident == case.walk_in.id)
    assert stored.present and stored.walk_in


def test_month_buttons_and_a_colleagues_tick(case, grid, qtbot, db_path, database):
    from tests.helpers import other_pc

    grid.ui.nextButton.click()
    assert grid.ui.monthLabel.text() == "oktober 2026" and grid.presence.columnCount() == 0
    assert "Ingen samlinger i oktober 2026" in grid.ui.cancelledLabel.text()
    grid.previous_shortcut.activated.emit()
    grid.previous_shortcut.activated.emit()
    assert grid.ui.monthLabel.text() == "august 2026"
    grid.show_month(2026, 9)
    with other_pc(db_path):
        attendance.set_present(case.session.id, case.children[4].id, True)
    grid.check_for_changes()
    assert grid.presence.index(12, 0).data() == "1"


def test_check_in_window_opens_the_month_grid(case, qtbot):
    window = open_check_in(case.session.id, None)
    qtbot.addWidget(window)
    window.ui.monthGridButton.click()
    grid = open_month_grid(case.activity.id, 2026, 9, None)   # the one just opened
    qtbot.addWidget(grid)
    assert grid.ui.monthLabel.text() == "september 2026"
