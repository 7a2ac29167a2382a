"""Oversikt on the demo database: this week's sessions with attendance so far, sessions held
without attendance, police certificates running out, and the cards each role may see."""
import shutil

import pytest
from PySide6.QtCore import Qt

from samvirke_desktop.db.connection import close_database, open_database
from samvirke_desktop.db.models import Activity, Attendance
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.demo.calendar import TODAY
from samvirke_desktop.domain.demo.database import write_demo_database
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui import checkin
from samvirke_desktop.gui.models.base import ID_ROLE
from samvirke_desktop.gui.overview_cards import OVERVIEW_CARDS
from samvirke_desktop.gui.pages.overview import OverviewPage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo_database(path)
    close_database()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    opened = open_database(copy, create=False)
    yield opened
    close_database()


@pytest.fixture
def page(demo, qtbot):
    page = OverviewPage(today=TODAY)
    page.setMinimumSize(600, 400)
    qtbot.addWidget(page)
    page.resize(1060, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def week_rows(page):
    model = page.sessions_proxy
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_this_weeks_sessions_with_attendance_so_far(page):
    assert page.ui.weekLabel.text() == "Samlinger denne uken (uke 47)"
    rows = week_rows(page)
    assert [r[0] for r in rows] == ["tirsdag 17.11.2026", "torsdag 19.11.2026",
                                    "fredag 20.11.2026", "fredag 20.11.2026", "lørdag 21.11.2026"]
    assert [r[2] for r in rows] == ["Leksehjelp", "Leksehjelp", "Fredagstreff",
                                    "Nærmiljøpatrulje", "Dugnad"]
    # Tuesday's leksehjelp: 49 ticked; Thursday nobody yet; Saturday's dugnad is to come.
    assert [r[4] for r in rows] == ["49", "0", "20", "8", ""]


def test_cards_for_what_needs_doing(page):
    cards = page.overview_cards
    assert list(cards) == [spec.key for spec in OVERVIEW_CARDS]
    assert cards["unregistered"].row_texts() == [["tor 19.11.2026 17:00", "Leksehjelp"],
                                                 ["fre 06.11.2026 20:00", "Nærmiljøpatrulje"]]
    assert cards["certificates"].row_texts() == [
        ["Svein Arild Johnsen", "Utløpt 29.08.2026"],
        ["Kjell Ove Hagen", "Utløper snart (til 11.12.2026)"],
        ["Randi Strøm", "Utløper snart (til 08.01.2027)"],
        ["Henrik Aas", "Mangler (bestilt 27.10.2026)"],
        ["Lise Fjeld", "Mangler (bestilt 12.11.2026)"],
        ["Daria Melnyk", "Mangler (bestilt 03.11.2026)"]]
    assert page.deadline_card is cards["deadlines"] and page.deadline_card.messages()
    # Three cards side by side under the week.
    grid = page.ui.cardsLayout
    assert [grid.getItemPosition(grid.indexOf(c))[:2] for c in cards.values()] == \
        [(0, 0), (0, 1), (0, 2)]


def test_enter_on_a_week_session_opens_its_check_in(page, qtbot):
    view = page.ui.sessionsView
    view.setFocus()
    view.setCurrentIndex(page.sessions_proxy.index(1, 0))       # Thursday's leksehjelp
    qtbot.keyClick(view, Qt.Key.Key_Return)
    window = page.check_in_window   # closed below, so not handed to qtbot
    session_id = page.sessions_proxy.index(1, 0).data(ID_ROLE)
    assert window.session_id == session_id
    assert window.ui.whenLabel.text().startswith("torsdag 19.11.2026")
    qtbot.keyClick(window.ui.rosterView, Qt.Key.Key_Space)
    window.close()                                              # the page shows the tick
    assert week_rows(page)[1][4] == "1"
    assert [r[1] for r in page.overview_cards["unregistered"].row_texts()] == \
        ["Nærmiljøpatrulje"]


def test_the_held_session_without_attendance_opens_from_its_card(page, qtbot):
    card = page.overview_cards["unregistered"]
    card.view.setFocus()
    card.view.setCurrentIndex(card.model.index(1, 0))
    qtbot.keyClick(card.view, Qt.Key.Key_Return)
    patrol = card.rows()[1].id
    window = checkin._check_in_windows[patrol]
    assert window.ui.titleLabel.text() == "Nærmiljøpatrulje"
    attendance.set_head_count(patrol, None, None, None, 6)   # the walkers were only counted
    window.close()
    assert [r[1] for r in card.row_texts()] == ["Leksehjelp"]


def test_an_activity_leader_sees_own_sessions_and_no_certificates_or_deadlines(demo, qtbot):
    from samvirke_desktop.db.models import ActivityLeader, AppUser

    user = AppUser.create(username="leder", full_name="Leder", role="activity_leader")
    patrol = Activity.get(Activity.name == "Nærmiljøpatrulje")
    ActivityLeader.create(activity=patrol, user=user)
    actor.set_current(actor.Actor("leder", role="activity_leader", user_id=user.id))
    page = OverviewPage(today=TODAY)
    page.setMinimumSize(600, 400)
    qtbot.addWidget(page)
    assert [r[2] for r in week_rows(page)] == ["Nærmiljøpatrulje"]
    cards = page.overview_cards
    assert cards["certificates"].isHidden() and cards["deadlines"].isHidden()
    assert [r[1] for r in cards["unregistered"].row_texts()] == ["Nærmiljøpatrulje"]
    grid = page.ui.cardsLayout
    assert grid.getItemPosition(grid.indexOf(cards["unregistered"])) == (0, 0, 1, 1)


def test_screenshot_at_1280x800(page, tmp_path):
    page.resize(1280 - 200, 800 - 60)       # the page beside the sidebar, under the menu
    image = page.grab()
    assert image.save(str(tmp_path / "overview.png"))
    for card in page.overview_cards.values():
        assert page.rect().contains(card.geometry().bottomRight()) or card.isHidden()
    assert Attendance.select().count() > 0
