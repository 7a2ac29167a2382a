"""Free-text notes on people and organisations: short, and never special categories of data.

GDPR article 9 keeps health, ethnicity and religion out of Samvirke entirely, and the team has
no use for national identity numbers. A notes field cannot stop someone from writing them, so
every notes field shows ``NOTES_REMINDER``, and a note that looks like it holds a national
identity number (11 digits, as 010203 12345 or 01020312345) is refused.
"""
import re

from samvirke_desktop.domain.validation import InvalidValue

NOTES_REMINDER = ("Skriv kort og bare det teamet trenger. Ikke skriv om helse, etnisitet eller "
                  "religion, og aldri fødselsnummer.")
MAX_NOTES_LENGTH = 2000

# Six digits (date of birth) and five (personal number), with or without a space between;
# longer runs of digits (account numbers with dots, phone numbers) do not match.
_IDENTITY_NUMBER = re.compile(r"(?<!\d)(?<!\d\.)\d{6}[ ]?\d{5}(?!\d)(?!\.\d)")


def clean_notes(text: str | None) -> str:
    """Notes as typed (trailing spaces trimmed); refuses what looks like an identity number."""
    value = (text or "").strip()
    if _IDENTITY_NUMBER.search(value):
        raise InvalidValue("Notatet ser ut til å inneholde et fødselsnummer. Fødselsnummer skal "
                           "ikke lagres i Samvirke: ta det bort.")
    if len(value) > MAX_NOTES_LENGTH:
        raise InvalidValue(f"Notatet er for langt ({len(value)} tegn). Skriv det kortere, "
                           f"høyst {MAX_NOTES_LENGTH} tegn.")
    return value


def clean_line(text: str | None, max_length: int) -> str:
    """A one-line text field: inner spaces tidied, refused when longer than the column."""
    value = " ".join((text or "").split())
    if len(value) > max_length:
        raise InvalidValue(f"Teksten er for lang ({len(value)} tegn). Skriv høyst {max_length} "
                           "tegn.")
    return value
