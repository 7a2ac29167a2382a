"""What every register form adds to ``RecordDialog``: its Designer form, a title that names the
record, Arkiver / Hent fram / Slett, the notes reminder, and a read-only mode for roles that
may look but not change.

A record with history (attendance, hours, members …) can only be archived; one without can
also be deleted, after a question. Both go through the domain, which checks again.
"""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from samvirke_desktop.domain.free_text import NOTES_REMINDER
from samvirke_desktop.errors import ConflictError, RecordGone, SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.record_dialog import RecordDialog


class RegisterDialog(RecordDialog):
    record_deleted = Signal(int)

    form_class = None                 # the Ui_* class generated from ui/<name>.ui
    minimum_size = (640, 480)
    default_size = (900, 720)

    def __init__(self, record_id: int | None = None, parent: QWidget | None = None):
        self.record = None            # the domain record as last read
        self.read_only = not self.can_edit()
        self.archive_button = self.restore_button = self.delete_button = None
        super().__init__(record_id, parent)
        self.setMinimumSize(*self.minimum_size)
        self.resize(*self.default_size)
        self._build_actions()
        if self.read_only:
            self._make_read_only()
        self._refresh_frame()

    # --- for subclasses -----------------------------------------------------------------
    def can_edit(self) -> bool:
        raise NotImplementedError

    def prepare_form(self) -> None:
        """Fill choice lists and configure widgets once, after the Designer form is set up."""

    def new_title(self) -> str:
        raise NotImplementedError

    def record_title(self) -> str:
        """E.g. "Beboer – Amina Hassan"."""
        raise NotImplementedError

    def status_text(self) -> str:
        """A line above the form (archived, needs completion …); '' for none."""
        if self.record is not None and getattr(self.record, "archived", False):
            return self.tr("Arkivert: vises ikke i listene og kan ikke velges. Trykk «Hent fram» "
                           "for å bruke oppføringen igjen.")
        return ""

    def set_archived(self, record_id: int, version: int, archived: bool) -> None:
        raise NotImplementedError

    def delete_record(self, record_id: int, version: int) -> None:
        raise NotImplementedError

    def record_name(self) -> str:
        return getattr(self.record, "name", "") or ""

    # --- frame --------------------------------------------------------------------------
    def setup_form(self, body: QWidget) -> None:
        self.ui = self.form_class()
        self.ui.setupUi(body)
        notes = getattr(self.ui, "notesEdit", None)
        hint = getattr(self.ui, "notesHintLabel", None)
        if isinstance(notes, QPlainTextEdit):
            notes.setPlaceholderText(self.tr("Kort og saklig."))
            notes.setToolTip(NOTES_REMINDER)
        if isinstance(hint, QLabel):
            hint.setText(NOTES_REMINDER)
        self.prepare_form()

    def reload(self) -> None:
        super().reload()
        self._refresh_frame()

    def _refresh_frame(self) -> None:
        if not hasattr(self, "ui"):
            return
        self.setWindowTitle(self.new_title() if self.record_id is None else self.record_title())
        status = getattr(self.ui, "statusLabel", None)
        if status is not None:
            text = self.status_text()
            if self.read_only:
                text = " ".join(filter(None, [text, self.tr(
                    "Rollen din gir lov til å se, men ikke endre, denne oppføringen.")]))
            status.setText(text)
            status.setVisible(bool(text))
        self._update_actions()

    def _make_read_only(self) -> None:
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Lukk"))
        self.required_note.hide()
        for widget in self.body.findChildren(QWidget):
            if hasattr(widget, "set_read_only"):
                widget.set_read_only(True)
            elif hasattr(widget, "setReadOnly"):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox) or widget.metaObject().className() in (
                    "QCheckBox", "QPushButton", "QSpinBox", "QToolButton"):
                widget.setEnabled(False)

    # --- archive, restore, delete ----------------------------------------------------------
    def _build_actions(self) -> None:
        if self.read_only:
            return
        self.archive_button = self.add_action_button(self.tr("Ar&kiver"), "mdi6.archive-outline",
                                                     self.archive)
        self.restore_button = self.add_action_button(self.tr("&Hent fram"),
                                                     "mdi6.archive-arrow-up-outline",
                                                     self.restore)
        self.delete_button = self.add_action_button(self.tr("Sle&tt"), "mdi6.delete-outline",
                                                    self.delete)
        self._update_actions()

    def _update_actions(self) -> None:
        if self.archive_button is None:
            return
        existing = self.record_id is not None and self.record is not None
        archived = existing and bool(getattr(self.record, "archived", False))
        history = getattr(self.record, "history", None) if existing else None
        self.archive_button.setVisible(existing and not archived)
        self.restore_button.setVisible(archived)
        self.delete_button.setVisible(existing and not (history is not None and history.exists))
        if history is not None and history.exists:
            self.archive_button.setToolTip(self.tr(
                "Har {history}, så den arkiveres i stedet for å slettes.").format(
                history=history.describe()))
        else:
            self.archive_button.setToolTip(self.tr("Ta oppføringen ut av listene uten å slette "
                                                   "den."))

    def _unsaved_note(self) -> str:
        return (self.tr("\n\nEndringene du ikke har lagret, blir ikke med.")
                if self.has_unsaved_changes() else "")

    def archive(self) -> bool:
        name = self.record_name()
        answer = notices.ask(self, self.tr("Arkivere?"), self.tr(
            "Arkivere {name}? Oppføringen forsvinner fra listene og valglistene, men alt som er "
            "registrert beholdes. Du finner den igjen under «Vis arkiverte».").format(name=name)
            + self._unsaved_note(),
            [("archive", self.tr("Arkiver")), ("back", self.tr("Avbryt"))], default="archive")
        if answer != "archive":
            return False
        return self._change_archived(True)

    def restore(self) -> bool:
        return self._change_archived(False)

    def _change_archived(self, archived: bool) -> bool:
        try:
            self.set_archived(self.record_id, self.version, archived)
        except (ConflictError, RecordGone) as exc:
            notices.show_expected_error(self, exc)
            if isinstance(exc, ConflictError):
                self.reload()
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self._saved_values = self.values()
        self.record_saved.emit(self.record_id)
        self.accept()
        return True

    def delete(self) -> bool:
        name = self.record_name()
        answer = notices.ask(self, self.tr("Slette?"), self.tr(
            "Slette {name} for godt? Dette kan ikke angres. Bruk «Arkiver» hvis oppføringen "
            "bare ikke er i bruk lenger.").format(name=name),
            [("delete", self.tr("Slett")), ("back", self.tr("Avbryt"))], default="back")
        if answer != "delete":
            return False
        try:
            self.delete_record(self.record_id, self.version)
        except ConflictError as exc:
            notices.show_expected_error(self, exc)
            self.reload()
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        deleted = self.record_id
        self._saved_values = self.values()
        self.record_deleted.emit(deleted)
        self.accept()
        return True


# --- small helpers for the forms ---------------------------------------------------------

# Stored for "none" instead of None: see gui/records/pickers.py for why no item holds None.
NO_VALUE = -1


def fill_combo(combo: QComboBox, items, *, none_text: str | None = None) -> None:
    """(value, label) items, with a first "none" item when ``none_text`` is given; that item
    reads as None through ``combo_value``."""
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, NO_VALUE)
    for value, label in items:
        combo.addItem(label, value)
    combo.blockSignals(False)


def select_value(combo: QComboBox, value) -> None:
    index = combo.findData(NO_VALUE if value is None else value)
    if index < 0 and value is not None:
        return
    combo.setCurrentIndex(max(index, 0))


def combo_value(combo: QComboBox):
    if combo.currentIndex() < 0:
        return None
    value = combo.currentData()
    return None if value == NO_VALUE else value


def text_of(widget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    return widget.text().strip()


def set_focus_first(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
