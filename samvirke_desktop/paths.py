"""Where Samvirke finds its own files and keeps the user's files."""
import os
import sys
from pathlib import Path

import platformdirs

from samvirke_desktop import APP_NAME


def resources_dir() -> Path:
    """The shipped resources (icons, fonts, translations)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The embedded default database, used when no other is named."""
    return user_data_dir() / "samvirke.db"


def database_from_environment() -> str | None:
    value = os.environ.get("SAMVIRKE_DATABASE", "").strip()
    return value or None
