"""The cards under this week's sessions on Oversikt: what needs doing, one card each.

Adding a card is one line in ``OVERVIEW_CARDS``. A card is a QWidget with
``__init__(parent, today)`` and ``refresh(today=None)``; it hides itself when the user's role
may not see it, and the page lays out the visible cards side by side (no gaps, no empty
placeholders). ``card_table.TableCard`` is a ready frame for a card that lists rows.
"""
import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class CardSpec:
    key: str
    module: str
    class_name: str


OVERVIEW_CARDS = (
    CardSpec("unregistered", f"{__name__}.unregistered", "UnregisteredSessionsCard"),
    CardSpec("certificates", f"{__name__}.certificates", "CertificateCard"),
    CardSpec("deadlines", "samvirke_desktop.gui.applications.deadline_card", "DeadlineCard"),
)


def create_card(spec: CardSpec, parent: QWidget, today=None) -> QWidget:
    module = importlib.import_module(spec.module)
    return getattr(module, spec.class_name)(parent, today)
