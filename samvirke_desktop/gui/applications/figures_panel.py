"""The "Tall" tab: the grant figures of one application for a chosen period.

The figures come from ``grant_statistics`` (the same function the grant report PDF and
``samvirke stats grant`` use); "Kopier tall" puts exactly the text ``samvirke stats grant``
prints on the clipboard, ready to paste into a funder's web portal.
"""
import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no, money, number
from samvirke_desktop.domain.grants.figures_text import as_text
from samvirke_desktop.domain.grants.statistics import GrantStatistics, grant_statistics
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.widgets.date_field import DateField


class _Figure(QFrame):
    def __init__(self, caption: str, tooltip: str, parent: QWidget):
        super().__init__(parent)
        self.setProperty("class", "card")
        self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(0)
        self.value = QLabel("–", self)
        self.value.setProperty("class", "statValue")
        caption_label = QLabel(caption, self)
        caption_label.setProperty("class", "statCaption")
        layout.addWidget(self.value)
        layout.addWidget(caption_label)


class FiguresPanel(QWidget):
    figures_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.application_id: int | None = None
        self.stats: GrantStatistics | None = None
        self._text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        choose = QHBoxLayout()
        form = QFormLayout()
        self.from_edit = DateField(self)
        self.to_edit = DateField(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setFixedWidth(170)
            # No clear button: it would cover the calendar button, and an empty period
            # means the application's period anyway.
            edit.setClearButtonEnabled(False)
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        period_label = QLabel(self.tr("&Periode"), self)
        period_label.setBuddy(self.from_edit)
        self.from_edit.setAccessibleName(self.tr("Periode fra"))
        self.to_edit.setAccessibleName(self.tr("Periode til"))
        form.addRow(period_label, period)
        self.age_basis_combo = QComboBox(self)
        self.age_basis_combo.addItem(self.tr("I året perioden begynner"), "period_start")
        self.age_basis_combo.addItem(self.tr("I året for første oppmøte"), "first_attendance")
        age_label = QLabel(self.tr("&Alder regnes"), self)
        age_label.setBuddy(self.age_basis_combo)
        form.addRow(age_label, self.age_basis_combo)
        choose.addLayout(form)
        choose.addStretch(1)
        buttons = QVBoxLayout()
        self.show_button = QPushButton(symbol("mdi6.refresh"), self.tr("&Vis tall"), self)
        self.show_button.setToolTip(self.tr("Regn ut tallene for perioden du har valgt"))
        self.copy_button = QPushButton(symbol("mdi6.content-copy", color="white",
                                              active_color="white"), self.tr("&Kopier tall"), self)
        self.copy_button.setProperty("class", "primary")
        self.copy_button.setToolTip(self.tr("Kopier tallene som tekst, klar til å limes inn i "
                                            "tilskuddsgiverens søknadsportal"))
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.copy_button)
        choose.addLayout(buttons)
        layout.addLayout(choose)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("class", "note")
        layout.addWidget(self.message)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.figures = {
            "sessions": _Figure(self.tr("Samlinger holdt"), self.tr("Avlyste samlinger er ikke med."), self),
            "participants": _Figure(self.tr("Unike deltakere"),
                                    self.tr("Hver person telles én gang, på tvers av samlinger "
                                            "og aktiviteter. Telte personer er ikke med."), self),
            "children": _Figure(self.tr("Barn og unge"), "", self),
            "adults": _Figure(self.tr("Voksne"), self.tr("Foreldre og andre voksne."), self),
            "attendances": _Figure(self.tr("Oppmøter"), self.tr("Registrerte oppmøter i alt."), self),
            "head_counts": _Figure(self.tr("Telte personer"),
                                   self.tr("Personer som ble talt, ikke registrert med navn."), self),
            "hours": _Figure(self.tr("Frivillige timer"), "", self),
            "in_kind": _Figure(self.tr("Egeninnsats"),
                               self.tr("Frivillige timer ganget med timesatsen."), self),
        }
        for position, card in enumerate(self.figures.values()):
            grid.addWidget(card, position // 4, position % 4)
        layout.addLayout(grid)

        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_view.setAccessibleName(self.tr("Tallene som tekst"))
        layout.addWidget(self.text_view, 1)
        self.command_note = QLabel(self)
        self.command_note.setProperty("class", "note")
        self.command_note.setWordWrap(True)
        self.command_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.command_note)

        self.show_button.clicked.connect(self.compute)
        self.copy_button.clicked.connect(self.copy_figures)
        self.set_application(None)

    # --- what to show -------------------------------------------------------------------
    def set_application(self, application_id: int | None, period_start: datetime.date | None = None,
                        period_end: datetime.date | None = None) -> None:
        """Show the figures of a saved application; None for one that is not saved yet."""
        self.application_id = application_id
        self.stats = None
        self._text = ""
        self.from_edit.set_date(period_start)
        self.to_edit.set_date(period_end)
        saved = application_id is not None
        for widget in (self.from_edit, self.to_edit, self.age_basis_combo, self.show_button):
            widget.setEnabled(saved)
        self.copy_button.setEnabled(False)
        self.text_view.clear()
        self._show_numbers(None)
        self.command_note.clear()
        self.message.setText(self.tr("Tallene hentes fra samlingene i aktivitetene søknaden gjelder. "
                                     "Trykk «Vis tall».") if saved else
                             self.tr("Lagre søknaden først. Da kan du se tallene her."))

    def compute(self) -> bool:
        """Work out the figures for the chosen period; tell the user what went wrong if not."""
        if self.application_id is None:
            return False
        try:
            start, end = self.from_edit.date(), self.to_edit.date()
            stats = grant_statistics(self.application_id, start, end,
                                     age_basis=self.age_basis_combo.currentData())
        except InvalidValue as exc:
            self._failed(exc.message)
            return False
        except SamvirkeError as exc:
            self._failed(exc.message)
            return False
        self.stats = stats
        self._text = as_text(stats)
        self.text_view.setPlainText(self._text)
        self._show_numbers(stats)
        self.copy_button.setEnabled(True)
        self.message.setText(self.tr("Tallene gjelder {start}–{end} og det som er lagret. "
                                     "{basis}.").format(start=date_no(stats.period_from),
                                                        end=date_no(stats.period_to),
                                                        basis=stats.age_basis_text))
        self.command_note.setText(self.tr("Samme tall på kommandolinjen: {command}")
                                  .format(command=self.command_line()))
        return True

    def command_line(self) -> str:
        """The ``samvirke stats grant`` command that prints the same text."""
        if self.stats is None:
            return ""
        parts = ["samvirke stats grant", f"--application {self.stats.application_id}",
                 f"--from {self.stats.period_from.isoformat()}",
                 f"--to {self.stats.period_to.isoformat()}"]
        if self.stats.age_basis != "period_start":
            parts.append(f"--age-basis {self.stats.age_basis}")
        return " ".join(parts)

    def text(self) -> str:
        return self._text

    def copy_figures(self) -> None:
        if not self._text and not self.compute():
            return
        QGuiApplication.clipboard().setText(self._text)
        self.message.setText(self.tr("Tallene er kopiert. Lim dem inn der du trenger dem (Ctrl+V)."))
        self.figures_copied.emit(self._text)

    # --- inside ------------------------------------------------------------------------------
    def _failed(self, message: str) -> None:
        self.stats = None
        self._text = ""
        self.text_view.clear()
        self._show_numbers(None)
        self.copy_button.setEnabled(False)
        self.message.setText(message)

    def _show_numbers(self, stats: GrantStatistics | None) -> None:
        if stats is None:
            for card in self.figures.values():
                card.value.setText("–")
            return
        p, v = stats.participants, stats.volunteers
        values = {
            "sessions": number(stats.sessions.held),
            "participants": number(p.total),
            "children": number(p.children.total),
            "adults": number(p.adults.total),
            "attendances": number(stats.attendances.total),
            "head_counts": number(stats.head_counts.total),
            "hours": number(v.hours, 1),
            "in_kind": money(v.in_kind_value, 0) if v.in_kind_value is not None
            else self.tr("bare timer"),
        }
        for key, text in values.items():
            self.figures[key].value.setText(text)
