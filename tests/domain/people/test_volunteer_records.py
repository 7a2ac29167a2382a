"""Volunteers: skills and languages that grow, the police certificate fields, the list's
status and semester hours, duplicates, archive or delete."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import Language, Skill, Volunteer, VolunteerPresence
from samvirke_desktop.domain.people import volunteer_record
from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.domain.people.volunteer_list import list_volunteers, semester_bounds, semester_name
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.domain.team.record_rows import HasHistory
from samvirke_desktop.errors import ConflictError, ValidationError
from tests.domain import rule_records as make

TODAY = datetime.date(2026, 11, 20)


def base(**changes):
    values = {"first_name": "Kari", "last_name": "Nordmann", "phone": "99 88 77 66",
              "police_certificate_required": True}
    values.update(changes)
    return values


def save(values, volunteer_id=None, version=None):
    return volunteer_record.save_volunteer(values, volunteer_id, version, today=TODAY)


def errors_of(values) -> dict:
    with pytest.raises(ValidationError) as caught:
        save(values)
    assert Volunteer.select().count() == 0
    return caught.value.field_errors


def test_volunteer_is_saved_with_skills_languages_days_and_certificate(database):
    record_changes.create(Skill, name="Matte")
    volunteer_id = save(base(birth_year="1999", availability=[4, 2, 2],
                             start_date="26.8.25", skills=["matte", "Kjemi"],
                             languages=["norsk", "Somali"],
                             police_certificate_requested="01.08.2025",
                             police_certificate_issued="10.08.2025",
                             police_certificate_shown="12.08.2025",
                             police_certificate_checked_by="Hanne Lie",
                             police_certificate_body="Bydel Sagene",
                             police_certificate_renewal_years="3",
                             confidentiality_signed="26.08.2025"))
    record = volunteer_record.load_volunteer(volunteer_id)
    assert record.availability == (2, 4)
    assert volunteer_record.weekdays_text(record.availability) == "tirsdag og torsdag"
    assert record.skills == ("Kjemi", "Matte")  # "matte" picked the existing "Matte"
    assert record.languages == ("Norsk", "Somali")
    assert Skill.select().count() == 2 and Language.select().count() == 2
    assert volunteer_record.skill_choices() == ["Kjemi", "Matte"]
    assert (record.police_certificate_shown, record.police_certificate_checked_by,
            record.police_certificate_body, record.police_certificate_renewal_years) == (
        datetime.date(2025, 8, 12), "Hanne Lie", "Bydel Sagene", 3)
    assert record.confidentiality_signed == datetime.date(2025, 8, 26)
    assert record.start_date == datetime.date(2025, 8, 26)


def test_changing_only_skills_is_logged_and_gives_a_new_version(database):
    volunteer_id = save(base(skills=["Matte"]))
    version = Volunteer.get_by_id(volunteer_id).version
    save(base(skills=["Norsk"]), volunteer_id, version)
    assert volunteer_record.load_volunteer(volunteer_id).skills == ("Norsk",)
    assert Volunteer.get_by_id(volunteer_id).version == version + 1
    with pytest.raises(ConflictError):
        save(base(skills=["Engelsk"]), volunteer_id, version)


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"first_name": ""}, "first_name", "Fyll inn fornavnet"),
    ({"phone": "", "email": ""}, "phone", "telefon eller e-post"),
    ({"email": "kari(at)example.no"}, "email", "e-postadresse"),
    ({"birth_year": "99"}, "birth_year", "fire siffer"),
    ({"start_date": "01.09.2026", "end_date": "01.08.2026"}, "end_date", "før startdatoen"),
    ({"police_certificate_shown": "01.12.2026", "police_certificate_checked_by": "Hanne"},
     "police_certificate_shown", "etter i dag"),
    ({"police_certificate_issued": "10.08.2025", "police_certificate_shown": "01.08.2025",
      "police_certificate_checked_by": "Hanne"}, "police_certificate_shown", "før den ble utstedt"),
    ({"police_certificate_requested": "10.08.2025", "police_certificate_issued": "01.08.2025"},
     "police_certificate_issued", "før den ble bestilt"),
    ({"police_certificate_shown": "01.08.2025"}, "police_certificate_checked_by",
     "hvem i teamet"),
    ({"police_certificate_renewal_years": 0}, "police_certificate_renewal_years", "fra 1 til 10"),
    ({"confidentiality_signed": "32.1.2026"}, "confidentiality_signed", "finnes ikke"),
    ({"notes": "Personnr 010203 12345"}, "notes", "fødselsnummer"),
])
def test_each_wrong_field_gets_its_own_message(database, changes, field, words):
    assert words in errors_of(base(**changes))[field]


def test_duplicates_by_name_and_year_or_phone(database):
    kari = save(base(birth_year="1990"))
    same = volunteer_record.possible_duplicates(base(phone="", email="k@x.no",
                                                birth_year="1990"))
    assert [(d.record_id, d.reason) for d in same] == [(kari, "name_birth_year")]
    phone = volunteer_record.possible_duplicates(base(first_name="Ola", phone="+47 99887766"))
    assert [d.reason for d in phone] == ["phone"]
    assert volunteer_record.possible_duplicates(base(birth_year="1970", phone="")) == []


def test_hours_make_history_so_the_volunteer_is_archived_not_deleted(database):
    volunteer_id = save(base())
    version = Volunteer.get_by_id(volunteer_id).version
    session = make.session(make.activity().id)
    record_changes.create(VolunteerPresence, session=session.id, volunteer=volunteer_id,
                          hours=Decimal(2))
    with pytest.raises(HasHistory) as caught:
        volunteer_record.delete_volunteer(volunteer_id, version)
    assert "1 registrert samling med timer" in caught.value.message
    volunteer_record.set_volunteer_archived(volunteer_id, version, True)
    assert Volunteer.get_by_id(volunteer_id).archived


def test_a_volunteer_without_history_can_be_deleted(database):
    volunteer_id = save(base(skills=["Matte"]))
    volunteer_record.delete_volunteer(volunteer_id, Volunteer.get_by_id(volunteer_id).version)
    assert Volunteer.select().count() == 0
    assert Skill.select().count() == 1  # the choice stays for others


def test_list_shows_certificate_status_skills_and_hours_this_semester(database):
    today = datetime.date(2026, 11, 20)
    valid = save(base(first_name="Gyldig", skills=["Matte"], languages=["Norsk"],
                      police_certificate_shown="01.09.2025",
                      police_certificate_checked_by="Hanne"))
    expiring = save(base(first_name="Snart", phone="91234567",
                         police_certificate_shown="01.12.2023",
                         police_certificate_checked_by="Hanne"))
    missing = save(base(first_name="Mangler", phone="92345678",
                        police_certificate_requested="10.11.2026"))
    not_required = save(base(first_name="Voksen", phone="93456789",
                             police_certificate_required=False))
    activity = make.activity()
    for day, hours, cancelled in ((datetime.date(2026, 9, 1), "2", False),
                                  (datetime.date(2026, 10, 6), "1.5", False),
                                  (datetime.date(2026, 10, 8), "2", True),     # cancelled
                                  (datetime.date(2026, 6, 2), "3", False)):   # spring
        session = make.session(activity.id, day=day)
        if cancelled:
            record_changes.update(type(session), session.id, session.version, cancelled=True)
        record_changes.create(VolunteerPresence, session=session.id, volunteer=valid,
                              hours=Decimal(hours))
    rows = {row.id: row for row in list_volunteers(today=today)}
    assert rows[valid].certificate.status is CertificateStatus.VALID
    assert rows[expiring].certificate.status is CertificateStatus.EXPIRING
    assert rows[missing].certificate.status is CertificateStatus.MISSING
    assert rows[missing].certificate.requested_on == datetime.date(2026, 11, 10)
    assert rows[not_required].certificate.status is CertificateStatus.NOT_REQUIRED
    assert rows[valid].skills == ("Matte",) and rows[valid].languages == ("Norsk",)
    assert rows[valid].hours == Decimal("3.50")
    assert rows[expiring].hours == Decimal("0.00")
    assert semester_bounds(today) == (datetime.date(2026, 8, 1), datetime.date(2026, 12, 31))
    assert semester_name(today) == "høst 2026"
    assert semester_name(datetime.date(2027, 2, 1)) == "vår 2027"
