"""Hjelp → Brukerveiledning: the bundled guide opens offline and covers what a team needs."""
import re

from PySide6.QtGui import QKeySequence

from samvirke_desktop.gui import user_guide
from samvirke_desktop.gui.user_guide import GuideDialog, show_guide

SECTIONS = ("Kom i gang", "Registrere oppmøte", "Lage rapport til tilskuddsgiver",
            "Sikkerhetskopier", "Dele databasen med kollegene", "Ny versjon av Samvirke")


def test_guide_file_is_bundled_and_its_links_lead_somewhere():
    html = user_guide.guide_path().read_text(encoding="utf-8")
    assert '<html lang="nb">' in html
    targets = set(re.findall(r'href="#([^"]+)"', html))
    anchors = set(re.findall(r'<a name="([^"]+)">', html))
    assert targets and targets <= anchors
    assert "http" not in html  # works offline: nothing fetched from the net


def test_guide_dialog_shows_every_section(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.document_text()
    assert text.startswith("Brukerveiledning for Samvirke")
    for section in SECTIONS:
        assert section in text
    assert dialog.browser_button.isEnabled()
    assert dialog.minimumWidth() > 0 and dialog.minimumHeight() > 0


def test_table_of_contents_jumps_to_the_section(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.resize(760, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.browser.scrollToAnchor("dele")
    assert bar.value() > 0


def test_missing_guide_is_said_plainly(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(user_guide, "guide_path", lambda: tmp_path / "borte.html")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "mangler i installasjonen" in dialog.document_text()
    assert not dialog.browser_button.isEnabled()


def test_help_menu_opens_the_guide_with_f1(qtbot, database):
    from samvirke_desktop.gui.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjelp")
    titles = [a.text() for a in help_menu.actions()]
    assert titles[0] == "&Brukerveiledning"
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)

    window.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and "Kom i gang" in dialog.document_text()
    window.guide_action.trigger()
    assert len(window.findChildren(GuideDialog)) == 1  # the same window, brought forward
    assert show_guide(window) is dialog
