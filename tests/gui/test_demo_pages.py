"""`samvirke demo x.db && samvirke --database x.db`: every page shows the demo team's data."""
import pytest

from samvirke_desktop.db.connection import close_database, open_database
from samvirke_desktop.db.models import Activity, Application, Partner, Resident, Volunteer
from samvirke_desktop.domain.demo.database import write_demo_database
from samvirke_desktop.gui.main_window import MainWindow
from samvirke_desktop.gui.pages import PAGES


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo_database(path)
    return path


@pytest.fixture
def demo_window(qtbot, demo_file):
    opened = open_database(demo_file)
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    close_database()


LISTS = [
    ("residents", Resident, "beboere"),
    ("volunteers", Volunteer, "frivillige"),
    ("partners", Partner, "samarbeidspartnere"),
    ("activities", Activity, "aktiviteter"),
    ("applications", Application, "søknader"),
]


@pytest.mark.parametrize(("key", "model", "noun"), LISTS)
def test_list_pages_show_every_active_demo_record(demo_window, key, model, noun):
    demo_window.show_page(key)
    page = demo_window.pages[key]
    active = model.select()
    if hasattr(model, "archived"):
        active = active.where(~model.archived)
    expected = active.count()
    assert expected > 0
    assert page.shown_count() == expected
    assert page.ui.countLabel.text().endswith(noun)


def test_every_page_opens_on_the_demo(demo_window):
    for spec in PAGES:
        demo_window.show_page(spec.key)
        assert demo_window.stack.currentWidget() is demo_window.pages[spec.key]
    assert demo_window.windowTitle() == "Samvirke – demo.db"


def test_demo_names_in_many_scripts_are_listed(demo_window, qtbot):
    demo_window.show_page("residents")
    page = demo_window.pages["residents"]
    for typed, expected in (("sukru", "Şükrü"), ("lukasz", "Łukasz"), ("nguyen", "Nguyễn")):
        page.set_search(typed)
        shown = {page.proxy.index(row, column).data()
                 for row in range(page.proxy.rowCount())
                 for column in range(page.proxy.columnCount())}
        assert any(expected in str(text) for text in shown), typed
