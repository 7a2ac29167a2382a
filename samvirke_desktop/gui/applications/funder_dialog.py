"""The funder form: name, hour rate for volunteer work, audit notes, schemes and age bands.

Each scheme has the funder's reporting rules: when an auditor's statement is needed (above an
amount, or always) and how far a budget line may be off before the report must explain it.

Age bands are edited for the funder, or for one scheme that reports in bands of its own
(chosen in "Gjelder"). Everything is saved together with the funder.
"""
import itertools

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from samvirke_desktop.domain.amounts import amount_text
from samvirke_desktop.domain.grants.age_bands import PRESETS
from samvirke_desktop.domain.grants.funder_record import new_funder_values, read_funder, save_funder
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.gui.applications.tabbed import clear_tab_marks, mark_tabs_with_errors
from samvirke_desktop.gui.forms.ui_funder_form import Ui_FunderForm
from samvirke_desktop.gui.record_dialog import RecordDialog
from samvirke_desktop.gui.widgets.row_table import CHOICE, Column

FUNDER_SCOPE = "funder"
_keys = itertools.count(1)


def _age_text(value) -> str:
    return "" if value is None else str(value)


def _amount_text(value) -> str:
    return value if isinstance(value, str) else amount_text(value)


def _percent_text(value) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    return f"{value.normalize():f}".replace(".", ",")


def _band_rows(bands) -> list[dict]:
    return [{"label": label, "age_from": _age_text(low), "age_to": _age_text(high)}
            for label, low, high in bands]


def _band_tuples(rows) -> list[tuple[str, str, str]]:
    return [(r["label"], r["age_from"], r["age_to"]) for r in rows]


class FunderDialog(RecordDialog):
    def __init__(self, record_id: int | None = None, parent: QWidget | None = None):
        super().__init__(record_id, parent)
        self.setWindowTitle(self.tr("Tilskuddsgiver") if record_id is None
                            else self.tr("Tilskuddsgiver – {name}").format(
                                name=self.ui.nameEdit.text()))
        self.resize(780, 700)
        can_edit = permissions.can(permissions.EDIT_APPLICATIONS)
        self.save_button.setEnabled(can_edit)

    # --- the form -----------------------------------------------------------------------
    def setup_form(self, body):
        self.ui = Ui_FunderForm()
        self.ui.setupUi(body)
        self._scope = FUNDER_SCOPE
        self._funder_bands: list[tuple[str, str, str]] = []
        self._switching = False
        self.ui.schemesTable.setup([
            Column("name", self.tr("Ordning")),
            Column("code", self.tr("Kode"), width=80, tooltip=self.tr(
                "Tilskuddsgiverens kode eller kategori, om den har en")),
            Column("auditor", self.tr("Revisor"), CHOICE, width=120, choices=(
                ("", self.tr("Ikke oppgitt")), ("threshold", self.tr("Over beløpet")),
                ("always", self.tr("Alltid"))), tooltip=self.tr(
                "Når tilskuddsgiveren krever revisorattestasjon av regnskapet for ordningen")),
            Column("auditor_threshold", self.tr("Beløp (kr)"), width=100, right=True,
                   tooltip=self.tr("Revisorattestasjon kreves når tilskuddet er over dette "
                                   "beløpet, for eksempel 200 000")),
            Column("variance_threshold_percent", self.tr("Forklar avvik over %"), width=140,
                   right=True, tooltip=self.tr(
                       "Budsjettposter som avviker mer enn dette må forklares i rapporten. "
                       "Tomt: 10 %.")),
        ])
        self.ui.bandsTable.setup([
            Column("label", self.tr("Navn i rapporten")),
            Column("age_from", self.tr("Fra alder"), width=110, right=True,
                   tooltip=self.tr("Tomt: ingen nedre grense")),
            Column("age_to", self.tr("Til og med alder"), width=130, right=True,
                   tooltip=self.tr("Tomt: ingen øvre grense")),
        ])
        menu = QMenu(self.ui.presetButton)
        for preset in PRESETS.values():
            action = QAction(preset.name, menu)
            action.triggered.connect(lambda _checked=False, key=preset.key: self.use_preset(key))
            menu.addAction(action)
        self.ui.presetButton.setMenu(menu)
        self.ui.presetButton.setToolTip(self.tr("Fyll inn aldersgruppene til en kjent "
                                                "tilskuddsgiver (kan endres etterpå)"))
        self.ui.addSchemeButton.clicked.connect(self._add_scheme)
        self.ui.removeSchemeButton.clicked.connect(self._remove_scheme)
        self.ui.addBandButton.clicked.connect(lambda: self.ui.bandsTable.add_row())
        self.ui.removeBandButton.clicked.connect(self.ui.bandsTable.remove_current)
        self.ui.schemesTable.rows_changed.connect(self._schemes_changed)
        self.ui.bandsTable.rows_changed.connect(self._bands_edited)
        self.ui.bandsScopeCombo.currentIndexChanged.connect(self._scope_chosen)
        self.ui.ownBandsCheck.toggled.connect(self._own_bands_toggled)

    def field_widgets(self):
        ui = self.ui
        return {"name": ui.nameEdit, "short_name": ui.shortNameEdit, "website": ui.websiteEdit,
                "volunteer_hour_rate": ui.hourRateEdit, "audit_notes": ui.auditNotesEdit,
                "notes": ui.notesEdit, "archived": ui.archivedCheck, "bands": ui.bandsTable,
                "schemes": ui.schemesTable}

    def required_fields(self):
        return {"name"}

    def new_values(self):
        return self._as_text(new_funder_values())

    def read(self, record_id):
        values, version = read_funder(record_id)
        return self._as_text(values), version

    @staticmethod
    def _as_text(values: dict) -> dict:
        out = dict(values)
        out["volunteer_hour_rate"] = amount_text(values["volunteer_hour_rate"])
        out["bands"] = [(label, _age_text(low), _age_text(high))
                        for label, low, high in values["bands"]]
        out["schemes"] = [dict(s, bands=None if s["bands"] is None else
                               [(label, _age_text(low), _age_text(high))
                                for label, low, high in s["bands"]],
                               auditor_threshold=_amount_text(s.get("auditor_threshold")),
                               auditor_always=bool(s.get("auditor_always")),
                               variance_threshold_percent=_percent_text(
                                   s.get("variance_threshold_percent")))
                          for s in values["schemes"]]
        return out

    def fill(self, values):
        ui = self.ui
        ui.nameEdit.setText(values["name"])
        ui.shortNameEdit.setText(values["short_name"])
        ui.websiteEdit.setText(values["website"])
        ui.hourRateEdit.setText(values["volunteer_hour_rate"])
        ui.auditNotesEdit.setPlainText(values["audit_notes"])
        ui.notesEdit.setPlainText(values["notes"])
        ui.archivedCheck.setChecked(bool(values["archived"]))
        self._funder_bands = list(values["bands"])
        self._switching = True
        try:
            ui.schemesTable.set_rows([
                {"id": s["id"], "key": next(_keys), "name": s["name"], "code": s["code"],
                 "bands": None if s["bands"] is None else list(s["bands"]),
                 "auditor": "always" if s["auditor_always"]
                 else "threshold" if s["auditor_threshold"] else "",
                 "auditor_threshold": s["auditor_threshold"],
                 "variance_threshold_percent": s["variance_threshold_percent"]}
                for s in values["schemes"]])
        finally:
            self._switching = False
        self._scope = FUNDER_SCOPE
        self._rebuild_scope_combo()
        self._show_scope()

    def values(self):
        ui = self.ui
        schemes = []
        for row in ui.schemesTable.rows():
            bands = row.get("bands")
            always = row.get("auditor") == "always"
            schemes.append({"id": row.get("id"), "name": row["name"], "code": row["code"],
                            "bands": None if bands is None else list(bands),
                            # "Alltid" needs no amount; an amount typed means "over it".
                            "auditor_threshold": "" if always else row["auditor_threshold"],
                            "auditor_always": always,
                            "variance_threshold_percent": row.get("variance_threshold_percent",
                                                                  "")})
        return {"name": ui.nameEdit.text(), "short_name": ui.shortNameEdit.text(),
                "website": ui.websiteEdit.text(), "volunteer_hour_rate": ui.hourRateEdit.text(),
                "audit_notes": ui.auditNotesEdit.toPlainText(), "notes": ui.notesEdit.toPlainText(),
                "archived": ui.archivedCheck.isChecked(), "bands": list(self._funder_bands),
                "schemes": schemes}

    def save(self, values, record_id, version):
        return save_funder(values, record_id, version)

    def display_value(self, name, value):
        if name == "bands":
            return ", ".join(label for label, _f, _t in value) or "–"
        if name == "schemes":
            return ", ".join(s["name"] for s in value) or "–"
        return super().display_value(name, value)

    def show_errors(self, field_errors):
        widgets = self.field_widgets()
        mark_tabs_with_errors(self.ui.tabs, [widgets[n] for n in field_errors if n in widgets])
        super().show_errors(field_errors)

    def clear_errors(self):
        super().clear_errors()
        clear_tab_marks(self.ui.tabs)

    # --- schemes and the bands they report in ----------------------------------------------
    def _scheme_row(self, key) -> int | None:
        table = self.ui.schemesTable
        for row in range(table.rowCount()):
            if table.hidden(row, "key") == key:
                return row
        return None

    def _add_scheme(self):
        self.ui.schemesTable.add_row({"id": None, "key": next(_keys), "name": "", "code": "",
                                      "bands": None, "auditor": "", "auditor_threshold": "",
                                      "variance_threshold_percent": ""})

    def _remove_scheme(self):
        table = self.ui.schemesTable
        row = table.currentRow()
        if row >= 0 and table.hidden(row, "key") == self._scope:
            self._scope = FUNDER_SCOPE
        table.remove_current()

    def _schemes_changed(self):
        if not self._switching:
            self._rebuild_scope_combo()

    def _rebuild_scope_combo(self):
        combo = self.ui.bandsScopeCombo
        self._switching = True
        try:
            combo.clear()
            combo.addItem(self.tr("Tilskuddsgiveren (ordninger uten egne grupper)"), FUNDER_SCOPE)
            table = self.ui.schemesTable
            for row in range(table.rowCount()):
                name = table.item(row, 0).text().strip() or self.tr("Ny ordning")
                own = table.hidden(row, "bands") is not None
                combo.addItem(self.tr("Ordningen {name}").format(name=name)
                              + (self.tr(" (egne grupper)") if own else ""),
                              table.hidden(row, "key"))
            position = combo.findData(self._scope)
            if position < 0:
                self._scope = FUNDER_SCOPE
                position = 0
            combo.setCurrentIndex(position)
        finally:
            self._switching = False

    def _scope_chosen(self, _index):
        if self._switching:
            return
        self._scope = self.ui.bandsScopeCombo.currentData() or FUNDER_SCOPE
        self._show_scope()

    def _show_scope(self):
        """Show the bands of the chosen scope in the table."""
        ui = self.ui
        self._switching = True
        try:
            if self._scope == FUNDER_SCOPE:
                ui.ownBandsCheck.hide()
                rows = _band_rows(self._funder_bands)
                editable = True
            else:
                row = self._scheme_row(self._scope)
                own = ui.schemesTable.hidden(row, "bands") if row is not None else None
                ui.ownBandsCheck.show()
                ui.ownBandsCheck.setChecked(own is not None)
                # A scheme without its own bands reports in the funder's: shown, not editable.
                rows = _band_rows(own if own is not None else self._funder_bands)
                editable = own is not None
            ui.bandsTable.set_rows(rows)
            for widget in (ui.bandsTable, ui.addBandButton, ui.removeBandButton, ui.presetButton):
                widget.setEnabled(editable)
        finally:
            self._switching = False

    def _own_bands_toggled(self, checked):
        if self._switching or self._scope == FUNDER_SCOPE:
            return
        row = self._scheme_row(self._scope)
        if row is None:
            return
        # Start from the funder's bands: most schemes differ in one or two groups.
        self.ui.schemesTable.set_hidden(row, "bands", list(self._funder_bands) if checked else None)
        self._show_scope()
        self._rebuild_scope_combo()

    def _bands_edited(self):
        if self._switching:
            return
        bands = _band_tuples(self.ui.bandsTable.rows())
        if self._scope == FUNDER_SCOPE:
            self._funder_bands = bands
            return
        row = self._scheme_row(self._scope)
        if row is not None and self.ui.schemesTable.hidden(row, "bands") is not None:
            self.ui.schemesTable.set_hidden(row, "bands", bands)

    def use_preset(self, key: str) -> None:
        """Put a known funder's bands into the table (for the chosen scope)."""
        preset = PRESETS[key]
        self.ui.bandsTable.set_rows(_band_rows(
            [(b.label, b.age_from, b.age_to) for b in preset.bands]))
