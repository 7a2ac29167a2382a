"""The team's own name, district and logo, kept in the shared database's settings.

Kept in the settings store (domain/team/settings_store.py).
"""
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.domain.team.settings_store import read_setting, write_setting

TEAM_NAME_KEY = "team.name"
TEAM_BYDEL_KEY = "team.bydel"
TEAM_LOGO_KEY = "team.logo_path"


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


def save_team_identity(name: str, bydel: str, logo_path: str | None) -> None:
    from samvirke_desktop.domain.team.permissions import MANAGE_SETTINGS, require

    require(MANAGE_SETTINGS)
    write_setting(TEAM_NAME_KEY, name.strip())
    write_setting(TEAM_BYDEL_KEY, bydel.strip())
    write_setting(TEAM_LOGO_KEY, (logo_path or "").strip())
