"""The log file: everything worth knowing after the fact, in a rotating file per user."""
import logging
import logging.handlers
from pathlib import Path

from samvirke_desktop import paths

LOG_FILE_NAME = "samvirke.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_handler: logging.Handler | None = None


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to ``folder``/samvirke.log (1 MB × 5 files); safe to call twice."""
    global _handler
    folder = Path(folder) if folder is not None else paths.user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    _handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
    root.addHandler(_handler)
    root.setLevel(min(root.level or level, level))
    return log_path


def current_log_file() -> Path | None:
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None
