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
