"""Fonts the program ships for scripts a PC may lack.

Windows has a font for Ge'ez letters (Tigrinya and Amharic names) but many Linux desktops do
not; registered here, Qt falls back to it wherever the screen font has no glyph, so a name is
never shown as empty boxes.
"""
import logging

from PySide6.QtGui import QFontDatabase

from samvirke_desktop import paths

log = logging.getLogger(__name__)

FALLBACK_FILES = ("NotoSansEthiopic-Regular.ttf",)

_added: list[int] = []


def add_shipped_fonts() -> None:
    """Register the fallback fonts with Qt once (needs a QGuiApplication)."""
    if _added:
        return
    for filename in FALLBACK_FILES:
        path = paths.resource("fonts", filename)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Kunne ikke laste skriften %s", path)
        _added.append(font_id)
