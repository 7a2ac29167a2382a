"""The team's own name, district and logo, kept in the shared database's settings.

Values in the ``Setting`` table are JSON; a value that cannot be read counts as unset so a
hand-edited setting never stops a report from printing.
"""
import json
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.db.models import Setting

TEAM_NAME_KEY = "team.name"
TEAM_BYDEL_KEY = "team.bydel"
TEAM_LOGO_KEY = "team.logo_path"


def read_setting(key: str, default=None):
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        value = json.loads(row.value)
    except (TypeError, ValueError):
        return default
    return default if value is None else value


@dataclass(frozen=True)
class TeamIdentity:
    name: str = ""
    bydel: str = ""
    logo_path: Path | None = None

    @property
    def display_name(self) -> str:
        """«Bo- og nærmiljøteamet, Bydel Sagene», or whichever part is set."""
        return ", ".join(part for part in (self.name, self.bydel) if part)


def _text(key: str) -> str:
    value = read_setting(key, "")
    return value.strip() if isinstance(value, str) else ""


def team_identity() -> TeamIdentity:
    logo = _text(TEAM_LOGO_KEY)
    return TeamIdentity(name=_text(TEAM_NAME_KEY), bydel=_text(TEAM_BYDEL_KEY),
                        logo_path=Path(logo).expanduser() if logo else None)
