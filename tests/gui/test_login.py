"""A database with accounts: nothing shows until someone logs in; wrong passwords are told in
Norwegian and slowed down; the role decides the pages and menus; Logg ut and Bytt bruker."""
import pytest

from samvirke_desktop.db.models import Activity, ActivityLeader, AppUser
from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.gui.main_window import MainWindow
from samvirke_desktop.gui.startup.login_dialog import LoginDialog


@pytest.fixture
def team(filled_database):
    opened, expected = filled_database
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    actor.set_current(users.log_in("anne", "passord-til-anne"))
    users.create_user("ola", "passord-til-ola", "activity_leader", "Ola Leder")
    users.create_user("siri", "passord-til-siri", "grant_writer", "Siri Aasland")
    leksehjelp = Activity.get(Activity.name == "Leksehjelp Kvartal 5")
    ActivityLeader.create(activity=leksehjelp, user=AppUser.get(AppUser.username == "ola"))
    actor.set_current(actor.COMMAND_LINE)
    return opened, expected


@pytest.fixture
def window(qtbot, team):
    opened, _ = team
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    return win


def log_in(dialog: LoginDialog, username: str, password: str) -> bool:
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    return dialog.try_login()


def sidebar_pages(win) -> list[str]:
    return [win.sidebar.item(i).text() for i in range(win.sidebar.count())
            if not win.sidebar.item(i).isHidden()]


def test_nothing_shows_before_login(window):
    assert window.central.currentWidget() is window.signed_out_panel
    assert window.pages == {}
    assert actor.current().role == ""
    assert window.user_label.text() == "Ikke innlogget"
    assert not window.backup_action.isVisible()
    window.start()
    dialog = window.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.cancelButton.text() == "Avslutt"
    assert dialog.ui.databaseLabel.text() == "Database: samvirke.db"


def test_wrong_password_is_told_in_norwegian(window):
    window.start()
    dialog = window.login_dialog
    assert not log_in(dialog, "anne", "feil-passord")
    assert dialog.error_text() == ("Feil brukernavn eller passord. Sjekk at Caps Lock er av, og "
                                   "prøv igjen.")
    assert dialog.ui.passwordEdit.text() == ""
    assert window.pages == {}
    assert log_in(dialog, "anne", "passord-til-anne")
    assert window.central.currentWidget() is window.work
    assert window.user_label.text() == "Innlogget: Anne Admin (Administrator)"
    assert "overview" in window.pages
    assert window.backup_action.isVisible() and window.backup_action.isEnabled()
    # Next time on this PC the username is filled in.
    window.log_out()
    assert window.login_dialog.ui.usernameEdit.text() == "anne"


def test_retries_are_slowed_down(window):
    window.start()
    dialog = window.login_dialog
    for _ in range(users.FREE_TRIES):
        assert not log_in(dialog, "anne", "feil")
    assert not log_in(dialog, "anne", "passord-til-anne")
    assert dialog.error_text().startswith("For mange feil forsøk. Vent")
    assert not dialog.ui.loginButton.isEnabled()
    assert dialog.ui.loginButton.text().startswith("Vent ")


def test_empty_username_is_asked_for(qtbot, team):
    dialog = LoginDialog("samvirke.db")
    qtbot.addWidget(dialog)
    assert not log_in(dialog, "", "noe")
    assert dialog.error_text() == "Skriv brukernavnet ditt."


def test_activity_leader_sees_own_work_only(window):
    window.start()
    assert log_in(window.login_dialog, "ola", "passord-til-ola")
    pages = sidebar_pages(window)
    assert "Søknader" not in pages
    assert {"Oversikt", "Beboere", "Aktiviteter", "Frivillige", "Rapporter"} <= set(pages)
    window.show_page("activities")
    assert [r.name for r in window.pages["activities"].model.rows()] == ["Leksehjelp Kvartal 5"]
    window.show_page("applications")  # hidden, and refused if asked for anyway
    assert "applications" not in window.pages
    assert not window.backup_action.isVisible()
    assert not window.restore_action.isVisible()


def test_grant_writer_has_no_named_lists(window):
    window.start()
    assert log_in(window.login_dialog, "siri", "passord-til-siri")
    pages = sidebar_pages(window)
    assert "Beboere" not in pages and "Frivillige" not in pages
    assert {"Oversikt", "Aktiviteter", "Søknader", "Rapporter"} <= set(pages)
    assert window.user_label.text() == "Innlogget: Siri Aasland (Søknadsskriver)"


def test_log_out_hides_everything_and_switch_user_changes_role(window):
    window.start()
    assert log_in(window.login_dialog, "anne", "passord-til-anne")
    window.show_page("residents")
    window.log_out()
    assert window.central.currentWidget() is window.signed_out_panel
    assert window.pages == {} and actor.current().role == ""
    assert not window.log_out_action.isEnabled()
    dialog = window.login_dialog
    assert dialog.ui.cancelButton.text() == "Avbryt"
    dialog.reject()  # Avbryt: stays logged out, with a way back in
    assert window.central.currentWidget() is window.signed_out_panel
    window.signed_out_panel.login_button.click()
    assert log_in(window.login_dialog, "siri", "passord-til-siri")
    assert actor.current().username == "siri"
    window.switch_user()
    assert log_in(window.login_dialog, "anne", "passord-til-anne")
    assert "Beboere" in sidebar_pages(window)
    assert window.user_label.text() == "Innlogget: Anne Admin (Administrator)"


def test_cancelling_the_first_login_closes_the_window(qtbot, window):
    window.start()
    window.login_dialog.reject()
    assert not window.isVisible()


def test_new_database_asks_for_its_administrator(qtbot, window, tmp_path):
    window.start()
    assert log_in(window.login_dialog, "anne", "passord-til-anne")
    assert window.switch_to(str(tmp_path / "nytt.db"), create=True)
    dialog = window.admin_dialog
    assert dialog is not None
    # Until the administrator exists, whoever opened the file may do everything.
    assert window.user_label.text() == "Uten brukerkontoer"
    dialog.ui.fullNameEdit.setText("Per Ny")
    dialog.ui.usernameEdit.setText("per")
    dialog.ui.passwordEdit.setText("kort")
    dialog.ui.repeatEdit.setText("kort")
    assert not dialog.try_save()
    assert dialog.field_error("password") == "Passordet må ha minst 8 tegn."
    dialog.ui.passwordEdit.setText("passord-til-per")
    dialog.ui.repeatEdit.setText("passord-til-per")
    assert dialog.try_save()
    assert window.user_label.text() == "Innlogget: Per Ny (Administrator)"


def test_own_password_needs_the_present_one(qtbot, window):
    window.start()
    assert log_in(window.login_dialog, "ola", "passord-til-ola")
    window.change_own_password()
    dialog = window.password_dialog
    dialog.ui.currentEdit.setText("gjett")
    dialog.ui.passwordEdit.setText("nytt-passord-ola")
    dialog.ui.repeatEdit.setText("nytt-passord-ola")
    assert not dialog.try_save()
    assert dialog.field_error("current_password") == "Passordet du har nå, stemmer ikke."
    dialog.ui.currentEdit.setText("passord-til-ola")
    assert dialog.try_save()
    users.log_in("ola", "nytt-passord-ola")
