"""Innstillinger → Områder: the site list, the site form, and archive instead of delete."""
import pytest

from samvirke_desktop.db.models import Site
from samvirke_desktop.domain.people import household_record
from samvirke_desktop.domain.team import actor, site_record
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.pages.settings import SettingsPage
from samvirke_desktop.gui.records.household_dialog import HouseholdDialog
from samvirke_desktop.gui.records.site_dialog import SiteDialog


@pytest.fixture
def sites_tab(qtbot):
    """Makes Innstillinger and returns its Områder tab; the page lives as long as the test."""
    pages = []

    def make():
        page = SettingsPage()
        qtbot.addWidget(page)
        pages.append(page)
        return page.tab_pages["sites"]

    yield make
    pages.clear()


def test_a_new_site_is_made_from_the_tab_and_listed(database, qtbot, sites_tab):
    tab = sites_tab()
    assert tab.tab_title() == "Områder" and tab.count_label.text() == "0 områder"
    dialog = tab.new_site()
    assert dialog.windowTitle() == "Nytt område" and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Kvartal 5")
    qtbot.keyClicks(dialog.ui.postalCodeEdit, "0477")
    qtbot.keyClicks(dialog.ui.cityEdit, "Oslo")
    qtbot.keyClicks(dialog.ui.homesEdit, "148")
    with qtbot.waitSignal(dialog.record_saved):
        assert dialog.try_save() is True
    assert tab.count_label.text() == "1 område"
    index = tab.view.currentIndex()
    assert index.isValid() and index.data() == "Kvartal 5"
    assert tab.model.index(0, tab.model.COL_PLACE).data() == "0477 Oslo"

    site = Site.get()
    again = SiteDialog(site.id)
    qtbot.addWidget(again)
    assert again.values() == {"name": "Kvartal 5", "address": "", "postal_code": "0477",
                              "city": "Oslo", "homes": "148", "notes": ""}


def test_site_checks_are_shown_beside_their_fields(database, qtbot, sites_tab):
    site_record.save_site({"name": "Kvartal 5"})
    dialog = SiteDialog()
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("KVARTAL 5")
    dialog.ui.postalCodeEdit.setText("47")
    dialog.ui.homesEdit.setText("ja")
    assert dialog.try_save() is False
    assert "finnes allerede" in dialog.field_error("name")
    assert "fire siffer" in dialog.field_error("postal_code")
    assert "helt tall" in dialog.field_error("homes")
    assert "Postnummer og sted:" in dialog.error_banner.text()


def test_a_site_in_use_is_archived_and_an_unused_one_deleted(database, qtbot, monkeypatch, sites_tab):
    used = site_record.save_site({"name": "Kvartal 5"})
    household_record.save_household({"name": "Hassan", "site": used})
    unused = site_record.save_site({"name": "Tomt"})
    tab = sites_tab()
    dialog = tab.open_site(used)
    assert dialog.delete_button.isHidden() and "1 husstand" in dialog.ui.historyLabel.text()
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "archive")
    assert dialog.archive() is True
    assert tab.count_label.text() == "1 område"
    tab.archived_check.setChecked(True)
    assert tab.count_label.text() == "2 områder"
    dialog = tab.open_site(unused)
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "delete")
    assert dialog.delete() is True
    assert [s.name for s in Site.select()] == ["Kvartal 5"]
    # The archived site is no choice for a new household any more.
    household = HouseholdDialog()
    qtbot.addWidget(household)
    assert household.ui.siteCombo.findData(used) < 0


def test_double_click_or_enter_opens_the_site(database, qtbot, sites_tab):
    site_record.save_site({"name": "Kvartal 5"})
    tab = sites_tab()
    tab.view.activated.emit(tab.model.index(0, 1))
    assert tab.dialog is not None and tab.dialog.ui.nameEdit.text() == "Kvartal 5"


def test_a_grant_writer_sees_the_sites_but_cannot_change_them(database, qtbot, sites_tab):
    site_id = site_record.save_site({"name": "Kvartal 5"})
    actor.set_current(actor.Actor(username="sara", role="grant_writer"))
    tab = sites_tab()
    assert tab.new_button.isHidden()
    dialog = tab.open_site(site_id)
    assert dialog.save_button.isHidden() and dialog.ui.nameEdit.isReadOnly()
    assert dialog.cancel_button.text() == "Lukk"
    dialog.reject()
    assert not dialog.isVisible()
