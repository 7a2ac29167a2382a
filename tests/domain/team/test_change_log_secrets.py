"""The change log never holds a secret: a password hash is masked when an account is made as
when its password changes, and entries from before that are cleaned on upgrade."""
import json
import sqlite3

from samvirke_desktop.db import connection, schema
from samvirke_desktop.db.models import AppUser, ChangeLog
from samvirke_desktop.domain.team import users


def _log_text() -> str:
    return "\n".join(c for (c,) in ChangeLog.select(ChangeLog.changes).tuples())


def test_making_accounts_and_changing_passwords_logs_no_hash(database):
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    users.log_in("anne", "passord-til-anne")
    kari = users.create_user("kari", "passord-til-kari", "coordinator", "Kari")
    users.reset_password(kari.id, "nytt-passord-kari")
    assert "$argon2" not in _log_text()
    created = ChangeLog.get((ChangeLog.table_name == "app_user") & (ChangeLog.action == "create")
                            & (ChangeLog.record_id == kari.id))
    changes = json.loads(created.changes)
    assert changes["password_hash"] == [None, "***"]       # that a password was set, only
    assert changes["username"] == [None, "kari"] and changes["role"] == [None, "coordinator"]
    assert AppUser.get_by_id(kari.id).password_hash.startswith("$argon2id$")


def test_an_older_database_loses_the_hashes_already_logged(db_path):
    connection.open_database(db_path, create=True)
    users.create_first_admin("anne", "passord-til-anne", "Anne Admin")
    stored_hash = AppUser.get().password_hash
    # As a Samvirke before the mask wrote it, beside an entry that must stay as it is.
    ChangeLog.create(username="anne", action="create", table_name="app_user", record_id=1,
                     changes=json.dumps({"username": [None, "anne"],
                                         "password_hash": [None, stored_hash]}))
    ChangeLog.create(username="anne", action="update", table_name="resident", record_id=7,
                     changes=json.dumps({"notes": ["", "passord_hash er ikke her"]}))
    connection.close_database()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM schema_migration WHERE name LIKE '0007%'")
    con.execute("PRAGMA user_version = 6")
    con.commit()
    con.close()

    opened = connection.open_database(db_path, create=False)
    assert opened.migrated_from == 6 and schema.LATEST_VERSION >= 7
    assert stored_hash not in _log_text() and "$argon2" not in _log_text()
    entry = json.loads(ChangeLog.get((ChangeLog.table_name == "app_user")
                                     & (ChangeLog.username == "anne")
                                     & ChangeLog.changes.contains("username")).changes)
    assert entry == {"username": [None, "anne"], "password_hash": [None, "***"]}
    other = ChangeLog.get(ChangeLog.table_name == "resident")
    assert json.loads(other.changes) == {"notes": ["", "passord_hash er ikke her"]}
    connection.close_database()
