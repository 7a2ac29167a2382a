"""The team's own name, district, logo and contact, kept in the shared database's settings.

Kept in the settings store (domain/team/settings_store.py).
"""
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.domain.team.settings_store import read_setting, write_setting
from samvirke_desktop.domain.validation import FieldErrors, validate_email, validate_phone

TEAM_NAME_KEY = "team.name"
TEAM_BYDEL_KEY = "team.bydel"
TEAM_LOGO_KEY = "team.logo_path"
# How residents and partners reach the team: printed on the public sheets (the poster).
TEAM_PHONE_KEY = "team.phone"
TEAM_EMAIL_KEY = "team.email"


@dataclass(frozen=True)
class TeamIdentity:
    name: str = ""
    bydel: str = ""
    logo_path: Path | None = None
    phone: str = ""
    email: str = ""

    @property
    def display_name(self) -> str:
        """«Bo- og nærmiljøteamet, Bydel Sagene», or whichever part is set."""
        return ", ".join(part for part in (self.name, self.bydel) if part)

    @property
    def contact(self) -> str:
        """«912 34 567 · post@bydel.oslo.kommune.no», or whichever part is set."""
        return " · ".join(part for part in (self.phone, self.email) if part)


def _text(key: str) -> str:
    value = read_setting(key, "")
    return value.strip() if isinstance(value, str) else ""


def team_identity() -> TeamIdentity:
    logo = _text(TEAM_LOGO_KEY)
    return TeamIdentity(name=_text(TEAM_NAME_KEY), bydel=_text(TEAM_BYDEL_KEY),
                        logo_path=Path(logo).expanduser() if logo else None,
                        phone=_text(TEAM_PHONE_KEY), email=_text(TEAM_EMAIL_KEY))


def save_team_identity(name: str, bydel: str, logo_path: str | None, *,
                       phone: str | None = None, email: str | None = None) -> None:
    """Save what is given; ``phone`` and ``email`` left as None stay as stored.

    A phone number or e-mail address that cannot be right is refused before anything is
    saved (ValidationError naming the field)."""
    from samvirke_desktop.domain.team.permissions import MANAGE_SETTINGS, require

    require(MANAGE_SETTINGS)
    errors = FieldErrors()
    if phone is not None:
        with errors.check("phone"):
            phone = validate_phone(phone)
    if email is not None:
        with errors.check("email"):
            email = validate_email(email)
    errors.raise_if_any()
    write_setting(TEAM_NAME_KEY, name.strip())
    write_setting(TEAM_BYDEL_KEY, bydel.strip())
    write_setting(TEAM_LOGO_KEY, (logo_path or "").strip())
    if phone is not None:
        write_setting(TEAM_PHONE_KEY, phone)
    if email is not None:
        write_setting(TEAM_EMAIL_KEY, email)
