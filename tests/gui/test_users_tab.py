"""Innstillinger → Brukere: list, add, change role, new password, deactivate, activities led."""
import pytest
from PySide6.QtCore import Qt

from samvirke_desktop.db.models import Activity, AppUser
from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.pages.settings import SettingsPage
from samvirke_desktop.gui.settings_tabs.users import UsersTab


@pytest.fixture
def admin(database):
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    who = users.log_in("anne", "passord-til-anne")
    users.create_user("kari", "passord-til-kari", "coordinator", "Kari Nordmann")
    Activity.create(name="Leksehjelp")
    Activity.create(name="Dugnad", kind="dugnad")
    return who


@pytest.fixture
def tab(qtbot, admin):
    page = SettingsPage()
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.tab_pages["users"])
    yield page.tab_pages["users"]  # the page stays alive while the test runs


def shown(tab) -> dict[str, list[str]]:
    model = tab.model
    return {model.index(r, 1).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_lists_users_with_roles_in_norwegian(tab):
    rows = shown(tab)
    assert rows["anne"][:3] == ["Anne Admin", "anne", "Administrator"]
    assert rows["kari"][2] == "Koordinator"
    assert rows["kari"][4] == "Aldri"
    assert rows["kari"][5] == "Aktiv"
    assert tab.tab_title() == "Brukere"


def test_only_administrators_see_the_tab(qtbot, admin):
    actor.set_current(users.log_in("kari", "passord-til-kari"))
    page = SettingsPage()
    qtbot.addWidget(page)
    assert "users" not in page.tab_pages
    assert "change_log" not in page.tab_pages
    assert "backups" not in page.tab_pages
    assert not UsersTab.allowed()


def test_add_an_activity_leader_with_activities(qtbot, tab):
    tab.new_user()
    dialog = tab.dialog
    ui = dialog.ui
    assert not ui.activitiesList.isVisibleTo(dialog)  # only for activity leaders
    ui.fullNameEdit.setText("Ola Leder")
    ui.usernameEdit.setText("ola")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("activity_leader"))
    assert ui.activitiesList.isVisibleTo(dialog)
    assert "aktivitetene som er krysset av" in ui.roleHelpLabel.text()
    for row in range(ui.activitiesList.count()):
        item = ui.activitiesList.item(row)
        if item.text() == "Leksehjelp":
            item.setCheckState(Qt.CheckState.Checked)
    ui.passwordEdit.setText("passord-til-ola")
    ui.repeatEdit.setText("passord-til-ola")
    assert dialog.try_save()
    rows = shown(tab)
    assert rows["ola"][2:4] == ["Aktivitetsleder", "Leksehjelp"]
    assert tab.selected().username == "ola"


def test_new_user_errors_are_shown_beside_the_fields(tab):
    tab.new_user()
    dialog = tab.dialog
    dialog.ui.fullNameEdit.setText("Kari Igjen")
    dialog.ui.usernameEdit.setText("KARI")
    dialog.ui.passwordEdit.setText("passord-1")
    dialog.ui.repeatEdit.setText("passord-1")
    assert not dialog.try_save()
    assert dialog.field_error("username") == "Brukernavnet «KARI» er allerede i bruk."


def test_change_role_and_deactivate(tab, monkeypatch):
    tab.select_user(AppUser.get(AppUser.username == "kari").id)
    tab.edit_selected()
    dialog = tab.dialog
    assert dialog.ui.usernameEdit.isReadOnly()
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("grant_writer"))
    assert dialog.try_save()
    assert shown(tab)["kari"][2] == "Søknadsskriver"

    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "deactivate")
    assert tab.active_button.text() == "&Deaktiver"
    assert tab.toggle_active()
    assert shown(tab)["kari"][5] == "Deaktivert"
    assert tab.active_button.text() == "&Aktiver"
    with pytest.raises(users.LoginFailed):
        users.log_in("kari", "passord-til-kari")
    assert tab.toggle_active()  # back again, without asking
    assert shown(tab)["kari"][5] == "Aktiv"


def test_administrator_cannot_deactivate_themselves(tab):
    tab.select_user(actor.current().user_id)
    assert not tab.active_button.isEnabled()


def test_new_password_for_a_colleague(tab):
    tab.select_user(AppUser.get(AppUser.username == "kari").id)
    tab.new_password()
    dialog = tab.dialog
    assert "Kari Nordmann (kari)" in dialog.ui.introLabel.text()
    assert not dialog.ui.currentEdit.isVisibleTo(dialog)
    dialog.ui.passwordEdit.setText("nytt-passord")
    dialog.ui.repeatEdit.setText("nytt-passord")
    assert dialog.try_save()
    assert users.log_in("kari", "nytt-passord").username == "kari"


def test_database_without_users_offers_the_administrator(qtbot, database):
    actor.set_current(users.working_without_accounts())
    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.tab_pages["users"]
    assert not tab.no_users.isHidden()
    assert tab.view.isHidden()
    tab.create_admin_button.click()
    dialog = tab.dialog
    dialog.ui.fullNameEdit.setText("Hanne Lie")
    dialog.ui.usernameEdit.setText("hanne")
    dialog.ui.passwordEdit.setText("passord-til-hanne")
    dialog.ui.repeatEdit.setText("passord-til-hanne")
    assert dialog.try_save()
    assert actor.current().username == "hanne"
    assert list(shown(tab)) == ["hanne"]
