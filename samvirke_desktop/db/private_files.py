"""Files only their owner may read: new database files, key files and backups (mode 0600).

Each is made empty with that mode before any data is written into it, so not even a moment
passes with the team's data readable by everyone who can read the folder. On Windows the mode
bits decide nothing but the read-only flag: the folder's inherited access list applies, as the
team's shared folder sets it, and Samvirke leaves it alone.
"""
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_MODE = 0o600


def create_private(path: str | os.PathLike) -> None:
    """Make ``path`` an empty file its owner alone may read and write.

    Raises ``FileExistsError`` when it exists: a file already there keeps its own mode, and
    the caller decides whether it may be replaced."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, PRIVATE_MODE))


def make_private(path: str | os.PathLike) -> None:
    """Take group and others' rights away from an existing file (POSIX only).

    A share that does not keep mode bits (CIFS mounted without Unix extensions) refuses or
    ignores the change; the share's own rules apply there, so that is logged, not raised."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, PRIVATE_MODE)
    except OSError as exc:
        log.info("Could not make %s private: %s", path, exc)


def fresh_private(path: str | os.PathLike) -> Path:
    """``path`` made empty and private, removing a leftover file of the same name first (a
    temporary file from a copy that was cut off)."""
    path = Path(path)
    path.unlink(missing_ok=True)
    create_private(path)
    return path


def copy_private(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """Copy a file's bytes into a new private file ``target`` (replaced when it exists)."""
    tmp = Path(str(target) + ".tmp")
    fresh_private(tmp)
    try:
        with open(source, "rb") as src, open(tmp, "r+b") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
