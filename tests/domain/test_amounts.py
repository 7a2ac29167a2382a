"""Amounts typed the Norwegian way become exact Decimals (never float)."""
from decimal import Decimal

import pytest

from samvirke_desktop.domain.amounts import amount_text, parse_amount
from samvirke_desktop.domain.validation import InvalidValue


@pytest.mark.parametrize(("typed", "expected"), [
    ("12 500,50", "12500.50"),
    ("12\u00a0500,50 kr", "12500.50"),
    ("12500", "12500.00"),
    ("kr 1.250,-", "1250.00"),
    ("12.500", "12500.00"),          # dots between groups of three: thousands
    ("1.234.567,89", "1234567.89"),
    ("12.5", "12.50"),               # otherwise a decimal point
    ("1,5", "1.50"),
    ("0", "0.00"),
    (Decimal(300), "300.00"),
])
def test_typed_amounts(typed, expected):
    value = parse_amount(typed)
    assert isinstance(value, Decimal) and value == Decimal(expected)
    assert str(value) == expected


def test_empty_is_none():
    assert parse_amount("") is None and parse_amount("  ") is None and parse_amount(None) is None


@pytest.mark.parametrize(("typed", "message"), [
    ("tolv", "er ikke et beløp"),
    ("12,50,3", "er ikke et beløp"),
    ("0,005", "høyst to desimaler"),
    ("-5", "kan ikke være negativt"),
    ("9999999999999", "for stort"),
])
def test_wrong_amounts_are_explained(typed, message):
    with pytest.raises(InvalidValue) as caught:
        parse_amount(typed)
    assert message in caught.value.message


def test_refunds_may_be_negative_when_allowed():
    assert parse_amount("-250,00", allow_negative=True) == Decimal("-250.00")


def test_amount_text_for_fields():
    assert amount_text(Decimal("12500.5")) == "12\u00a0500,50"
    assert amount_text(None) == ""
    assert parse_amount(amount_text(Decimal("1234567.89"))) == Decimal("1234567.89")
