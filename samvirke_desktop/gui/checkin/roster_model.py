"""The participants of one session as large tiles: one tap or Space marks present or not.

The model holds the domain's ``RosterEntry`` rows; a tick replaces one entry and repaints one
tile, so a toggle never reloads the list. The delegate paints each tile itself (no widgets
per row), which keeps opening a list of 60 well under a frame's time.
"""
import dataclasses
from typing import ClassVar

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate

from samvirke_desktop.domain.activities.attendance import RosterEntry
from samvirke_desktop.domain.vocabulary import ATTENDANCE_ROLE_LABELS, gender_label, label_text
from samvirke_desktop.gui import style

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10
RESIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 11

MIN_TILE_WIDTH, TILE_HEIGHT = 200, 50
LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
ELIDE_RIGHT = Qt.TextElideMode.ElideRight
CURRENT_STATES = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected
CACHE_SIZE = 600   # tiles kept painted; about ten times a large list
SPACING = 2


def tile_colours() -> dict[str, QColor]:
    """The tiles' colours in the scheme in use (gui/style.py: light or dark)."""
    c = style.colours()
    return {name: QColor(c[key]) for name, key in (
        ("PRESENT_BG", "success_background"), ("PRESENT_EDGE", "success"),
        ("PRESENT_MARK", "success"), ("ABSENT_BG", "base"), ("ABSENT_EDGE", "card_border"),
        ("KNOWN_ABSENT_MARK", "error"), ("CURRENT_EDGE", "focus"), ("TEXT", "text"),
        ("MUTED_TEXT", "muted"), ("PHOTO_BG", "error_background"), ("PHOTO_TEXT", "error_text"),
        ("TAG_BG", "info_background"), ("TAG_TEXT", "info_text"), ("ON_MARK", "base"))}
TRANSPARENT = QColor(0, 0, 0, 0)


def age_text(entry: RosterEntry) -> str:
    if entry.age is None:
        return ""
    return QCoreApplication.translate("RosterDelegate", "{age} år").format(age=entry.age)


def detail_text(entry: RosterEntry) -> str:
    """«10 år · jente · Barn»"""
    parts = [age_text(entry), label_text(gender_label(entry.gender, entry.age)).lower()
             if entry.gender != "unspecified" else "",
             label_text(ATTENDANCE_ROLE_LABELS.get(entry.role, ""))]
    return " · ".join(p for p in parts if p)


class RosterModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[RosterEntry] = []
        self._row_of: dict[int, int] = {}
        self.photo_withdrawn: frozenset[int] = frozenset()

    def set_entries(self, entries: list[RosterEntry], photo_withdrawn=frozenset()) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._row_of = {e.resident_id: i for i, e in enumerate(self._entries)}
        self.photo_withdrawn = frozenset(photo_withdrawn)
        self.endResetModel()

    def entries(self) -> list[RosterEntry]:
        return list(self._entries)

    def entry(self, row: int) -> RosterEntry:
        return self._entries[row]

    def row_of(self, resident_id: int) -> int | None:
        return self._row_of.get(resident_id)

    def update_entry(self, resident_id: int, **changes) -> None:
        """Change one tile (after a tick was saved) without resetting the list."""
        row = self._row_of.get(resident_id)
        if row is None:
            return
        self._entries[row] = dataclasses.replace(self._entries[row], **changes)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def counts(self) -> tuple[int, int]:
        """(children present, adults present) as the tiles show them now."""
        present = [e for e in self._entries if e.present]
        children = sum(1 for e in present if e.role == "child")
        return children, len(present) - children

    # --- Qt ---------------------------------------------------------------------
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if role == ENTRY_ROLE:
            return entry
        if role == RESIDENT_ID_ROLE:
            return entry.resident_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = {True: "til stede", False: "ikke til stede", None: "ikke registrert"}
            return f"{entry.name}, {state[entry.present]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.name, detail_text(entry)]
            if entry.resident_id in self.photo_withdrawn:
                lines.append("Samtykket til foto er trukket tilbake: ikke ta bilder av "
                             "denne personen.")
            if entry.walk_in:
                lines.append("Kom uten å stå på deltakerlisten.")
            if entry.needs_completion:
                lines.append("Registrert i døra: fyll ut resten i Beboere.")
            return "\n".join(line for line in lines if line)
        return None


class RosterDelegate(QStyledItemDelegate):
    """Paints a tile: a big round mark, the name, age/gender/role and tags.

    Colours are always wrapped in an explicit QPen or QBrush: letting PySide convert a
    module-level QColor implicitly on every paint corrupted reference counts (a crash at exit).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._name_font = QFont()
        self._name_font.setPixelSize(18)
        self._name_font.setWeight(QFont.Weight.DemiBold)
        self._last_font = QFont()
        self._last_font.setPixelSize(16)
        self._last_metrics = QFontMetrics(self._last_font)
        self._detail_font = QFont()
        self._detail_font.setPixelSize(13)
        self._tag_font = QFont()
        self._tag_font.setPixelSize(12)
        self._tag_font.setWeight(QFont.Weight.DemiBold)
        self._name_metrics = QFontMetrics(self._name_font)
        self._detail_metrics = QFontMetrics(self._detail_font)
        self._tag_metrics = QFontMetrics(self._tag_font)
        self._cache: dict[tuple, QPixmap] = {}

    tile_width = MIN_TILE_WIDTH   # set by the view to fill its width with whole columns

    def sizeHint(self, option, index):
        return QSize(self.tile_width, TILE_HEIGHT)

    def paint(self, painter: QPainter, option, index):
        model = index.model()
        if not 0 <= index.row() < model.rowCount():
            return
        # Straight from the model: a Python object through QVariant would be copied per paint.
        entry = model.entry(index.row())
        current = bool(option.state & CURRENT_STATES)
        ratio = painter.device().devicePixelRatio() if painter.device() else 1.0
        size = option.rect.size()
        key = (entry, entry.resident_id in model.photo_withdrawn, current, size.width(),
               size.height(), ratio)
        # A tile looks the same until its person or state changes: paint it once into a
        # pixmap and copy that (scrolling, focus and window exposure repaint many tiles).
        pixmap = self._cache.get(key)
        if pixmap is None:
            if len(self._cache) > CACHE_SIZE:
                self._cache.clear()
            pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(TRANSPARENT)
            tile = QPainter(pixmap)
            self._draw(tile, QRectF(0, 0, size.width(), size.height()), entry, key[1], current)
            tile.end()
            self._cache[key] = pixmap
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _draw(self, painter: QPainter, area: QRectF, entry: RosterEntry, photo: bool,
              current: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        k = tile_colours()
        rect = area.adjusted(3, 3, -3, -3)
        background = k["PRESENT_BG"] if entry.present else k["ABSENT_BG"]
        edge = k["CURRENT_EDGE"] if current else (
            k["PRESENT_EDGE"] if entry.present else k["ABSENT_EDGE"])
        painter.setPen(QPen(edge, 3 if current else 1.5))
        painter.setBrush(QBrush(background))
        painter.drawRoundedRect(rect, 8, 8)

        # The mark: filled green circle with a tick, a red dash for a known absence, or empty.
        mark = QRectF(rect.left() + 8, rect.center().y() - 14, 28, 28)
        if entry.present:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(k["PRESENT_MARK"]))
            painter.drawEllipse(mark)
            tick = QPainterPath(QPointF(mark.left() + 8, mark.center().y() + 1))
            tick.lineTo(mark.left() + 13, mark.center().y() + 6)
            tick.lineTo(mark.right() - 7, mark.top() + 9)
            painter.setPen(QPen(QBrush(k["ON_MARK"]), 3.2, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        else:
            painter.setBrush(QBrush(k["ON_MARK"]))
            color = k["KNOWN_ABSENT_MARK"] if entry.present is False else k["ABSENT_EDGE"]
            painter.setPen(QPen(color, 2))
            painter.drawEllipse(mark)
            if entry.present is False:
                painter.drawLine(QPointF(mark.left() + 9, mark.center().y()),
                                 QPointF(mark.right() - 9, mark.center().y()))

        # Line 1: the first name in bold (what people are called at the door), then the last
        # name, shortened when the tile is narrow. Line 2: age, gender, role, and tags.
        text_left = int(mark.right() + 10)
        name_right = int(rect.right() - 6)
        painter.setPen(QPen(k["TEXT"]))
        painter.setFont(self._name_font)
        first = self._name_metrics.elidedText(entry.first_name, ELIDE_RIGHT,
                                              max(name_right - text_left, 30))
        first_width = self._name_metrics.horizontalAdvance(first)
        top = int(rect.top())
        painter.drawText(QRect(text_left, top + 2, first_width + 2, 24), LEFT_MIDDLE, first)
        last_left = text_left + first_width + 6
        if entry.last_name and name_right - last_left > 24:
            painter.setFont(self._last_font)
            last = self._last_metrics.elidedText(entry.last_name, ELIDE_RIGHT,
                                                 name_right - last_left)
            painter.drawText(QRect(last_left, top + 3, name_right - last_left, 24), LEFT_MIDDLE,
                             last)

        right = rect.right() - 6
        tags = []
        translate = QCoreApplication.translate
        if photo:
            tags.append((translate("RosterDelegate", "Ikke foto"), k["PHOTO_BG"], k["PHOTO_TEXT"]))
        if entry.needs_completion:
            tags.append((translate("RosterDelegate", "Ufullstendig"), k["TAG_BG"], k["TAG_TEXT"]))
        elif entry.walk_in:
            tags.append((translate("RosterDelegate", "Ikke på listen"), k["TAG_BG"], k["TAG_TEXT"]))
        if tags:
            painter.setFont(self._tag_font)
        for text, bg, fg in tags:
            width = self._tag_metrics.horizontalAdvance(text) + 10
            box = QRectF(right - width, rect.bottom() - 21, width, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(bg))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QPen(fg))
            painter.drawText(box, CENTRE, text)
            right = box.left() - 4
        painter.setPen(QPen(k["MUTED_TEXT"]))
        painter.setFont(self._detail_font)
        detail_width = int(right - text_left - 4)
        if detail_width > 20:
            detail = self._detail_metrics.elidedText(detail_text(entry), ELIDE_RIGHT,
                                                     detail_width)
            painter.drawText(QRect(text_left, int(rect.bottom()) - 21, detail_width, 18),
                             LEFT_MIDDLE, detail)


class RosterView(QListView):
    """Tiles flowing in columns; Space/Enter toggles, B/F/V sets the role of the current tile."""

    ROLE_KEYS: ClassVar[dict] = {Qt.Key.Key_B: "child", Qt.Key.Key_F: "parent", Qt.Key.Key_V: "adult"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toggle_requested = None      # set by the window: callable(QModelIndex)
        self.role_requested = None        # callable(QModelIndex, role)

    def setup(self) -> None:
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(SPACING)
        self.setMouseTracking(False)
        self.tile_delegate = RosterDelegate(self)
        self.setItemDelegate(self.tile_delegate)
        self.clicked.connect(lambda index: self.toggle_requested and self.toggle_requested(index))

    empty_text = ""   # shown in the middle when nobody is on the list

    def paintEvent(self, event):
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(QPen(style.colour("muted")))
            font = QFont(self.font())
            font.setPixelSize(16)
            painter.setFont(font)
            painter.drawText(self.viewport().rect().adjusted(40, 0, -40, 0),
                             CENTRE | int(Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_tiles()

    def fit_tiles(self) -> None:
        """As many columns as fit, each tile as wide as the columns allow."""
        # QListView lays out wrapping items as if a vertical scroll bar could appear.
        available = self.viewport().width() - 2 * SPACING - 1
        if not self.verticalScrollBar().isVisible():
            available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        slot = MIN_TILE_WIDTH + 2 * SPACING
        columns = max(1, available // slot)
        width = available // columns - 2 * SPACING
        delegate = getattr(self, "tile_delegate", None)
        if delegate is None or width == delegate.tile_width:
            return
        delegate.tile_width = width
        model = self.model()
        if model is not None and model.rowCount():
            delegate.sizeHintChanged.emit(model.index(0, 0))

    def keyPressEvent(self, event):
        index = self.currentIndex()
        key = event.key()
        if index.isValid() and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.toggle_requested:
                self.toggle_requested(index)
            event.accept()
            return
        if index.isValid() and key in self.ROLE_KEYS and not event.modifiers():
            if self.role_requested:
                self.role_requested(index, self.ROLE_KEYS[key])
            event.accept()
            return
        super().keyPressEvent(event)
