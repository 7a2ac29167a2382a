"""Aktiviteter: what the team runs, with how many sessions and enrolled residents.

Filters for type, site and state (going on, ended, archived); Ny (Ctrl+N) and Enter or a
double-click open the activity form; Samlinger opens the sessions of the chosen activity,
where check-in starts; Bilder its photos (gui/activities/photos_dialog.py).
"""
import datetime

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton

from samvirke_desktop.domain.activities.activity_list import (
    ENDED,
    ONGOING,
    PLANNED,
    filter_activities,
    list_activities,
)
from samvirke_desktop.domain.activities.activity_record import certificate_warning_counts, site_choices
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import ACTIVITY_KIND_LABELS, label_text
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol
from samvirke_desktop.gui.models.activities import ActivityTableModel
from samvirke_desktop.gui.pages.list_page import ListPage

# What each choice in the state filter lets through (see ``filter_activities``).
STATE_CHOICES = {
    "not_archived": {"archived": False},
    "current": {"states": frozenset({ONGOING, PLANNED}), "archived": False},
    "ended": {"states": frozenset({ENDED}), "archived": False},
    "archived": {"archived": True},
    "all": {},
}


class ActivitiesPage(ListPage):
    # The state filter shows ended and archived activities; no separate archive switch.
    supports_archived = False

    def __init__(self, parent=None, today: datetime.date | None = None):
        self.today = today or datetime.date.today()
        self._filters_ready = False
        self.last_dialog: QDialog | None = None
        super().__init__(parent)
        self._add_filters()
        self._filters_ready = True
        self.refresh()

    def title(self):
        return self.tr("Aktiviteter")

    def create_model(self):
        return ActivityTableModel(self, self.today)

    # --- filters -----------------------------------------------------------------------------
    def _add_filters(self) -> None:
        tools = self.ui.toolLayout
        # The filters get a row of their own below the search, so nothing is cut off on a
        # small laptop screen.
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.ui.pageLayout.insertLayout(self.ui.pageLayout.indexOf(self.ui.tableView), filters)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Type"))
        self.kind_combo.addItem(self.tr("Alle typer"), None)
        for code, label in ACTIVITY_KIND_LABELS.items():
            self.kind_combo.addItem(label_text(label), code)
        self.site_combo = QComboBox(self)
        self.site_combo.setAccessibleName(self.tr("Område"))
        self.state_combo = QComboBox(self)
        self.state_combo.setAccessibleName(self.tr("Status"))
        self.state_combo.addItem(self.tr("Alle som ikke er arkivert"), "not_archived")
        self.state_combo.addItem(self.tr("Pågår eller kommer"), "current")
        self.state_combo.addItem(self.tr("Avsluttet"), "ended")
        self.state_combo.addItem(self.tr("Arkivert"), "archived")
        self.state_combo.addItem(self.tr("Alle, også arkiverte"), "all")
        self.state_combo.setToolTip(self.tr(
            "Avsluttet: den siste samlingen er holdt. Arkivert: tatt ut av listene med Arkiver "
            "i aktiviteten."))
        self._fill_sites()
        show_label = QLabel(self.tr("&Vis:"), self)
        show_label.setBuddy(self.kind_combo)
        for widget in (show_label, self.kind_combo, self.site_combo, self.state_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        for combo in (self.kind_combo, self.site_combo, self.state_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.sessions_button = QPushButton(symbol("mdi6.calendar-clock"),
                                           self.tr("&Samlinger og oppmøte"), self)
        self.sessions_button.setToolTip(self.tr(
            "Samlingene til aktiviteten du har valgt: registrer oppmøte, legg til, flytt eller "
            "avlys samlinger, endre timeplanen"))
        self.sessions_button.clicked.connect(self.open_sessions)
        tools.insertWidget(tools.indexOf(self.ui.newButton), self.sessions_button)
        self.photos_button = QPushButton(symbol("mdi6.image-multiple-outline"),
                                         self.tr("&Bilder…"), self)
        self.photos_button.setToolTip(self.tr(
            "Bilder fra aktiviteten du har valgt, med hvem som er med og om de har samtykke "
            "til foto: til rapporten til tilskuddsgiveren"))
        self.photos_button.clicked.connect(self.open_photos)
        from samvirke_desktop.gui.language import text_scale

        if text_scale() >= 150:   # no room beside the search: at the end of the filter row
            filters.addWidget(self.photos_button)
        else:
            tools.insertWidget(tools.indexOf(self.ui.newButton), self.photos_button)
        self.ui.newButton.setText(self.tr("&Ny aktivitet"))
        self.ui.searchEdit.setToolTip(self.tr("Skriv deler av navnet, typen, området eller "
                                              "stedet."))
        self.ui.tableView.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def _fill_sites(self) -> None:
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("Alle områder"), None)
        for site in site_choices():
            self.site_combo.addItem(site.name, site.id)
        index = self.site_combo.findData(current)
        self.site_combo.setCurrentIndex(max(0, index))
        self.site_combo.blockSignals(False)

    def set_filters(self, *, kind=..., site_id=..., state=...) -> None:
        """Choose filters (as a user would in the combos)."""
        for combo, value in ((self.kind_combo, kind), (self.site_combo, site_id),
                             (self.state_combo, state)):
            if value is not ...:
                combo.setCurrentIndex(max(0, combo.findData(value)))

    def load_rows(self, include_archived):
        rows = list_activities(include_archived=True, today=self.today)
        if not self._filters_ready:
            return []
        try:
            self.model.set_warnings(certificate_warning_counts(self.today))
        except SamvirkeError:
            self.model.set_warnings({})
        return filter_activities(rows, kind=self.kind_combo.currentData(),
                                 site_id=self.site_combo.currentData(), today=self.today,
                                 **STATE_CHOICES[self.state_combo.currentData()])

    def count_text(self, count):
        if count == 1:
            return self.tr("1 aktivitet")
        return self.tr("{count} aktiviteter").format(count=number(count))

    def refresh(self):
        super().refresh()
        if getattr(self, "_filters_ready", False):
            view = self.ui.tableView
            if not view.currentIndex().isValid() and self.proxy.rowCount():
                # A row is always chosen, so Enter and Samlinger work at once.
                view.setCurrentIndex(self.proxy.index(0, 0))
            self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.sessions_button.setEnabled(self.selected_id() is not None)
        self.photos_button.setEnabled(self.selected_id() is not None)

    # --- forms -----------------------------------------------------------------------------
    def can_create(self):
        return permissions.can(permissions.EDIT_ACTIVITIES)

    def new_record(self):
        return self._open_form(None)

    def open_record(self, record_id):
        return self._open_form(record_id)

    def _open_form(self, record_id: int | None):
        from samvirke_desktop.gui.activities import open_sessions
        from samvirke_desktop.gui.activities.activity_dialog import ActivityDialog

        try:
            dialog = ActivityDialog(record_id, self, self.today, open_sessions=open_sessions)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        dialog.record_saved.connect(self._saved)
        self.last_dialog = dialog
        if notices.dialogs_enabled():
            dialog.exec()
        else:  # tests fill in the form themselves
            dialog.open()
        return dialog

    def _saved(self, record_id: int) -> None:
        self._fill_sites()
        self.refresh()
        self.select_id(record_id)

    def open_sessions(self):
        record_id = self.selected_id()
        if record_id is None:
            return None
        from samvirke_desktop.gui.activities import open_sessions

        window = open_sessions(record_id, self.window())
        if window is not None and not window.property("listedOnPage"):
            window.setProperty("listedOnPage", True)
            window.activity_changed.connect(lambda _aid: self.refresh())
        return window

    def open_photos(self):
        """The chosen activity's photos; None when there is no choice or it cannot be read."""
        record_id = self.selected_id()
        if record_id is None:
            return None
        from samvirke_desktop.gui.activities.photos_dialog import ActivityPhotosDialog

        name = self.ui.tableView.currentIndex().siblingAtColumn(0).data()
        try:
            dialog = ActivityPhotosDialog(record_id, name or "", self, self.today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        self.last_dialog = dialog
        if notices.dialogs_enabled():
            dialog.exec()
        else:
            dialog.open()
        return dialog
