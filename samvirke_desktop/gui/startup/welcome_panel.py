"""The first-run screen: make a team database, open one a colleague made, or try the demo."""
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget

from samvirke_desktop.gui import style
from samvirke_desktop.gui.forms.ui_welcome_panel import Ui_WelcomePanel
from samvirke_desktop.gui.icons import symbol


def choice_style() -> str:
    """Framed, so the three choices read as buttons before the mouse is over them."""
    c = style.colours()
    return f"""
QCommandLinkButton {{ border: 1px solid {c['card_border']}; border-radius: 6px; padding: 8px 10px;
    background: {c['card']}; color: {c['text']}; }}
QCommandLinkButton:hover {{ background: {c['sidebar_hover']}; border-color: {c['info_border']}; }}
QCommandLinkButton:focus {{ border: 2px solid {c['focus']}; }}
"""


class WelcomePanel(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WelcomePanel()
        self.ui.setupUi(self)
        self.ui.card.setStyleSheet(choice_style())
        for button, icon, signal in (
                (self.ui.createButton, "mdi6.database-plus-outline", self.create_requested),
                (self.ui.openButton, "mdi6.folder-open-outline", self.open_requested),
                (self.ui.demoButton, "mdi6.school-outline", self.demo_requested)):
            button.setIcon(symbol(icon))
            button.setIconSize(QSize(28, 28))
            button.clicked.connect(signal)
