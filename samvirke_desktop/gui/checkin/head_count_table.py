"""Head counts of people not registered by name: a small table of age bands × gender.

Each cell is saved on its own, a moment after typing stops (or at once when the cell is
left), so two PCs filling different cells both keep what they typed.
"""
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from samvirke_desktop.domain.activities.check_in import HEAD_COUNT_BANDS, HEAD_COUNT_GENDERS

SAVE_PAUSE_MS = 600


class HeadCountTable(QObject):
    """Fills ``grid`` with one spin box per (age band, gender); ``save(key, count)`` is called
    for every change and returns True when it was stored."""

    def __init__(self, grid: QGridLayout, parent_widget: QWidget, save):
        super().__init__(parent_widget)
        self._save = save
        self.spins: dict[tuple, QSpinBox] = {}
        self._pending: set[tuple] = set()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        for column, (_, label) in enumerate(HEAD_COUNT_GENDERS, start=1):
            header = QLabel(label, parent_widget)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setProperty("class", "note")
            grid.addWidget(header, 0, column)
        for row, (age_from, age_to, band_label) in enumerate(HEAD_COUNT_BANDS, start=1):
            grid.addWidget(QLabel(band_label, parent_widget), row, 0)
            for column, (gender, gender_label) in enumerate(HEAD_COUNT_GENDERS, start=1):
                key = (age_from, age_to, gender)
                spin = QSpinBox(parent_widget)
                spin.setRange(0, 999)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.setMinimumHeight(36)
                if age_from is None and gender is None:
                    spin.setToolTip(self.tr("Bare et antall, uten alder og kjønn"))
                    spin.setAccessibleName(spin.toolTip())
                else:
                    spin.setAccessibleName(f"{band_label}, {gender_label.replace(chr(10), ' ')}")
                spin.valueChanged.connect(lambda _value, k=key: self._changed(k))
                spin.editingFinished.connect(self.flush)
                self.spins[key] = spin
                grid.addWidget(spin, row, column)
        grid.setColumnStretch(0, 1)

    def _changed(self, key) -> None:
        if self._loading:
            return
        self._pending.add(key)
        self._timer.start()

    def set_cells(self, cells: dict[tuple, int]) -> None:
        """Show stored counts; cells being typed in right now keep what is typed."""
        self._loading = True
        try:
            for key, spin in self.spins.items():
                if key not in self._pending:
                    spin.setValue(cells.get(key, 0))
        finally:
            self._loading = False

    def set_enabled(self, enabled: bool) -> None:
        for spin in self.spins.values():
            spin.setEnabled(enabled)

    def total(self) -> int:
        return sum(spin.value() for spin in self.spins.values())

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Save every cell changed since the last save."""
        self._timer.stop()
        while self._pending:
            key = self._pending.pop()
            if not self._save(key, self.spins[key].value()):
                self._pending.add(key)  # kept, and tried again when the cell is left
                return
