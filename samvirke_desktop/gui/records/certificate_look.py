"""How a police certificate status looks on screen: a colour, an icon and words, never colour
alone (the volunteer list and the volunteer form show the same)."""
from PySide6.QtGui import QColor, QIcon

from samvirke_desktop.domain.police_certificate import CertificateStatus
from samvirke_desktop.gui.icons import symbol

STATUS_LOOK = {
    CertificateStatus.VALID: ("#2e7d32", "mdi6.shield-check"),
    CertificateStatus.EXPIRING: ("#a15c00", "mdi6.shield-alert"),
    CertificateStatus.EXPIRED: ("#b3261e", "mdi6.shield-off"),
    CertificateStatus.MISSING: ("#b3261e", "mdi6.shield-remove-outline"),
    CertificateStatus.NOT_REQUIRED: ("#6b7580", "mdi6.shield-outline"),
}

_icons: dict[CertificateStatus, QIcon] = {}


def status_color(status: CertificateStatus) -> QColor:
    return QColor(STATUS_LOOK[status][0])


def status_icon(status: CertificateStatus) -> QIcon:
    if status not in _icons:
        color, name = STATUS_LOOK[status]
        _icons[status] = symbol(name, color=color, active_color=color)
    return _icons[status]
