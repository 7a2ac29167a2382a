"""Telling the user about expected problems: a message box, or a log line when nobody watches.

Set SAMVIRKE_NO_DIALOGS=1 (or call ``set_dialogs_enabled(False)``) for headless runs and
tests: every message box then becomes a log line, and questions get no answer (``None``).
"""
import logging
import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from samvirke_desktop.errors import SamvirkeError

log = logging.getLogger(__name__)

_dialogs_enabled = os.environ.get("SAMVIRKE_NO_DIALOGS", "").strip().lower() not in (
    "1", "true", "yes", "ja")


def dialogs_enabled() -> bool:
    return _dialogs_enabled


def set_dialogs_enabled(enabled: bool) -> None:
    global _dialogs_enabled
    _dialogs_enabled = bool(enabled)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Notices", text)


def message_box(parent: QWidget | None, title: str, text: str, *, details: str = "",
                icon=QMessageBox.Icon.Warning) -> QMessageBox:
    """A message box with a Norwegian OK button (Qt ships no Norwegian translation)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    if details:
        box.setDetailedText(details)
    return box


def show_message(parent: QWidget | None, title: str, text: str, *, details: str = "",
                 icon=QMessageBox.Icon.Warning) -> None:
    if not _dialogs_enabled:
        log.warning("%s: %s%s", title, text, f" ({details})" if details else "")
        return
    message_box(parent, title, text, details=details, icon=icon).exec()


def show_expected_error(parent: QWidget | None, exc: SamvirkeError) -> None:
    """An expected error: its Norwegian title and message, never a traceback."""
    show_message(parent, exc.title, exc.message, details=exc.details)


def ask(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], *,
        default: str | None = None, icon=QMessageBox.Icon.Question) -> str | None:
    """Ask a question with buttons ``[(key, label), …]``; returns the chosen key or None."""
    if not _dialogs_enabled:
        log.warning("%s: %s (no answer without dialogs)", title, text)
        return None
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = {}
    for key, label in choices:
        buttons[box.addButton(label, QMessageBox.ButtonRole.ActionRole)] = key
        if key == default:
            box.setDefaultButton(list(buttons)[-1])
    box.exec()
    return buttons.get(box.clickedButton())
