"""The program's own icon and the sidebar's symbol icons (qtawesome)."""
from PySide6.QtGui import QIcon

from samvirke_desktop import paths

ACCENT = "#2a6496"
MUTED = "#4a5561"


def app_icon() -> QIcon:
    """The program's icon: the PNG sizes made from samvirke.svg (installer/make_icons.py), so
    it is crisp at every size and needs no SVG plug-in."""
    icon = QIcon()
    for path in sorted(paths.resource("icons").glob("samvirke-*.png")):
        icon.addFile(str(path))
    if icon.isNull():
        icon = QIcon(str(paths.resource("icons", "samvirke.svg")))
    return icon


def symbol(name: str, color: str | None = None, active_color: str | None = None) -> QIcon:
    """A qtawesome icon such as ``mdi6.account-group``; imported here so start-up pays once.
    Without colours: the scheme's caption and accent colours (light or dark, gui/style.py)."""
    import qtawesome

    from samvirke_desktop.gui import style

    color = color or style.colours()["caption"]
    active_color = active_color or style.colours()["accent"]

    return qtawesome.icon(name, color=color, color_active=active_color,
                          color_selected=active_color)
