"""Innstillinger → Endringslogg: filter by user, kind of record, number and date; old → new."""
import datetime

import pytest

from samvirke_desktop.db.models import ChangeLog, Resident
from samvirke_desktop.domain.team import actor, record_changes, users
from samvirke_desktop.gui.pages.settings import SettingsPage


@pytest.fixture
def tab(qtbot, database):
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    anne = users.log_in("anne", "passord-til-anne")
    amina = record_changes.create(Resident, first_name="Amina", gender="female")
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    record_changes.update(Resident, amina.id, amina.version, gender="unspecified", language="somali")
    actor.set_current(anne)
    ChangeLog.update(at=datetime.datetime(2026, 10, 5, 14, 30)).where(
        (ChangeLog.table_name == "resident") & (ChangeLog.action == "create")).execute()
    page = SettingsPage()
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.tab_pages["change_log"])
    yield page.tab_pages["change_log"]


def cells(tab, row: int) -> list[str]:
    model = tab.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_newest_first_with_norwegian_words(tab):
    assert tab.tab_title() == "Endringslogg"
    assert tab.count_label.text() == "4 endringer"
    first = cells(tab, 0)
    assert first[1:5] == ["kari", "Endret", "Beboer", "1"]
    assert "Kjønn: Kvinne → Ikke oppgitt" in first[5]
    assert "Språk: somali" in first[5]
    # The selected row's fields, one per line, under the table.
    assert tab.details.toPlainText().splitlines()[1:] == ["Kjønn: Kvinne → Ikke oppgitt",
                                                          "Språk: somali"]


def test_filter_by_user_and_kind(tab):
    tab.user_combo.setCurrentIndex(tab.user_combo.findText("anne"))
    assert {r.username for r in tab.shown_rows()} == {"anne"}
    tab.user_combo.setCurrentIndex(0)
    tab.table_combo.setCurrentIndex(tab.table_combo.findText("Beboer"))
    assert [r.action_label for r in tab.shown_rows()] == ["Endret", "Opprettet"]
    tab.record_edit.setText("2")
    tab.record_edit.editingFinished.emit()
    assert tab.shown_rows() == []
    assert tab.count_label.text() == "0 endringer"
    tab.clear_filters()
    assert len(tab.shown_rows()) == 4


def test_filter_by_date(tab):
    tab.from_edit.setText("1.10.26")
    tab.to_edit.setText("31.10.2026")
    tab.to_edit.editingFinished.emit()
    assert [r.action for r in tab.shown_rows()] == ["create"]
    assert tab.count_label.text() == "1 endring (01.10.2026 – 31.10.2026)"


def test_unreadable_filter_is_told(tab):
    tab.record_edit.setText("fem")
    tab.record_edit.editingFinished.emit()
    assert tab.count_label.text() == "Nr. må være et tall."


def test_other_roles_do_not_get_the_tab(qtbot, database):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    page = SettingsPage()
    qtbot.addWidget(page)
    assert "change_log" not in page.tab_pages
