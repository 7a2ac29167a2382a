"""Taking a backup without holding up the window: the copy runs in a thread of its own, on its
own connection to the file (see domain/privacy/backups.py), and reports back through signals."""
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from samvirke_desktop.domain.privacy import backups
from samvirke_desktop.errors import SamvirkeError

log = logging.getLogger(__name__)


class BackupRunner(QObject):
    finished = Signal(object)   # Path of the copy
    failed = Signal(str)        # what went wrong, in Norwegian

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, plan: backups.BackupPlan) -> bool:
        """Begin a copy as ``plan`` says; False when one is already running."""
        if self.busy():
            return False
        self._thread = threading.Thread(target=self._run, args=(plan,), name="sikkerhetskopi",
                                        daemon=True)
        self._thread.start()
        return True

    def wait(self, seconds: float = 30) -> None:
        """Let a running copy finish (the window is closing)."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self, plan: backups.BackupPlan) -> None:
        try:
            path = backups.run_backup(plan)
        except SamvirkeError as exc:
            log.warning("Sikkerhetskopien feilet: %s", exc.message)
            self._tell(self.failed, exc.message)
            return
        except Exception as exc:  # any failure must reach the window, not vanish with the thread
            log.exception("Sikkerhetskopien feilet")
            self._tell(self.failed, str(exc))
            return
        log.info("Sikkerhetskopi tatt: %s", path)
        self._tell(self.finished, Path(path))

    @staticmethod
    def _tell(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window closed meanwhile; the log has it
            pass
