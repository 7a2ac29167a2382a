"""Tilskuddsgivere: saved as one whole with schemes and age bands, version-checked."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import AgeBand, Application, ChangeLog, Funder, FunderScheme
from samvirke_desktop.domain.grants.funder_record import (
    funder_choices,
    list_funders,
    new_funder_values,
    read_funder,
    save_funder,
)
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import ConflictError, PermissionDenied, ValidationError

GJENSIDIGE_BANDS = [("Under 12", "", "12"), ("13–19", "13", "19"), ("20–25", "20", "25"),
                    ("26–64", "26", "64"), ("65+", "65", "")]


def _values(**changes):
    values = new_funder_values()
    values.update(name="Gjensidigestiftelsen", short_name="Gjensidige",
                  volunteer_hour_rate="300", audit_notes="Revisor over 100 000 kr.",
                  bands=GJENSIDIGE_BANDS,
                  schemes=[{"id": None, "name": "Trygghet", "code": "", "bands": None}])
    values.update(changes)
    return values


def test_new_funder_with_schemes_and_bands_is_read_back(database):
    funder_id = save_funder(_values())
    values, version = read_funder(funder_id)
    assert version == 1
    assert values["name"] == "Gjensidigestiftelsen"
    assert values["volunteer_hour_rate"] == Decimal("300.00")
    assert values["bands"] == [("Under 12", None, 12), ("13–19", 13, 19), ("20–25", 20, 25),
                               ("26–64", 26, 64), ("65+", 65, None)]
    assert [(s["name"], s["bands"]) for s in values["schemes"]] == [("Trygghet", None)]
    assert values["audit_notes"] == "Revisor over 100 000 kr."


def test_empty_rate_means_hours_only_and_typed_rate_is_exact(database):
    funder_id = save_funder(_values(volunteer_hour_rate=""))
    assert read_funder(funder_id)[0]["volunteer_hour_rate"] is None
    values, version = read_funder(funder_id)
    save_funder({**values, "volunteer_hour_rate": "312,50"}, funder_id, version)
    assert Funder.get_by_id(funder_id).volunteer_hour_rate == Decimal("312.50")


def test_scheme_with_own_bands_and_a_change_of_bands_bumps_the_version(database):
    funder_id = save_funder(_values())
    values, version = read_funder(funder_id)
    scheme = dict(values["schemes"][0], bands=[("Barn", "0", "17"), ("Voksne", "18", "")])
    save_funder({**values, "schemes": [scheme]}, funder_id, version)
    values, new_version = read_funder(funder_id)
    assert new_version == version + 1  # only bands changed, still a change of the funder
    assert values["schemes"][0]["bands"] == [("Barn", 0, 17), ("Voksne", 18, None)]
    # The funder's own bands are untouched.
    assert len(values["bands"]) == 5
    # Nothing changed: nothing written, version stays.
    save_funder(values, funder_id, new_version)
    assert read_funder(funder_id)[1] == new_version


def test_every_problem_is_reported_on_its_field(database):
    Funder.create(name="Bufdir")
    with pytest.raises(ValidationError) as caught:
        save_funder(_values(name="bufdir", volunteer_hour_rate="tre hundre",
                            bands=[("0–12", "0", "12"), ("10–15", "10", "15"), ("X", "a", "")],
                            schemes=[{"id": None, "name": "", "code": "", "bands": None}]))
    errors = caught.value.field_errors
    assert "finnes allerede" in errors["name"]
    assert "er ikke et beløp" in errors["volunteer_hour_rate"]
    assert "«a» er ikke et helt antall år" in errors["bands"]
    assert "Ordning 1 mangler navn" in errors["schemes"]
    assert Funder.select().count() == 1


def test_overlapping_bands_are_refused(database):
    with pytest.raises(ValidationError) as caught:
        save_funder(_values(bands=[("0–12", "0", "12"), ("10–15", "10", "15")]))
    assert "overlapper" in caught.value.field_errors["bands"]


def test_a_scheme_in_use_cannot_be_removed(database):
    funder_id = save_funder(_values())
    values, version = read_funder(funder_id)
    Application.create(funder=funder_id, scheme=values["schemes"][0]["id"], title="Trygt i Kvartal 5",
                       period_start=datetime.date(2026, 1, 1), period_end=datetime.date(2026, 12, 31))
    with pytest.raises(ValidationError) as caught:
        save_funder({**values, "schemes": []}, funder_id, version)
    assert "«Trygt i Kvartal 5»" in caught.value.field_errors["schemes"]
    assert FunderScheme.select().count() == 1
    assert read_funder(funder_id)[1] == version  # the failed save changed nothing


def test_colleague_saved_first_is_a_conflict(database):
    funder_id = save_funder(_values())
    values, version = read_funder(funder_id)
    save_funder({**values, "notes": "Kollegaens notat"}, funder_id, version)
    with pytest.raises(ConflictError):
        save_funder({**values, "bands": GJENSIDIGE_BANDS[:2]}, funder_id, version)
    assert AgeBand.select().where(AgeBand.funder == funder_id).count() == 5


def test_list_and_choices(database):
    first = save_funder(_values())
    save_funder(_values(name="Husbanken", schemes=[], bands=[], archived=True))
    Application.create(funder=first, title="A", period_start=datetime.date(2026, 1, 1),
                       period_end=datetime.date(2026, 12, 31))
    rows = list_funders()
    assert [(r.name, r.schemes, r.application_count, r.volunteer_hour_rate) for r in rows] == [
        ("Gjensidigestiftelsen", ("Trygghet",), 1, Decimal("300.00"))]
    assert rows[0].bands[0] == "Under 12"
    assert [r.name for r in list_funders(include_archived=True)] == ["Gjensidigestiftelsen",
                                                                     "Husbanken"]
    choices = funder_choices()
    assert [(c.name, [name for _id, name in c.schemes], c.archived) for c in choices] == [
        ("Gjensidigestiftelsen", ["Trygghet"], False), ("Husbanken", [], True)]


def test_changes_are_logged(database):
    funder_id = save_funder(_values())
    tables = {c.table_name for c in ChangeLog.select().where(ChangeLog.action == "create")}
    assert {"funder", "funder_scheme", "age_band"} <= tables
    assert ChangeLog.select().where((ChangeLog.table_name == "funder")
                                    & (ChangeLog.record_id == funder_id)).count() == 1


@pytest.mark.parametrize("role", ["grant_writer", "coordinator"])
def test_grant_writers_and_coordinators_keep_the_funders(database, role):
    actor.set_current(actor.Actor(username="skriver", role=role))
    funder_id = save_funder(_values())
    assert read_funder(funder_id)[0]["name"] == "Gjensidigestiftelsen"


def test_an_activity_leader_may_neither_read_nor_save(database):
    funder_id = save_funder(_values())
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    with pytest.raises(PermissionDenied):
        list_funders()
    with pytest.raises(PermissionDenied):
        read_funder(funder_id)
    with pytest.raises(PermissionDenied):
        save_funder(_values(name="Ny"))
