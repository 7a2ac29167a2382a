"""The month grid's data and its writes: as on the paper sheet, cells saved together."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import ActivityVolunteer, Attendance, ChangeLog, VolunteerPresence
from samvirke_desktop.domain.activities import attendance, month_grid, scheduling
from samvirke_desktop.domain.activities.month_grid import set_hours_cells, set_presence_cells
from tests.domain import rule_records as make

D = datetime.date


@pytest.fixture
def month(database):
    activity = make.activity()
    sessions = [make.session(activity.id, D(2026, 9, day)) for day in (1, 3, 8, 10, 15)]
    make.session(activity.id, D(2026, 10, 1))                       # another month
    moved = scheduling.cancel_session(sessions[2].id, 1, "Skolen stengt")
    kids = {name: make.resident(first, last, birth_year=2015)
            for name, (first, last) in {"amina": ("Amina", "Østby"), "bo": ("Bo", "Berg"),
                                        "cem": ("Cem", "Aydın"), "old": ("Ola", "Ferdig")}.items()}
    for key in ("amina", "bo", "cem"):
        make.enrol(activity.id, kids[key].id)
    make.enrol(activity.id, kids["old"].id, end_date=D(2026, 6, 30))   # left before September
    return activity, sessions, moved, kids


def test_grid_is_the_paper_sheet_held_sessions_by_last_name(month):
    activity, sessions, _moved, kids = month
    walk_in = make.resident("Dina", "Ali", birth_year=2016)
    attendance.add_walk_in(sessions[0].id, walk_in.id)
    attendance.set_present(sessions[1].id, kids["bo"].id, True)
    grid = month_grid.month_grid(activity.id, 2026, 9)
    assert [s.label for s in grid.sessions] == ["ti 01.09", "to 03.09", "to 10.09", "ti 15.09"]
    assert grid.cancelled_text() == "Avlyst og ikke med i rutenettet: 08.09.2026 (Skolen stengt)."
    # Enrolled first by last name (Ø after B), then the walk-in; the one who left is not there.
    assert [p.listed_name for p in grid.people] == ["Aydın, Cem", "Berg, Bo", "Østby, Amina",
                                                    "Ali, Dina"]
    assert [p.enrolled for p in grid.people] == [True, True, True, False]
    assert grid.presence == {(walk_in.id, sessions[0].id): True,
                             (kids["bo"].id, sessions[1].id): True}
    assert grid.present_at(sessions[0].id) == 1 and grid.total_for(kids["bo"].id) == 1
    assert grid.title == "september 2026"


def test_ticking_cells_together_in_one_transaction(month):
    _activity, sessions, _, kids = month
    cells = [(s.id, kids["amina"].id, True) for s in (sessions[0], sessions[1], sessions[3])]
    cells.append((sessions[0].id, kids["bo"].id, False))      # nothing to clear: nothing written
    assert set_presence_cells(cells) == 3
    assert Attendance.select().count() == 3
    assert set_presence_cells(cells) == 0                     # the same again changes nothing
    assert set_presence_cells([(sessions[1].id, kids["amina"].id, False)]) == 1
    row = Attendance.get(Attendance.session == sessions[1].id)
    assert row.present is False and row.walk_in is False and row.role == "child"
    assert ChangeLog.select().where(ChangeLog.table_name == "attendance").count() == 4


def test_someone_not_enrolled_ticked_in_the_grid_is_a_walk_in(month):
    activity, sessions, _, _ = month
    guest = make.resident("Gulnaz", "Rahimi", birth_year=2016)
    grid = month_grid.month_grid(activity.id, 2026, 9, also_people=[guest.id])
    assert grid.people[-1].resident_id == guest.id and not grid.people[-1].enrolled
    set_presence_cells([(sessions[0].id, guest.id, True)])
    assert Attendance.get(Attendance.resident == guest.id).walk_in is True
    assert month_grid.grid_person(activity.id, guest.id).enrolled is False


def test_a_bad_cell_leaves_the_other_cells_unsaved(month):
    _activity, sessions, moved, kids = month
    with pytest.raises(attendance.SessionCancelled):
        set_presence_cells([(sessions[0].id, kids["amina"].id, True),
                            (moved.id, kids["amina"].id, True)])
    assert Attendance.select().count() == 0


def test_volunteer_hours_in_bulk(month):
    activity, sessions, _, _ = month
    kari = make.volunteer("Kari", police_certificate_shown=D(2025, 1, 1))
    per = make.volunteer("Per")
    ActivityVolunteer.create(activity=activity, volunteer=kari)
    grid = month_grid.month_grid(activity.id, 2026, 9, also_volunteers=[per.id])
    assert [(v.name, v.regular, v.warning) for v in grid.volunteers] == \
        [("Kari Nordmann", True, False), ("Per Nordmann", False, True)]
    written = set_hours_cells([(s.id, kari.id, attendance.SESSION_LENGTH) for s in sessions[:2]]
                              + [(sessions[3].id, per.id, "1,5")])
    assert written == {(kari.id, sessions[0].id): Decimal("2.00"),
                       (kari.id, sessions[1].id): Decimal("2.00"),
                       (per.id, sessions[3].id): Decimal("1.50")}
    grid = month_grid.month_grid(activity.id, 2026, 9)
    assert grid.hours == {(kari.id, sessions[0].id): Decimal("2.00"),
                          (kari.id, sessions[1].id): Decimal("2.00"),
                          (per.id, sessions[3].id): Decimal("1.50")}
    assert VolunteerPresence.get(VolunteerPresence.volunteer == per.id).certificate_warning
    set_hours_cells([(sessions[0].id, kari.id, None)])
    assert VolunteerPresence.select().where(VolunteerPresence.volunteer == kari.id).count() == 1
