"""Formats for dates, numbers and money, for screens, PDFs and exports alike.

Norwegian by default (05.06.2026, 5. juni 2026, 1 234,50 kr). When the program is shown in
English (samvirke_desktop.translation), long dates, month and weekday names and numbers follow
British English (5 June 2026, 1,234.50, NOK 1,234.50) as QLocale en_GB writes them; short
dates stay 05.06.2026, which reads the same in both and is what date fields accept.
"""
import datetime
from decimal import ROUND_HALF_UP, Decimal

from samvirke_desktop.domain.vocabulary import MONTH_LABELS, WEEKDAY_LABELS
from samvirke_desktop.translation import current_language

NBSP = "\u00a0"
ENGLISH_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")


def _english() -> bool:
    return current_language() == "en"


def month_name(month: int) -> str:
    """juni / June"""
    return ENGLISH_MONTHS[month] if _english() else MONTH_LABELS[month]


def weekday_name(isoweekday: int) -> str:
    """mandag / Monday (1 is Monday)"""
    return ENGLISH_WEEKDAYS[isoweekday] if _english() else WEEKDAY_LABELS[isoweekday]


def date_no(value: datetime.date | None) -> str:
    """05.06.2026"""
    return value.strftime("%d.%m.%Y") if value else ""


def date_long(value: datetime.date | None) -> str:
    """5. juni 2026 / 5 June 2026"""
    if not value:
        return ""
    if _english():
        return f"{value.day} {ENGLISH_MONTHS[value.month]} {value.year}"
    return f"{value.day}. {MONTH_LABELS[value.month]} {value.year}"


def time_no(value: datetime.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def number(value, decimals: int = 0) -> str:
    """1 234,50 with a non-breaking space for thousands and a decimal comma (1,234.50 in
    English)."""
    if value is None:
        return ""
    quant = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quant, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if _english():
        return text
    return text.replace(",", NBSP).replace(".", ",")


def money(value, decimals: int = 2) -> str:
    """1 234,50 kr (NOK 1,234.50 in English)"""
    if value is None:
        return ""
    if _english():
        return f"NOK{NBSP}{number(value, decimals)}"
    return f"{number(value, decimals)}{NBSP}kr"
