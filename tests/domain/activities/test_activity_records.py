"""Saving an activity as one whole: fields, enrolments, regular volunteers, linked grants."""
import datetime
import json
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    ActivityApplication,
    ActivityVolunteer,
    Application,
    ChangeLog,
    Enrolment,
    Funder,
)
from samvirke_desktop.domain.activities import activity_list
from samvirke_desktop.domain.activities import activity_record as ar
from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import ConflictError, PermissionDenied, ValidationError
from tests.domain import rule_records as make

D = datetime.date
TODAY = D(2026, 11, 20)


def values(**changes):
    result = ar.new_activity_values()
    result.update(name="Leksehjelp Torshov", place="Biblioteket")
    result.update(changes)
    return result


def enrolment(resident, role="child", start=None, end=None, row_id=None):
    return {"id": row_id, "resident_id": resident.id, "name": resident.first_name, "role": role,
            "start_date": start, "end_date": end}


SHOWN = D(2025, 1, 10)


def certified(first="Ola", shown=SHOWN):
    return make.volunteer(first, police_certificate_shown=shown)


def application(title="Leksehjelp 2026"):
    funder = record_changes.create(Funder, name=f"Bufdir {title}")
    return record_changes.create(Application, funder=funder.id, title=title,
                                 period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                                 amount_applied=Decimal(100000))


def test_new_activity_saved_with_everything_and_read_back(database):
    site = make.site()
    amina, yusuf = make.resident("Amina", birth_year=2015), make.resident("Yusuf", "Ali")
    ola = certified()
    grant = application()
    activity_id = ar.save_activity(values(
        kind="homework_help", site_id=site.id, responsible="Kari", target_group="1.–10. trinn",
        enrolments=[enrolment(amina, start="1.9.26"), enrolment(yusuf, role="parent")],
        volunteers=[ola.id], application_ids=[grant.id]), today=TODAY)

    read, version = ar.read_activity(activity_id, today=TODAY)
    assert version == 1
    assert (read["name"], read["site_id"], read["target_group"]) == (
        "Leksehjelp Torshov", site.id, "1.–10. trinn")
    assert [(e["name"], e["role"], e["start_date"], e["birth_year"]) for e in read["enrolments"]] \
        == [("Amina Hansen", "child", D(2026, 9, 1), 2015), ("Yusuf Ali", "parent", None, None)]
    assert [v.name for v in read["volunteers"]] == ["Ola Nordmann"]
    assert read["volunteers"][0].certificate.status is CertificateStatus.VALID
    assert read["application_ids"] == [grant.id]
    [row] = activity_list.list_activities(today=TODAY)
    assert (row.enrolled_count, row.site_id) == (2, site.id)


def test_every_wrong_field_is_reported_at_once(database):
    amina = make.resident("Amina")
    with pytest.raises(ValidationError) as info:
        ar.save_activity(values(name=" ", kind="skating", place="x" * 201,
                                enrolments=[enrolment(amina, start="1.9.26", end="1.8.26"),
                                            enrolment(amina, role="teacher")]))
    errors = info.value.field_errors
    assert set(errors) == {"name", "kind", "place", "enrolments"}
    assert "Sluttdatoen (01.08.2026) er før påmeldingsdatoen (01.09.2026)" in errors["enrolments"]
    assert "står to ganger" in errors["enrolments"]
    assert Enrolment.select().count() == 0


def test_edit_changes_removes_and_adds_and_bumps_the_version(database):
    amina, yusuf, sara = (make.resident(n) for n in ("Amina", "Yusuf", "Sara"))
    ola, kari = certified("Ola"), certified("Kari")
    activity_id = ar.save_activity(values(enrolments=[enrolment(amina), enrolment(yusuf)],
                                          volunteers=[ola.id, kari.id]))
    read, version = ar.read_activity(activity_id)
    amina_row = next(e for e in read["enrolments"] if e["name"].startswith("Amina"))
    amina_row.update(end_date="20.11.2026")
    changed = values(enrolments=[amina_row, enrolment(sara, role="adult")],
                     volunteers=[v for v in read["volunteers"] if v.name.startswith("Kari")])
    ar.save_activity(changed, activity_id, version)

    stored = {e.resident_id: e for e in Enrolment.select()}
    assert set(stored) == {amina.id, sara.id}
    assert stored[amina.id].end_date == D(2026, 11, 20)
    assert stored[amina.id].id == amina_row["id"]       # the same row, changed
    assert [link.volunteer_id for link in ActivityVolunteer.select()] == [kari.id]
    _, new_version = ar.read_activity(activity_id)
    assert new_version == version + 1
    # A colleague's form still holds the old version: nothing is overwritten.
    with pytest.raises(ConflictError):
        ar.save_activity(values(name="Annet navn"), activity_id, version)


def test_only_linked_changes_still_count_as_a_change_of_the_activity(database):
    activity_id = ar.save_activity(values())
    grant = application()
    read, version = ar.read_activity(activity_id)
    read["application_ids"] = [grant.id]
    ar.save_activity(read, activity_id, version)
    assert ActivityApplication.select().count() == 1
    assert ar.read_activity(activity_id)[1] == version + 1
    with pytest.raises(ConflictError):
        ar.save_activity(read, activity_id, version)


def test_volunteer_without_certificate_is_flagged_not_blocked_and_recorded(database):
    ola = certified("Ola")
    expired = make.volunteer("Per", police_certificate_shown=D(2023, 1, 5))
    missing = make.volunteer("Siri")
    activity_id = ar.save_activity(values(volunteers=[ola.id, expired.id, missing.id]),
                                   today=TODAY)
    # Saved: the team decides.
    assert ActivityVolunteer.select().count() == 3
    warnings = ar.certificate_warnings(activity_id, today=TODAY)
    assert [(w.name, w.volunteer_id) for w in warnings] == [("Per Nordmann", expired.id),
                                                          ("Siri Nordmann", missing.id)]
    assert "gikk ut 05.01.2026" in warnings[0].text
    assert "har ikke vist politiattest" in warnings[1].text
    assert ar.certificate_warning_counts(today=TODAY) == {activity_id: 2}
    logged = {row.record_id: row for row in ChangeLog.select().where(
        ChangeLog.table_name == "activity_volunteer")}
    links = {link.volunteer_id: link.id for link in ActivityVolunteer.select()}
    assert "certificate_warning" not in json.loads(logged[links[ola.id]].changes)
    recorded = logged[links[expired.id]]
    assert recorded.action == "create"
    assert "gikk ut 05.01.2026" in recorded.summary
    assert json.loads(recorded.changes)["certificate_warning"][1] == recorded.summary


def test_adult_activity_needs_no_certificate_until_switched_to_children(database):
    missing = make.volunteer("Siri")
    activity_id = ar.save_activity(values(name="Nærmiljøskolen", with_children=False,
                                          volunteers=[missing.id]), today=TODAY)
    assert ar.certificate_warnings(activity_id, today=TODAY) == []
    assert ar.certificate_warning_counts(today=TODAY) == {}
    read, version = ar.read_activity(activity_id)
    read["with_children"] = True
    ar.save_activity(read, activity_id, version, today=TODAY)
    assert len(ar.certificate_warnings(activity_id, today=TODAY)) == 1
    recorded = (ChangeLog.select().where((ChangeLog.table_name == "activity_volunteer")
                                         & (ChangeLog.action == "update")).get())
    assert "har ikke vist politiattest" in recorded.summary


def test_ended_or_archived_volunteers_are_not_flagged(database):
    ended = make.volunteer("Per", end_date=D(2026, 6, 30))
    archived = make.volunteer("Siri", archived=True)
    activity_id = ar.save_activity(values(volunteers=[ended.id, archived.id]), today=TODAY)
    assert ar.certificate_warnings(activity_id, today=TODAY) == []


def test_search_finds_residents_and_volunteers_without_accents(database):
    make.resident("Şükrü", "Yılmaz", birth_year=2014)
    make.resident("Sara", "Berg", archived=True)
    make.volunteer("Åse", "Østbø")
    [found] = ar.search_residents("sukru yil")
    assert (found.name, found.detail) == ("Şükrü Yılmaz", "f. 2014")
    assert ar.search_residents("sara") == []
    [helper] = ar.search_volunteers("ase ost")
    assert helper.detail == "Politiattest: Mangler"


def test_roles_decide_who_may_save_and_who_sees_names(database):
    amina = make.resident("Amina")
    activity_id = ar.save_activity(values(enrolments=[enrolment(amina)]))
    actor.set_current(actor.Actor(user_id=None, username="søknad", role="grant_writer"))
    with pytest.raises(PermissionDenied):
        ar.save_activity(values(), activity_id, 1)
    read, _ = ar.read_activity(activity_id)
    assert read["enrolments"] is None and read["volunteers"] is None
    with pytest.raises(PermissionDenied):
        ar.search_residents("amina")
