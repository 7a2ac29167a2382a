"""The benchmark's encrypted copy (bench/encrypted.py): the copy is really encrypted, opens with
its key and with the administrator's password, holds what the plain database holds, and the
given database is left as it was. No timings are judged."""
import hashlib
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from samvirke_desktop.db import cipher, connection, encryption
from samvirke_desktop.domain.team import users

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import encrypted  # noqa: E402 - bench/ is not a package


@pytest.fixture(scope="module")
def small_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "small.db"
    done = subprocess.run([sys.executable, "bench/generate.py", "--size", "small", "--out",
                           str(path)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_encrypted_copy_is_encrypted_and_opens_with_its_key(small_database, tmp_path):
    before = _digest(small_database)
    with closing(encrypted.raw_connect(small_database)) as con:
        residents = con.execute("SELECT count(*) FROM resident").fetchone()[0]
        name = con.execute("SELECT last_name FROM resident ORDER BY id").fetchone()[0]
    login = tmp_path / "innlogging.txt"
    plain_admin = tmp_path / "med-administrator.db"
    target = tmp_path / "kryptert.db"

    encrypted.with_administrator(small_database, plain_admin, login)
    key = encrypted.encrypted_copy(plain_admin, target, login)

    assert _digest(small_database) == before  # the given database is never changed
    assert cipher.is_encrypted(target) and not cipher.is_plain(target)
    assert name.encode("utf-8") not in target.read_bytes()
    username, password = encrypted.read_login(login)
    assert encryption.unlock(target, username, password) == key
    with closing(encrypted.raw_connect(target, key)) as con:
        assert con.execute("SELECT count(*) FROM resident").fetchone()[0] == residents
    connection.open_database(target, key=key)
    try:
        who = users.log_in(username, password)
        assert who.role == "admin"
    finally:
        connection.close_database()


def test_without_the_key_the_copy_does_not_open(small_database, tmp_path):
    login = tmp_path / "innlogging.txt"
    plain_admin = tmp_path / "med-administrator.db"
    target = tmp_path / "kryptert.db"
    encrypted.with_administrator(small_database, plain_admin, login)
    encrypted.encrypted_copy(plain_admin, target, login)
    with pytest.raises(cipher.DatabaseLocked):
        connection.open_database(target)
    with pytest.raises(encryption.WrongSecret):
        encryption.unlock(target, encrypted.USERNAME, "ikke-passordet")


def test_the_runner_compares_every_metric_on_the_encrypted_copy(small_database):
    done = subprocess.run([sys.executable, "bench/run.py", "--size", "small", "--database",
                           str(small_database), "--repeat", "1", "--encrypted"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    told = f"{done.stdout}\n{done.stderr}"
    assert done.returncode in (0, 1), told
    header = "| måling | vanlig | kryptert | kryptert / vanlig | mål | ok |"
    assert header in done.stdout, told
    compared = done.stdout.split(header, 1)[1].strip().splitlines()[1:]
    compared = [line for line in compared if line.startswith("| ")]
    assert len(compared) == 10, told
    for row in compared:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[1] not in ("", "–") and cells[2] not in ("", "–"), row
        assert cells[5] in ("ja", "NEI"), row
