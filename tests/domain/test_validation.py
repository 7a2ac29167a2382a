import datetime

import pytest

from samvirke_desktop.domain import validation as v
from samvirke_desktop.errors import ValidationError

TODAY = datetime.date(2026, 6, 5)


# --- dates -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["05.06.2026", "5.6.2026", "5.6.26", "2026-06-05",
                                  " 05.06.2026 ", "05062026", "050626", "2026-6-5"])
def test_parse_date_accepts_the_usual_formats(text):
    assert v.parse_date(text, today=TODAY) == datetime.date(2026, 6, 5)


def test_parse_date_empty_is_none_and_dates_pass_through():
    assert v.parse_date("", today=TODAY) is None
    assert v.parse_date("   ", today=TODAY) is None
    assert v.parse_date(None, today=TODAY) is None
    assert v.parse_date(datetime.date(2020, 1, 2)) == datetime.date(2020, 1, 2)
    assert v.parse_date(datetime.datetime(2020, 1, 2, 13, 0)) == datetime.date(2020, 1, 2)


def test_two_digit_years_up_to_ten_years_ahead_are_this_century():
    assert v.parse_date("1.1.36", today=TODAY) == datetime.date(2036, 1, 1)
    assert v.parse_date("1.1.37", today=TODAY) == datetime.date(1937, 1, 1)
    assert v.parse_date("1.1.00", today=TODAY) == datetime.date(2000, 1, 1)


def test_two_digit_birth_years_never_point_to_the_future():
    assert v.parse_date("1.1.26", today=TODAY, past=True) == datetime.date(2026, 1, 1)
    assert v.parse_date("1.1.30", today=TODAY, past=True) == datetime.date(1930, 1, 1)


@pytest.mark.parametrize("text", ["5/6/2026", "juni", "5.6", "2026.06.05", "5-6-2026", "1.2.3"])
def test_parse_date_refuses_other_formats_with_the_hint(text):
    with pytest.raises(v.InvalidValue) as info:
        v.parse_date(text, today=TODAY)
    assert "er ikke en dato" in info.value.message
    assert "Skriv datoen som dd.mm.åååå, for eksempel 05.06.2026" in info.value.message


def test_parse_date_refuses_days_that_do_not_exist():
    with pytest.raises(v.InvalidValue) as info:
        v.parse_date("31.02.2026")
    assert info.value.message.startswith("31.02.2026 finnes ikke i kalenderen")
    assert v.parse_date("29.02.2028") == datetime.date(2028, 2, 29)
    with pytest.raises(v.InvalidValue):
        v.parse_date("29.02.2027")


def test_parse_date_refuses_unlikely_years():
    with pytest.raises(v.InvalidValue) as info:
        v.parse_date("05.06.1850")
    assert "Året 1850 ser ikke riktig ut" in info.value.message


@pytest.mark.parametrize("text, expected", [("17:00", (17, 0)), ("17.30", (17, 30)),
                                            ("1700", (17, 0)), ("9", (9, 0)), ("9:05", (9, 5))])
def test_parse_time(text, expected):
    assert v.parse_time(text) == datetime.time(*expected)


@pytest.mark.parametrize("text", ["25:00", "17:75", "kl fem", "17:0"])
def test_parse_time_refuses(text):
    with pytest.raises(v.InvalidValue) as info:
        v.parse_time(text)
    assert "tt:mm" in info.value.message


# --- phone -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("91234567", "912 34 567"),
    ("912 34 567", "912 34 567"),
    ("+47 912 34 567", "912 34 567"),
    ("004791234567", "912 34 567"),
    ("412-34-567", "412 34 567"),
    ("22334455", "22 33 44 55"),
    ("+4722334455", "22 33 44 55"),
    ("80012345", "800 12 345"),
    ("+46 70 123 45 67", "+46 70 123 45 67"),
    ("0046 70-123 45 67", "+46 70 123 45 67"),
    ("+4915112345678", "+4915112345678"),
    ("", ""),
    (None, ""),
])
def test_validate_phone_accepts_and_formats(text, expected):
    assert v.validate_phone(text) == expected


def test_validate_phone_wrong_length_says_how_many_digits():
    with pytest.raises(v.InvalidValue) as info:
        v.validate_phone("9123456")
    assert "Et norsk telefonnummer har 8 siffer (du skrev 7)" in info.value.message
    with pytest.raises(v.InvalidValue) as info:
        v.validate_phone("+47 912 34 5678")
    assert "(du skrev 9)" in info.value.message


def test_validate_phone_refuses_letters_and_impossible_numbers():
    with pytest.raises(v.InvalidValue) as info:
        v.validate_phone("912 34 56x")
    assert "bare ha siffer" in info.value.message
    with pytest.raises(v.InvalidValue) as info:
        v.validate_phone("01234567")
    assert "begynner ikke med 0 eller 1" in info.value.message
    with pytest.raises(v.InvalidValue) as info:
        v.validate_phone("+1 234")
    assert "mellom 7 og 15 siffer" in info.value.message


def test_normalise_phone_never_raises_and_phone_key_ignores_country_code():
    assert v.normalise_phone("91234567") == "912 34 567"
    assert v.normalise_phone("ring  resepsjonen") == "ring resepsjonen"
    assert v.phone_key("+47 912 34 567") == v.phone_key("91234567") == "91234567"
    assert v.phone_key("0047 91234567") == "91234567"
    assert v.phone_key("+46 70 123 45 67") == "46701234567"


# --- e-mail ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [("kari@Example.NO", "kari@example.no"),
                                            ("  ola.nordmann+tag@sagene.oslo.kommune.no ",
                                             "ola.nordmann+tag@sagene.oslo.kommune.no"),
                                            ("", "")])
def test_validate_email_accepts(text, expected):
    assert v.validate_email(text) == expected


@pytest.mark.parametrize("text", ["kari", "kari@", "kari@example", "kari @example.no",
                                  "kari@@example.no", "kari@example..no", "@example.no",
                                  "kari@.example.no", "kari@example.n"])
def test_validate_email_refuses(text):
    with pytest.raises(v.InvalidValue) as info:
        v.validate_email(text)
    assert "ser ikke ut som en e-postadresse" in info.value.message
    assert "navn@eksempel.no" in info.value.message


# --- birth dates -------------------------------------------------------------

def test_birth_date_rules():
    assert v.validate_birth_date("05.06.2015", today=TODAY) == datetime.date(2015, 6, 5)
    assert v.validate_birth_date("", today=TODAY) is None
    assert v.validate_birth_date("05.06.2026", today=TODAY) == TODAY  # born today
    with pytest.raises(v.InvalidValue, match="etter dagens dato"):
        v.validate_birth_date("06.06.2026", today=TODAY)
    with pytest.raises(v.InvalidValue, match="over 110 år"):
        v.validate_birth_date("05.06.1915", today=TODAY)  # 111 today
    assert v.validate_birth_date("06.06.1915", today=TODAY).year == 1915  # 110 today


def test_birth_date_of_a_child_must_be_under_18():
    assert v.validate_birth_date("06.06.2008", today=TODAY, child=True)  # 17, turns 18 tomorrow
    with pytest.raises(v.InvalidValue, match="Et barn må være under 18 år"):
        v.validate_birth_date("05.06.2008", today=TODAY, child=True)


def test_birth_year_alone_is_allowed():
    assert v.validate_birth("2015", today=TODAY) == v.Birth(None, 2015)
    assert v.validate_birth(2015, today=TODAY) == v.Birth(None, 2015)
    assert v.validate_birth("5.6.15", today=TODAY) == v.Birth(datetime.date(2015, 6, 5), 2015)
    assert v.validate_birth("", today=TODAY) == v.Birth(None, None)
    with pytest.raises(v.InvalidValue, match="etter i år"):
        v.validate_birth_year("2027", today=TODAY)
    with pytest.raises(v.InvalidValue, match="fire siffer"):
        v.validate_birth_year("15", today=TODAY)
    # A child born in 2008 may still be 17 in 2026; one born in 2007 is certainly an adult.
    assert v.validate_birth_year("2008", today=TODAY, child=True) == 2008
    with pytest.raises(v.InvalidValue, match="under 18"):
        v.validate_birth_year("2007", today=TODAY, child=True)


def test_age_on():
    born = datetime.date(2015, 6, 5)
    assert v.age_on(born, None, datetime.date(2026, 6, 4)) == 10
    assert v.age_on(born, None, datetime.date(2026, 6, 5)) == 11
    assert v.age_on(None, 2015, datetime.date(2026, 1, 1)) == 11
    assert v.age_on(None, None, TODAY) is None


# --- whole forms -------------------------------------------------------------

def test_validate_fields_reports_every_problem_at_once():
    values = {"first_name": "", "phone": "123", "email": "kari@", "birth": "31.02.2015",
              "notes": "anything"}
    with pytest.raises(ValidationError) as info:
        v.validate_fields(values, {"phone": v.validate_phone, "email": v.validate_email,
                                   "birth": v.validate_birth},
                          required={"first_name": "fornavn"})
    errors = info.value.field_errors
    assert set(errors) == {"first_name", "phone", "email", "birth"}
    assert errors["first_name"] == "Fyll inn fornavn."
    assert "8 siffer" in errors["phone"]
    assert "e-postadresse" in errors["email"]
    assert "finnes ikke i kalenderen" in errors["birth"]
    assert "Fyll inn fornavn." in info.value.message


def test_validate_fields_returns_cleaned_values():
    cleaned = v.validate_fields({"first_name": "Amina", "phone": "+4791234567", "notes": "x"},
                                {"phone": v.validate_phone}, required=["first_name"])
    assert cleaned == {"first_name": "Amina", "phone": "912 34 567", "notes": "x"}
    with pytest.raises(ValidationError) as info:
        v.validate_fields({"first_name": " "}, {}, required=["first_name"])
    assert info.value.field_errors == {"first_name": v.REQUIRED_MESSAGE}


def test_field_errors_collects_nested_validation_errors():
    errors = v.FieldErrors()
    with errors.check("a"):
        raise ValidationError({"b": "feil i b"})
    with errors.check("c"):
        v.parse_date("nei")
    assert errors
    with pytest.raises(ValidationError) as info:
        errors.raise_if_any()
    assert set(info.value.field_errors) == {"b", "c"}
