"""Working together: a colleague's save (a second connection to the same file) refreshes the
page on screen, marks the others to be read again, and a changed role takes effect."""
import pytest

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import AppUser, Partner, Resident
from samvirke_desktop.domain.team import actor, record_changes, users
from samvirke_desktop.gui.main_window import MainWindow
from tests.helpers import other_pc


@pytest.fixture
def window(qtbot, filled_database):
    opened, expected = filled_database
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    return win, expected


def test_the_window_watches_for_colleagues(window):
    win, _ = window
    assert win.live.is_watching()
    assert not win.live.poll()  # nothing has happened yet


def test_a_colleagues_new_resident_appears_on_the_page_on_screen(window, db_path):
    win, expected = window
    win.show_page("partners")
    win.show_page("residents")
    page = win.pages["residents"]
    assert page.model.rowCount() == expected.residents
    with other_pc(db_path):
        record_changes.create(Resident, first_name="Nora", last_name="Berg")
        record_changes.create(Partner, name="Sagene bibliotek", kind="library")
    assert win.live.poll()
    assert page.model.rowCount() == expected.residents + 1
    assert "Nora" in [r.first_name for r in page.model.rows()]
    # The page not on screen is read again when it is shown.
    partners = win.pages["partners"]
    assert partners.model.rowCount() == expected.partners
    assert "partners" in win._stale
    win.show_page("partners")
    assert partners.model.rowCount() == expected.partners + 1
    assert not win.live.poll()  # told once


def test_own_saves_do_not_count_as_a_colleagues(window):
    win, _ = window
    record_changes.create(Resident, first_name="Egen")
    assert not win.live.poll()


def test_a_second_window_on_the_same_file_sees_the_change(qtbot, filled_database, db_path):
    # Two program windows as on two PCs: each its own connection to the file.
    opened, expected = filled_database
    mine = MainWindow(opened)
    qtbot.addWidget(mine)
    mine.show_page("residents")
    theirs = connection.open_database(db_path, create=False)  # binds the models to it
    record_changes.create(Resident, first_name="Fra", last_name="Kollega")
    connection.DB.initialize(opened.database)
    assert mine.live.poll()
    assert mine.pages["residents"].model.rowCount() == expected.residents + 1
    theirs.database.close()


def test_a_role_changed_by_a_colleague_takes_effect(qtbot, filled_database, db_path):
    opened, _ = filled_database
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    actor.set_current(users.log_in("anne", "passord-til-anne"))
    users.create_user("kari", "passord-til-kari", "coordinator", "Kari")
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    win.start()
    win.login_dialog.ui.usernameEdit.setText("kari")
    win.login_dialog.ui.passwordEdit.setText("passord-til-kari")
    assert win.login_dialog.try_login()
    win.show_page("residents")
    kari = AppUser.get(AppUser.username == "kari")
    with other_pc(db_path):
        actor.set_current(actor.Actor(username="anne", role="admin", user_id=1))
        record_changes.update(AppUser, kari.id, kari.version, role="grant_writer")
    actor.set_current(actor.Actor(username="kari", role="coordinator", user_id=kari.id,
                                  full_name="Kari"))
    assert win.live.poll()
    assert actor.current().role == "grant_writer"
    assert win.sidebar.item_for("residents").isHidden()
    assert win.current_page_key() == "overview"
    assert win.user_label.text() == "Innlogget: Kari (Søknadsskriver)"

    kari = AppUser.get(AppUser.username == "kari")
    with other_pc(db_path):
        record_changes.update(AppUser, kari.id, kari.version, active=False)
    assert win.live.poll()
    assert win.central.currentWidget() is win.signed_out_panel
    assert actor.current().role == ""
