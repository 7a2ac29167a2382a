"""The tabs of Innstillinger, one module each, in the order they are shown.

A tab is a QWidget with ``tab_title()`` (its label) and ``refresh()`` (read again from the
database); ``allowed()`` (a static method) says whether the current user may see it.
"""
import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class TabSpec:
    key: str
    module: str
    class_name: str


SETTINGS_TABS = (
    TabSpec("team", "team", "TeamTab"),
    TabSpec("sites", "sites", "SitesTab"),
    TabSpec("school_holidays", "school_holidays", "SchoolHolidaysTab"),
    TabSpec("privacy", "privacy", "PrivacyTab"),
    TabSpec("erasure", "erasure", "ErasureTab"),
    TabSpec("users", "users", "UsersTab"),
    TabSpec("change_log", "change_log", "ChangeLogTab"),
    TabSpec("backups", "backups", "BackupTab"),
    TabSpec("display", "display", "DisplayTab"),
)


def load_tab_class(spec: TabSpec):
    module = importlib.import_module(f"{__name__}.{spec.module}")
    return getattr(module, spec.class_name)
