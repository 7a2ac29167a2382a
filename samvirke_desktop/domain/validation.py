"""Checking and cleaning what people type: dates, times, phone numbers, e-mail, birth dates.

Each ``parse_*``/``validate_*`` function returns the cleaned value or raises
``InvalidValue`` with a Norwegian message meant to be shown next to the field.
``validate_fields`` runs a whole form's checks and raises one ``ValidationError``
holding every problem at once (field name → message), so a form can mark each field.

Two-digit years ("5.6.26"): read as 20yy when that is at most ten years ahead of
today, otherwise as 19yy ("5.6.48" is 1948 in 2026). For birth dates the cut is
today's year instead (``past=True``): "5.6.30" is 1930, never a date in the future.
"""
import datetime
import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from samvirke_desktop.errors import SamvirkeError, ValidationError

DATE_HINT = "Skriv datoen som dd.mm.åååå, for eksempel 05.06.2026."
TIME_HINT = "Skriv klokkeslettet som tt:mm, for eksempel 17:00."
PHONE_HINT = ("Et norsk nummer har 8 siffer, for eksempel 912 34 567. Et utenlandsk nummer "
              "skrives med + og landskoden først, for eksempel +46 70 123 45 67.")
EMAIL_HINT = "Skriv e-postadressen som navn@eksempel.no."
REQUIRED_MESSAGE = "Dette feltet må fylles ut."

MAX_AGE_YEARS = 110
ADULT_AGE = 18
# How far ahead a two-digit year may point before it is read as last century.
TWO_DIGIT_YEAR_AHEAD = 10

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# "05062026" or "050626": what people type into a date field without the dots.
_BARE = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")
_TIME_BARE = re.compile(r"(\d{2})(\d{2})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.][^@\s]*\.[^@\s.]{2,}")


class InvalidValue(SamvirkeError, ValueError):
    """One field's value is wrong; ``message`` says what to type instead."""

    title = "Sjekk feltet"


def _today(today: datetime.date | None) -> datetime.date:
    return today or datetime.date.today()


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- dates and times ---------------------------------------------------------

def expand_two_digit_year(yy: int, *, today: datetime.date | None = None,
                          past: bool = False) -> int:
    """20yy unless that is too far ahead (see the module docstring), then 19yy."""
    limit = _today(today).year + (0 if past else TWO_DIGIT_YEAR_AHEAD)
    year = 2000 + yy
    return year if year <= limit else year - 100


def parse_date(text: str | datetime.date | None, *, today: datetime.date | None = None,
               past: bool = False) -> datetime.date | None:
    """Read 05.06.2026, 5.6.2026, 5.6.26, 2026-06-05 or 05062026; empty gives None."""
    if isinstance(text, datetime.datetime):
        return text.date()
    if isinstance(text, datetime.date):
        return text
    if _blank(text):
        return None
    raw = str(text).strip()
    if match := _DOTTED.fullmatch(raw) or _BARE.fullmatch(raw):
        day, month, year_text = match.groups()
        year = int(year_text)
        if len(year_text) == 2:
            year = expand_two_digit_year(year, today=today, past=past)
    elif match := _ISO.fullmatch(raw):
        year_text, month, day = match.groups()
        year = int(year_text)
    else:
        raise InvalidValue(f"«{raw}» er ikke en dato. {DATE_HINT}")
    if not 1900 <= year <= 2200:
        raise InvalidValue(f"Året {year} ser ikke riktig ut. {DATE_HINT}")
    try:
        return datetime.date(year, int(month), int(day))
    except ValueError:
        raise InvalidValue(f"{raw} finnes ikke i kalenderen. Sjekk dagen og måneden. "
                           f"{DATE_HINT}") from None


def parse_time(text: str | datetime.time | None) -> datetime.time | None:
    """Read 17:00, 17.00, 1700 or 17; empty gives None."""
    if isinstance(text, datetime.time):
        return text
    if _blank(text):
        return None
    raw = str(text).strip()
    match = _TIME.fullmatch(raw) or _TIME_BARE.fullmatch(raw)
    if not match:
        raise InvalidValue(f"«{raw}» er ikke et klokkeslett. {TIME_HINT}")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise InvalidValue(f"{raw} finnes ikke på klokken. {TIME_HINT}")
    return datetime.time(hour, minute)


# --- phone and e-mail --------------------------------------------------------

def _format_norwegian(digits: str) -> str:
    if digits[0] in "489":  # mobile (4, 9) and service numbers (8xx) are read 3-2-3
        return f"{digits[:3]} {digits[3:5]} {digits[5:]}"
    return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"


def validate_phone(text: str | None) -> str:
    """A Norwegian number as "912 34 567" / "22 33 44 55"; a foreign one kept as typed.

    Spaces, dashes and dots between digits are allowed. +47 and 0047 are taken away from
    Norwegian numbers; other numbers starting with + or 00 are foreign and kept (00 becomes +).
    Empty gives "".
    """
    if _blank(text):
        return ""
    raw = " ".join(str(text).split())
    compact = re.sub(r"[\s\-.()]", "", raw)
    if not re.fullmatch(r"\+?\d+", compact):
        raise InvalidValue("Telefonnummeret kan bare ha siffer, mellomrom og + foran "
                           f"landskoden. {PHONE_HINT}")
    if compact.startswith(("+47", "0047")):
        national = compact[3:] if compact.startswith("+") else compact[4:]
    elif compact.startswith(("+", "00")):
        digits = compact.lstrip("+")
        if compact.startswith("00"):
            digits = digits[2:]
            raw = "+" + re.sub(r"^\s*00\s*", "", raw)
        if not 7 <= len(digits) <= 15:
            raise InvalidValue(f"Et utenlandsk nummer har mellom 7 og 15 siffer med landskoden "
                               f"(du skrev {len(digits)}). {PHONE_HINT}")
        return " ".join(re.sub(r"[^\d+ ]", " ", raw).split())
    else:
        national = compact
    if len(national) != 8:
        raise InvalidValue(f"Et norsk telefonnummer har 8 siffer (du skrev {len(national)}). "
                           f"{PHONE_HINT}")
    if national[0] in "01":
        raise InvalidValue("Norske telefonnumre begynner ikke med 0 eller 1. Sjekk nummeret. "
                           f"{PHONE_HINT}")
    return _format_norwegian(national)


def normalise_phone(text: str | None) -> str:
    """The tidy form of a phone number for display; text that is no valid number is kept as is."""
    try:
        return validate_phone(text)
    except InvalidValue:
        return " ".join(str(text).split())


def phone_key(text: str | None) -> str:
    """Digits that identify a number, with +47/0047 taken away: for finding the same number."""
    digits = "".join(ch for ch in (text or "") if ch.isdigit())
    stripped = (text or "").strip()
    if stripped.startswith("+47") and len(digits) == 10:
        return digits[2:]
    if digits.startswith("0047") and len(digits) == 12:
        return digits[4:]
    return digits


def validate_email(text: str | None) -> str:
    """A plausible e-mail address (domain in lower case); empty gives ""."""
    if _blank(text):
        return ""
    raw = str(text).strip()
    if not _EMAIL.fullmatch(raw) or ".." in raw:
        raise InvalidValue(f"«{raw}» ser ikke ut som en e-postadresse. {EMAIL_HINT}")
    local, domain = raw.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


# --- birth dates -------------------------------------------------------------

@dataclass(frozen=True)
class Birth:
    """A birth date, or only the year when that is all that is known."""
    date: datetime.date | None
    year: int | None


def age_on(birth_date: datetime.date | None, birth_year: int | None,
           on: datetime.date) -> int | None:
    """Age in whole years on ``on``; with only a year, the age reached during that year."""
    if birth_date is not None:
        before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
        return on.year - birth_date.year - before_birthday
    if birth_year is not None:
        return on.year - birth_year
    return None


def validate_birth_date(value: str | datetime.date | None, *, today: datetime.date | None = None,
                        child: bool = False) -> datetime.date | None:
    """Not after today, not more than 110 years ago, under 18 when ``child``."""
    born = parse_date(value, today=today, past=True)
    if born is None:
        return None
    now = _today(today)
    if born > now:
        raise InvalidValue("Fødselsdatoen kan ikke være etter dagens dato. Sjekk årstallet.")
    age = age_on(born, None, now)
    if age > MAX_AGE_YEARS:
        raise InvalidValue(f"Fødselsdatoen gir en alder over {MAX_AGE_YEARS} år. "
                           "Sjekk årstallet.")
    if child and age >= ADULT_AGE:
        raise InvalidValue("Et barn må være under 18 år. Sjekk fødselsdatoen, eller registrer "
                           "personen som voksen.")
    return born


def validate_birth_year(value: str | int | None, *, today: datetime.date | None = None,
                        child: bool = False) -> int | None:
    """A four-digit year that gives an age from 0 to 110 (under 18 this year when ``child``)."""
    if _blank(value):
        return None
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}", text):
        raise InvalidValue(f"«{text}» er ikke et årstall. Skriv fødselsåret med fire siffer, "
                           "for eksempel 2015.")
    year = int(text)
    now = _today(today)
    if year > now.year:
        raise InvalidValue("Fødselsåret kan ikke være etter i år. Sjekk årstallet.")
    if now.year - year > MAX_AGE_YEARS:
        raise InvalidValue(f"Fødselsåret gir en alder over {MAX_AGE_YEARS} år. Sjekk årstallet.")
    # With only a year, a child may turn 18 later this year: refuse only certain adults.
    if child and now.year - year > ADULT_AGE:
        raise InvalidValue("Et barn må være under 18 år. Sjekk fødselsåret, eller registrer "
                           "personen som voksen.")
    return year


def validate_birth(value: str | int | datetime.date | None, *,
                   today: datetime.date | None = None, child: bool = False) -> Birth:
    """A full birth date or a year alone ("2015"); the year is filled in from a date too."""
    if _blank(value):
        return Birth(None, None)
    if isinstance(value, int) or re.fullmatch(r"\d{4}", str(value).strip()):
        return Birth(None, validate_birth_year(value, today=today, child=child))
    born = validate_birth_date(value, today=today, child=child)
    return Birth(born, born.year)


# --- whole forms -------------------------------------------------------------

class FieldErrors:
    """Collects one message per field, then raises them together.

        errors = FieldErrors()
        with errors.check("phone"):
            phone = validate_phone(text)
        errors.raise_if_any()
    """

    def __init__(self):
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    @contextmanager
    def check(self, field: str):
        try:
            yield
        except InvalidValue as exc:
            self.add(field, exc.message)
        except ValidationError as exc:
            for name, message in exc.field_errors.items():
                self.add(name, message)

    def __bool__(self) -> bool:
        return bool(self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def validate_fields(values: Mapping[str, Any], rules: Mapping[str, Callable[[Any], Any]], *,
                    required: Mapping[str, str] | Iterable[str] = ()) -> dict[str, Any]:
    """Clean every field with its rule; raise one ValidationError listing all wrong fields.

    ``required`` names fields that may not be empty; given as a mapping to a label
    ("first_name": "fornavn"), the message says "Fyll inn fornavn.". Fields without a
    rule are returned unchanged.
    """
    labels = required if isinstance(required, Mapping) else {name: "" for name in required}
    errors = FieldErrors()
    cleaned = dict(values)
    for name, label in labels.items():
        if _blank(values.get(name)):
            errors.add(name, f"Fyll inn {label}." if label else REQUIRED_MESSAGE)
    for name, rule in rules.items():
        if name in errors.errors:
            continue
        with errors.check(name):
            cleaned[name] = rule(values.get(name))
    errors.raise_if_any()
    return cleaned
