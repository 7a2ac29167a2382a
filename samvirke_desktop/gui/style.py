"""The look: calm colours, clear titles, a sidebar that shows where you are.

Light and dark colours are named here, once, so every screen can ask for ``colour("error")``
and get the one that reads well on the current background (tests/gui/test_contrast.py checks
every text colour against its background for WCAG AA, 4.5:1). Font sizes in the style sheet
are in points relative to the application font, so the text size setting (100–200 %) reaches
titles and figures too.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Colours by role; every screen takes its colours from here.
LIGHT = {
    "window": "#efefef",
    "base": "#ffffff",
    "alternate": "#f6f8fa",
    "text": "#1f2a33",
    "muted": "#5b6670",
    "caption": "#4a5561",
    "accent": "#2a6496",
    "accent_hover": "#245887",
    "on_accent": "#ffffff",
    "card": "#ffffff",
    "card_border": "#d5dde4",
    "sidebar": "#eef3f7",
    "sidebar_text": "#26323c",
    "sidebar_hover": "#dfe8ef",
    "sidebar_selected": "#d3e3f1",
    "sidebar_selected_text": "#1f5480",
    "grid": "#e3e8ec",
    "selection": "#cfe0ef",
    "selection_text": "#1f2a33",
    "error": "#b3261e",
    "error_background": "#fdecea",
    "error_text": "#8c1d18",
    "error_border": "#e6a19b",
    "warning": "#8a5300",
    "warning_background": "#fff4d6",
    "warning_text": "#5c3b00",
    "warning_border": "#e0b64a",
    "success": "#1f6b35",
    "success_background": "#e2f3e6",
    "info_background": "#e8f1f8",
    "info_text": "#1f3a52",
    "info_border": "#b7cfe3",
    "focus": "#1b5fa0",
    "disabled_text": "#5d6872",
}

DARK = {
    "window": "#1e2328",
    "base": "#161a1e",
    "alternate": "#1f252b",
    "text": "#e6ebef",
    "muted": "#a9b4bf",
    "caption": "#b7c1ca",
    "accent": "#7cb8ec",
    "accent_hover": "#9ccaf2",
    "on_accent": "#0d1a26",
    "card": "#242a30",
    "card_border": "#3a444e",
    "sidebar": "#1a1f24",
    "sidebar_text": "#dbe2e8",
    "sidebar_hover": "#2a3239",
    "sidebar_selected": "#2c4258",
    "sidebar_selected_text": "#cfe6fb",
    "grid": "#343c44",
    "selection": "#2f4d6b",
    "selection_text": "#f2f6f9",
    "error": "#ff8a80",
    "error_background": "#3b1f1e",
    "error_text": "#ffb4ab",
    "error_border": "#8c3b35",
    "warning": "#f0c060",
    "warning_background": "#3a2f16",
    "warning_text": "#f6d78f",
    "warning_border": "#8a6a22",
    "success": "#7fd18f",
    "success_background": "#1d3524",
    "info_background": "#1c2c3a",
    "info_text": "#cfe3f5",
    "info_border": "#3d5a75",
    "focus": "#8cc4f5",
    "disabled_text": "#8d98a3",
}

# Text colour on background colour: each pair must reach 4.5:1 in both schemes.
CONTRAST_PAIRS = (
    ("text", "window"), ("text", "base"), ("text", "alternate"), ("text", "card"),
    ("muted", "window"), ("muted", "base"), ("muted", "card"), ("muted", "alternate"),
    ("caption", "card"), ("caption", "window"),
    ("accent", "card"), ("accent", "base"), ("accent", "window"),
    ("on_accent", "accent"), ("on_accent", "accent_hover"),
    ("sidebar_text", "sidebar"), ("sidebar_text", "sidebar_hover"),
    ("sidebar_selected_text", "sidebar_selected"),
    ("selection_text", "selection"),
    ("error", "base"), ("error", "window"), ("error", "card"),
    ("error_text", "error_background"),
    ("warning", "base"), ("warning", "window"), ("warning", "card"),
    ("warning_text", "warning_background"),
    ("success", "base"), ("success", "success_background"),
    ("info_text", "info_background"),
    ("disabled_text", "base"), ("disabled_text", "window"),
)

_scheme = {"dark": False, "points": 9.0}


def is_dark() -> bool:
    return _scheme["dark"]


def colours() -> dict[str, str]:
    return DARK if _scheme["dark"] else LIGHT


def colour(name: str) -> QColor:
    """The named colour of the scheme in use (``"error"``, ``"warning"``, ``"muted"`` …)."""
    return QColor(colours()[name])


def points(factor: float) -> str:
    """A font size ``factor`` times the application's, for style sheets: ``"13.5pt"``."""
    return f"{_scheme['points'] * factor:.1f}pt"


# From about 130 % text size, button icons and tick boxes grow with the text.
LARGE_TEXT_POINTS = 12.0


def style_sheet(palette: dict[str, str], base_points: float) -> str:
    c = palette

    def pt(factor: float) -> str:
        return f"{base_points * factor:.1f}pt"

    return f"""
QLabel[class="pageTitle"] {{ font-size: {pt(1.67)}; font-weight: 600; color: {c['text']}; }}
QLabel[class="sectionTitle"] {{ font-size: {pt(1.25)}; font-weight: 600; color: {c['text']}; }}
QLabel[class="countLabel"] {{ color: {c['muted']}; padding-bottom: 2px; }}
QLabel[class="note"] {{ color: {c['muted']}; }}
QLabel[class="dialogHeading"] {{ font-size: {pt(1.25)}; font-weight: 600; }}
QLabel[class="statValue"] {{ font-size: {pt(2.0)}; font-weight: 600; color: {c['accent']}; }}
QLabel[class="statCaption"] {{ color: {c['caption']}; }}
QFrame[class="card"] {{ background: {c['card']}; border: 1px solid {c['card_border']};
    border-radius: 8px; }}
QFrame[class="card"] QLabel {{ background: transparent; border: none; }}
QPushButton[class="primary"] {{ background: {c['accent']}; color: {c['on_accent']};
    border: 1px solid {c['accent']}; border-radius: 4px; padding: 0.4em 1em; }}
QPushButton[class="primary"]:hover {{ background: {c['accent_hover']}; }}
QPushButton[class="primary"]:focus {{ border: 3px double {c['on_accent']}; }}
QPushButton[class="primary"]:disabled {{ background: {c['window']};
    color: {c['disabled_text']}; border-color: {c['card_border']}; }}
QListWidget#sidebar {{ background: {c['sidebar']}; border: none;
    border-right: 1px solid {c['card_border']}; padding-top: 8px; outline: 0; }}
QListWidget#sidebar::item {{ padding: 0.5em 0.7em; margin: 1px 8px; border-radius: 6px;
    color: {c['sidebar_text']}; }}
QListWidget#sidebar::item:hover {{ background: {c['sidebar_hover']}; }}
QListWidget#sidebar::item:selected {{ background: {c['sidebar_selected']};
    color: {c['sidebar_selected_text']}; font-weight: 600; }}
QListWidget#sidebar:focus::item:selected {{ border: 2px solid {c['focus']}; }}
QTableView {{ gridline-color: {c['grid']}; selection-background-color: {c['selection']};
    selection-color: {c['selection_text']}; alternate-background-color: {c['alternate']}; }}
QHeaderView::section {{ padding: 4px 6px; }}
QLabel[class="errorBanner"] {{ background: {c['error_background']}; color: {c['error_text']};
    border: 1px solid {c['error_border']}; border-radius: 6px; padding: 8px 10px; }}
QLabel[class="warningBanner"] {{ background: {c['warning_background']}; color: {c['warning_text']};
    border: 1px solid {c['warning_border']}; border-radius: 6px; padding: 8px 10px; }}
QLabel[class="infoBanner"] {{ background: {c['info_background']}; color: {c['info_text']};
    border: 1px solid {c['info_border']}; border-radius: 6px; padding: 8px 10px; }}
/* Keyboard focus must be plain to see (WCAG 2.4.7): a 2 px frame in the focus colour. */
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {c['focus']};
    border-radius: 3px; }}
QLabel[class="fieldError"] {{ color: {c['error']}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QSpinBox[invalid="true"], QDoubleSpinBox[invalid="true"] {{ border: 2px solid {c['error']};
    border-radius: 3px; }}
""" + (_large_text_rules(base_points) if base_points >= LARGE_TEXT_POINTS else "")


def _large_text_rules(base_points: float) -> str:
    icon = round(base_points * 16 / 9)
    box = round(base_points * 13 / 9)
    return f"""
QPushButton, QToolButton {{ icon-size: {icon}px; }}
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator {{ width: {box}px;
    height: {box}px; }}
"""


def palette(dark: bool) -> QPalette:
    """Fusion's palette in our colours: the dark one is made here, the light one keeps Qt's
    own except for the focus/selection colour, which must show clearly."""
    c = DARK if dark else LIGHT
    result = QPalette()
    if dark:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for role, name in ((QPalette.ColorRole.Window, "window"),
                               (QPalette.ColorRole.WindowText, "text"),
                               (QPalette.ColorRole.Base, "base"),
                               (QPalette.ColorRole.AlternateBase, "alternate"),
                               (QPalette.ColorRole.Text, "text"),
                               (QPalette.ColorRole.Button, "card"),
                               (QPalette.ColorRole.ButtonText, "text"),
                               (QPalette.ColorRole.ToolTipBase, "card"),
                               (QPalette.ColorRole.ToolTipText, "text"),
                               (QPalette.ColorRole.PlaceholderText, "muted"),
                               (QPalette.ColorRole.BrightText, "error"),
                               (QPalette.ColorRole.Link, "accent"),
                               (QPalette.ColorRole.LinkVisited, "accent_hover")):
                result.setColor(group, role, QColor(c[name]))
            result.setColor(group, QPalette.ColorRole.Light, QColor("#3a434c"))
            result.setColor(group, QPalette.ColorRole.Midlight, QColor("#2f373f"))
            result.setColor(group, QPalette.ColorRole.Mid, QColor("#272d33"))
            result.setColor(group, QPalette.ColorRole.Dark, QColor("#101316"))
            result.setColor(group, QPalette.ColorRole.Shadow, QColor("#050607"))
        disabled = QPalette.ColorGroup.Disabled
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            result.setColor(disabled, role, QColor(c["disabled_text"]))
        result.setColor(disabled, QPalette.ColorRole.Base, QColor(c["window"]))
        result.setColor(disabled, QPalette.ColorRole.Button, QColor(c["window"]))
        result.setColor(disabled, QPalette.ColorRole.Window, QColor(c["window"]))
    else:
        result = QApplication.style().standardPalette() if QApplication.instance() else result
        result.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.PlaceholderText,
                        QColor(c["muted"]))
        result.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.Link, QColor(c["accent"]))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, QColor(c["focus"]))
        result.setColor(group, QPalette.ColorRole.HighlightedText,
                        QColor(c["on_accent"] if dark else "#ffffff"))
        result.setColor(group, QPalette.ColorRole.Accent, QColor(c["focus"]))
    return result


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication, *, dark: bool | None = None,
                base_points: float | None = None) -> None:
    """Fusion (the same look on Windows and Linux, and in screenshots) with our palette and
    style sheet. ``dark`` None follows the system; ``base_points`` None keeps the app font."""
    # Each of these re-polishes every open widget; skipped when nothing would change.
    if app.style().name().casefold() != "fusion":
        app.setStyle("Fusion")
    _scheme["dark"] = system_is_dark(app) if dark is None else dark
    _scheme["points"] = base_points or app.font().pointSizeF() or 9.0
    new_palette = palette(_scheme["dark"])
    if new_palette != app.palette():
        app.setPalette(new_palette)
    sheet = style_sheet(colours(), _scheme["points"])
    if sheet != app.styleSheet():
        app.setStyleSheet(sheet)
