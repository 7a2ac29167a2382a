"""Encryption at rest: an encrypted team database, its key file, log-in by user and by recovery
code, encrypting a plain file in place, and the shared-folder rules on an encrypted file."""
import datetime
import multiprocessing
import os
import re
import shutil
import sqlite3
import threading
import traceback

import pytest

from samvirke_desktop.db import (
    backup,
    change_watch,
    cipher,
    connection,
    encryption,
    health,
    key_file,
    schema,
    sharing,
)
from samvirke_desktop.db.models import DB, AppUser, ChangeLog, Resident, Site
from samvirke_desktop.domain.team import record_changes, users
from samvirke_desktop.errors import DatabaseDamaged
from tests.reports.conftest import demo_file  # noqa: F401 - the demo, made once per run

SPAWN = multiprocessing.get_context("spawn")
PASSWORD = "lang-og-hemmelig"
NAMES = ("Ayaan Maxamed Cabdi", "Şükrü Yılmaz", "Nguyễn Thị Hoa")
private_only = pytest.mark.skipif(os.name != "posix", reason="mode bits are POSIX")


def _strings(data: bytes, least: int = 4) -> list[str]:
    """What `strings` would show: runs of printable text (UTF-8 letters included)."""
    text = data.decode("utf-8", errors="replace")
    return re.findall(r"[^\x00-\x1f\x7f-\x9f\ufffd]{%d,}" % least, text)


def _readable(path, words) -> list[str]:
    data = path.read_bytes()
    found = [w for w in words if w.encode("utf-8") in data]
    shown = " ".join(_strings(data))
    found += [w for w in words if w in shown]
    if b"SQLite format 3" in data:
        found.append("SQLite format 3")
    return found


@pytest.fixture
def team(db_path):
    """A new encrypted team database with its first administrator (kari), opened and logged in."""
    made = encryption.create_encrypted_database(db_path, username="Kari", password=PASSWORD)
    connection.open_database(db_path, create=False, key=made.key)
    users.create_first_admin("kari", PASSWORD, "Kari Nordmann")
    users.log_in("kari", PASSWORD)
    yield made
    connection.close_database()


def _residents():
    for name in NAMES:
        first, last = name.split(" ", 1)
        record_changes.create(Resident, first_name=first, last_name=last, birth_year=2015,
                              notes="Foresatt ringer etter kl. 16")


# --- a new encrypted database -------------------------------------------------------------

def test_no_name_and_no_sqlite_header_in_the_file_or_its_backup(team, db_path):
    _residents()
    con = connection.connect_file(db_path, key=team.key)
    try:
        copy = backup.take_backup(con, db_path, key=team.key)
    finally:
        con.close()
    connection.close_database()
    words = [*NAMES, "Cabdi", "Yılmaz", "Foresatt", "resident", "CREATE TABLE", "Kari Nordmann"]
    assert _readable(db_path, words) == []
    assert _readable(copy, words) == []
    assert not os.path.exists(str(db_path) + "-journal")
    # Python's own SQLite sees no database in either.
    for path in (db_path, copy):
        con = sqlite3.connect(path)
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            con.execute("SELECT name FROM sqlite_master").fetchall()
        con.close()
    assert encryption.is_encrypted(db_path) and encryption.is_encrypted(copy)
    assert not encryption.is_plain(db_path)
    # With the key everything is there.
    connection.open_database(db_path, create=False, key=team.key)
    assert {f"{r.first_name} {r.last_name}" for r in Resident.select()} == set(NAMES)


def test_the_new_database_is_whole_and_has_the_schema(team, db_path):
    opened_key = connection.current_key()
    assert opened_key == team.key
    db = DB.obj
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 15000
    assert AppUser.select().count() == 1
    assert "Kari" not in repr(team) and team.recovery_code not in repr(team)
    report = health.check_file(db_path, key=team.key, thorough=True)
    assert report.ok and report.encrypted and report.is_samvirke
    assert report.row_counts["app_user"] == 1 and report.key_entries == 2  # kari, recovery


def test_an_existing_file_or_key_file_is_never_overwritten(team, db_path, tmp_path):
    with pytest.raises(encryption.DatabaseExists):
        encryption.create_encrypted_database(db_path, username="ola", password=PASSWORD)
    other = tmp_path / "annen.db"
    shutil.copyfile(team.key_file, encryption.key_file_for(other))
    with pytest.raises(encryption.DatabaseExists, match="nøkkelfil"):
        encryption.create_encrypted_database(other, username="ola", password=PASSWORD)
    assert not other.exists()


@private_only
def test_database_key_file_journal_and_backups_are_private(team, db_path):
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert team.key_file.stat().st_mode & 0o777 == 0o600
    copy = backup.take_backup(DB.obj.connection(), db_path, key=team.key)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert key_file.key_file_for(copy).stat().st_mode & 0o777 == 0o600
    # SQLite gives its journal the mode of the database.
    con = cipher.connect(db_path, team.key, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO setting (key, value, updated_at, updated_by) "
                    "VALUES ('x', '1', '2026-01-01', '')")
        journal = db_path.with_name(db_path.name + "-journal")
        assert journal.stat().st_mode & 0o777 == 0o600
        con.execute("ROLLBACK")
    finally:
        con.close()


# --- unlocking -------------------------------------------------------------------------------

def test_each_user_unlocks_with_their_own_password(team, db_path):
    encryption.set_user_key(db_path, team.key, "Ola", "olas-eget-passord")
    assert encryption.unlock(db_path, "kari", PASSWORD) == team.key
    assert encryption.unlock(db_path, " OLA ", "olas-eget-passord") == team.key
    assert sorted(encryption.users_with_keys(db_path)) == ["kari", "ola"]
    # Each copy is wrapped on its own: different salt, different bytes.
    con = sqlite3.connect(team.key_file)
    rows = con.execute("SELECT name, salt, wrapped FROM wrapped_key").fetchall()
    con.close()
    assert len({r[1] for r in rows}) == len({r[2] for r in rows}) == len(rows) == 3
    assert all(team.key not in (r[1], r[2]) for r in rows)


def test_an_encrypted_file_without_a_key_says_to_log_in(team, db_path):
    connection.close_database()
    message = "er kryptert. Logg inn med brukernavn og passord"
    with pytest.raises(encryption.DatabaseLocked, match=message):
        connection.open_database(db_path, create=False)
    with pytest.raises(encryption.DatabaseLocked, match=message):
        sharing.check_before_use(db_path)
    with pytest.raises(encryption.DatabaseLocked, match=message):
        sharing.open_team_database(db_path)
    with pytest.raises(encryption.DatabaseLocked, match=message):
        health.check_file(db_path)
    with pytest.raises(encryption.DatabaseLocked, match="Sikkerhetskopien"):
        backup.verify_backup_file(db_path)


def test_a_wrong_password_is_told_plainly_and_slows_the_next_tries(team, db_path):
    now = datetime.datetime(2026, 3, 3, 17, 0)
    for n in range(key_file.FREE_TRIES):
        with pytest.raises(encryption.WrongSecret) as info:
            encryption.unlock(db_path, "kari", "feil-passord", now=now)
        assert info.value.message == ("Feil brukernavn eller passord. Sjekk at Caps Lock er av, "
                                      "og prøv igjen.")
    # The next try, even with the right password, must wait; the wait is counted in the file.
    with pytest.raises(encryption.UnlockFailed) as info:
        encryption.unlock(db_path, "kari", PASSWORD, now=now + datetime.timedelta(seconds=1))
    assert info.value.wait_seconds == 1
    assert "Vent 1 sekunder" in info.value.message
    later = now + datetime.timedelta(seconds=3)
    assert encryption.unlock(db_path, "kari", PASSWORD, now=later) == team.key
    con = sqlite3.connect(team.key_file)
    assert con.execute("SELECT failed FROM wrapped_key WHERE name = 'user:kari'").fetchone() == (0,)
    con.close()


def test_the_wait_rule_is_the_same_as_for_a_plain_database():
    assert [key_file.wait_seconds_after(n) for n in range(20)] == \
        [users.wait_seconds_after(n) for n in range(20)]


def test_a_user_without_a_key_is_told_to_ask_an_administrator(team, db_path):
    with pytest.raises(encryption.NoEntry, match="ingen nøkkel .* en administrator gi deg et nytt"):
        encryption.unlock(db_path, "per", PASSWORD)


def test_a_key_file_from_another_database_is_told_plainly(team, db_path, tmp_path):
    other = encryption.create_encrypted_database(tmp_path / "annen.db", username="kari",
                                                 password=PASSWORD)
    connection.close_database()
    shutil.copyfile(other.key_file, team.key_file)
    with pytest.raises(encryption.WrongKey) as info:
        encryption.unlock(db_path, "kari", PASSWORD)
    assert "Nøkkelen passer ikke til databasefilen «samvirke.db»" in info.value.message
    assert "hører nøkkelfilen «samvirke.db.keys» til en annen database" in info.value.message
    with pytest.raises(encryption.WrongKey):
        connection.open_database(db_path, create=False, key=other.key)
    with pytest.raises(encryption.WrongKey):
        sharing.open_team_database(db_path, key=other.key)


@pytest.mark.parametrize("harm", ["bytes", "cut", "gone", "flipped entry", "not a key file"])
def test_a_damaged_or_missing_key_file_is_told_plainly(team, db_path, harm):
    path = team.key_file
    if harm == "bytes":
        data = bytearray(path.read_bytes())
        data[100:4096] = os.urandom(4096 - 100)
        path.write_bytes(bytes(data))
    elif harm == "cut":
        path.write_bytes(path.read_bytes()[:1500])
    elif harm == "gone":
        path.unlink()
    elif harm == "flipped entry":
        con = sqlite3.connect(path)
        wrapped = con.execute("SELECT wrapped FROM wrapped_key WHERE name = 'user:kari'").fetchone()[0]
        con.execute("UPDATE wrapped_key SET wrapped = ? WHERE name = 'user:kari'",
                    (bytes([wrapped[0] ^ 1]) + wrapped[1:],))
        con.commit()
        con.close()
    else:
        con = sqlite3.connect(path)
        con.execute("PRAGMA application_id = 1")
        con.close()
    expected = encryption.KeyFileMissing if harm == "gone" else encryption.KeyFileDamaged
    with pytest.raises(expected) as info:
        encryption.unlock(db_path, "kari", PASSWORD)
    assert "sikkerhetskopi" in info.value.message and "samvirke.db.keys" in info.value.message
    report = health.check_file(db_path, key=team.key)
    assert not report.ok and report.problems[-1] == info.value.message


def test_a_lost_key_file_is_put_back_from_a_backup(team, db_path):
    copy = backup.take_backup(DB.obj.connection(), db_path, key=team.key)
    encryption.set_user_key(db_path, team.key, "kari", "passordet-etter-kopien")
    team.key_file.write_bytes(b"\0" * 2048)
    with pytest.raises(encryption.KeyFileDamaged):
        encryption.unlock(db_path, "kari", "passordet-etter-kopien")
    # The backup's key file holds the password of the day the copy was taken.
    key = encryption.unlock(copy, "kari", PASSWORD)
    encryption.put_back_key_file(db_path, copy, key)
    assert encryption.unlock(db_path, "kari", PASSWORD) == team.key
    assert team.key_file.with_name(team.key_file.name + ".skadet").read_bytes() == b"\0" * 2048


# --- the recovery code --------------------------------------------------------------------------

def test_the_recovery_code_opens_the_database(team, db_path):
    code = team.recovery_code
    assert re.fullmatch(r"([23456789BCDFGHJKMNPQRSTVWXZ]{4}-){5}[23456789BCDFGHJKMNPQRSTVWXZ]{4}",
                        code)
    typed = code.lower().replace("-", " ")
    assert encryption.unlock_with_recovery_code(db_path, typed) == team.key
    wrong = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(encryption.WrongSecret, match="Gjenopprettingskoden stemmer ikke"):
        encryption.unlock_with_recovery_code(db_path, wrong)
    with pytest.raises(encryption.WrongSecret, match="24 tegn.*«O»"):
        encryption.unlock_with_recovery_code(db_path, "O" + code[1:])
    with pytest.raises(encryption.WrongSecret, match="Du skrev 20 tegn"):
        encryption.unlock_with_recovery_code(db_path, code[:-5])


def test_a_new_recovery_code_replaces_the_old(team, db_path):
    new = encryption.replace_recovery_code(db_path, team.key)
    assert new != team.recovery_code
    assert encryption.unlock_with_recovery_code(db_path, new) == team.key
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock_with_recovery_code(db_path, team.recovery_code)


def test_recovery_codes_are_random_and_word_free():
    codes = {encryption.new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    assert not set("".join(codes)) - set(encryption.RECOVERY_ALPHABET + "-")
    assert not set("AEIOUYL01") & set("".join(codes))


# --- adding, replacing and removing a user's key ------------------------------------------------

def test_a_users_key_is_added_replaced_and_removed(team, db_path):
    encryption.set_user_key(db_path, team.key, "ola", "første-passord")
    assert encryption.unlock(db_path, "ola", "første-passord") == team.key
    encryption.set_user_key(db_path, team.key, "ola", "nytt-passord")  # changed or reset
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(db_path, "ola", "første-passord")
    assert encryption.unlock(db_path, "ola", "nytt-passord") == team.key
    assert encryption.remove_user_key(db_path, team.key, "ola") is True
    with pytest.raises(encryption.NoEntry):
        encryption.unlock(db_path, "ola", "nytt-passord")
    assert encryption.remove_user_key(db_path, team.key, "ola") is False
    assert encryption.users_with_keys(db_path) == ["kari"]


def test_a_reset_clears_the_wait(team, db_path):
    encryption.set_user_key(db_path, team.key, "ola", "første-passord")
    now = datetime.datetime.now()
    for _ in range(6):
        with pytest.raises(encryption.UnlockFailed):
            encryption.unlock(db_path, "ola", "gjett", now=now)
    encryption.set_user_key(db_path, team.key, "ola", "nytt-passord")
    assert encryption.unlock(db_path, "ola", "nytt-passord", now=now) == team.key


def test_a_key_from_another_database_is_never_added(team, db_path, tmp_path):
    other = encryption.create_encrypted_database(tmp_path / "annen.db", username="kari",
                                                 password=PASSWORD)
    before = team.key_file.read_bytes()
    with pytest.raises(encryption.KeyFileDamaged, match="hører ikke til databasen som er åpen"):
        encryption.set_user_key(db_path, other.key, "ola", "første-passord")
    with pytest.raises(encryption.KeyFileDamaged):
        encryption.remove_user_key(db_path, other.key, "kari")
    assert team.key_file.read_bytes() == before


def test_two_pcs_adding_users_at_once_both_keep_theirs(team, db_path):
    errors = []

    def add(name):
        try:
            encryption.set_user_key(db_path, team.key, name, f"passord-for-{name}")
        except BaseException:  # noqa: BLE001 - reported to the test
            errors.append(traceback.format_exc())

    threads = [threading.Thread(target=add, args=(f"bruker{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sorted(encryption.users_with_keys(db_path)) == \
        ["bruker0", "bruker1", "bruker2", "bruker3", "kari"]


# --- the shared-folder rules on an encrypted file ------------------------------------------------

def test_a_colleagues_save_is_waited_for_and_noticed(team, db_path):
    watcher = change_watch.ChangeWatcher()
    holding, failed = threading.Event(), []

    def colleague():
        # The colleague's PC holds the write lock for a moment, then commits.
        try:
            con = cipher.connect(db_path, team.key, isolation_level=None)
            try:
                con.execute("BEGIN IMMEDIATE")
                con.execute("INSERT INTO site (name, address, postal_code, city, notes, archived, "
                            "version, created_at, updated_at, updated_by) VALUES ('Fra kollega', "
                            "'', '', '', '', 0, 1, '2026-01-01', '2026-01-01', 'ola')")
                holding.set()
                threading.Event().wait(0.5)
                con.execute("COMMIT")
            finally:
                con.close()
        except BaseException:  # noqa: BLE001 - reported to the test
            failed.append(traceback.format_exc())
            holding.set()

    thread = threading.Thread(target=colleague)
    thread.start()
    assert holding.wait(timeout=30)
    # Our save waits for the colleague's (busy timeout and the write path's polling).
    record_changes.create(Site, name="Min")
    thread.join(timeout=30)
    assert failed == []
    assert sorted(s.name for s in Site.select()) == ["Fra kollega", "Min"]
    assert watcher.changed() is True
    record_changes.create(Site, name="Min andre")
    assert watcher.changed() is False
    watcher.close()


def _pc(path, key, pc, count, start, results):
    from samvirke_desktop.db import connection
    from samvirke_desktop.db.models import Site
    from samvirke_desktop.domain.team import actor, record_changes
    from samvirke_desktop.errors import ConflictError

    outcome = {"pc": pc, "created": [], "conflicts": 0, "error": ""}
    try:
        connection.open_database(path, create=False, key=key)
        actor.set_current(actor.Actor(username=f"pc{pc}"))
        start.wait(timeout=60)
        for n in range(count):
            outcome["created"].append(record_changes.create(Site, name=f"PC{pc} {n}").id)
            shared = Site.get_by_id(1)
            try:
                record_changes.update(Site, 1, shared.version, notes=f"pc{pc} {n}")
            except ConflictError:
                outcome["conflicts"] += 1
    except BaseException:  # noqa: BLE001 - reported to the test
        outcome["error"] = traceback.format_exc()
    finally:
        connection.close_database()
        results.put(outcome)


def test_two_pcs_write_to_the_same_encrypted_file(team, db_path):
    shared = record_changes.create(Site, name="Felles")
    assert shared.id == 1
    connection.close_database()
    start, results = SPAWN.Barrier(2), SPAWN.Queue()
    workers = [SPAWN.Process(target=_pc, args=(str(db_path), team.key, pc, 25, start, results))
               for pc in (1, 2)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=180) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert [o["error"] for o in outcomes] == ["", ""]
    connection.open_database(db_path, create=False, key=team.key)
    created = [i for o in outcomes for i in o["created"]]
    assert len(created) == 50 and Site.select().where(Site.id.in_(created)).count() == 50
    updates = ChangeLog.select().where((ChangeLog.table_name == "site")
                                       & (ChangeLog.action == "update")).count()
    assert Site.get_by_id(1).version == 1 + updates == 1 + 50 - sum(o["conflicts"] for o in outcomes)
    assert health.check_file(db_path, key=team.key, thorough=True).ok


def test_a_damaged_encrypted_file_opens_read_only_with_the_way_back(team, db_path):
    _residents()
    copy = backup.take_backup(DB.obj.connection(), db_path, key=team.key)
    for n in range(200):
        record_changes.create(Resident, first_name=f"Barn {n}", notes="x" * 500)
    connection.close_database()
    size = db_path.stat().st_size
    with open(db_path, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\0" * 4096)
    opened, report = sharing.open_team_database(db_path, key=team.key)
    assert not report.ok and opened.read_only
    assert "er skadet, så Samvirke åpner den bare for lesing" in report.message
    assert copy.name in report.way_back
    connection.close_database()
    with pytest.raises(DatabaseDamaged, match="er skadet, så Samvirke lager ingen rapport"):
        sharing.check_before_use(db_path, key=team.key)


# --- an existing plain database --------------------------------------------------------------------

def _rows(con) -> dict[str, list]:
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


@pytest.fixture
def plain_team(demo_file, tmp_path):  # noqa: F811
    """A copy of the demo (a plain team database), with a plain backup beside it."""
    path = tmp_path / "team" / "team.db"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    opened = connection.open_database(path, create=False)
    copy = backup.take_backup(opened.database.connection(), path)
    connection.close_database()
    return path, copy


def test_encrypting_in_place_keeps_every_row(plain_team):
    path, plain_copy = plain_team
    con = sqlite3.connect(path)
    before = _rows(con)
    names = [f"{first} {last}" for first, last in
             con.execute("SELECT first_name, last_name FROM resident LIMIT 5")]
    con.close()
    assert sum(len(rows) for rows in before.values()) > 1000

    done = encryption.encrypt_in_place(path, username="kari", password=PASSWORD)
    assert done.rows == sum(len(rows) for name, rows in before.items()
                            if not name.startswith("sqlite_"))
    assert encryption.is_encrypted(path)
    key = encryption.unlock(path, "kari", PASSWORD)
    assert key == done.key
    con = cipher.connect(path, key)
    try:
        assert _rows(con) == before
        assert con.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
        assert con.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    finally:
        con.close()
    # The plain backup is encrypted too, with its key file; no plain copy is left in the folder.
    assert done.encrypted_backups == [plain_copy] and done.plain_left == []
    assert backup.verify_backup_file(plain_copy, key=key) == schema.LATEST_VERSION
    assert key_file.key_file_for(plain_copy).is_file()
    for file in [*path.parent.rglob("*")]:
        if file.is_file() and not file.name.endswith(".keys"):
            assert _readable(file, names) == [], file
    # The program opens it with the key, and everything is there.
    connection.open_database(path, create=False, key=key)
    assert Resident.select().count() == len(before["resident"])
    assert encryption.unlock_with_recovery_code(path, done.recovery_code) == key


def test_encrypting_in_place_waits_for_the_other_pcs(plain_team):
    path, _ = plain_team
    marker = sharing.marker_path(path, host="PC-2")
    marker.write_text('{"host": "PC-2", "pid": 1, "user": "ola", "at": "2026-03-03T09:00:00"}')
    with pytest.raises(encryption.StillOpenElsewhere, match="PC-2"):
        encryption.encrypt_in_place(path, username="kari", password=PASSWORD)
    assert encryption.is_plain(path)
    assert not encryption.key_file_for(path).exists()
    done = encryption.encrypt_in_place(path, username="kari", password=PASSWORD, force=True)
    assert encryption.is_encrypted(done.path)


def test_encrypting_in_place_refuses_an_open_or_encrypted_file(plain_team, team, db_path):
    with pytest.raises(encryption.DatabaseExists, match="allerede kryptert"):
        encryption.encrypt_in_place(db_path, username="kari", password=PASSWORD)
    connection.close_database()
    path, _ = plain_team
    connection.open_database(path, create=False)
    with pytest.raises(RuntimeError):
        encryption.encrypt_in_place(path, username="kari", password=PASSWORD)
    connection.close_database()
    assert encryption.is_plain(path)


def test_a_plain_database_still_opens_plain(database, db_path):
    assert not connection.OpenedDatabase(database.database, "", "").encrypted
    record_changes.create(Site, name="Kvartal 5")
    connection.close_database()
    assert encryption.is_plain(db_path) and not encryption.is_encrypted(db_path)
    # A key given for a plain file changes nothing.
    opened = connection.open_database(db_path, create=False, key=os.urandom(32))
    assert not opened.encrypted and opened.key is None
    assert [s.name for s in Site.select()] == ["Kvartal 5"]
    with pytest.raises(encryption.NotEncrypted):
        encryption.unlock(db_path, "kari", PASSWORD)


@private_only
def test_new_plain_databases_are_private_too(database, db_path):
    assert db_path.stat().st_mode & 0o777 == 0o600
    copy = backup.take_backup(database.database.connection(), db_path)
    assert copy.stat().st_mode & 0o777 == 0o600
