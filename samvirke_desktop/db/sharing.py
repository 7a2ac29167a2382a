"""Sharing one database file safely: where it lives, how the last session ended, and the checks
at start.

``classify_location`` tells a local folder from a network share or a cloud-sync folder (a pure
function of the path and the mount table, so it can be tested with made-up mount tables) and
gives the one-time notice in Norwegian. ``startup_check`` runs ``quick_check`` at every start
(the program window leaves it to ``run_pending_check`` just after it is shown), and the slower
``integrity_check`` when this PC's last session did not end cleanly; a damaged file is then
opened read-only, with the way back (restore a backup) in the message.

A command that reports, exports or imports opens the file through ``open_checked``: the same
check, once per process, and a damaged file is refused with the same way back, since figures
read from it could be short without a word.

A session is marked by a small file beside the database, named with the PC's name, made when
Samvirke opens the database and removed when it closes it cleanly; a marker still there at the
next start (and its process gone) means the last session was cut off.

An encrypted file is checked the same way, through its key (``key=``; without it the check
refuses with ``cipher.DatabaseLocked``, since the pages cannot be read).
"""
import atexit
import datetime
import getpass
import json
import logging
import os
import re
import socket
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from samvirke_desktop import __version__

log = logging.getLogger(__name__)

LOCAL, NETWORK, CLOUD_SYNC = "local", "network", "cloud_sync"

# File systems that live on another machine.
NETWORK_FS = {
    "cifs", "smb3", "smbfs", "smb", "nfs", "nfs4", "afpfs", "webdav", "davfs", "fuse.davfs",
    "fuse.sshfs", "sshfs", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs",
    "fuse.gvfsd-fuse", "fuse.smbnetfs",
}
CLOUD_FS = {"fuse.rclone": "rclone", "fuse.onedriver": "OneDrive", "fuse.google-drive-ocamlfuse":
            "Google Disk"}

# Folder names that cloud-sync clients create, lower-cased; the value is what the user knows.
_CLOUD_NAMES = (
    (re.compile(r"^onedrive(\s*-\s*.*|-.*)?$"), "OneDrive"),
    (re.compile(r"^dropbox(\s*\(.*\)|-.*)?$"), "Dropbox"),
    (re.compile(r"^(google ?drive(-.*)?|my drive|min disk|shared drives|delte disker)$"),
     "Google Disk"),
    (re.compile(r"^(icloud ?drive.*|mobile documents|com~apple~clouddocs)$"), "iCloud"),
)
_WINDOWS_CLOUD_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class Location:
    kind: str           # LOCAL, NETWORK or CLOUD_SYNC
    service: str = ""   # "OneDrive", "SMB (//server/share)", "nettverksdisk S:" ...
    path: str = ""

    @property
    def is_safe_to_share(self) -> bool:
        return self.kind == NETWORK

    @property
    def needs_warning(self) -> bool:
        return self.kind == CLOUD_SYNC

    @property
    def notice(self) -> str:
        """What to tell the user once about keeping this database here."""
        if self.kind == CLOUD_SYNC:
            return (f"Databasen ligger i en mappe som synkroniseres av {self.service}. Det er ikke "
                    "trygt: synkroniseringen kopierer filen mens kolleger skriver i den, og da kan "
                    "endringer bli borte eller databasen bli skadet. Flytt databasen til en vanlig "
                    "delt nettverksmappe (for eksempel en fellesdisk på kommunens nett), eller bruk "
                    "en PostgreSQL-tjener. Skal du ha med deg data, ta en sikkerhetskopi i stedet.")
        if self.kind == NETWORK:
            return (f"Databasen ligger på en delt nettverksmappe ({self.service}). Det går fint at "
                    "flere bruker den samtidig når dere holder tre regler:\n"
                    "• Mens Samvirke lagrer, ligger en journalfil ved siden av databasen (slutter på "
                    "«-journal»). Ikke slett eller flytt den; den gjør at en avbrutt lagring rulles "
                    "tilbake.\n"
                    "• Mappen må ikke synkroniseres av OneDrive, Dropbox, Google Disk eller iCloud.\n"
                    "• Alle på teamet må bruke samme versjon av Samvirke. Oppdater alle samtidig.")
        return ("Databasen ligger på denne PC-en. Skal flere på teamet bruke den samtidig, flytt "
                "den til en delt nettverksmappe (ikke en OneDrive-, Dropbox- eller Google "
                "Disk-mappe), eller bruk en PostgreSQL-tjener.")


# --- where the file lives ----------------------------------------------------

def _pure(path: str | os.PathLike, platform: str) -> PurePath:
    return PureWindowsPath(path) if platform.startswith("win") else PurePosixPath(path)


def _cloud_by_name(parts) -> str | None:
    for part in parts:
        name = part.lower().strip()
        for pattern, service in _CLOUD_NAMES:
            if pattern.match(name):
                return service
    return None


def _unescape_mount(text: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def parse_mount_table(text: str) -> list[tuple[str, str, str]]:
    """(source, mount point, file system type) from /proc/mounts or macOS ``mount`` output."""
    mounts = []
    for line in text.splitlines():
        mac = re.match(r"^(.+?) on (.+) \(([^,)]+)", line)
        if mac:
            mounts.append((mac.group(1), mac.group(2), mac.group(3).strip()))
            continue
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]))
    return mounts


def _mount_of(path: PurePosixPath, mounts) -> tuple[str, str, str] | None:
    best = None
    for source, point, fstype in mounts:
        mount_point = PurePosixPath(point)
        inside = path == mount_point or mount_point in path.parents
        if inside and (best is None or len(mount_point.parts) > len(PurePosixPath(best[1]).parts)):
            best = (source, point, fstype)
    return best


def classify_location(path: str | os.PathLike, *, platform: str | None = None,
                      mount_table: str = "", env: Mapping[str, str] | None = None,
                      drive_type: Callable[[str], int] | None = None) -> Location:
    """Where the database file ``path`` lives: a local disk, a network share or a sync folder.

    ``mount_table``: /proc/mounts (Linux) or ``mount`` output (macOS). ``env``: environment
    (Windows: the OneDrive variables). ``drive_type``: GetDriveTypeW for a drive root (Windows).
    """
    platform = platform or sys.platform
    env = os.environ if env is None else env
    pure = _pure(path, platform)
    shown = str(pure)

    service = _cloud_by_name(pure.parts)
    if service is None and platform.startswith("win"):
        for name in _WINDOWS_CLOUD_ENV:
            root = str(PureWindowsPath(env.get(name) or "")).lower().rstrip("\\")
            if root not in ("", ".") and str(pure).lower().startswith(root + "\\"):
                service = "OneDrive"
                break
    if service:
        return Location(CLOUD_SYNC, service, shown)

    if platform.startswith("win"):
        drive = pure.drive
        if drive.startswith("\\\\"):
            return Location(NETWORK, drive, shown)
        if drive and drive_type is not None and drive_type(drive + "\\") == DRIVE_REMOTE:
            return Location(NETWORK, f"nettverksdisk {drive}", shown)
        return Location(LOCAL, "", shown)

    mount = _mount_of(PurePosixPath(pure), parse_mount_table(mount_table))
    if mount is not None:
        source, _, fstype = mount
        fstype = fstype.lower()
        if fstype in CLOUD_FS:
            return Location(CLOUD_SYNC, CLOUD_FS[fstype], shown)
        if fstype in NETWORK_FS or fstype.startswith(("nfs", "smb")):
            return Location(NETWORK, f"{fstype.upper()} {source}", shown)
    if "/gvfs/smb-share:" in shown or "/gvfs/nfs:" in shown:
        return Location(NETWORK, "SMB", shown)
    return Location(LOCAL, "", shown)


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


def read_mount_table() -> str:
    """The mount table of this machine as text ('' where there is none to read)."""
    if sys.platform.startswith("linux"):
        try:
            return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    if sys.platform == "darwin":
        import subprocess  # here only: start-up elsewhere does without it

        try:
            return subprocess.run(["mount"], capture_output=True, text=True, timeout=5,
                                  check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return ""
    return ""


def location_of(path: str | os.PathLike) -> Location:
    """``classify_location`` for a real path on this machine."""
    resolved = Path(path).expanduser().absolute()
    try:
        resolved = resolved.resolve()
    except OSError:
        pass
    return classify_location(
        resolved, mount_table=read_mount_table(),
        drive_type=_windows_drive_type if sys.platform.startswith("win") else None)


# --- open markers -------------------------------------------------------------

_marked: set[Path] = set()
_atexit_registered = False


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname() or "pc")


def marker_path(db_path: Path, host: str | None = None) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.name}.open-{host or _host()}")


@dataclass(frozen=True)
class OpenMarker:
    host: str
    pid: int
    user: str
    at: datetime.datetime | None
    version: str


def _read_marker(path: Path) -> OpenMarker | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        at = datetime.datetime.fromisoformat(data["at"]) if data.get("at") else None
        return OpenMarker(host=str(data.get("host", "")), pid=int(data.get("pid", 0)),
                          user=str(data.get("user", "")), at=at, version=str(data.get("version", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def mark_open(db_path: Path) -> None:
    """Note that this PC has the database open; removed again by ``mark_closed``."""
    global _atexit_registered
    db_path = Path(db_path).absolute()
    data = {"host": socket.gethostname(), "pid": os.getpid(), "user": getpass.getuser(),
            "at": datetime.datetime.now().replace(microsecond=0).isoformat(),
            "version": __version__}
    try:
        marker_path(db_path).write_text(json.dumps(data), encoding="utf-8")
    except OSError as exc:  # a read-only folder: the check after a crash is skipped, no more
        log.warning("Could not write open marker beside %s: %s", db_path, exc)
        return
    _marked.add(db_path)
    from samvirke_desktop.db import connection

    connection.call_on_close(clear_open_markers)
    if not _atexit_registered:
        atexit.register(clear_open_markers)
        _atexit_registered = True


def mark_closed(db_path: Path) -> None:
    db_path = Path(db_path).absolute()
    marker = marker_path(db_path)
    found = _read_marker(marker)
    if found is not None and found.pid == os.getpid():
        marker.unlink(missing_ok=True)
    _marked.discard(db_path)


def clear_open_markers() -> None:
    """Remove every marker this process made (clean close or normal exit)."""
    for path in list(_marked):
        mark_closed(path)


def last_session_was_cut_off(db_path: Path) -> bool:
    """True when this PC's marker is still there and the process that made it is gone."""
    marker = _read_marker(marker_path(Path(db_path)))
    if marker is None:
        return False
    if marker.pid == os.getpid():
        return False
    return not _pid_alive(marker.pid)


def open_elsewhere(db_path: Path) -> list[OpenMarker]:
    """Other PCs that have the database open now (or whose session was cut off)."""
    db_path = Path(db_path)
    mine = marker_path(db_path).name
    found = []
    for path in db_path.parent.glob(f"{db_path.name}.open-*"):
        if path.name == mine:
            continue
        marker = _read_marker(path)
        if marker is not None:
            found.append(marker)
    return sorted(found, key=lambda m: m.host)


# --- the checks at start -------------------------------------------------------

@dataclass
class StartupReport:
    path: Path
    location: Location
    unclean_exit: bool = False
    check: str = ""                 # "quick_check", "integrity_check", or "" for a new file
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    open_read_only: bool = False    # damaged: open it read-only and offer a restore
    message: str = ""               # what to tell the user ('' when all is well)
    way_back: str = ""              # damaged: which backup to restore, and how
    backups: list = field(default_factory=list)  # backup.BackupFile, newest first
    seconds: float = 0.0
    pending: bool = False           # the quick_check is left for ``run_pending_check``
    key: bytes | None = field(default=None, repr=False)  # an encrypted file's, for the check


def _run_check(path: Path, pragma: str, key: bytes | None = None) -> list[str]:
    # A read-write connection, so a journal left by a cut-off save is rolled back first, as
    # any opener would; only reads follow. A file we may not write is checked read-only.
    from samvirke_desktop.db import cipher, connection

    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    try:
        con = connection.connect_file(path, key=key, mode="rw" if writable else "ro")
    except cipher.errors() as exc:
        return [str(exc)]
    except cipher.WrongKey as exc:  # the start of the file is damaged (or another key file)
        return [exc.details or exc.message]
    try:
        return [row[0] for row in con.execute(f"PRAGMA {pragma}")]
    except cipher.errors("DatabaseError") as exc:
        return [str(exc)]
    finally:
        con.close()


def _rows(path: Path, pragma: str, key: bytes | None) -> list[str]:
    # A plain file is checked as it always was (tests stand in for _run_check with two arguments).
    return _run_check(path, pragma) if key is None else _run_check(path, pragma, key)


def startup_check(db_path: str | os.PathLike, *, location: Location | None = None,
                  quick_check_later: bool = False, key: bytes | None = None) -> StartupReport:
    """Check the database file before opening it; see the module docstring.

    ``quick_check_later``: after a clean exit, leave the quick_check (reading the whole file:
    half a second for a large local file, many seconds on a shared folder) to
    ``run_pending_check`` once the window is shown. After a cut-off session the integrity
    check still runs first.
    ``key``: the key of an encrypted file; without it such a file raises
    ``cipher.DatabaseLocked`` rather than being called damaged.
    """
    from samvirke_desktop.db import cipher

    path = Path(db_path).expanduser().absolute()
    began = time.monotonic()
    report = StartupReport(path=path, location=location or location_of(path), key=key)
    if not path.is_file() or path.stat().st_size == 0:
        return report
    if key is None and cipher.is_encrypted(path):
        raise cipher.DatabaseLocked(cipher.locked_message(path))
    report.unclean_exit = last_session_was_cut_off(path)
    report.check = "integrity_check" if report.unclean_exit else "quick_check"
    if quick_check_later and not report.unclean_exit:
        report.pending = True
        return report
    return _judge(report, _rows(path, report.check, key), began)


def run_pending_check(report: StartupReport) -> StartupReport:
    """Run the check ``startup_check`` left for later; a new report, judged as at start.
    Opens a connection of its own, so it may run in a background thread."""
    began = time.monotonic()
    done = replace(report, pending=False, problems=[], backups=[])
    return _judge(done, _rows(done.path, done.check, done.key), began)


def _judge(report: StartupReport, rows: list[str], began: float) -> StartupReport:
    from samvirke_desktop.db import backup, schema

    path = report.path
    report.ok = rows == ["ok"]
    report.seconds = time.monotonic() - began
    if report.ok:
        if report.unclean_exit:
            log.info("Last session on this PC was cut off; integrity_check found %s ok", path)
        return report
    report.problems = rows[:20]
    report.open_read_only = True
    report.backups = backup.list_backups(schema.backup_folder_for(path), path)
    if report.backups:
        newest = report.backups[0].taken_at
        way_back = (f"Gjenopprett den nyeste sikkerhetskopien (fra {newest:%d.%m.%Y} kl. "
                    f"{newest:%H.%M}) med Fil → Gjenopprett, eller på kommandolinjen: "
                    f"samvirke restore «{report.backups[0].path}» --database «{path}».")
    else:
        way_back = ("Det finnes ingen sikkerhetskopi i mappen ved siden av databasen; finn en "
                    "kopi (for eksempel fra IT-avdelingens sikkerhetskopi av fellesdisken) og "
                    "gjenopprett den med Fil → Gjenopprett.")
    report.way_back = way_back
    report.message = (f"Databasen «{path.name}» er skadet, så Samvirke åpner den bare for lesing: "
                      "du kan se og skrive ut, men ikke lagre. " + way_back +
                      " Be kollegene lukke Samvirke først.")
    return report


def open_team_database(target: str | os.PathLike | None = None, *, create: bool | None = None,
                       quick_check_later: bool = False, key: bytes | None = None):
    """Open the database the way the program window should: check first, open read-only when
    damaged, mark the session. Returns (OpenedDatabase, StartupReport or None for a server).
    ``quick_check_later``: see ``startup_check``; the report then says ``pending``.
    ``key``: the key of an encrypted file (``encryption.unlock``)."""
    from samvirke_desktop.db import connection

    resolved, _ = connection.resolve_target(target)
    if connection.is_url(resolved):
        return connection.open_database(resolved, create=create), None
    report = startup_check(resolved, quick_check_later=quick_check_later, key=key)
    opened = connection.open_database(target, create=create, read_only=report.open_read_only,
                                      **_keyed(key))
    if not opened.read_only:
        mark_open(Path(opened.location))
    return opened, report


# --- a command that reads the file to report, export or import ------------------

# The files this process has found sound: each is checked once per process. A damaged one is
# checked again next time, since it may have been restored from a backup meanwhile.
_sound: set[Path] = set()


def check_before_use(db_path: str | os.PathLike, *, key: bytes | None = None) -> None:
    """Refuse a damaged file before a command reads figures from it or writes to it.

    A damaged file reads short without a word (a page of residents that cannot be read is
    simply not there), so an export, report or import from it could go out with rows missing.
    Runs the start-up check (``quick_check``, or ``integrity_check`` after a cut-off session),
    which writes nothing, and raises ``DatabaseDamaged`` with the way back (restore a backup)
    in the window's words. A file that is not a Samvirke database is refused first, so it is
    called that and not damaged; a missing file is left to ``open_database`` to explain.
    ``key``: the key of an encrypted file (without it: ``cipher.DatabaseLocked``).
    """
    from samvirke_desktop.db import connection
    from samvirke_desktop.errors import DatabaseDamaged

    path = Path(db_path).expanduser().absolute()
    if not path.is_file():
        return
    connection.check_sqlite_file(path, create=False, read_only=True, key=key)
    if path in _sound:
        return
    # Where the file lives matters only to the window's notices; not looked up here.
    report = startup_check(path, location=Location(LOCAL, "", str(path)), key=key)
    if report.ok:
        _sound.add(path)
    else:
        log.info("%s on %s found damage: %s", report.check, path, report.problems[:3])
        raise DatabaseDamaged(
            f"Databasen «{path.name}» er skadet, så Samvirke lager ingen rapport eller eksport "
            "fra den og tar ikke inn noe i den: tall fra en skadet fil kan mangle rader uten at "
            "noe sier fra. " + report.way_back + " Be kollegene lukke Samvirke først.",
            details="; ".join(report.problems))


def open_checked(target: str | os.PathLike | None = None, *, key: bytes | None = None):
    """Open the database for a command that reports, exports or imports: a damaged file is
    refused (``check_before_use``), nothing is created or made into a Samvirke database, and
    a PostgreSQL server is opened as it is (its operator looks after its pages). ``key``: the
    key of an encrypted file."""
    from samvirke_desktop.db import connection

    resolved, _ = connection.resolve_target(target)
    if not connection.is_url(resolved):
        check_before_use(resolved, **_keyed(key))
    return connection.open_database(target, create=False, **_keyed(key))


def _keyed(key: bytes | None) -> dict:
    # The key is passed only where there is one, so a plain file is opened as it always was.
    return {} if key is None else {"key": key}
