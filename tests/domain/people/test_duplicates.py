import datetime

from samvirke_desktop.domain.people.duplicates import (
    duplicate_warning,
    find_duplicate_residents,
    find_duplicate_volunteers,
)
from tests.domain import rule_records as make

D = datetime.date


def reasons(found):
    return [(d.record_id, d.reason) for d in found]


def test_same_name_and_birth_date(database):
    amina = make.resident("Amina", "Hassan", birth_date=D(2015, 6, 5), birth_year=2015)
    make.resident("Amina", "Hassan", birth_date=D(2016, 1, 1), birth_year=2016)   # another child
    make.resident("Amina", "Hassanein", birth_date=D(2015, 6, 5))
    found = find_duplicate_residents("amina", "HASSAN", birth_date=D(2015, 6, 5))
    assert reasons(found) == [(amina.id, "name_birth_date")]
    assert found[0].message == ("Det finnes allerede en beboer med samme navn og fødselsdato: "
                                "Amina Hassan, født 05.06.2015.")
    # Saving the record itself does not warn about itself.
    assert find_duplicate_residents("Amina", "Hassan", birth_date=D(2015, 6, 5),
                                    exclude_id=amina.id) == []


def test_names_are_folded(database):
    sukru = make.resident("Şükrü", "Yılmaz", birth_year=2014)
    found = find_duplicate_residents("Sukru", "Yilmaz", birth_year=2014)
    assert reasons(found) == [(sukru.id, "name_birth_year")]
    assert found[0].message.endswith("samme navn og fødselsår: Şükrü Yılmaz, født 2014.")


def test_year_against_full_date_and_missing_birth(database):
    dated = make.resident("Noah", "Berg", birth_date=D(2016, 3, 1))
    assert reasons(find_duplicate_residents("Noah", "Berg", birth_year=2016)) == [
        (dated.id, "name_birth_year")]
    assert find_duplicate_residents("Noah", "Berg", birth_year=2017) == []
    assert reasons(find_duplicate_residents("Noah", "Berg")) == [(dated.id, "name")]
    unknown = make.resident("Liv", "Dahl")
    found = find_duplicate_residents("Liv", "Dahl", birth_date=D(1950, 1, 1))
    assert reasons(found) == [(unknown.id, "name")]
    assert found[0].message == "Det finnes allerede en beboer med samme navn: Liv Dahl."


def test_same_phone(database):
    ola = make.resident("Ola", "Nordmann", phone="912 34 567", birth_year=1980)
    found = find_duplicate_residents("Kari", "Nordmann", phone="+47 91234567")
    assert reasons(found) == [(ola.id, "phone")]
    assert found[0].message == ("Det finnes allerede en beboer med samme telefonnummer: "
                                "Ola Nordmann (912 34 567).")
    assert find_duplicate_residents("Kari", "Nordmann", phone="912 34 568") == []
    assert find_duplicate_residents("Kari", "Nordmann", phone="1234") == []


def test_archived_shown_anonymised_not(database):
    archived = make.resident("Per", "Lie", birth_year=1970, archived=True)
    make.resident("Per", "Lie", birth_year=1970,
                  anonymised_at=datetime.datetime(2025, 1, 1, 12, 0))
    found = find_duplicate_residents("Per", "Lie", birth_year=1970)
    assert reasons(found) == [(archived.id, "name_birth_year")]
    assert "Per Lie (arkivert), født 1970" in found[0].message


def test_name_match_ranks_before_phone_and_warning_text(database):
    by_phone = make.resident("Ali", "Khan", phone="41234567", birth_year=1990)
    by_name = make.resident("Sara", "Khan", birth_year=1992)
    found = find_duplicate_residents("Sara", "Khan", birth_year=1992, phone="412 34 567")
    assert reasons(found) == [(by_name.id, "name_birth_year"), (by_phone.id, "phone")]
    text = duplicate_warning(found)
    assert text.splitlines()[0].startswith("Det finnes allerede en beboer med samme navn")
    assert text.splitlines()[-1].startswith("Sjekk om det er samme person")
    assert duplicate_warning([]) == ""


def test_volunteers(database):
    kari = make.volunteer("Kari", "Nordmann", birth_year=1960, phone="99887766")
    found = find_duplicate_volunteers("kari", "nordmann", birth_year=1960)
    assert reasons(found) == [(kari.id, "name_birth_year")]
    assert found[0].message.startswith("Det finnes allerede en frivillig med samme navn")
    assert find_duplicate_volunteers("Kari", "Nordmann", birth_year=1961) == []
    assert reasons(find_duplicate_volunteers("Ole", "Olsen", phone="998 87 766")) == [
        (kari.id, "phone")]
    assert find_duplicate_volunteers("", "") == []
