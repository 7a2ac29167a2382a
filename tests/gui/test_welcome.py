"""First start: the default database opens under the welcome screen's three choices; the choice
is remembered; a database that has gone missing since is told about plainly."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from samvirke_desktop import paths
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import AppUser, Resident
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui import database_files
from samvirke_desktop.gui.main_window import MainWindow
from samvirke_desktop.gui.startup.new_database_dialog import NewDatabaseDialog
from samvirke_desktop.gui.startup.opening import open_at_start


@pytest.fixture
def first_start(qtbot):
    started = open_at_start(None)
    win = MainWindow(started.opened, welcome=started.welcome)
    qtbot.addWidget(win)
    win.show()
    return started, win


def fill_admin(dialog, name="Hanne Lie", username="hanne", password="passord-til-hanne",
               repeat=None):
    dialog.ui.fullNameEdit.setText(name)
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.repeatEdit.setText(password if repeat is None else repeat)


def test_first_start_opens_the_default_database_under_the_welcome(first_start):
    started, win = first_start
    # `samvirke` with no arguments still opens (and creates) the embedded default database.
    assert started.opened.location == str(paths.default_database_path())
    assert paths.default_database_path().exists()
    assert started.welcome
    assert win.central.currentWidget() is win.welcome_panel
    ui = win.welcome_panel.ui
    assert [b.text().replace("&", "") for b in (ui.createButton, ui.openButton, ui.demoButton)] \
        == ["Lag en ny database for teamet", "Åpne en database som finnes",
            "Prøv med eksempeldata"]
    assert win.pages == {}
    assert win.windowTitle() == "Samvirke"
    # Nothing is remembered until a choice is made.
    assert database_files.remembered() == ""


def test_no_welcome_on_a_named_database(qtbot, database):
    started = open_at_start(database.location)
    assert not started.welcome
    win = MainWindow(started.opened)
    qtbot.addWidget(win)
    assert win.central.currentWidget() is win.work


def test_no_welcome_when_the_default_database_is_in_use(qtbot):
    connection.open_database(None)
    Resident.create(first_name="Amina")
    connection.close_database()
    assert not open_at_start(None).welcome


def test_new_team_database_on_this_pc_keeps_the_default_and_makes_the_admin(qtbot, first_start):
    started, win = first_start
    default = paths.default_database_path()
    dialog = NewDatabaseDialog(win, reusable=default)
    qtbot.addWidget(dialog)
    assert dialog.ui.thisPcRadio.isChecked()
    assert dialog.try_create()
    assert dialog.chosen_path == default

    assert win.create_database_at(dialog.chosen_path)
    assert win.opened is started.opened
    assert database_files.remembered() == str(default)
    admin = win.admin_dialog
    assert admin is not None and admin.isVisible()
    fill_admin(admin, repeat="noe-annet")
    assert not admin.try_save()
    assert admin.field_error("password_repeat") == (
        "Passordene er ikke like. Skriv det samme passordet to ganger.")
    fill_admin(admin)
    assert admin.try_save()
    assert AppUser.get().role == "admin"
    assert actor.current().username == "hanne"
    assert win.central.currentWidget() is win.work
    assert win.user_label.text() == "Innlogget: Hanne Lie (Administrator)"


def test_new_team_database_in_a_shared_folder(qtbot, first_start, tmp_path):
    _, win = first_start
    shared = tmp_path / "fellesdisk"
    shared.mkdir()
    dialog = NewDatabaseDialog(win, reusable=paths.default_database_path())
    qtbot.addWidget(dialog)
    dialog.use_folder(str(shared))
    # A folder on this machine's own disk: fine, but only for one person.
    assert "bare du kan bruke databasen" in dialog.ui.locationLabel.text()
    assert dialog.try_create()
    assert win.create_database_at(dialog.chosen_path)
    assert (shared / "samvirke.db").exists()
    assert win.windowTitle() == "Samvirke – samvirke.db"
    assert database_files.remembered() == str(shared / "samvirke.db")
    assert win.admin_dialog is not None


def test_new_database_dialog_warns_about_sync_folders_and_existing_files(qtbot, tmp_path):
    cloud = tmp_path / "OneDrive - Oslo kommune" / "Bomiljø"
    cloud.mkdir(parents=True)
    dialog = NewDatabaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.use_folder(str(cloud))
    assert dialog.ui.locationLabel.text().startswith("⚠ Databasen ligger i en mappe som "
                                                     "synkroniseres av OneDrive")
    (cloud / "samvirke.db").write_bytes(b"")
    assert not dialog.try_create()
    assert "finnes allerede" in dialog.ui.errorLabel.text()
    dialog.use_folder(str(tmp_path / "frakoblet"))
    assert not dialog.try_create()
    assert "finnes ikke" in dialog.ui.errorLabel.text()


def test_open_existing_database_from_the_welcome(qtbot, first_start, tmp_path, monkeypatch):
    _, win = first_start
    colleague = tmp_path / "team.db"
    connection.open_database(colleague, create=True)
    connection.close_database()
    connection.open_database(None)  # the window's own, bound again
    monkeypatch.setattr(database_files, "choose_existing", lambda parent, current: str(colleague))
    qtbot.mouseClick(win.welcome_panel.ui.openButton, Qt.MouseButton.LeftButton)
    assert win.opened.location == str(colleague)
    assert win.central.currentWidget() is win.work
    assert database_files.remembered() == str(colleague)


def test_demo_from_the_welcome_is_remembered(qtbot, first_start, monkeypatch):
    from samvirke_desktop.domain.demo import database

    made = []
    real_write = database.write_demo_database

    def write(path, seed=2026):
        made.append(path)
        return real_write(path, seed=seed)

    monkeypatch.setattr(database, "write_demo_database", write)
    _, win = first_start
    qtbot.mouseClick(win.welcome_panel.ui.demoButton, Qt.MouseButton.LeftButton)
    demo = paths.user_data_dir() / "demo.db"
    assert made == [demo]
    assert win.windowTitle() == "Samvirke – demo.db"
    # No accounts in the demo: it opens straight away.
    assert win.central.currentWidget() is win.work
    assert int(win.pages["overview"].cards["residents"].value_text().replace("\u00a0", "")) > 0
    assert database_files.remembered() == str(demo)
    connection.close_database()
    again = open_at_start(None)
    assert again.opened.location == str(demo) and not again.welcome


# --- the database used last time is gone ---------------------------------------------------

@pytest.fixture
def gone(tmp_path):
    """A database remembered from last time, then moved away."""
    path = tmp_path / "delt" / "samvirke.db"
    path.parent.mkdir()
    opened = connection.open_database(path, create=True)
    database_files.remember(opened)
    connection.close_database()
    moved = tmp_path / "flyttet.db"
    path.rename(moved)
    return path, moved


def test_missing_box_says_where_it_was_and_offers_four_ways(qtbot):
    box = database_files.missing_box("/mnt/felles/samvirke.db")
    qtbot.addWidget(box)
    assert box.windowTitle() == "Finner ikke databasen"
    assert "/mnt/felles/samvirke.db" in box.text()
    assert "den delte mappen er ikke tilkoblet" in box.text()
    labels = {b.property("choice"): b.text() for b in box.buttons()}
    assert labels == {database_files.RETRY: "Prøv igjen",
                      database_files.LOOK_FOR: "Let etter den…",
                      database_files.CHOOSE_OTHER: "Velg en annen database…",
                      database_files.QUIT: "Avslutt"}


def test_retry_then_look_for_the_moved_file(gone, monkeypatch):
    path, moved = gone
    answers = iter([database_files.RETRY, database_files.LOOK_FOR])
    asked = []

    def answer(where, parent=None):
        asked.append(where)
        return next(answers)

    monkeypatch.setattr(database_files, "ask_when_missing", answer)
    monkeypatch.setattr(database_files, "look_for", lambda parent, missing: str(moved))
    started = open_at_start(None)
    assert asked == [str(path), str(path)]
    assert started.opened.location == str(moved)
    assert not started.welcome


def test_choosing_another_shows_the_welcome(gone, monkeypatch):
    monkeypatch.setattr(database_files, "ask_when_missing",
                        lambda where, parent=None: database_files.CHOOSE_OTHER)
    started = open_at_start(None)
    assert started.welcome
    assert started.opened.location == str(paths.default_database_path())


def test_giving_up_when_the_database_is_missing(gone):
    # Without dialogs the answer is "Avslutt".
    assert open_at_start(None) is None


def test_shared_folder_rules_are_explained_once(qapp, database, monkeypatch):
    from samvirke_desktop.db import sharing

    report = sharing.StartupReport(path=Path(database.location),
                                   location=sharing.Location(sharing.NETWORK, "SMB //srv/felles"))
    first = database_files.opening_notes(database, report)
    assert len(first) == 1 and "delt nettverksmappe (SMB //srv/felles)" in first[0]
    assert database_files.opening_notes(database, report) == []
    cloud = sharing.StartupReport(path=Path(database.location),
                                  location=sharing.Location(sharing.CLOUD_SYNC, "Dropbox"))
    # A sync folder is warned about at every start.
    assert "Dropbox" in database_files.opening_notes(database, cloud)[0]
    assert "Dropbox" in database_files.opening_notes(database, cloud)[0]
