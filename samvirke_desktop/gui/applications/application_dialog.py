"""The application form: one application from draft to final report, on tabs.

Everything on every tab is saved together (Lagre), through ``save_application``; a status
change is kept in the history with the date it happened. The "Tall" tab shows the grant
figures of what is saved. "Tilsagn og rapport" holds what the report's compliance part
needs beyond the figures: the grant letter and its conditions, contributions in kind and
who signs.
"""
import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from samvirke_desktop.db.models import APPLICATION_STATUSES
from samvirke_desktop.domain.amounts import amount_text, parse_amount
from samvirke_desktop.domain.formatting import date_no, money
from samvirke_desktop.domain.formatting import number as number_text
from samvirke_desktop.domain.grants.application_record import (
    activity_choices,
    delete_draft,
    new_application_values,
    read_application,
    save_application,
    set_archived,
)
from samvirke_desktop.domain.grants.application_status import history, status_label
from samvirke_desktop.domain.grants.compliance import (
    CONDITION_STATUS_LABELS,
    DEFAULT_VARIANCE_PERCENT,
    IN_KIND_KINDS,
    condition_status_text,
    in_kind_kind_text,
)
from samvirke_desktop.domain.grants.funder_record import funder_choices, read_funder
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.domain.vocabulary import GOAL_RATING_LABELS, label_text
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.applications.budget_editor import BudgetEditor, open_file, start_folder
from samvirke_desktop.gui.applications.figures_panel import FiguresPanel
from samvirke_desktop.gui.applications.tabbed import clear_tab_marks, mark_tabs_with_errors
from samvirke_desktop.gui.forms.ui_application_form import Ui_ApplicationForm
from samvirke_desktop.gui.record_dialog import RecordDialog
from samvirke_desktop.gui.widgets.row_table import CHOICE, Column

NARRATIVE_WIDGETS = {"summary": "summaryEdit", "method": "methodEdit", "results": "resultsEdit",
                     "success_factors": "successFactorsEdit",
                     "deviations": "deviationsEdit", "challenges": "challengesEdit",
                     "continuation": "continuationEdit", "notes": "notesEdit"}
LINE_WIDGETS = {"title": "titleEdit", "sub_category": "subCategoryEdit",
                "reference": "referenceEdit", "grant_letter_reference": "grantLetterReferenceEdit",
                "signer_name": "signerNameEdit", "signer_role": "signerRoleEdit",
                "signed_place": "signedPlaceEdit"}
DATE_WIDGETS = {"period_start": "periodStartEdit", "period_end": "periodEndEdit",
                "status_date": "statusDateEdit",
                "deadline_application": "deadlineApplicationEdit",
                "deadline_progress_report": "deadlineProgressEdit",
                "deadline_final_report": "deadlineFinalEdit",
                "deadline_accounts": "deadlineAccountsEdit",
                "grant_letter_date": "grantLetterDateEdit", "signed_on": "signedOnEdit"}
AMOUNT_WIDGETS = {"amount_applied": "amountAppliedEdit", "amount_granted": "amountGrantedEdit",
                  "volunteer_hour_rate": "hourRateEdit"}

TAB_FIGURES = 8
CENT = Decimal("0.01")


def _date_text(value) -> str:
    return date_no(value) if isinstance(value, datetime.date) else (value or "")


def _amount_or_text(value) -> str:
    return value if isinstance(value, str) else amount_text(value)


def _hours_text(value) -> str:
    """120 and 12,5 rather than 120,00 and 12,50."""
    if value is None or isinstance(value, str):
        return value or ""
    value = Decimal(value)
    return number_text(value, next(d for d in (0, 1, 2) if value == round(value, d)))


class ApplicationDialog(RecordDialog):
    record_deleted = Signal(int)

    def __init__(self, record_id: int | None = None, parent: QWidget | None = None, *,
                 today: datetime.date | None = None):
        self._today = today or datetime.date.today()
        self.can_edit = permissions.can(permissions.EDIT_APPLICATIONS)
        super().__init__(record_id, parent)
        self.resize(1060, 730)
        self.save_button.setEnabled(self.can_edit)
        self.archive_button = self.add_action_button(self.tr("Arkiver"), "mdi6.archive-outline",
                                                     self.toggle_archived)
        self.delete_button = self.add_action_button(self.tr("Slett utkast"),
                                                    "mdi6.delete-outline", self.delete)
        self._update_title_and_actions()
        self.ui.tabs.currentChanged.connect(self._tab_shown)

    # --- the form ------------------------------------------------------------------------
    def setup_form(self, body):
        self.ui = Ui_ApplicationForm()
        self.ui.setupUi(body)
        ui = self.ui
        self._syncing = True  # no reactions while the widgets are being set up
        self._loaded_status = "draft"
        self._archived = False
        self._history = []
        self._current_goal = -1
        self._activities = []
        self._funders = []
        self._variance_limits = {}   # scheme id → percent, read once while the form is open
        self._load_funders()
        for code in APPLICATION_STATUSES:
            ui.statusCombo.addItem(label_text(status_label(code)), code)
        ui.historyTable.setup([
            Column("date", self.tr("Dato"), width=110, read_only=True),
            Column("status", self.tr("Status"), width=150, read_only=True),
            Column("by", self.tr("Registrert av"), width=150, read_only=True),
            Column("note", self.tr("Merknad"), read_only=True),
        ])
        ui.historyTable.setEditTriggers(ui.historyTable.EditTrigger.NoEditTriggers)
        ui.goalsTable.setup([
            Column("description", self.tr("Mål")),
            Column("target", self.tr("Måltall"), width=240, tooltip=self.tr(
                "Hva dere ville nå, for eksempel «40 barn per kveld»")),
            Column("rating", self.tr("Vurdering"), CHOICE, width=130, choices=tuple(
                (code, label_text(label) or self.tr("Ikke vurdert")) for code, label
                in GOAL_RATING_LABELS.items())),
        ])
        self.budget = BudgetEditor(ui, self._today, self)
        ui.conditionsTable.setup([
            Column("text", self.tr("Vilkår"), tooltip=self.tr(
                "Vilkåret slik det står i tilsagnsbrevet")),
            Column("status", self.tr("Status"), CHOICE, width=150, choices=tuple(
                (code, condition_status_text(code)) for code in CONDITION_STATUS_LABELS)),
            Column("comment", self.tr("Kommentar"), width=330, tooltip=self.tr(
                "Hvordan vilkåret er oppfylt, eller hvorfor ikke")),
        ])
        ui.inKindTable.setup([
            Column("kind", self.tr("Type"), CHOICE, width=160, choices=tuple(
                (code, in_kind_kind_text(code)) for code in IN_KIND_KINDS)),
            Column("description", self.tr("Beskrivelse")),
            Column("hours", self.tr("Timer"), width=80, right=True),
            Column("rate", self.tr("Timesats (kr)"), width=120, right=True,
                   tooltip=self.tr("Kroner per time")),
            Column("amount", self.tr("Verdi (kr)"), width=130, right=True, tooltip=self.tr(
                "Med timer og timesats regnes verdien ut; ellers skriver du den selv")),
        ])
        ui.attachmentsTable.setup([
            Column("path", self.tr("Fil")),
            Column("description", self.tr("Beskrivelse"), width=300),
        ])
        self.figures = FiguresPanel(ui.figuresTab)
        ui.figuresLayout.addWidget(self.figures)

        ui.funderCombo.currentIndexChanged.connect(self._funder_chosen)
        ui.manageFundersButton.clicked.connect(self.manage_funders)
        ui.statusCombo.currentIndexChanged.connect(self._status_chosen)
        ui.addGoalButton.clicked.connect(lambda: ui.goalsTable.add_row(
            {"id": None, "achievement": "", "evidence": "", "rating": ""}))
        ui.removeGoalButton.clicked.connect(ui.goalsTable.remove_current)
        ui.goalsTable.currentCellChanged.connect(self._goal_selected)
        ui.goalsTable.rows_changed.connect(lambda: self._goal_selected(ui.goalsTable.currentRow()))
        ui.achievementEdit.textChanged.connect(self._achievement_edited)
        ui.evidenceEdit.textChanged.connect(self._evidence_edited)
        ui.addConditionButton.clicked.connect(lambda: ui.conditionsTable.add_row(
            {"id": None, "status": ""}))
        ui.removeConditionButton.clicked.connect(ui.conditionsTable.remove_current)
        ui.addInKindButton.clicked.connect(lambda: ui.inKindTable.add_row(
            {"id": None, "kind": "premises"}))
        ui.removeInKindButton.clicked.connect(ui.inKindTable.remove_current)
        ui.inKindTable.rows_changed.connect(self._in_kind_edited)
        ui.schemeCombo.currentIndexChanged.connect(self._update_variance_limit)
        ui.periodEndEdit.textChanged.connect(self._update_variance_limit)
        ui.addAttachmentButton.clicked.connect(self.add_attachment)
        ui.removeAttachmentButton.clicked.connect(ui.attachmentsTable.remove_current)
        ui.openAttachmentFileButton.clicked.connect(self.open_attachment)
        ui.hourRateEdit.textChanged.connect(self._update_rate_note)
        ui.titleEdit.textChanged.connect(self._title_edited)
        self._syncing = False

    def field_widgets(self):
        ui = self.ui
        widgets = {"funder_id": ui.funderCombo, "scheme_id": ui.schemeCombo,
                   "status": ui.statusCombo, "status_note": ui.statusNoteEdit,
                   "goals": ui.goalsTable, "budget_lines": ui.budgetTable,
                   "activity_ids": ui.activitiesList, "attachments": ui.attachmentsTable,
                   "conditions": ui.conditionsTable, "in_kind": ui.inKindTable}
        for mapping in (LINE_WIDGETS, DATE_WIDGETS, AMOUNT_WIDGETS, NARRATIVE_WIDGETS):
            widgets.update({name: getattr(ui, attr) for name, attr in mapping.items()})
        return widgets

    def required_fields(self):
        return {"funder_id", "title", "period_start", "period_end"}

    def new_values(self):
        values = new_application_values(self._today)
        values["status_date"] = self._today
        self._history = []
        return self._as_text(values)

    def read(self, record_id):
        values, version = read_application(record_id)
        self._history = history(record_id)
        return self._as_text(values), version

    @staticmethod
    def _as_text(values: dict) -> dict:
        """Domain values → what the widgets show (dates dd.mm.åååå, amounts 12 500,50)."""
        out = dict(values)
        for name in DATE_WIDGETS:
            out[name] = _date_text(values.get(name))
        for name in AMOUNT_WIDGETS:
            out[name] = _amount_or_text(values.get(name))
        out["budget_lines"] = [
            {"id": line["id"], "name": line["name"], "amount": _amount_or_text(line["amount"]),
             "variance_explanation": line.get("variance_explanation", ""),
             "expenses": [{"id": e["id"], "date": _date_text(e["date"]),
                           "description": e["description"],
                           "amount": _amount_or_text(e["amount"]),
                           "attachment_path": e["attachment_path"]} for e in line["expenses"]]}
            for line in values["budget_lines"]]
        out["goals"] = [dict(goal) for goal in values["goals"]]
        out["attachments"] = [dict(a) for a in values["attachments"]]
        out["conditions"] = [dict(c) for c in values["conditions"]]
        out["in_kind"] = [
            {"id": k["id"], "kind": k["kind"], "description": k["description"],
             "hours": _hours_text(k["hours"]), "rate": _amount_or_text(k["rate"]),
             "amount": _amount_or_text(k["amount"])} for k in values["in_kind"]]
        return out

    def fill(self, values):
        ui = self.ui
        self._syncing = True
        try:
            self._select_funder(values["funder_id"], values["scheme_id"])
            for name, attr in LINE_WIDGETS.items():
                getattr(ui, attr).setText(values[name])
            for name, attr in DATE_WIDGETS.items():
                getattr(ui, attr).setText(values[name])
            for name, attr in AMOUNT_WIDGETS.items():
                getattr(ui, attr).setText(values[name])
            for name, attr in NARRATIVE_WIDGETS.items():
                getattr(ui, attr).setPlainText(values[name])
            self._loaded_status = values["status"]
            self._archived = bool(values.get("archived"))
            ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(values["status"]), 0))
            ui.statusNoteEdit.setText(values["status_note"])
            ui.goalsTable.set_rows(values["goals"])
            ui.attachmentsTable.set_rows(values["attachments"])
            ui.conditionsTable.set_rows(values["conditions"])
            ui.inKindTable.set_rows(values["in_kind"])
            self._fill_activities(values["activity_ids"])
            ui.historyTable.set_rows([
                {"date": date_no(h.changed_on), "status": h.label, "by": h.changed_by,
                 "note": h.note} for h in self._history])
        finally:
            self._syncing = False
        self._status_fields_enabled()
        self._current_goal = -1
        if ui.goalsTable.rowCount():
            ui.goalsTable.setCurrentCell(0, 0)
        self._goal_selected(ui.goalsTable.currentRow())
        self._in_kind_edited()
        self._update_variance_limit()
        self.budget.set_lines(values["budget_lines"])
        self._update_rate_note()
        try:
            start, end = ui.periodStartEdit.date(), ui.periodEndEdit.date()
        except InvalidValue:
            start = end = None
        self.figures.set_application(self.record_id, start, end)

    def values(self):
        ui = self.ui
        values = {"funder_id": ui.funderCombo.currentData(), "scheme_id": ui.schemeCombo.currentData(),
                  "status": ui.statusCombo.currentData(), "status_note": ui.statusNoteEdit.text(),
                  "archived": self._archived}
        for name, attr in LINE_WIDGETS.items():
            values[name] = getattr(ui, attr).text()
        for name, attr in DATE_WIDGETS.items():
            values[name] = getattr(ui, attr).text()
        for name, attr in AMOUNT_WIDGETS.items():
            values[name] = getattr(ui, attr).text()
        for name, attr in NARRATIVE_WIDGETS.items():
            values[name] = getattr(ui, attr).toPlainText()
        values["goals"] = [{"id": g.get("id"), "description": g["description"],
                            "target": g["target"], "achievement": g.get("achievement", ""),
                            "evidence": g.get("evidence", ""), "rating": g["rating"]}
                           for g in ui.goalsTable.rows()]
        values["budget_lines"] = self.budget.lines()
        values["activity_ids"] = self.checked_activity_ids()
        values["attachments"] = [{"id": a.get("id"), "path": a["path"],
                                  "description": a["description"]}
                                 for a in ui.attachmentsTable.rows()]
        values["conditions"] = [{"id": c.get("id"), "text": c["text"], "status": c["status"],
                                 "comment": c["comment"]} for c in ui.conditionsTable.rows()]
        values["in_kind"] = [{"id": k.get("id"), "kind": k["kind"],
                              "description": k["description"], "hours": k["hours"],
                              "rate": k["rate"], "amount": k["amount"]}
                             for k in ui.inKindTable.rows()]
        return values

    def save(self, values, record_id, version):
        return save_application(values, record_id, version, today=self._today)

    def confirmations(self, values):
        """A status dated before the last change would sort before it in the history."""
        if self.record_id is None or values["status"] == self._loaded_status or not self._history:
            return []
        try:
            day = self.ui.statusDateEdit.date()
        except InvalidValue:
            return []  # the save reports the date itself
        last = max(self._history, key=lambda h: h.changed_on)
        if day is None or day >= last.changed_on:
            return []
        return [self.tr("Datoen {day} er før forrige statusendring ({label}, {last}). Historikken "
                        "ordnes etter dato, så «{new}» kommer før «{label}» der. Stemmer "
                        "datoen?").format(day=date_no(day), label=last.label,
                                          last=date_no(last.changed_on),
                                          new=label_text(status_label(values["status"])))]

    def display_value(self, name, value):
        if name == "goals":
            return ", ".join(g["description"] for g in value) or "–"
        if name == "budget_lines":
            return ", ".join(f"{line['name']} ({line['amount']})" for line in value) or "–"
        if name == "attachments":
            return ", ".join(a["path"] for a in value) or "–"
        if name == "conditions":
            return ", ".join(f"{c['text']} ({condition_status_text(c['status'])})"
                             for c in value) or "–"
        if name == "in_kind":
            return ", ".join(f"{k['description']} ({k['amount'] or k['hours']})"
                             for k in value) or "–"
        if name == "activity_ids":
            names = {a.id: a.name for a in self._activities}
            return ", ".join(names.get(i, str(i)) for i in value) or "–"
        if name == "status":
            return label_text(status_label(value))
        if name in ("funder_id", "scheme_id"):
            combo = self.ui.funderCombo if name == "funder_id" else self.ui.schemeCombo
            position = combo.findData(value)
            return combo.itemText(position) if position >= 0 else "–"
        return super().display_value(name, value)

    def show_errors(self, field_errors):
        widgets = self.field_widgets()
        mark_tabs_with_errors(self.ui.tabs, [widgets[n] for n in field_errors if n in widgets])
        super().show_errors(field_errors)

    def clear_errors(self):
        super().clear_errors()
        clear_tab_marks(self.ui.tabs)

    # --- funder, scheme and hour rate ------------------------------------------------------
    def _load_funders(self) -> None:
        try:
            self._funders = funder_choices()
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self._funders = []

    def _select_funder(self, funder_id, scheme_id) -> None:
        combo = self.ui.funderCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("Velg tilskuddsgiver…"), None)
            for funder in self._funders:
                if funder.archived and funder.id != funder_id:
                    continue
                text = funder.name + (f" ({funder.short_name})" if funder.short_name
                                      and funder.short_name != funder.name else "")
                combo.addItem(text + (self.tr(" – arkivert") if funder.archived else ""), funder.id)
            combo.setCurrentIndex(max(combo.findData(funder_id), 0))
        finally:
            combo.blockSignals(False)
        self._fill_schemes(scheme_id)

    def _funder(self):
        funder_id = self.ui.funderCombo.currentData()
        return next((f for f in self._funders if f.id == funder_id), None)

    def _fill_schemes(self, scheme_id=None) -> None:
        combo = self.ui.schemeCombo
        combo.clear()
        funder = self._funder()
        combo.addItem(self.tr("Ingen bestemt ordning"), None)
        for sid, name in funder.schemes if funder else ():
            combo.addItem(name, sid)
        combo.setCurrentIndex(max(combo.findData(scheme_id), 0))
        self._update_rate_note()

    def _funder_chosen(self, _index) -> None:
        funder = self._funder()
        only = funder.schemes[0][0] if funder and len(funder.schemes) == 1 else None
        self._fill_schemes(only)

    def _update_rate_note(self, *_args) -> None:
        funder = self._funder()
        if self.ui.hourRateEdit.text().strip():
            text = self.tr("Satsen her gjelder for denne søknaden i stedet for "
                           "tilskuddsgiverens.")
        elif funder is None:
            text = self.tr("Tomt: tilskuddsgiverens sats brukes.")
        elif funder.volunteer_hour_rate is None:
            text = self.tr("Tomt: {name} vil bare ha antall frivillige timer, ikke verdien.") \
                .format(name=funder.short_name or funder.name)
        else:
            text = self.tr("Tomt: {name} sin sats brukes, {rate} per time.").format(
                name=funder.short_name or funder.name, rate=money(funder.volunteer_hour_rate))
        self.ui.hourRateNote.setText(text)

    def manage_funders(self) -> None:
        from samvirke_desktop.gui.applications.funders_window import FundersWindow

        window = FundersWindow(self)
        window.funders_changed.connect(self._funders_changed)
        self.funders_window = window
        window.open()

    def _funders_changed(self) -> None:
        funder_id, scheme_id = self.ui.funderCombo.currentData(), self.ui.schemeCombo.currentData()
        self._variance_limits.clear()   # a scheme's limit may have been changed
        self._load_funders()
        self._select_funder(funder_id, scheme_id)

    # --- status -----------------------------------------------------------------------------
    def _status_chosen(self, _index) -> None:
        if self._syncing:
            return
        changed = self.ui.statusCombo.currentData() != self._loaded_status
        if self.record_id is not None:
            if changed and not self.ui.statusDateEdit.text():
                self.ui.statusDateEdit.set_date(self._today)
            elif not changed:
                self.ui.statusDateEdit.clear()
                self.ui.statusNoteEdit.clear()
        self._status_fields_enabled()
        self._update_title_and_actions()

    def _status_fields_enabled(self) -> None:
        """The date and note belong to a change of status (or the first status of a new one)."""
        active = self.record_id is None or self.ui.statusCombo.currentData() != self._loaded_status
        self.ui.statusDateEdit.setEnabled(active)
        self.ui.statusNoteEdit.setEnabled(active)

    # --- goals -------------------------------------------------------------------------------
    def _goal_texts(self):
        return (("achievement", self.ui.achievementEdit), ("evidence", self.ui.evidenceEdit))

    def _goal_selected(self, row, *_args) -> None:
        table = self.ui.goalsTable
        self._current_goal = row if 0 <= row < table.rowCount() else -1
        self._syncing, was = True, self._syncing
        try:
            for key, edit in self._goal_texts():
                edit.setPlainText(table.hidden(row, key, "") if self._current_goal >= 0 else "")
        finally:
            self._syncing = was
        for _key, edit in self._goal_texts():
            edit.setEnabled(self._current_goal >= 0)

    def _achievement_edited(self) -> None:
        if self._syncing or self._current_goal < 0:
            return
        self.ui.goalsTable.set_hidden(self._current_goal, "achievement",
                                      self.ui.achievementEdit.toPlainText())

    def _evidence_edited(self) -> None:
        if self._syncing or self._current_goal < 0:
            return
        self.ui.goalsTable.set_hidden(self._current_goal, "evidence",
                                      self.ui.evidenceEdit.toPlainText())

    # --- budget variance and contributions in kind ---------------------------------------------
    def _update_variance_limit(self, *_args) -> None:
        """The scheme's limit for a budget line's variance, and whether the period is over:
        with them the budget tab marks the lines the report needs an explanation for."""
        if self._syncing:
            return
        funder, scheme_id = self._funder(), self.ui.schemeCombo.currentData()
        if scheme_id not in self._variance_limits:
            limit = DEFAULT_VARIANCE_PERCENT
            if funder is not None and scheme_id is not None:
                try:
                    schemes = read_funder(funder.id)[0]["schemes"]
                except SamvirkeError:
                    schemes = []   # gone or not allowed: the report's default limit
                chosen = next((s for s in schemes if s["id"] == scheme_id), None)
                if chosen is not None and chosen["variance_threshold_percent"] is not None:
                    limit = chosen["variance_threshold_percent"]
            self._variance_limits[scheme_id] = limit
        limit = self._variance_limits[scheme_id]
        try:
            end = self.ui.periodEndEdit.date()
        except InvalidValue:
            end = None
        self.budget.set_variance_rule(limit, finished=end is not None and end <= self._today)

    def _in_kind_edited(self) -> None:
        """Hours × rate is the value (the domain works it out so, and ignores a value typed
        beside them): show it; a value shown so goes again when hours or rate go."""
        table = self.ui.inKindTable
        for row in range(table.rowCount()):
            values = table.row_values(row)
            try:
                hours, rate = parse_amount(values["hours"]), parse_amount(values["rate"])
            except InvalidValue:
                hours = rate = None
            shown = table.hidden(row, "worked_out")
            if hours is not None and rate is not None:
                text = amount_text((hours * rate).quantize(CENT, rounding=ROUND_HALF_UP))
                table.set_hidden(row, "worked_out", text)
            elif shown is not None and values["amount"] == shown:
                text = ""
                table.set_hidden(row, "worked_out", None)
            else:
                continue
            if values["amount"] != text:
                table.set_cell_text(row, "amount", text)

    # --- expenses and attachments ------------------------------------------------------------
    def set_expense_attachment(self, path: str) -> None:
        """Put ``path`` on the chosen expense of the chosen budget line."""
        self.budget.set_attachment(path)

    def add_attachment(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Velg vedlegg"),
            start_folder((self.ui.attachmentsTable, "path"),
                         (self.ui.expensesTable, "attachment_path")))
        for path in paths:
            self.ui.attachmentsTable.add_row({"id": None, "path": path,
                                              "description": Path(path).stem}, edit=False)

    def open_attachment(self) -> None:
        row = self.ui.attachmentsTable.currentRow()
        if row >= 0:
            open_file(self, self.ui.attachmentsTable.item(row, 0).text())

    # --- activities --------------------------------------------------------------------------------
    def _fill_activities(self, linked_ids) -> None:
        try:
            self._activities = activity_choices()
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self._activities = []
        linked = set(linked_ids)
        listing = self.ui.activitiesList
        listing.clear()
        for activity in self._activities:
            if activity.archived and activity.id not in linked:
                continue
            text = f"{activity.name} ({label_text(activity.kind_label)})"
            if activity.archived:
                text += self.tr(" – arkivert")
            item = QListWidgetItem(text, listing)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if activity.id in linked
                               else Qt.CheckState.Unchecked)
        if not self._activities:
            listing.addItem(self.tr("Ingen aktiviteter er lagt inn ennå."))

    def checked_activity_ids(self) -> list[int]:
        listing = self.ui.activitiesList
        return sorted(listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                      if listing.item(i).checkState() == Qt.CheckState.Checked
                      and listing.item(i).data(Qt.ItemDataRole.UserRole) is not None)

    def set_activity_checked(self, activity_id: int, checked: bool) -> None:
        listing = self.ui.activitiesList
        for i in range(listing.count()):
            if listing.item(i).data(Qt.ItemDataRole.UserRole) == activity_id:
                listing.item(i).setCheckState(Qt.CheckState.Checked if checked
                                              else Qt.CheckState.Unchecked)

    # --- figures, archive, delete ------------------------------------------------------------------
    def _tab_shown(self, index) -> None:
        if (self.ui.tabs.widget(index) is self.ui.figuresTab and self.record_id is not None
                and self.figures.stats is None):
            self.figures.compute()

    def _title_edited(self, _text) -> None:
        if not self._syncing and hasattr(self, "archive_button"):
            self._update_title_and_actions()

    def _update_title_and_actions(self) -> None:
        title = self.ui.titleEdit.text().strip()
        self.setWindowTitle(self.tr("Ny søknad") if self.record_id is None
                            else self.tr("Søknad – {title}").format(title=title))
        existing = self.record_id is not None and self.can_edit
        self.archive_button.setVisible(existing)
        self.archive_button.setText(self.tr("Hent fram fra arkivet") if self._archived
                                    else self.tr("Arkiver"))
        self.delete_button.setVisible(existing and self._loaded_status == "draft"
                                      and all(h.status == "draft" for h in self._history))

    def _unsaved_first(self) -> bool:
        if self.has_unsaved_changes():
            notices.show_message(self, self.tr("Ulagrede endringer"), self.tr(
                "Lagre eller forkast endringene først."))
            return True
        return False

    def toggle_archived(self) -> bool:
        if self.record_id is None or self._unsaved_first():
            return False
        try:
            set_archived(self.record_id, not self._archived, self.version)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self._saved_values = self.values()
        self.record_saved.emit(self.record_id)
        self.accept()
        return True

    def delete(self) -> bool:
        if self.record_id is None or self._unsaved_first():
            return False
        answer = notices.ask(self, self.tr("Slette utkastet?"), self.tr(
            "Utkastet «{title}» slettes med mål, budsjett og vedlegg. Det kan ikke angres.")
            .format(title=self.ui.titleEdit.text()),
            [("delete", self.tr("Slett")), ("back", self.tr("Avbryt"))], default="back")
        if answer != "delete":
            return False
        try:
            delete_draft(self.record_id, self.version)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.record_deleted.emit(self.record_id)
        self._saved_values = self.values()
        self.accept()
        return True
