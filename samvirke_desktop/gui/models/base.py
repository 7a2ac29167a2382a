"""The shared part of every list model: rows of small domain records, one per table row.

Sorting happens here, in Python, on keys computed once per column: asking Python for
each comparison from C++ would take seconds for 20 000 residents. ``SearchProxyModel``
passes sorting on to this model and filters in C++ on a folded search text.
"""
import unicodedata
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from samvirke_desktop.db.folding import fold
from samvirke_desktop.gui import style

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
MUTED = QColor("#7a838c")
LONG_TEXT = 30

# Norwegian alphabet order: æ, ø, å (and ä, ö) come after z; other accents sort with their letter.
_NORDIC = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}",
                         "ł": "l", "ı": "i", "đ": "d", "ð": "d", "ß": "ss", "œ": "oe"})


def text_sort_key(text: str) -> str:
    if not text:
        return ""
    key = unicodedata.normalize("NFC", text.casefold()).translate(_NORDIC)
    if key.isascii():
        return key
    return "".join(ch for ch in unicodedata.normalize("NFKD", key)
                   if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """``fold`` for the values that repeat across rows (sites, households, languages)."""
    return fold(text)


class RowTableModel(QAbstractTableModel):
    """Subclasses define COL_* constants, ``headers()``, ``display()`` and ``sort_value()``."""

    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all_rows: list = []        # every row, in the current sort order
        self._all_search: list[str] = []
        self._words: tuple[str, ...] = ()
        self._shown: list[int] = []        # positions in _all_rows the search lets through
        self._rows: list = []            # the rows shown, as the view sees them
        self._search: list[str] = []
        self._headers = self.headers()

    # --- to override ------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row, column: int):
        """A key of one type per column (str or int), never None."""
        return text_sort_key(self.display(row, column))

    def search_key(self, row) -> str:
        """Folded text the search box matches against."""
        return " ".join(folded(self.display(row, col)) for col in range(len(self._headers)))

    def tooltip(self, row, column: int) -> str | None:
        return None

    def is_muted(self, row) -> bool:
        """Archived, anonymised, cancelled or ended rows are shown in grey."""
        return bool(getattr(row, "archived", False) or getattr(row, "anonymised", False))

    # --- rows -------------------------------------------------------------------
    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._all_rows = list(rows)
        self._all_search = [self.search_key(row) for row in self._all_rows]
        self._shown = self._matching(range(len(self._all_rows)), self._words)
        self._show()
        self.endResetModel()

    def rows(self) -> list:
        """Every row, also those the search hides."""
        return list(self._all_rows)

    def total_count(self) -> int:
        """How many rows there are, shown or not."""
        return len(self._all_rows)

    def shown_rows(self) -> list:
        """The rows the search lets through, in the order shown."""
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row]

    # --- search -------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Show only rows with every word of ``text`` in their folded search text.

        Filtering is one pass over plain Python strings; a longer version of the last query
        only looks at the rows still shown (typing "ha", "han", "hans" narrows, fast).
        """
        words = tuple(fold(text).split())
        if words == self._words:
            return
        narrowing = bool(self._words) and all(
            any(old in new for new in words) for old in self._words)
        candidates = self._shown if narrowing else range(len(self._all_rows))
        self.beginResetModel()
        self._words = words
        self._shown = self._matching(candidates, words)
        self._show()
        self.endResetModel()

    def query_words(self) -> tuple[str, ...]:
        return self._words

    def _matching(self, candidates, words) -> list[int]:
        search = self._all_search
        if not words:
            return list(candidates)
        if len(words) == 1:
            word = words[0]
            return [i for i in candidates if word in search[i]]
        return [i for i in candidates if all(word in search[i] for word in words)]

    def _show(self) -> None:
        self._rows = [self._all_rows[i] for i in self._shown]
        self._search = [self._all_search[i] for i in self._shown]

    # --- Qt ---------------------------------------------------------------------
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.RIGHT_ALIGNED else LEFT
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(row, column)
            if tip is None:
                # Long text may be cut off in a narrow column: the tooltip shows all of it.
                text = self.display(row, column)
                return text if len(text) > LONG_TEXT else None
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and self.is_muted(row):
            return style.colour("muted")  # light or dark scheme
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self.RIGHT_ALIGNED else LEFT
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        keys = [self.sort_value(row, column) for row in self._all_rows]
        new_order = sorted(range(len(keys)), key=keys.__getitem__,
                           reverse=order == Qt.SortOrder.DescendingOrder)
        shown_before = self._shown
        self._all_rows = [self._all_rows[i] for i in new_order]
        self._all_search = [self._all_search[i] for i in new_order]
        new_position_all = [0] * len(new_order)
        for position, old in enumerate(new_order):
            new_position_all[old] = position
        self._shown = sorted(new_position_all[i] for i in shown_before)
        shown_position = {all_index: row for row, all_index in enumerate(self._shown)}
        self._show()
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(shown_position[new_position_all[shown_before[i.row()]]], i.column())
             if i.isValid() else QModelIndex() for i in old_indexes])
        self.layoutChanged.emit()
