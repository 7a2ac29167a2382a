"""The change log table: when, who, what happened to which record, and the fields changed."""
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.gui.models.base import RowTableModel


class ChangeLogTableModel(RowTableModel):
    COL_AT, COL_USER, COL_ACTION, COL_TABLE, COL_RECORD, COL_CHANGES = range(6)
    RIGHT_ALIGNED = frozenset({COL_RECORD})

    def headers(self):
        return [self.tr("Tidspunkt"), self.tr("Bruker"), self.tr("Handling"), self.tr("Hva"),
                self.tr("Nr."), self.tr("Endringer")]

    def display(self, row, column):
        if column == self.COL_AT:
            return f"{date_no(row.at.date())} {row.at:%H:%M:%S}"
        if column == self.COL_USER:
            return row.username
        if column == self.COL_ACTION:
            return row.action_label
        if column == self.COL_TABLE:
            return row.table_label
        if column == self.COL_RECORD:
            return "" if row.record_id is None else str(row.record_id)
        if column == self.COL_CHANGES:
            text = "; ".join(change.text for change in row.changes)
            return text or row.summary
        return ""

    def sort_value(self, row, column):
        if column == self.COL_AT:
            return f"{row.at.isoformat()}-{row.id:012d}"
        if column == self.COL_RECORD:
            return row.record_id if row.record_id is not None else -1
        return super().sort_value(row, column)

    def tooltip(self, row, column):
        if column == self.COL_CHANGES:
            return row.changes_text or row.summary or None
        return None
