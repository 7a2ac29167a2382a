"""Innstillinger: the team tab saves the name, district and logo the reports print."""
from samvirke_desktop.domain.team import actor
from samvirke_desktop.domain.team.team_settings import team_identity
from samvirke_desktop.gui.pages.settings import SettingsPage


def test_team_tab_saves_identity(database, qtbot, tmp_path):
    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.tab_pages["team"]
    tab.name_edit.setText("  Bo- og nærmiljøteamet ")
    tab.bydel_edit.setText("Bydel Sagene")
    assert tab.save()
    identity = team_identity()
    assert (identity.name, identity.bydel, identity.logo_path) == (
        "Bo- og nærmiljøteamet", "Bydel Sagene", None)


def test_missing_logo_is_refused_and_nothing_saved(database, qtbot, tmp_path):
    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.tab_pages["team"]
    tab.name_edit.setText("Teamet")
    tab.logo_edit.setText(str(tmp_path / "finnes-ikke.png"))
    assert not tab.save()
    assert team_identity().name == ""


def test_team_tab_hidden_from_other_roles(database, qtbot):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    try:
        page = SettingsPage()
        qtbot.addWidget(page)
        assert "team" not in page.tab_pages
    finally:
        actor.set_current(actor.COMMAND_LINE)


def test_team_tab_saves_the_contact_for_the_poster_tidied(database, qtbot):
    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.tab_pages["team"]
    tab.name_edit.setText("Bo- og nærmiljøteamet")
    tab.phone_edit.setText("+47 91234567")
    tab.email_edit.setText("Bomiljo@Bydel.Oslo.Kommune.no")
    assert tab.save()
    identity = team_identity()
    assert (identity.phone, identity.email) == ("912 34 567", "Bomiljo@bydel.oslo.kommune.no")
    assert identity.contact == "912 34 567 · Bomiljo@bydel.oslo.kommune.no"
    assert tab.phone_edit.text() == "912 34 567"


def test_team_tab_refuses_a_wrong_phone_number_and_saves_nothing(database, qtbot):
    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.tab_pages["team"]
    tab.name_edit.setText("Teamet")
    tab.phone_edit.setText("12 34")
    assert not tab.save()
    assert team_identity().name == "" and team_identity().phone == ""


def test_team_tab_saves_the_organisation_number_for_the_signature(database, qtbot):
    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.tab_pages["team"]
    tab.name_edit.setText("Bo- og nærmiljøteamet")
    tab.organisation_number_edit.setText("974778807")
    assert tab.save()
    assert team_identity().organisation_number == "974 778 807"
    assert tab.organisation_number_edit.text() == "974 778 807"


def test_a_wrong_organisation_number_is_refused_and_nothing_saved(database, qtbot):
    page = SettingsPage()
    qtbot.addWidget(page)
    tab = page.tab_pages["team"]
    tab.name_edit.setText("Teamet")
    tab.organisation_number_edit.setText("974 778 808")   # the check digit is wrong
    assert not tab.save()
    assert team_identity().name == "" and team_identity().organisation_number == ""
