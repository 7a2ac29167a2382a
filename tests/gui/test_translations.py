"""Translations: every screen string is in the .ts files, translated to English, compiled,
and loaded, so Qt's own buttons and our screens really change language."""
import importlib.util
import re
import shutil
import subprocess
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

from samvirke_desktop import paths, translation
from samvirke_desktop.gui import language

ROOT = Path(__file__).resolve().parents[2]
FOLDER = paths.resource("translations")


def _update_script():
    loader = SourceFileLoader("update_translations", str(ROOT / "scripts" / "update-translations"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def from_code(tmp_path_factory):
    """(context, source) of every string lupdate finds in the code and forms today."""
    script = _update_script()
    target = tmp_path_factory.mktemp("lupdate") / "probe.ts"
    script.run_lupdate(target, "en_GB")
    return set(script.messages(target))


@pytest.fixture
def restore_language(qapp):
    yield
    language.install_language(qapp, "nb")
    for translator in getattr(qapp, "_samvirke_translators", []):
        qapp.removeTranslator(translator)
    qapp._samvirke_translators = []
    translation.set_language("nb")


@pytest.mark.parametrize("name", ["samvirke_nb.ts", "samvirke_en.ts"])
def test_every_screen_string_is_in_the_ts_file(from_code, name):
    in_file = set(_update_script().messages(FOLDER / name))
    missing = sorted(from_code - in_file)
    assert missing == [], (f"{len(missing)} tekster mangler i {name}: kjør "
                           f"scripts/update-translations og oversett dem")


def test_every_english_string_is_translated():
    unfinished = sorted(key for key, text in _update_script().messages(
        FOLDER / "samvirke_en.ts").items() if not text)
    assert unfinished == []


def test_no_string_is_marked_outside_a_context(from_code):
    """tr() outside a class (or an alias of it) gets no context from lupdate, so the
    running program would look under another name and never find the translation."""
    assert sorted(source for context, source in from_code if not context) == []


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\d|%n", text))


def test_english_keeps_placeholders_and_mnemonics():
    wrong = []
    for (context, source), text in _update_script().messages(FOLDER / "samvirke_en.ts").items():
        if not text:
            continue
        if _placeholders(source) != _placeholders(text):
            wrong.append((context, source, text))
        has_mnemonic = re.search(r"&[^&\s]", source.replace("&&", "")) is not None
        if has_mnemonic != (re.search(r"&[^&\s]", text.replace("&&", "")) is not None):
            wrong.append((context, source, text))
    assert wrong == []


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("*.ts")), ids=lambda p: p.name)
def test_compiled_file_is_newer_than_its_source_and_matches_it(ts, tmp_path):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} mangler: kjør scripts/update-translations"
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 2, (
        f"{qm.name} er eldre enn {ts.name}: kjør scripts/update-translations")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    fresh = tmp_path / qm.name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} er ikke laget av dagens {ts.name}"


def test_standard_buttons_menus_and_wizard_in_bokmal(qapp, restore_language):
    language.install_language(qapp, "nb")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    texts = {box.button(b).text() for b in (QDialogButtonBox.StandardButton.Cancel,
                                            QDialogButtonBox.StandardButton.Save,
                                            QDialogButtonBox.StandardButton.Close,
                                            QDialogButtonBox.StandardButton.Yes,
                                            QDialogButtonBox.StandardButton.No)}
    assert texts == {"Avbryt", "Lagre", "Lukk", "&Ja", "&Nei"}
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Tilbake"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Fullfør"
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    actions = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Angre" in actions and "&Kopier" in actions and "&Lim inn" in actions
    menu.deleteLater()
    assert QLocale().firstDayOfWeek().name == "Monday"
    assert QLocale().toString(QDate(2026, 6, 5), "d. MMMM yyyy") == "5. juni 2026"


def test_english_screens_and_qt_buttons(qapp, restore_language):
    assert language.install_language(qapp, "en") == "en"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    from samvirke_desktop.gui.settings_tabs.display import DisplayTab

    tab = DisplayTab()
    assert tab.tab_title() == translation.catalogue("en").lookup("DisplayTab", "Språk og visning")
    assert tab.tab_title() != "Språk og visning"
    assert translation.current_language() == "en"
    assert QLocale().name() == "en_GB"


def test_a_base_class_string_is_translated_under_a_subclass(qapp, restore_language):
    """PySide6 looks up self.tr() of a base class under the subclass's name."""
    from samvirke_desktop.gui.record_dialog import RecordDialog

    class SomeForm(RecordDialog):
        pass

    language.install_language(qapp, "en")
    source = "Lagre"
    english = translation.catalogue("en").lookup("RecordDialog", source)
    if english is None:
        pytest.skip("RecordDialog has no «Lagre» to translate")
    assert QCoreApplication.translate("SomeForm", source) == english


def test_reports_lookup_needs_no_qt():
    code = ("import sys; from samvirke_desktop import translation; "
            "translation.set_language('en'); "
            "print(translation.translate('DisplayTab', 'Språk og visning')); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0] not in ("", "Språk og visning")
    assert out[1] == "False"


def test_language_follows_the_system_and_falls_back_to_bokmal():
    assert language.system_language(QLocale(QLocale.Language.English,
                                            QLocale.Country.UnitedStates)) == "en"
    assert language.system_language(QLocale(QLocale.Language.NorwegianNynorsk,
                                            QLocale.Country.Norway)) == "nb"
    assert language.system_language(QLocale(QLocale.Language.Arabic,
                                            QLocale.Country.Egypt)) == "nb"


def test_display_tab_saves_language_size_and_colours(qapp, qtbot):
    from samvirke_desktop.gui.settings_tabs.display import DisplayTab

    before = qapp.font().pointSizeF()
    tab = DisplayTab()
    qtbot.addWidget(tab)
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("en"))
    tab.scale_spin.setValue(150)
    tab.scheme_combo.setCurrentIndex(tab.scheme_combo.findData("dark"))
    try:
        tab.save()
        assert language.chosen_language() == "en"
        assert language.text_scale() == 150
        assert qapp.font().pointSizeF() == pytest.approx(before * 1.5, abs=0.1)
        from samvirke_desktop.gui import style

        assert style.is_dark()
        assert style.DARK["window"] in qapp.styleSheet() or qapp.palette().window().color().name() \
            == style.DARK["window"]
    finally:
        language.apply_display(qapp, 100, "light")
    assert qapp.font().pointSizeF() == pytest.approx(before, abs=0.1)


def test_list_tables_show_the_vocabulary_in_the_chosen_language(qapp, restore_language):
    """Words the domain stores as codes (gender, consent, status …) follow the language."""
    from PySide6.QtCore import Qt

    from samvirke_desktop.domain.people.resident_list import ResidentRow
    from samvirke_desktop.gui.models.residents import ResidentTableModel

    row = ResidentRow(id=1, first_name="Amina", last_name="Hassan", age=9, gender="female",
                      site="Kvartal 5", household="", language="", archived=False,
                      anonymised=False, search_text="amina hassan", consents=("photo",),
                      withdrawn_consents=("sms",))
    model = ResidentTableModel()
    model.set_rows([row])

    def shown(column):
        return model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)

    assert shown(model.COL_GENDER) == "Jente"
    assert shown(model.COL_CONSENTS) == "Foto, Kontakt på SMS trukket"
    language.install_language(qapp, "en")
    english = translation.catalogue("en")
    girl = english.lookup("vocabulary", "Jente")
    photo = english.lookup("vocabulary", "Foto")
    sms = english.lookup("vocabulary", "Kontakt på SMS")
    assert girl and girl != "Jente" and photo and sms
    assert shown(model.COL_GENDER) == girl
    assert shown(model.COL_CONSENTS) == f"{photo}, {sms} withdrawn"
