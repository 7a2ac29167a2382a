"""The first-run panel: try a demo database, or start with the empty one."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from samvirke_desktop.gui.forms.ui_welcome_panel import Ui_WelcomePanel


class WelcomePanel(QWidget):
    demo_requested = Signal()
    start_empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WelcomePanel()
        self.ui.setupUi(self)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.emptyButton.clicked.connect(self.start_empty_requested)
