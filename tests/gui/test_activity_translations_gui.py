"""The poster in the activity form (the «på plakaten» tick box and the Oversettelser tab) and
the language chosen in Rapporter, driven as a coordinator would."""
import datetime
import json
import shutil

import pytest
from PySide6.QtCore import QSettings, Qt

from samvirke_desktop.db.models import Activity, ActivityTranslation, Session, Setting
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui.activities.activity_dialog import ActivityDialog
from samvirke_desktop.gui.pages import reports as reports_page
from tests.reports.pdf_checks import pdftotext, read_pdf

TODAY = datetime.date(2026, 5, 20)
ARABIC_NAME = "مساعدة في الواجبات"


@pytest.fixture(autouse=True)
def _coordinator(database):
    actor.set_current(actor.Actor("kari", role="coordinator", full_name="Kari Lund"))


def open_dialog(qtbot, record_id=None):
    dialog = ActivityDialog(record_id, today=TODAY)
    dialog.setMinimumSize(900, 700)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_translation(qtbot, ui, name, place, description):
    for edit, value in ((ui.translatedNameEdit, name), (ui.translatedPlaceEdit, place)):
        edit.setFocus()
        edit.selectAll()
        edit.insert(value)          # as typed: textEdited, which the form listens to
        edit.textEdited.emit(edit.text())
    ui.translatedDescriptionEdit.setPlainText(description)


def test_the_tick_box_follows_the_kind_until_the_user_chooses(qtbot):
    dialog = open_dialog(qtbot)
    ui = dialog.ui
    assert ui.onPosterCheck.isChecked()                      # homework help: on the poster
    choose(ui.kindCombo, "meeting")
    assert not ui.onPosterCheck.isChecked()                  # an internal meeting: off
    choose(ui.kindCombo, "hub")
    assert ui.onPosterCheck.isChecked()
    choose(ui.kindCombo, "meeting")
    qtbot.mouseClick(ui.onPosterCheck, Qt.MouseButton.LeftButton)   # the team wants it on
    choose(ui.kindCombo, "dugnad")
    choose(ui.kindCombo, "meeting")
    assert ui.onPosterCheck.isChecked()                      # the user's choice stands

    ui.nameEdit.setText("Beboermøte")
    with qtbot.waitSignal(dialog.record_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Activity.get_by_id(saved.args[0]).on_poster is True


def test_a_meeting_saved_without_touching_the_box_is_off_and_reads_back_so(qtbot):
    dialog = open_dialog(qtbot)
    ui = dialog.ui
    ui.nameEdit.setText("Nærnettverk")
    choose(ui.kindCombo, "meeting")
    with qtbot.waitSignal(dialog.record_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Activity.get_by_id(saved.args[0]).on_poster is False
    again = open_dialog(qtbot, saved.args[0])
    assert not again.ui.onPosterCheck.isChecked() and not again.has_unsaved_changes()
    # Unticking says on the translations tab that they will not be printed.
    again.ui.tabs.setCurrentWidget(again.ui.translationsTab)
    assert "står ikke på plakaten" in again.ui.translationsSummary.text()


def test_translations_are_saved_per_language_and_read_back(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    ui = dialog.ui
    ui.nameEdit.setText("Leksehjelp")
    ui.placeEdit.setText("Biblioteket")
    ui.descriptionEdit.setPlainText("Hjelp med leksene.")
    ui.tabs.setCurrentWidget(ui.translationsTab)
    # The bokmål text is the hint in each empty field: what to translate.
    assert ui.translatedNameEdit.placeholderText() == "Leksehjelp"
    assert ui.translatedDescriptionEdit.placeholderText() == "Hjelp med leksene."
    assert ui.translationsSummary.text().startswith("Ingen oversettelser ennå")

    choose(ui.languageCombo, "en")
    type_translation(qtbot, ui, "Homework help", "The library", "Help with homework.")
    choose(ui.languageCombo, "ar")
    assert ui.translatedNameEdit.text() == ""                   # each language its own
    assert ui.translatedNameEdit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    type_translation(qtbot, ui, ARABIC_NAME, "المكتبة", "")
    choose(ui.languageCombo, "en")
    assert ui.translatedNameEdit.text() == "Homework help"      # kept while switching
    assert ui.translatedNameEdit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.translationsTab)) == "Oversettelser (2)"
    assert ui.translationsSummary.text() == "Oversatt til: Engelsk, Arabisk."
    dialog.grab().save(str(tmp_path / "translations-tab.png"))

    with qtbot.waitSignal(dialog.record_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rows = {t.language: (t.name, t.place, t.description) for t in
            ActivityTranslation.select().where(ActivityTranslation.activity == saved.args[0])}
    assert rows == {"en": ("Homework help", "The library", "Help with homework."),
                    "ar": (ARABIC_NAME, "المكتبة", "")}

    again = open_dialog(qtbot, saved.args[0])
    ui = again.ui
    choose(ui.languageCombo, "ar")
    assert (ui.translatedNameEdit.text(), ui.translatedPlaceEdit.text()) == (ARABIC_NAME,
                                                                             "المكتبة")
    # Emptying a language's fields removes its translation.
    type_translation(qtbot, ui, "", "", "")
    assert again.has_unsaved_changes()
    with qtbot.waitSignal(again.record_saved):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert [t.language for t in ActivityTranslation.select()] == ["en"]


def test_the_check_before_printing_opens_the_form_on_its_translations(qtbot):
    activity = Activity.create(name="Dugnad", kind="dugnad")
    dialog = open_dialog(qtbot, activity.id)
    dialog.show_translations()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.translationsTab


# --- Rapporter: the poster's language -----------------------------------------------------------

@pytest.fixture
def poster_page(qtbot, tmp_path, tmp_path_factory, monkeypatch):
    from samvirke_desktop.gui import notices

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setattr(reports_page, "today", lambda: TODAY)
    for key, value in (("team.name", "Bo- og nærmiljøteamet Sagene"), ("team.phone", ""),
                       ("team.email", "")):
        Setting.replace(key=key, value=json.dumps(value)).execute()
    homework = Activity.create(name="Leksehjelp", kind="homework_help", place="Biblioteket")
    ActivityTranslation.create(activity=homework, language="ar", name=ARABIC_NAME,
                               place="المكتبة")
    dugnad = Activity.create(name="Dugnad", kind="dugnad")
    for day in (2, 9, 16):
        Session.create(activity=homework, date=datetime.date(2026, 6, day),
                       start_time=datetime.time(17), end_time=datetime.time(19))
    Session.create(activity=dugnad, date=datetime.date(2026, 6, 13),
                   start_time=datetime.time(10), end_time=datetime.time(14))
    notices.set_dialogs_enabled(False)
    page = reports_page.ReportsPage()
    page.setMinimumSize(900, 700)
    qtbot.addWidget(page)
    page.opened = []
    page.viewer = page.opened.append
    page.set_folder(tmp_path)
    page.select_kind("activity_calendar")
    yield page
    notices.set_dialogs_enabled(True)


def test_the_language_combo_prints_the_poster_in_the_chosen_language(poster_page, tmp_path):
    ui = poster_page.ui
    assert ui.formLayout.isRowVisible(ui.languageCombo)
    assert [ui.languageCombo.itemText(i) for i in range(ui.languageCombo.count())] == [
        "Bokmål", "Engelsk", "Arabisk", "Somali", "Tigrinja", "Polsk", "Dari"]
    assert ui.monthCombo.currentData() == "2026-06"          # the coming month
    choose(ui.languageCombo, "ar")
    assert ui.fileNameEdit.text() == "Aktivitetskalender 2026-06 Arabisk.pdf"
    poster_page.grab().save(str(tmp_path / "reports-language.png"))
    made = poster_page.make_report()
    assert made == tmp_path / "Aktivitetskalender 2026-06 Arabisk.pdf"
    pdf = read_pdf(made)
    assert pdf.language == "ar" and pdf.metadata.title.startswith("تقويم الأنشطة")
    # What goes out in bokmål, and the missing contact, were listed before printing.
    kinds = sorted((w.kind, w.target_id) for w in poster_page.last_warnings)
    dugnad = Activity.get(Activity.name == "Dugnad").id
    assert kinds == [("no_contact", None), ("untranslated", dugnad)]
    if shutil.which("pdftotext"):
        text = pdftotext(made)
        assert ARABIC_NAME in text and "Dugnad" in text and "Leksehjelp" not in text

    choose(ui.languageCombo, None)
    bokmal = read_pdf(poster_page.make_report())
    assert bokmal.language == "nb-NO" and "Leksehjelp" in bokmal.text
    assert [w.kind for w in poster_page.last_warnings] == ["no_contact"]


def test_the_language_row_belongs_to_the_poster_only(poster_page):
    poster_page.select_kind("attendance")
    assert not poster_page.ui.formLayout.isRowVisible(poster_page.ui.languageCombo)
