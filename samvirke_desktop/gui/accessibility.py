"""Names for screen readers where Qt cannot find them by itself.

Qt names an input after the label whose buddy it is. A composite field (a person picker, a
tick list with a box for new entries) is the buddy as a whole, so the inputs inside it would
be read out without a name; ``name_composite_fields`` gives them the label's words.
"""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUT_TYPES = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def plain_label(text: str) -> str:
    """«&Legg til deltaker:» → «Legg til deltaker» (no mnemonic, no colon or required mark)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":*").strip()


def name_composite_fields(root: QWidget) -> None:
    """Name the inputs inside every composite field of ``root`` after the field's label (or
    the field's own accessible name, where Designer gave it one instead of a label)."""
    fields = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not isinstance(buddy, INPUT_TYPES):
            fields.append((buddy, plain_label(label.text())))
    for widget in root.findChildren(QWidget):
        if widget.accessibleName() and not isinstance(widget, INPUT_TYPES):
            fields.append((widget, widget.accessibleName()))
    for field, name in fields:
        if not name:
            continue
        for widget in field.findChildren(QWidget):
            if not isinstance(widget, INPUT_TYPES) or widget.accessibleName():
                continue
            if isinstance(widget, QAbstractItemView):
                widget.setAccessibleName(QCoreApplication.translate(
                    "Accessibility", "{name}: liste").format(name=name))
            else:
                widget.setAccessibleName(name)
                if isinstance(widget, QLineEdit) and widget.placeholderText():
                    widget.setAccessibleDescription(widget.placeholderText())
