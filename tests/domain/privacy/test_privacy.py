"""Erasure that keeps the statistics, retention rules at their boundaries, access requests."""
import datetime
import json
from decimal import Decimal

import pytest

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import (
    ALL_MODELS,
    Activity,
    ActivityApplication,
    Application,
    Attendance,
    ChangeLog,
    Consent,
    Enrolment,
    Funder,
    Guardian,
    Household,
    Resident,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.privacy import access_request, erasure, retention
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied, RecordGone

NAME = "Zebedeus"
SURNAME = "Ødegård-Quattlebaum"


@pytest.fixture
def family(database):
    household = record_changes.create(Household, name=f"Familien {SURNAME}")
    mother = record_changes.create(Resident, first_name="Hodan", last_name=SURNAME, phone="912 34 567",
                                   email="hodan@example.no", household=household, gender="female",
                                   birth_date=datetime.date(1985, 3, 2))
    child = record_changes.create(Resident, first_name=NAME, last_name=SURNAME, household=household,
                                  gender="male", birth_date=datetime.date(2013, 1, 1),
                                  notes="Liker sjakk", language="somali")
    record_changes.create(Guardian, child=child, guardian=mother, relation="mor")
    record_changes.create(Consent, resident=child, kind="photo", given_by="Hodan", given_by_guardian=True,
                          given_date=datetime.date(2025, 8, 20))
    record_changes.update(Resident, child.id, 1, notes=f"{NAME} liker sjakk og fotball")
    activity = Activity.create(name="Leksehjelp")
    funder = Funder.create(name="Bufdir")
    application = Application.create(funder=funder, title="Leksehjelp 2026",
                                     period_start=datetime.date(2026, 1, 1),
                                     period_end=datetime.date(2026, 12, 31),
                                     amount_applied=Decimal(100000))
    ActivityApplication.create(activity=activity, application=application)
    Enrolment.create(activity=activity, resident=child)
    for day in (6, 8, 13):
        session = Session.create(activity=activity, date=datetime.date(2026, 1, day))
        Attendance.create(session=session, resident=child, role="child")
    session = Session.create(activity=activity, date=datetime.date(2026, 1, 13), topic="Foreldre")
    Attendance.create(session=session, resident=mother, role="parent")
    return dict(child=child, mother=mother, application=application, activity=activity)


def test_erasure_counts_the_child_by_birth_year_in_the_grant_statistics(family):
    """The child was born on 1 January 2013; the statistics count the age reached in the year
    (13 in 2026) whether the date or only the year is kept, so his figures stay as they were.
    The demo's figures are the same before and after (tests/domain/privacy/test_anonymisation.py)."""
    from samvirke_desktop.domain.grants.statistics import grant_statistics

    def children(stats):
        return {row["label"]: row["total"] for row in stats["participants"]["children"]["rows"]
                if row["total"]}

    before = grant_statistics(family["application"].id).as_dict()
    erasure.anonymise_resident(family["child"].id)
    after = grant_statistics(family["application"].id).as_dict()
    assert children(before) == {"13–17": 1}
    assert after == before
    assert after["participants"]["total"] == 2
    assert Attendance.select().where(Attendance.resident == family["child"].id).count() == 3


def test_erasure_removes_the_person_but_keeps_birth_year_and_gender(family):
    erasure.anonymise_resident(family["child"].id)
    child = Resident.get_by_id(family["child"].id)
    assert (child.first_name, child.last_name, child.notes, child.language) == (
        retention.ANONYMOUS_NAME, "", "", "")
    assert child.household_id is None and child.anonymised_at is not None
    assert (child.birth_date, child.birth_year, child.gender) == (None, 2013, "male")
    assert not Guardian.select().where(Guardian.child == child.id).exists()
    assert not Consent.select().where(Consent.resident == child.id).exists()
    assert not Enrolment.select().where(Enrolment.resident == child.id).exists()
    logged = " ".join(c.changes + c.summary for c in ChangeLog.select())
    assert NAME not in logged


def test_erased_name_is_gone_from_the_file_bytes(family, db_path):
    erasure.anonymise_resident(family["child"].id)
    erasure.anonymise_resident(family["mother"].id)
    assert Household.select().count() == 0
    connection.close_database()
    data = db_path.read_bytes()
    for text in (NAME, SURNAME, "912 34 567", "hodan@example.no", "sjakk"):
        assert text.encode("utf-8") not in data, text
        assert privacy_fold(text).encode() not in data, text


def privacy_fold(text):
    from samvirke_desktop.db.folding import fold
    return fold(text)


def test_only_an_administrator_erases(family):
    actor.set_current(actor.Actor(username="koord", role="coordinator"))
    with pytest.raises(PermissionDenied):
        erasure.anonymise_resident(family["child"].id)
    assert Resident.get_by_id(family["child"].id).first_name == NAME


def test_resident_retention_boundary(database):
    today = datetime.date(2026, 11, 22)
    old = datetime.datetime(2020, 1, 1)
    activity = Activity.create(name="Leksehjelp")
    on_edge = Resident.create(first_name="Kant", created_at=old, updated_at=old)
    past_edge = Resident.create(first_name="Forbi", created_at=old, updated_at=old)
    never = Resident.create(first_name="Aldri", created_at=old, updated_at=old)
    recent = Resident.create(first_name="Ny")
    for resident, day in ((on_edge, datetime.date(2024, 11, 22)),
                          (past_edge, datetime.date(2024, 11, 21))):
        Attendance.create(session=Session.create(activity=activity, date=day), resident=resident)
    due = {i.record_id for i in retention.due_for_erasure(today) if i.kind == "resident"}
    assert due == {past_edge.id, never.id}
    assert recent.id not in due and on_edge.id not in due


def test_volunteer_retention_and_certificate_dates(database):
    today = datetime.date(2026, 11, 22)
    shown = datetime.date(2024, 1, 10)
    left_long_ago = Volunteer.create(first_name="Gammel", end_date=datetime.date(2025, 11, 21),
                                     police_certificate_shown=shown)
    left_on_edge = Volunteer.create(first_name="Kant", end_date=datetime.date(2025, 11, 22),
                                    police_certificate_shown=shown)
    active = Volunteer.create(first_name="Aktiv", police_certificate_shown=shown)
    due = {(i.kind, i.record_id) for i in retention.due_for_erasure(today)}
    assert ("volunteer", left_long_ago.id) in due
    assert ("certificate", left_on_edge.id) in due
    assert not any(record_id == active.id for _, record_id in due)


def test_erase_due_in_one_step(database):
    today = datetime.date(2026, 11, 22)
    old = datetime.datetime(2020, 1, 1)
    Resident.create(first_name="Borte", created_at=old, updated_at=old)
    helper = Volunteer.create(first_name="Hjelper", end_date=datetime.date(2024, 1, 1))
    session = Session.create(activity=Activity.create(name="Dugnad"), date=datetime.date(2023, 5, 6))
    VolunteerPresence.create(session=session, volunteer=helper, hours=Decimal(3))
    quiet = Volunteer.create(first_name="Stille", end_date=datetime.date(2024, 1, 1))
    items = retention.due_for_erasure(today)
    assert erasure.erase_due(items) == 3
    assert retention.due_for_erasure(today) == []
    assert Volunteer.get_by_id(helper.id).first_name == retention.ANONYMOUS_NAME
    assert VolunteerPresence.get().hours == Decimal("3.00")
    assert Volunteer.get_or_none(Volunteer.id == quiet.id) is None


def test_access_export_covers_every_table_that_refers_to_residents():
    references = {(model._meta.table_name, f.name) for model in ALL_MODELS
                  for f in model._meta.fields.values()
                  if getattr(f, "rel_model", None) is Resident}
    assert references == access_request.COVERED_REFERENCES


def test_access_export_contains_everything_and_is_logged(family):
    from tests.privacy_settings import fill_privacy_settings

    fill_privacy_settings()
    Volunteer.create(first_name="Hodan", last_name=SURNAME, resident=family["mother"])
    export = access_request.access_export(family["child"].id)
    data = json.loads(export.to_json())
    assert data["beboer"]["first_name"] == NAME
    assert data["husstand"]["name"] == f"Familien {SURNAME}"
    assert data["foresatte"][0]["foresatt_navn"] == f"Hodan {SURNAME}"
    assert data["samtykker"][0]["kind"] == "photo"
    assert [a["dato"] for a in data["oppmøte"]] == ["2026-01-06", "2026-01-08", "2026-01-13"]
    assert data["påmeldinger"][0]["aktivitet"] == "Leksehjelp"
    assert any(c["handling"] == "update" for c in data["endringslogg"])
    mother = json.loads(access_request.access_export(family["mother"].id).to_json())
    assert mother["foresatt_for"][0]["barn_navn"] == f"{NAME} {SURNAME}"
    assert mother["frivillig"][0]["first_name"] == "Hodan"
    assert ChangeLog.select().where(ChangeLog.action == "export").count() == 2


def test_purposes_legal_basis_and_contacts_are_settings_shown_in_the_access_export(database):
    from samvirke_desktop.domain.privacy.access_request import access_export
    from samvirke_desktop.domain.privacy.controller import Contact
    from samvirke_desktop.domain.privacy.retention import (
        DEFAULT_PURPOSES,
        RetentionRules,
        privacy_statement,
        retention_rules,
        save_privacy_settings,
    )

    # Nothing the team has not written: no legal basis, no contacts, until filled in.
    statement = privacy_statement()
    assert (statement.purposes, statement.legal_basis) == (DEFAULT_PURPOSES, "")
    assert statement.missing() == [
        "rettsgrunnlaget", "behandlingsansvarliges navn", "behandlingsansvarliges adresse",
        "behandlingsansvarliges e-post eller telefon", "personvernombudets navn",
        "personvernombudets e-post eller telefon"]
    save_privacy_settings("Leksehjelp og aktiviteter.", "Art. 6 nr. 1 bokstav e.",
                          RetentionRules(18, 6, False),
                          controller_contact=Contact(" Bydel  Sagene ", "Postboks 4250 Nydalen",
                                                     "", "21802180"),
                          dpo=Contact("Tone Vik", "ignored", "Tone@Oslo.Example.no"))
    statement = privacy_statement()
    assert statement.purposes == "Leksehjelp og aktiviteter."
    assert statement.controller == Contact("Bydel Sagene", "Postboks 4250 Nydalen", "",
                                           "21 80 21 80")
    assert statement.data_protection_officer == Contact("Tone Vik", "", "Tone@oslo.example.no")
    assert statement.missing() == []
    assert retention_rules() == RetentionRules(18, 6, False)
    resident = Resident.create(first_name="Amina", last_name="Hassan")
    exported = access_export(resident.id).as_dict()
    assert exported["formål"] == "Leksehjelp og aktiviteter."
    assert exported["rettsgrunnlag"] == "Art. 6 nr. 1 bokstav e."
    assert exported["behandlingsansvarlig"]["telefon"] == "21 80 21 80"
    assert exported["personvernombud"]["e_post"] == "Tone@oslo.example.no"
    # Saving the rules alone keeps the contacts.
    save_privacy_settings("Leksehjelp.", "Art. 6 nr. 1 bokstav e.", RetentionRules())
    assert privacy_statement().controller.name == "Bydel Sagene"


def test_privacy_settings_are_checked_and_kept_for_administrators(database):
    from samvirke_desktop.domain.privacy.controller import Contact
    from samvirke_desktop.domain.privacy.retention import (
        LEGAL_BASIS_PLACEHOLDER,
        SUGGESTED_LEGAL_BASIS,
        RetentionRules,
        privacy_statement,
        save_privacy_settings,
    )
    from samvirke_desktop.domain.team import actor
    from samvirke_desktop.errors import PermissionDenied, ValidationError

    with pytest.raises(ValidationError) as wrong:
        save_privacy_settings("", "grunnlag", RetentionRules(0, 500, True),
                              controller_contact=Contact("Bydel Sagene", email="post@"),
                              dpo=Contact("Tone Vik", phone="12"))
    assert set(wrong.value.field_errors) == {"purposes", "resident_inactive_months",
                                             "volunteer_after_end_months", "controller_email",
                                             "dpo_phone"}
    # The suggestion is a start, not a legal basis: its bracketed sentence must go.
    assert LEGAL_BASIS_PLACEHOLDER in SUGGESTED_LEGAL_BASIS
    with pytest.raises(ValidationError) as wrong:
        save_privacy_settings("Leksehjelp.", SUGGESTED_LEGAL_BASIS, RetentionRules())
    assert "bydelens eget rettsgrunnlag" in wrong.value.field_errors["legal_basis"]
    assert privacy_statement().legal_basis == ""
    for role in ("coordinator", "activity_leader", "grant_writer"):
        actor.set_current(actor.Actor(username="kari", role=role))
        try:
            with pytest.raises(PermissionDenied):
                save_privacy_settings("a", "b", RetentionRules(),
                                      controller_contact=Contact("Bydel Sagene"))
        finally:
            actor.set_current(actor.COMMAND_LINE)
    assert privacy_statement().controller == Contact()


def test_the_access_export_refuses_an_anonymised_resident(family):
    from tests.privacy_settings import fill_privacy_settings

    fill_privacy_settings()
    child = family["child"].id
    erasure.anonymise_resident(child)
    with pytest.raises(access_request.ResidentAnonymised) as refused:
        access_request.access_export(child)
    assert refused.value.message == (f"Beboer nr. {child} er anonymisert: det finnes ikke "
                                     "lenger opplysninger om en person å gi innsyn i.")
    # A RecordGone, so every place that tells a missing resident tells this too.
    assert isinstance(refused.value, RecordGone)
    assert not ChangeLog.select().where(ChangeLog.action == "export").exists()
    # The mother is still a person.
    assert access_request.access_export(family["mother"].id).resident["first_name"] == "Hodan"


def test_the_access_export_waits_for_the_privacy_settings(database):
    from samvirke_desktop.domain.privacy.retention import PrivacySettingsMissing
    from tests.privacy_settings import fill_privacy_settings

    resident = Resident.create(first_name="Amina", last_name="Hassan")
    with pytest.raises(PrivacySettingsMissing, match="Innstillinger → Personvern"):
        access_request.access_export(resident.id)
    assert not ChangeLog.select().where(ChangeLog.action == "export").exists()
    # The role is checked first: a grant writer hears about the role, not the settings.
    actor.set_current(actor.Actor(username="sofie", role="grant_writer"))
    with pytest.raises(PermissionDenied):
        access_request.access_export(resident.id)
    actor.set_current(actor.COMMAND_LINE)
    fill_privacy_settings()
    assert access_request.access_export(resident.id).resident["first_name"] == "Amina"


@pytest.mark.parametrize("last_seen, months, due", [
    (datetime.date(2025, 3, 5), 18, datetime.date(2026, 9, 6)),
    (datetime.date(2024, 8, 31), 6, datetime.date(2025, 3, 1)),    # no 31 February
    (datetime.date(2024, 2, 29), 12, datetime.date(2025, 3, 1)),   # leap day
    (datetime.date(2024, 11, 22), 24, datetime.date(2026, 11, 23)),
])
def test_the_deletion_date_is_the_first_day_the_rule_lists_the_person(database, last_seen,
                                                                       months, due):
    from tests.privacy_settings import fill_privacy_settings

    fill_privacy_settings(retention.RetentionRules(months, 12, True))
    old = datetime.datetime(2020, 1, 1)
    resident = Resident.create(first_name="Amina", last_name="Hassan", created_at=old,
                               updated_at=old)
    activity = Activity.create(name="Leksehjelp")
    Attendance.create(session=Session.create(activity=activity, date=last_seen),
                      resident=resident)
    assert access_request.first_due_day(last_seen, months) == due

    def listed(day):
        return resident.id in {i.record_id for i in retention.due_for_erasure(day)
                               if i.kind == "resident"}

    assert not listed(due - datetime.timedelta(days=1)) and listed(due)
    before = access_request.access_export(resident.id, today=due - datetime.timedelta(days=1))
    on_the_day = access_request.access_export(resident.id, today=due)
    assert [(f.kind, f.state, f.due, f.counted_from) for f in before.retention[:1]] == [
        ("resident", "date", due, last_seen)]
    assert (on_the_day.retention[0].state, on_the_day.retention[0].due) == ("due", due)
    # Still enrolled: no date yet, but the day it would be without more attendance.
    Enrolment.create(activity=activity, resident=resident)
    active = access_request.access_export(resident.id, today=due).retention[0]
    assert (active.state, active.due, active.ongoing) == ("active", due, ("Leksehjelp",))


def test_volunteer_and_certificate_dates_follow_the_end_date(database):
    from tests.privacy_settings import fill_privacy_settings

    fill_privacy_settings(retention.RetentionRules(24, 6, True))
    resident = Resident.create(first_name="Hodan", last_name="Ali")
    helper = Volunteer.create(first_name="Hodan", last_name="Ali", resident=resident,
                              end_date=datetime.date(2026, 6, 30),
                              police_certificate_shown=datetime.date(2025, 8, 1))
    today = datetime.date(2026, 11, 22)
    facts = {f.kind: f for f in access_request.access_export(resident.id, today=today).retention}
    assert list(facts) == ["resident", "attendance", "change_log", "volunteer", "certificate",
                           "backup"]
    assert (facts["volunteer"].state, facts["volunteer"].due) == ("date",
                                                                  datetime.date(2027, 1, 1))
    # Certificate dates go when the volunteer leaves: listed from the end date on.
    assert (facts["certificate"].state, facts["certificate"].due, facts["certificate"].months) \
        == ("due", datetime.date(2026, 6, 30), None)
    kinds = {i.kind for i in retention.due_for_erasure(today) if i.record_id == helper.id}
    assert kinds == {"certificate"}
    assert facts["backup"].months == retention.backup_max_age_months(retention.retention_rules())
    Volunteer.update(end_date=None).where(Volunteer.id == helper.id).execute()
    facts = {f.kind: f for f in access_request.access_export(resident.id, today=today).retention}
    assert (facts["volunteer"].state, facts["volunteer"].due) == ("active", None)
