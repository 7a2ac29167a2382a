"""Accounts, passwords, slowed retries, and the role rules enforced in the domain layer."""
import datetime

import pytest

from samvirke_desktop.db.models import Activity, ActivityLeader, AppUser, ChangeLog
from samvirke_desktop.domain.team import actor, permissions, users
from samvirke_desktop.errors import PermissionDenied, SamvirkeError, ValidationError

T0 = datetime.datetime(2026, 11, 22, 10, 0, 0)


@pytest.fixture
def admin(database):
    users.create_first_admin("Kari", "hemmelig-passord", "Kari Nordmann")
    return users.log_in("kari", "hemmelig-passord", now=T0)


def test_first_admin_is_created_once_and_stored_hashed(admin):
    stored = AppUser.get(AppUser.username == "kari")
    assert stored.role == "admin"
    assert stored.password_hash.startswith("$argon2")
    assert "hemmelig" not in stored.password_hash
    with pytest.raises(SamvirkeError):
        users.create_first_admin("ola", "et-annet-passord")


def test_login_sets_the_current_actor_and_logs_it(admin):
    assert actor.current().username == "kari"
    assert actor.current().role == "admin"
    assert ChangeLog.select().where(ChangeLog.action == "login").count() == 1


def test_short_password_and_taken_name_are_refused(admin):
    with pytest.raises(ValidationError) as info:
        users.create_user("KARI", "kort", "coordinator")
    assert set(info.value.field_errors) == {"username", "password"}


def test_wrong_passwords_slow_down_further_tries(admin):
    for n in range(users.FREE_TRIES):
        with pytest.raises(users.LoginFailed) as info:
            users.log_in("kari", "feil", now=T0 + datetime.timedelta(seconds=n))
        assert "Feil brukernavn eller passord" in info.value.message
    # The next try within the wait is refused even with the right password.
    with pytest.raises(users.LoginFailed) as info:
        users.log_in("kari", "hemmelig-passord", now=T0 + datetime.timedelta(seconds=3))
    assert info.value.wait_seconds > 0 and "Vent" in info.value.message
    # After the wait, the right password works and the count starts again.
    users.log_in("kari", "hemmelig-passord", now=T0 + datetime.timedelta(seconds=60))
    assert AppUser.get(AppUser.username == "kari").failed_logins == 0


def test_wait_grows_and_is_capped():
    assert [users.wait_seconds_after(n) for n in range(6)] == [0, 0, 0, 2, 4, 8]
    assert users.wait_seconds_after(50) == users.MAX_WAIT_SECONDS


def test_unknown_user_gets_the_same_message(admin):
    with pytest.raises(users.LoginFailed) as info:
        users.log_in("finnesikke", "hemmelig-passord", now=T0)
    assert "Feil brukernavn eller passord" in info.value.message


@pytest.mark.parametrize("role, allowed, refused", [
    ("admin", [permissions.MANAGE_USERS, permissions.VIEW_PEOPLE, permissions.EDIT_APPLICATIONS],
     []),
    ("coordinator", [permissions.VIEW_PEOPLE, permissions.EDIT_PEOPLE, permissions.EDIT_APPLICATIONS],
     [permissions.MANAGE_USERS, permissions.MANAGE_BACKUPS, permissions.VIEW_CHANGE_LOG]),
    ("activity_leader", [permissions.CHECK_IN_OWN, permissions.VIEW_OWN_PARTICIPANTS],
     [permissions.CHECK_IN_ANY, permissions.EDIT_APPLICATIONS, permissions.EDIT_PEOPLE,
      permissions.VIEW_PEOPLE]),
    ("grant_writer", [permissions.VIEW_APPLICATIONS, permissions.VIEW_STATISTICS],
     [permissions.VIEW_PEOPLE, permissions.EXPORT_PERSONAL_DATA, permissions.MAKE_NAMED_REPORTS]),
])
def test_role_capabilities(role, allowed, refused):
    who = actor.Actor(username="x", role=role)
    for capability in allowed:
        permissions.require(capability, who)
    for capability in refused:
        with pytest.raises(PermissionDenied):
            permissions.require(capability, who)


def test_only_an_admin_creates_users(admin):
    users.create_user("ola", "passord-til-ola", "activity_leader")
    users.log_in("ola", "passord-til-ola", now=T0)
    with pytest.raises(PermissionDenied):
        users.create_user("per", "passord-til-per", "coordinator")
    with pytest.raises(PermissionDenied):
        users.list_users()


def test_activity_leader_checks_in_only_own_activities(admin):
    leader = users.create_user("ola", "passord-til-ola", "activity_leader")
    own = Activity.create(name="Leksehjelp")
    other = Activity.create(name="Dugnad")
    ActivityLeader.create(activity=own, user=leader)
    users.log_in("ola", "passord-til-ola", now=T0)
    permissions.require_check_in(own.id)
    with pytest.raises(PermissionDenied):
        permissions.require_check_in(other.id)
