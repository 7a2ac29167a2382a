"""The program's language outside Qt: PDFs, stored-code labels and number formats.

Screens are translated by Qt (``tr()`` and the compiled ``.qm`` files). Reports and the
domain layer must not import Qt, so they look their words up here, in the very same
``resources/translations/samvirke_<language>.ts`` files: one place to translate. Strings are
marked for ``pyside6-lupdate`` by calling ``translate("Context", "Norsk tekst")`` or, where
only the Norwegian text may be stored (a table of labels), ``QT_TRANSLATE_NOOP``.

The language is one setting for the whole process: the window sets it at start from the
user's choice; commands and tests keep bokmål unless they set another.
"""
from __future__ import annotations

import threading
from functools import cache
from xml.etree import ElementTree

from samvirke_desktop import paths

SOURCE_LANGUAGE = "nb"
# Languages the program can be shown in, with their own names (as a language chooser shows them).
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "en": "English"}
# What each language is called in document metadata and by QLocale.
LOCALE_NAMES = {"nb": "nb_NO", "en": "en_GB"}

_state = threading.local()
_process_language = SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Make ``language`` (``"nb"``, ``"en"``) the language of reports and formats from now on."""
    global _process_language
    _process_language = language if language in LANGUAGE_NAMES else SOURCE_LANGUAGE


def current_language() -> str:
    """The language in force: one set for this thread by ``using_language``, else the process's."""
    return getattr(_state, "language", None) or _process_language


class using_language:
    """``with using_language("en"):`` — reports for one document in another language."""

    def __init__(self, language: str):
        self.language = language if language in LANGUAGE_NAMES else SOURCE_LANGUAGE

    def __enter__(self):
        self._before = getattr(_state, "language", None)
        _state.language = self.language
        return self

    def __exit__(self, *exc_info):
        _state.language = self._before
        return False


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context``; the Norwegian text itself is kept."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` (bokmål) in the current language; the text itself when it has no translation."""
    language = current_language()
    if language == SOURCE_LANGUAGE or not text:
        return text
    return catalogue(language).lookup(context, text) or text


def locale_name(language: str | None = None) -> str:
    """nb_NO or en_GB: for PDF metadata and QLocale."""
    return LOCALE_NAMES.get(language or current_language(), LOCALE_NAMES[SOURCE_LANGUAGE])


def translation_file(language: str, suffix: str = "ts"):
    return paths.resource("translations", f"samvirke_{language}.{suffix}")


class Catalogue:
    """The finished translations of one ``.ts`` file, by context and by source text."""

    def __init__(self, entries: dict[tuple[str, str], str]):
        self._entries = entries
        self._by_source: dict[str, str] = {}
        for (_context, source), text in entries.items():
            self._by_source.setdefault(source, text)

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, context: str, source: str) -> str | None:
        """The translation under ``context``; failing that the same text's translation in any
        context (a ``tr()`` in a base class runs under the subclass's name in PySide6)."""
        found = self._entries.get((context, source))
        if found is None:
            found = self._by_source.get(source)
        return found


def read_ts(path) -> dict[tuple[str, str], str]:
    """(context, source) → translation for the finished, current messages of a .ts file."""
    entries: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            text = forms[-1].text if forms else translation.text
            if text:
                entries[(name, source)] = text
    return entries


@cache
def catalogue(language: str) -> Catalogue:
    path = translation_file(language)
    try:
        return Catalogue(read_ts(path))
    except (OSError, ElementTree.ParseError):
        return Catalogue({})
