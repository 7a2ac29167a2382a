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
from samvirke_desktop.errors import PermissionDenied

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


def test_erasure_keeps_the_grant_statistics(family):
    from samvirke_desktop.domain.grants.statistics import grant_statistics
    before = grant_statistics(family["application"].id).as_dict()
    erasure.anonymise_resident(family["child"].id)
    after = grant_statistics(family["application"].id).as_dict()
    assert before == after
    assert Attendance.select().where(Attendance.resident == family["child"].id).count() == 3


def test_erasure_removes_the_person_but_keeps_birth_date_and_gender(family):
    erasure.anonymise_resident(family["child"].id)
    child = Resident.get_by_id(family["child"].id)
    assert (child.first_name, child.last_name, child.notes, child.language) == (
        retention.ANONYMOUS_NAME, "", "", "")
    assert child.household_id is None and child.anonymised_at is not None
    assert (child.birth_date, child.gender) == (datetime.date(2013, 1, 1), "male")
    assert not Guardian.select().where(Guardian.child == child.id).exists()
    assert not Consent.select().where(Consent.resident == child.id).exists()
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


def test_purposes_and_legal_basis_are_settings_shown_in_the_access_export(database):
    from samvirke_desktop.domain.privacy.access_request import access_export
    from samvirke_desktop.domain.privacy.retention import (
        DEFAULT_LEGAL_BASIS,
        RetentionRules,
        privacy_statement,
        retention_rules,
        save_privacy_settings,
    )

    assert privacy_statement().legal_basis == DEFAULT_LEGAL_BASIS
    save_privacy_settings("Leksehjelp og aktiviteter.", "Art. 6 nr. 1 bokstav e.",
                          RetentionRules(18, 6, False))
    assert privacy_statement().purposes == "Leksehjelp og aktiviteter."
    assert retention_rules() == RetentionRules(18, 6, False)
    resident = Resident.create(first_name="Amina", last_name="Hassan")
    exported = access_export(resident.id).as_dict()
    assert exported["formål"] == "Leksehjelp og aktiviteter."
    assert exported["rettsgrunnlag"] == "Art. 6 nr. 1 bokstav e."


def test_privacy_settings_are_checked_and_kept_for_administrators(database):
    from samvirke_desktop.domain.privacy.retention import RetentionRules, save_privacy_settings
    from samvirke_desktop.domain.team import actor
    from samvirke_desktop.errors import PermissionDenied, ValidationError

    with pytest.raises(ValidationError) as wrong:
        save_privacy_settings("", "grunnlag", RetentionRules(0, 500, True))
    assert set(wrong.value.field_errors) == {"purposes", "resident_inactive_months",
                                             "volunteer_after_end_months"}
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    try:
        with pytest.raises(PermissionDenied):
            save_privacy_settings("a", "b", RetentionRules())
    finally:
        actor.set_current(actor.COMMAND_LINE)
