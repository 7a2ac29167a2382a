"""Reading single spreadsheet cells the way teams fill them in: names, genders, yes/no,
dates and attendance marks. Each reader returns the stored value or raises ``InvalidValue``
with a short Norwegian reason.
"""
import datetime
import re

from samvirke_desktop.db.folding import fold
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.validation import InvalidValue, parse_date

# Folded words → stored gender code. "k"/"m" are Norwegian (kvinne/mann), "j"/"g" jente/gutt,
# "f" is English (female).
GENDER_WORDS = {
    **dict.fromkeys(("jente", "j", "kvinne", "k", "kvinnelig", "dame", "f", "female", "girl",
                     "woman", "w", "hunkjønn", "hunkjonn"), "female"),
    **dict.fromkeys(("gutt", "g", "mann", "m", "mannlig", "herre", "male", "boy", "man",
                     "hankjønn", "hankjonn"), "male"),
    **dict.fromkeys(("annet", "annen", "other", "a", "x", "ikke binær", "ikke binar",
                     "non binary", "nonbinary"), "other"),
    **dict.fromkeys(("ikke oppgitt", "uoppgitt", "ukjent", "vet ikke", "unknown", "unspecified",
                     "?", "-"), "unspecified"),
}
YES_WORDS = {"ja", "j", "yes", "y", "x", "1", "true", "sant", "✓", "✔", "☑", "ok"}
NO_WORDS = {"nei", "n", "no", "0", "false", "usant", "-", "ikke"}
# Marks that mean "was there" in an attendance sheet.
PRESENT_MARKS = {"x", "1", "✓", "✔", "☑", "✅", "ja", "j", "yes", "m", "møtt", "mott", "tilstede",
                 "til stede"}
# Marks that mean "was not there" (nothing is stored for them).
ABSENT_MARKS = {"0", "-", "nei", "n", "no", "f", "fravær", "fravaer", "borte", "syk", "ikke møtt"}


def text(value) -> str:
    """A cell as one line of text ("" for empty); dates as 05.06.2026."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return date_no(value)
    if isinstance(value, bool):
        return "ja" if value else "nei"
    return " ".join(str(value).split())


def shown(value) -> str:
    """A cell as quoted in a problem message."""
    shown_text = text(value)
    return shown_text if len(shown_text) <= 40 else shown_text[:37] + "…"


def split_full_name(full: str) -> tuple[str, str]:
    """"Amina Hassan" → ("Amina", "Hassan"); "Hassan, Amina" → ("Amina", "Hassan").

    Without a comma the last word is the last name and the rest the first name(s); names
    written family name first (Nguyễn Thị Hoa) need the Fornavn/Etternavn columns instead.
    """
    full = " ".join((full or "").split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    if " " not in full:
        return full, ""
    first, _, last = full.rpartition(" ")
    return first, last


def parse_gender(value) -> str | None:
    """The stored code, "unspecified" for empty, None when the word is not known."""
    word = fold(text(value)).rstrip(".")
    if not word:
        return "unspecified"
    return GENDER_WORDS.get(word)


def parse_yes_no(value) -> bool | None:
    """True/False for ja/nei and the like, None when it is neither."""
    if isinstance(value, bool):
        return value
    word = fold(text(value))
    if not word:
        return False
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None


def parse_date_cell(value, *, past: bool = False,
                    today: datetime.date | None = None) -> datetime.date | None:
    """An Excel date cell or text as 05.06.2026, 5.6.26, 2026-06-05; empty gives None."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise InvalidValue("det er et tall, ikke en dato")
    raw = text(value)
    if not raw:
        return None
    # "05.06.2026 00:00" when a date column was stored as text with a time.
    raw = re.sub(r"\s+0?0[:.]00(?:[:.]00)?$", "", raw).rstrip(".")
    return parse_date(raw, today=today, past=past)


def phone_text(value) -> str:
    """A phone cell as text; a number cell 4791234567 is read as +47 912 34 567."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        if len(digits) == 10 and digits.startswith("47"):
            return "+" + digits
        return digits
    return text(value)


def mark_meaning(value) -> bool | None:
    """True for a present mark (x, X, 1, ✓, ✔), False for an absent one or empty, None unknown."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value == 1 if value in (0, 1) else None
    word = fold(text(value))
    if not word:
        return False
    if word in PRESENT_MARKS:
        return True
    if word in ABSENT_MARKS:
        return False
    return None


def split_list(value) -> list[str]:
    """"matte, norsk og engelsk" → ["matte", "norsk", "engelsk"] (duplicates dropped)."""
    parts = re.split(r"\s*(?:[,;/\n]|\s+og\s+|\s+and\s+)\s*", text(value))
    seen, out = set(), []
    for part in parts:
        part = part.strip(" .")
        if part and fold(part) not in seen:
            seen.add(fold(part))
            out.append(part)
    return out
