"""Partners: contact people, sites and meeting notes saved with the partner, the checks,
the same-name warning, and archive or delete."""
import datetime

import pytest

from samvirke_desktop.db.models import Partner, PartnerContact, PartnerMeetingNote, PartnerSite
from samvirke_desktop.domain.partners import partner_record
from samvirke_desktop.domain.partners.partner_list import list_partners
from samvirke_desktop.domain.team import actor
from samvirke_desktop.domain.team.record_rows import HasHistory
from samvirke_desktop.errors import ConflictError, PermissionDenied, ValidationError
from tests.domain import rule_records as make

TODAY = datetime.date(2026, 11, 20)


def save(values, partner_id=None, version=None):
    return partner_record.save_partner(values, partner_id, version, today=TODAY)


def errors_of(values) -> dict:
    with pytest.raises(ValidationError) as caught:
        save(values)
    assert Partner.select().count() == 0
    return caught.value.field_errors


def test_partner_with_contacts_sites_and_notes_is_saved_and_read_back(database):
    kvartal, vogts = make.site("Kvartal 5"), make.site("Vogts gate 64")
    partner_id = save({"name": "NAV Sagene", "kind": "nav", "phone": "55553333",
                       "website": "www.nav.no", "sites": [vogts.id, kvartal.id],
                       "contacts": [{"name": "Marte Kolstad", "role": "Koordinator",
                                     "phone": "912 34 567", "email": "marte@nav.no"},
                                    {"name": "", "role": "", "phone": "", "email": ""}],
                       "meeting_notes": [{"date": "27.10.26", "text": "Planla temakvelden."}]})
    record = partner_record.load_partner(partner_id)
    assert (record.name, record.kind, record.phone, record.website) == (
        "NAV Sagene", "nav", "55 55 33 33", "https://www.nav.no")
    assert record.site_ids == tuple(sorted((kvartal.id, vogts.id)))
    assert [(c.name, c.role, c.phone) for c in record.contacts] == [
        ("Marte Kolstad", "Koordinator", "912 34 567")]  # the empty row was left out
    assert [(n.date, n.text) for n in record.meeting_notes] == [
        (datetime.date(2026, 10, 27), "Planla temakvelden.")]
    row, = list_partners()
    assert row.contacts == ("Marte Kolstad",) and row.sites == ("Kvartal 5", "Vogts gate 64")


def test_renaming_keeps_search_right_and_rows_are_changed_in_place(database):
    partner_id = save({"name": "NAV", "contacts": [{"name": "Marte", "phone": "91234567"}]})
    record = partner_record.load_partner(partner_id)
    contact = record.contacts[0]
    save({"name": "NAV Sagene", "contacts": [{"id": contact.id, "name": "Marte Kolstad",
                                               "phone": "91234567"}]},
         partner_id, record.version)
    assert Partner.get_by_id(partner_id).search_text.startswith("nav sagene")
    assert [c.id for c in partner_record.load_partner(partner_id).contacts] == [contact.id]
    assert PartnerContact.get_by_id(contact.id).name == "Marte Kolstad"
    with pytest.raises(ConflictError):
        save({"name": "NAV Nord"}, partner_id, record.version)


def test_changing_only_the_sites_gives_a_new_version(database):
    site = make.site()
    partner_id = save({"name": "Kiwi"})
    version = Partner.get_by_id(partner_id).version
    save({"name": "Kiwi", "sites": [site.id]}, partner_id, version)
    assert Partner.get_by_id(partner_id).version == version + 1
    assert PartnerSite.select().count() == 1


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"name": ""}, "name", "Fyll inn navnet"),
    ({"name": "X", "kind": "bank"}, "kind", "Velg hva slags"),
    ({"name": "X", "website": "ikke en adresse"}, "website", "nettadressen"),
    ({"name": "X", "email": "post@"}, "email", "e-postadresse"),
    ({"name": "X", "contacts": [{"name": "", "phone": "91234567"}]}, "contacts",
     "Kontaktperson 1: skriv navnet"),
    ({"name": "X", "contacts": [{"name": "Ida", "phone": "12"}]}, "contacts",
     "Kontaktperson 1 (Ida)"),
    ({"name": "X", "meeting_notes": [{"date": "", "text": "Møte"}]}, "meeting_notes",
     "datoen for møtet"),
    ({"name": "X", "meeting_notes": [{"date": "1.10.26", "text": ""}]}, "meeting_notes",
     "hva som ble sagt"),
    ({"name": "X", "sites": [999]}, "sites", "finnes ikke lenger"),
])
def test_each_wrong_field_gets_its_own_message(database, values, field, words):
    assert words in errors_of(values)[field]


def test_a_partner_with_the_same_name_is_warned_about(database):
    partner_id = save({"name": "Sagene bibliotek"})
    assert partner_record.same_name_partners("sagene  BIBLIOTEK") == ["Sagene bibliotek"]
    assert partner_record.same_name_partners("Sagene bibliotek", partner_id) == []
    assert partner_record.same_name_partners("Sagene") == []


def test_meeting_notes_are_history_so_the_partner_is_archived(database):
    with_notes = save({"name": "Boligbygg",
                       "meeting_notes": [{"date": "1.10.26", "text": "Avvik meldt."}]})
    version = Partner.get_by_id(with_notes).version
    with pytest.raises(HasHistory):
        partner_record.delete_partner(with_notes, version)
    partner_record.set_partner_archived(with_notes, version, True)
    assert [p.name for p in list_partners()] == []
    assert [p.name for p in list_partners(include_archived=True)] == ["Boligbygg"]
    plain = save({"name": "Kiwi"})
    partner_record.delete_partner(plain, Partner.get_by_id(plain).version)
    assert Partner.select().count() == 1 and PartnerMeetingNote.select().count() == 1


def test_a_grant_writer_may_read_but_not_change_partners(database):
    partner_id = save({"name": "NAV"})
    actor.set_current(actor.Actor(username="sara", role="grant_writer"))
    assert partner_record.load_partner(partner_id).name == "NAV"
    with pytest.raises(PermissionDenied) as caught:
        save({"name": "NAV Sagene"}, partner_id, 1)
    assert "samarbeidspartnere" in caught.value.message
