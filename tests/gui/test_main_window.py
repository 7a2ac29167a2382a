"""The main window on a small team's database: pages, sidebar, title, geometry, menus."""
import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence

from samvirke_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, filled_database):
    opened, expected = filled_database
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, expected


def click_sidebar(qtbot, win, key):
    item = win.sidebar.item_for(key)
    rect = win.sidebar.visualItemRect(item)
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_title_names_the_database(window, db_path):
    win, _ = window
    assert win.windowTitle() == f"Samvirke – {db_path.name}"
    assert str(db_path) in win.location_label.text()


def test_sidebar_lists_the_pages_in_norwegian(window):
    win, _ = window
    assert [win.sidebar.item(i).text() for i in range(win.sidebar.count())] == [
        "Oversikt", "Beboere", "Aktiviteter", "Frivillige", "Samarbeidspartnere", "Søknader",
        "Rapporter", "Innstillinger"]
    assert all(not win.sidebar.item(i).icon().isNull() for i in range(win.sidebar.count()))


def test_pages_are_created_on_first_visit(window):
    win, _ = window
    assert list(win.pages) == ["overview"]
    win.show_page("partners")
    assert set(win.pages) == {"overview", "partners"}


def test_clicking_the_sidebar_switches_page(qtbot, window):
    win, _ = window
    click_sidebar(qtbot, win, "residents")
    assert win.stack.currentWidget() is win.pages["residents"]
    assert win.current_page_key() == "residents"
    click_sidebar(qtbot, win, "applications")
    assert win.stack.currentWidget() is win.pages["applications"]
    click_sidebar(qtbot, win, "residents")
    assert win.stack.currentWidget() is win.pages["residents"]


@pytest.mark.parametrize(("key", "attr", "count_text"), [
    ("residents", "residents", "5 beboere"),
    ("volunteers", "volunteers", "3 frivillige"),
    ("partners", "partners", "2 samarbeidspartnere"),
    ("activities", "activities", "2 aktiviteter"),
    ("applications", "applications", "2 søknader"),
])
def test_each_list_page_shows_its_rows_and_count(window, key, attr, count_text):
    win, expected = window
    win.show_page(key)
    page = win.pages[key]
    if hasattr(page, "state_combo"):  # Aktiviteter starts with the ones going on
        page.state_combo.setCurrentIndex(page.state_combo.findData("all"))
    assert page.model.rowCount() == getattr(expected, attr)
    assert page.ui.tableView.model().rowCount() == getattr(expected, attr)
    assert page.ui.countLabel.text() == count_text
    assert page.ui.searchEdit.placeholderText() == "Søk…"


def test_reports_page_lists_the_report_kinds(window):
    win, _ = window
    win.show_page("reports")
    page = win.pages["reports"]
    assert page.model.rowCount() == 5
    assert page.ui.countLabel.text() == "5 rapporttyper"
    assert page.proxy.index(0, 0).data() == "Oppmøterapport"


def test_overview_shows_this_weeks_sessions_and_key_counts(window):
    win, expected = window
    page = win.pages["overview"]
    assert win.central.currentWidget() is win.work
    assert page.sessions_model.rowCount() == expected.week_sessions
    assert page.cards["residents"].value_text() == str(expected.residents)
    assert page.cards["active_volunteers"].value_text() == str(expected.active_volunteers)
    assert page.cards["sessions_this_week"].value_text() == str(expected.week_sessions_held)
    assert page.ui.weekCountLabel.text() == "3 samlinger"


def test_archived_switch_shows_archived_residents(qtbot, window):
    win, expected = window
    win.show_page("residents")
    page = win.pages["residents"]
    page.ui.archivedCheck.click()
    assert page.model.rowCount() == expected.residents_all
    assert page.ui.countLabel.text() == f"{expected.residents_all} beboere"


def test_search_box_filters_and_count_says_how_many_are_shown(qtbot, window):
    win, _ = window
    win.show_page("residents")
    page = win.pages["residents"]
    qtbot.keyClicks(page.ui.searchEdit, "sukru")
    assert page.shown_count() == 1
    assert page.ui.countLabel.text() == "1 av 5 beboere"
    page.ui.searchEdit.clear()
    assert page.ui.countLabel.text() == "5 beboere"


def test_clicking_a_header_sorts_the_column(qtbot, window):
    win, _ = window
    win.show_page("residents")
    page = win.pages["residents"]
    view = page.ui.tableView
    header = view.horizontalHeader()
    age = page.model.COL_AGE
    x = header.sectionViewportPosition(age) + header.sectionSize(age) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    ages = [int(view.model().index(r, age).data()) for r in range(view.model().rowCount())]
    assert ages == sorted(ages)


def test_geometry_is_remembered(qtbot, filled_database):
    # The offscreen screen is 800×600, and a restored window is kept on its screen.
    opened, _ = filled_database
    first = MainWindow(opened)
    qtbot.addWidget(first)
    first.show()
    first.resize(781, 553)
    qtbot.waitUntil(lambda: first.size() == QSize(781, 553))
    first.close()
    second = MainWindow(opened)
    qtbot.addWidget(second)
    assert second.size() == QSize(781, 553)


def test_first_start_uses_a_sensible_size(qtbot, filled_database):
    opened, _ = filled_database
    window = MainWindow(opened)
    qtbot.addWidget(window)
    assert window.width() >= 760 and window.height() >= 520


def test_menus_have_standard_shortcuts(window):
    win, _ = window
    assert win.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert win.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert not win.quit_action.shortcut().isEmpty()
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == ["&Fil", "&Hjelp"]
    file_menu = win.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if not a.isSeparator()] == [
        "&Ny database…", "&Åpne database…", "&Importer fra regneark…",
        "Ta &sikkerhetskopi nå", "&Gjenopprett…",
        "&Bytt bruker…", "Endre &passordet ditt…", "&Logg ut", "&Avslutt"]


def test_switching_database_rebuilds_pages_and_title(qtbot, window, tmp_path):
    win, _ = window
    win.show_page("residents")
    old_database = win.opened.database
    other = tmp_path / "andre.db"
    assert win.switch_to(str(other), create=True)
    assert win.windowTitle() == "Samvirke – andre.db"
    assert old_database.is_closed()
    assert win.current_page_key() == "residents"
    assert win.pages["residents"].model.rowCount() == 0
    assert win.pages["residents"].ui.countLabel.text() == "0 beboere"


def test_failed_switch_keeps_the_open_database(qtbot, window, tmp_path, caplog):
    win, expected = window
    not_a_database = tmp_path / "notater.db"
    not_a_database.write_text("handleliste: melk, brød\n", encoding="utf-8")
    assert not win.switch_to(str(not_a_database), create=False)
    assert "er ikke en Samvirke-database" in caplog.text
    assert win.windowTitle().endswith("samvirke.db")
    win.show_page("residents")
    assert win.pages["residents"].model.rowCount() == expected.residents


def test_about_dialog_tells_version_and_database(qtbot, window):
    from samvirke_desktop import __version__
    from samvirke_desktop.gui.about_dialog import AboutDialog

    win, _ = window
    dialog = AboutDialog(win.opened.location, "/tmp/samvirke.log", win)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Om Samvirke"
    assert __version__ in dialog.ui.versionLabel.text()
    assert win.opened.location in dialog.ui.databaseLabel.text()

