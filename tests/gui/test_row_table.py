"""The editable row table of the forms, both ways: cells edited in place (goals, budget lines,
schemes) and rows of widgets (guardians, consents, contact people, meeting notes). Rows go in
and out as dicts with their ids and unseen data, choices keep their codes, read-only columns
are shown but neither edited nor handed back."""
import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QHeaderView, QLayout, QStyleOptionViewItem, QVBoxLayout, QWidget

from samvirke_desktop.gui.records.pickers import ChoiceList
from samvirke_desktop.gui.widgets.row_table import (
    CHECK,
    CHOICE,
    DATE,
    EDITABLE_CHOICE,
    LONG_TEXT,
    PICKER,
    TEXT,
    Column,
    RowTable,
)

RATINGS = (("", "Ikke vurdert"), ("met", "Nådd"), ("partly", "Delvis nådd"))


def _table(qtbot, columns, **options):
    """The table in a small form (yielded by the fixtures, which keep the form alive)."""
    form = QWidget()
    qtbot.addWidget(form)
    table = RowTable(form)
    layout = QVBoxLayout(form)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # as RecordDialog
    layout.addWidget(table)
    table.setup(columns, **options)
    form.resize(1400, 400)
    return form, table


def _column(table, key) -> int:
    return [c.key for c in table.columns].index(key)


# --- a table of cells -------------------------------------------------------------------------

@pytest.fixture
def goals(qtbot):
    _form, table = _table(qtbot, [
        Column("description", "Mål"),
        Column("target", "Måltall", width=240, tooltip="Hva dere ville nå"),
        Column("rating", "Vurdering", CHOICE, width=130, choices=RATINGS),
        Column("spent", "Utgifter", width=140, right=True, read_only=True),
    ])
    yield table


def test_cells_hand_back_the_rows_with_their_ids_and_unseen_data(goals, qtbot):
    goals.set_rows([
        {"id": 7, "description": "Flere barn", "target": "40", "rating": "met",
         "achievement": "38 i snitt", "spent": "1 000 kr"},
        {"id": None, "description": "Foreldre", "target": "", "rating": ""},
    ])
    assert goals.rowCount() == 2
    assert goals.rows() == [
        {"id": 7, "description": "Flere barn", "target": "40", "rating": "met",
         "achievement": "38 i snitt", "spent": "1 000 kr"},   # read-only: back as given
        {"id": None, "description": "Foreldre", "target": "", "rating": ""},
    ]
    with qtbot.waitSignal(goals.rows_changed):
        goals.item(1, _column(goals, "target")).setText("10")
    goals.set_hidden(1, "achievement", "alle kom")
    assert goals.hidden(1, "achievement") == "alle kom"
    assert goals.hidden(0, "missing", "none") == "none"
    assert goals.rows()[1] == {"id": None, "description": "Foreldre", "target": "10",
                               "rating": "", "achievement": "alle kom"}


def test_a_choice_cell_shows_the_label_and_keeps_the_code(goals):
    goals.set_rows([{"id": 1, "description": "Mål", "target": "", "rating": "partly"}])
    column = _column(goals, "rating")
    assert goals.item(0, column).text() == "Delvis nådd"
    index = goals.model().index(0, column)
    delegate = goals.itemDelegateForColumn(column)
    editor = delegate.createEditor(goals.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "partly"
    editor.setCurrentIndex(editor.findData("met"))
    delegate.setModelData(editor, goals.model(), index)
    editor.deleteLater()
    assert goals.item(0, column).text() == "Nådd"
    assert goals.rows()[0]["rating"] == "met"


def test_a_read_only_cell_is_shown_right_aligned_but_not_edited(goals):
    goals.set_rows([{"id": 1, "description": "Mål", "target": "", "rating": ""}])
    goals.set_cell_text(0, "spent", "5 kr")   # a sum worked out by the form
    spent = goals.item(0, _column(goals, "spent"))
    assert spent.text() == "5 kr"
    assert not spent.flags() & Qt.ItemFlag.ItemIsEditable
    assert goals.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert spent.textAlignment() == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert "spent" not in goals.rows()[0]   # shown, not handed back


def test_cell_columns_are_fixed_or_stretch_and_titles_carry_their_tooltip(goals):
    header = goals.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    assert goals.columnWidth(1) == 240
    assert goals.horizontalHeaderItem(1).toolTip() == "Hva dere ville nå"


def test_cells_are_added_and_removed_through_the_current_row(goals, qtbot):
    goals.add_row({"id": None, "achievement": ""}, edit=False)
    goals.add_row(edit=False)
    assert goals.currentRow() == 1 and goals.rowCount() == 2
    assert goals.rows()[1] == {"id": None, "description": "", "target": "", "rating": ""}
    goals.setCurrentCell(0, 0)
    with qtbot.waitSignal(goals.rows_changed):
        goals.remove_current()
    assert goals.rowCount() == 1 and goals.currentRow() == 0


def test_only_widgets_can_edit_dates_pickers_and_own_buttons(qtbot):
    table = RowTable()
    qtbot.addWidget(table)
    with pytest.raises(ValueError):
        table.setup([Column("date", "Dato", DATE)])
    with pytest.raises(ValueError):
        table.setup([Column("name", "Navn")], add_text="Legg til")


# --- rows of widgets ----------------------------------------------------------------------------

@pytest.fixture
def people(qtbot):
    choices = ChoiceList([(11, "Fadumo Hassan"), (12, "Abdi Hassan")], "Ikke registrert")
    _form, table = _table(qtbot, [
        Column("guardian_id", "Registrert beboer", PICKER, stretch=3),
        Column("name", "Navn", TEXT, stretch=2, max_length=20),
        Column("kind", "Gjelder", CHOICE, stretch=2, choices=(("photo", "Foto"), ("sms", "SMS"))),
        Column("relation", "Relasjon", EDITABLE_CHOICE, choices=("mor", "far")),
        Column("given", "Gitt", DATE, stretch=0, min_width=120),
        Column("by_guardian", "", CHECK, stretch=0, check_text="Av foresatt"),
        Column("note", "Merknad", LONG_TEXT),
        Column("count", "Antall", width=60, right=True, read_only=True),
    ], widgets=True, add_text="Legg til", empty_text="Ingen ennå.", picker_choices=lambda: choices)
    yield table


def test_widget_rows_go_in_and_out_as_dicts_with_ids_codes_and_unseen_data(people):
    row = {"id": 5, "guardian_id": 12, "name": "  Ola  ", "kind": "sms", "relation": "far",
           "given": datetime.date(2025, 1, 2), "by_guardian": True, "note": "To\nlinjer",
           "count": "3", "version": 9}
    people.set_rows([row])
    widgets = people.row_widgets(0)
    assert widgets["guardian_id"].currentText() == "Abdi Hassan"
    assert widgets["kind"].currentText() == "SMS"
    assert widgets["given"].text() == "02.01.2025"
    assert widgets["count"].text() == "3" and not widgets["count"].isEnabled()
    assert widgets["name"].maxLength() == 20
    assert people.rows() == [{"id": 5, "version": 9, "count": "3", "guardian_id": 12,
                              "name": "Ola", "kind": "sms", "relation": "far",
                              "given": "02.01.2025", "by_guardian": True, "note": "To\nlinjer"}]
    widgets["count"].setText("4")   # a read-only column is not read back from the screen
    assert people.rows()[0]["count"] == "3"
    widgets["kind"].setCurrentIndex(widgets["kind"].findData("photo"))
    widgets["guardian_id"].set_record_id(None)
    assert people.rows()[0]["kind"] == "photo" and people.rows()[0]["guardian_id"] is None


def test_the_add_button_adds_a_row_and_the_cross_removes_it(people, qtbot):
    people.window().show()
    qtbot.waitExposed(people.window())
    assert people.empty_label.isVisible() and people.horizontalHeader().isHidden()
    added = []
    people.row_added.connect(lambda index, widgets: added.append((index, sorted(widgets))))
    with qtbot.waitSignal(people.rows_changed):
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.rowCount() == 2 and [i for i, _ in added] == [0, 1]
    assert "note" in added[0][1] and "count" in added[0][1]
    picker = people.row_widgets(1)["guardian_id"]   # the cursor is in the new row
    assert people.window().focusWidget() in (picker, picker.lineEdit())
    assert not people.empty_label.isVisible() and people.horizontalHeader().isVisible()
    people.row_widgets(1)["name"].setText("Andre")
    names = [w.accessibleName() for w in people.row_widgets(1).values()]
    assert names[:2] == ["Registrert beboer, rad 2", "Navn, rad 2"]
    remove_first = people.cellWidget(0, len(people.columns)).widget
    assert remove_first.accessibleName() == "Fjern rad 1"
    qtbot.mouseClick(remove_first, Qt.MouseButton.LeftButton)
    assert [r["name"] for r in people.rows()] == ["Andre"]
    assert people.row_widgets(0)["name"].accessibleName() == "Navn, rad 1"


def test_widget_rows_share_the_width_by_stretch_and_are_as_tall_as_their_rows(people, qtbot):
    people.set_rows([{"id": 1}, {"id": 2}])
    people.window().show()
    qtbot.waitExposed(people.window())
    widths = [people.row_widgets(0)[key].width() for key in ("guardian_id", "name", "kind")]
    assert abs(widths[0] * 2 - widths[1] * 3) <= 3 and abs(widths[1] - widths[2]) <= 1
    assert people.row_widgets(0)["count"].width() == 60
    assert people.row_widgets(0)["given"].width() >= 120
    assert people.verticalScrollBar().maximum() == 0
    assert people.height() >= people.sizeHint().height()
    below_rows = people.add_button.mapTo(people.viewport(), QPoint(0, 0)).y()
    assert below_rows >= sum(people.rowHeight(r) for r in range(2))


def test_read_only_widget_rows_can_be_neither_edited_added_nor_removed(people, qtbot):
    people.set_rows([{"id": 1, "name": "Ola"}])
    people.set_read_only(True)
    assert people.add_button.isHidden()
    assert not any(w.isEnabled() for w in people.row_widgets(0).values())
    assert not people.cellWidget(0, len(people.columns)).widget.isEnabled()
    people.set_rows([{"id": 1, "name": "Ola"}, {"id": 2, "name": "Kari"}])   # a reload
    assert not people.row_widgets(1)["name"].isEnabled()


def test_a_screen_reader_meets_widget_rows_as_a_group_and_cells_as_a_table(people, goals):
    people.setAccessibleName("Foresatte")
    people.set_rows([{"id": 1, "name": "Ola"}])
    rows = QAccessible.queryAccessibleInterface(people)
    assert rows.role() == QAccessible.Role.Grouping
    assert rows.text(QAccessible.Text.Name) == "Foresatte"
    assert QAccessible.queryAccessibleInterface(goals).role() == QAccessible.Role.Table
