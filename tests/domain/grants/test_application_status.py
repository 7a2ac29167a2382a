"""Status changes: version check, history in the same transaction, the few refused moves."""
import datetime

import pytest

from samvirke_desktop.db.models import Application, ApplicationStatusChange, ChangeLog, Funder
from samvirke_desktop.domain.grants.application_status import allowed_next, change_status, history
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import ConflictError, RecordGone, ValidationError

D = datetime.date


@pytest.fixture
def app(database):
    funder = Funder.create(name="Husbanken")
    return Application.create(funder=funder, title="Bomiljøtilskudd 2026",
                              period_start=D(2026, 1, 1), period_end=D(2026, 12, 31))


def test_change_status_updates_and_records_history(app):
    actor.set_current(actor.Actor(username="ingrid"))
    sent = change_status(app.id, "sent", D(2026, 2, 1), "Sendt i portalen", expected_version=1)
    assert sent.status == "sent" and sent.version == 2
    granted = change_status(app.id, "granted", D(2026, 4, 20), expected_version=2)
    assert Application.get_by_id(app.id).status == "granted"
    assert granted.version == 3
    rows = history(app.id)
    assert [(h.status, h.label, h.changed_on, h.changed_by, h.note) for h in rows] == [
        ("sent", "Sendt", D(2026, 2, 1), "ingrid", "Sendt i portalen"),
        ("granted", "Innvilget", D(2026, 4, 20), "ingrid", "")]
    log = ChangeLog.select().where(ChangeLog.table_name == "application").order_by(ChangeLog.id)
    assert [c.username for c in log] == ["ingrid", "ingrid"]


def test_history_is_ordered_by_the_date_it_happened(app):
    change_status(app.id, "sent", D(2026, 3, 1), expected_version=1)
    change_status(app.id, "draft", D(2026, 2, 1), "Registrert feil", expected_version=2)
    assert [h.status for h in history(app.id)] == ["draft", "sent"]


def test_stale_version_is_a_conflict_and_writes_no_history(app):
    change_status(app.id, "sent", D(2026, 2, 1), expected_version=1)
    with pytest.raises(ConflictError):
        change_status(app.id, "granted", D(2026, 4, 1), expected_version=1)
    assert Application.get_by_id(app.id).status == "sent"
    assert ApplicationStatusChange.select().count() == 1


def test_any_status_can_be_corrected_back_and_steps_may_be_skipped(app):
    change_status(app.id, "granted", D(2026, 4, 1), expected_version=1)  # "sendt" forgotten
    change_status(app.id, "reported", D(2027, 1, 15), expected_version=2)
    change_status(app.id, "closed", D(2027, 3, 1), expected_version=3)
    change_status(app.id, "draft", D(2027, 3, 2), "Feil søknad", expected_version=4)
    assert Application.get_by_id(app.id).status == "draft"
    assert len(history(app.id)) == 4


def test_reported_needs_a_grant(app):
    for status, version in (("sent", 1), ("rejected", 2)):
        change_status(app.id, status, D(2026, 3, 1), expected_version=version)
        with pytest.raises(ValidationError) as err:
            change_status(app.id, "reported", D(2026, 12, 1), expected_version=version + 1)
        assert "bare innvilgede tilskudd som rapporteres" in err.value.field_errors["status"]
    assert "reported" not in allowed_next("draft")
    assert "reported" in allowed_next("partly_granted")
    assert "draft" in allowed_next("closed")


def test_same_status_unknown_status_and_bad_date_are_refused(app):
    with pytest.raises(ValidationError) as err:
        change_status(app.id, "draft", D(2026, 2, 1), expected_version=1)
    assert "allerede status «Utkast»" in err.value.message
    with pytest.raises(ValidationError) as err:
        change_status(app.id, "approved", D(2026, 2, 1), expected_version=1)
    assert "Ukjent status" in err.value.message
    with pytest.raises(ValidationError) as err:
        change_status(app.id, "sent", "01.02.2026", expected_version=1)
    assert "changed_on" in err.value.field_errors
    assert ApplicationStatusChange.select().count() == 0
    assert Application.get_by_id(app.id).version == 1


def test_missing_application(app):
    with pytest.raises(RecordGone):
        change_status(9999, "sent", D(2026, 2, 1), expected_version=1)
    assert history(9999) == []
