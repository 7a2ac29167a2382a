"""Rapporter: choose a report, its activity, application or volunteer and its period, and
make the PDF; it opens in the PDF viewer of the machine afterwards.

Only the reports and the choices the user's role may use are offered; the domain functions
behind each report check the role again. ReportLab is imported when a report is made, not
when the page opens.
"""
import datetime
import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no, number
from samvirke_desktop.domain.privacy.retention import ANONYMOUS_NAME
from samvirke_desktop.domain.report_periods import month_text
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.domain.vocabulary import POSTER_LANGUAGES, label_text
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.file_viewer import open_in_viewer
from samvirke_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from samvirke_desktop.gui.models.proxy import SearchProxyModel
from samvirke_desktop.gui.models.report_kinds import (
    ACTIVITY,
    ALL_ENROLLED,
    APPLICATION,
    LANGUAGE,
    MONTH,
    PAPER,
    PERIOD,
    SIGNER,
    SITE,
    VOLUNTEER,
    ReportKind,
    ReportKindTableModel,
    allowed_report_kinds,
    default_application,
    file_name,
    month_choices,
    period_choices,
    period_dates,
    period_name,
)
from samvirke_desktop.gui.settings import settings

log = logging.getLogger(__name__)

REPORT_FOLDER = "reports/folder"
SIGNER_ROLE = "reports/signer_role"   # the signer's role, remembered on this PC

# Which writer makes each report: (module, function), imported when the report is made.
WRITERS = {
    "attendance": ("samvirke_desktop.reports.attendance_report", "write_attendance_report"),
    "sign_in_sheet": ("samvirke_desktop.reports.sign_in_sheet", "write_sign_in_sheet"),
    "grant_report": ("samvirke_desktop.reports.grant_report", "write_grant_report"),
    "hour_certificate": ("samvirke_desktop.reports.hours_statement", "write_hours_statement"),
    "activity_calendar": ("samvirke_desktop.reports.activity_calendar",
                          "write_activity_calendar"),
}

# The check before a report goes out (report_check_dialog), for the reports that have one.
CHECKS = {
    "attendance": ("samvirke_desktop.domain.activities.report_warnings",
                   "check_attendance_report"),
    "grant_report": ("samvirke_desktop.domain.grants.report_check", "check_grant_report"),
    "activity_calendar": ("samvirke_desktop.domain.activities.calendar_poster", "poster_check"),
}
# The writer's options a check also takes (the poster's area and language).
CHECK_OPTIONS = {"activity_calendar": ("site_id", "language")}


def today() -> datetime.date:
    """The day the usual periods count from (tests set another)."""
    return datetime.date.today()


class ReportsPage(QWidget):
    report_made = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.viewer = open_in_viewer   # replaced in tests
        self.today = today
        self._name_edited = False
        self._setting_dates = False
        self._kind: ReportKind | None = None
        self._applications = {}        # id → ApplicationRow, for «Hele søknadsperioden»

        self.model = ReportKindTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.tableView
        view.setModel(self.proxy)
        view.setAccessibleName(self.tr("Rapporter"))
        header = view.horizontalHeader()
        header.setSectionResizeMode(ReportKindTableModel.COL_NAME,
                                    QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        from samvirke_desktop.gui.language import text_scale

        if text_scale() >= 150:
            # No room for the descriptions beside the names (they would wrap a word to a
            # line); the chosen report's description is above its choices anyway.
            view.setColumnHidden(ReportKindTableModel.COL_DESCRIPTION, True)
        view.selectionModel().currentRowChanged.connect(self._row_changed)

        for combo in (self.ui.activityCombo, self.ui.applicationCombo, self.ui.volunteerCombo,
                      self.ui.siteCombo):
            # Long names must not widen the panel (the page would jump between reports).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.ui.paperCombo.addItem(self.tr("A4 liggende"), "A4")
        self.ui.paperCombo.addItem(self.tr("A3 liggende (stor plakat)"), "A3")
        self.ui.languageCombo.addItem(self.tr("Bokmål"), None)
        for code, label in POSTER_LANGUAGES.items():
            self.ui.languageCombo.addItem(label_text(label), code)
        self._add_signer_fields()
        self.ask_team_name = self._ask_team_name   # replaced in tests
        self._set_folder(self._stored_folder())
        from samvirke_desktop.gui.report_photos_dialog import ReportPhotoRow

        self.photo_row = ReportPhotoRow(self)   # «Bilder i rapporten…» for the grant report

        for combo in (self.ui.activityCombo, self.ui.applicationCombo, self.ui.volunteerCombo,
                      self.ui.monthCombo, self.ui.siteCombo, self.ui.languageCombo):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.ui.applicationCombo.currentIndexChanged.connect(self._application_changed)
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        for field in (self.ui.fromEdit, self.ui.toEdit):
            field.textEdited.connect(self._dates_typed)
            field.date_picked.connect(self._dates_typed)
            field.editingFinished.connect(self._suggest_name)
        self.ui.fileNameEdit.textEdited.connect(self._name_typed)
        self.ui.folderButton.clicked.connect(self.choose_folder)
        self.ui.makeButton.clicked.connect(self.make_report)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, self.make_report)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    def title(self) -> str:
        return self.tr("Rapporter")

    def _add_signer_fields(self) -> None:
        """Who signs a statement the team confirms (the timeattest) and the volunteer's role
        in it, above the file name."""
        self.signer_name_edit = QLineEdit(self)
        self.signer_name_edit.setToolTip(self.tr(
            "Står under «For teamet:» på timeattesten. Tomt: en linje å skrive navnet på."))
        self.signer_name_edit.textEdited.connect(self._signer_typed)
        self._signer_edited = False
        self.signer_role_edit = QLineEdit(self)
        self.signer_role_edit.setPlaceholderText(self.tr("f.eks. koordinator"))
        self.signer_role_edit.setText(settings().value(SIGNER_ROLE, "", type=str))
        self.volunteer_role_edit = QLineEdit(self)
        self.volunteer_role_edit.setPlaceholderText(
            self.tr("Tomt: rollen aktivitetene gir, f.eks. «leksehjelper»"))
        self.volunteer_role_edit.setToolTip(self.tr(
            "Skriv en rolle bare når den aktivitetene gir ikke passer; den gjelder da alle "
            "aktivitetene på attesten."))
        layout = self.ui.formLayout
        row, _ = layout.getWidgetPosition(self.ui.fileNameEdit)
        self.signer_fields = [self.signer_name_edit, self.signer_role_edit,
                              self.volunteer_role_edit]
        labels = [self.tr("Si&gnert av"), self.tr("Rolle til &den som signerer"),
                  self.tr("Den frivilliges rolle")]
        for offset, (text, edit) in enumerate(zip(labels, self.signer_fields)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            layout.insertRow(row + offset, label, edit)
        self.setTabOrder(self.ui.toEdit, self.signer_name_edit)
        self.setTabOrder(self.signer_name_edit, self.signer_role_edit)
        self.setTabOrder(self.signer_role_edit, self.volunteer_role_edit)
        self.setTabOrder(self.volunteer_role_edit, self.ui.fileNameEdit)
        self._suggest_signer()
        # The attendance matrix: by default only those who came have a row.
        self.all_enrolled_check = QCheckBox(self.tr("Ta med påmeldte som ikke &kom"), self)
        self.all_enrolled_check.setToolTip(self.tr(
            "Gi også de påmeldte som aldri kom en rad i oppmøtetabellen. Ellers er de bare "
            "nevnt med navn i ett avsnitt under tabellen."))
        row, _ = layout.getWidgetPosition(self.ui.fileNameEdit)
        layout.insertRow(row, "", self.all_enrolled_check)
        self.setTabOrder(self.ui.toEdit, self.all_enrolled_check)

    def _signer_typed(self, text: str) -> None:
        # Emptying the field brings the logged-in user's name back.
        self._signer_edited = bool(text.strip())
        if not self._signer_edited:
            self._suggest_signer()

    def _suggest_signer(self) -> None:
        if not self._signer_edited:
            from samvirke_desktop.domain.team import actor

            self.signer_name_edit.setText(actor.current().full_name.strip())

    # --- what is offered ------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the reports the role may make and the choices for them again.

        Called when the page is shown again and when a colleague saves something: what the
        user has chosen and typed (report, period, file name) is kept."""
        current = self._kind.key if self._kind else None
        self._suggest_signer()   # another user may have logged in
        kinds = allowed_report_kinds()
        if [k.key for k in kinds] != self.kind_keys():
            self.model.set_rows(kinds)
        self.ui.countLabel.setText(self.tr("1 rapporttype") if len(kinds) == 1 else
                                   self.tr("{count} rapporttyper").format(count=number(len(kinds))))
        needed = {p for kind in kinds for p in kind.parameters}
        self._fill_choices(needed)
        if current in {k.key for k in kinds}:
            if self.ui.tableView.currentIndex().row() < 0:
                self.select_kind(current)
            self._choice_changed()   # a chosen activity may have gone
        else:
            self.select_kind(kinds[0].key if kinds else None)

    def kind_keys(self) -> list[str]:
        return [kind.key for kind in self.model.rows()]

    def _fill_choices(self, needed: set[str]) -> None:
        def load(function, *args, **kwargs):
            try:
                return function(*args, **kwargs)
            except SamvirkeError as exc:  # e.g. the role lost a capability since start-up
                log.warning("Valgene for rapporter kunne ikke leses: %s", exc.message)
                return []

        if ACTIVITY in needed:
            from samvirke_desktop.domain.activities.activity_list import list_activities

            rows = load(list_activities, include_archived=True)
            rows.sort(key=lambda a: (a.archived, a.name.casefold()))
            self._fill(self.ui.activityCombo,
                       [(a.id, a.name + (self.tr(" (arkivert)") if a.archived else ""))
                        for a in rows], self.tr("Ingen aktiviteter du kan lage rapport for"))
        if APPLICATION in needed:
            from samvirke_desktop.domain.grants.application_list import list_applications

            rows = load(list_applications, include_archived=True)
            first_time = not self._applications
            self._applications = {a.id: a for a in rows}
            self._fill(self.ui.applicationCombo,
                       [(a.id, f"{a.title} ({a.funder}, {a.period_start.year})") for a in rows],
                       self.tr("Ingen søknader ennå"))
            likely = default_application(rows, self.today()) if first_time else None
            if likely is not None:
                self.ui.applicationCombo.setCurrentIndex(
                    self.ui.applicationCombo.findData(likely.id))
        if VOLUNTEER in needed:
            from samvirke_desktop.domain.people.volunteer_list import list_volunteers

            rows = [v for v in load(list_volunteers, include_archived=True)
                    if v.name != ANONYMOUS_NAME]
            rows.sort(key=lambda v: (v.archived, v.name.casefold()))
            self._fill(self.ui.volunteerCombo,
                       [(v.id, v.name + (self.tr(" (sluttet)") if v.archived else ""))
                        for v in rows], self.tr("Ingen frivillige du kan lage timeattest for"))
        if SITE in needed:
            from samvirke_desktop.domain.team.site_record import site_choices

            sites = load(site_choices)
            self._fill(self.ui.siteCombo, [(None, self.tr("Alle områder"))] + list(sites), "")
        if MONTH in needed and not self.ui.monthCombo.count():
            for year, month in month_choices(self.today()):
                self.ui.monthCombo.addItem(month_text(year, month), f"{year}-{month:02d}")

    def _fill(self, combo, items: list[tuple], empty_text: str) -> None:
        """Refill ``combo`` keeping the chosen item; a grey line says when there is none."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        if not items:
            combo.addItem(empty_text, None)
        index = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(bool(items))
        combo.blockSignals(False)

    # --- the chosen report ------------------------------------------------------------------
    def select_kind(self, key: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(row).key == key:
                self.ui.tableView.setCurrentIndex(index)
                self._show_kind(self.model.row_at(row))
                return
        self._show_kind(None)

    def current_kind(self) -> ReportKind | None:
        return self._kind

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            kind = self.model.row_at(self.proxy.mapToSource(current).row())
            if kind is not self._kind:
                self._show_kind(kind)

    def _show_kind(self, kind: ReportKind | None) -> None:
        self._kind = kind
        self._name_edited = False
        self._set_status("")
        ui = self.ui
        if kind is None:
            ui.kindTitleLabel.setText(self.tr("Ingen rapporter"))
            ui.descriptionLabel.setText(self.tr("Rollen din kan ikke lage rapporter. Spør en "
                                                "administrator om du trenger det."))
        else:
            ui.kindTitleLabel.setText(kind.name)
            ui.descriptionLabel.setText(kind.description)
        parameters = kind.parameters if kind else ()
        rows = {ACTIVITY: ui.activityCombo, APPLICATION: ui.applicationCombo,
                VOLUNTEER: ui.volunteerCombo, MONTH: ui.monthCombo, SITE: ui.siteCombo,
                PAPER: ui.paperCombo, LANGUAGE: ui.languageCombo}
        for parameter, widget in rows.items():
            ui.formLayout.setRowVisible(widget, parameter in parameters)
        for widget in (ui.periodCombo, ui.fromEdit, ui.toEdit):
            ui.formLayout.setRowVisible(widget, PERIOD in parameters)
        for widget in self.signer_fields:
            ui.formLayout.setRowVisible(widget, SIGNER in parameters)
        ui.formLayout.setRowVisible(self.all_enrolled_check, ALL_ENROLLED in parameters)
        ui.formLayout.setRowVisible(ui.fileNameEdit, kind is not None)
        ui.formLayout.setRowVisible(ui.folderLayout, kind is not None)
        ui.openCheck.setVisible(kind is not None)
        ui.makeButton.setVisible(kind is not None)
        self.photo_row.show_for(kind)
        if kind is None:
            return
        if PERIOD in parameters:
            self._fill_periods(kind)
        if MONTH in parameters:
            # A sign-in sheet for the month under way, a poster for the coming one.
            today = self.today()
            wanted = f"{today.year}-{today.month:02d}"
            if kind.key == "activity_calendar":
                wanted = f"{today.year + today.month // 12}-{today.month % 12 + 1:02d}"
            ui.monthCombo.blockSignals(True)
            ui.monthCombo.setCurrentIndex(max(0, ui.monthCombo.findData(wanted)))
            ui.monthCombo.blockSignals(False)
        self._update_make_button()
        self._suggest_name()

    def _fill_periods(self, kind: ReportKind) -> None:
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.clear()
        for choice in period_choices(APPLICATION in kind.parameters):
            combo.addItem(choice.label, choice.key)
        combo.setCurrentIndex(max(0, combo.findData(kind.default_period)))
        combo.blockSignals(False)
        self._period_changed()

    def _period_changed(self, *_args) -> None:
        key = self.ui.periodCombo.currentData()
        if key == "custom":
            return
        if key == "application":
            application = self._applications.get(self.ui.applicationCombo.currentData())
            dates = (application.period_start, application.period_end) if application else None
        else:
            dates = period_dates(key, self.today())
        if dates:
            self._setting_dates = True
            self.ui.fromEdit.set_date(dates[0])
            self.ui.toEdit.set_date(dates[1])
            self._setting_dates = False
        self._suggest_name()

    def _application_changed(self, *_args) -> None:
        if self.ui.periodCombo.currentData() == "application":
            self._period_changed()

    def _dates_typed(self, *_args) -> None:
        if self._setting_dates:
            return
        combo = self.ui.periodCombo
        custom = combo.findData("custom")
        if combo.currentIndex() != custom:
            combo.blockSignals(True)
            combo.setCurrentIndex(custom)
            combo.blockSignals(False)
        self._suggest_name()

    def _choice_changed(self, *_args) -> None:
        self._update_make_button()
        self._suggest_name()

    def _update_make_button(self) -> None:
        kind = self._kind
        pickers = {ACTIVITY: self.ui.activityCombo, APPLICATION: self.ui.applicationCombo,
                   VOLUNTEER: self.ui.volunteerCombo}
        ready = kind is not None and all(
            pickers[p].currentData() is not None for p in kind.parameters if p in pickers)
        self.ui.makeButton.setEnabled(ready)

    # --- file name and folder -------------------------------------------------------------
    def suggested_name(self) -> str:
        kind = self._kind
        if kind is None:
            return ""
        parts = [kind.file_label]
        for parameter, combo in ((ACTIVITY, self.ui.activityCombo),
                                 (APPLICATION, self.ui.applicationCombo),
                                 (VOLUNTEER, self.ui.volunteerCombo)):
            if parameter in kind.parameters and combo.currentData() is not None:
                parts.append(self._plain_choice(parameter, combo))
        if SITE in kind.parameters and self.ui.siteCombo.currentData() is not None:
            parts.append(self.ui.siteCombo.currentText())
        if PERIOD in kind.parameters:
            try:
                first, last = self.ui.fromEdit.date(), self.ui.toEdit.date()
            except InvalidValue:
                first = last = None
            if first and last and first <= last:
                parts.append(period_name(first, last))
        if MONTH in kind.parameters and self.ui.monthCombo.currentData():
            parts.append(self.ui.monthCombo.currentData())
        if LANGUAGE in kind.parameters and self.ui.languageCombo.currentData():
            parts.append(self.ui.languageCombo.currentText())
        return file_name(*parts)

    def _plain_choice(self, parameter: str, combo) -> str:
        """The chosen name without the «(arkivert)» or funder notes the list adds."""
        if parameter == APPLICATION:
            application = self._applications.get(combo.currentData())
            return application.title if application else combo.currentText()
        text = combo.currentText()
        for note in (self.tr(" (arkivert)"), self.tr(" (sluttet)")):
            text = text.removesuffix(note)
        return text

    def _suggest_name(self, *_args) -> None:
        if not self._name_edited:
            self.ui.fileNameEdit.setText(self.suggested_name())
            self.ui.fileNameEdit.setCursorPosition(0)   # a long name shows its beginning

    def _name_typed(self, text: str) -> None:
        # Emptying the field brings the suggestion back.
        self._name_edited = bool(text.strip())
        if not self._name_edited:
            self._suggest_name()

    def _stored_folder(self) -> Path:
        stored = settings().value(REPORT_FOLDER, "", type=str)
        if stored and Path(stored).is_dir():
            return Path(stored)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def folder(self) -> Path:
        return self._folder

    def _set_folder(self, folder: Path) -> None:
        self._folder = Path(folder)
        self.ui.folderPathLabel.setText(str(self._folder))
        self.ui.folderPathLabel.setToolTip(str(self._folder))

    def set_folder(self, folder: Path) -> None:
        """Save the reports in ``folder`` from now on (remembered on this PC)."""
        self._set_folder(folder)
        settings().setValue(REPORT_FOLDER, str(self._folder))

    def choose_folder(self) -> None:
        if not notices.dialogs_enabled():
            return
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for rapportene"),
                                                  str(self._folder))
        if chosen:
            self.set_folder(Path(chosen))

    # --- making the report -------------------------------------------------------------------
    def _set_status(self, text: str, *, problem: bool = False) -> None:
        label = self.ui.statusLabel
        label.setText(text)
        label.setProperty("class", "fieldError" if problem else "note")
        label.style().unpolish(label)
        label.style().polish(label)

    def _problem(self, text: str, widget=None) -> None:
        self._set_status(text, problem=True)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _arguments(self) -> tuple[list, dict] | None:
        """The writer's arguments from the fields, or None after saying what is missing."""
        kind = self._kind
        ui = self.ui
        args, kwargs = [], {}
        for parameter, combo, missing in (
                (ACTIVITY, ui.activityCombo, self.tr("Velg en aktivitet.")),
                (APPLICATION, ui.applicationCombo, self.tr("Velg en søknad.")),
                (VOLUNTEER, ui.volunteerCombo, self.tr("Velg en frivillig."))):
            if parameter in kind.parameters:
                if combo.currentData() is None:
                    self._problem(missing, combo)
                    return None
                args.append(combo.currentData())
        if PERIOD in kind.parameters:
            dates = []
            for field, label in ((ui.fromEdit, self.tr("fra-datoen")),
                                 (ui.toEdit, self.tr("til-datoen"))):
                try:
                    value = field.date()
                except InvalidValue as exc:
                    self._problem(exc.message, field)
                    return None
                if value is None:
                    self._problem(self.tr("Skriv inn {field}, for eksempel 01.01.2026.")
                                  .format(field=label), field)
                    return None
                dates.append(value)
            if dates[0] > dates[1]:
                self._problem(self.tr("Perioden slutter ({last}) før den begynner ({first}). "
                                      "Bytt om datoene.").format(last=date_no(dates[1]),
                                                                 first=date_no(dates[0])),
                              ui.toEdit)
                return None
            args += dates
        if MONTH in kind.parameters:
            year, month = ui.monthCombo.currentData().split("-")
            args += [int(year), int(month)]
        if SITE in kind.parameters:
            kwargs["site_id"] = ui.siteCombo.currentData()
        if PAPER in kind.parameters:
            kwargs["paper"] = ui.paperCombo.currentData()
        if LANGUAGE in kind.parameters:
            kwargs["language"] = ui.languageCombo.currentData()
        if ALL_ENROLLED in kind.parameters:
            kwargs["all_enrolled"] = self.all_enrolled_check.isChecked()
        if SIGNER in kind.parameters:
            kwargs["signer_name"] = self.signer_name_edit.text().strip()
            kwargs["signer_role"] = self.signer_role_edit.text().strip()
            kwargs["role"] = self.volunteer_role_edit.text().strip()
        return args, kwargs

    def target_path(self) -> Path | None:
        name = self.ui.fileNameEdit.text().strip() or self.suggested_name()
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        if Path(name).name != name:
            self._problem(self.tr("Skriv bare filnavnet, uten mappe. Velg mappen med "
                                  "«Bytt mappe…»."), self.ui.fileNameEdit)
            return None
        return self._folder / name

    def make_report(self) -> Path | None:
        """Make the chosen report; returns the PDF's path, or None when it was not made."""
        kind = self._kind
        if kind is None or not self.ui.makeButton.isEnabled():
            return None
        arguments = self._arguments()
        if arguments is None:
            return None
        path = self.target_path()
        if path is None:
            return None
        if not self._folder.is_dir():
            self._problem(self.tr("Mappen «{folder}» finnes ikke lenger. Velg en annen mappe "
                                  "med «Bytt mappe…».").format(folder=self._folder),
                          self.ui.folderButton)
            return None
        if path.exists():
            answer = notices.ask(
                self, self.tr("Filen finnes"),
                self.tr("«{name}» finnes allerede i mappen. Vil du erstatte den med den nye "
                        "rapporten?").format(name=path.name),
                [("replace", self.tr("Erstatt")), ("cancel", self.tr("Avbryt"))],
                default="cancel")
            if answer != "replace":
                self._set_status(self.tr("Rapporten ble ikke laget: filen finnes allerede. "
                                         "Gi den et annet navn."))
                return None
        args, kwargs = arguments
        if SIGNER in kind.parameters:
            if not self._team_name_ready():
                return None
            settings().setValue(SIGNER_ROLE, kwargs["signer_role"])
        if not self._checked(kind, args, kwargs):
            return None
        module_name, function_name = WRITERS[kind.key]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            writer = getattr(importlib.import_module(module_name), function_name)
            written = writer(path, *args, **kwargs)
        except SamvirkeError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._problem(exc.message)
            notices.show_expected_error(self, exc)
            return None
        QGuiApplication.restoreOverrideCursor()
        written = Path(written)
        settings().setValue(REPORT_FOLDER, str(self._folder))
        self._set_status(self.tr("Laget «{name}» i {folder}.").format(
            name=written.name, folder=written.parent))
        self.report_made.emit(written)
        if self.ui.openCheck.isChecked():
            self.viewer(written)
        return written

    def _team_name_ready(self) -> bool:
        """A statement the team signs says who the team is: when no name is set, ask for it
        once and store it (a role that may not change the settings is told who can)."""
        from samvirke_desktop.domain.team.permissions import MANAGE_SETTINGS, can
        from samvirke_desktop.domain.team.team_settings import save_team_name, team_identity

        if team_identity().name:
            return True
        if not can(MANAGE_SETTINGS):
            self._problem(self.tr("Teamets navn er ikke satt, og timeattesten må si hvem som "
                                  "bekrefter timene. Be en administrator skrive navnet under "
                                  "Innstillinger → Team."))
            return False
        name = (self.ask_team_name() or "").strip()
        if not name:
            self._set_status(self.tr("Timeattesten ble ikke laget: den trenger teamets navn."))
            return False
        try:
            save_team_name(name)
        except SamvirkeError as exc:
            self._problem(exc.message)
            notices.show_expected_error(self, exc)
            return False
        return True

    def _ask_team_name(self) -> str:
        """The team's name typed by the user; empty when they cancel."""
        if not notices.dialogs_enabled():
            return ""
        name, accepted = QInputDialog.getText(
            self, self.tr("Teamets navn"),
            self.tr("Timeattesten sier hvem som bekrefter timene, men teamets navn er ikke "
                    "satt ennå. Skriv navnet slik det skal stå på rapportene (for eksempel "
                    "«Bo- og nærmiljøteamet Sagene»). Det lagres under Innstillinger → Team."))
        return name if accepted else ""

    def _checked(self, kind: ReportKind, args: list, kwargs: dict | None = None) -> bool:
        """Run the check before a report goes out; False when the user chose to fix first."""
        self.last_warnings = []
        if kind.key not in CHECKS:
            return True
        module_name, function_name = CHECKS[kind.key]
        options = {name: value for name, value in (kwargs or {}).items()
                   if name in CHECK_OPTIONS.get(kind.key, ())}
        try:
            check = getattr(importlib.import_module(module_name), function_name)
            self.last_warnings = check(*args, **options)
        except SamvirkeError as exc:   # the writer says the same, plainly, next
            log.info("Report check: %s", exc.message)
            return True
        if not self.last_warnings or not notices.dialogs_enabled():
            return True
        from samvirke_desktop.gui.report_check_dialog import ReportCheckDialog

        dialog = ReportCheckDialog(self.last_warnings, kind.name, self)
        if dialog.exec() == ReportCheckDialog.DialogCode.Accepted:
            return True
        self._set_status(self.tr("Rapporten ble ikke laget. Rett det som står i sjekken, eller "
                                 "velg «Lag rapporten likevel»."))
        return False

    def showEvent(self, event):
        super().showEvent(event)
        # Activities, applications and volunteers may have changed since the last visit.
        if getattr(self, "_shown_once", False):
            self.refresh()
        self._shown_once = True
