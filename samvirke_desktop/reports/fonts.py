"""The fonts every report embeds, shipped in resources/fonts (never a system font).

Noto Sans covers Latin names with Polish, Vietnamese, Turkish and Nordic letters; it has
no check mark or tick box, so those come from DejaVu Sans, and no Ge'ez letters (Tigrinya and
Amharic names), so those come from Noto Sans Ethiopic. Arabic letters come from DejaVu
Sans, joined and put in right-to-left order first (``visual_order``): ReportLab draws text as
it is given, left to right, one letter form per character.
"""
from functools import lru_cache

from samvirke_desktop import paths
from samvirke_desktop.errors import SamvirkeError

TEXT = "SamvirkeSans"
BOLD = "SamvirkeSans-Bold"
ITALIC = "SamvirkeSans-Italic"
SYMBOLS = "SamvirkeSymbols"
ETHIOPIC = "SamvirkeEthiopic"

FILES = {
    TEXT: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    SYMBOLS: "DejaVuSans.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
}
# Where a character the text font lacks is looked for, in this order.
FALLBACKS = (SYMBOLS, ETHIOPIC)

CHECK_MARK = "\u2713"   # ✓
TICK_BOX = "\u2610"     # ☐

_registered = False


def register_fonts() -> None:
    """Register the fonts with ReportLab once, when the first report is made."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for name, filename in FILES.items():
        path = paths.resource("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise SamvirkeError(
                f"Skriftfilen «{filename}» mangler eller er skadet ({path}), så rapporten kan "
                "ikke lages. Installer Samvirke på nytt.", details=str(exc)) from exc
    # <b> and <i> inside paragraphs pick the right font file.
    addMapping(TEXT, 0, 0, TEXT)
    addMapping(TEXT, 1, 0, BOLD)
    addMapping(TEXT, 0, 1, ITALIC)
    addMapping(TEXT, 1, 1, BOLD)
    _registered = True


@lru_cache(maxsize=4096)
def _fallback_for(ch: str) -> str | None:
    """The font that draws ``ch`` when the text font cannot; None: the text font does."""
    from reportlab.pdfbase import pdfmetrics

    code = ord(ch)
    if code in pdfmetrics.getFont(TEXT).face.charToGlyph:
        return None
    for name in FALLBACKS:
        if code in pdfmetrics.getFont(name).face.charToGlyph:
            return name
    return None


def _has_right_to_left(text: str) -> bool:
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in text)


def visual_order(text: str) -> str:
    """``text`` as it is to be drawn: Arabic letters in their joined forms and right-to-left
    runs (Arabic, Hebrew) reversed into drawing order. Other text is returned unchanged."""
    if text.isascii() or not _has_right_to_left(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


def runs(text: str, font: str | None) -> list[tuple[str, str | None]]:
    """``text`` in pieces of one font each: ``font``, or a fallback font for characters the
    text fonts lack (for drawing straight on the canvas, where no markup helps)."""
    register_fonts()
    pieces: list[tuple[str, str]] = []
    for ch in text:
        chosen = (_fallback_for(ch) if not ch.isascii() else None) or font
        if pieces and pieces[-1][1] == chosen:
            pieces[-1] = (pieces[-1][0] + ch, chosen)
        else:
            pieces.append((ch, chosen))
    return pieces


def with_fallback(escaped: str) -> str:
    """Paragraph markup where characters the text font lacks (✓, ☐, Ge'ez letters) use the
    font that has them; a run of such characters shares one font tag."""
    if escaped.isascii():
        return escaped
    return "".join(piece if font is None else f'<font name="{font}">{piece}</font>'
                   for piece, font in runs(escaped, None))


def missing_glyphs(font_name: str, text: str) -> set[str]:
    """Characters of ``text`` the registered font cannot draw (for tests and checks)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}
