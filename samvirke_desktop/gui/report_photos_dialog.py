"""«Bilder i rapporten…» in Rapporter: up to four photos from the application's activities for
the grant report, each with its caption, date and consent mark (no names: a grant writer may
choose photos without seeing who is on them).

A choice where someone shown lacks a photo consent is refused with the domain's message,
which counts them; a user who may see the names gets them under «Vis detaljer», to fix.
"""
import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.activities import photos
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.grants import report_photos
from samvirke_desktop.errors import PermissionDenied, PhotoConsentMissing, SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.activities.photos_dialog import THUMBNAIL, thumbnail
from samvirke_desktop.gui.icons import symbol

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 32


class ReportPhotosDialog(QDialog):
    """Tick up to four photos; Lagre keeps the choice with the application."""

    def __init__(self, application_id: int, parent: QWidget | None = None,
                 today: datetime.date | None = None):
        super().__init__(parent)
        self.application_id = application_id
        self.today = today or datetime.date.today()
        self.saved_ids: list[int] | None = None
        self.setWindowTitle(self.tr("Bilder i rapporten"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Velg opptil {limit} bilder fra aktivitetene i søknaden. Bildene kommer med "
            "bildetekst og dato, uten navn. Et bilde kan bare velges når alle som er med på "
            "det har samtykke til foto.").format(limit=photos.MAX_REPORT_PHOTOS), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bilder fra aktivitetene"))
        self.list.setIconSize(THUMBNAIL)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.itemChanged.connect(self._ticked)
        layout.addWidget(self.list, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(symbol("mdi6.image-check-outline"), self.tr("&Lagre valget"),
                                       self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumSize(560, 420)
        self.resize(720, 560)
        self._fill()

    def _fill(self) -> None:
        self.entries = photos.application_photos(self.application_id, on=self.today)
        chosen = set(report_photos.chosen_photo_ids(self.application_id))
        names = photos.activity_names(e.activity_id for e in self.entries)
        self.list.blockSignals(True)
        for entry in self.entries:
            mark = (self.tr("Kan brukes: {mark}") if entry.check.ok
                    else self.tr("Kan ikke brukes: {mark}")).format(mark=entry.check.mark)
            where = f"{names.get(entry.activity_id, '')}, {date_no(entry.taken_on)}"
            item = QListWidgetItem(f"{entry.caption}\n{where}\n{mark}", self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in chosen
                               else Qt.CheckState.Unchecked)
            item.setData(PHOTO_ROLE, entry.id)
            try:
                data, _format = photos.photo_image(entry.id)
                item.setIcon(thumbnail(data))
            except SamvirkeError:
                pass
        if not self.entries:
            item = QListWidgetItem(self.tr("Aktivitetene i søknaden har ingen bilder ennå. Legg "
                                           "dem til under Aktiviteter → Bilder…"), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.blockSignals(False)
        self._ticked()

    def checked_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PHOTO_ROLE) is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(PHOTO_ROLE))
        return ids

    def set_checked(self, photo_ids) -> None:
        wanted = set(photo_ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PHOTO_ROLE) is not None:
                item.setCheckState(Qt.CheckState.Checked if item.data(PHOTO_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)

    def _ticked(self, *_args) -> None:
        count = len(self.checked_ids())
        too_many = count > photos.MAX_REPORT_PHOTOS
        if too_many:
            text = self.tr("Du har valgt {count} bilder. Velg høyst {limit}.").format(
                count=count, limit=photos.MAX_REPORT_PHOTOS)
        elif count == 0:
            text = self.tr("Ingen bilder valgt: rapporten lages uten bilder.")
        elif count == 1:
            text = self.tr("1 bilde valgt.")
        else:
            text = self.tr("{count} bilder valgt.").format(count=count)
        self.status.setText(text)
        self.status.setProperty("class", "fieldError" if too_many else "note")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.save_button.setEnabled(not too_many)

    def save(self) -> bool:
        """Keep the ticked photos; a missing consent is refused plainly, nothing changes."""
        ids = self.checked_ids()
        try:
            self.saved_ids = report_photos.choose_report_photos(self.application_id, ids,
                                                                today=self.today)
        except PhotoConsentMissing as exc:
            self.status.setText(exc.message)
            self.status.setProperty("class", "fieldError")
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
            notices.show_message(self, exc.title, exc.message, details=self.names_lacking(exc))
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.accept()
        return True

    def names_lacking(self, exc: PhotoConsentMissing) -> str:
        """Who lacks consent on each refused photo, for a user who may see names ("" else)."""
        lines = []
        for check in exc.checks:
            try:
                people = photos.consent_details(check.photo_id, self.today)
            except (PermissionDenied, SamvirkeError):
                return ""
            missing = [f"  {p.name}: {p.problem_text}" for p in people if p.problem]
            unnamed = check.shown - len(people)
            if unnamed:
                missing.append("  " + self.tr("{count} anonymisert, men fortsatt på "
                                              "bildet").format(count=unnamed))
            if missing:
                lines.append(f"«{check.caption}»:")
                lines += missing
        return "\n".join(lines)


class ReportPhotoRow(QObject):
    """The «Bilder:» row of the Rapporter page, shown for the grant report: how many photos
    are chosen for the application, and the button that opens the choice."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        ui = page.ui
        self.widget = QWidget(ui.parameterFrame)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(symbol("mdi6.image-multiple-outline"),
                                  self.tr("&Bilder i rapporten…"), self.widget)
        self.button.setToolTip(self.tr("Velg opptil 4 bilder fra aktivitetene i søknaden. Bare "
                                       "bilder der alle har samtykke til foto kan velges."))
        self.button.clicked.connect(self.choose)
        self.label = QLabel(self.widget)
        self.label.setProperty("class", "note")
        row.addWidget(self.button)
        row.addWidget(self.label, 1)
        position, _role = ui.formLayout.getWidgetPosition(ui.applicationCombo)
        self.caption = QLabel(self.tr("Bilder:"), ui.parameterFrame)
        ui.formLayout.insertRow(position + 1, self.caption, self.widget)
        ui.applicationCombo.currentIndexChanged.connect(lambda _i: self.update())
        self.last_dialog: ReportPhotosDialog | None = None
        self.visible = False
        page.installEventFilter(self)   # a colleague may have chosen photos meanwhile

    def eventFilter(self, watched, event) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show:
            self.update()
        return False

    def show_for(self, kind) -> None:
        self.visible = kind is not None and kind.key == "grant_report"
        self.page.ui.formLayout.setRowVisible(self.widget, self.visible)
        self.update()

    def update(self) -> None:
        application_id = self.page.ui.applicationCombo.currentData()
        if not self.visible or application_id is None:
            self.button.setEnabled(False)
            self.label.setText("")
            return
        try:
            count = len(report_photos.chosen_photo_ids(application_id))
        except SamvirkeError:
            self.button.setEnabled(False)
            self.label.setText("")
            return
        from samvirke_desktop.domain.team import permissions

        self.button.setEnabled(permissions.can(permissions.EDIT_APPLICATIONS))
        self.label.setText(self.tr("Ingen bilder valgt") if count == 0 else
                           self.tr("1 bilde valgt") if count == 1 else
                           self.tr("{count} bilder valgt").format(count=count))

    def choose(self) -> ReportPhotosDialog | None:
        application_id = self.page.ui.applicationCombo.currentData()
        if application_id is None:
            return None
        try:
            dialog = ReportPhotosDialog(application_id, self.page, self.page.today())
        except SamvirkeError as exc:
            notices.show_expected_error(self.page, exc)
            return None
        dialog.accepted.connect(self.update)
        self.last_dialog = dialog
        if notices.dialogs_enabled():
            dialog.exec()
        else:
            dialog.open()
        return dialog
