"""Every table is declared personal or not (domain/privacy/personal_data.py), and what is
declared holds on the demo: the access report shows a person's rows in each table about them,
anonymisation leaves none behind but what is kept without a name, and no table about named
people is open to a role that may not see names. A new table fails here until it is placed."""
import datetime

import pytest

from samvirke_desktop.db.models import ALL_MODELS, Household, Resident, Volunteer
from samvirke_desktop.domain.privacy import access_request, erasure, personal_data
from samvirke_desktop.domain.team import permissions

TABLES = {model._meta.table_name: model for model in ALL_MODELS}


def _points_at(model, target) -> list:
    return [field for field in model._meta.refs if field.rel_model is target]


def test_every_table_is_placed_once():
    lists = (personal_data.ABOUT_RESIDENTS, personal_data.ABOUT_VOLUNTEERS,
             personal_data.OTHER_PERSONAL, personal_data.NOT_PERSONAL)
    placed = [table for tables in lists for table in tables]
    assert sorted(placed) == sorted(set(placed)), "a table is placed twice"
    assert set(placed) == set(TABLES), (
        f"not placed: {sorted(set(TABLES) - set(placed))}; "
        f"no longer a table: {sorted(set(placed) - set(TABLES))}")


def test_a_table_that_points_at_a_person_is_personal():
    about_people = {**personal_data.ABOUT_RESIDENTS, **personal_data.ABOUT_VOLUNTEERS}
    for table, model in TABLES.items():
        if any(_points_at(model, person) for person in (Resident, Household, Volunteer)):
            assert table in about_people, table


def test_each_personal_table_names_its_guard_its_rule_and_its_section():
    every = set().union(*permissions.ROLE_CAPABILITIES.values())
    about_people = {**personal_data.ABOUT_RESIDENTS, **personal_data.ABOUT_VOLUNTEERS}
    for table, declared in about_people.items():
        assert declared.read_by in every, table
        # Grant writers see figures only: no table about named people is open to them.
        assert not permissions.can(declared.read_by, _role("grant_writer")), table
        assert declared.retention in access_request.RETENTION_KINDS, table
        assert declared.anonymised in (personal_data.REMOVED, personal_data.KEPT_WITHOUT_NAME)
    for table, capability in personal_data.OTHER_PERSONAL.items():
        assert capability in every, table


def _role(role: str):
    from samvirke_desktop.domain.team.actor import Actor

    return Actor(username="x", role=role)


def _rows_about(resident_id: int) -> dict[str, int]:
    counts = {}
    for table in personal_data.ABOUT_RESIDENTS:
        model = TABLES[table]
        if model is Resident:
            counts[table] = 1 if Resident.get_or_none(Resident.id == resident_id) else 0
            continue
        if model is Household:
            household = Resident.get_by_id(resident_id).household_id
            counts[table] = 1 if household else 0
            continue
        condition = None
        for field in _points_at(model, Resident):
            clause = field == resident_id
            condition = clause if condition is None else (condition | clause)
        counts[table] = model.select().where(condition).count()
    return counts


def test_the_access_report_shows_and_anonymisation_removes_what_is_declared(demo):
    # The demo child with rows in the most tables about residents.
    best = max((r.id for r in Resident.select(Resident.id).where(Resident.birth_year > 2008)),
               key=lambda rid: sum(1 for n in _rows_about(rid).values() if n))
    before = _rows_about(best)
    assert sum(1 for n in before.values() if n) >= 5, before
    export = access_request.access_export(best, today=datetime.date(2026, 12, 7)).as_dict()
    for table, count in before.items():
        if count:
            section = personal_data.ABOUT_RESIDENTS[table].access_key
            assert export.get(section), f"{table}: the access report's «{section}» is empty"
    erasure.anonymise_resident(best)
    after = _rows_about(best)
    for table, declared in personal_data.ABOUT_RESIDENTS.items():
        if declared.anonymised == personal_data.REMOVED:
            assert after[table] == 0, f"{table} still points at the anonymised person"
        else:
            assert after[table] == before[table], table
    assert Resident.get_by_id(best).household_id is None


@pytest.fixture
def demo(tmp_path):
    from samvirke_desktop.db import connection
    from samvirke_desktop.domain.demo.database import write_demo_database

    path = tmp_path / "demo.db"
    write_demo_database(path)
    connection.open_database(path, create=False)
    yield path
    connection.close_database()
