"""The check-in window for one session, built for a laptop or touch screen in a noisy room.

Everything is saved the moment it is done, each in its own short transaction through
``domain.attendance``: a tick, a walk-in, a new child, a head count, a volunteer's hours,
the notes. A colleague's PC checking in the same session is noticed within a couple of
seconds (``LiveRefresh``) and the window reloads; ticks never overwrite each other because
every attendance row stands on its own.
"""
import datetime
import logging
import time

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QMenu, QVBoxLayout, QWidget

from samvirke_desktop.db.models import DB
from samvirke_desktop.domain.activities import attendance, check_in
from samvirke_desktop.domain.activities.check_in import CheckInData, head_count_cells
from samvirke_desktop.domain.formatting import date_no, number
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.vocabulary import ATTENDANCE_ROLE_LABELS, label_text
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui import notices, style
from samvirke_desktop.gui.checkin.head_count_table import HeadCountTable
from samvirke_desktop.gui.checkin.roster_model import RosterModel
from samvirke_desktop.gui.checkin.saving import FAILED, Saver
from samvirke_desktop.gui.checkin.volunteer_panel import VolunteerPanel
from samvirke_desktop.gui.forms.ui_check_in_window import Ui_CheckInWindow
from samvirke_desktop.gui.live_refresh import LiveRefresh

log = logging.getLogger(__name__)

NOTES_PAUSE_MS = 1500
SEARCH_PAUSE_MS = 120
SEARCH_ROWS = 6
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 30
MINIMUM_WIDTH, MINIMUM_HEIGHT = 900, 600

CHILD_GENDERS = (("female", "Jente"), ("male", "Gutt"), ("other", "Annet"),
                 ("unspecified", "Ikke oppgitt"))

def check_in_style() -> str:
    """Large type for a screen read at the door; sizes follow the text size setting and the
    colours the light or dark scheme (gui/style.py)."""
    c, pt = style.colours(), style.points
    return f"""
QLabel[class="checkInTitle"] {{ font-size: {pt(2.17)}; font-weight: 600; color: {c['text']}; }}
QLabel[class="checkInWhen"] {{ font-size: {pt(1.33)}; color: {c['caption']}; }}
QLabel[class="counterValue"] {{ font-size: {pt(3.33)}; font-weight: 700; color: {c['text']}; }}
QLabel[class="counterCaption"] {{ font-size: {pt(1.17)}; color: {c['caption']}; }}
QFrame[class="counter"] {{ background: {c['card']}; border: 1px solid {c['card_border']};
    border-radius: 10px; }}
QFrame[class="counter"] QLabel {{ background: transparent; border: none; }}
QFrame[class="counterMain"] {{ background: {c['accent']}; border-radius: 10px; }}
QFrame[class="counterMain"] QLabel {{ color: {c['on_accent']}; background: transparent; }}
QLabel[class="warningBanner"] {{ background: {c['warning_background']}; color: {c['warning_text']};
    border: 1px solid {c['warning_border']}; border-radius: 6px; padding: 8px 10px;
    font-size: {pt(1.25)}; }}
QLineEdit#searchEdit {{ font-size: {pt(1.5)}; padding: 6px 8px; }}
QListView#searchResults {{ font-size: {pt(1.33)}; }}
QListView#rosterView {{ background: {c['alternate']}; border: 1px solid {c['card_border']};
    border-radius: 6px; }}
QTableView#volunteerView {{ font-size: {pt(1.25)}; }}
QTabWidget#sideTabs QTabBar::tab {{ font-size: {pt(1.25)}; padding: 8px 12px; }}
QSpinBox {{ font-size: {pt(1.33)}; }}
QPushButton#newChildButton, QPushButton#childAddButton {{ font-size: {pt(1.25)};
    padding: 6px 12px; }}
"""


class Counter(QFrame):
    """A number big enough to read from across the room, with its caption."""

    def __init__(self, caption: str, main: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("class", "counterMain" if main else "counter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 6)
        layout.setSpacing(0)
        self.value_label = QLabel("0", self)
        self.value_label.setProperty("class", "counterValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setProperty("class", "counterCaption")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        # A fixed size: a count going from 9 to 10 then repaints the number only, not the
        # whole window after a new layout.
        width = max(96, self.caption_label.sizeHint().width() + 28)
        self.setFixedSize(width, self.sizeHint().height())

    def set_value(self, value) -> None:
        self.value_label.setText(value if isinstance(value, str) else number(value))

    def value_text(self) -> str:
        return self.value_label.text()


class CheckInWindow(QWidget):
    """Oppmøte for one session. Use ``open_check_in`` rather than making one directly."""

    closed = Signal(int)

    def __init__(self, session_id: int, parent: QWidget | None = None):
        began = time.perf_counter()
        super().__init__(parent, Qt.WindowType.Window)
        self.session_id = session_id
        self.data: CheckInData | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_CheckInWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(check_in_style())
        # What a screen reader calls the lists (the search boxes have labels).
        for view, name in ((self.ui.rosterView, self.tr("Deltakere")),
                           (self.ui.searchResults, self.tr("Treff på søket")),
                           (self.ui.volunteerResults, self.tr("Treff på frivillige")),
                           (self.ui.volunteerView, self.tr("Frivillige"))):
            view.setAccessibleName(name)
        # Fixed limits: the window system is never asked to change them while it is shown.
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        self.saver = Saver(self, self.ui.messageBanner, self.ui.savedLabel,
                           on_gone=self._session_gone)
        self.ui.certificateBanner.hide()

        self.counters = {
            "children": Counter(self.tr("Barn"), parent=self),
            "adults": Counter(self.tr("Voksne"), parent=self),
            "head_count": Counter(self.tr("Uten navn"), parent=self),
            "volunteers": Counter(self.tr("Frivillige"), parent=self),
            "total": Counter(self.tr("Til stede i alt"), main=True, parent=self),
        }
        self.counters["total"].setToolTip(self.tr(
            "Barn og voksne registrert med navn, og de som er telt uten navn. Frivillige "
            "regnes ikke med."))
        for counter in self.counters.values():
            self.ui.countersLayout.addWidget(counter)

        self._setup_roster()
        self._setup_search()
        self._setup_quick_child()
        self.volunteers = VolunteerPanel(self.ui, self.saver, session_id, self._update_counters,
                                         self)
        self.head_counts = HeadCountTable(self.ui.headCountGrid, self.ui.headCountTab,
                                          self._save_head_count)
        self._setup_notes()
        self._setup_shortcuts()
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.monthGridButton.clicked.connect(self._month_grid)
        self._setup_nobody_came()
        self._ahead_confirmed = False
        self.saver.before_write = self._confirm_ahead_of_time

        self.live = LiveRefresh(self)
        self.live.changed.connect(self.reload)

        self.reload()
        if self.data is not None:
            self.live.watch(DB.obj)
        self.ui.rosterView.setFocus()
        self.opened_in = time.perf_counter() - began

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> bool:
        """Read everything again (after a colleague's save, or F5); False when it failed."""
        try:
            data = check_in.load_check_in(self.session_id)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self._session_gone()
            return False
        self._apply(data)
        return True

    def _apply(self, data: CheckInData) -> None:
        self.data = data
        session = data.session
        self.ui.titleLabel.setText(session.activity_name)
        when = session.when + (f" · {session.place}" if session.place else "")
        if session.topic:
            when += f" · {session.topic}"
        self.ui.whenLabel.setText(when)
        self.setWindowTitle(self.tr("Oppmøte – {activity} – {when}").format(
            activity=session.activity_name, when=session.when))

        self._set_roster(data)
        self.volunteers.session = session
        self.volunteers.set_volunteers(check_in.checkin_volunteers(session,
                                                                   self.volunteers.picked())
                                       if self.volunteers.picked() else data.volunteers)
        cells, other = head_count_cells(data.head_counts)
        self.head_counts.set_cells(cells)
        self._other_head_count = other
        self.ui.headCountOtherLabel.setText(
            self.tr("I tillegg {count} telt i andre aldersgrupper (registrert et annet sted).")
            .format(count=number(other)) if other else "")
        self.ui.headCountOtherLabel.setVisible(bool(other))
        self._load_notes(session.notes)
        with QSignalBlocker(self.nobody_came_check):
            self.nobody_came_check.setChecked(session.nobody_came)

        editable = not session.cancelled
        self.nobody_came_check.setEnabled(editable)
        for widget in (self.ui.rosterView, self.ui.searchEdit, self.ui.newChildButton,
                       self.ui.roleCombo, self.ui.enrolCheck, self.ui.volunteerView,
                       self.ui.addVolunteerEdit, self.ui.notesEdit):
            widget.setEnabled(editable)
        self.head_counts.set_enabled(editable)
        if session.cancelled:
            reason = f" ({session.cancel_reason})" if session.cancel_reason else ""
            self.saver.show_banner(self.tr(
                "Samlingen er avlyst{reason}, så oppmøte kan ikke registreres. Ta tilbake "
                "avlysningen på aktiviteten hvis samlingen likevel ble holdt.").format(
                reason=reason))
        if session.head_count_only and not data.roster.entries:
            self.ui.sideTabs.setCurrentWidget(self.ui.headCountTab)
        self.ui.rosterView.empty_text = self.tr(
            "Her telles folk uten navn: fyll inn under «Uten navn» til høyre. Søk over hvis "
            "noen skal registreres med navn.") if session.head_count_only else self.tr(
            "Ingen står på deltakerlisten for denne datoen. Søk etter navn over, eller "
            "registrer et nytt barn.")
        self._update_counters()

    def _set_roster(self, data: CheckInData) -> None:
        current = self.ui.rosterView.currentIndex()
        keep = current.data(Qt.ItemDataRole.UserRole + 11) if current.isValid() else None
        self.roster.set_entries(data.roster.entries, data.photo_withdrawn)
        self._select_resident(keep if keep is not None else None, scroll=False)

    def check_for_changes(self) -> bool:
        """Reload when another PC has saved something (also asked every couple of seconds)."""
        return self.live.poll()

    def _session_gone(self) -> None:
        self.live.stop()
        for widget in (self.ui.rosterView, self.ui.searchEdit, self.ui.newChildButton,
                       self.ui.volunteerView, self.ui.addVolunteerEdit, self.ui.notesEdit):
            widget.setEnabled(False)
        self.head_counts.set_enabled(False)

    # --- counters -----------------------------------------------------------------------
    def _update_counters(self) -> None:
        children, adults = self.roster.counts()
        heads = self.head_counts.total() + getattr(self, "_other_head_count", 0)
        volunteers = self.volunteers.model.present_count()
        self.counters["children"].set_value(children)
        self.counters["adults"].set_value(adults)
        self.counters["head_count"].set_value(heads)
        self.counters["volunteers"].set_value(volunteers)
        self.counters["total"].set_value(children + adults + heads)
        hours = self.volunteers.model.present_hours()
        self.counters["volunteers"].setToolTip(
            self.tr("{hours} frivillige timer").format(hours=format_hours(hours)))
        self.ui.headCountTotalLabel.setText(
            self.tr("Til sammen uten navn: {count}").format(count=number(heads)))
        self._update_certificate_banner()

    def _update_certificate_banner(self) -> None:
        warned = self.volunteers.warnings()
        tab = self.ui.sideTabs.indexOf(self.ui.volunteerTab)
        present = self.volunteers.model.present_count()
        title = self.tr("Frivillige ({count})").format(count=present) if present \
            else self.tr("Frivillige")
        title = f"⚠ {title}" if warned else title
        if self.ui.sideTabs.tabText(tab) != title:   # a new tab text lays out the tab bar
            self.ui.sideTabs.setTabText(tab, title)
        if not warned:
            self.ui.certificateBanner.hide()
            return
        if len(warned) == 1:
            text = "⚠ " + warned[0].warning_text
        else:
            names = ", ".join(v.name for v in warned)
            text = self.tr("⚠ Disse frivillige har ikke gyldig politiattest: {names}. Dette er "
                           "en aktivitet med barn. Se en gyldig politiattest før de er med, og "
                           "registrer datoen på den frivillige.").format(names=names)
        self.ui.certificateBanner.setText(text)
        self.ui.certificateBanner.show()

    # --- the participants -----------------------------------------------------------------
    def _setup_roster(self) -> None:
        self.roster = RosterModel(self)
        view = self.ui.rosterView
        view.setup()
        view.setModel(self.roster)
        view.toggle_requested = self.toggle
        view.role_requested = self.set_role
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._roster_menu)

    def toggle(self, index: QModelIndex) -> None:
        """Present ↔ not present for the tile at ``index``, saved at once."""
        if not index.isValid():
            return
        entry = self.roster.entry(index.row())
        row = self.saver.run(attendance.set_present, self.session_id, entry.resident_id,
                             not entry.present)
        if row is FAILED:
            return
        self.roster.update_entry(entry.resident_id, present=row.present, role=row.role,
                                 walk_in=row.walk_in)
        self._update_counters()

    def set_role(self, index: QModelIndex, role: str) -> None:
        """Register the tile's person with ``role`` (and as present, unless known absent)."""
        if not index.isValid():
            return
        entry = self.roster.entry(index.row())
        present = True if entry.present is None else entry.present
        row = self.saver.run(attendance.set_present, self.session_id, entry.resident_id,
                             present, role=role)
        if row is FAILED:
            return
        self.roster.update_entry(entry.resident_id, present=row.present, role=row.role)
        self._update_counters()

    def _roster_menu(self, position) -> None:
        index = self.ui.rosterView.indexAt(position)
        if not index.isValid():
            return
        entry = self.roster.entry(index.row())
        menu = QMenu(self)
        toggle = menu.addAction(self.tr("Ikke til stede") if entry.present
                                else self.tr("Til stede"))
        toggle.triggered.connect(lambda: self.toggle(index))
        menu.addSeparator()
        for role, label in ATTENDANCE_ROLE_LABELS.items():
            action = QAction(self.tr("Som {role}").format(role=label_text(label).lower()), menu)
            action.setCheckable(True)
            action.setChecked(entry.role == role)
            action.triggered.connect(lambda _checked=False, r=role: self.set_role(index, r))
            menu.addAction(action)
        menu.popup(self.ui.rosterView.viewport().mapToGlobal(position))

    def _select_resident(self, resident_id: int | None, scroll: bool = True) -> None:
        row = self.roster.row_of(resident_id) if resident_id is not None else None
        if row is None:
            if self.roster.rowCount() and not self.ui.rosterView.currentIndex().isValid():
                self.ui.rosterView.setCurrentIndex(self.roster.index(0))
            return
        index = self.roster.index(row)
        self.ui.rosterView.setCurrentIndex(index)
        if scroll:
            self.ui.rosterView.scrollTo(index)

    # --- search and walk-ins ---------------------------------------------------------------
    def _setup_search(self) -> None:
        self.results = QStandardItemModel(self)
        self.ui.searchResults.setModel(self.results)
        self.ui.searchResults.hide()
        self.ui.roleCombo.addItem(self.tr("Etter alder"), None)
        for role, label in ATTENDANCE_ROLE_LABELS.items():
            self.ui.roleCombo.addItem(label_text(label), role)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.searchEdit.installEventFilter(self)
        self.ui.searchResults.clicked.connect(lambda index: self._add_candidate(index))

    def search(self) -> None:
        """Show the residents matching what is typed (enrolled ones are marked)."""
        self._search_timer.stop()
        text = self.ui.searchEdit.text().strip()
        self.results.clear()
        if not text:
            self.ui.searchResults.hide()
            return
        found = self.saver.run(attendance.search_residents_for_walk_in, text, limit=SEARCH_ROWS,
                               session_id=self.session_id)
        if found is FAILED:
            found = []
        for candidate in found:
            row = self.roster.row_of(candidate.resident_id)
            entry = self.roster.entry(row) if row is not None else None
            parts = [candidate.name]
            if candidate.birth_year:
                parts.append(self.tr("f. {year}").format(year=candidate.birth_year))
            if candidate.site_name:
                parts.append(candidate.site_name)
            if entry is not None and entry.present:
                parts.append(self.tr("allerede til stede"))
            elif entry is not None and entry.enrolled:
                parts.append(self.tr("på deltakerlisten"))
            item = QStandardItem("  ·  ".join(parts))
            item.setData(candidate.resident_id, CANDIDATE_ROLE)
            self.results.appendRow(item)
        if not found:
            item = QStandardItem(self.tr("Ingen beboer heter «{text}». Trykk Enter for å "
                                         "registrere et nytt barn.").format(text=text))
            item.setEnabled(False)
            self.results.appendRow(item)
        else:
            self.ui.searchResults.setCurrentIndex(self.results.index(0, 0))
        height = self.ui.searchResults.sizeHintForRow(0) * self.results.rowCount() + 6
        self.ui.searchResults.setFixedHeight(height)
        self.ui.searchResults.show()

    def add_from_search(self) -> None:
        """Enter in the search box: register the highlighted resident, or make a new child."""
        text = self.ui.searchEdit.text().strip()
        if not text:
            self.ui.rosterView.setFocus()
            return
        if self._search_timer.isActive() or not self.results.rowCount():
            self.search()
        index = self.ui.searchResults.currentIndex()
        if not index.isValid() or index.data(CANDIDATE_ROLE) is None:
            self.show_quick_child(text)
            return
        self._add_candidate(index)

    def _add_candidate(self, index) -> None:
        resident_id = index.data(CANDIDATE_ROLE)
        if resident_id is None:
            return
        role = self.ui.roleCombo.currentData()
        row = self.roster.row_of(resident_id)
        entry = self.roster.entry(row) if row is not None else None
        if entry is not None and entry.enrolled:
            if entry.present and (role is None or role == entry.role):
                self.ui.savedLabel.setText(self.tr("{name} er allerede registrert.")
                                           .format(name=entry.name))
            else:
                saved = self.saver.run(attendance.set_present, self.session_id, resident_id,
                                       True, role=role)
                if saved is FAILED:
                    return
                self.roster.update_entry(resident_id, present=saved.present, role=saved.role)
        else:
            saved = self.saver.run(attendance.add_walk_in, self.session_id, resident_id,
                                   role=role, enrol=self.ui.enrolCheck.isChecked())
            if saved is FAILED:
                return
            self._reload_roster()
        self._select_resident(resident_id)
        self._update_counters()
        self.ui.searchEdit.clear()
        self.ui.searchResults.hide()
        self.ui.searchEdit.setFocus()

    def _reload_roster(self) -> None:
        """After a walk-in: a new tile, so the list is read again (a few milliseconds)."""
        roster = attendance.checkin_roster(self.session_id)
        photo = check_in.withdrawn_photo_consents((e.resident_id for e in roster.entries),
                                                  self.data.session.date)
        current = self.ui.rosterView.currentIndex()
        keep = current.data(Qt.ItemDataRole.UserRole + 11) if current.isValid() else None
        self.roster.set_entries(roster.entries, photo)
        self._select_resident(keep, scroll=False)

    # --- a new child at the door ----------------------------------------------------------
    def _setup_quick_child(self) -> None:
        ui = self.ui
        ui.quickChildFrame.hide()
        ui.childErrorLabel.hide()
        ui.childGenderCombo.setPlaceholderText(self.tr("Velg"))
        for code, label in CHILD_GENDERS:
            ui.childGenderCombo.addItem(label_text(label), code)
        ui.childGenderCombo.setCurrentIndex(-1)
        ui.newChildButton.clicked.connect(lambda: self.show_quick_child(""))
        ui.childAddButton.clicked.connect(self.add_new_child)
        ui.childCancelButton.clicked.connect(self.hide_quick_child)
        for widget in (ui.childFirstNameEdit, ui.childBirthYearEdit, ui.childGenderCombo):
            widget.installEventFilter(self)

    def show_quick_child(self, first_name: str = "") -> None:
        ui = self.ui
        if first_name:
            words = first_name.split()
            ui.childFirstNameEdit.setText(" ".join(w[:1].upper() + w[1:] for w in words))
        ui.quickChildFrame.show()
        ui.searchResults.hide()
        (ui.childBirthYearEdit if ui.childFirstNameEdit.text() else ui.childFirstNameEdit) \
            .setFocus()

    def hide_quick_child(self) -> None:
        ui = self.ui
        ui.quickChildFrame.hide()
        ui.childErrorLabel.hide()
        for widget in (ui.childFirstNameEdit, ui.childBirthYearEdit):
            widget.clear()
        ui.childGenderCombo.setCurrentIndex(-1)
        self._mark_child_errors({})
        ui.searchEdit.setFocus()

    def _mark_child_errors(self, errors: dict) -> None:
        ui = self.ui
        fields = {"first_name": ui.childFirstNameEdit, "birth_year": ui.childBirthYearEdit,
                  "gender": ui.childGenderCombo}
        for name, widget in fields.items():
            widget.setProperty("invalid", name in errors)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        ui.childErrorLabel.setText(" ".join(errors.values()))
        ui.childErrorLabel.setVisible(bool(errors))
        for name in ("first_name", "birth_year", "gender"):
            if name in errors:
                fields[name].setFocus()
                break

    def add_new_child(self) -> None:
        ui = self.ui
        gender = ui.childGenderCombo.currentData() if ui.childGenderCombo.currentIndex() >= 0 \
            else None

        def field_errors(exc: ValidationError) -> None:
            self._mark_child_errors(exc.field_errors)

        saved = self.saver.run(attendance.check_in_new_child, self.session_id,
                               ui.childFirstNameEdit.text(), ui.childBirthYearEdit.text(),
                               gender or "", enrol=ui.enrolCheck.isChecked(),
                               field_errors=field_errors)
        if saved is FAILED:
            return
        name = ui.childFirstNameEdit.text().strip()
        self._reload_roster()
        self._select_resident(saved.resident_id)
        self._update_counters()
        ui.searchEdit.clear()
        self.hide_quick_child()
        ui.savedLabel.setText(self.tr("{name} er registrert og til stede. Fyll ut resten i "
                                      "Beboere senere.").format(name=name))

    # --- notes ------------------------------------------------------------------------------
    def _setup_notes(self) -> None:
        self._notes_loaded = ""
        self._notes_dirty = False
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.ui.notesEdit.textChanged.connect(self._notes_changed)
        self.ui.notesEdit.installEventFilter(self)

    def _load_notes(self, stored: str) -> None:
        if self._notes_dirty:
            return  # the user is typing: their text is merged with this one when saved
        self._notes_loaded = stored
        if self.ui.notesEdit.toPlainText() != stored:
            self.ui.notesEdit.blockSignals(True)
            self.ui.notesEdit.setPlainText(stored)
            self.ui.notesEdit.blockSignals(False)

    def _notes_changed(self) -> None:
        self._notes_dirty = True
        self._notes_timer.start()

    def save_notes(self) -> None:
        self._notes_timer.stop()
        if not self._notes_dirty:
            return
        text = self.ui.notesEdit.toPlainText()
        result = self.saver.run(attendance.save_session_notes, self.session_id,
                                self._notes_loaded, text)
        if result is FAILED:
            return
        self._notes_dirty = False
        self._notes_loaded = result.text
        if result.text != text:
            self.ui.notesEdit.blockSignals(True)
            self.ui.notesEdit.setPlainText(result.text)
            self.ui.notesEdit.blockSignals(False)
            self.ui.notesEdit.moveCursor(self.ui.notesEdit.textCursor().MoveOperation.End)
        self.ui.notesStatusLabel.setText(
            self.tr("En kollega skrev også i notatet. Begge tekstene er tatt med.")
            if result.merged else
            self.tr("Notatet er lagret kl. {time}.").format(
                time=datetime.datetime.now().strftime("%H:%M")))

    # --- keys --------------------------------------------------------------------------------
    def _setup_shortcuts(self) -> None:
        self.search_shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        self.search_shortcut.activated.connect(self.focus_search)
        self.new_child_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.new_child_shortcut.activated.connect(
            lambda: self.show_quick_child(self.ui.searchEdit.text().strip()))
        self.reload_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        self.reload_shortcut.activated.connect(self.reload)
        self.close_shortcut = QShortcut(QKeySequence("Ctrl+W"), self)
        self.close_shortcut.activated.connect(self.close)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def eventFilter(self, watched, event):
        ui = self.ui
        if event.type() == QEvent.Type.FocusOut and watched is ui.notesEdit:
            self.save_notes()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is ui.searchEdit:
            if enter:
                self.add_from_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.rowCount():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = ui.searchResults.currentIndex().row() + step
                row = max(0, min(self.results.rowCount() - 1, row))
                ui.searchResults.setCurrentIndex(self.results.index(row, 0))
                return True
            if key == Qt.Key.Key_Escape:
                if ui.searchEdit.text():
                    ui.searchEdit.clear()
                    ui.searchResults.hide()
                else:
                    ui.rosterView.setFocus()
                return True
        if watched in (ui.childFirstNameEdit, ui.childBirthYearEdit, ui.childGenderCombo):
            if enter:
                self.add_new_child()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide_quick_child()
                return True
        return False

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    # --- the rest ------------------------------------------------------------------------------
    def _save_head_count(self, key, count: int) -> bool:
        age_from, age_to, gender = key
        rows = self.saver.run(attendance.set_head_count, self.session_id, age_from, age_to,
                              gender, count)
        if rows is FAILED:
            return False
        self._update_counters()
        return True

    # --- nobody came, and sessions not yet held ---------------------------------------------
    def _setup_nobody_came(self) -> None:
        self.nobody_came_check = QCheckBox(self.tr("&Ingen kom"), self)
        self.nobody_came_check.setToolTip(self.tr(
            "Samlingen ble holdt, men ingen kom. Da regnes den som holdt med null i rapportene; "
            "uten merket regnes en samling uten registrert oppmøte ikke som holdt."))
        layout = self.ui.footerLayout
        layout.insertWidget(layout.indexOf(self.ui.monthGridButton), self.nobody_came_check)
        self.nobody_came_check.toggled.connect(self._nobody_came_toggled)

    def _nobody_came_toggled(self, checked: bool) -> None:
        if self.saver.run(attendance.mark_nobody_came, self.session_id, checked) is FAILED:
            with QSignalBlocker(self.nobody_came_check):
                self.nobody_came_check.setChecked(not checked)

    def _confirm_ahead_of_time(self) -> bool:
        """Registering attendance for a session after today is asked about once."""
        if self._ahead_confirmed or self.data is None \
                or self.data.session.date <= datetime.date.today():
            return True
        answer = notices.ask(self, self.tr("Samlingen er ikke holdt ennå"), self.tr(
            "Denne samlingen er {date}, etter i dag. Oppmøte registreres vanligvis etter at "
            "samlingen er holdt. Vil du likevel registrere nå?").format(
            date=date_no(self.data.session.date)),
            [("yes", self.tr("Registrer likevel")), ("no", self.tr("Avbryt"))], default="no")
        self._ahead_confirmed = answer == "yes"
        return self._ahead_confirmed

    def _month_grid(self) -> None:
        if self.data is None:
            return
        from samvirke_desktop.gui.checkin.month_grid import open_month_grid

        day = self.data.session.date
        open_month_grid(self.data.session.activity_id, day.year, day.month, self.parentWidget())

    def flush(self) -> None:
        """Save what is still waiting for a typing pause (head counts, notes)."""
        self.head_counts.flush()
        if self._notes_dirty:
            self.save_notes()

    def closeEvent(self, event):
        if self.data is not None and not self.data.session.cancelled:
            self.flush()
        self.live.stop()
        self.closed.emit(self.session_id)
        super().closeEvent(event)
