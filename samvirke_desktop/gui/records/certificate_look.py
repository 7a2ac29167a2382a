"""How a police certificate status looks on screen: a colour, an icon and words, never colour
alone (the volunteer list and the volunteer form show the same). Each status has its own
symbol shape; the colours are named ones from gui/style.py, so they read on light and dark."""
from PySide6.QtGui import QColor, QIcon

from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.gui import style
from samvirke_desktop.gui.icons import symbol

STATUS_LOOK = {
    CertificateStatus.VALID: ("success", "mdi6.shield-check"),
    CertificateStatus.EXPIRING: ("warning", "mdi6.shield-alert"),
    CertificateStatus.EXPIRED: ("error", "mdi6.shield-off"),
    CertificateStatus.MISSING: ("error", "mdi6.shield-remove-outline"),
    CertificateStatus.NOT_REQUIRED: ("muted", "mdi6.shield-outline"),
}

_icons: dict[tuple[CertificateStatus, bool], QIcon] = {}


def status_colour_name(status: CertificateStatus) -> str:
    """The colour as text (#rrggbb) in the scheme in use, for a style sheet."""
    return style.colours()[STATUS_LOOK[status][0]]


def status_color(status: CertificateStatus) -> QColor:
    return QColor(status_colour_name(status))


def status_icon(status: CertificateStatus) -> QIcon:
    key = (status, style.is_dark())
    if key not in _icons:
        colour, name = status_colour_name(status), STATUS_LOOK[status][1]
        _icons[key] = symbol(name, color=colour, active_color=colour)
    return _icons[key]
