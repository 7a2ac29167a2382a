"""The budget tab of the application form: budget lines, and the expenses of the chosen line.

The expenses and the explanation of the variance of every line travel with the line (unseen
in its row) while the form is open, so switching lines keeps what was typed; spent and
variance per line are worked out from the amounts as typed, and the domain checks them all
again when the form is saved. Whether a line needs an explanation is the report's own rule
(``compliance.needs_explanation``), applied to the amounts as typed.
"""
import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from samvirke_desktop.domain.amounts import parse_amount
from samvirke_desktop.domain.formatting import date_no, money, number
from samvirke_desktop.domain.grants.compliance import (
    DEFAULT_VARIANCE_PERCENT,
    needs_explanation,
    variance_percent,
)
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.widgets.row_table import Column, RowTable

RECEIPT_FILTER = "Bilag (*.pdf *.png *.jpg *.jpeg *.heic *.xlsx *.docx);;Alle filer (*)"


def open_file(parent: QWidget, path: str) -> bool:
    """Open a receipt or attachment in the program the computer uses for it."""
    path = path.strip()
    if not path:
        notices.show_message(parent, parent.tr("Ingen fil"),
                             parent.tr("Raden har ingen fil. Velg filen først."))
        return False
    if not Path(path).exists():
        notices.show_message(parent, parent.tr("Finner ikke filen"), parent.tr(
            "Finner ikke {path}. Sjekk at den delte mappen er tilkoblet, eller om filen er "
            "flyttet; velg den på nytt i så fall.").format(path=path))
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def start_folder(*tables_and_keys: tuple[RowTable, str]) -> str:
    """The folder of the first file already chosen, so the file dialog starts near it."""
    for table, key in tables_and_keys:
        for row in table.rows():
            if row.get(key):
                return str(Path(row[key]).parent)
    return ""


class BudgetEditor(QObject):
    """Drives the budget tab's widgets (``ui`` of the application form)."""

    def __init__(self, ui, today: datetime.date, parent: QWidget):
        super().__init__(parent)
        self.ui = ui
        self.today = today
        self.window = parent
        self.current_line = -1
        self._syncing = False
        self.variance_limit = DEFAULT_VARIANCE_PERCENT
        self.period_over = False
        self._explanation_needs: list[tuple[bool, Decimal | None, Decimal]] = []
        ui.budgetTable.setup([
            Column("name", self.tr("Post")),
            Column("amount", self.tr("Budsjett (kr)"), width=140, right=True),
            Column("spent", self.tr("Utgifter"), width=140, right=True, read_only=True,
                   tooltip=self.tr("Summen av utgiftene som er ført på posten")),
            Column("variance", self.tr("Avvik"), width=140, right=True, read_only=True,
                   tooltip=self.tr("Utgifter minus budsjett (minus betyr under budsjett)")),
            Column("explained", self.tr("Forklaring"), width=130, read_only=True,
                   tooltip=self.tr("Om avviket er forklart. Rapporten krever en forklaring "
                                   "når posten avviker mer enn grensen fra budsjettet.")),
        ])
        ui.expensesTable.setup([
            Column("date", self.tr("Dato"), width=110, tooltip=self.tr("Datoen på bilaget, dd.mm.åååå")),
            Column("description", self.tr("Beskrivelse")),
            Column("amount", self.tr("Beløp (kr)"), width=130, right=True,
                   tooltip=self.tr("Et tilbakebetalt beløp skrives med minus foran")),
            Column("attachment_path", self.tr("Bilag (fil)"), width=300),
        ])
        ui.addLineButton.clicked.connect(lambda: ui.budgetTable.add_row(
            {"id": None, "expenses": [], "variance_explanation": ""}))
        ui.removeLineButton.clicked.connect(ui.budgetTable.remove_current)
        ui.budgetTable.currentCellChanged.connect(self._line_selected)
        ui.budgetTable.rows_changed.connect(self._budget_edited)
        ui.expensesTable.rows_changed.connect(self._expenses_edited)
        ui.addExpenseButton.clicked.connect(lambda: self.add_expense())
        ui.removeExpenseButton.clicked.connect(ui.expensesTable.remove_current)
        ui.chooseAttachmentButton.clicked.connect(self.choose_attachment)
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.explanationEdit.textChanged.connect(self._explanation_edited)

    # --- in and out ---------------------------------------------------------------------
    def set_lines(self, lines: list[dict]) -> None:
        """Lines as text: {"id", "name", "amount", "variance_explanation",
        "expenses": [{"id", "date", …}]}."""
        self._syncing = True
        try:
            self.ui.budgetTable.set_rows(lines)
        finally:
            self._syncing = False
        self.current_line = -1
        if self.ui.budgetTable.rowCount():
            self.ui.budgetTable.setCurrentCell(0, 0)
        self._line_selected(self.ui.budgetTable.currentRow())
        self.refresh_sums()

    def lines(self) -> list[dict]:
        return [{"id": line.get("id"), "name": line["name"], "amount": line["amount"],
                 "variance_explanation": line.get("variance_explanation") or "",
                 "expenses": [dict(e) for e in line.get("expenses") or []]}
                for line in self.ui.budgetTable.rows()]

    def set_variance_rule(self, limit: Decimal, *, finished: bool) -> None:
        """The scheme's limit in per cent, and whether the application's period is over (a
        line under budget by more than the limit needs an explanation only then)."""
        self.variance_limit, self.period_over = limit, finished
        self.refresh_sums()

    # --- reacting to edits ------------------------------------------------------------------
    def _line_selected(self, row, *_args) -> None:
        table = self.ui.budgetTable
        self.current_line = row if 0 <= row < table.rowCount() else -1
        self._syncing, was = True, self._syncing
        try:
            self.ui.expensesTable.set_rows(
                table.hidden(row, "expenses", []) if self.current_line >= 0 else [])
            self.ui.explanationEdit.setPlainText(
                table.hidden(row, "variance_explanation", "") if self.current_line >= 0 else "")
        finally:
            self._syncing = was
        name = table.item(row, 0).text() if self.current_line >= 0 else ""
        self.ui.expensesHeading.setText(
            self.tr("&Utgifter på posten «{name}»").format(name=name) if name
            else self.tr("&Utgifter på valgt post"))
        self.ui.explanationLabel.setText(
            self.tr("&Forklaring på avvik for posten «{name}»").format(name=name) if name
            else self.tr("&Forklaring på avvik for valgt post"))
        for widget in (self.ui.expensesTable, self.ui.addExpenseButton,
                       self.ui.removeExpenseButton, self.ui.chooseAttachmentButton,
                       self.ui.openAttachmentButton, self.ui.explanationEdit):
            widget.setEnabled(self.current_line >= 0)
        self._show_explanation_note()

    def _budget_edited(self) -> None:
        if self._syncing:
            return
        table = self.ui.budgetTable
        if table.currentRow() != self.current_line:
            self._line_selected(table.currentRow())
        self.refresh_sums()

    def _explanation_edited(self) -> None:
        if self._syncing or self.current_line < 0:
            return
        self.ui.budgetTable.set_hidden(self.current_line, "variance_explanation",
                                       self.ui.explanationEdit.toPlainText())
        self.refresh_sums()

    def _expenses_edited(self) -> None:
        if self._syncing or self.current_line < 0:
            return
        self.ui.budgetTable.set_hidden(self.current_line, "expenses", self.ui.expensesTable.rows())
        self.refresh_sums()

    def refresh_sums(self) -> None:
        """Show spent and variance per line from the expenses as typed, and the totals."""
        table = self.ui.budgetTable
        total_budget = total_spent = 0
        unreadable = False
        self._explanation_needs = []
        for row in range(table.rowCount()):
            try:
                budget = parse_amount(table.item(row, 1).text()) or 0
            except InvalidValue:
                budget, unreadable = None, True
            spent = 0
            for expense in table.hidden(row, "expenses", []):
                try:
                    spent += parse_amount(expense.get("amount"), allow_negative=True) or 0
                except InvalidValue:
                    unreadable = True
            table.set_cell_text(row, "spent", money(spent))
            table.set_cell_text(row, "variance", money(spent - budget) if budget is not None else "?")
            needed = budget is not None and needs_explanation(
                Decimal(budget), Decimal(spent), self.variance_limit, finished=self.period_over)
            explained = bool((table.hidden(row, "variance_explanation") or "").strip())
            table.set_cell_text(row, "explained", self.tr("Skrevet") if explained else
                                self.tr("⚠ Mangler") if needed else "")
            self._explanation_needs.append(
                (needed, None if budget is None else variance_percent(spent - budget, budget),
                 Decimal(spent - (budget or 0))))
            total_budget += budget or 0
            total_spent += spent
        text = self.tr("Sum budsjett {budget}, ført {spent}, avvik {variance}.").format(
            budget=money(total_budget), spent=money(total_spent),
            variance=money(total_spent - total_budget)) if table.rowCount() else \
            self.tr("Ingen budsjettposter ennå. Trykk «Ny post».")
        if unreadable:
            text += " " + self.tr("Noen beløp kan ikke leses; de er ikke med i summen.")
        self.ui.budgetTotalsLabel.setText(text)
        self._show_explanation_note()

    def _show_explanation_note(self) -> None:
        """Under the explanation: the rule, or a warning when the chosen line needs an
        explanation and has none (the report is not complete without it)."""
        label, row = self.ui.explanationNote, self.current_line
        limit = number(self.variance_limit, 0 if self.variance_limit == self.variance_limit
                       .to_integral_value() else 1)
        missing = (0 <= row < len(self._explanation_needs) and self._explanation_needs[row][0]
                   and not self.ui.explanationEdit.toPlainText().strip())
        if missing:
            _needed, percent, variance = self._explanation_needs[row]
            if percent is None:
                text = self.tr("⚠ Posten har utgifter, men ikke noe budsjett. Skriv hvorfor; "
                               "rapporten til tilskuddsgiveren er ikke komplett uten en "
                               "forklaring.")
            elif variance > 0:
                text = self.tr("⚠ Posten er {percent} % over budsjettet, mer enn grensen på "
                               "{limit} %. Skriv hvorfor; rapporten til tilskuddsgiveren er "
                               "ikke komplett uten en forklaring.").format(
                    percent=number(abs(percent), 1), limit=limit)
            else:
                text = self.tr("⚠ Posten er {percent} % under budsjettet, mer enn grensen på "
                               "{limit} %, og perioden er over. Skriv hvorfor; rapporten til "
                               "tilskuddsgiveren er ikke komplett uten en forklaring.").format(
                    percent=number(abs(percent), 1), limit=limit)
        else:
            text = self.tr("Forklaringen står i rapporten til tilskuddsgiveren. Den kreves når "
                           "posten er mer enn {limit} % over budsjettet, og etter at perioden "
                           "er over også når den er mer enn {limit} % under.").format(limit=limit)
        (self.ui.explanationWarning if missing else label).setText(text)
        self.ui.explanationWarning.setVisible(missing)
        label.setVisible(not missing)

    # --- expenses and their receipts ------------------------------------------------------------
    def add_expense(self, *, edit: bool = True) -> None:
        if self.current_line < 0:
            return
        self.ui.expensesTable.add_row({"id": None, "date": date_no(self.today),
                                       "description": "", "amount": "", "attachment_path": ""},
                                      edit=edit)

    def _current_expense(self) -> int:
        table = self.ui.expensesTable
        return table.currentRow() if 0 <= table.currentRow() < table.rowCount() else -1

    def _path_column(self) -> int:
        return [c.key for c in self.ui.expensesTable.columns].index("attachment_path")

    def choose_attachment(self) -> None:
        if self.current_line < 0:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Velg bilag"),
            start_folder((self.ui.expensesTable, "attachment_path"),
                         (self.ui.attachmentsTable, "path")),
            self.tr(RECEIPT_FILTER))
        if path:
            self.set_attachment(path)

    def set_attachment(self, path: str) -> None:
        """Put ``path`` on the chosen expense (a new one when none is chosen)."""
        row = self._current_expense()
        if row < 0:
            self.add_expense(edit=False)
            row = self._current_expense()
        if row >= 0:
            self.ui.expensesTable.item(row, self._path_column()).setText(path)

    def open_attachment(self) -> None:
        row = self._current_expense()
        if row >= 0:
            open_file(self.window, self.ui.expensesTable.item(row, self._path_column()).text())
