"""The change log as the administrator reads it: filters, and old → new in Norwegian."""
import datetime

import pytest

from samvirke_desktop.db.models import ChangeLog, Resident
from samvirke_desktop.domain.team import actor, change_log, record_changes, users
from samvirke_desktop.domain.team.team_settings import save_team_identity
from samvirke_desktop.errors import PermissionDenied


@pytest.fixture
def history(database):
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    actor.set_current(actor.Actor(username="anne", role="admin", user_id=1))
    amina = record_changes.create(Resident, first_name="Amina", last_name="Hassan", gender="female",
                                  birth_date=datetime.date(2015, 3, 10))
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    amina = record_changes.update(Resident, amina.id, amina.version, gender="unspecified",
                                  birth_date=datetime.date(2015, 3, 11), interpreter_needed=True)
    record_changes.update(Resident, amina.id, amina.version, archived=True)
    actor.set_current(actor.Actor(username="anne", role="admin", user_id=1))
    save_team_identity("Bo- og nærmiljøteamet", "", "")
    # One entry from last week.
    ChangeLog.update(at=datetime.datetime(2026, 11, 1, 9, 30)).where(
        (ChangeLog.action == "create") & (ChangeLog.table_name == "resident")).execute()
    return amina


def test_update_reads_old_to_new_in_norwegian(history):
    rows = change_log.list_changes(username="kari", table_name="resident")
    assert [r.action_label for r in rows] == ["Arkivert", "Endret"]
    update = rows[1]
    assert update.table_label == "Beboer"
    texts = {c.label: c.text for c in update.changes}
    assert texts["Kjønn"] == "Kjønn: Kvinne → Ikke oppgitt"
    assert texts["Fødselsdato"] == "Fødselsdato: 10.03.2015 → 11.03.2015"
    assert texts["Trenger tolk"] == "Trenger tolk: Nei → Ja"
    assert rows[0].changes_text == "Arkivert: Nei → Ja"


def test_created_record_lists_the_values_given(history):
    created = change_log.list_changes(record_id=history.id, table_name="resident")[-1]
    assert created.action_label == "Opprettet"
    assert "Fornavn: Amina" in created.changes_text


def test_filters_by_date_and_record(history):
    november_1 = change_log.list_changes(date_from=datetime.date(2026, 11, 1),
                                         date_to=datetime.date(2026, 11, 1))
    assert [r.action for r in november_1] == ["create"]
    assert change_log.list_changes(record_id=history.id + 1, table_name="resident") == []


def test_settings_are_named(history):
    entries = {e.summary: e for e in change_log.list_changes(table_name="setting")}
    assert entries["team.name"].table_label == "Innstilling"
    assert entries["team.name"].changes_text == "Teamets navn: Bo- og nærmiljøteamet"
    assert entries["team.logo_path"].changes_text == "Logo: –"


def test_filter_choices(history):
    # The first administrator was made before anyone had logged in.
    assert change_log.logged_usernames() == ["anne", "kari", "kommandolinje"]
    assert ("resident", "Beboer") in change_log.logged_tables()


def test_only_an_administrator_reads_the_log(history):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    with pytest.raises(PermissionDenied):
        change_log.list_changes()


def test_references_are_named(history):
    from samvirke_desktop.db.models import Activity, Enrolment

    actor.set_current(actor.Actor(username="anne", role="admin", user_id=1))
    leksehjelp = record_changes.create(Activity, name="Leksehjelp")
    record_changes.create(Enrolment, activity=leksehjelp.id, resident=history.id, role="child")
    entry = change_log.list_changes(table_name="enrolment")[0]
    texts = {c.field: c.text for c in entry.changes}
    assert texts["activity"] == f"Aktivitet: Leksehjelp (nr. {leksehjelp.id})"
    assert texts["resident"] == f"Beboer: Amina Hassan (nr. {history.id})"
    assert texts["role"] == "Rolle: Barn"
