"""How people's names are shown and sorted in lists and reports."""
import unicodedata

# Norwegian alphabet order puts æ, ø, å after z ("{|}" follow "z" in ASCII); ä, ö and ü
# sort as æ, ø and y.
_NORWEGIAN_LETTERS = str.maketrans({
    "æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y",
    "ł": "l", "ı": "i", "đ": "d", "ð": "d", "ß": "ss", "œ": "oe",
})


def full_name(first_name: str, last_name: str) -> str:
    """«Fornavn Etternavn» as people write it."""
    return " ".join(part for part in (first_name.strip(), last_name.strip()) if part)


def listed_name(first_name: str, last_name: str) -> str:
    """«Etternavn, Fornavn» for lists sorted by last name."""
    first, last = first_name.strip(), last_name.strip()
    return f"{last}, {first}" if first and last else (last or first)


def sort_text(text: str) -> str:
    """A key that orders text the Norwegian way and ignores case and other accents."""
    lowered = unicodedata.normalize("NFC", (text or "").casefold()).translate(_NORWEGIAN_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_sort_key(first_name: str, last_name: str) -> tuple[str, str]:
    """Sort by last name, then first name (people without a last name by first name)."""
    return (sort_text(last_name or first_name), sort_text(first_name))
