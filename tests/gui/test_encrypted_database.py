"""The window on an encrypted team database: nothing of it before a log-in, the log-in opens
it and logging out closes it; «Glemt passordet?» with the recovery code; a new team database
encrypted from the welcome screen with its administrator and recovery code; a plain one
encrypted in place from Innstillinger → Personvern."""
import datetime
import shutil

import peewee
import pytest
from PySide6.QtWidgets import QLabel

from samvirke_desktop import paths
from samvirke_desktop.db import connection, encryption, sharing
from samvirke_desktop.db.models import AppUser, ChangeLog, Resident
from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.domain.team import actor, record_changes, users
from samvirke_desktop.gui import database_files, file_check, notices
from samvirke_desktop.gui.main_window import MainWindow
from samvirke_desktop.gui.startup.admin_dialog import EncryptedAdminDialog
from samvirke_desktop.gui.startup.new_database_dialog import NewDatabaseDialog
from samvirke_desktop.gui.startup.opening import open_at_start
from tests.gui import sample_data

ANNE = ("anne", "passord-til-anne")
OLA = ("ola", "passord-til-ola")


def add_team():
    """Sample data, Anne (administrator) and Ola (activity leader) in the bound database."""
    expected = sample_data.fill()
    users.create_first_admin(*ANNE, "Anne Admin")
    actor.set_current(users.log_in(*ANNE))
    users.create_user(*OLA, "activity_leader", "Ola Leder")
    actor.set_current(actor.COMMAND_LINE)
    return expected


@pytest.fixture
def encrypted_team(tmp_path):
    """An encrypted team database on disk, closed: its path and what made it."""
    path = tmp_path / "team.db"
    made = encryption.create_encrypted_database(path, username=ANNE[0], password=ANNE[1])
    connection.open_database(path, create=False, key=made.key)
    add_team()
    connection.close_database()
    return path, made


@pytest.fixture
def window(qtbot, encrypted_team):
    path, _ = encrypted_team
    started = open_at_start(str(path))
    win = MainWindow(started.opened, welcome=started.welcome)
    qtbot.addWidget(win)
    win.show()
    return win


def log_in(dialog, username: str, password: str) -> bool:
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    return dialog.try_login()


def nothing_readable() -> bool:
    try:
        Resident.select().count()
    except peewee.InterfaceError:
        return True
    return False


# --- opening ----------------------------------------------------------------------------

def test_nothing_of_an_encrypted_database_before_the_log_in(window, encrypted_team):
    path, _ = encrypted_team
    assert database_files.is_locked(window.opened)
    assert window.central.currentWidget() is window.signed_out_panel
    assert window.pages == {}
    assert "«team.db» er kryptert" in window.signed_out_panel.database_label.text()
    assert window.windowTitle() == "Samvirke – team.db"
    assert connection.current_key() is None and nothing_readable()
    window.start()
    dialog = window.login_dialog
    assert dialog.isVisible() and dialog.ui.cancelButton.text() == "Avslutt"
    assert dialog.ui.forgotButton.isVisibleTo(dialog)
    assert not dialog.ui.forgotLabel.isVisibleTo(dialog)

    assert not log_in(dialog, "anne", "feil-passord")
    assert dialog.error_text() == ("Feil brukernavn eller passord. Sjekk at Caps Lock er av, og "
                                   "prøv igjen.")
    assert database_files.is_locked(window.opened) and nothing_readable()

    assert log_in(dialog, *ANNE)
    assert window.central.currentWidget() is window.work
    assert window.user_label.text() == "Innlogget: Anne Admin (Administrator)"
    assert window.opened.encrypted and not database_files.is_locked(window.opened)
    assert Resident.select().where(Resident.first_name == "Amina").exists()
    assert "overview" in window.pages
    assert database_files.remembered() == str(path)


def test_too_many_wrong_passwords_wait_and_another_user_has_their_own(window):
    window.start()
    dialog = window.login_dialog
    # Each wrong try costs a key derivation, so the waits (2, 4, 8 … seconds) begin after the
    # third and soon outgrow the tries; how many it takes depends on the machine's speed.
    for _ in range(8):
        assert not log_in(dialog, "anne", "feil")
        if dialog.error_text().startswith("For mange feil forsøk. Vent"):
            break
    assert dialog.error_text().startswith("For mange feil forsøk. Vent")
    assert not dialog.ui.loginButton.isEnabled()
    assert dialog.ui.loginButton.text().startswith("Vent ")
    # Ola's own copy of the key has its own count.
    assert log_in(dialog, *OLA)
    assert window.user_label.text() == "Innlogget: Ola Leder (Aktivitetsleder)"
    assert "Søknader" not in [window.sidebar.item(i).text() for i in range(window.sidebar.count())
                              if not window.sidebar.item(i).isHidden()]


def test_log_out_closes_the_file_and_switching_user_needs_their_password(window):
    window.start()
    assert log_in(window.login_dialog, *ANNE)
    window.show_page("residents")
    window.log_out()
    assert database_files.is_locked(window.opened)
    assert window.pages == {} and actor.current().role == ""
    assert connection.current_key() is None and nothing_readable()
    assert window.central.currentWidget() is window.signed_out_panel
    assert window.login_dialog.ui.usernameEdit.text() == "anne"
    assert log_in(window.login_dialog, *ANNE)

    window.switch_user()
    dialog = window.login_dialog
    assert not dialog.ui.forgotButton.isVisibleTo(dialog)  # the file is open: ask an admin
    assert not log_in(dialog, "ola", "gjetting")
    assert dialog.error_text().startswith("Feil brukernavn eller passord")
    assert window.user_label.text() == "Innlogget: Anne Admin (Administrator)"  # Anne goes on
    assert log_in(dialog, *OLA)
    assert window.user_label.text() == "Innlogget: Ola Leder (Aktivitetsleder)"
    assert not database_files.is_locked(window.opened)


def test_a_missing_key_file_or_one_of_another_database_is_told_plainly(window, encrypted_team,
                                                                     tmp_path, caplog):
    path, _ = encrypted_team
    keys = encryption.key_file_for(path)
    keys.rename(tmp_path / "bortgjemt.keys")
    window.start()
    dialog = window.login_dialog
    assert not log_in(dialog, *ANNE)
    assert dialog.error_text().startswith("Finner ikke nøkkelfilen «team.db.keys».")

    other = tmp_path / "annen" / "team.db"
    other.parent.mkdir()
    encryption.create_encrypted_database(other, username=ANNE[0], password=ANNE[1])
    shutil.copy(encryption.key_file_for(other), keys)
    assert not log_in(dialog, *ANNE)
    assert dialog.error_text().startswith("Nøkkelen passer ikke til databasefilen «team.db».")
    assert database_files.is_locked(window.opened)
    assert "Traceback" not in caplog.text


def test_a_damaged_file_found_later_reopens_read_only_with_the_key(window, encrypted_team):
    path, _ = encrypted_team
    window.start()
    assert log_in(window.login_dialog, *ANNE)
    report = sharing.StartupReport(path=path, location=sharing.Location(sharing.LOCAL),
                                   message="Databasen er skadet.")
    assert file_check.switch_to_read_only(window, report)
    assert window.opened.read_only and window.opened.encrypted
    assert window.user_label.text() == "Innlogget: Anne Admin (Administrator)"
    assert Resident.select().count() > 0


def test_backup_and_restore_of_an_encrypted_database_from_the_window(window, encrypted_team):
    path, _ = encrypted_team
    window.start()
    assert log_in(window.login_dialog, *ANNE)
    window.backup_runner.wait()
    earlier = backups.run_backup(backups.backup_plan(path),
                                 datetime.datetime.now() - datetime.timedelta(days=1))
    assert encryption.is_encrypted(earlier)
    record_changes.create(Resident, first_name="Etter kopien")
    assert window.restore_from(earlier, confirm=False)
    assert window.opened.encrypted and window.central.currentWidget() is window.work
    assert window.user_label.text() == "Innlogget: Anne Admin (Administrator)"
    assert not Resident.select().where(Resident.first_name == "Etter kopien").exists()


# --- the recovery code ------------------------------------------------------------------

def test_forgotten_passwords_and_the_recovery_code(qtbot, window, encrypted_team):
    path, made = encrypted_team
    window.start()
    login = window.login_dialog
    login.ui.forgotButton.click()
    recovery = window.recovery_dialog
    assert recovery is not None and recovery.isVisible()
    assert any("en administrator i teamet gi deg et nytt under Innstillinger → Brukere"
               in label.text() for label in recovery.findChildren(QLabel))

    recovery.code_edit.setText("BCDF-2345-GHJK-6789-MNPQ-RSTV")
    assert not recovery.try_code()
    assert recovery.code_error.text().startswith("Gjenopprettingskoden stemmer ikke.")
    recovery.code_edit.setText("ikke en kode")
    assert not recovery.try_code()
    assert "En gjenopprettingskode har 24 tegn" in recovery.code_error.text()
    assert database_files.is_locked(window.opened)

    # Giving up after the code closes the file again.
    recovery.code_edit.setText(made.recovery_code.lower().replace("-", " "))
    assert recovery.try_code()
    assert not database_files.is_locked(window.opened)
    recovery.reject()
    assert database_files.is_locked(window.opened) and nothing_readable()
    assert actor.current().role == ""

    login.ui.forgotButton.click()
    recovery = window.recovery_dialog
    recovery.code_edit.setText(made.recovery_code)
    assert recovery.try_code()
    assert [recovery.admin_combo.itemText(i) for i in range(recovery.admin_combo.count())] \
        == ["Anne Admin (anne)"]
    recovery.password_edit.setText("nytt-passord")
    recovery.repeat_edit.setText("noe-annet")
    assert not recovery.try_password()
    assert recovery.password_error.text() == ("Passordene er ikke like. Skriv det samme "
                                              "passordet to ganger.")
    recovery.password_edit.setText("kort")
    recovery.repeat_edit.setText("kort")
    assert not recovery.try_password()
    assert recovery.password_error.text() == "Passordet må ha minst 8 tegn."
    recovery.password_edit.setText("nytt-passord-anne")
    recovery.repeat_edit.setText("nytt-passord-anne")
    assert recovery.try_password()
    assert window.central.currentWidget() is window.signed_out_panel  # not done yet

    assert recovery.make_new_code()
    code_dialog = recovery.code_dialog
    new_code = code_dialog.code_label.text()
    assert new_code != encryption.format_recovery_code(made.recovery_code)
    code_dialog.go_to_confirm()
    code_dialog.code_edit.setText(new_code)
    assert code_dialog.try_confirm()
    assert window.central.currentWidget() is window.work
    assert window.user_label.text() == "Innlogget: Anne Admin (Administrator)"
    # The change log names the code, not a person, for the new password.
    row = ChangeLog.select().where(ChangeLog.summary == "Nytt passord for anne").get()
    assert row.username == "gjenopprettingskode"

    window.log_out()
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock_with_recovery_code(path, made.recovery_code)
    assert not log_in(window.login_dialog, *ANNE)
    assert log_in(window.login_dialog, "anne", "nytt-passord-anne")


# --- a new team database ------------------------------------------------------------------

@pytest.fixture
def first_start(qtbot):
    started = open_at_start(None)
    win = MainWindow(started.opened, welcome=started.welcome)
    qtbot.addWidget(win)
    win.show()
    return win


def fill_admin(dialog, name="Hanne Lie", username="hanne", password="passord-til-hanne",
               repeat=None):
    dialog.ui.fullNameEdit.setText(name)
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.repeatEdit.setText(password if repeat is None else repeat)


def test_a_new_team_database_is_encrypted_with_its_administrator(qtbot, first_start, tmp_path):
    win = first_start
    shared = tmp_path / "fellesdisk"
    shared.mkdir()
    dialog = NewDatabaseDialog(win, reusable=paths.default_database_path())
    qtbot.addWidget(dialog)
    assert dialog.ui.encryptCheck.isChecked() and dialog.encrypt
    assert dialog.ui.encryptCheck.text().replace("&", "") == "Krypter databasefilen (anbefales)"
    dialog.use_folder(str(shared))
    assert dialog.try_create()
    path = dialog.chosen_path
    assert win.create_database_at(path, encrypted=dialog.encrypt)
    admin = win.admin_dialog
    assert isinstance(admin, EncryptedAdminDialog) and admin.isVisible()
    assert admin.cancel_button.text() == "Avbryt"  # no «Senere»: the file needs its admin now
    assert not path.exists()  # nothing is made before the administrator is

    fill_admin(admin, repeat="noe-annet")
    assert not admin.try_save()
    assert admin.field_error("password_repeat").startswith("Passordene er ikke like.")
    fill_admin(admin, username="hanne lie")
    assert not admin.try_save()
    assert admin.field_error("username").startswith("Brukernavnet kan ikke ha mellomrom.")
    assert not path.exists() and not encryption.key_file_for(path).exists()
    assert win.central.currentWidget() is win.welcome_panel

    fill_admin(admin)
    assert admin.try_save()
    assert encryption.is_encrypted(path)
    assert win.opened.encrypted and win.opened.location == str(path)
    assert win.central.currentWidget() is win.work
    assert win.user_label.text() == "Innlogget: Hanne Lie (Administrator)"
    assert AppUser.get().username == "hanne"
    assert database_files.remembered() == str(path)

    code_dialog = win.recovery_code_dialog
    assert code_dialog.isVisible()
    code = code_dialog.code_label.text()
    assert len(code) == 29 and code.count("-") == 5
    code_dialog.reject()  # Escape: not before it is typed back
    assert code_dialog.isVisible() and not code_dialog.confirmed
    code_dialog.go_to_confirm()
    code_dialog.code_edit.setText(code[:-1])
    assert not code_dialog.try_confirm()
    assert code_dialog.error_text() == ("Koden har 24 tegn, og du skrev 23. Sjekk at du har "
                                        "fått med alle seks gruppene.")
    code_dialog.code_edit.setText(code[:-1] + ("2" if code[-1] != "2" else "3"))
    assert not code_dialog.try_confirm()
    assert code_dialog.error_text().startswith("Koden stemmer ikke med den som ble vist.")
    code_dialog.code_edit.setText(code.lower().replace("-", " "))
    assert code_dialog.try_confirm()
    assert code_dialog.confirmed and not code_dialog.isVisible()
    assert encryption.unlock_with_recovery_code(path, code) == connection.current_key()

    # The file shows nothing readable, not even SQLite's own header.
    Resident.create(first_name="Ingvild", last_name="Sæther")
    connection.close_database()
    data = path.read_bytes()
    for known in (b"SQLite format 3", b"Hanne", b"hanne", b"Ingvild", "Sæther".encode()):
        assert known not in data


def test_this_pc_replaces_the_untouched_default_with_an_encrypted_one(qtbot, first_start):
    win = first_start
    default = paths.default_database_path()
    assert win.create_database_at(default, encrypted=True)
    fill_admin(win.admin_dialog)
    assert win.admin_dialog.try_save()
    assert encryption.is_encrypted(default)
    assert win.opened.encrypted and win.user_label.text() == "Innlogget: Hanne Lie (Administrator)"
    assert win.recovery_code_dialog.isVisible()


def test_unticked_the_new_database_is_plain_as_before(qtbot, first_start, tmp_path):
    win = first_start
    dialog = NewDatabaseDialog(win)
    qtbot.addWidget(dialog)
    dialog.ui.encryptCheck.setChecked(False)
    assert not dialog.encrypt
    assert dialog.ui.encryptLabel.text().startswith("Uten kryptering kan alle som kan lese")
    assert win.create_database_at(tmp_path / "vanlig.db", encrypted=dialog.encrypt)
    assert encryption.is_plain(tmp_path / "vanlig.db")
    assert win.admin_dialog.cancel_button.text() == "Senere"


# --- encrypting in place from Personvern --------------------------------------------------

@pytest.fixture
def plain_team(qtbot, database):
    add_team()
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    win.start()
    assert log_in(win.login_dialog, *ANNE)
    return win


def privacy_tab(win):
    win.show_page("settings")
    return win.pages["settings"].tab_pages["privacy"]


def test_encrypting_a_plain_team_database_in_place(qtbot, plain_team, db_path):
    win = plain_team
    tab = privacy_tab(win)
    assert tab.encryption_label.text() == ("Databasefilen er ikke kryptert: alle som kan lese "
                                           "mappen, kan lese alt i den med et vanlig "
                                           "SQLite-verktøy.")
    assert tab.encrypt_button.isVisibleTo(tab) and tab.encrypt_button.isEnabled()
    assert not tab.new_code_button.isVisibleTo(tab)
    assert b"Amina" in db_path.read_bytes()

    tab.encrypt_button.click()
    dialog = win.encrypt_dialog
    assert dialog.isVisible()
    dialog.password_edit.setText("feil-passord")
    assert not dialog.try_accept()
    assert dialog.error_text() == "Passordet stemmer ikke. Skriv passordet du logget inn med."
    dialog.password_edit.setText(ANNE[1])
    assert dialog.try_accept()
    qtbot.waitUntil(lambda: win.recovery_code_dialog is not None
                    and win.recovery_code_dialog.isVisible(), timeout=30000)
    assert win.encrypt_progress is None
    assert encryption.is_encrypted(db_path)
    data = db_path.read_bytes()
    assert b"Amina" not in data and b"SQLite format 3" not in data

    code_dialog = win.recovery_code_dialog
    code_dialog.go_to_confirm()
    code_dialog.code_edit.setText(code_dialog.code_label.text())
    assert code_dialog.try_confirm()
    assert "Ola Leder (ola)" in win.encryption_summary
    assert win.opened.encrypted
    assert win.user_label.text() == "Innlogget: Anne Admin (Administrator)"
    tab = privacy_tab(win)
    assert win.pages["settings"].tabs.currentWidget() is tab
    assert tab.encryption_label.text().startswith("Databasefilen er kryptert.")
    assert not tab.encrypt_button.isVisibleTo(tab)
    assert tab.new_code_button.isVisibleTo(tab)
    assert "Ola Leder (ola)" in tab.encryption_note.text()

    win.log_out()
    assert database_files.is_locked(win.opened)
    assert not log_in(win.login_dialog, *OLA)
    assert "Brukeren «ola» har ingen nøkkel" in win.login_dialog.error_text()
    assert log_in(win.login_dialog, *ANNE)
    assert Resident.select().where(Resident.first_name == "Amina").exists()


def test_the_demo_stays_plain_and_says_so(qtbot):
    demo = paths.user_data_dir() / database_files.DEMO_FILE_NAME
    demo.parent.mkdir(parents=True, exist_ok=True)
    opened = connection.open_database(demo, create=True)
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    tab = privacy_tab(win)
    assert tab.encryption_label.text().startswith("Dette er eksempeldatabasen")
    assert not tab.encrypt_button.isVisibleTo(tab)
    assert not win.may_encrypt()


def test_without_an_administrator_account_there_is_nothing_to_encrypt_with(qtbot, database):
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    tab = privacy_tab(win)
    assert tab.encryption_label.text().startswith("Databasefilen er ikke kryptert")
    assert not tab.encrypt_button.isEnabled()
    assert "trengs en administrator med passord" in tab.encryption_note.text()


def test_a_new_recovery_code_from_personvern(window, encrypted_team, monkeypatch):
    path, made = encrypted_team
    window.start()
    assert log_in(window.login_dialog, *ANNE)
    tab = privacy_tab(window)
    assert tab.encryption_label.text().startswith("Databasefilen er kryptert.")
    assert tab.new_code_button.isVisibleTo(tab) and not tab.encrypt_button.isVisibleTo(tab)
    assert not tab.encryption_note.isVisibleTo(tab)  # Ola got his key with his account
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "new")
    tab.new_code_button.click()
    code_dialog = window.recovery_code_dialog
    assert code_dialog.isVisible()
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock_with_recovery_code(path, made.recovery_code)
    assert encryption.unlock_with_recovery_code(path, code_dialog.code_label.text()) \
        == connection.current_key()
