"""Language, text size and light/dark: chosen per PC in Innstillinger → Språk og visning.

At start ``start(app)`` loads the chosen language's translations (ours and Qt's own standard
buttons), sets the locale used for dates and numbers, tells the reports (a Qt-free setting in
samvirke_desktop.translation) and applies text size and colours. The language takes effect
at the next start; text size and colours at once.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from samvirke_desktop import paths, translation
from samvirke_desktop.gui import style

log = logging.getLogger(__name__)

LANGUAGE_KEY = "display/language"
TEXT_SCALE_KEY = "display/text_scale"
COLOUR_SCHEME_KEY = "display/colour_scheme"

TEXT_SCALES = (100, 125, 150, 175, 200)
MIN_SCALE, MAX_SCALE = 100, 200
COLOUR_SCHEMES = ("system", "light", "dark")

_LOCALES = {
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_BASE_POINTS = "samvirkeBasePoints"


# --- the choices, kept in this PC's settings ---------------------------------------------

def system_language(locale: QLocale | None = None) -> str:
    """The program language that fits the system's: English for English, else bokmål
    (Norwegian nynorsk and every other language fall back to bokmål)."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.English:
        return "en"
    return translation.SOURCE_LANGUAGE


def chosen_language() -> str:
    value = QSettings().value(LANGUAGE_KEY, "", type=str)
    return value if value in translation.LANGUAGE_NAMES else system_language()


def set_chosen_language(language: str) -> None:
    if language not in translation.LANGUAGE_NAMES:
        raise ValueError(language)
    QSettings().setValue(LANGUAGE_KEY, language)


def text_scale() -> int:
    """The text size in per cent of the system's (100–200)."""
    try:
        value = int(QSettings().value(TEXT_SCALE_KEY, 100))
    except (TypeError, ValueError):
        value = 100
    return max(MIN_SCALE, min(MAX_SCALE, value))


def set_text_scale(percent: int) -> None:
    QSettings().setValue(TEXT_SCALE_KEY, max(MIN_SCALE, min(MAX_SCALE, int(percent))))


def colour_scheme() -> str:
    value = QSettings().value(COLOUR_SCHEME_KEY, "system", type=str)
    return value if value in COLOUR_SCHEMES else "system"


def set_colour_scheme(value: str) -> None:
    if value not in COLOUR_SCHEMES:
        raise ValueError(value)
    QSettings().setValue(COLOUR_SCHEME_KEY, value)


# --- translations --------------------------------------------------------------------------

class SamvirkeTranslator(QTranslator):
    """The compiled .qm, and for what it misses the same text's translation from another
    context: PySide6 runs a ``tr()`` written in a base class (RecordDialog, ListPage …)
    under the subclass's name, which the .qm does not know."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self._catalogue = translation.catalogue(language)

    def translate(self, context, source_text, disambiguation=None, n=-1):
        found = super().translate(context, source_text, disambiguation, n)
        if found:
            return found
        if source_text and context and not context.startswith("Q"):
            return self._catalogue.lookup(context, source_text)
        return None  # a null string: Qt then asks the next translator or keeps the source

    def isEmpty(self) -> bool:
        return False


def qt_translation_file(language: str):
    """Qt's own translation of its standard buttons and menus (ours for bokmål, which Qt
    does not ship); None for English, Qt's own language."""
    if language == "en":
        return None
    own = paths.resource("translations", f"qtbase_{language}.qm")
    if own.exists():
        return own
    from pathlib import Path

    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / \
        f"qtbase_{language}.qm"
    return shipped if shipped.exists() else None


def install_language(app: QApplication, language: str | None = None) -> str:
    """Load ``language`` (None: the chosen one) into ``app``; the language used."""
    language = language or chosen_language()
    for old in getattr(app, "_samvirke_translators", []):
        app.removeTranslator(old)
    installed = []
    qt_file = qt_translation_file(language)
    if qt_file is not None:
        qt_translator = QTranslator(app)
        if qt_translator.load(str(qt_file)):
            installed.append(qt_translator)
        else:
            log.warning("Kunne ikke lese %s", qt_file)
    if language != translation.SOURCE_LANGUAGE:
        ours = SamvirkeTranslator(language, app)
        qm = translation.translation_file(language, "qm")
        if not ours.load(str(qm)):
            log.warning("Kunne ikke lese %s; bruker bare .ts-filen", qm)
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    app._samvirke_translators = installed
    QLocale.setDefault(_LOCALES[language])
    translation.set_language(language)
    return language


# --- text size and colours -----------------------------------------------------------------

def _base_points(app: QApplication) -> float:
    base = app.property(_BASE_POINTS)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:
            base = 9.0
        app.setProperty(_BASE_POINTS, base)
    return float(base)


def apply_display(app: QApplication, scale: int | None = None, scheme: str | None = None) -> None:
    """Text size (per cent) and colours (system/light/dark) now; None: the chosen ones."""
    scale = text_scale() if scale is None else max(MIN_SCALE, min(MAX_SCALE, scale))
    scheme = colour_scheme() if scheme is None else scheme
    points = round(_base_points(app) * scale / 100, 1)
    font = app.font()
    font.setPointSizeF(points)
    app.setFont(font)
    dark = None if scheme == "system" else scheme == "dark"
    style.apply_style(app, dark=dark, base_points=points)


def _follow_system_scheme(app: QApplication) -> None:
    if getattr(app, "_samvirke_follows_scheme", False):
        return
    app._samvirke_follows_scheme = True

    def changed(*_args):
        if colour_scheme() == "system":
            apply_display(app)

    app.styleHints().colorSchemeChanged.connect(changed)


def start(app: QApplication) -> str:
    """Language, locale, text size and colours at start; the language used."""
    language = install_language(app)
    apply_display(app)
    _follow_system_scheme(app)
    return language
