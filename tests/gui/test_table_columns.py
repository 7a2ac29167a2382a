"""Starting column widths fit the view; long text is still readable in a tooltip."""
import datetime

from PySide6.QtCore import Qt

from samvirke_desktop.db.models import Application, Funder, Resident
from samvirke_desktop.domain.overview import SessionRow
from samvirke_desktop.gui.models.sessions import SessionTableModel
from samvirke_desktop.gui.pages.applications import ApplicationsPage
from samvirke_desktop.gui.pages.residents import ResidentsPage
from samvirke_desktop.gui.table_columns import MIN_TEXT_WIDTH, SAMPLE_ROWS, shared_ceiling

LONG_TITLE = "Trygt og trivelig i Kvartal 5 – dugnad, nærmiljøpatrulje og aktiviteter for alle"


def test_shared_ceiling_narrows_only_the_widest_columns():
    assert shared_ceiling([100, 200, 300], 600) is None
    assert shared_ceiling([100, 200, 400], 600) == 300   # 100 + 200 + 300
    assert shared_ceiling([100, 300, 400], 600) == 250   # 100 + 250 + 250
    assert shared_ceiling([300, 300, 300], 100) == MIN_TEXT_WIDTH


def test_long_columns_fit_in_the_view_and_money_stays_whole(qtbot, database):
    funder = Funder.create(name="Barne-, ungdoms- og familiedirektoratet (Bufdir), tilskudd")
    for year in (2025, 2026):
        Application.create(funder=funder, title=f"{LONG_TITLE} {year}", status="granted",
                           period_start=datetime.date(year, 1, 1),
                           period_end=datetime.date(year, 12, 31),
                           amount_applied=1234567, amount_granted=1000000)
    page = ApplicationsPage()
    qtbot.addWidget(page)
    # A fixed minimum, as the main window has: the offscreen platform warns when a shown
    # top-level window's limits change.
    page.setMinimumSize(600, 400)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    view = page.ui.tableView
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    money_column = page.model.COL_APPLIED
    needed = view.sizeHintForColumn(money_column)
    assert header.sectionSize(money_column) >= needed
    title = page.proxy.index(0, page.model.COL_TITLE)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == f"{LONG_TITLE} 2026"


def test_long_list_filters_at_every_keystroke_and_sizes_columns_from_a_sample(qtbot, database):
    Resident.insert_many([{"first_name": f"Person{i}", "search_text": f"person{i}"}
                          for i in range(5001)] +
                         [{"first_name": "Şükrü", "search_text": "sukru"}]).execute()
    page = ResidentsPage()
    qtbot.addWidget(page)
    page.setMinimumSize(600, 400)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.ui.tableView.horizontalHeader().resizeContentsPrecision() == SAMPLE_ROWS
    qtbot.keyClicks(page.ui.searchEdit, "suk")
    assert page.shown_count() == 1
    assert page.ui.countLabel.text() == "1 av 5\u00a0002 beboere"
    page.ui.searchEdit.clear()
    assert page.shown_count() == 5002


def test_future_session_has_no_count_yet(qapp):
    today = datetime.date(2026, 6, 3)
    model = SessionTableModel(today=today)
    model.set_rows([
        SessionRow(1, datetime.date(2026, 6, 2), None, None, "Leksehjelp", "", False, 0),
        SessionRow(2, datetime.date(2026, 6, 4), None, None, "Leksehjelp", "", False, 0),
    ])
    assert [model.index(r, model.COL_PRESENT).data() for r in range(2)] == ["0", ""]
