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


def symbol(name: str, color: str = MUTED, active_color: str = ACCENT) -> QIcon:
    """A qtawesome icon such as ``mdi6.account-group``; imported here so start-up pays once."""
    import qtawesome

    return qtawesome.icon(name, color=color, color_active=active_color,
                          color_selected=active_color)
