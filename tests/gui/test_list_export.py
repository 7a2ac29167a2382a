"""Eksporter on the list pages: exactly what is shown (search and filters, column order,
hidden columns) to .xlsx with real cells and to .csv with formulas neutralised; the role
rules, in the window and in the domain; personal data exports in the change log."""
import csv
import datetime
import json
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from samvirke_desktop.db.models import ChangeLog, Resident
from samvirke_desktop.domain.formatting import date_no, money, number
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui.models.base import RowTableModel
from samvirke_desktop.gui.pages import create_page
from samvirke_desktop.gui.pages.list_export import cell_value
from samvirke_desktop.gui.pages.list_page import ListPage


@pytest.fixture
def coordinator(filled_database):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    return filled_database


def show(qtbot, page):
    qtbot.addWidget(page)
    page.setMinimumSize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def read_xlsx(path):
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


# --- a list of the window, filtered ---------------------------------------------------

def test_residents_export_what_the_search_shows(qtbot, coordinator, tmp_path):
    page = show(qtbot, create_page("residents"))
    assert page.ui.exportButton.isVisible()
    page.ui.searchEdit.setText("hassan")
    assert page.shown_count() == 3
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    shown = [[page.proxy.index(r, c).data() for c in range(page.proxy.columnCount())]
             for r in range(page.proxy.rowCount())]

    rows = read_xlsx(page.export_to(tmp_path / "beboere.xlsx"))
    assert list(rows[0]) == headers
    assert [r[0] for r in rows[1:]] == [r[0] for r in shown]   # the order on screen
    assert {r[0] for r in rows[1:]} == {"Amina Hassan", "Yusuf Hassan", "Fadumo Hassan"}
    age = headers.index("Alder")
    assert all(isinstance(r[age], int) for r in rows[1:])       # numbers, not text

    rows = read_csv(page.export_to(tmp_path / "beboere.csv"))
    assert rows[0] == headers
    assert rows[1:] == shown  # the same texts as on screen, row by row


def test_moved_and_hidden_columns_are_exported_as_shown(qtbot, coordinator, tmp_path):
    page = show(qtbot, create_page("residents"))
    header = page.ui.tableView.horizontalHeader()
    names = [page.model.headerData(c, Qt.Orientation.Horizontal)
             for c in range(page.model.columnCount())]
    gender, site = names.index("Kjønn"), names.index("Område")
    header.moveSection(header.visualIndex(site), 0)     # Område first
    header.setSectionHidden(gender, True)               # Kjønn not shown
    rows = read_xlsx(page.export_to(tmp_path / "beboere.xlsx"))
    assert rows[0][0] == "Område"
    assert "Kjønn" not in rows[0]
    assert len(rows[0]) == len(names) - 1
    assert rows[1][1] != rows[1][0]


def test_the_archived_switch_is_what_is_exported(qtbot, coordinator, tmp_path):
    _, expected = coordinator
    page = show(qtbot, create_page("residents"))
    assert len(read_xlsx(page.export_to(tmp_path / "a.xlsx"))) - 1 == expected.residents
    page.ui.archivedCheck.setChecked(True)
    assert len(read_xlsx(page.export_to(tmp_path / "b.xlsx"))) - 1 == expected.residents_all


def test_export_is_logged_with_the_search(qtbot, coordinator, tmp_path):
    page = show(qtbot, create_page("residents"))
    page.ui.searchEdit.setText("hassan")
    page.export_to(tmp_path / "utvalg.xlsx")
    entry = ChangeLog.get(ChangeLog.action == "export")
    assert (entry.username, entry.table_name) == ("kari", "resident")
    assert entry.summary == "Eksporterte 3 beboere til utvalg.xlsx"
    changes = json.loads(entry.changes)
    assert changes["rows"] == 3
    assert changes["filters"]["search"] is True  # that a search was used, never the name
    assert changes["filters"]["include_archived"] is False


def test_lists_without_names_are_not_logged(qtbot, coordinator, tmp_path):
    page = show(qtbot, create_page("applications"))
    rows = read_xlsx(page.export_to(tmp_path / "soknader.xlsx"))
    assert rows[0][:2] == ("Tittel", "Tilskuddsgiver")
    amounts = {r[0]: r[rows[0].index("Søkt beløp")] for r in rows[1:]}
    assert amounts == {"Leksehjelp i Kvartal 5": 250000, "Sommeraktiviteter": 80000.5}
    assert ChangeLog.select().where(ChangeLog.action == "export").count() == 0


def test_the_menu_writes_xlsx_and_csv(qtbot, coordinator, tmp_path, monkeypatch):
    page = show(qtbot, create_page("volunteers"))
    menu = page.ui.exportButton.menu()
    assert [a.text() for a in menu.actions()] == ["&Excel (.xlsx)…", "&CSV (.csv)…"]
    monkeypatch.setattr(page, "ask_export_path", lambda suffix: tmp_path / f"frivillige{suffix}")
    page.export_xlsx_action.trigger()
    page.export_csv_action.trigger()
    assert len(read_xlsx(tmp_path / "frivillige.xlsx")) == page.shown_count() + 1
    assert len(read_csv(tmp_path / "frivillige.csv")) == page.shown_count() + 1
    # Nothing to export: the button waits.
    page.ui.searchEdit.setText("ingen slik person")
    assert not page.ui.exportButton.isEnabled()


# --- formula injection -----------------------------------------------------------------

def test_formulas_in_names_are_neutralised(qtbot, coordinator, tmp_path):
    for first, last in [("=HYPERLINK(\"http://x.example\")", "Angrep"), ("+47", "Pluss"),
                        ("-1+2", "Minus"), ("@SUM(A1)", "Krøll")]:
        Resident.create(first_name=first, last_name=last, gender="female", birth_year=2000)
    page = show(qtbot, create_page("residents"))
    page.ui.searchEdit.setText("angrep")
    assert page.shown_count() == 1
    page.ui.searchEdit.setText("")
    csv_rows = read_csv(page.export_to(tmp_path / "beboere.csv"))
    names = {r[0] for r in csv_rows[1:]}
    assert "'=HYPERLINK(\"http://x.example\") Angrep" in names
    assert {"'+47 Pluss", "'-1+2 Minus", "'@SUM(A1) Krøll"} <= names
    assert not any(n.startswith(("=", "+", "-", "@")) for r in csv_rows[1:] for n in r)
    workbook = openpyxl.load_workbook(page.export_to(tmp_path / "beboere.xlsx"))
    cells = [row[0] for row in workbook.active.iter_rows(min_row=2)]
    attack = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert attack.data_type == "s"  # text, never a formula


# --- roles ------------------------------------------------------------------------------

def test_roles_without_export_rights_get_no_button(qtbot, coordinator):
    actor.set_current(actor.Actor(username="siri", role="grant_writer"))
    partners = show(qtbot, create_page("partners"))
    assert not partners.ui.exportButton.isVisible()
    applications = show(qtbot, create_page("applications"))
    assert applications.ui.exportButton.isVisible()  # no names in that list


def test_the_domain_refuses_too(qtbot, coordinator, tmp_path):
    page = show(qtbot, create_page("residents"))
    actor.set_current(actor.Actor(username="siri", role="grant_writer"))
    assert page.export_to(tmp_path / "beboere.xlsx") is None
    assert not list(tmp_path.glob("beboere*"))
    assert ChangeLog.select().where(ChangeLog.action == "export").count() == 0


def test_a_list_of_people_is_personal_whatever_the_caller_says(coordinator, tmp_path):
    from samvirke_desktop.domain.spreadsheets.register_export import custom_table, export_table
    from samvirke_desktop.errors import PermissionDenied

    table = custom_table("residents", "Beboere", ["Navn"], [["Amina Hassan"]], personal=False)
    assert table.personal
    actor.set_current(actor.Actor(username="siri", role="grant_writer"))
    with pytest.raises(PermissionDenied, match="eksportere personopplysninger"):
        export_table(table, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


# --- real cells from what the screen shows -------------------------------------------

@dataclass
class Row:
    id: int
    name: str
    day: datetime.date | None
    amount: Decimal | None
    count: int
    phone: str


class TinyModel(RowTableModel):
    EXPORT_KIND = "applications"  # no names: not logged, open to every role that sees it
    RIGHT_ALIGNED = frozenset({2, 3})

    def headers(self):
        return ["Navn", "Dato", "Beløp", "Antall", "Telefon"]

    def display(self, row, column):
        return [row.name, date_no(row.day), money(row.amount), number(row.count),
                row.phone][column]


class TinyPage(ListPage):
    supports_archived = False

    def title(self):
        return "Små tall"

    def create_model(self):
        return TinyModel(self)

    def load_rows(self, include_archived):
        return [Row(1, "Første", datetime.date(2026, 6, 5), Decimal("1234.5"), 1200,
                    "912 34 567"),
                Row(2, "Andre", None, None, 3, "91234567")]

    def count_text(self, count):
        return f"{count} rader"


def test_dates_numbers_and_amounts_become_real_cells(qtbot, coordinator, tmp_path):
    page = show(qtbot, TinyPage())
    workbook = openpyxl.load_workbook(page.export_to(tmp_path / "tall.xlsx"))
    sheet = workbook.active
    assert [c.value for c in sheet[2]] == ["Andre", None, None, 3, "91234567"]
    first = list(sheet[3])
    assert first[0].value == "Første"
    assert first[1].value == datetime.datetime(2026, 6, 5) and first[1].is_date
    assert first[1].number_format == "DD.MM.YYYY"
    assert first[2].value == 1234.5 and first[2].number_format == "#,##0.00"
    assert first[3].value == 1200
    assert first[4].value == "912 34 567"         # a phone stays text
    rows = read_csv(page.export_to(tmp_path / "tall.csv"))
    assert rows[2] == ["Første", "05.06.2026", "1234,50", "1200", "912 34 567"]


@pytest.mark.parametrize(("text", "numeric", "value"), [
    ("05.06.2026", False, datetime.date(2026, 6, 5)),
    ("31.02.2026", False, "31.02.2026"),
    ("1\u00a0234", True, 1234),
    ("1\u00a0234", False, "1\u00a0234"),
    ("1\u00a0234,50\u00a0kr", True, Decimal("1234.50")),
    ("−12", True, -12),
    ("250\u00a0000,00\u00a0kr", True, Decimal("250000.00")),
    ("Bare timer", True, "Bare timer"),
    ("91234567", False, "91234567"),
    ("", False, None),
])
def test_cell_values(text, numeric, value):
    assert cell_value(text, numeric) == value


def test_the_save_dialog_suggests_a_dated_name_and_remembers_the_folder(qtbot, coordinator,
                                                                        tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = show(qtbot, create_page("residents"))
    asked = []

    def fake_dialog(parent, caption, start, file_filter):
        asked.append((caption, start, file_filter))
        return str(tmp_path / "mine beboere"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    path = page.ask_export_path(".xlsx")
    assert path == tmp_path / "mine beboere.xlsx"   # the ending is added
    caption, start, file_filter = asked[0]
    assert caption == "Eksporter beboere"
    assert start.endswith(f"beboere-{datetime.date.today():%Y-%m-%d}.xlsx")
    assert file_filter == "Excel-arbeidsbok (*.xlsx)"
    page.ask_export_path(".csv")
    assert asked[1][1] == str(tmp_path / f"beboere-{datetime.date.today():%Y-%m-%d}.csv")
