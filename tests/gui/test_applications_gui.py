"""Søknader: the application form (fill, save, reopen), the funder form, filters and sums,
"Kopier tall" against the command line, and the deadline reminders."""
import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyleOptionViewItem

from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    AgeBand,
    Application,
    ApplicationStatusChange,
    BudgetLine,
    Expense,
    Funder,
    FunderScheme,
    Goal,
)
from samvirke_desktop.domain.grants import age_bands
from samvirke_desktop.domain.grants.application_record import save_application
from samvirke_desktop.domain.grants.funder_record import read_funder
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui.applications.application_dialog import TAB_FIGURES, ApplicationDialog
from samvirke_desktop.gui.applications.deadline_card import DeadlineCard
from samvirke_desktop.gui.applications.funder_dialog import FunderDialog
from samvirke_desktop.gui.applications.funders_window import FundersWindow
from samvirke_desktop.gui.models.base import ID_ROLE
from samvirke_desktop.gui.pages.applications import ApplicationsPage
from tests.domain.grants.test_grant_statistics import data  # noqa: F401 - the hand-worked data set

D = datetime.date
TODAY = D(2026, 5, 20)


@pytest.fixture
def base(database):
    bufdir = Funder.create(name="Barne-, ungdoms- og familiedirektoratet", short_name="Bufdir",
                           volunteer_hour_rate=Decimal(300))
    scheme = FunderScheme.create(funder=bufdir, name="Inkludering av barn og unge")
    husbanken = Funder.create(name="Husbanken")
    homework = Activity.create(name="Leksehjelp", kind="homework_help")
    hub = Activity.create(name="Fredagstreff", kind="hub")
    return {"bufdir": bufdir, "scheme": scheme, "husbanken": husbanken, "homework": homework,
            "hub": hub}


def _choose(combo, data_value):
    index = combo.findData(data_value)
    assert index >= 0, data_value
    combo.setCurrentIndex(index)


def _set_cell(table, row, key, text):
    column = [c.key for c in table.columns].index(key)
    table.item(row, column).setText(text)


def _set_choice(table, row, key, code):
    """Pick ``code`` through the column's drop-down, as a user would."""
    column = [c.key for c in table.columns].index(key)
    index = table.model().index(row, column)
    delegate = table.itemDelegateForColumn(column)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    editor.setCurrentIndex(editor.findData(code))
    delegate.setModelData(editor, table.model(), index)
    editor.deleteLater()


def _dialog(qtbot, record_id=None, today=TODAY):
    dialog = ApplicationDialog(record_id, today=today)
    qtbot.addWidget(dialog)
    return dialog


# --- the application form -----------------------------------------------------------------

def test_application_with_goals_budget_and_expenses_is_saved_and_reopened(qtbot, base):
    dialog = _dialog(qtbot)
    ui = dialog.ui
    assert dialog.windowTitle() == "Ny søknad"
    _choose(ui.funderCombo, base["bufdir"].id)
    # A funder with one scheme gets it chosen; the rate note names the funder's rate.
    assert ui.schemeCombo.currentData() == base["scheme"].id
    assert "300,00" in ui.hourRateNote.text()
    qtbot.keyClicks(ui.titleEdit, "Leksehjelp 2027")
    ui.periodStartEdit.setText("1.1.27")
    ui.periodEndEdit.setText("31.12.2027")
    qtbot.keyClicks(ui.amountAppliedEdit, "12 500,50")
    ui.deadlineFinalEdit.setText("01.03.2028")

    qtbot.mouseClick(ui.addGoalButton, Qt.MouseButton.LeftButton)
    _set_cell(ui.goalsTable, 0, "description", "Flere barn får leksehjelp")
    _set_cell(ui.goalsTable, 0, "target", "40 barn per kveld")
    _set_choice(ui.goalsTable, 0, "rating", "partly")
    ui.achievementEdit.setPlainText("38 barn i snitt")
    qtbot.mouseClick(ui.addGoalButton, Qt.MouseButton.LeftButton)
    _set_cell(ui.goalsTable, 1, "description", "Foreldre deltar")
    assert ui.achievementEdit.toPlainText() == ""  # the new goal's own achievement

    qtbot.mouseClick(ui.addLineButton, Qt.MouseButton.LeftButton)
    _set_cell(ui.budgetTable, 0, "name", "Mat")
    _set_cell(ui.budgetTable, 0, "amount", "60 000")
    qtbot.mouseClick(ui.addExpenseButton, Qt.MouseButton.LeftButton)
    _set_cell(ui.expensesTable, 0, "date", "15.01.2027")
    _set_cell(ui.expensesTable, 0, "description", "Frukt")
    _set_cell(ui.expensesTable, 0, "amount", "1 234,55")
    dialog.set_expense_attachment("/delt/bilag/frukt.pdf")
    assert ui.budgetTable.item(0, 2).text() == "1\u00a0234,55\u00a0kr"   # spent, as typed
    assert "avvik -58\u00a0765,45\u00a0kr" in ui.budgetTotalsLabel.text()
    qtbot.mouseClick(ui.addLineButton, Qt.MouseButton.LeftButton)
    _set_cell(ui.budgetTable, 1, "name", "Lønn")
    _set_cell(ui.budgetTable, 1, "amount", "180000")
    assert ui.expensesTable.rowCount() == 0  # the new line has no expenses yet
    ui.budgetTable.setCurrentCell(0, 0)
    assert ui.expensesTable.rowCount() == 1
    dialog.set_activity_checked(base["homework"].id, True)

    with qtbot.waitSignal(dialog.record_saved) as saved:
        assert dialog.try_save() is True
    app_id = saved.args[0]
    app = Application.get_by_id(app_id)
    assert (app.title, app.amount_applied, app.period_start) == (
        "Leksehjelp 2027", Decimal("12500.50"), D(2027, 1, 1))
    assert app.deadline_final_report == D(2028, 3, 1)
    assert [(g.description, g.rating, g.achievement) for g in Goal.select().order_by(Goal.sort_order)] == [
        ("Flere barn får leksehjelp", "partly", "38 barn i snitt"), ("Foreldre deltar", "", "")]
    assert [(b.name, b.amount) for b in BudgetLine.select().order_by(BudgetLine.sort_order)] == [
        ("Mat", Decimal("60000.00")), ("Lønn", Decimal("180000.00"))]
    expense = Expense.get()
    assert (expense.date, expense.amount, expense.attachment_path, expense.budget_line.name) == (
        D(2027, 1, 15), Decimal("1234.55"), "/delt/bilag/frukt.pdf", "Mat")
    assert [link.activity_id for link in ActivityApplication.select()] == [base["homework"].id]
    assert [(c.status, c.changed_on) for c in ApplicationStatusChange.select()] == [("draft", TODAY)]

    again = _dialog(qtbot, app_id)
    assert not again.has_unsaved_changes()
    ui = again.ui
    assert again.windowTitle() == "Søknad – Leksehjelp 2027"
    assert ui.amountAppliedEdit.text() == "12\u00a0500,50"
    assert ui.periodStartEdit.text() == "01.01.2027"
    assert ui.goalsTable.rowCount() == 2
    assert ui.goalsTable.item(0, 2).text() == "Delvis nådd"
    assert ui.achievementEdit.toPlainText() == "38 barn i snitt"
    assert ui.budgetTable.rowCount() == 2 and ui.expensesTable.rowCount() == 1
    assert ui.expensesTable.item(0, 3).text() == "/delt/bilag/frukt.pdf"
    assert again.checked_activity_ids() == [base["homework"].id]
    assert ui.historyTable.rowCount() == 1


def test_status_change_from_the_form_is_dated_in_the_history(qtbot, base, monkeypatch):
    app_id = save_application({
        "funder_id": base["husbanken"].id, "title": "Bomiljø 2027", "period_start": "01.01.2027",
        "period_end": "31.12.2027", "status_date": "04.05.2026"}, today=TODAY)
    dialog = _dialog(qtbot, app_id)
    ui = dialog.ui
    assert not ui.statusDateEdit.isEnabled()
    _choose(ui.statusCombo, "sent")
    assert ui.statusDateEdit.isEnabled() and ui.statusDateEdit.text() == "20.05.2026"
    ui.statusDateEdit.setText("18.05.2026")
    ui.statusNoteEdit.setText("Sendt i portalen")
    assert dialog.try_save() is True
    reopened = _dialog(qtbot, app_id)
    history = reopened.ui.historyTable
    assert [(history.item(r, 0).text(), history.item(r, 1).text(), history.item(r, 3).text())
            for r in range(history.rowCount())] == [
        ("04.05.2026", "Utkast", ""), ("18.05.2026", "Sendt", "Sendt i portalen")]
    # Choosing the saved status again leaves nothing to save.
    _choose(reopened.ui.statusCombo, "draft")
    _choose(reopened.ui.statusCombo, "sent")
    assert not reopened.has_unsaved_changes()

    # A date before the last change is asked about before it is saved.
    questions = []
    monkeypatch.setattr("samvirke_desktop.gui.notices.ask",
                        lambda _parent, _title, text, *_a, **_k: questions.append(text) or "back")
    _choose(reopened.ui.statusCombo, "granted")
    reopened.ui.statusDateEdit.setText("10.05.2026")
    assert reopened.try_save() is False
    assert "før forrige statusendring (Sendt, 18.05.2026)" in questions[0]
    assert Application.get_by_id(app_id).status == "sent"


def test_errors_show_on_their_tab(qtbot, base):
    dialog = _dialog(qtbot)
    ui = dialog.ui
    _choose(ui.funderCombo, base["husbanken"].id)
    ui.titleEdit.setText("Uten mål")
    qtbot.mouseClick(ui.addGoalButton, Qt.MouseButton.LeftButton)
    _set_cell(ui.goalsTable, 0, "target", "10 barn")
    ui.tabs.setCurrentIndex(0)
    assert dialog.try_save() is False
    assert ui.tabs.currentWidget() is ui.goalsTab
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.goalsTab)).endswith("⚠")
    assert "Mål 1: Skriv hva målet er" in dialog.field_error("goals")
    assert Application.select().count() == 0
    _set_cell(ui.goalsTable, 0, "description", "Flere med")
    assert dialog.try_save() is True
    assert not ui.tabs.tabText(ui.tabs.indexOf(ui.goalsTab)).endswith("⚠")


def test_wrong_amount_is_shown_beside_the_field(qtbot, base):
    dialog = _dialog(qtbot)
    ui = dialog.ui
    _choose(ui.funderCombo, base["husbanken"].id)
    ui.titleEdit.setText("Søknad")
    ui.amountAppliedEdit.setText("tolv tusen")
    ui.tabs.setCurrentIndex(2)
    assert dialog.try_save() is False
    assert ui.tabs.currentIndex() == 0
    assert "er ikke et beløp" in dialog.field_error("amount_applied")
    assert ui.amountAppliedEdit.text() == "tolv tusen"


def test_removing_a_budget_line_and_unlinking_an_activity(qtbot, base):
    app_id = save_application({
        "funder_id": base["bufdir"].id, "title": "A", "period_start": "01.01.2026",
        "period_end": "31.12.2026", "activity_ids": [base["homework"].id, base["hub"].id],
        "budget_lines": [{"id": None, "name": "Mat", "amount": "100", "expenses": [
            {"id": None, "date": "01.02.2026", "description": "", "amount": "50",
             "attachment_path": ""}]}]}, today=TODAY)
    dialog = _dialog(qtbot, app_id)
    dialog.ui.budgetTable.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.ui.removeLineButton, Qt.MouseButton.LeftButton)
    dialog.set_activity_checked(base["hub"].id, False)
    assert dialog.has_unsaved_changes()
    assert dialog.try_save() is True
    assert BudgetLine.select().count() == 0 and Expense.select().count() == 0
    assert [link.activity_id for link in ActivityApplication.select()] == [base["homework"].id]


def test_archive_from_the_form(qtbot, base):
    app_id = save_application({"funder_id": base["bufdir"].id, "title": "A",
                               "period_start": "01.01.2026", "period_end": "31.12.2026"},
                              today=TODAY)
    dialog = _dialog(qtbot, app_id)
    assert dialog.archive_button.text() == "Arkiver" and dialog.archive_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.record_saved):
        assert dialog.toggle_archived() is True
    assert Application.get_by_id(app_id).archived
    again = _dialog(qtbot, app_id)
    assert again.archive_button.text() == "Hent fram fra arkivet"


# --- the funder form ----------------------------------------------------------------------

def test_funder_form_with_a_preset_a_scheme_and_its_own_bands(qtbot, database):
    dialog = FunderDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.nameEdit.accessibleDescription() == "Må fylles ut"
    qtbot.keyClicks(ui.nameEdit, "Gjensidigestiftelsen")
    ui.hourRateEdit.setText("300")
    ui.auditNotesEdit.setPlainText("Revisor over 100 000 kr")
    dialog.use_preset("gjensidigestiftelsen")
    assert ui.bandsTable.rowCount() == 5
    _set_cell(ui.bandsTable, 0, "label", "<12")

    qtbot.mouseClick(ui.addSchemeButton, Qt.MouseButton.LeftButton)
    _set_cell(ui.schemesTable, 0, "name", "Trygghet")
    _choose(ui.bandsScopeCombo, ui.schemesTable.hidden(0, "key"))
    assert not ui.bandsTable.isEnabled()   # uses the funder's bands until told otherwise
    ui.ownBandsCheck.setChecked(True)
    assert ui.bandsTable.isEnabled() and ui.bandsTable.rowCount() == 5
    ui.bandsTable.setCurrentCell(4, 0)
    ui.removeBandButton.click()
    _set_cell(ui.bandsTable, 3, "age_to", "")
    _set_cell(ui.bandsTable, 3, "label", "26+")

    with qtbot.waitSignal(dialog.record_saved) as saved:
        assert dialog.try_save() is True
    values, _ = read_funder(saved.args[0])
    assert values["volunteer_hour_rate"] == Decimal("300.00")
    assert values["bands"][0] == ("<12", 0, 12) and len(values["bands"]) == 5
    scheme = values["schemes"][0]
    assert scheme["name"] == "Trygghet"
    assert scheme["bands"][-1] == ("26+", 26, None) and len(scheme["bands"]) == 4

    again = FunderDialog(saved.args[0])
    qtbot.addWidget(again)
    assert not again.has_unsaved_changes()
    assert again.ui.hourRateEdit.text() == "300,00"
    assert again.ui.bandsScopeCombo.itemText(1) == "Ordningen Trygghet (egne grupper)"


def test_overlapping_bands_are_shown_on_the_bands_tab(qtbot, database):
    dialog = FunderDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.nameEdit.setText("Husbanken")
    ui.bandsTable.add_row({"label": "0–12", "age_from": "0", "age_to": "12"}, edit=False)
    ui.bandsTable.add_row({"label": "10–17", "age_from": "10", "age_to": "17"}, edit=False)
    assert dialog.try_save() is False
    assert ui.tabs.currentWidget() is ui.bandsTab
    assert "overlapper" in dialog.field_error("bands")
    assert Funder.select().count() == 0


def test_funders_window_lists_and_opens_on_enter(qtbot, base):
    age_bands.apply_preset(base["bufdir"].id, "bufdir")
    window = FundersWindow()
    qtbot.addWidget(window)
    assert window.count_label.text() == "2 tilskuddsgivere"
    names = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert names == ["Barne-, ungdoms- og familiedirektoratet", "Husbanken"]
    assert window.proxy.index(0, window.model.COL_RATE).data() == "300,00\u00a0kr"
    assert window.proxy.index(1, window.model.COL_RATE).data() == "Bare timer"
    window.view.activated.emit(window.proxy.index(0, 0))
    assert window.dialog is not None and window.dialog.record_id == base["bufdir"].id
    window.dialog.ui.shortNameEdit.setText("BUFDIR")
    with qtbot.waitSignal(window.funders_changed):
        assert window.dialog.try_save() is True
    assert window.proxy.index(0, window.model.COL_SHORT).data() == "BUFDIR"
    assert AgeBand.select().count() == 6  # the bands were left as they were


# --- the list ---------------------------------------------------------------------------------

@pytest.fixture
def page_data(base):
    def app(funder, title, year, status, applied, granted=None):
        return Application.create(funder=funder, title=title, status=status,
                                  period_start=D(year, 1, 1), period_end=D(year, 12, 31),
                                  amount_applied=Decimal(applied),
                                  amount_granted=None if granted is None else Decimal(granted))
    app(base["bufdir"], "Leksehjelp 2025", 2025, "closed", "100000.50", "80000.25")
    app(base["bufdir"], "Leksehjelp 2026", 2026, "granted", "120000", "100000")
    app(base["husbanken"], "Bomiljø 2026", 2026, "sent", "300000")
    return base


def _page(qtbot):
    page = ApplicationsPage()
    qtbot.addWidget(page)
    page.setMinimumSize(600, 400)
    page.resize(1100, 700)
    return page


def _sums(page):
    model = page.sums_model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_filters_and_sums_per_year(qtbot, page_data):
    page = _page(qtbot)
    assert page.ui.countLabel.text() == "3 søknader"
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == [
        "Alle år", "2026", "2025"]
    assert _sums(page) == [["2026", "2", "420\u00a0000,00\u00a0kr", "100\u00a0000,00\u00a0kr"],
                           ["2025", "1", "100\u00a0000,50\u00a0kr", "80\u00a0000,25\u00a0kr"]]
    page.set_filters(year=2026)
    assert page.ui.countLabel.text() == "2 av 3 søknader"
    assert [s.year for s in page.year_sums()] == [2026]
    page.set_filters(year=2026, funder_id=page_data["husbanken"].id)
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Bomiljø 2026"]
    assert _sums(page) == [["2026", "1", "300\u00a0000,00\u00a0kr", "ikke avgjort"]]
    page.set_filters(status="closed")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        "Leksehjelp 2025"]
    # The search box narrows the sums too.
    page.set_filters()
    page.ui.searchEdit.setText("leksehjelp")
    assert [s.applied for s in page.year_sums()] == [Decimal("120000.00"), Decimal("100000.50")]
    page.set_filters(funder_id=page_data["bufdir"].id)
    page.ui.searchEdit.setText("2025")
    assert page.ui.countLabel.text() == "1 av 2 filtrerte søknader"


def test_filters_survive_a_refresh_and_new_funders_appear(qtbot, page_data):
    page = _page(qtbot)
    page.set_filters(funder_id=page_data["bufdir"].id)
    Funder.create(name="Gjensidigestiftelsen")
    Application.create(funder=Funder.get(Funder.name == "Gjensidigestiftelsen"), title="Ny",
                       period_start=D(2027, 1, 1), period_end=D(2027, 12, 31))
    page.refresh()
    assert page.funder_combo.currentData() == page_data["bufdir"].id
    assert page.funder_combo.findText("Gjensidigestiftelsen") >= 0
    assert page.year_combo.findData(2027) >= 0
    assert page.ui.countLabel.text() == "2 av 4 søknader"


def test_ny_and_open_on_enter(qtbot, page_data):
    page = _page(qtbot)
    assert page.ui.newButton.isVisibleTo(page)
    page.ui.newButton.click()
    assert isinstance(page.dialog, ApplicationDialog) and page.dialog.record_id is None
    page.dialog.close()
    index = page.proxy.index(0, 0)
    page.ui.tableView.activated.emit(index)
    assert page.dialog.record_id == index.data(ID_ROLE)
    page.dialog.ui.titleEdit.setText("Nytt navn")
    assert page.dialog.try_save() is True
    titles = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert "Nytt navn" in titles
    page.dialog.close()


def test_tilskuddsgivere_button_opens_the_funders(qtbot, page_data):
    page = _page(qtbot)
    window = page.show_funders()
    assert isinstance(window, FundersWindow) and window.model.rowCount() == 2
    window.close()


def test_grant_writer_works_with_applications(qtbot, page_data):
    actor.set_current(actor.Actor(username="skriver", role="grant_writer"))
    page = _page(qtbot)
    assert page.ui.newButton.isVisibleTo(page)
    assert page.model.rowCount() == 3


# --- Tall and Kopier tall ---------------------------------------------------------------------

def test_copied_figures_are_exactly_what_the_command_line_prints(qtbot, data, db_path, capsys):  # noqa: F811
    from samvirke_desktop.cli import main

    app_id = data["app"].id
    dialog = _dialog(qtbot, app_id)
    panel = dialog.figures
    dialog.ui.tabs.setCurrentIndex(TAB_FIGURES)  # showing the tab works the figures out
    assert panel.stats is not None and panel.figures["participants"].value.text() == "7"
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(panel.figures_copied):
        panel.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert main(["stats", "grant", "--database", str(db_path), "--application", str(app_id)]) == 0
    assert copied == capsys.readouterr().out
    assert panel.command_line() == (f"samvirke stats grant --application {app_id} "
                                    "--from 2026-01-01 --to 2026-06-30")

    # Another period: the same text as the command with --from/--to.
    panel.from_edit.setText("01.01.2026")
    panel.to_edit.setText("31.03.2026")
    panel.age_basis_combo.setCurrentIndex(1)
    panel.show_button.click()
    panel.copy_figures()
    assert main(["stats", "grant", "--database", str(db_path), "--application", str(app_id),
                 "--from", "2026-01-01", "--to", "2026-03-31",
                 "--age-basis", "first_attendance"]) == 0
    assert QGuiApplication.clipboard().text() == capsys.readouterr().out
    assert panel.figures["sessions"].value.text() == "3"


def test_figures_explain_a_wrong_period_and_an_unsaved_application(qtbot, data):  # noqa: F811
    dialog = _dialog(qtbot, data["app"].id)
    panel = dialog.figures
    panel.from_edit.setText("01.07.2026")
    panel.to_edit.setText("01.01.2026")
    assert panel.compute() is False
    assert "Bytt om datoene" in panel.message.text()
    assert not panel.copy_button.isEnabled()
    new = _dialog(qtbot)
    assert "Lagre søknaden først" in new.figures.message.text()
    assert not new.figures.show_button.isEnabled()


# --- reminders on Oversikt ------------------------------------------------------------------------

def test_deadline_card_lists_soon_and_passed_and_opens_the_application(qtbot, base):
    soon = Application.create(funder=base["bufdir"], title="Leksehjelp 2026", status="granted",
                              period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                              deadline_progress_report=D(2026, 6, 1))
    Application.create(funder=base["husbanken"], title="Bomiljø", status="draft",
                       period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                       deadline_application=D(2026, 5, 1))
    Application.create(funder=base["husbanken"], title="Langt fram", status="draft",
                       period_start=D(2027, 1, 1), period_end=D(2027, 12, 31),
                       deadline_application=D(2026, 9, 1))
    card = DeadlineCard(today=TODAY)
    qtbot.addWidget(card)
    assert card.messages() == [
        ("Søknadsfrist for «Bomiljø» (Husbanken): fristen 01.05.2026 gikk ut for 19 dager "
        "siden, men søknaden står fortsatt som «Utkast»."),
        "Fremdriftsrapport for «Leksehjelp 2026» (Bufdir): frist om 12 dager, 01.06.2026."]
    assert card.passed_label.isVisibleTo(card)
    assert "Passert uten at statusen er endret" in card.passed_label.text()
    assert "Langt fram" not in card.upcoming_label.text()
    card.upcoming_label.linkActivated.emit(str(soon.id))
    assert isinstance(card.dialog, ApplicationDialog) and card.dialog.record_id == soon.id
    card.dialog.close()


def test_deadline_card_when_nothing_is_due_and_for_other_roles(qtbot, base):
    card = DeadlineCard(today=TODAY)
    qtbot.addWidget(card)
    assert card.messages() == []
    assert not card.passed_label.isVisibleTo(card)
    assert card.upcoming_label.text() == "Ingen frister de neste 30 dagene."
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    hidden = DeadlineCard(today=TODAY)
    qtbot.addWidget(hidden)
    assert hidden.isHidden() and hidden.messages() == []


def test_funder_and_year_sum_models_pass_qt_model_tester(qtmodeltester, page_data):
    from samvirke_desktop.domain.grants.application_list import list_applications, sums_per_year
    from samvirke_desktop.domain.grants.funder_record import list_funders
    from samvirke_desktop.gui.models.applications import FunderTableModel, YearSumsTableModel

    for model, rows in ((FunderTableModel(), list_funders()),
                        (YearSumsTableModel(), sums_per_year(list_applications()))):
        model.set_rows(rows)
        assert model.rowCount() == 2
        qtmodeltester.check(model, force_py=True)


def test_oversikt_shows_the_deadline_reminders(qtbot, base):
    from samvirke_desktop.gui.pages.overview import OverviewPage

    Application.create(funder=base["bufdir"], title="Leksehjelp 2026", status="granted",
                       period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                       deadline_final_report=D(2026, 5, 1))
    page = OverviewPage(today=TODAY)
    qtbot.addWidget(page)
    card = page.deadline_card
    assert card.messages() == [
        ("Sluttrapport for «Leksehjelp 2026» (Bufdir): fristen 01.05.2026 gikk ut for 19 dager "
        "siden, men søknaden står fortsatt som «Innvilget».")]
    Application.update(status="reported").execute()
    page.refresh()
    assert card.messages() == []
