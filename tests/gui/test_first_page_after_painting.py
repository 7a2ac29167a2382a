"""At start the main window is painted before its first page reads its data; the page
follows from the event loop. The start-up probe reports both moments."""
from samvirke_desktop.gui import startup_probe
from samvirke_desktop.gui.first_paint import after_first_paint
from samvirke_desktop.gui.main_window import MainWindow


def test_the_first_page_is_made_once_the_window_has_painted(qtbot, filled_database):
    opened, _ = filled_database
    window = MainWindow(opened, first_page_after_painting=True)
    qtbot.addWidget(window)
    assert window.pages == {}
    assert window.current_page_key() == "overview"  # marked in the sidebar already
    window.show()
    qtbot.waitUntil(lambda: "overview" in window.pages, timeout=5000)
    assert window.stack.currentWidget() is window.pages["overview"]
    assert list(window.pages) == ["overview"]
    window.show_page("residents")  # later pages are made at once, as always
    assert window.stack.currentWidget() is window.pages["residents"]


def test_without_the_wish_the_first_page_is_made_with_the_window(qtbot, filled_database):
    opened, _ = filled_database
    window = MainWindow(opened)
    qtbot.addWidget(window)
    assert list(window.pages) == ["overview"]


def test_a_window_already_on_screen_gets_the_callback_at_once(qtbot, filled_database):
    opened, _ = filled_database
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    called = []
    after_first_paint(window, lambda: called.append(True))
    qtbot.waitUntil(lambda: called == [True], timeout=5000)


def test_the_probe_writes_when_the_window_and_its_first_page_were_shown(
        qtbot, filled_database, tmp_path, monkeypatch):
    opened, _ = filled_database
    target = tmp_path / "probe.txt"
    monkeypatch.setenv(startup_probe.ENVIRONMENT_VARIABLE, str(target))
    window = MainWindow(opened, first_page_after_painting=True)
    qtbot.addWidget(window)
    startup_probe.watch(window)
    window.show()
    qtbot.waitUntil(target.exists, timeout=5000)
    shown, page = (float(line) for line in target.read_text(encoding="utf-8").split())
    assert 0 < shown <= page
    assert "overview" in window.pages


def test_without_the_variable_nothing_is_watched(qtbot, filled_database, monkeypatch):
    opened, _ = filled_database
    monkeypatch.delenv(startup_probe.ENVIRONMENT_VARIABLE, raising=False)
    window = MainWindow(opened)
    qtbot.addWidget(window)
    startup_probe.watch(window)
    assert not hasattr(window, "startup_probe")
