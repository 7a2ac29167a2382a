"""Households: saved with their site, members listed, archived when they have members."""
import pytest

from samvirke_desktop.db.models import Household
from samvirke_desktop.domain.people import household_record
from samvirke_desktop.domain.team import site_record
from samvirke_desktop.domain.team.record_rows import HasHistory
from samvirke_desktop.errors import ConflictError, ValidationError
from tests.domain import rule_records as make


def test_household_with_site_and_members(database):
    site = make.site()
    household_id = household_record.save_household({"name": "Hassan", "site": site.id,
                                                   "address": "Sandakerveien 34 B, H0203"})
    make.resident("Yusuf", "Hassan", household=household_id)
    make.resident("Amina", "Hassan", household=household_id)
    record = household_record.load_household(household_id)
    assert (record.name, record.site_id, record.members) == (
        "Hassan", site.id, ("Amina Hassan", "Yusuf Hassan"))
    choice, = household_record.household_choices()
    assert choice == (household_id, "Hassan – Sandakerveien 34 B, H0203, 2 personer")


def test_checks_and_versions(database):
    site = make.site()
    site_record.set_site_archived(site.id, site.version, True)
    with pytest.raises(ValidationError) as caught:
        household_record.save_household({"name": " ", "site": site.id, "notes": "01020312345"})
    assert set(caught.value.field_errors) == {"name", "site", "notes"}
    household_id = household_record.save_household({"name": "Berg"})
    household_record.save_household({"name": "Familien Berg"}, household_id, 1)
    with pytest.raises(ConflictError):
        household_record.save_household({"name": "Berg"}, household_id, 1)


def test_a_household_with_members_is_archived_an_empty_one_deleted(database):
    with_members = household_record.save_household({"name": "Hassan"})
    make.resident("Amina", household=with_members)
    with pytest.raises(HasHistory) as caught:
        household_record.delete_household(with_members, 1)
    assert "1 medlem" in caught.value.message
    household_record.set_household_archived(with_members, 1, True)
    assert household_record.household_choices() == []
    assert household_record.household_choices(keep_id=with_members)[0][1].endswith("(arkivert)")
    empty = household_record.save_household({"name": "Tom"})
    household_record.delete_household(empty, 1)
    assert Household.select().count() == 1
