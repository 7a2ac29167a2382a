"""The activity form: what it is, where, for whom, who takes part, who helps, who pays, and
whether and how it stands on the residents' poster (its name, place and description in the
poster's other languages).

Everything is saved together with the activity. A regular volunteer without a valid police
certificate on an activity with children is shown at once (a banner and the row in colour);
saving is still allowed: the team decides, and the change log records the warning.
"""
import datetime
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTabWidget, QWidget

from samvirke_desktop.domain.activities.activity_record import (
    TRANSLATED_FIELDS,
    application_choices,
    new_activity_values,
    on_poster_by_default,
    read_activity,
    save_activity,
    search_residents,
    search_volunteers,
    set_archived,
    site_choices,
    volunteer_entries,
)
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import (
    ACTIVITY_KIND_LABELS,
    ATTENDANCE_ROLE_LABELS,
    POSTER_LANGUAGES,
    RIGHT_TO_LEFT_LANGUAGES,
    label_text,
)
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.activities.participant_models import (
    EnrolmentModel,
    RoleDelegate,
    VolunteerEntryModel,
)
from samvirke_desktop.gui.forms.ui_activity_form import Ui_ActivityForm
from samvirke_desktop.gui.record_dialog import RecordDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 20
ERROR_MARK = " ⚠"
TRANSLATED_MARK = " ✓"


class ActivityDialog(RecordDialog):
    def __init__(self, record_id: int | None = None, parent: QWidget | None = None,
                 today: datetime.date | None = None, *,
                 open_sessions: Callable[[int, QWidget | None], QWidget | None] | None = None):
        """``open_sessions`` shows the activity's sessions window; without it (the form opened
        from that window) there is no button to go there."""
        self._today = today or datetime.date.today()
        self._archived = False
        self._people_hidden = False
        self._translations: dict[str, dict[str, str]] = {}
        self._language: str | None = None
        self._poster_chosen = False   # the user ticked or unticked «på plakaten» themselves
        super().__init__(record_id, parent)
        self.setWindowTitle(self.tr("Ny aktivitet") if record_id is None else
                            self.tr("Aktivitet – {name}").format(name=self.ui.nameEdit.text()))
        self.resize(820, 640)
        self.can_edit = permissions.can(permissions.EDIT_ACTIVITIES)
        self.sessions_button = self.add_action_button(
            self.tr("Samlinger og &timeplan…"), "mdi6.calendar-clock", self.open_sessions)
        self.sessions_button.setEnabled(record_id is not None)
        self.sessions_button.setVisible(open_sessions is not None)
        self._open_sessions = open_sessions
        self.sessions_button.setToolTip(
            self.tr("Se samlingene, registrer oppmøte og endre timeplanen") if record_id
            else self.tr("Lagre aktiviteten først, så kan du legge inn timeplanen"))
        self.archive_button = self.add_action_button(
            self.tr("Hent fram") if self._archived else self.tr("Arkiver"),
            "mdi6.archive-arrow-up-outline" if self._archived else "mdi6.archive-outline",
            self.toggle_archived)
        self.archive_button.setVisible(record_id is not None and self.can_edit)
        if not self.can_edit:
            self._make_read_only()

    # --- the form -------------------------------------------------------------------------
    def setup_form(self, body):
        self.ui = Ui_ActivityForm()
        self.ui.setupUi(body)
        ui = self.ui
        for code, label in ACTIVITY_KIND_LABELS.items():
            ui.kindCombo.addItem(label_text(label), code)
        for code, label in ATTENDANCE_ROLE_LABELS.items():
            ui.newRoleCombo.addItem(label_text(label), code)
        ui.certificateWarning.hide()

        self.enrolments = EnrolmentModel(self, getattr(self, "_today", None))
        ui.participantsTable.setModel(self.enrolments)
        ui.participantsTable.setItemDelegateForColumn(EnrolmentModel.COL_ROLE, RoleDelegate(self))
        header = ui.participantsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EnrolmentModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((EnrolmentModel.COL_BORN, 70), (EnrolmentModel.COL_ROLE, 110),
                              (EnrolmentModel.COL_START, 120), (EnrolmentModel.COL_END, 120)):
            header.resizeSection(column, width)
        ui.participantsTable.verticalHeader().hide()
        ui.participantPicker.set_search(search_residents,
                                        self.tr("Skriv navn, telefon eller e-post"))
        ui.participantPicker.picked.connect(self._add_participant)
        ui.removeParticipantButton.clicked.connect(self._remove_participant)
        for signal in (self.enrolments.rowsInserted, self.enrolments.rowsRemoved,
                       self.enrolments.modelReset, self.enrolments.dataChanged):
            signal.connect(self._participants_changed)

        self.volunteers = VolunteerEntryModel(self)
        ui.volunteersTable.setModel(self.volunteers)
        ui.volunteerButtons.setStretch(0, 1)
        vheader = ui.volunteersTable.horizontalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.volunteersTable.verticalHeader().hide()
        ui.volunteerPicker.set_search(lambda text: search_volunteers(text, today=self._today),
                                      self.tr("Skriv navnet på den frivillige"))
        ui.volunteerPicker.picked.connect(self._add_volunteer)
        ui.removeVolunteerButton.clicked.connect(self._remove_volunteer)
        for signal in (self.volunteers.rowsInserted, self.volunteers.rowsRemoved,
                       self.volunteers.modelReset):
            signal.connect(self._volunteers_changed)
        ui.withChildrenCheck.toggled.connect(self._children_toggled)

        # The poster: internal meetings are left off unless the user says otherwise.
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.onPosterCheck.clicked.connect(self._poster_clicked)
        ui.onPosterCheck.toggled.connect(self._mark_translated_languages)
        for code, label in POSTER_LANGUAGES.items():
            ui.languageCombo.addItem(label_text(label), code)
        ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        ui.translatedNameEdit.textEdited.connect(self._translation_edited)
        ui.translatedPlaceEdit.textEdited.connect(self._translation_edited)
        ui.translatedDescriptionEdit.textChanged.connect(self._translation_edited)
        ui.tabs.currentChanged.connect(self._show_originals)

    def field_widgets(self):
        ui = self.ui
        return {"name": ui.nameEdit, "kind": ui.kindCombo, "site_id": ui.siteCombo,
                "place": ui.placeEdit, "responsible": ui.responsibleEdit,
                "target_group": ui.targetGroupEdit, "with_children": ui.withChildrenCheck,
                "head_count_only": ui.headCountOnlyCheck, "description": ui.descriptionEdit,
                "on_poster": ui.onPosterCheck, "translations": ui.translatedNameEdit,
                "enrolments": ui.participantsTable, "volunteers": ui.volunteersTable,
                "application_ids": ui.applicationsList}

    def required_fields(self):
        return {"name"}

    def new_values(self):
        return new_activity_values()

    def read(self, record_id):
        return read_activity(record_id, today=self._today)

    def fill(self, values):
        ui = self.ui
        self._archived = bool(values.get("archived"))
        ui.nameEdit.setText(values["name"])
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(values["kind"])))
        ui.siteCombo.clear()
        ui.siteCombo.addItem(self.tr("Ikke valgt"), None)
        for site in site_choices(values["site_id"]):
            label = site.name + (self.tr(" (arkivert)") if site.archived else "")
            ui.siteCombo.addItem(label, site.id)
        ui.siteCombo.setCurrentIndex(max(0, ui.siteCombo.findData(values["site_id"])))
        ui.placeEdit.setText(values["place"])
        ui.responsibleEdit.setText(values["responsible"])
        ui.targetGroupEdit.setText(values["target_group"])
        ui.withChildrenCheck.setChecked(bool(values["with_children"]))
        ui.headCountOnlyCheck.setChecked(bool(values["head_count_only"]))
        ui.descriptionEdit.setPlainText(values["description"])
        self._poster_chosen = values.get("on_poster") is not None
        ui.onPosterCheck.setChecked(bool(values["on_poster"]) if self._poster_chosen
                                    else on_poster_by_default(values["kind"]))
        self._translations = {language: dict(texts)
                              for language, texts in (values.get("translations") or {}).items()}
        self._language = None
        self._language_changed()
        self._people_hidden = values["enrolments"] is None
        self.enrolments.set_rows(values["enrolments"] or [])
        self.volunteers.set_rows(values["volunteers"] or [])
        self._show_people_access()
        ui.applicationsList.clear()
        linked = set(values["application_ids"])
        for choice in application_choices(linked):
            item = QListWidgetItem(choice.label, ui.applicationsList)
            item.setData(ID_ROLE, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in linked
                               else Qt.CheckState.Unchecked)
        if not ui.applicationsList.count():
            item = QListWidgetItem(self.tr("Ingen søknader er registrert ennå."),
                                   ui.applicationsList)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._participants_changed()
        self._volunteers_changed()

    def values(self):
        ui = self.ui
        return {
            "name": ui.nameEdit.text(), "kind": ui.kindCombo.currentData(),
            "site_id": ui.siteCombo.currentData(), "place": ui.placeEdit.text(),
            "responsible": ui.responsibleEdit.text(), "target_group": ui.targetGroupEdit.text(),
            "with_children": ui.withChildrenCheck.isChecked(),
            "head_count_only": ui.headCountOnlyCheck.isChecked(),
            "description": ui.descriptionEdit.toPlainText(),
            "on_poster": ui.onPosterCheck.isChecked(),
            "translations": {language: dict(texts)
                             for language, texts in sorted(self._translations.items())
                             if any(text.strip() for text in texts.values())},
            "enrolments": None if self._people_hidden else self.enrolments.rows(),
            "volunteers": None if self._people_hidden else self.volunteers.rows(),
            "application_ids": sorted(
                ui.applicationsList.item(i).data(ID_ROLE)
                for i in range(ui.applicationsList.count())
                if ui.applicationsList.item(i).data(ID_ROLE) is not None
                and ui.applicationsList.item(i).checkState() == Qt.CheckState.Checked),
        }

    def save(self, values, record_id, version):
        return save_activity(values, record_id, version, today=self._today)

    def display_value(self, name, value):
        if name == "kind":
            return label_text(ACTIVITY_KIND_LABELS.get(value, value))
        if name == "enrolments" and value is not None:
            return ", ".join(row["name"] for row in value) or "–"
        if name == "volunteers" and value is not None:
            return ", ".join(entry.name for entry in value) or "–"
        if name == "site_id":
            index = self.ui.siteCombo.findData(value)
            return self.ui.siteCombo.itemText(index) if index >= 0 else "–"
        if name == "translations":
            return ", ".join(label_text(POSTER_LANGUAGES.get(code, code))
                             for code in sorted(value or {})) or "–"
        return super().display_value(name, value)

    # --- errors on tabs -----------------------------------------------------------------
    def show_errors(self, field_errors):
        super().show_errors(field_errors)
        widgets = self.field_widgets()
        tabs: QTabWidget = self.ui.tabs
        pages = {tabs.widget(i): i for i in range(tabs.count())}
        marked = []
        for name in field_errors:
            parent = widgets.get(name)
            while parent is not None and parent not in pages:
                parent = parent.parentWidget()
            if parent is not None and pages[parent] not in marked:
                marked.append(pages[parent])
        for i in range(tabs.count()):
            text = tabs.tabText(i).removesuffix(ERROR_MARK)
            tabs.setTabText(i, text + ERROR_MARK if i in marked else text)
        if marked and tabs.currentIndex() not in marked:
            tabs.setCurrentIndex(marked[0])

    def clear_errors(self):
        super().clear_errors()
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            tabs.setTabText(i, tabs.tabText(i).removesuffix(ERROR_MARK))

    # --- participants and volunteers ------------------------------------------------------
    def _add_participant(self, match) -> None:
        if match.id in self.enrolments.resident_ids():
            return
        row = self.enrolments.add(match.id, match.name, match.birth_year,
                                  self.ui.newRoleCombo.currentData(), self._today)
        self.ui.participantsTable.selectRow(row)
        self.ui.participantsTable.scrollTo(self.enrolments.index(row, 0))

    def _remove_participant(self) -> None:
        index = self.ui.participantsTable.currentIndex()
        if index.isValid():
            self.enrolments.remove(index.row())

    def _participants_changed(self, *_args) -> None:
        if self._people_hidden:
            return
        total = self.enrolments.rowCount()
        active = self.enrolments.active_count()
        text = self.tr("{n} påmeldte").format(n=active)
        if total != active:
            text += self.tr(", {n} har sluttet").format(n=total - active)
        self.ui.participantsCount.setText(text)
        self.ui.participantPicker.set_excluded(self.enrolments.resident_ids())
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.participantsTab),
                                self.tr("Deltakere ({n})").format(n=active))

    def _add_volunteer(self, match) -> None:
        if match.id in self.volunteers.ids():
            return
        entries = volunteer_entries([match.id], self._today)
        if entries:
            row = self.volunteers.add(entries[0])
            self.ui.volunteersTable.selectRow(row)

    def _remove_volunteer(self) -> None:
        index = self.ui.volunteersTable.currentIndex()
        if index.isValid():
            self.volunteers.remove(index.row())

    def _children_toggled(self, checked: bool) -> None:
        self.volunteers.set_with_children(checked)

    def _volunteers_changed(self, *_args) -> None:
        if self._people_hidden:
            return
        self.ui.volunteerPicker.set_excluded(self.volunteers.ids())
        flagged = self.volunteers.flagged()
        tab = self.ui.tabs.indexOf(self.ui.volunteersTab)
        title = self.tr("Faste frivillige ({n})").format(n=self.volunteers.rowCount())
        if flagged:
            title += " ⚠"
            names = ", ".join(f"{e.name} ({e.describe().lower()})" for e in flagged)
            self.ui.certificateWarning.setText(self.tr(
                "Politiattest mangler eller er utløpt: {names}. Aktiviteten er for barn. Se "
                "en gyldig politiattest før de er med, og registrer datoen på den frivillige. "
                "Du kan lagre likevel; advarselen blir registrert.").format(names=names))
        self.ui.certificateWarning.setVisible(bool(flagged))
        self.ui.tabs.setTabText(tab, title)
        if self.ui.withChildrenCheck.isChecked():
            note = self.tr("Frivillige på aktiviteter med barn må ha vist gyldig politiattest.")
        else:
            note = self.tr("Aktiviteten er ikke for barn: politiattest kreves ikke.")
        self.ui.volunteersNote.setText(note)

    # --- the poster and its languages ----------------------------------------------------
    def _poster_clicked(self, _checked: bool) -> None:
        self._poster_chosen = True

    def _kind_changed(self, *_args) -> None:
        # Until the user has chosen, the tick follows the kind: a meeting is internal.
        if not self._poster_chosen and self.record_id is None:
            self.ui.onPosterCheck.setChecked(on_poster_by_default(self.ui.kindCombo.currentData()))

    def _language_changed(self, *_args) -> None:
        """Show the chosen language's texts, written the way that language runs."""
        ui = self.ui
        self._language = ui.languageCombo.currentData()
        texts = self._translations.get(self._language, {})
        direction = (Qt.LayoutDirection.RightToLeft if self._language in RIGHT_TO_LEFT_LANGUAGES
                     else Qt.LayoutDirection.LeftToRight)
        for edit in (ui.translatedNameEdit, ui.translatedPlaceEdit, ui.translatedDescriptionEdit):
            edit.blockSignals(True)
            edit.setLayoutDirection(direction)
        ui.translatedNameEdit.setText(texts.get("name", ""))
        ui.translatedPlaceEdit.setText(texts.get("place", ""))
        ui.translatedDescriptionEdit.setPlainText(texts.get("description", ""))
        for edit in (ui.translatedNameEdit, ui.translatedPlaceEdit, ui.translatedDescriptionEdit):
            edit.blockSignals(False)
        self._show_originals()

    def _translation_edited(self, *_args) -> None:
        if self._language is None:
            return
        ui = self.ui
        self._translations[self._language] = {
            "name": ui.translatedNameEdit.text(), "place": ui.translatedPlaceEdit.text(),
            "description": ui.translatedDescriptionEdit.toPlainText()}
        self._mark_translated_languages()

    def _show_originals(self, *_args) -> None:
        """The bokmål text as the greyed hint in each empty field: what to translate, and
        what the poster prints when it is left empty."""
        ui = self.ui
        ui.translatedNameEdit.setPlaceholderText(ui.nameEdit.text())
        ui.translatedPlaceEdit.setPlaceholderText(ui.placeEdit.text())
        ui.translatedDescriptionEdit.setPlaceholderText(ui.descriptionEdit.toPlainText())
        self._mark_translated_languages()

    def _mark_translated_languages(self, *_args) -> None:
        ui = self.ui
        done = []
        for index in range(ui.languageCombo.count()):
            code = ui.languageCombo.itemData(index)
            texts = self._translations.get(code, {})
            name = label_text(POSTER_LANGUAGES[code])
            filled = [f for f in TRANSLATED_FIELDS if (texts.get(f) or "").strip()]
            ui.languageCombo.setItemText(index, name + (TRANSLATED_MARK if filled else ""))
            if filled:
                done.append(name)
        summary = (self.tr("Oversatt til: {languages}.").format(languages=", ".join(done))
                   if done else
                   self.tr("Ingen oversettelser ennå: plakaten skrives ut på bokmål."))
        if not ui.onPosterCheck.isChecked():
            summary = self.tr("Aktiviteten står ikke på plakaten for beboerne (se fanen "
                              "Aktivitet), så oversettelsene kommer ikke med før du krysser "
                              "av for det.") + " " + summary
        ui.translationsSummary.setText(summary)
        title = self.tr("Oversettelser ({n})").format(n=len(done)) if done \
            else self.tr("Oversettelser")
        ui.tabs.setTabText(ui.tabs.indexOf(ui.translationsTab), title)

    def show_translations(self) -> None:
        """Open the form on the translations (from the check before printing a poster)."""
        self.ui.tabs.setCurrentWidget(self.ui.translationsTab)

    def _show_people_access(self) -> None:
        hidden = self._people_hidden
        for widget in (self.ui.participantPicker, self.ui.participantSearchLabel,
                       self.ui.newRoleCombo, self.ui.newRoleLabel,
                       self.ui.removeParticipantButton, self.ui.volunteerPicker,
                       self.ui.volunteerSearchLabel, self.ui.removeVolunteerButton):
            widget.setVisible(not hidden)
        if hidden:
            self.ui.participantsCount.setText(
                self.tr("Rollen din gir ikke tilgang til navnene på deltakerne."))
            self.ui.volunteersNote.setText(
                self.tr("Rollen din gir ikke tilgang til navnene på de frivillige."))

    def _make_read_only(self) -> None:
        ui = self.ui
        for edit in (ui.nameEdit, ui.placeEdit, ui.responsibleEdit, ui.targetGroupEdit,
                     ui.translatedNameEdit, ui.translatedPlaceEdit):
            edit.setReadOnly(True)
        ui.descriptionEdit.setReadOnly(True)
        ui.translatedDescriptionEdit.setReadOnly(True)
        for widget in (ui.kindCombo, ui.siteCombo, ui.withChildrenCheck, ui.headCountOnlyCheck,
                       ui.onPosterCheck,
                       ui.applicationsList, ui.participantPicker, ui.volunteerPicker,
                       ui.newRoleCombo, ui.removeParticipantButton, ui.removeVolunteerButton):
            widget.setEnabled(False)
        self.enrolments.read_only = True
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("Rollen din gir ikke lov til å endre aktiviteter."))

    # --- actions ------------------------------------------------------------------------
    def open_sessions(self):
        """Close the form (saving first if asked) and show the activity's sessions.

        The form is modal: a sessions window opened beside it could not be used until the
        form was closed.
        """
        if self.has_unsaved_changes():
            answer = notices.ask(self, self.tr("Lagre først?"), self.tr(
                "Du har endringer som ikke er lagret. Vil du lagre dem før du går til "
                "samlingene?"), [("save", self.tr("Lagre og gå videre")),
                                  ("back", self.tr("Fortsett å redigere"))], default="save")
            if answer != "save" or not self.try_save():
                return None
        else:
            self.reject()
        return self._open_sessions(self.record_id, self.parentWidget())

    def toggle_archived(self) -> None:
        if self.has_unsaved_changes():
            notices.show_message(self, self.tr("Lagre først"), self.tr(
                "Du har endringer som ikke er lagret. Lagre eller forkast dem før du "
                "arkiverer aktiviteten."))
            return
        try:
            set_archived(self.record_id, not self._archived, self.version)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return
        self.record_saved.emit(self.record_id)
        self.accept()
