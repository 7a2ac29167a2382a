"""Looking after accounts: roles, deactivation, password resets, activities led."""
import datetime

import pytest

from samvirke_desktop.db.models import ActivityLeader, AppUser, ChangeLog
from samvirke_desktop.domain.team import actor, users
from samvirke_desktop.errors import ValidationError
from tests.domain import rule_records as make

T0 = datetime.datetime(2026, 11, 22, 10, 0, 0)


@pytest.fixture
def anne(database):
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    return users.log_in("anne", "passord-til-anne", now=T0)


def test_first_admin_needs_a_full_name(database):
    with pytest.raises(ValidationError) as info:
        users.create_first_admin("anne", "passord-til-anne", "  ")
    assert set(info.value.field_errors) == {"full_name"}
    assert not users.has_users()


def test_username_without_spaces(anne):
    with pytest.raises(ValidationError) as info:
        users.create_user("kari nordmann", "passord-til-kari", "coordinator")
    assert "mellomrom" in info.value.field_errors["username"]


def test_role_and_name_change_is_logged(anne):
    kari = users.create_user("kari", "passord-til-kari", "coordinator", "Kari")
    changed = users.update_user(kari.id, kari.version, full_name="Kari Nordmann",
                                role="grant_writer", active=True)
    assert (changed.role, changed.full_name, changed.version) == ("grant_writer", "Kari Nordmann", 2)
    entry = ChangeLog.select().where((ChangeLog.table_name == "app_user")
                                     & (ChangeLog.action == "update")).get()
    assert '"role": ["coordinator", "grant_writer"]' in entry.changes
    assert entry.username == "anne"


def test_last_admin_cannot_be_demoted_or_deactivated(anne):
    other = users.create_user("bjorn", "passord-til-bjorn", "admin", "Bjørn")
    # Anne may not demote herself.
    me = AppUser.get_by_id(anne.user_id)
    with pytest.raises(ValidationError) as info:
        users.update_user(me.id, me.version, full_name=me.full_name, role="coordinator",
                          active=True)
    assert "deg selv" in info.value.field_errors["role"]
    # Bjørn can be demoted while Anne stays administrator ...
    users.update_user(other.id, other.version, full_name="Bjørn", role="coordinator", active=True)
    # ... and Anne, now the only one, is kept even when Bjørn is made admin of nothing.
    actor.set_current(actor.COMMAND_LINE)
    with pytest.raises(ValidationError) as info:
        users.deactivate_user(me.id)
    assert "eneste aktive administratoren" in info.value.field_errors["active"]


def test_deactivated_user_cannot_log_in_but_stays_in_the_log(anne):
    ola = users.create_user("ola", "passord-til-ola", "activity_leader", "Ola")
    users.deactivate_user(ola.id)
    with pytest.raises(users.LoginFailed) as info:
        users.log_in("ola", "passord-til-ola", now=T0)
    assert "deaktivert" in info.value.message
    assert AppUser.get_by_id(ola.id).active is False


def test_reset_password_lifts_the_wait(anne):
    ola = users.create_user("ola", "passord-til-ola", "activity_leader", "Ola")
    for n in range(users.FREE_TRIES + 1):
        with pytest.raises(users.LoginFailed):
            users.log_in("ola", "feil", now=T0 + datetime.timedelta(seconds=n))
    users.reset_password(ola.id, "nytt-passord-ola")
    assert users.log_in("ola", "nytt-passord-ola", now=T0 + datetime.timedelta(seconds=5)).role \
        == "activity_leader"


def test_activities_led_are_replaced_and_logged(anne):
    leksehjelp = make.activity("Leksehjelp")
    dugnad = make.activity("Dugnad", kind="dugnad")
    ola = users.create_user("ola", "passord-til-ola", "activity_leader", "Ola",
                            led_activity_ids=[leksehjelp.id])
    assert users.get_user(ola.id).led_activities == ("Leksehjelp",)
    users.set_led_activities(ola.id, [dugnad.id, 9999])  # a deleted activity is left out
    row = users.get_user(ola.id)
    assert row.led_activities == ("Dugnad",) and row.led_activity_ids == (dugnad.id,)
    assert ActivityLeader.select().count() == 1
    actions = [e.action for e in ChangeLog.select().where(ChangeLog.table_name == "activity_leader")
               .order_by(ChangeLog.id)]
    assert actions == ["create", "create", "delete"]


def test_list_users_shows_roles_in_norwegian(anne):
    users.create_user("siri", "passord-til-siri", "grant_writer", "Siri Aasland")
    rows = {r.username: r for r in users.list_users()}
    assert rows["siri"].role_label == "Søknadsskriver"
    assert rows["anne"].role_label == "Administrator"
    assert rows["anne"].last_login_at == T0


def test_database_without_accounts_works_as_administrator(database):
    who = users.working_without_accounts()
    assert who.role == "admin" and who.user_id is None and who.username
    users.log_out()
    assert actor.current().role == ""
