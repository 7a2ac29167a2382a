"""Bilder: the photos of one activity (Aktiviteter → «Bilder…»), each with its caption, date,
who is shown and whether it may go in a report; and the form for one photo.

Adding asks for a JPEG or PNG file; Samvirke keeps a scaled copy without the camera's
metadata (``domain.activities.photos``), so the original may stay wherever it was.
"""
import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.activities import photos
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.record_dialog import RecordDialog
from samvirke_desktop.gui.widgets.date_field import DateField

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 30
RESIDENT_ROLE = Qt.ItemDataRole.UserRole + 31
THUMBNAIL = QSize(160, 120)


def thumbnail(data: bytes, size: QSize = THUMBNAIL) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class PhotoDialog(RecordDialog):
    """One photo: caption, date and who is shown (the picture itself is not changed here)."""

    def __init__(self, activity_id: int, record_id: int | None = None, *,
                 image: photos.PreparedImage | None = None, parent: QWidget | None = None,
                 today: datetime.date | None = None):
        self.activity_id = activity_id
        self.image = image
        self.today = today or datetime.date.today()
        self.candidates = photos.photo_candidates(activity_id, on=self.today)
        super().__init__(record_id, parent)
        self.setWindowTitle(self.tr("Nytt bilde") if record_id is None else self.tr("Endre bilde"))
        self.setMinimumSize(520, 560)
        self.resize(600, 680)
        if image is not None:
            self.preview.setPixmap(thumbnail(image.data, QSize(320, 200)))

    def setup_form(self, body):
        form = QFormLayout(body)
        self.preview = QLabel(body)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setMinimumHeight(120)
        form.addRow(self.preview)
        self.caption_edit = QLineEdit(body)
        self.caption_edit.setMaxLength(photos.MAX_CAPTION)
        self.caption_edit.setPlaceholderText(self.tr("For eksempel: Tur rundt Sognsvann"))
        caption_label = QLabel(self.tr("&Bildetekst:"), body)
        caption_label.setBuddy(self.caption_edit)
        form.addRow(caption_label, self.caption_edit)
        note = QLabel(self.tr("Bildeteksten står under bildet i rapporten til tilskuddsgiveren. "
                              "Skriv ingen navn i den."), body)
        note.setWordWrap(True)
        note.setProperty("class", "note")
        form.addRow("", note)
        self.date_edit = DateField(body)
        date_label = QLabel(self.tr("&Dato:"), body)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)

        people = QWidget(body)
        column = QVBoxLayout(people)
        column.setContentsMargins(0, 0, 0, 0)
        self.nobody_check = QCheckBox(self.tr("&Ingen gjenkjennelige personer (tatt bakfra, på "
                                              "avstand …)"), people)
        self.nobody_check.toggled.connect(self._nobody_toggled)
        column.addWidget(self.nobody_check)
        self.filter_edit = QLineEdit(people)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Finn deltaker"))
        self.filter_edit.setAccessibleName(self.tr("Finn deltaker"))
        self.filter_edit.textChanged.connect(self._filter)
        column.addWidget(self.filter_edit)
        self.people_list = QListWidget(people)
        self.people_list.setAccessibleName(self.tr("Hvem er med på bildet"))
        self.people_list.setMinimumHeight(180)
        for candidate in self.candidates:
            label = candidate.name + (f"  ·  {candidate.detail}" if candidate.detail else "")
            if candidate.problem:
                label += "  ·  " + self.tr("mangler samtykke til foto")
            item = QListWidgetItem(label, self.people_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(RESIDENT_ROLE, candidate.resident_id)
            if candidate.problem:
                item.setToolTip(candidate.problem_text)
        if not self.candidates:
            item = QListWidgetItem(self.tr("Aktiviteten har ingen deltakere ennå."),
                                   self.people_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        column.addWidget(self.people_list, 1)
        # The list may be long: who is ticked is said below it.
        self.chosen_label = QLabel(people)
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setProperty("class", "note")
        column.addWidget(self.chosen_label)
        self.people_list.itemChanged.connect(lambda _item: self._show_chosen())
        self.nobody_check.toggled.connect(lambda _on: self._show_chosen())
        people_label = QLabel(self.tr("&Hvem er med:"), body)
        people_label.setBuddy(self.filter_edit)
        form.addRow(people_label, people)

    def _nobody_toggled(self, checked: bool) -> None:
        self.people_list.setEnabled(not checked)
        self.filter_edit.setEnabled(not checked)

    def _show_chosen(self) -> None:
        if self.nobody_check.isChecked():
            self.chosen_label.setText(self.tr("Ingen personer velges: ingen kan kjennes igjen."))
            return
        chosen = set(self.checked_ids())
        names = [c.name for c in self.candidates if c.resident_id in chosen]
        self.chosen_label.setText(self.tr("Valgt: {names}").format(names=", ".join(names))
                                  if names else self.tr("Ingen valgt ennå."))

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def field_widgets(self):
        return {"caption": self.caption_edit, "taken_on": self.date_edit,
                "people": self.people_list}

    def required_fields(self):
        return {"caption", "taken_on"}

    def new_values(self):
        taken = self.image.taken_on if self.image is not None else None
        return {"caption": "", "taken_on": date_no(taken or self.today), "resident_ids": (),
                "nobody_recognisable": False}

    def read(self, record_id):
        entry = photos.read_photo(record_id)
        data, _format = photos.photo_image(record_id)
        self.preview.setPixmap(thumbnail(data, QSize(320, 200)))
        return ({"caption": entry.caption, "taken_on": date_no(entry.taken_on),
                 "resident_ids": tuple(sorted(p.resident_id for p in entry.people)),
                 "nobody_recognisable": entry.check.nobody_recognisable}, entry.version)

    def fill(self, values):
        self.caption_edit.setText(values["caption"])
        self.date_edit.setText(values["taken_on"])
        chosen = set(values["resident_ids"])
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            rid = item.data(RESIDENT_ROLE)
            if rid is not None:
                item.setCheckState(Qt.CheckState.Checked if rid in chosen
                                   else Qt.CheckState.Unchecked)
        self.nobody_check.setChecked(bool(values["nobody_recognisable"]))

    def checked_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(RESIDENT_ROLE) is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(RESIDENT_ROLE))
        return tuple(sorted(ids))

    def set_checked(self, resident_ids) -> None:
        self.fill({**self.values(), "resident_ids": tuple(resident_ids)})

    def values(self):
        nobody = self.nobody_check.isChecked()
        return {"caption": self.caption_edit.text().strip(),
                "taken_on": self.date_edit.text().strip(),
                "resident_ids": () if nobody else self.checked_ids(),
                "nobody_recognisable": nobody}

    def save(self, values, record_id, version):
        if record_id is None:
            return photos.add_photo(self.activity_id, self.image, values, today=self.today)
        photos.update_photo(record_id, version, values, today=self.today)
        return record_id


class ActivityPhotosDialog(QDialog):
    """The activity's photos with a consent mark; add, change who is shown, remove."""

    photos_changed = Signal()

    def __init__(self, activity_id: int, activity_name: str, parent: QWidget | None = None,
                 today: datetime.date | None = None):
        super().__init__(parent)
        self.activity_id = activity_id
        self.today = today or datetime.date.today()
        self.entries: list[photos.PhotoEntry] = []
        self.last_dialog: PhotoDialog | None = None
        self.setWindowTitle(self.tr("Bilder – {activity}").format(activity=activity_name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Bilder fra aktiviteten, til rapporten til tilskuddsgiveren. Et bilde kan være med i "
            "en rapport bare når alle som er med på det har samtykke til foto (for barn under "
            "15 år gitt av foresatte), eller når ingen kan kjennes igjen."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bilder"))
        self.list.setIconSize(THUMBNAIL)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(self.tr("Ingen bilder ennå. Trykk «Legg til bilde…» for å "
                                          "velge et JPEG- eller PNG-bilde."), self)
        self.empty_label.setProperty("class", "note")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(symbol("mdi6.image-plus"), self.tr("&Legg til bilde…"), self)
        self.add_button.clicked.connect(self.choose_file)
        self.edit_button = QPushButton(symbol("mdi6.account-edit-outline"),
                                       self.tr("&Endre tekst og hvem som er med…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(symbol("mdi6.delete-outline"), self.tr("&Fjern"), self)
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.setMinimumSize(560, 420)
        self.resize(760, 560)
        self.refresh()

    # --- the list -------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        try:
            self.entries = photos.list_photos(self.activity_id, on=self.today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self.entries = []
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._text(entry), self.list)
            item.setData(PHOTO_ROLE, entry.id)
            try:
                data, _format = photos.photo_image(entry.id)
                item.setIcon(thumbnail(data))
            except SamvirkeError:
                pass
            item.setToolTip(self._details(entry))
            if entry.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_label.setVisible(not self.entries)
        self._update_buttons()

    def _text(self, entry: photos.PhotoEntry) -> str:
        if entry.check.ok:
            mark = self.tr("Kan brukes i rapport: {mark}").format(mark=entry.check.mark)
        else:
            mark = self.tr("Kan ikke brukes i rapport: {mark}").format(mark=entry.check.mark)
        return "\n".join([entry.caption, date_no(entry.taken_on), entry.people_text, mark])

    def _details(self, entry: photos.PhotoEntry) -> str:
        lacking = [f"{p.name}: {p.problem_text}" for p in entry.people if p.problem]
        unnamed = entry.check.shown - len(entry.people)
        if unnamed and entry.people:
            lacking.append(self.tr("{count} anonymisert, men fortsatt på bildet: fjern bildet "
                                   "eller bruk det ikke").format(count=unnamed))
        return "\n".join(lacking)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(PHOTO_ROLE) if item is not None else None

    def select_id(self, photo_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(PHOTO_ROLE) == photo_id:
                self.list.setCurrentRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- adding, changing, removing -----------------------------------------------------------
    def choose_file(self) -> PhotoDialog | None:
        if not notices.dialogs_enabled():
            return None
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Velg et bilde"), str(Path.home()),
            self.tr("Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        return self.add_file(Path(path)) if path else None

    def add_file(self, path: Path) -> PhotoDialog | None:
        """Read the file and open the form for its caption, date and who is shown."""
        try:
            image = photos.prepare_image(path)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        return self._open(PhotoDialog(self.activity_id, image=image, parent=self,
                                      today=self.today))

    def edit_current(self) -> PhotoDialog | None:
        photo_id = self.current_id()
        if photo_id is None:
            return None
        try:
            dialog = PhotoDialog(self.activity_id, photo_id, parent=self, today=self.today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        return self._open(dialog)

    def _open(self, dialog: PhotoDialog) -> PhotoDialog:
        dialog.record_saved.connect(self._saved)
        self.last_dialog = dialog
        if notices.dialogs_enabled():
            dialog.exec()
        else:  # tests fill in the form themselves
            dialog.open()
        return dialog

    def _saved(self, photo_id: int) -> None:
        self.refresh()
        self.select_id(photo_id)
        self.photos_changed.emit()

    def remove_current(self) -> bool:
        photo_id = self.current_id()
        if photo_id is None:
            return False
        entry = next(e for e in self.entries if e.id == photo_id)
        if notices.dialogs_enabled():
            answer = notices.ask(
                self, self.tr("Fjerne bildet?"),
                self.tr("«{caption}» fjernes fra Samvirke, også fra rapporter det er valgt til. "
                        "Bildefilen du la til fra, blir ikke rørt.").format(caption=entry.caption),
                [("remove", self.tr("Fjern")), ("cancel", self.tr("Avbryt"))], default="cancel")
            if answer != "remove":
                return False
        try:
            photos.delete_photo(photo_id, entry.version)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.refresh()
        self.photos_changed.emit()
        return True
