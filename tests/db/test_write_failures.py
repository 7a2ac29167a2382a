"""Saves that cannot go through: a colleague saved first, the disk is full, the share turned
read-only. The user gets a plain message and the database stays whole and unchanged.

Small versions of what bench/robustness.py measures at scale.
"""
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import traceback
from pathlib import Path

import pytest

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import Resident, Site
from samvirke_desktop.domain.team import record_changes

SPAWN = multiprocessing.get_context("spawn")


def _dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _integrity(path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


# --- two users saving the same record at the same moment ----------------------------------------

def _saver(path, who, rounds, site_id, barrier, results):
    from samvirke_desktop.db import connection
    from samvirke_desktop.db.models import Site
    from samvirke_desktop.domain.team import actor, record_changes
    from samvirke_desktop.errors import ConflictError
    outcome = []
    try:
        connection.open_database(path, create=False)
        actor.set_current(actor.Actor(username=who))
        for n in range(rounds):
            version = Site.get_by_id(site_id).version
            barrier.wait(timeout=60)
            try:
                record_changes.update(Site, site_id, version, name=f"{who} {n}")
                outcome.append("saved")
            except ConflictError:
                outcome.append("conflict")
            barrier.wait(timeout=60)
    except BaseException:  # noqa: BLE001 - report anything to the test
        outcome.append(traceback.format_exc())
    finally:
        connection.close_database()
        results.put((who, outcome))


def test_two_pcs_saving_the_same_record_at_once_one_gets_the_conflict(database, db_path):
    rounds = 12
    site = record_changes.create(Site, name="Kvartal 5")
    connection.close_database()
    barrier, results = SPAWN.Barrier(2), SPAWN.Queue()
    workers = [SPAWN.Process(target=_saver, args=(str(db_path), who, rounds, site.id, barrier, results))
               for who in ("anna", "bjorn")]
    for worker in workers:
        worker.start()
    outcomes = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    pairs = list(zip(outcomes["anna"], outcomes["bjorn"]))
    assert len(pairs) == rounds, outcomes
    assert all(sorted(p) == ["conflict", "saved"] for p in pairs), pairs
    connection.open_database(db_path)
    assert Site.get_by_id(site.id).version == 1 + rounds


# --- a full disk ------------------------------------------------------------------------------------

def _fill(path, results):
    """Save residents with long notes until the disk is full; report what the user saw."""
    from samvirke_desktop.db import connection
    from samvirke_desktop.db.models import Resident
    from samvirke_desktop.domain.team import record_changes
    from samvirke_desktop.errors import SamvirkeError
    try:
        connection.open_database(path, create=False)
        saved = 0
        while saved < 2000:
            try:
                record_changes.create(Resident, first_name=f"Fyll {saved}", notes="x" * 20_000)
                saved += 1
            except SamvirkeError as exc:
                message = f"{type(exc).__name__}: {exc.message}"
                break
        else:
            message = "never full"
        before = _dump(path)
        try:
            record_changes.create(Resident, first_name="En til", notes="x" * 20_000)
            again = "saved"
        except SamvirkeError as exc:
            again = f"{type(exc).__name__}: {exc.message}"
        unchanged = _dump(path) == before
        connection.close_database()
        results.put({"saved": saved, "message": message, "again": again, "unchanged": unchanged})
    except BaseException:  # noqa: BLE001
        results.put({"error": traceback.format_exc()})


def _fill_with_size_limit(path, limit, results):
    import resource
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the limit, a write fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    _fill(path, results)


def _tmpfs(size_kb):
    folder = Path(tempfile.mkdtemp(prefix="samvirke-full-"))
    if os.geteuid() != 0 or not shutil.which("mount") or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
            capture_output=True, check=False).returncode != 0:
        folder.rmdir()
        return None
    return folder


@pytest.mark.parametrize("disk", ["small tmpfs", "file size limit"])
def test_a_full_disk_is_a_plain_message_and_the_database_stays_whole(disk, tmp_path):
    folder = tmp_path
    if disk == "small tmpfs":
        folder = _tmpfs(1024)
        if folder is None:
            pytest.skip("mounting a tmpfs needs root and mount")
    try:
        path = folder / "samvirke.db"
        connection.open_database(path)
        for i in range(10):
            record_changes.create(Resident, first_name=f"Før {i}")
        connection.close_database()
        results = SPAWN.Queue()
        target, args = ((_fill, (str(path), results)) if disk == "small tmpfs" else
                        (_fill_with_size_limit, (str(path), path.stat().st_size + 300_000, results)))
        child = SPAWN.Process(target=target, args=args)
        child.start()
        outcome = results.get(timeout=120)
        child.join(timeout=30)
        assert "error" not in outcome, outcome.get("error")
        assert outcome["saved"] > 0
        if disk == "small tmpfs":
            assert outcome["message"] == ("DatabaseReadOnly: Disken er full, så ingenting ble "
                                          "lagret. Frigjør plass og prøv igjen.")
        else:  # EFBIG: SQLite reports an I/O error, not "full"
            assert outcome["message"].startswith("DatabaseReadOnly: Samvirke fikk ikke skrevet "
                                                 "til databasefilen, så ingenting ble lagret.")
        assert outcome["again"] == outcome["message"]
        assert outcome["unchanged"]
        assert _integrity(path) == "ok"
        connection.open_database(path, create=False)
        assert Resident.select().where(Resident.first_name.startswith("Før")).count() == 10
        assert Resident.select().where(Resident.first_name.startswith("Fyll")).count() == \
            outcome["saved"]
        connection.close_database()
    finally:
        if disk == "small tmpfs":
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
            shutil.rmtree(folder, ignore_errors=True)


# --- the share turns read-only while the program is open ------------------------------------------

def _lose_write_access(folder, results):
    import sqlite3.dump  # noqa: F401 - imported now: the Python files may not be readable later

    from samvirke_desktop.db import connection
    from samvirke_desktop.db.models import Site
    from samvirke_desktop.domain.team import record_changes
    from samvirke_desktop.errors import SamvirkeError
    try:
        path = Path(folder) / "samvirke.db"
        if os.geteuid() == 0:  # root ignores permissions: be an ordinary user, like a PC
            import pwd
            nobody = pwd.getpwnam("nobody")
            # Made before the rights are dropped: the migrations and the modules they load
            # are read from the checkout, which 'nobody' may not be allowed to read.
            connection.open_database(path)
            connection.close_database()
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
        connection.open_database(path)
        record_changes.create(Site, name="Kvartal 5")
        before = _dump(path)
        os.chmod(path, 0o444)
        os.chmod(folder, 0o555)
        try:
            record_changes.create(Site, name="Ny")
            message = "saved"
        except SamvirkeError as exc:
            message = f"{type(exc).__name__}: {exc.message}"
        finally:
            os.chmod(folder, 0o755)
            os.chmod(path, 0o644)
        unchanged = _dump(path) == before
        record_changes.create(Site, name="Etterpå")
        names = sorted(s.name for s in Site.select())
        connection.close_database()
        results.put({"message": message, "unchanged": unchanged, "names": names,
                     "integrity": _integrity(path)})
    except BaseException:  # noqa: BLE001
        results.put({"error": traceback.format_exc()})


@pytest.fixture
def share_folder(tmp_path):
    """A folder the process saving in it owns: as root, one in /tmp handed to 'nobody'."""
    if os.geteuid() != 0:
        return tmp_path
    import pwd
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody' to run as")
    folder = Path(tempfile.mkdtemp(prefix="samvirke-share-"))
    os.chmod(folder, 0o755)
    os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_losing_write_access_to_the_share_is_a_plain_message(share_folder):
    results = SPAWN.Queue()
    child = SPAWN.Process(target=_lose_write_access, args=(str(share_folder), results))
    child.start()
    outcome = results.get(timeout=120)
    child.join(timeout=30)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["message"].startswith("DatabaseReadOnly: Databasen kan ikke skrives til akkurat "
                                         "nå (skrivebeskyttet). Ingenting ble lagret.")
    assert outcome["unchanged"]
    assert outcome["names"] == ["Etterpå", "Kvartal 5"]
    assert outcome["integrity"] == "ok"

