"""Noticing a colleague's save while the window is open: a timer asks the database's cheap
change counter (``db.change_watch``) every couple of seconds and says when it moved."""
import logging
import sqlite3

import peewee
from PySide6.QtCore import QObject, QTimer, Signal

from samvirke_desktop.db.change_watch import ChangeWatcher
from samvirke_desktop.errors import SamvirkeError

log = logging.getLogger(__name__)

POLL_MS = 2000


class LiveRefresh(QObject):
    """Emits ``changed`` when another PC (or another connection) has committed."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._watcher: ChangeWatcher | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._failing = False

    def watch(self, database: peewee.Database) -> None:
        self.stop()
        self._watcher = ChangeWatcher(database)
        self._failing = False
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def is_watching(self) -> bool:
        return self._watcher is not None and self._timer.isActive()

    def poll(self) -> bool:
        """Ask once; True (and ``changed``) when a colleague has saved since the last time."""
        if self._watcher is None:
            return False
        try:
            moved = self._watcher.changed()
        except (SamvirkeError, peewee.PeeweeException, sqlite3.Error) as exc:
            # A network share that drops out for a moment, a server restarting: try again at
            # the next tick, and say so in the log only once.
            if not self._failing:
                log.warning("Kunne ikke se etter endringer fra kolleger: %s", exc)
            self._failing = True
            return False
        self._failing = False
        if moved:
            self.changed.emit()
        return moved
