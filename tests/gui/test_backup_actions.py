"""Fil → Ta sikkerhetskopi nå, Fil → Gjenopprett, the day's automatic copy, and the
Sikkerhetskopi tab."""
import datetime

import pytest

from samvirke_desktop.db import backup, maintenance
from samvirke_desktop.db.models import Resident, Setting
from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.domain.team import actor, record_changes, users
from samvirke_desktop.gui.main_window import MainWindow
from samvirke_desktop.gui.restore_dialog import RestoreDialog


@pytest.fixture
def window(qtbot, database):
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    actor.set_current(users.log_in("anne", "passord-til-anne"))
    users.create_user("kari", "passord-til-kari", "coordinator", "Kari")
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    win.start()
    win.login_dialog.ui.usernameEdit.setText("anne")
    win.login_dialog.ui.passwordEdit.setText("passord-til-anne")
    assert win.login_dialog.try_login()
    return win


def backup_files(db_path):
    return backup.list_backups(db_path.parent / "samvirke-sikkerhetskopier", db_path)


def test_logging_in_takes_the_days_backup_in_the_background(qtbot, window, db_path):
    # The login started it; wait for the thread to report.
    qtbot.waitUntil(lambda: "Sikkerhetskopi tatt" in window.statusBar().currentMessage(),
                    timeout=10000)
    assert len(backup_files(db_path)) == 1
    assert not window.automatic_backup()  # not again the same day


def test_backup_now(qtbot, window, db_path):
    window.backup_runner.wait()
    before = len(backup_files(db_path))
    with qtbot.waitSignal(window.backup_runner.finished, timeout=10000) as done:
        assert window.backup_now()
    written = done.args[0]
    assert written.exists()
    assert backup.verify_backup_file(written) > 0
    assert len(backup_files(db_path)) >= before  # same second: the newest replaces it


def test_only_an_administrator_backs_up(qtbot, window):
    window.switch_user()
    window.login_dialog.ui.usernameEdit.setText("kari")
    window.login_dialog.ui.passwordEdit.setText("passord-til-kari")
    assert window.login_dialog.try_login()
    assert not window.backup_action.isVisible()
    assert not window.restore_action.isVisible()
    assert not window.backup_now()  # refused in the domain, told to the user


def test_restore_replaces_the_database_and_keeps_the_user(qtbot, window, db_path):
    window.backup_runner.wait()
    record_changes.create(Resident, first_name="Amina")
    # Yesterday's: the rotation keeps one copy a day, and today's was taken at login.
    earlier = backups.run_backup(backups.backup_plan(db_path),
                                 datetime.datetime.now() - datetime.timedelta(days=1))
    record_changes.create(Resident, first_name="Etter kopien")
    window.show_page("residents")
    assert window.pages["residents"].model.rowCount() == 2

    assert window.restore_from(earlier, confirm=False)
    assert window.central.currentWidget() is window.work
    assert actor.current().username == "anne"
    assert window.current_page_key() == "residents"
    assert [r.first_name for r in window.pages["residents"].model.rows()] == ["Amina"]
    # No PC is left locked out, and the database as it was is kept as a copy.
    assert Setting.get_or_none(Setting.key == maintenance.MAINTENANCE_KEY) is None
    assert len(backup_files(db_path)) >= 2
    assert window.live.is_watching()


def test_restore_dialog_lists_copies_newest_first(qtbot, window, db_path):
    window.backup_runner.wait()
    plan = backups.backup_plan(db_path)
    now = datetime.datetime.now().replace(microsecond=0)
    older = backups.run_backup(plan, now - datetime.timedelta(days=3))
    newer = backups.run_backup(plan, now - datetime.timedelta(days=1))
    found = backups.available_backups(db_path)
    assert [b.path for b in found][1:] == [newer, older]  # today's from the login first
    dialog = RestoreDialog(found, "samvirke.db", window)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(1)
    second = [dialog.model.index(1, c).data() for c in range(3)]
    yesterday = now - datetime.timedelta(days=1)
    assert second[0] == f"{yesterday:%d.%m.%Y} kl. {yesterday:%H.%M}"
    assert second[1] == newer.name
    dialog.choose_selected()
    assert dialog.chosen_path == newer


def test_backup_tab_chooses_the_folder(qtbot, window, db_path, tmp_path):
    window.show_page("settings")
    tab = window.pages["settings"].tab_pages["backups"]
    assert tab.tab_title() == "Sikkerhetskopi"
    assert tab.folder_edit.placeholderText() == str(db_path.parent / "samvirke-sikkerhetskopier")
    tab.folder_edit.setText(str(tmp_path / "finnes-ikke"))
    assert not tab.save()
    assert "finnes ikke" in tab.folder_error.text()
    shared = tmp_path / "kopier"
    shared.mkdir()
    tab.folder_edit.setText(str(shared))
    assert tab.save()
    assert backups.chosen_folder() == str(shared)
    window.backup_runner.wait()
    with qtbot.waitSignal(window.backup_runner.finished, timeout=10000):
        tab.backup_now()
    assert str(shared) in tab.last_label.text()
