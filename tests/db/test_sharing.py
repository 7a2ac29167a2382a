"""Where the database lives, how the last session ended, and the checks at start."""
import hashlib
import json
import multiprocessing
import os
import socket

import pytest

from samvirke_desktop.db import backup, connection, sharing
from samvirke_desktop.db.models import Site
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.errors import DatabaseReadOnly

LINUX_MOUNTS = r"""proc /proc proc rw,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
//filserver/bydel\040sagene /mnt/felles cifs rw,relatime,vers=3.1.1,cache=strict 0 0
nas.kommune.no:/export/team /srv/team nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /mnt/felles/lokal ext4 rw 0 0
onedrive: /home/anna/Sky fuse.rclone rw,nosuid 0 0
"""

MAC_MOUNTS = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//anna@filserver/Felles on /Volumes/Felles (smbfs, nodev, nosuid, mounted by anna)
"""


def linux(path):
    return sharing.classify_location(path, platform="linux", mount_table=LINUX_MOUNTS, env={})


def windows(path, env=None, remote=()):
    return sharing.classify_location(
        path, platform="win32", env=env or {},
        drive_type=lambda root: sharing.DRIVE_REMOTE if root[:2] in remote else 3)


# --- classifying ---------------------------------------------------------------------

def test_linux_local_disk_and_network_mounts():
    assert linux("/home/anna/samvirke.db").kind == sharing.LOCAL
    smb = linux("/mnt/felles/bydel/samvirke.db")
    assert smb.kind == sharing.NETWORK and "//filserver/bydel sagene" in smb.service
    assert linux("/srv/team/samvirke.db").kind == sharing.NETWORK
    # A local disk mounted inside the share is local: the longest mount point wins.
    assert linux("/mnt/felles/lokal/samvirke.db").kind == sharing.LOCAL
    assert linux("/mnt/fellesx/samvirke.db").kind == sharing.LOCAL


def test_linux_cloud_mount_and_gnome_share():
    assert linux("/home/anna/Sky/samvirke.db").kind == sharing.CLOUD_SYNC
    gvfs = linux("/run/user/1000/gvfs/smb-share:server=filserver,share=felles/samvirke.db")
    assert gvfs.kind == sharing.NETWORK


def test_macos_smb_share_from_mount_output():
    place = sharing.classify_location("/Volumes/Felles/Team/samvirke.db", platform="darwin",
                                      mount_table=MAC_MOUNTS, env={})
    assert place.kind == sharing.NETWORK and "SMBFS" in place.service
    local = sharing.classify_location("/Users/anna/samvirke.db", platform="darwin",
                                      mount_table=MAC_MOUNTS, env={})
    assert local.kind == sharing.LOCAL


def test_windows_unc_path_and_mapped_drive():
    unc = windows(r"\\filserver\felles\Bomiljø\samvirke.db")
    assert unc.kind == sharing.NETWORK and unc.service == r"\\filserver\felles"
    mapped = windows(r"S:\Bomiljø\samvirke.db", remote={"S:"})
    assert mapped.kind == sharing.NETWORK and mapped.service == "nettverksdisk S:"
    assert windows(r"C:\Users\anna\Documents\samvirke.db", remote={"S:"}).kind == sharing.LOCAL


@pytest.mark.parametrize("path, service", [
    (r"C:\Users\anna\OneDrive - Oslo kommune\Bomiljø\samvirke.db", "OneDrive"),
    (r"C:\Users\anna\OneDrive\samvirke.db", "OneDrive"),
    (r"C:\Users\anna\Dropbox\samvirke.db", "Dropbox"),
    (r"C:\Users\anna\Dropbox (Personal)\samvirke.db", "Dropbox"),
    (r"G:\My Drive\Team\samvirke.db", "Google Disk"),
    (r"G:\Min disk\samvirke.db", "Google Disk"),
    (r"C:\Users\anna\iCloudDrive\samvirke.db", "iCloud"),
])
def test_windows_cloud_sync_folders_by_name(path, service):
    place = windows(path)
    assert (place.kind, place.service) == (sharing.CLOUD_SYNC, service)
    assert place.needs_warning and service in place.notice


def test_windows_onedrive_folder_found_through_the_environment():
    env = {"OneDriveCommercial": r"C:\Users\anna\Oslo kommune"}
    assert windows(r"C:\Users\anna\Oslo kommune\Team\samvirke.db", env).kind == sharing.CLOUD_SYNC
    assert windows(r"C:\Users\anna\Oslo kommune-arkiv\samvirke.db", env).kind == sharing.LOCAL


@pytest.mark.parametrize("path", [
    "/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/samvirke.db",
    "/Users/anna/Library/CloudStorage/OneDrive-OsloKommune/samvirke.db",
    "/Users/anna/Library/CloudStorage/GoogleDrive-anna@oslo.kommune.no/Min disk/samvirke.db",
    "/home/anna/Dropbox/samvirke.db",
])
def test_mac_and_linux_sync_folders_by_name(path):
    place = sharing.classify_location(path, platform="darwin", mount_table=MAC_MOUNTS, env={})
    assert place.kind == sharing.CLOUD_SYNC


def test_notices_tell_the_rules_in_norwegian():
    network = linux("/mnt/felles/samvirke.db").notice
    assert "journalfil" in network and "samme versjon av Samvirke" in network
    assert "OneDrive, Dropbox" in network
    assert "PostgreSQL" in linux("/home/anna/samvirke.db").notice
    assert "ikke trygt" in windows(r"C:\Users\anna\OneDrive\s.db").notice


def test_this_machines_own_mount_table_can_be_read(tmp_path):
    assert sharing.location_of(tmp_path / "samvirke.db").kind in (sharing.LOCAL, sharing.NETWORK)


# --- open markers and the checks at start -------------------------------------------------

def _dead_pid() -> int:
    process = multiprocessing.get_context("spawn").Process(target=int)
    process.start()
    process.join()
    return process.pid


def _leave_marker(db_path, pid, host=None):
    marker = sharing.marker_path(db_path, host)
    marker.write_text(json.dumps({"host": host or socket.gethostname(), "pid": pid,
                                  "user": "anna", "at": "2026-06-05T14:30:00", "version": "0.1.0"}))
    return marker


def test_marker_lives_while_open_and_goes_on_clean_close(database, db_path):
    sharing.mark_open(db_path)
    assert sharing.marker_path(db_path).is_file()
    assert sharing.last_session_was_cut_off(db_path) is False  # it is us
    connection.close_database()
    assert not sharing.marker_path(db_path).exists()


def test_a_marker_left_by_a_process_that_is_gone_means_the_last_exit_was_unclean(database, db_path):
    record_changes.create(Site, name="Kvartal 5")
    connection.close_database()
    _leave_marker(db_path, _dead_pid())
    assert sharing.last_session_was_cut_off(db_path) is True
    report = sharing.startup_check(db_path)
    assert report.unclean_exit and report.check == "integrity_check"
    assert report.ok and not report.open_read_only and report.message == ""


def test_a_clean_start_runs_the_quick_check(database, db_path):
    connection.close_database()
    report = sharing.startup_check(db_path)
    assert (report.unclean_exit, report.check, report.ok) == (False, "quick_check", True)


def test_other_pcs_with_the_database_open_are_listed(database, db_path):
    _leave_marker(db_path, 4242, host="PC-KONTOR-2")
    assert [m.host for m in sharing.open_elsewhere(db_path)] == ["PC-KONTOR-2"]
    assert sharing.last_session_was_cut_off(db_path) is False


def _damage(db_path):
    """Overwrite the start of the pages after the last table's root, where the resident rows
    went (the schema stays readable, as it often does in real damage)."""
    import sqlite3

    con = sqlite3.connect(db_path)
    last_root = con.execute("SELECT max(rootpage) FROM sqlite_master").fetchone()[0]
    con.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for number in range(last_root + 1, len(data) // page - 1):
        data[number * page:number * page + 200] = b"\xff" * 200
    db_path.write_bytes(bytes(data))


def _filled(db_path):
    opened = connection.open_database(db_path)
    site = Site.create(name="Kvartal 5")
    from samvirke_desktop.db.models import Resident
    Resident.insert_many([{"first_name": f"Barn {i}", "notes": "x" * 200, "site": site.id}
                          for i in range(400)]).execute()
    copy = backup.take_backup(opened.database.connection(), db_path)
    connection.close_database()
    return copy


def test_a_damaged_file_is_opened_read_only_with_the_way_back(db_path):
    copy = _filled(db_path)
    _damage(db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    report = sharing.startup_check(db_path)
    assert not report.ok and report.open_read_only and report.problems
    assert "skadet" in report.message and "bare for lesing" in report.message
    assert "samvirke restore" in report.message and str(copy) in report.message
    assert report.backups[0].path == copy

    opened, report = sharing.open_team_database(db_path)
    assert opened.read_only and report.open_read_only
    with pytest.raises(DatabaseReadOnly) as info:
        record_changes.create(Site, name="Ny")
    assert "bare for lesing" in info.value.message
    connection.close_database()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not sharing.marker_path(db_path).exists()


def test_open_team_database_marks_the_session(db_path):
    opened, report = sharing.open_team_database(db_path)
    assert not opened.read_only and report.ok
    assert sharing.marker_path(db_path).is_file()
    connection.close_database()
    assert not sharing.marker_path(db_path).exists()


# --- opening read-only -------------------------------------------------------------------------

def test_read_only_opening_of_a_write_protected_file(db_path):
    connection.open_database(db_path)
    record_changes.create(Site, name="Kvartal 5")
    connection.close_database()
    os.chmod(db_path, 0o444)
    try:
        before = hashlib.sha256(db_path.read_bytes()).hexdigest()
        opened = connection.open_database(db_path, read_only=True)
        assert opened.read_only
        assert [s.name for s in Site.select()] == ["Kvartal 5"]
        with pytest.raises(DatabaseReadOnly):
            record_changes.create(Site, name="Ny")
        # Even a write around the write path is refused by SQLite itself.
        with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            Site.create(name="Forbi")
        connection.close_database()
        assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    finally:
        os.chmod(db_path, 0o644)


def test_read_only_opening_never_creates_or_upgrades(tmp_path):
    from samvirke_desktop.errors import DatabaseMissing

    with pytest.raises(DatabaseMissing):
        connection.open_database(tmp_path / "ny.db", read_only=True)
    assert not (tmp_path / "ny.db").exists()
