"""Unexpected errors get the crash dialog and the log; expected ones a plain Norwegian message."""
import logging
import sys

from PySide6.QtGui import QGuiApplication

from samvirke_desktop.errors import DatabaseBusy
from samvirke_desktop.gui import crash, notices


def exc_info_of(exc: BaseException):
    try:
        raise exc
    except BaseException:  # noqa: BLE001 - captures whatever the test raised
        return sys.exc_info()


def test_crash_dialog_shows_details_read_only_and_copies_them(qtbot):
    details = crash.format_details(*exc_info_of(ZeroDivisionError("division by zero")))
    dialog = crash.CrashDialog(details)
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: division by zero" in dialog.details()
    assert "Samvirke " in dialog.details() and "PySide6" in dialog.details()
    assert dialog.ui.detailsEdit.isReadOnly()
    assert dialog.ui.copyButton.text() == "Kopier detaljer"
    dialog.ui.copyButton.click()
    assert QGuiApplication.clipboard().text() == dialog.details()
    assert dialog.ui.copiedLabel.text() == "Kopiert."


def test_unexpected_error_is_logged_with_traceback(caplog):
    with caplog.at_level(logging.ERROR):
        crash.handle_exception(*exc_info_of(KeyError("mangler")))
    assert "Uventet feil" in caplog.text
    assert "KeyError" in caplog.text


def test_unexpected_error_opens_the_crash_dialog(qtbot, monkeypatch):
    shown = []

    def fake_exec(dialog):
        shown.append(dialog.details())
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    notices.set_dialogs_enabled(True)
    crash.handle_exception(*exc_info_of(RuntimeError("noe uventet")))
    assert len(shown) == 1 and "RuntimeError: noe uventet" in shown[0]


def test_expected_error_is_a_plain_message_not_a_crash(qtbot, monkeypatch):
    boxes = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda d: boxes.append("crash"))
    monkeypatch.setattr(notices.QMessageBox, "exec",
                        lambda box: boxes.append((box.windowTitle(), box.text())))
    notices.set_dialogs_enabled(True)
    crash.handle_exception(*exc_info_of(DatabaseBusy("En kollega lagrer akkurat nå.")))
    assert boxes == [("Databasen er opptatt", "En kollega lagrer akkurat nå.")]


def test_without_dialogs_messages_become_log_lines(caplog):
    assert not notices.dialogs_enabled()  # set by the GUI tests' conftest
    notices.show_expected_error(None, DatabaseBusy("Prøv igjen om litt."))
    assert "Databasen er opptatt: Prøv igjen om litt." in caplog.text
    assert notices.ask(None, "Spørsmål", "Fortsette?", [("yes", "Ja")]) is None


def test_no_dialogs_switch_reads_the_environment(monkeypatch):
    import importlib

    monkeypatch.setenv("SAMVIRKE_NO_DIALOGS", "1")
    fresh = importlib.reload(notices)
    try:
        assert not fresh.dialogs_enabled()
        monkeypatch.setenv("SAMVIRKE_NO_DIALOGS", "")
        assert importlib.reload(notices).dialogs_enabled()
    finally:
        monkeypatch.delenv("SAMVIRKE_NO_DIALOGS")
        importlib.reload(notices)
        notices.set_dialogs_enabled(False)


def test_install_excepthook_routes_to_the_handler():
    previous = crash.install_excepthook()
    try:
        assert sys.excepthook is crash.handle_exception
    finally:
        sys.excepthook = previous
