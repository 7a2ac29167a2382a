"""The frame every edit form shares: Lagre/Avbryt, errors next to their fields, the
unsaved-changes question, a colleague's newer save (reload or compare), a busy database.

A form subclasses ``RecordDialog`` and fills in the part that knows its record:

    class VolunteerDialog(RecordDialog):
        def setup_form(self, body):      # put the Designer form into ``body``
        def field_widgets(self):         # {"first_name": self.ui.firstNameEdit, ...}
        def required_fields(self):       # {"first_name", "last_name"}
        def read(self, record_id):       # -> (values, version) through domain/
        def fill(self, values):          # values -> widgets
        def values(self):                # widgets -> values (plain, comparable)
        def save(self, values, record_id, version):  # domain call; returns the record id

Everything the user typed stays in the form until it is saved or knowingly thrown away.
"""
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.errors import ConflictError, DatabaseBusy, SamvirkeError, ValidationError
from samvirke_desktop.gui import notices, style
from samvirke_desktop.gui.accessibility import name_composite_fields
from samvirke_desktop.gui.icons import symbol

log = logging.getLogger(__name__)


class RecordDialog(QDialog):
    record_saved = Signal(int)

    def __init__(self, record_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.record_id = record_id
        self.version: int | None = None
        self._error_labels: dict[str, QLabel] = {}
        self._saved_values: dict = {}

        outer = QVBoxLayout(self)
        # Fixed limits instead of ones that follow the layout: the form scrolls when the window
        # is small, and the window system is not asked to change the limits while it is shown.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(480, 360)
        self.error_banner = QLabel(self)
        self.error_banner.setProperty("class", "errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.error_banner.hide()
        outer.addWidget(self.error_banner)

        self.body = QWidget(self)
        self.setup_form(self.body)
        name_composite_fields(self.body)  # pickers and tick lists take their label's name
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        self.action_layout = QHBoxLayout()
        bottom.addLayout(self.action_layout)
        self.required_note = QLabel(self.tr("* må fylles ut"), self)
        self.required_note.setProperty("class", "note")
        bottom.addWidget(self.required_note)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        on_accent = style.colours()["on_accent"]  # light or dark, as the button's text
        self.save_button = QPushButton(symbol("mdi6.content-save-outline", color=on_accent,
                                              active_color=on_accent), self.tr("&Lagre"), self)
        self.save_button.setProperty("class", "primary")
        self.save_button.setToolTip(self.tr("Lagre (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Avbryt"), self)
        self.cancel_button.setToolTip(self.tr("Lukk uten å lagre (Esc)"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.try_save)

        self._mark_required()
        if record_id is None:
            self.fill(self.new_values())
        else:
            self.reload()
        self._saved_values = self.values()

    # --- for subclasses -----------------------------------------------------------
    def setup_form(self, body: QWidget) -> None:
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def required_fields(self) -> set[str]:
        return set()

    def read(self, record_id: int) -> tuple[dict, int]:
        raise NotImplementedError

    def new_values(self) -> dict:
        """The values of a new record (defaults)."""
        return {}

    def fill(self, values: dict) -> None:
        raise NotImplementedError

    def values(self) -> dict:
        raise NotImplementedError

    def save(self, values: dict, record_id: int | None, version: int | None) -> int:
        raise NotImplementedError

    def confirmations(self, values: dict) -> list[str]:
        """Questions to confirm before saving, e.g. a possible duplicate."""
        return []

    def display_value(self, name: str, value) -> str:
        """How a value reads in the compare table."""
        if value is None or value == "":
            return "–"
        if isinstance(value, bool):
            return self.tr("Ja") if value else self.tr("Nei")
        if isinstance(value, (list, tuple, set, frozenset)):
            return ", ".join(str(item) for item in value) or "–"
        return str(value)

    def add_action_button(self, text: str, icon_name: str, slot) -> QPushButton:
        """A button at the bottom left (Arkiver, Slett, Innsyn …)."""
        button = QPushButton(symbol(icon_name), text, self)
        button.clicked.connect(slot)
        self.action_layout.addWidget(button)
        return button

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        values, self.version = self.read(self.record_id)
        self.fill(values)
        self._saved_values = self.values()
        self.clear_errors()

    def has_unsaved_changes(self) -> bool:
        return self.values() != self._saved_values

    # --- saving ---------------------------------------------------------------------------
    def try_save(self) -> bool:
        """Save; on any expected problem tell the user and keep everything they typed."""
        self.clear_errors()
        values = self.values()
        for question in self.confirmations(values):
            answer = notices.ask(self, self.tr("Vil du lagre?"), question,
                                 [("save", self.tr("Lagre likevel")),
                                  ("back", self.tr("Gå tilbake"))], default="back")
            if answer != "save":
                return False
        return self._save(values, self.version)

    def _save(self, values: dict, version: int | None) -> bool:
        try:
            record_id = self.save(values, self.record_id, version)
        except ValidationError as exc:
            self.show_errors(exc.field_errors)
            return False
        except ConflictError as exc:
            return self._conflict(exc, values)
        except DatabaseBusy:
            notices.show_message(self, self.tr("Databasen er opptatt"), self.tr(
                "En kollega lagrer akkurat nå, prøv igjen. Det du har skrevet er ikke borte."))
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.record_id = record_id
        self._saved_values = values
        self.record_saved.emit(record_id)
        self.accept()
        return True

    def _conflict(self, exc: ConflictError, mine: dict) -> bool:
        answer = notices.ask(self, exc.title, exc.message,
                             [("compare", self.tr("Sammenlign")),
                              ("reload", self.tr("Last inn på nytt")),
                              ("back", self.tr("Fortsett å redigere"))], default="compare")
        if answer == "reload":
            self.reload()
            return False
        if answer != "compare":
            return False
        try:
            theirs, their_version = self.read(self.record_id)
        except SamvirkeError as error:
            notices.show_expected_error(self, error)
            return False
        choice = CompareDialog.choose(self, exc.changed_by, self._labels(), mine, theirs,
                                      self.display_value)
        if choice == "mine":
            return self._save(mine, their_version)
        if choice == "theirs":
            self.fill(theirs)
            self.version = their_version
            self._saved_values = self.values()
        return False

    # --- closing ----------------------------------------------------------------------
    def reject(self) -> None:
        if self.has_unsaved_changes():
            answer = notices.ask(self, self.tr("Ulagrede endringer"),
                                 self.tr("Du har endringer som ikke er lagret."),
                                 [("save", self.tr("Lagre")), ("discard", self.tr("Forkast")),
                                  ("back", self.tr("Fortsett å redigere"))], default="save")
            if answer == "save":
                self.try_save()
                return
            if answer != "discard":
                return
        super().reject()

    def closeEvent(self, event):
        if self.result() != QDialog.DialogCode.Accepted and self.has_unsaved_changes():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- errors next to fields ----------------------------------------------------------
    def show_errors(self, field_errors: dict[str, str]) -> None:
        widgets = self.field_widgets()
        labels = self._labels()
        lines = []
        first = None
        for name, message in field_errors.items():
            widget = widgets.get(name)
            lines.append(f"{labels.get(name, name)}: {message}" if name in labels else message)
            if widget is None:
                continue
            widget.setProperty("invalid", True)
            _repolish(widget)
            label = self._error_label(name, widget)
            if label is not None:
                label.setText(message)
                label.show()
            if first is None:
                first = widget
        self.error_banner.setText(self.tr("Rett opp dette før du lagrer:") + "\n"
                                  + "\n".join(f"• {line}" for line in lines))
        self.error_banner.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.error_banner.hide()
        for widget in self.field_widgets().values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                _repolish(widget)
        for label in self._error_labels.values():
            label.hide()

    def field_error(self, name: str) -> str:
        """The message shown next to field ``name`` ('' when none)."""
        label = self._error_labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _error_label(self, name: str, widget: QWidget) -> QLabel | None:
        if name in self._error_labels:
            return self._error_labels[name]
        label = QLabel(self.body)
        label.setProperty("class", "fieldError")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if not _place_below(widget, label):
            label.deleteLater()
            return None
        self._error_labels[name] = label
        return label

    def _labels(self) -> dict[str, str]:
        """Field name → its visible label text (without & and *)."""
        result = {}
        for name, widget in self.field_widgets().items():
            label = _label_for(widget)
            if label is not None:
                result[name] = label.text().replace("&", "").rstrip(" *:")
            elif widget.accessibleName():
                result[name] = widget.accessibleName()
        return result

    def _mark_required(self) -> None:
        required = self.required_fields()
        widgets = self.field_widgets()
        for name in required:
            widget = widgets.get(name)
            label = _label_for(widget) if widget is not None else None
            if label is not None and not label.text().endswith("*"):
                label.setText(label.text() + " *")
            if widget is not None:
                widget.setAccessibleDescription(self.tr("Må fylles ut"))
        self.required_note.setVisible(bool(required))


class CompareDialog(QDialog):
    """Mine against the colleague's saved values, field by field, and a choice."""

    def __init__(self, parent, changed_by: str, labels: dict, mine: dict, theirs: dict,
                 display):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sammenlign endringer"))
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        who = changed_by or self.tr("en kollega")
        intro = QLabel(self.tr("Disse feltene er forskjellige fra det {who} har lagret.")
                       .format(who=who), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        differing = [name for name in mine if mine.get(name) != theirs.get(name)]
        self.table = QTableWidget(len(differing), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Felt"), self.tr("Ditt forslag"), self.tr("Lagret av {who}").format(who=who)])
        for row, name in enumerate(differing):
            for column, text in enumerate((labels.get(name, name),
                                           display(name, mine.get(name)),
                                           display(name, theirs.get(name)))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        keep = buttons.addButton(self.tr("Behold mine og lagre"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        take = buttons.addButton(self.tr("Bruk det kollegaen lagret"),
                                 QDialogButtonBox.ButtonRole.DestructiveRole)
        back = buttons.addButton(self.tr("Fortsett å redigere"),
                                 QDialogButtonBox.ButtonRole.RejectRole)
        keep.clicked.connect(lambda: self._choose("mine"))
        take.clicked.connect(lambda: self._choose("theirs"))
        back.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def choose(cls, parent, changed_by, labels, mine, theirs, display) -> str | None:
        if not notices.dialogs_enabled():
            return None
        dialog = cls(parent, changed_by, labels, mine, theirs, display)
        dialog.exec()
        return dialog.choice


# --- layout helpers -------------------------------------------------------------------

def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _contains(item_layout: QLayout | None, widget: QWidget) -> bool:
    if item_layout is None:
        return False
    for index in range(item_layout.count()):
        item = item_layout.itemAt(index)
        if item.widget() is widget or _contains(item.layout(), widget):
            return True
    return False


def _form_row(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout and row that hold ``widget`` (directly or inside a row's sub-layout)."""
    parent = widget.parentWidget()
    while parent is not None:
        for form in parent.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if item is not None and (item.widget() is widget or _contains(item.layout(), widget)):
                    return form, row
        parent = parent.parentWidget()
    return None


def _label_for(widget: QWidget) -> QLabel | None:
    found = _form_row(widget)
    if found is not None:
        form, row = found
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            return item.widget()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label
    return None


def _place_below(widget: QWidget, label: QLabel) -> bool:
    found = _form_row(widget)
    if found is not None:
        form, row = found
        form.insertRow(row + 1, "", label)
        return True
    parent_layout = widget.parentWidget().layout() if widget.parentWidget() else None
    if isinstance(parent_layout, QBoxLayout):
        index = parent_layout.indexOf(widget)
        if index >= 0:
            parent_layout.insertWidget(index + 1, label)
            return True
    return False
