"""Grant figures are for grant writers too, and never carry a resident's name."""
import re

import pytest

from samvirke_desktop.db.models import Resident
from samvirke_desktop.domain.grants.deadlines import deadline_overview
from samvirke_desktop.domain.grants.figures_text import render
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import PermissionDenied
from tests.domain.grants.test_grant_statistics import data  # noqa: F401 - the hand-worked data set


def test_grant_writer_gets_the_figures_without_any_name(data):  # noqa: F811
    # Names that cannot turn up by chance in the report's own words ("Per måned").
    for resident in Resident.select():
        resident.first_name, resident.last_name = f"Fornavn{resident.id}", f"Etternavn{resident.id}"
        resident.save()
    actor.set_current(actor.Actor(username="skriver", role="grant_writer"))
    stats = grant_statistics(data["app"].id)
    assert stats.participants.total == 7
    for fmt in ("text", "json", "csv"):
        assert not re.search(r"Fornavn|Etternavn", render(stats, fmt)), fmt


def test_activity_leader_gets_no_grant_figures_or_deadlines(data):  # noqa: F811
    import datetime

    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    with pytest.raises(PermissionDenied):
        grant_statistics(data["app"].id)
    with pytest.raises(PermissionDenied):
        deadline_overview(datetime.date(2026, 5, 1))
