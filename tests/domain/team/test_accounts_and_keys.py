"""On an encrypted database each account's password opens the file: making a user, changing
or resetting a password and deactivating keep the key file in step with the accounts."""
import pytest

from samvirke_desktop.db import connection, encryption
from samvirke_desktop.db.key_file import NoEntry, WrongSecret
from samvirke_desktop.domain.team import users


@pytest.fixture
def encrypted(tmp_path):
    made = encryption.create_encrypted_database(tmp_path / "team.db", username="anne",
                                                password="anne-sitt-passord")
    connection.open_database(made.path, create=False, key=made.key)
    users.create_first_admin("anne", "anne-sitt-passord", "Anne Admin")
    users.log_in("anne", "anne-sitt-passord")
    yield made
    connection.close_database()


def test_a_new_user_gets_a_key_with_the_first_password(encrypted):
    users.create_user("kari", "kari-sitt-passord", "coordinator", "Kari")
    assert encryption.unlock(encrypted.path, "kari", "kari-sitt-passord") == encrypted.key
    with pytest.raises(WrongSecret):
        encryption.unlock(encrypted.path, "kari", "feil-passord")


def test_a_new_password_replaces_the_key_and_the_old_one_no_longer_opens(encrypted):
    kari = users.create_user("kari", "kari-sitt-passord", "coordinator", "Kari")
    users.reset_password(kari.id, "nytt-passord-kari")
    assert encryption.unlock(encrypted.path, "kari", "nytt-passord-kari") == encrypted.key
    with pytest.raises(WrongSecret):
        encryption.unlock(encrypted.path, "kari", "kari-sitt-passord")
    users.change_own_password("anne-sitt-passord", "annes-nye-passord")
    assert encryption.unlock(encrypted.path, "anne", "annes-nye-passord") == encrypted.key


def test_a_deactivated_user_no_longer_opens_the_file(encrypted):
    kari = users.create_user("kari", "kari-sitt-passord", "coordinator", "Kari")
    users.deactivate_user(kari.id)
    assert "kari" not in encryption.users_with_keys(encrypted.path)
    with pytest.raises(NoEntry):
        encryption.unlock(encrypted.path, "kari", "kari-sitt-passord")
    # Active again, she needs a new password from an administrator, which brings a new key.
    row = users.get_user(kari.id)
    users.update_user(kari.id, row.version, full_name="Kari", role="coordinator", active=True)
    users.reset_password(kari.id, "tilbake-igjen-kari")
    assert encryption.unlock(encrypted.path, "kari", "tilbake-igjen-kari") == encrypted.key


def test_a_plain_database_has_no_key_file(tmp_path):
    connection.open_database(tmp_path / "plain.db", create=True)
    try:
        users.create_first_admin("anne", "anne-sitt-passord", "Anne Admin")
        users.log_in("anne", "anne-sitt-passord")
        users.create_user("kari", "kari-sitt-passord", "coordinator", "Kari")
        assert not encryption.key_file_for(tmp_path / "plain.db").exists()
    finally:
        connection.close_database()


def test_the_recovery_code_gives_an_administrator_a_new_password(encrypted):
    from samvirke_desktop.db.models import ChangeLog
    from samvirke_desktop.errors import SamvirkeError, ValidationError

    kari = users.create_user("kari", "kari-sitt-passord", "coordinator", "Kari")
    users.log_out()
    with pytest.raises(SamvirkeError):
        users.administrators_for_recovery("BCDF-2345-GHJK-6789-MNPQ-RSTV")   # not this code
    admins = users.administrators_for_recovery(encrypted.recovery_code)
    assert [row.username for row in admins] == ["anne"]
    with pytest.raises(ValidationError):          # only an administrator is recovered
        users.recover_administrator(encrypted.recovery_code, kari.id, "et-nytt-passord")
    who = users.recover_administrator(encrypted.recovery_code, admins[0].id, "annes-nye-passord")
    assert who.username == "anne"
    assert encryption.unlock(encrypted.path, "anne", "annes-nye-passord") == encrypted.key
    reset = ChangeLog.select().where(ChangeLog.summary == "Nytt passord for anne").get()
    assert reset.username == "gjenopprettingskode"


def test_checking_ones_own_password_logs_nothing(encrypted):
    from samvirke_desktop.db.models import ChangeLog
    from samvirke_desktop.errors import ValidationError

    before = ChangeLog.select().count()
    users.verify_own_password("anne-sitt-passord")
    with pytest.raises(ValidationError):
        users.verify_own_password("feil-passord")
    assert ChangeLog.select().count() == before
