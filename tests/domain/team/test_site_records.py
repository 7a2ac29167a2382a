"""Sites: unique names, postal codes and homes, and archive instead of delete when in use."""
import pytest

from samvirke_desktop.db.models import Site
from samvirke_desktop.domain.free_text import NOTES_REMINDER, clean_notes
from samvirke_desktop.domain.people import household_record
from samvirke_desktop.domain.team import actor, site_record
from samvirke_desktop.domain.team.record_rows import HasHistory
from samvirke_desktop.domain.validation import InvalidValue
from samvirke_desktop.errors import PermissionDenied, ValidationError
from tests.domain import rule_records as make


def errors_of(values, site_id=None, version=None) -> dict:
    with pytest.raises(ValidationError) as caught:
        site_record.save_site(values, site_id, version)
    return caught.value.field_errors


def test_site_is_saved_and_listed_with_its_residents(database):
    site_id = site_record.save_site({"name": " Kvartal 5,  Sandaker ", "address": "Sandakerveien 34",
                                    "postal_code": "0477", "city": "Oslo", "homes": "148"})
    make.resident("Amina", site=site_id)
    row, = site_record.list_sites()
    assert (row.name, row.place, row.homes, row.residents) == (
        "Kvartal 5, Sandaker", "0477 Oslo", 148, 1)
    assert site_record.site_choices() == [(site_id, "Kvartal 5, Sandaker")]


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"name": ""}, "name", "Fyll inn navnet"),
    ({"name": "kvartal 5"}, "name", "finnes allerede"),
    ({"name": "B", "postal_code": "477"}, "postal_code", "fire siffer"),
    ({"name": "B", "homes": "mange"}, "homes", "helt tall"),
    ({"name": "B", "notes": "x" * 2001}, "notes", "for langt"),
])
def test_each_wrong_field_gets_its_own_message(database, values, field, words):
    site_record.save_site({"name": "Kvartal 5"})
    assert words in errors_of(values)[field]
    assert Site.select().count() == 1


def test_keeping_its_own_name_is_no_duplicate(database):
    site_id = site_record.save_site({"name": "Kvartal 5"})
    site_record.save_site({"name": "Kvartal 5", "city": "Oslo"}, site_id, 1)
    assert Site.get_by_id(site_id).city == "Oslo"


def test_a_site_in_use_is_archived_and_leaves_the_choice_lists(database):
    used = site_record.save_site({"name": "Kvartal 5"})
    household_record.save_household({"name": "Hassan", "site": used})
    with pytest.raises(HasHistory) as caught:
        site_record.delete_site(used, 1)
    assert "1 husstand" in caught.value.message
    site_record.set_site_archived(used, 1, True)
    assert site_record.site_choices() == []
    assert site_record.site_choices(keep_id=used) == [(used, "Kvartal 5 (arkivert)")]
    assert [s.name for s in site_record.list_sites(include_archived=True)] == ["Kvartal 5"]
    unused = site_record.save_site({"name": "Tomt"})
    site_record.delete_site(unused, 1)
    assert Site.select().count() == 1


def test_coordinators_edit_sites_grant_writers_do_not(database):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    site_record.save_site({"name": "Kvartal 5"})
    actor.set_current(actor.Actor(username="sara", role="grant_writer"))
    with pytest.raises(PermissionDenied):
        site_record.save_site({"name": "Vogts gate"})


def test_notes_refuse_national_identity_numbers_but_not_phone_numbers():
    assert clean_notes("  Ring 912 34 567 etter kl. 16.  ") == "Ring 912 34 567 etter kl. 16."
    assert clean_notes("Kontonummer 1503.12.34567") == "Kontonummer 1503.12.34567"
    for text in ("fnr 01020312345", "Fødselsnummer: 010203 12345."):
        with pytest.raises(InvalidValue):
            clean_notes(text)
    assert "helse" in NOTES_REMINDER and "fødselsnummer" in NOTES_REMINDER
