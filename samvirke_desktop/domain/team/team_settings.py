"""The team's own name, district, logo, contact and organisation number, kept in the shared
database's settings.

Kept in the settings store (domain/team/settings_store.py).
"""
import re
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.domain.team.settings_store import read_setting, write_setting
from samvirke_desktop.domain.validation import (
    FieldErrors,
    InvalidValue,
    validate_email,
    validate_phone,
)

TEAM_NAME_KEY = "team.name"
TEAM_BYDEL_KEY = "team.bydel"
TEAM_LOGO_KEY = "team.logo_path"
# How residents and partners reach the team: printed on the public sheets (the poster).
TEAM_PHONE_KEY = "team.phone"
TEAM_EMAIL_KEY = "team.email"
# The organisation number (9 digits, Enhetsregisteret) of the bydel or the team: funders ask for
# it beside the signature of a report.
TEAM_ORGANISATION_NUMBER_KEY = "team.organisation_number"
ORGANISATION_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


@dataclass(frozen=True)
class TeamIdentity:
    name: str = ""
    bydel: str = ""
    logo_path: Path | None = None
    phone: str = ""
    email: str = ""
    organisation_number: str = ""

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
                        phone=_text(TEAM_PHONE_KEY), email=_text(TEAM_EMAIL_KEY),
                        organisation_number=_text(TEAM_ORGANISATION_NUMBER_KEY))


def validate_organisation_number(text: str | None) -> str:
    """A Norwegian organisation number as "974 778 807" (9 digits, the last a modulus 11 check
    digit); empty gives ""."""
    if text is None or not str(text).strip():
        return ""
    digits = re.sub(r"[\s.\-]", "", str(text)).removeprefix("NO").removesuffix("MVA")
    if not digits.isdigit() or len(digits) != 9:
        raise InvalidValue("Et organisasjonsnummer har 9 siffer, for eksempel 974 778 807. "
                           "Finn det i Enhetsregisteret (Brønnøysundregistrene).")
    remainder = sum(int(d) * w for d, w in zip(digits, ORGANISATION_NUMBER_WEIGHTS)) % 11
    check = 0 if remainder == 0 else 11 - remainder
    if check == 10 or check != int(digits[-1]):
        raise InvalidValue("Organisasjonsnummeret stemmer ikke (kontrollsifferet er feil). "
                           "Sjekk at sifrene er skrevet av riktig.")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def save_team_identity(name: str, bydel: str, logo_path: str | None, *,
                       phone: str | None = None, email: str | None = None,
                       organisation_number: str | None = None) -> None:
    """Save what is given; ``phone``, ``email`` and ``organisation_number`` left as None stay
    as stored.

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
    if organisation_number is not None:
        with errors.check("organisation_number"):
            organisation_number = validate_organisation_number(organisation_number)
    errors.raise_if_any()
    write_setting(TEAM_NAME_KEY, name.strip())
    write_setting(TEAM_BYDEL_KEY, bydel.strip())
    write_setting(TEAM_LOGO_KEY, (logo_path or "").strip())
    if phone is not None:
        write_setting(TEAM_PHONE_KEY, phone)
    if email is not None:
        write_setting(TEAM_EMAIL_KEY, email)
    if organisation_number is not None:
        write_setting(TEAM_ORGANISATION_NUMBER_KEY, organisation_number)


def save_team_name(name: str) -> str:
    """Store the team's name alone: asked for when a report the team signs needs it and none
    is set. Returns the name as stored."""
    from samvirke_desktop.domain.team.permissions import MANAGE_SETTINGS, require
    from samvirke_desktop.errors import ValidationError

    require(MANAGE_SETTINGS)
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": "Skriv teamets navn, for eksempel «Bo- og "
                                       "nærmiljøteamet Sagene»."})
    write_setting(TEAM_NAME_KEY, name)
    return name
