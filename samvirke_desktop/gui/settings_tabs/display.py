"""Språk og visning: the program's language, text size and colours on this PC."""
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop import translation
from samvirke_desktop.gui import language


class DisplayTab(QWidget):
    @staticmethod
    def allowed() -> bool:
        return True  # each person's own screen: everyone may choose

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Disse valgene gjelder bare på denne PC-en og for deg som bruker "
                               "den."), self)
        intro.setProperty("class", "note")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        self.language_combo = QComboBox(self)
        for code, name in translation.LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        language_label = QLabel(self.tr("&Språk"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        self.restart_note = QLabel(self.tr("Nytt språk brukes fra neste gang du starter Samvirke. "
                                           "Rapportene (PDF) lages på det samme språket."), self)
        self.restart_note.setProperty("class", "note")
        self.restart_note.setWordWrap(True)
        form.addRow("", self.restart_note)

        self.scale_spin = QSpinBox(self)
        self.scale_spin.setRange(language.MIN_SCALE, language.MAX_SCALE)
        self.scale_spin.setSingleStep(25)
        self.scale_spin.setSuffix(" %")
        scale_label = QLabel(self.tr("&Tekststørrelse"), self)
        scale_label.setBuddy(self.scale_spin)
        form.addRow(scale_label, self.scale_spin)

        self.scheme_combo = QComboBox(self)
        for key, text in (("system", self.tr("Som i systemet")), ("light", self.tr("Lyse farger")),
                          ("dark", self.tr("Mørke farger"))):
            self.scheme_combo.addItem(text, key)
        scheme_label = QLabel(self.tr("&Farger"), self)
        scheme_label.setBuddy(self.scheme_combo)
        form.addRow(scheme_label, self.scheme_combo)
        outer.addLayout(form)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Bruk"), self)
        self.save_button.setProperty("class", "primary")
        self.save_button.setToolTip(self.tr("Lagrer valgene; tekststørrelse og farger endres med "
                                            "en gang"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Språk og visning")

    def refresh(self) -> None:
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language.chosen_language())))
        self.scale_spin.setValue(language.text_scale())
        self.scheme_combo.setCurrentIndex(
            max(0, self.scheme_combo.findData(language.colour_scheme())))

    def save(self) -> bool:
        language.set_chosen_language(self.language_combo.currentData())
        language.set_text_scale(self.scale_spin.value())
        language.set_colour_scheme(self.scheme_combo.currentData())
        app = QApplication.instance()
        if app is not None:
            language.apply_display(app)
        return True
