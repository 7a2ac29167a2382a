"""Norwegian formats for dates, numbers and money, for screens, PDFs and exports alike."""
import datetime
from decimal import ROUND_HALF_UP, Decimal

from samvirke_desktop.domain.vocabulary import MONTH_LABELS

NBSP = "\u00a0"


def date_no(value: datetime.date | None) -> str:
    """05.06.2026"""
    return value.strftime("%d.%m.%Y") if value else ""


def date_long(value: datetime.date | None) -> str:
    """5. juni 2026"""
    return f"{value.day}. {MONTH_LABELS[value.month]} {value.year}" if value else ""


def time_no(value: datetime.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def number(value, decimals: int = 0) -> str:
    """1 234,50 with a non-breaking space for thousands and a decimal comma."""
    if value is None:
        return ""
    quant = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quant, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def money(value, decimals: int = 2) -> str:
    """1 234,50 kr"""
    if value is None:
        return ""
    return f"{number(value, decimals)}{NBSP}kr"
