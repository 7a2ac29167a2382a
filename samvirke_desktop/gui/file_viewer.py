"""Opening a file the program made (a PDF) in the machine's own viewer."""
import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from samvirke_desktop.gui import notices

log = logging.getLogger(__name__)


def open_in_viewer(path: Path) -> bool:
    """Open the PDF in the machine's PDF viewer (never while dialogs are off, as in tests)."""
    if not notices.dialogs_enabled():
        log.info("PDF laget (ikke åpnet uten dialoger): %s", path)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
