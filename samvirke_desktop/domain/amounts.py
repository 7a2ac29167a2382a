"""Kroner and øre typed the way people write them: "12 500,50", "12500", "kr 1.250,-".

Amounts are read into ``Decimal`` with two decimals and never pass through float.
Reading rules:

* spaces (also non-breaking), "kr", "NOK" and a closing ",-" are ignored;
* a comma is the decimal sign; a dot too, unless it separates groups of three
  digits ("12.500" is twelve thousand five hundred, "12.5" is twelve and a half);
* with both a dot and a comma, the last of them is the decimal sign ("12.500,50");
* at most two decimals (øre); amounts above 999 999 999 999,99 are refused.
"""
import re
from decimal import Decimal, InvalidOperation

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.validation import InvalidValue

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")
AMOUNT_HINT = "Skriv beløpet i kroner, for eksempel 12 500 eller 12 500,50."

_GROUPED_DOTS = re.compile(r"\d{1,3}(\.\d{3})+")
_GROUPED_COMMAS = re.compile(r"\d{1,3}(,\d{3}){2,}")


def parse_amount(text, *, allow_negative: bool = False) -> Decimal | None:
    """The amount in ``text`` as Decimal with two decimals; empty gives None.

    Raises ``InvalidValue`` with a Norwegian message for anything else.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise InvalidValue(f"Beløpet må være et tall. {AMOUNT_HINT}")
    if isinstance(text, (int, Decimal)):
        value = Decimal(text)
    else:
        raw = str(text).strip()
        compact = re.sub(r"[\s\u00a0\u202f]", "", raw)
        compact = re.sub(r"(?i)^(kr\.?|nok)|(kr\.?|nok)$", "", compact)
        compact = compact.removesuffix(",-").removesuffix(".-")
        if not compact:
            return None
        sign = ""
        if compact[0] in "-−":
            sign, compact = "-", compact[1:]
        if not re.fullmatch(r"[\d.,]+", compact) or not compact[0].isdigit():
            raise InvalidValue(f"«{raw}» er ikke et beløp. {AMOUNT_HINT}")
        if "," in compact and "." in compact:
            decimal_sign = "," if compact.rfind(",") > compact.rfind(".") else "."
            group_sign = "." if decimal_sign == "," else ","
            compact = compact.replace(group_sign, "").replace(decimal_sign, ".")
        elif "." in compact:
            if _GROUPED_DOTS.fullmatch(compact):
                compact = compact.replace(".", "")
        elif "," in compact:
            compact = compact.replace(",", "") if _GROUPED_COMMAS.fullmatch(compact) \
                else compact.replace(",", ".")
        if compact.count(".") > 1:
            raise InvalidValue(f"«{raw}» er ikke et beløp. {AMOUNT_HINT}")
        try:
            value = Decimal(sign + compact)
        except InvalidOperation:
            raise InvalidValue(f"«{raw}» er ikke et beløp. {AMOUNT_HINT}") from None
    if not value.is_finite():
        raise InvalidValue(f"Beløpet må være et tall. {AMOUNT_HINT}")
    if value != value.quantize(CENT):
        raise InvalidValue("Et beløp kan ha høyst to desimaler (øre). "
                           "Rund av til hele øre, for eksempel 12 500,50.")
    if value < 0 and not allow_negative:
        raise InvalidValue("Beløpet kan ikke være negativt. Skriv 0 eller mer.")
    if abs(value) > MAX_AMOUNT:
        raise InvalidValue("Beløpet er for stort. Sjekk at det er skrevet i kroner.")
    return value.quantize(CENT)


def amount_text(value) -> str:
    """An amount for an input field: "12 500,50" (no "kr"); None gives ""."""
    if value is None:
        return ""
    return number(Decimal(value), 2)
