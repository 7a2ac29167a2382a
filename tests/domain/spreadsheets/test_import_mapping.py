"""Column suggestions from header names, and the mapping kept for next time."""
import json

import pytest

from samvirke_desktop.db.models import Setting
from samvirke_desktop.domain.spreadsheets.mapping import (
    MappingError,
    check_mapping,
    read_mapping_file,
    save_mapping,
    saved_mapping,
    suggest_mapping,
)


def test_norwegian_headers():
    headers = ["Fornavn", "Etternavn", "Fødselsdato", "Kjønn", "Mobil", "E-post", "Adresse",
               "Område", "Husstand", "Språk", "Tolk", "Merknad"]
    assert suggest_mapping("residents", headers) == [
        "first_name", "last_name", "birth_date", "gender", "phone", "email", "address", "site",
        "household", "language", "interpreter", "notes"]


def test_english_headers_and_spelling_variants():
    headers = ["First name", "Surname", "DOB", "Gender", "Phone number", "Email", "Site",
               "Household", "Language", "Interpreter", "Notes"]
    assert suggest_mapping("residents", headers) == [
        "first_name", "last_name", "birth_date", "gender", "phone", "email", "site",
        "household", "language", "interpreter", "notes"]
    assert suggest_mapping("residents", ["NAVN", "født", "TLF.", "epost", "Fødselsår"]) == [
        "full_name", "birth_date", "phone", "email", "birth_year"]


def test_headers_beginning_with_a_field_word():
    assert suggest_mapping("residents", ["Navn", "Telefon (mobil)", "Født den"]) == [
        "full_name", "phone", "birth_date"]


def test_each_field_goes_to_one_column_and_unknown_headers_to_none():
    assert suggest_mapping("residents", ["Telefon", "Tlf", "Skostørrelse"]) == [
        "phone", None, None]


def test_a_whole_name_is_not_suggested_beside_its_parts():
    assert suggest_mapping("residents", ["Fornavn", "Etternavn", "Navn foresatt"]) == [
        "first_name", "last_name", None]


def test_volunteer_and_partner_headers():
    assert suggest_mapping("volunteers", [
        "Navn", "Ferdigheter", "Språk", "Politiattest vist", "Politiattest sjekket av",
        "Taushetserklæring", "Startdato"]) == [
        "full_name", "skills", "languages", "police_certificate_shown",
        "police_certificate_checked_by", "confidentiality_signed", "start_date"]
    assert suggest_mapping("partners", [
        "Organisasjon", "Type", "Telefon", "E-post", "Kontaktperson", "Nettside"]) == [
        "name", "kind", "phone", "email", "contact_name", "website"]


def test_check_mapping_names_the_problems():
    headers = ["A", "B", "C"]
    assert check_mapping("residents", headers, ["first_name", "last_name", None]) == []
    problems = check_mapping("residents", headers, ["phone", "phone", None])
    assert any("«A» og «B»" in p for p in problems)
    assert any("navnet" in p for p in problems)
    assert check_mapping("residents", headers, ["full_name", "first_name", None])
    assert check_mapping("partners", headers, ["phone", None, None]) == [
        "Velg hvilken kolonne som har organisasjonens navn."]


def test_saved_mapping_wins_over_suggestions_and_is_merged(database):
    headers = ["Navn", "Mors nummer", "Født"]
    assert suggest_mapping("residents", headers)[1] is None
    save_mapping("residents", headers, ["full_name", "phone", "birth_date"])
    stored = json.loads(Setting.get_by_id("import.mapping.residents").value)
    assert stored == {"Navn": "full_name", "Mors nummer": "phone", "Født": "birth_date"}
    # Next file: headers compared without case and punctuation; a choice to skip is kept.
    save_mapping("residents", ["MORS NUMMER:", "Merknad"], ["phone", None])
    saved = saved_mapping("residents")
    assert saved == {"Navn": "full_name", "MORS NUMMER:": "phone", "Født": "birth_date",
                     "Merknad": None}
    assert suggest_mapping("residents", ["mors nummer", "Merknad", "Navn"], saved) == [
        "phone", None, "full_name"]
    assert saved_mapping("volunteers") == {}


def test_unreadable_saved_mapping_counts_as_none(database):
    Setting.create(key="import.mapping.partners", value="{ikke json")
    assert saved_mapping("partners") == {}


def test_mapping_file_with_codes_or_norwegian_names(tmp_path):
    path = tmp_path / "kolonner.json"
    path.write_text(json.dumps({"Fornavn": "first_name", "Født": "Fødselsdato",
                                "Tlf": "telefon", "Ignorer": None}), encoding="utf-8")
    assert read_mapping_file(path, "residents") == {
        "Fornavn": "first_name", "Født": "birth_date", "Tlf": "phone", "Ignorer": None}


def test_bad_mapping_files(tmp_path):
    path = tmp_path / "kolonner.json"
    path.write_text('{"Fornavn": "fornavnet"}', encoding="utf-8")
    with pytest.raises(MappingError, match="«Fornavn»: «fornavnet»"):
        read_mapping_file(path, "residents")
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(MappingError, match="JSON-objekt"):
        read_mapping_file(path, "residents")
    path.write_text("{", encoding="utf-8")
    with pytest.raises(MappingError, match="ikke gyldig JSON"):
        read_mapping_file(path, "residents")
    with pytest.raises(MappingError, match="Finner ikke"):
        read_mapping_file(tmp_path / "mangler.json", "residents")
