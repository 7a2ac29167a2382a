"""Periods a report covers: checking them, reading them as typed, and writing them out."""
import calendar
import datetime
import re

from samvirke_desktop.domain.formatting import date_no, month_name
from samvirke_desktop.errors import ValidationError

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NORWEGIAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def check_period(first: datetime.date, last: datetime.date) -> None:
    if first > last:
        raise ValidationError({"to": f"Perioden slutter ({date_no(last)}) før den begynner "
                                     f"({date_no(first)}). Bytt om datoene."})


def parse_date(text: str, field: str = "date") -> datetime.date:
    """2026-01-05 or 05.01.2026."""
    value = (text or "").strip()
    match = _ISO.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _NORWEGIAN.match(value)
        if not match:
            raise ValidationError({field: f"«{value}» er ikke en dato. Skriv den som 05.01.2026 "
                                          "eller 2026-01-05."})
        day, month, year = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValidationError({field: f"Datoen «{value}» finnes ikke i kalenderen."}) from None


def parse_month(text: str, field: str = "month") -> tuple[int, int]:
    """2026-06 → (2026, 6)."""
    value = (text or "").strip()
    match = _MONTH.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError({field: f"«{value}» er ikke en måned. Skriv den som 2026-06 "
                                      "(år og måned)."})
    return int(match.group(1)), int(match.group(2))


def month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    last_day = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last_day)


def period_text(first: datetime.date, last: datetime.date) -> str:
    """01.01.2026–31.01.2026"""
    return f"{date_no(first)}\u2013{date_no(last)}"


def month_text(year: int, month: int) -> str:
    """juni 2026 (June 2026 in English)"""
    return f"{month_name(month)} {year}"
