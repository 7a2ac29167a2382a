"""Case- and accent-folding for search: "sukru" finds "Şükrü", "ostbo" finds "Østbø"."""
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans({
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "ı": "i", "İ": "i",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "œ": "oe", "Œ": "oe",
})


def fold(text: str) -> str:
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_text(*parts: str) -> str:
    """The stored search column: folded name, phone (digits only too) and e-mail."""
    words = []
    for part in parts:
        if not part:
            continue
        words.append(fold(part))
        digits = "".join(ch for ch in part if ch.isdigit())
        if len(digits) >= 4 and digits != part:
            words.append(digits)
    return " ".join(words)
