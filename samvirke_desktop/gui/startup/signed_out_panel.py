"""What the window shows while nobody is logged in: nothing of the team's data, a way in."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samvirke_desktop.gui.icons import symbol


class SignedOutPanel(QWidget):
    login_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame(self)
        card.setProperty("class", "card")
        card.setMaximumWidth(480)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        self.heading = QLabel(self.tr("Logg inn for å bruke Samvirke"), card)
        self.heading.setProperty("class", "pageTitle")
        self.database_label = QLabel(card)
        self.database_label.setWordWrap(True)
        self.database_label.setProperty("class", "note")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_button = QPushButton(symbol("mdi6.login", color="white", active_color="white"),
                                        self.tr("&Logg inn…"), card)
        self.login_button.setProperty("class", "primary")
        self.login_button.clicked.connect(self.login_requested)
        inner.addWidget(self.heading)
        inner.addWidget(self.database_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.login_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        row.addWidget(card, 1)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_database(self, name: str, location: str, *, encrypted: bool = False) -> None:
        if encrypted:
            text = self.tr("Databasen «{name}» er kryptert. Logg inn med ditt eget brukernavn "
                           "og passord for å åpne den.\n{location}")
        else:
            text = self.tr("Databasen «{name}» har brukerkontoer. Logg inn med ditt eget "
                           "brukernavn.\n{location}")
        self.database_label.setText(text.format(name=name, location=location))
