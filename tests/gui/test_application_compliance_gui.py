"""Søknad → Tilsagn og rapport: the grant letter and its conditions, contributions in kind,
who signs, a goal's documentation and a budget line's explanation of its variance, entered in
the real form by a grant writer, saved and read back from the database file."""
import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from samvirke_desktop.db.models import Funder, FunderScheme, GrantCondition, InKindContribution
from samvirke_desktop.domain.grants.application_record import read_application, save_application
from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.gui.applications.application_dialog import ApplicationDialog

D = datetime.date
TODAY = D(2026, 5, 20)


@pytest.fixture
def grant_writer(database):
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    actor.set_current(users.log_in("anne", "passord-til-anne"))
    users.create_user("siri", "passord-til-siri", "grant_writer", "Siri Søknadsskriver")
    actor.set_current(users.log_in("siri", "passord-til-siri"))


def _application(limit=Decimal(10), lines=None):
    """An application for 2026 under a scheme whose variance limit is ``limit`` per cent."""
    funder = Funder.create(name="Barne-, ungdoms- og familiedirektoratet", short_name="Bufdir")
    scheme = FunderScheme.create(funder=funder, name="Inkludering av barn og unge",
                                 variance_threshold_percent=limit)
    return save_application({
        "funder_id": funder.id, "scheme_id": scheme.id, "title": "Leksehjelp 2026",
        "period_start": "01.01.2026", "period_end": "31.12.2026", "status_date": "04.01.2026",
        "goals": [{"id": None, "description": "Flere barn får leksehjelp", "target": "40 barn",
                   "achievement": "38 barn i snitt", "rating": "partly"}],
        "budget_lines": lines or [
            {"id": None, "name": "Mat", "amount": "10 000", "expenses": [
                {"id": None, "date": "01.02.2026", "description": "Frukt og brød",
                 "amount": "12 500", "attachment_path": ""}]}]}, today=TODAY)


def _dialog(qtbot, record_id, today=TODAY):
    dialog = ApplicationDialog(record_id, today=today)
    qtbot.addWidget(dialog)
    return dialog


def _set_cell(table, row, key, text):
    table.item(row, [c.key for c in table.columns].index(key)).setText(text)


def _cell(table, row, key):
    return table.item(row, [c.key for c in table.columns].index(key)).text()


def _set_choice(table, row, key, code):
    """Pick ``code`` through the column's drop-down, as a user would."""
    column = [c.key for c in table.columns].index(key)
    index = table.model().index(row, column)
    delegate = table.itemDelegateForColumn(column)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    editor.setCurrentIndex(editor.findData(code))
    delegate.setModelData(editor, table.model(), index)
    editor.deleteLater()


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_compliance_part_is_entered_saved_and_read_back(qtbot, grant_writer):
    app_id = _application()
    dialog = _dialog(qtbot, app_id)
    ui = dialog.ui

    ui.tabs.setCurrentWidget(ui.complianceTab)
    ui.grantLetterDateEdit.setText("12.3.26")
    qtbot.keyClicks(ui.grantLetterReferenceEdit, "23/04567")
    _click(qtbot, ui.addConditionButton)
    _set_cell(ui.conditionsTable, 0, "text", "Tilbudet skal være gratis for deltakerne")
    _set_choice(ui.conditionsTable, 0, "status", "met")
    _set_cell(ui.conditionsTable, 0, "comment", "Ingen egenandel i 2026")
    _click(qtbot, ui.addConditionButton)
    _set_cell(ui.conditionsTable, 1, "text", "Minst 30 barn per kveld")
    _set_choice(ui.conditionsTable, 1, "status", "partly")
    assert _cell(ui.conditionsTable, 1, "status") == "Delvis oppfylt"

    _click(qtbot, ui.addInKindButton)
    assert _cell(ui.inKindTable, 0, "kind") == "Lokaler"   # the usual first line
    _set_cell(ui.inKindTable, 0, "description", "Lokaler på biblioteket to kvelder i uka")
    _set_cell(ui.inKindTable, 0, "amount", "20 000")
    _click(qtbot, ui.addInKindButton)
    _set_choice(ui.inKindTable, 1, "kind", "staff_hours")
    _set_cell(ui.inKindTable, 1, "description", "Koordinator")
    _set_cell(ui.inKindTable, 1, "hours", "120")
    _set_cell(ui.inKindTable, 1, "rate", "450")
    # Hours × rate is the value, shown as the report will count it.
    assert _cell(ui.inKindTable, 1, "amount") == "54\u00a0000,00"
    _set_cell(ui.inKindTable, 1, "rate", "")
    assert _cell(ui.inKindTable, 1, "amount") == ""
    _set_cell(ui.inKindTable, 1, "rate", "450")

    qtbot.keyClicks(ui.signerNameEdit, "Kari Nordmann")
    qtbot.keyClicks(ui.signerRoleEdit, "Leder for nærmiljøteamet")
    qtbot.keyClicks(ui.signedPlaceEdit, "Drammen")
    ui.signedOnEdit.setText("20.05.2026")
    ui.successFactorsEdit.setPlainText("Faste frivillige som barna kjenner")

    ui.goalsTable.setCurrentCell(0, 0)
    ui.evidenceEdit.setPlainText("Oppmøtelister fra alle kveldene")
    assert ui.achievementEdit.toPlainText() == "38 barn i snitt"

    # 12 500 kr spent of 10 000 kr is 25 % over the scheme's 10 %: the line is marked.
    ui.tabs.setCurrentWidget(ui.budgetTab)
    ui.budgetTable.setCurrentCell(0, 0)
    assert _cell(ui.budgetTable, 0, "explained") == "⚠ Mangler"
    assert ui.explanationWarning.isVisibleTo(dialog)
    assert "25,0 % over budsjettet, mer enn grensen på 10 %" in ui.explanationWarning.text()
    qtbot.keyClicks(ui.explanationEdit, "Flere barn enn ventet, så mer mat")
    assert _cell(ui.budgetTable, 0, "explained") == "Skrevet"
    assert not ui.explanationWarning.isVisibleTo(dialog)

    with qtbot.waitSignal(dialog.record_saved):
        assert dialog.try_save() is True

    values, _version = read_application(app_id)
    assert (values["grant_letter_date"], values["grant_letter_reference"]) == (
        D(2026, 3, 12), "23/04567")
    assert [(c["text"], c["status"], c["comment"]) for c in values["conditions"]] == [
        ("Tilbudet skal være gratis for deltakerne", "met", "Ingen egenandel i 2026"),
        ("Minst 30 barn per kveld", "partly", "")]
    assert [(k["kind"], k["description"], k["hours"], k["rate"], k["amount"])
            for k in values["in_kind"]] == [
        ("premises", "Lokaler på biblioteket to kvelder i uka", None, None, Decimal("20000.00")),
        ("staff_hours", "Koordinator", Decimal("120.00"), Decimal("450.00"), None)]
    assert values["goals"][0]["evidence"] == "Oppmøtelister fra alle kveldene"
    assert values["goals"][0]["achievement"] == "38 barn i snitt"
    assert values["budget_lines"][0]["variance_explanation"] == "Flere barn enn ventet, så mer mat"
    assert (values["signer_name"], values["signer_role"], values["signed_place"],
            values["signed_on"]) == ("Kari Nordmann", "Leder for nærmiljøteamet", "Drammen",
                                     D(2026, 5, 20))
    assert values["success_factors"] == "Faste frivillige som barna kjenner"

    again = _dialog(qtbot, app_id)
    ui = again.ui
    assert not again.has_unsaved_changes()
    assert ui.grantLetterDateEdit.text() == "12.03.2026"
    assert [_cell(ui.conditionsTable, r, "status") for r in range(2)] == [
        "Oppfylt", "Delvis oppfylt"]
    assert [(_cell(ui.inKindTable, r, "kind"), _cell(ui.inKindTable, r, "hours"),
             _cell(ui.inKindTable, r, "amount")) for r in range(2)] == [
        ("Lokaler", "", "20\u00a0000,00"), ("Ansattes timer", "120", "54\u00a0000,00")]
    assert ui.evidenceEdit.toPlainText() == "Oppmøtelister fra alle kveldene"
    assert ui.explanationEdit.toPlainText() == "Flere barn enn ventet, så mer mat"
    assert ui.signedOnEdit.text() == "20.05.2026"
    assert ui.successFactorsEdit.toPlainText() == "Faste frivillige som barna kjenner"


def test_condition_without_text_and_in_kind_without_value_save_nothing(qtbot, grant_writer):
    app_id = _application()
    before = read_application(app_id)
    dialog = _dialog(qtbot, app_id)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.goalsTab)
    _click(qtbot, ui.addConditionButton)
    _set_cell(ui.conditionsTable, 0, "comment", "Sjekk med kommunen")
    _click(qtbot, ui.addInKindButton)
    _set_cell(ui.inKindTable, 0, "description", "Lokaler på skolen")
    ui.signerNameEdit.setText("Kari Nordmann")

    assert dialog.try_save() is False
    assert "Vilkår 1: Skriv vilkåret slik det står i tilsagnsbrevet, eller fjern raden." in \
        dialog.field_error("conditions")
    assert "Egeninnsats 1: Skriv verdien i kroner, eller timer og timesats." in \
        dialog.field_error("in_kind")
    # The tab with the errors is shown and marked, and the banner names the tables.
    assert ui.tabs.currentWidget() is ui.complianceTab
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.complianceTab)) == "Tilsagn og rapport ⚠"
    assert "Vilkår i tilsagnsbrevet: Vilkår 1" in dialog.error_banner.text()
    assert "Egeninnsats: Egeninnsats 1" in dialog.error_banner.text()
    assert GrantCondition.select().count() == 0 and InKindContribution.select().count() == 0
    assert read_application(app_id) == before   # not even the signer's name

    _set_cell(ui.conditionsTable, 0, "text", "Rapport innen 1. mars")
    _set_cell(ui.inKindTable, 0, "amount", "8 000")
    assert dialog.try_save() is True
    values, _version = read_application(app_id)
    assert [(c["text"], c["status"]) for c in values["conditions"]] == [
        ("Rapport innen 1. mars", "")]   # not yet assessed
    assert [k["amount"] for k in values["in_kind"]] == [Decimal("8000.00")]


def test_explanation_follows_the_schemes_limit_and_the_end_of_the_period(qtbot, grant_writer):
    app_id = _application(limit=Decimal(30), lines=[
        {"id": None, "name": "Mat", "amount": "10 000", "expenses": [
            {"id": None, "date": "01.02.2026", "description": "", "amount": "12 500",
             "attachment_path": ""}]},
        {"id": None, "name": "Utstyr", "amount": "5 000", "expenses": []}])
    during = _dialog(qtbot, app_id)
    during.ui.tabs.setCurrentWidget(during.ui.budgetTab)
    table = during.ui.budgetTable
    # 25 % over is within this scheme's 30 %; nothing spent is fine while the period runs.
    assert [_cell(table, r, "explained") for r in range(2)] == ["", ""]
    assert not during.ui.explanationWarning.isVisibleTo(during)
    assert "30 %" in during.ui.explanationNote.text()

    after = _dialog(qtbot, app_id, today=D(2027, 2, 1))
    ui = after.ui
    ui.tabs.setCurrentWidget(ui.budgetTab)
    assert [_cell(ui.budgetTable, r, "explained") for r in range(2)] == ["", "⚠ Mangler"]
    ui.budgetTable.setCurrentCell(1, 0)
    assert ui.explanationLabel.text() == "&Forklaring på avvik for posten «Utstyr»"
    assert "100,0 % under budsjettet, mer enn grensen på 30 %, og perioden er over" in \
        ui.explanationWarning.text()
    assert ui.explanationWarning.isVisibleTo(after)
    ui.explanationEdit.setPlainText("Utstyret ble gitt av et lokalt firma")
    ui.budgetTable.setCurrentCell(0, 0)
    assert ui.explanationEdit.toPlainText() == ""   # each line its own explanation
    assert after.try_save() is True
    assert [line["variance_explanation"] for line in read_application(app_id)[0]["budget_lines"]] \
        == ["", "Utstyret ble gitt av et lokalt firma"]
