"""The preview table: one line per row of the file, with a tick box for "import this row",
its status and its problems. Rows with an error cannot be ticked; rows with a warning
(a possible duplicate, an unknown gender word) can be left out by removing the tick.

The rows are the domain's preview rows themselves, so a tick changes what ``run_import``
writes. A filter shows all rows, those with problems, or those that will be skipped, without
copying 50 000 rows.
"""
from PySide6.QtCore import QAbstractTableModel, Qt, Signal

from samvirke_desktop.domain.spreadsheets.cell_values import text
from samvirke_desktop.domain.spreadsheets.people_import import ERROR, OK, WARNING
from samvirke_desktop.gui import style

ALL, PROBLEMS, SKIPPED = "all", "problems", "skipped"
CELL_LIMIT = 60


def problem_text(problem: str) -> str:
    """"Rad 14: «31.02.2020» i Fødselsdato …" without the row number (it has a column)."""
    return problem.split(": ", 1)[1] if problem.startswith("Rad ") and ": " in problem \
        else problem


class PreviewTableModel(QAbstractTableModel):
    COL_IMPORT, COL_ROW, COL_STATUS, COL_NAME = range(4)
    ticks_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preview = None
        self.attendance = False
        self._rows: list = []
        self._shown: list[int] = []
        self._filter = ALL
        self._headers: list[str] = []
        self._file_columns: list[int] = []    # people: the mapped columns of the file

    # --- filling ------------------------------------------------------------------------
    def set_preview(self, preview, attendance: bool) -> None:
        self.beginResetModel()
        self.preview = preview
        self.attendance = attendance
        self._rows = list(preview.rows) if preview is not None else []
        if attendance:
            self._headers = [self.tr("Importer"), self.tr("Rad"), self.tr("Status"),
                             self.tr("Navn i filen"), self.tr("Funnet i Samvirke"),
                             self.tr("Oppmøter"), self.tr("Merknad")]
            self._file_columns = []
        else:
            self._file_columns = [i for i, code in enumerate(preview.mapping) if code] \
                if preview is not None else []
            self._headers = [self.tr("Importer"), self.tr("Rad"), self.tr("Status"),
                             self.tr("Navn"), self.tr("Merknad")] + [
                preview.sheet.headers[i] for i in self._file_columns]
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, which: str) -> None:
        self.beginResetModel()
        self._filter = which
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        if self._filter == PROBLEMS:
            self._shown = [i for i, row in enumerate(self._rows) if row.status != OK]
        elif self._filter == SKIPPED:
            self._shown = [i for i, row in enumerate(self._rows) if not self._imported(row)]
        else:
            self._shown = list(range(len(self._rows)))

    def row_at(self, row: int):
        return self._rows[self._shown[row]]

    def problems_column(self) -> int:
        return 6 if self.attendance else 4

    # --- ticks --------------------------------------------------------------------------
    @staticmethod
    def _imported(row) -> bool:
        return row.will_import

    def set_included(self, predicate, included: bool) -> int:
        """Tick (or untick) every row without an error for which ``predicate(row)`` holds."""
        changed = 0
        for row in self._rows:
            if row.status != ERROR and predicate(row) and row.include != included:
                row.include = included
                changed += 1
        if changed:
            self.beginResetModel()
            self._apply_filter()
            self.endResetModel()
            self.ticks_changed.emit()
        return changed

    # --- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._shown)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_IMPORT and self.row_at(index.row()).status != ERROR:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def status_text(self, row) -> str:
        if row.status == ERROR:
            return self.tr("Hoppes over (feil)")
        if not row.include:
            return self.tr("Tas ikke med")
        if row.status == WARNING:
            return self.tr("Advarsel")
        return self.tr("OK")

    def display(self, row, column: int) -> str:
        if column == self.COL_ROW:
            return str(row.number)
        if column == self.COL_STATUS:
            return self.status_text(row)
        if column == self.COL_NAME:
            return row.name
        if column == self.problems_column():
            if not row.problems:
                return ""
            first = problem_text(row.problems[0])
            more = len(row.problems) - 1
            return first + (self.tr(" (+{n} til)").format(n=more) if more else "")
        if self.attendance:
            if column == 4:
                return row.resident_name
            if column == 5:
                return str(len(row.present_columns))
            return ""
        position = column - 5
        if 0 <= position < len(self._file_columns):
            value = text(row.cells[self._file_columns[position]]
                         if self._file_columns[position] < len(row.cells) else None)
            return value if len(value) <= CELL_LIMIT else value[:CELL_LIMIT - 1] + "…"
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_IMPORT:
            return Qt.CheckState.Checked if row.will_import else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return None if column == self.COL_IMPORT else self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.problems_column() and row.problems:
                return "\n".join(problem_text(p) for p in row.problems)
            if column == self.COL_IMPORT:
                if row.status == ERROR:
                    return self.tr("Raden har feil og kan ikke importeres. Rett den i filen.")
                return self.tr("Fjern haken for å hoppe over raden.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in (
                self.COL_STATUS, self.problems_column()):
            if row.status == ERROR:
                return style.colour("error")
            if not row.include:
                return style.colour("muted")
            if row.status == WARNING:
                return style.colour("warning")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_ROW, 5) and (
                column == self.COL_ROW or self.attendance):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_IMPORT:
            return False
        row = self.row_at(index.row())
        if row.status == ERROR:
            return False
        row.include = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index.siblingAtColumn(0),
                              index.siblingAtColumn(self.columnCount() - 1))
        self.ticks_changed.emit()
        return True
