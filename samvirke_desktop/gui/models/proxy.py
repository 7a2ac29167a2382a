"""Search as you type ("sukru" finds "Şükrü") over any list model, and sorting by any column."""
from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt

from samvirke_desktop.db.folding import fold
from samvirke_desktop.gui.models.base import SEARCH_ROLE


def search_pattern(query: str) -> str:
    """Every word must occur somewhere, in any order: "ali hassan" = "hassan ali"."""
    words = fold(query).split()
    if not words:
        return ""
    return "^" + "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)


class SearchProxyModel(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self._query = ""

    def set_query(self, text: str) -> None:
        self._query = text
        source = self.sourceModel()
        if hasattr(source, "set_query"):
            # Row models filter themselves in one Python pass (20 000 rows in a few ms);
            # asking Python row by row from C++ would take ~0.1 s per keystroke.
            source.set_query(text)
        else:
            self.setFilterRegularExpression(QRegularExpression(search_pattern(text)))

    def query(self) -> str:
        return self._query

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        # The source model sorts itself quickly in Python; the proxy keeps the source order.
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
