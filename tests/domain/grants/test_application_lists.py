"""The Søknader list: filters by status, funder and year, and sums per year."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import Application, Funder
from samvirke_desktop.domain.grants.application_list import (
    application_years,
    filter_rows,
    list_applications,
    sums_per_year,
)
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import PermissionDenied

D = datetime.date


@pytest.fixture
def apps(database):
    bufdir = Funder.create(name="Bufdir")
    husbanken = Funder.create(name="Husbanken")

    def app(funder, title, year, status, applied, granted=None, end_year=None, archived=False):
        return Application.create(funder=funder, title=title, status=status,
                                  period_start=D(year, 1, 1), period_end=D(end_year or year, 12, 31),
                                  amount_applied=Decimal(applied),
                                  amount_granted=None if granted is None else Decimal(granted),
                                  archived=archived)

    app(bufdir, "Leksehjelp 2025", 2025, "closed", "100000.50", "80000.25")
    app(bufdir, "Leksehjelp 2026", 2026, "granted", "120000", "120000")
    app(husbanken, "Bomiljø 2026–2028", 2026, "sent", "300000", end_year=2028)
    app(husbanken, "Nærmiljøskole 2026", 2026, "rejected", "50000", "0")
    app(bufdir, "Gammel idé", 2026, "draft", "999", archived=True)
    return {"bufdir": bufdir, "husbanken": husbanken}


def test_filters_in_the_database_and_on_rows_agree(apps):
    everything = list_applications()
    cases = [{"status": "granted"}, {"funder_id": apps["husbanken"].id}, {"year": 2026},
             {"year": 2025, "funder_id": apps["bufdir"].id}, {"status": "draft"}]
    for filters in cases:
        from_db = [r.title for r in list_applications(**filters)]
        assert from_db == [r.title for r in filter_rows(everything, **filters)], filters
    assert [r.title for r in list_applications(year=2026)] == [
        "Bomiljø 2026–2028", "Leksehjelp 2026", "Nærmiljøskole 2026"]
    # A multi-year application belongs to the year its period starts.
    assert [r.title for r in list_applications(year=2027)] == []
    assert [r.title for r in list_applications(status="draft", include_archived=True)] == [
        "Gammel idé"]


def test_sums_per_year_count_granted_only_where_decided(apps):
    sums = sums_per_year(list_applications())
    assert [(s.year, s.count, s.applied, s.granted, s.granted_count) for s in sums] == [
        (2026, 3, Decimal("470000.00"), Decimal("120000.00"), 2),
        (2025, 1, Decimal("100000.50"), Decimal("80000.25"), 1)]
    assert all(isinstance(s.applied, Decimal) and isinstance(s.granted, Decimal) for s in sums)
    only_bufdir = sums_per_year(list_applications(funder_id=apps["bufdir"].id))
    assert [(s.year, s.applied) for s in only_bufdir] == [(2026, Decimal("120000.00")),
                                                         (2025, Decimal("100000.50"))]
    assert sums_per_year([]) == []


def test_years_newest_first(apps):
    assert application_years(list_applications(include_archived=True)) == [2026, 2025]


def test_activity_leaders_do_not_see_the_applications(apps):
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    with pytest.raises(PermissionDenied):
        list_applications()
    actor.set_current(actor.Actor(username="skriver", role="grant_writer"))
    assert len(list_applications()) == 4
