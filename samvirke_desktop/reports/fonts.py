"""The fonts every report embeds, shipped in resources/fonts (never a system font).

Noto Sans covers Latin names with Polish, Vietnamese, Turkish and Nordic letters; it has
no check mark or tick box, so those come from DejaVu Sans, and no Ge'ez letters (Tigrinya and
Amharic names), so those come from Noto Sans Ethiopic. Arabic letters come from DejaVu
Sans, joined and put in right-to-left order first (``visual_order``): ReportLab draws text as
it is given, left to right, one letter form per character.

What a reader copies or searches for must still be the Arabic the team typed, not the letter
forms drawn. So every font writes a text layer (ToUnicode map) that reads each joined form as
its plain letter, and the lam-alef ligature as lam followed by a character that draws nothing
and reads as the alef: each drawn character then reads as exactly one letter, and viewers
that put right-to-left text back in reading order (poppler's pdftotext, pypdf, the common PDF
viewers) get «فاطمة», searchable. ReportLab's own shaping (uharfbuzz) was tried and left:
it writes the same joined forms into the text layer, and its right-to-left word order needs
a package (rlbidi) that is not published.
"""
import unicodedata
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

# The lam-alef ligatures (one drawn form for two letters) and the alef each holds.
LAM_ALEF = {
    "\ufef5": "\u0622", "\ufef6": "\u0622",   # with madda above
    "\ufef7": "\u0623", "\ufef8": "\u0623",   # with hamza above
    "\ufef9": "\u0625", "\ufefa": "\u0625",   # with hamza below
    "\ufefb": "\u0627", "\ufefc": "\u0627",   # plain alef
}
# Private characters that draw nothing and read as that alef, one for each kind of alef.
SILENT_ALEF = {alef: chr(0xE000 + i) for i, alef in enumerate(sorted(set(LAM_ALEF.values())))}
LAM = "\u0644"


def _letters_read_for_forms() -> dict[int, int]:
    """What the text layer reads for a drawn character that is not itself a plain letter:
    each Arabic presentation form as its letter, a lam-alef as lam, a silent alef as alef."""
    reads = {ord(silent): ord(alef) for alef, silent in SILENT_ALEF.items()}
    reads.update({ord(form): ord(LAM) for form in LAM_ALEF})
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        plain = unicodedata.normalize("NFKC", chr(code))
        if code not in reads and len(plain) == 1 and plain != chr(code):
            reads[code] = ord(plain)
    return reads


READS_AS = _letters_read_for_forms()
# The drawing font's empty zero-width character, whose glyph the silent alefs borrow.
_ZERO_WIDTH = 0x200B

_registered = False


def register_fonts() -> None:
    """Register the fonts with ReportLab once, when the first report is made."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    for name, filename in FILES.items():
        path = paths.resource("fonts", filename)
        try:
            font = _readable_font_class()(name, str(path))
        except (OSError, TTFError) as exc:
            raise SamvirkeError(
                f"Skriftfilen «{filename}» mangler eller er skadet ({path}), så rapporten kan "
                "ikke lages. Installer Samvirke på nytt.", details=str(exc)) from exc
        if ord(LAM) in font.face.charToGlyph:
            _add_silent_alefs(font.face)
        pdfmetrics.registerFont(font)
    # <b> and <i> inside paragraphs pick the right font file.
    addMapping(TEXT, 0, 0, TEXT)
    addMapping(TEXT, 1, 0, BOLD)
    addMapping(TEXT, 0, 1, ITALIC)
    addMapping(TEXT, 1, 1, BOLD)
    _registered = True


@lru_cache(maxsize=1)
def _readable_font_class():
    """TTFont whose text layer reads joined Arabic forms as the letters they are (READS_AS).

    ReportLab writes each subset's ToUnicode map from the characters drawn; this rewrites it
    with the letters they stand for, once the subsets are final (when the PDF is written)."""
    from reportlab.pdfbase.ttfonts import TTFont, makeToUnicodeCMap

    class ReadableTTFont(TTFont):
        def addObjects(self, doc):
            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state is not None else []
            names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
            super().addObjects(doc)
            written = doc.idToObject["BasicFonts"].dict
            for name, subset in zip(names, subsets):
                if not any(code in READS_AS for code in subset):
                    continue
                pdf_font = written[name]
                stream = doc.idToObject[pdf_font.ToUnicode.name]
                stream.content = makeToUnicodeCMap(pdf_font.BaseFont,
                                                   [READS_AS.get(code, code) for code in subset])

    return ReadableTTFont


def _add_silent_alefs(face) -> None:
    """Give a font that draws Arabic the silent alefs: its empty zero-width glyph."""
    glyph = face.charToGlyph.get(_ZERO_WIDTH)
    if glyph is None or face.charWidths.get(_ZERO_WIDTH, 0):
        return
    for silent in SILENT_ALEF.values():
        code = ord(silent)
        if code in face.charToGlyph:  # the font uses this private character itself
            raise SamvirkeError("Skriften for arabiske navn bruker et tegn Samvirke trenger. "
                                "Installer Samvirke på nytt.", details=f"U+{code:04X}")
        face.charToGlyph[code] = glyph
        face.charWidths[code] = 0
        face.glyphToChar.setdefault(glyph, []).append(code)


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


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # Only the lam-alef ligatures: the drawing font has no other ligature glyph (the word
    # ligature for «الله», on by default, would leave «عبدالله» printed as «عبد»).
    return arabic_reshaper.ArabicReshaper(configuration={"support_ligatures": True,
                                                         "ARABIC LIGATURE ALLAH": False})


def visual_order(text: str) -> str:
    """``text`` as it is to be drawn: Arabic letters in their joined forms and right-to-left
    runs (Arabic, Hebrew) reversed into drawing order. Other text is returned unchanged.

    Each lam-alef ligature is preceded by its silent alef (drawn at its left edge, where the
    alef is), so the text layer reads it as the two letters in the right order."""
    if text.isascii() or not _has_right_to_left(text):
        return text
    from bidi import get_display

    drawn = get_display(_reshaper().reshape(text))
    if any(form in drawn for form in LAM_ALEF):
        drawn = "".join(SILENT_ALEF[LAM_ALEF[ch]] + ch if ch in LAM_ALEF else ch for ch in drawn)
    return drawn


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
