"""The recovery code of an encrypted database, shown once: write it down or print it, keep it
locked away, and type it back from the paper before the dialog is done.

The code opens the whole file, so it is shown only here (Samvirke keeps no copy) and cannot be
selected or copied: a copy in a text file or an e-mail would be what the encryption is there to
keep out. Typing it back from the paper proves the paper is right; a code with one wrong
character is no code at all on the day it is needed.
"""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.db import encryption
from samvirke_desktop.gui import notices


def _plain(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch not in " -\t\n")


class RecoveryCodeDialog(QDialog):
    """Accepted once the code has been typed back right (``confirmed``)."""

    def __init__(self, code: str, database_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._code = encryption.format_recovery_code(code)
        self._database_name = database_name
        self.confirmed = False
        self.setWindowTitle(self.tr("Gjenopprettingskode – Samvirke"))
        self.setModal(True)
        self.setMinimumSize(560, 420)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._show_page())
        self.pages.addWidget(self._confirm_page())

    # --- the code -----------------------------------------------------------------------
    def _show_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Skriv ned gjenopprettingskoden"), page)
        heading.setProperty("class", "dialogHeading")
        intro = QLabel(self.tr(
            "Denne koden åpner databasen «{name}» den dagen ingen administrator husker "
            "passordet sitt. Den vises bare nå: Samvirke kan ikke vise den igjen.")
            .format(name=self._database_name), page)
        intro.setWordWrap(True)
        self.code_label = QLabel(self._code, page)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setProperty("class", "infoBanner")
        self.code_label.setAccessibleName(self.tr("Gjenopprettingskoden"))
        keep = QLabel(self.tr(
            "Skriv den ut, eller skriv den av for hånd, og legg arket innelåst, for eksempel "
            "i teamets safe eller et låst skap. Ikke lagre den på PC-en, i e-post eller på "
            "telefonen: den som har koden, kan lese alt i databasen."), page)
        keep.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(keep)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Skriv &ut…"), page)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_code)
        self.written_button = QPushButton(self.tr("&Jeg har skrevet den ned"), page)
        self.written_button.setProperty("class", "primary")
        self.written_button.setDefault(True)
        self.written_button.clicked.connect(self.go_to_confirm)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.written_button)
        layout.addLayout(buttons)
        return page

    # --- typing it back -------------------------------------------------------------------
    def _confirm_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Skriv inn koden fra arket"), page)
        heading.setProperty("class", "dialogHeading")
        intro = QLabel(self.tr(
            "Skriv koden slik den står på arket, så vet du at den er skrevet riktig ned. Store "
            "eller små bokstaver, mellomrom og bindestreker spiller ingen rolle."), page)
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Gjenopprettingskoden"), page)
        self.code_edit = QLineEdit(page)
        self.code_edit.setPlaceholderText(self.tr("seks grupper på fire tegn"))
        self.code_edit.returnPressed.connect(self.try_confirm)
        label.setBuddy(self.code_edit)
        self.error_label = QLabel(page)
        self.error_label.setProperty("class", "errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Vis koden igjen"), page)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_code)
        self.done_button = QPushButton(self.tr("&Ferdig"), page)
        self.done_button.setProperty("class", "primary")
        self.done_button.clicked.connect(self.try_confirm)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        return page

    def go_to_confirm(self) -> None:
        self.code_edit.clear()
        self.error_label.hide()
        self.pages.setCurrentIndex(1)
        self.done_button.setDefault(True)
        self.code_edit.setFocus()

    def show_code(self) -> None:
        self.pages.setCurrentIndex(0)
        self.written_button.setDefault(True)
        self.written_button.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def try_confirm(self) -> bool:
        typed = _plain(self.code_edit.text())
        if typed == _plain(self._code):
            self.confirmed = True
            self.accept()
            return True
        if not typed:
            text = self.tr("Skriv inn koden fra arket.")
        elif len(typed) != encryption.RECOVERY_LENGTH:
            text = self.tr("Koden har {length} tegn, og du skrev {typed}. Sjekk at du har fått "
                           "med alle seks gruppene.").format(length=encryption.RECOVERY_LENGTH,
                                                            typed=len(typed))
        else:
            text = self.tr("Koden stemmer ikke med den som ble vist. Trykk «Vis koden igjen», "
                           "og rett det som er feil på arket.")
        self.error_label.setText(text)
        self.error_label.show()
        self.code_edit.setFocus()
        return False

    # --- not done until confirmed ----------------------------------------------------------
    def reject(self) -> None:
        if self.confirmed:
            super().reject()
            return
        # Escape or the window's close button: the code would be lost unwritten.
        self.show_code()
        notices.show_message(self, self.tr("Gjenopprettingskoden"), self.tr(
            "Skriv ned koden og skriv den inn igjen før du lukker: den vises ikke igjen."))

    def closeEvent(self, event):
        if not self.confirmed:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- on paper ----------------------------------------------------------------------------
    def sheet_html(self) -> str:
        """What the printed sheet says."""
        today = datetime.date.today().strftime("%d.%m.%Y")
        title = self.tr("Gjenopprettingskode for Samvirke")
        made = self.tr("Databasen «{name}», skrevet ut {date}.").format(
            name=self._database_name, date=today)
        use = self.tr("Koden åpner databasen når ingen administrator husker passordet sitt: "
                      "på innloggingen, trykk «Glemt passordet?». Oppbevar arket innelåst. "
                      "Den som har koden, kan lese alt i databasen.")
        return (f"<h1>{title}</h1><p>{made}</p>"
                f"<p style='font-family: monospace; font-size: 24pt'><b>{self._code}</b></p>"
                f"<p>{use}</p>")

    def print_code(self) -> None:
        if not notices.dialogs_enabled():
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Skriv ut gjenopprettingskoden"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.sheet_html())
        document.print_(printer)
