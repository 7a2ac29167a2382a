"""A database that will not open gives a Norwegian message and a way on, never a traceback."""
import logging

import pytest
from PySide6.QtWidgets import QMessageBox

from samvirke_desktop.db import connection
from samvirke_desktop.errors import NotASamvirkeDatabase
from samvirke_desktop.gui import database_files
from samvirke_desktop.gui.settings import settings


@pytest.fixture
def not_a_database(tmp_path):
    path = tmp_path / "notater.db"
    path.write_text("handleliste: melk, brød\n", encoding="utf-8")
    return path


def test_failure_box_says_what_happened_and_offers_three_ways(qtbot):
    exc = NotASamvirkeDatabase("«notater.db» er ikke en Samvirke-database. Velg en annen fil.")
    box = database_files.failure_box(exc)
    qtbot.addWidget(box)
    assert box.windowTitle() == "Kan ikke åpne databasen"
    assert box.text() == exc.message
    labels = {b.property("choice"): b.text() for b in box.buttons()}
    assert labels == {database_files.OPEN_OTHER: "Velg en annen database…",
                      database_files.CREATE_NEW: "Lag ny database…",
                      database_files.QUIT: "Avslutt"}


def test_non_database_file_gives_the_norwegian_message(not_a_database, caplog):
    with caplog.at_level(logging.WARNING):
        assert database_files.open_with_recovery(str(not_a_database), create=False) is None
    assert "Kan ikke åpne databasen: «notater.db» er ikke en Samvirke-database" in caplog.text
    assert "Traceback" not in caplog.text


def test_choosing_another_file_opens_it(qtbot, monkeypatch, not_a_database, db_path):
    connection.open_database(db_path, create=True)
    connection.close_database()
    asked = []

    def answer(exc, parent=None):
        asked.append(exc.message)
        return database_files.OPEN_OTHER

    monkeypatch.setattr(database_files, "ask_after_failure", answer)
    monkeypatch.setattr(database_files, "choose_existing", lambda parent, current: str(db_path))
    opened, notes = database_files.open_with_recovery(str(not_a_database), create=False)
    assert opened.location == str(db_path)
    assert notes == []
    assert asked == [("«notater.db» er ikke en Samvirke-database. Velg en fil som slutter på .db "
                     "og er laget av Samvirke.")]


def test_making_a_new_database_after_a_failure(monkeypatch, tmp_path):
    missing = tmp_path / "frakoblet" / "samvirke.db"
    new = tmp_path / "ny.db"
    answers = iter([database_files.CREATE_NEW])
    monkeypatch.setattr(database_files, "ask_after_failure", lambda exc, parent=None: next(answers))
    monkeypatch.setattr(database_files, "choose_new", lambda parent, current: str(new))
    opened, _ = database_files.open_with_recovery(str(missing), create=False)
    assert opened.location == str(new) and new.exists()


def test_cancelling_the_file_dialog_asks_again(monkeypatch, not_a_database):
    answers = iter([database_files.OPEN_OTHER, database_files.QUIT])
    monkeypatch.setattr(database_files, "ask_after_failure", lambda exc, parent=None: next(answers))
    monkeypatch.setattr(database_files, "choose_existing", lambda parent, current: None)
    assert database_files.open_with_recovery(str(not_a_database), create=False) is None


def test_headless_failure_answer_is_quit(qapp):
    exc = NotASamvirkeDatabase("Ikke en database.")
    assert database_files.ask_after_failure(exc) == database_files.QUIT


def test_last_database_is_opened_next_time(qapp, database):
    database_files.remember(database)
    assert database_files.startup_target(None) == database.location
    assert database_files.startup_target("/annen.db") == "/annen.db"


def test_environment_wins_over_last_database(qapp, database, monkeypatch):
    database_files.remember(database)
    monkeypatch.setenv("SAMVIRKE_DATABASE", "/fra/miljoet.db")
    assert database_files.startup_target(None) is None  # resolve_target reads the environment


def test_upgrade_is_told_with_the_backup_place(qapp, database):
    database.migrated_from = 0
    database.backup_path = "/tmp/kopi.db"
    notes = database_files.opening_notes(database, None)
    assert len(notes) == 1 and "«/tmp/kopi.db»" in notes[0]


def test_damaged_file_message_is_passed_on(qapp, database):
    from samvirke_desktop.db.sharing import Location, StartupReport

    report = StartupReport(path=database.location, location=Location("local"),
                           message="Databasen er skadet.")
    assert database_files.opening_notes(database, report) == ["Databasen er skadet."]


def test_default_database_is_recognised(qapp):
    opened = connection.open_database(None)
    assert database_files.is_default_database(opened)
    settings().clear()


def test_info_message_box_has_a_norwegian_button(qtbot):
    from samvirke_desktop.gui.notices import message_box

    box = message_box(None, "Tittel", "Tekst", icon=QMessageBox.Icon.Information)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["OK"]


def test_bound_location_names_the_file_also_when_read_only(qapp, database, db_path):
    assert database_files.bound_location() == str(db_path)
    connection.close_database()
    connection.open_database(db_path, read_only=True)
    assert database_files.bound_location() == str(db_path)


def test_nothing_is_remembered_on_a_first_start(qapp):
    assert database_files.remembered() == ""
