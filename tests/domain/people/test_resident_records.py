"""Residents: what a form saves, every rule it checks, duplicates, archive or delete, versions."""
import datetime

import pytest

from samvirke_desktop.db.models import ChangeLog, Consent, Guardian, Resident
from samvirke_desktop.domain.people import resident_record
from samvirke_desktop.domain.team import actor, site_record
from samvirke_desktop.domain.team.record_rows import HasHistory
from samvirke_desktop.errors import ConflictError, PermissionDenied, ValidationError
from tests.domain import rule_records as make

TODAY = datetime.date(2026, 11, 20)


def base(**changes):
    values = {"first_name": "Amina", "last_name": "Hassan", "birth": "05.06.2015",
              "gender": "female", "storage_basis": resident_record.DEFAULT_STORAGE_BASIS}
    values.update(changes)
    return values


def save(values, resident_id=None, version=None):
    return resident_record.save_resident(values, resident_id, version, today=TODAY)


def errors_of(values, resident_id=None, version=None) -> dict:
    with pytest.raises(ValidationError) as caught:
        save(values, resident_id, version)
    return caught.value.field_errors


def test_a_child_with_guardians_and_consent_is_saved_and_read_back(database):
    site = make.site()
    mother = save(base(first_name="Fadumo", birth="1986", phone="+47 912 34 567",
                       site=site.id))
    child = save(base(site=site.id, language="somali", interpreter_needed=False,
                      guardians=[{"guardian_id": mother, "relation": "mor"},
                                 {"name": "Abdi  Hassan", "phone": "0047 91234568",
                                  "relation": "far"}],
                      consents=[{"kind": "photo", "given_date": "1.9.26",
                                 "given_by": "Fadumo Hassan", "given_by_guardian": True}]))
    record = resident_record.load_resident(child)
    assert (record.first_name, record.birth_date, record.birth_year) == (
        "Amina", datetime.date(2015, 6, 5), 2015)
    assert record.site_id == site.id and record.language == "somali"
    assert [(g.guardian_id, g.name, g.phone, g.relation) for g in record.guardians] == [
        (mother, "Fadumo Hassan", "912 34 567", "mor"),
        (None, "Abdi Hassan", "912 34 568", "far")]
    consent, = record.consents
    assert (consent.kind, consent.given_date, consent.given_by, consent.given_by_guardian,
            consent.active) == ("photo", datetime.date(2026, 9, 1), "Fadumo Hassan", True, True)
    assert resident_record.load_resident(mother).wards == ("Amina Hassan",)


def test_a_birth_year_alone_is_enough(database):
    resident = Resident.get_by_id(save(base(birth="1986", first_name="Fadumo")))
    assert (resident.birth_date, resident.birth_year) == (None, 1986)


def test_the_storage_basis_is_always_noted(database):
    resident = Resident.get_by_id(save(base(storage_basis="  ")))
    assert resident.storage_basis == "Offentlig oppgave (bomiljøarbeid)"
    chosen = Resident.get_by_id(save(base(first_name="Hodan", storage_basis="Samtykke")))
    assert chosen.storage_basis == "Samtykke"


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"first_name": "  "}, "first_name", "Fyll inn fornavnet"),
    ({"birth": ""}, "birth", "fødselsåret"),
    ({"birth": "2027"}, "birth", "etter i år"),
    ({"birth": "21.11.2026"}, "birth", "etter dagens dato"),
    ({"birth": "31.02.2015"}, "birth", "finnes ikke i kalenderen"),
    ({"birth": "1900"}, "birth", "over 110 år"),
    ({"phone": "1234"}, "phone", "8 siffer"),
    ({"phone": "+46 12"}, "phone", "mellom 7 og 15 siffer"),
    ({"email": "amina@"}, "email", "e-postadresse"),
    ({"gender": "girl"}, "gender", "Velg kjønn"),
    ({"notes": "Fnr 05061512345 hos legen"}, "notes", "fødselsnummer"),
])
def test_each_wrong_field_gets_its_own_message(database, changes, field, words):
    errors = errors_of(base(**changes))
    assert words in errors[field]
    assert Resident.select().count() == 0


def test_every_wrong_field_is_reported_at_once(database):
    errors = errors_of(base(first_name="", birth="2030", phone="12", email="x"))
    assert set(errors) == {"first_name", "birth", "phone", "email"}


@pytest.mark.parametrize(("guardian", "words"), [
    ({"name": "Abdi Hassan", "phone": ""}, "telefonnummeret"),
    ({"name": "", "phone": "91234567"}, "skriv navnet"),
    ({"name": "Abdi", "phone": "123"}, "8 siffer"),
])
def test_a_guardian_who_is_not_a_resident_needs_name_and_phone(database, guardian, words):
    errors = errors_of(base(guardians=[guardian]))
    assert errors["guardians"].startswith("Foresatt 1: ")
    assert words in errors["guardians"]
    assert Resident.select().count() == 0 and Guardian.select().count() == 0


def test_guardians_belong_to_children_and_not_to_themselves(database):
    adult = save(base(first_name="Fadumo", birth="1986"))
    errors = errors_of(base(first_name="Fadumo", birth="1986",
                            guardians=[{"name": "Mor", "phone": "91234567"}]), adult,
                       Resident.get_by_id(adult).version)
    assert "Bare barn under 18 år" in errors["guardians"]
    child = save(base())
    errors = errors_of(base(guardians=[{"guardian_id": child}]), child,
                       Resident.get_by_id(child).version)
    assert "sin egen foresatte" in errors["guardians"]


@pytest.mark.parametrize(("consent", "words"), [
    ({"kind": "photo", "given_date": "1.9.26", "given_by": "Amina"}, "Foresatte må gi"),
    ({"kind": "photo", "given_date": "", "given_by": "Fadumo", "given_by_guardian": True},
     "datoen samtykket ble gitt"),
    ({"kind": "photo", "given_date": "1.12.26", "given_by": "Fadumo",
      "given_by_guardian": True}, "etter i dag"),
    ({"kind": "photo", "given_date": "1.9.26", "given_by": "", "given_by_guardian": True},
     "hvem som ga"),
    ({"kind": "photo", "given_date": "1.9.26", "given_by": "Fadumo", "given_by_guardian": True,
      "withdrawn_date": "1.8.26"}, "mellom datoen"),
    ({"kind": "", "given_date": "1.9.26", "given_by": "Fadumo"}, "velg hva samtykket gjelder"),
    ({"kind": "photo", "given_date": "hei", "given_by": "Fadumo", "given_by_guardian": True},
     "ikke en dato"),
])
def test_consent_rules(database, consent, words):
    errors = errors_of(base(consents=[consent]))
    assert words in errors["consents"]
    assert Consent.select().count() == 0


def test_a_fifteen_year_old_consents_alone_and_only_one_consent_of_a_kind_is_in_force(database):
    teen = base(birth="01.01.2011")
    photo = {"kind": "photo", "given_date": "1.9.26", "given_by": "Amina"}
    save({**teen, "consents": [photo]})
    errors = errors_of({**teen, "first_name": "Ayan", "consents": [photo, photo]})
    assert "allerede et gjeldende samtykke til foto" in errors["consents"]
    # A withdrawn consent and a new one of the same kind may stand side by side.
    withdrawn = {**photo, "withdrawn_date": "1.10.26"}
    save({**teen, "first_name": "Hodan", "consents": [withdrawn, photo]})


def test_changing_only_a_consent_gives_the_resident_a_new_version(database):
    resident_id = save(base(consents=[{"kind": "photo", "given_date": "1.9.26",
                                       "given_by": "Fadumo", "given_by_guardian": True}]))
    record = resident_record.load_resident(resident_id)
    consent = record.consents[0]
    save(base(consents=[{"id": consent.id, "kind": "photo", "given_date": "1.9.26",
                         "given_by": "Fadumo", "given_by_guardian": True,
                         "withdrawn_date": "3.10.26"}]), resident_id, record.version)
    again = resident_record.load_resident(resident_id)
    assert again.version == record.version + 1
    assert again.consents[0].withdrawn_date == datetime.date(2026, 10, 3)
    assert again.consents[0].id == consent.id  # changed in place, not replaced
    # A colleague who opened the form before that change is told, for consents too.
    with pytest.raises(ConflictError):
        save(base(consents=[]), resident_id, record.version)
    assert len(resident_record.load_resident(resident_id).consents) == 1


def test_a_stale_version_is_refused_with_who_and_when(database):
    resident_id = save(base())
    version = Resident.get_by_id(resident_id).version
    actor.set_current(actor.Actor(username="hanne", role="coordinator", full_name="Hanne Lie"))
    save(base(phone="91234567"), resident_id, version)
    actor.set_current(actor.Actor(username="yusuf", role="coordinator"))
    with pytest.raises(ConflictError) as caught:
        save(base(phone="92345678"), resident_id, version)
    assert caught.value.changed_by == "hanne"
    assert "hanne lagret denne oppføringen" in caught.value.message
    assert Resident.get_by_id(resident_id).phone == "912 34 567"


def test_two_connections_editing_the_same_resident(database, db_path):
    """Two PCs with the same file open: the second save of the same version is refused."""
    from samvirke_desktop.db.connection import open_database
    from samvirke_desktop.db.models import DB

    first = database.database
    resident_id = save(base())
    version = Resident.get_by_id(resident_id).version
    second = open_database(db_path).database
    try:
        DB.initialize(second)
        save(base(language="Somali"), resident_id, version)
        DB.initialize(first)
        with pytest.raises(ConflictError):
            save(base(language="Arabisk"), resident_id, version)
        assert Resident.get_by_id(resident_id).language == "Somali"
    finally:
        DB.initialize(first)
        second.close()


def test_duplicates_by_name_and_birth_accents_ignored(database):
    existing = save(base(first_name="Şükrü", last_name="Yılmaz", birth="1980", gender="male",
                         phone="912 34 567"))
    found = resident_record.possible_duplicates(base(first_name="sukru", last_name="yilmaz",
                                                birth="14.03.1980"))
    assert [(d.record_id, d.reason) for d in found] == [(existing, "name_birth_year")]
    assert "samme navn og fødselsår" in found[0].message
    by_phone = resident_record.possible_duplicates(base(first_name="Ola", phone="91234567"))
    assert [d.reason for d in by_phone] == ["phone"]
    # The record itself, and another person born in another year, are no duplicates.
    assert resident_record.possible_duplicates(
        base(first_name="Şükrü", last_name="Yılmaz", birth="1980"), existing) == []
    assert resident_record.possible_duplicates(
        base(first_name="Şükrü", last_name="Yılmaz", birth="1990")) == []


def test_a_resident_with_history_is_archived_not_deleted(database):
    attended = save(base())
    activity = make.activity()
    session = make.session(activity.id)
    from samvirke_desktop.db.models import Attendance
    from samvirke_desktop.domain.team import record_changes
    record_changes.create(Attendance, session=session.id, resident=attended)
    version = Resident.get_by_id(attended).version
    with pytest.raises(HasHistory) as caught:
        resident_record.delete_resident(attended, version)
    assert "1 registrert oppmøte" in caught.value.message and "Arkiver" in caught.value.message
    resident_record.set_resident_archived(attended, version, True)
    assert Resident.get_by_id(attended).archived
    assert ChangeLog.select().where((ChangeLog.action == "archive")
                                    & (ChangeLog.record_id == attended)).count() == 1


def test_a_resident_without_history_can_be_deleted_with_guardians_and_consents(database):
    resident_id = save(base(guardians=[{"name": "Abdi", "phone": "91234567"}],
                            consents=[{"kind": "sms", "given_date": "1.9.26",
                                       "given_by": "Abdi", "given_by_guardian": True}]))
    assert not resident_record.load_resident(resident_id).history.exists
    resident_record.delete_resident(resident_id, Resident.get_by_id(resident_id).version)
    assert Resident.select().count() == Guardian.select().count() == Consent.select().count() == 0


def test_an_archived_site_cannot_be_chosen_for_a_new_resident(database):
    site = make.site()
    site_record.set_site_archived(site.id, site.version, True)
    assert "arkivert" in errors_of(base(site=site.id))["site"]


def test_completing_a_quick_registration_clears_the_flag(database):
    quick = make.resident("Yasmin", "", birth_year=2016, needs_completion=True,
                          storage_basis="x")
    save(base(first_name="Yasmin", last_name="Ali", birth="2016"), quick.id, quick.version)
    assert Resident.get_by_id(quick.id).needs_completion is False


def test_only_roles_that_edit_people_may_save(database):
    actor.set_current(actor.Actor(username="sara", role="grant_writer"))
    with pytest.raises(PermissionDenied):
        save(base())
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    with pytest.raises(PermissionDenied):
        save(base())
