"""Robustness of a shared SQLite file, measured: many PCs writing at once, processes killed in
the middle of a save, two users saving the same record, a full disk and a read-only share.

    python bench/robustness.py            # the full run (a few minutes)
    python bench/robustness.py --quick    # small counts, under a minute
    python bench/robustness.py --record   # also write the figures to bench/ROBUSTNESS.md
    python bench/robustness.py --encrypted  # the same on encrypted files (SQLCipher)

Every write goes through the domain layer (record_changes.create, attendance.set_present,
record_changes.update), each process with its own connection, as separate PCs would. What counts as
an error reaching a user is an exception the program window would show: DatabaseBusy after all
retries, or anything unexpected. The disk-full and read-only-share checks mount a small tmpfs
when run as root (else the disk is filled with RLIMIT_FSIZE in a child process); losing write
access to the share is played by a child process running as an ordinary user.
"""
import argparse
import contextlib
import datetime
import multiprocessing
import os
import platform
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import (
    Activity,
    Attendance,
    ChangeLog,
    Enrolment,
    Resident,
    Session,
    Site,
)
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import (
    ConflictError,
    DatabaseBusy,
    DatabaseReadOnly,
    SamvirkeError,
)

CONTEXT = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                      else "spawn")
HERE = Path(__file__).resolve().parent
# --encrypted: the key of every database of the run (the processes are forked, so they share it).
KEY: bytes | None = None


def _open(path, **kwargs):
    return connection.open_database(path, key=KEY, **kwargs)


def _raw(path, timeout: float = 30):
    """A connection of its own, as the next Samvirke to open the file (sqlcipher3 when encrypted)."""
    return connection.connect_file(path, key=KEY, timeout=timeout)


def _fresh(folder: Path, children: int = 0) -> tuple[Path, int, list[int]]:
    """A new database with one activity, one session and ``children`` enrolled children."""
    path = folder / "samvirke.db"
    _open(path, create=True)
    activity = record_changes.create(Activity, name="Leksehjelp", kind="homework_help")
    session = record_changes.create(Session, activity=activity.id, date=datetime.date(2026, 9, 1))
    ids = []
    for i in range(children):
        child = record_changes.create(Resident, first_name=f"Barn {i}", birth_year=2015)
        record_changes.create(Enrolment, activity=activity.id, resident=child.id, role="child")
        ids.append(child.id)
    connection.close_database()
    return path, session.id, ids


def _integrity(path: Path) -> str:
    # A read-write connection, as the next Samvirke to open the file: it rolls back a journal
    # left by a save that was cut off, then checks every page.
    con = _raw(path)
    try:
        return ";".join(r[0] for r in con.execute("PRAGMA integrity_check"))
    except Exception as exc:  # noqa: BLE001 - SQLCipher raises on a page that fails its HMAC
        return str(exc)
    finally:
        con.close()


def _dump(path: Path) -> list:
    con = _raw(path)
    try:
        if KEY is None:
            return list(con.iterdump())
        # sqlcipher3 has no iterdump: every row of every table, in order.
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()) for t in tables]
    finally:
        con.close()


def _percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# --- 1. many PCs writing at once ----------------------------------------------------------

def _writer(path, pc, writes, own_children, shared_child, session_id, start, results):
    try:
        _open(path, create=False)
        actor.set_current(actor.Actor(username=f"pc{pc}"))
        created, latencies, busy, other = [], [], 0, []
        expected = {}  # own child -> (present, version) we expect to find at the end
        start.wait(timeout=120)
        for k in range(writes):
            began = time.perf_counter()
            try:
                if k % 2 == 0:
                    row = record_changes.create(Resident, first_name=f"PC{pc}-{k}", birth_year=2016)
                    created.append(row.id)
                elif k % 4 == 1:
                    child = own_children[(k // 4) % len(own_children)]
                    present, version = expected.get(child, (None, 0))
                    new = not present if present is not None else True
                    attendance.set_present(session_id, child, new)
                    expected[child] = (new, version + 1)
                else:
                    attendance.set_present(session_id, shared_child, k % 8 == 3)
            except DatabaseBusy:
                busy += 1
            except Exception:  # noqa: BLE001 - any other error would reach a user too
                other.append(traceback.format_exc(limit=3))
            latencies.append(time.perf_counter() - began)
        results.put({"pc": pc, "created": created, "latencies": latencies, "busy": busy,
                     "other": other, "expected": expected})
    except BaseException:  # noqa: BLE001
        results.put({"pc": pc, "fatal": traceback.format_exc()})
    finally:
        connection.close_database()


def concurrent_writers(folder: Path, processes: int, writes: int) -> dict:
    path, session_id, children = _fresh(folder, children=processes * 5 + 1)
    shared = children[-1]
    start = CONTEXT.Barrier(processes)
    results = CONTEXT.Queue()
    workers = [CONTEXT.Process(target=_writer, args=(
        str(path), pc, writes, children[pc * 5:pc * 5 + 5], shared, session_id, start, results))
        for pc in range(processes)]
    began = time.monotonic()
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=1800) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    elapsed = time.monotonic() - began
    fatal = [o["fatal"] for o in outcomes if "fatal" in o]
    if fatal:
        raise RuntimeError("a writer failed to start:\n" + "\n".join(fatal))

    _open(path, create=False)
    try:
        created = [i for o in outcomes for i in o["created"]]
        names = {r.id: r.first_name for r in Resident.select().where(Resident.first_name.startswith("PC"))}
        lost = [i for i in created if i not in names]
        duplicated = len(names) - len(set(names.values()))
        unreported = len(set(names) - set(created))
        logged = {r.record_id for r in ChangeLog.select().where(
            (ChangeLog.table_name == "resident") & (ChangeLog.action == "create"))}
        unlogged = len([i for i in created if i not in logged])
        wrong_attendance = 0
        for o in outcomes:
            for child, (present, version) in o["expected"].items():
                row = Attendance.get_or_none((Attendance.session == session_id)
                                             & (Attendance.resident == child))
                if row is None or row.present != present or row.version != version:
                    wrong_attendance += 1
        shared_row = Attendance.get((Attendance.session == session_id) & (Attendance.resident == shared))
        shared_logs = ChangeLog.select().where((ChangeLog.table_name == "attendance")
                                               & (ChangeLog.record_id == shared_row.id)).count()
    finally:
        connection.close_database()
    latencies = [x for o in outcomes for x in o["latencies"]]
    return {
        "processes": processes, "writes": processes * writes, "seconds": elapsed,
        "lost": len(lost), "duplicated": duplicated, "unreported": unreported,
        "unlogged": unlogged, "wrong_attendance": wrong_attendance,
        "shared_version_matches_log": shared_row.version == shared_logs,
        "busy": sum(o["busy"] for o in outcomes),
        "other_errors": sum(len(o["other"]) for o in outcomes),
        "first_error": next((e for o in outcomes for e in o["other"]), ""),
        "p50_ms": 1000 * _percentile(latencies, 50), "p99_ms": 1000 * _percentile(latencies, 99),
        "max_ms": 1000 * max(latencies), "integrity": _integrity(path),
        "over_1s": sum(x > 1 for x in latencies), "over_5s": sum(x > 5 for x in latencies),
    }


# --- 2. kill -9 in the middle of saving ------------------------------------------------------

def _kill_target(path, side_file, session_id, children, ready_fd):
    # Writes until killed; appends an id to the side file only after its commit returned.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _open(path, create=False)
    actor.set_current(actor.Actor(username="offer"))
    side = os.open(side_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.write(ready_fd, b"1")
    os.close(ready_fd)
    k = 0
    while True:
        k += 1
        if k % 3:
            row = record_changes.create(Resident, first_name=f"K{os.getpid()}-{k}", notes="x" * 300)
            os.write(side, f"resident {row.id}\n".encode())
        else:
            child = children[k % len(children)]
            row = attendance.set_present(session_id, child, k % 2 == 0)
            os.write(side, f"attendance {row.id} {row.version}\n".encode())


def kill_rounds(folder: Path, rounds: int) -> dict:
    path, session_id, children = _fresh(folder, children=6)
    side_file = folder / "committed.txt"
    failures, missing, hot_journals, writes_seen = [], 0, 0, 0
    began = time.monotonic()
    for n in range(rounds):
        side_file.unlink(missing_ok=True)
        read_fd, write_fd = os.pipe()
        pid = os.fork() if CONTEXT.get_start_method() == "fork" else None
        if pid == 0:  # the child
            os.close(read_fd)
            try:
                _kill_target(str(path), str(side_file), session_id, children, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        os.read(read_fd, 1)  # the child has its connection open
        os.close(read_fd)
        time.sleep(random.uniform(0.01, 0.25))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if Path(str(path) + "-journal").exists():
            hot_journals += 1
        result = _integrity(path)
        if result != "ok":
            failures.append(f"round {n}: {result}")
            break
        con = _raw(path)
        try:
            for line in side_file.read_text().splitlines() if side_file.exists() else []:
                writes_seen += 1
                kind, *values = line.split()
                if kind == "resident":
                    found = con.execute("SELECT count(*) FROM resident WHERE id = ?",
                                        (int(values[0]),)).fetchone()[0]
                    missing += found != 1
                else:
                    found = con.execute("SELECT version FROM attendance WHERE id = ?",
                                        (int(values[0]),)).fetchone()
                    missing += found is None or found[0] < int(values[1])
            # A resident and its change-log row are one transaction: never one without the other.
            orphans = con.execute(
                "SELECT count(*) FROM resident r WHERE r.first_name LIKE 'K%' AND NOT EXISTS "
                "(SELECT 1 FROM change_log c WHERE c.table_name = 'resident' AND c.record_id = r.id "
                "AND c.action = 'create')").fetchone()[0]
            if orphans:
                failures.append(f"round {n}: {orphans} residents without their change-log row")
        finally:
            con.close()
    _open(path, create=False)  # the program opens it fine afterwards
    total = Resident.select().count()
    connection.close_database()
    return {"rounds": rounds, "failures": failures, "missing": missing,
            "hot_journals": hot_journals, "committed_checked": writes_seen,
            "residents": total, "seconds": time.monotonic() - began}


# --- 3. two users saving the same record ---------------------------------------------------------

def _saver(path, who, rounds, site_id, barrier, results):
    _open(path, create=False)
    actor.set_current(actor.Actor(username=who))
    outcome = []
    try:
        for n in range(rounds):
            version = Site.get_by_id(site_id).version  # both open the form
            barrier.wait(timeout=60)
            try:
                record_changes.update(Site, site_id, version, name=f"{who} {n}")
                outcome.append("saved")
            except ConflictError:
                outcome.append("conflict")
            except DatabaseBusy:
                outcome.append("busy")
            barrier.wait(timeout=60)  # both done before the next round reads
    finally:
        results.put((who, outcome))
        connection.close_database()


def conflict_rounds(folder: Path, rounds: int) -> dict:
    path, _, _ = _fresh(folder)
    _open(path, create=False)
    site = record_changes.create(Site, name="Kvartal 5")
    connection.close_database()
    barrier = CONTEXT.Barrier(2)
    results = CONTEXT.Queue()
    workers = [CONTEXT.Process(target=_saver, args=(str(path), who, rounds, site.id, barrier, results))
               for who in ("anna", "bjørn")]
    began = time.monotonic()
    for w in workers:
        w.start()
    outcomes = dict(results.get(timeout=600) for _ in workers)
    for w in workers:
        w.join(timeout=60)
    pairs = list(zip(outcomes["anna"], outcomes["bjørn"]))
    _open(path, create=False)
    final = Site.get_by_id(site.id)
    updates = ChangeLog.select().where((ChangeLog.table_name == "site")
                                       & (ChangeLog.action == "update")).count()
    connection.close_database()
    return {"rounds": rounds,
            "one_saved_one_conflict": sum(sorted(p) == ["conflict", "saved"] for p in pairs),
            "both_saved": sum(p == ("saved", "saved") for p in pairs),
            "busy": sum(p.count("busy") for p in pairs),
            "version_matches": final.version == 1 + updates == 1 + sum(p.count("saved") for p in pairs),
            "seconds": time.monotonic() - began}


# --- 4. a full disk and a read-only share -------------------------------------------------------

@contextlib.contextmanager
def small_filesystem(size_kb: int):
    """A tmpfs of ``size_kb`` (root only); yields its folder, or None where it cannot be made."""
    folder = Path(tempfile.mkdtemp(prefix="samvirke-fs-"))
    mounted = False
    if os.geteuid() == 0 and shutil.which("mount"):
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                                  str(folder)], capture_output=True, check=False).returncode == 0
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _fill_until_full() -> tuple[int, str]:
    """Save residents with long notes until the disk is full; returns (saved, message)."""
    saved = 0
    try:
        while True:
            record_changes.create(Resident, first_name=f"Fyll {saved}", notes="x" * 20_000)
            saved += 1
            if saved > 10_000:
                return saved, "disk never filled"
    except DatabaseReadOnly as exc:
        return saved, exc.message
    except SamvirkeError as exc:
        return saved, f"{type(exc).__name__}: {exc.message}"


def disk_full(folder_or_none, scratch: Path) -> dict:
    if folder_or_none is not None:
        method = "tmpfs 2 MB"
        return _disk_full_in(folder_or_none, method)
    # No mount: the same in a child process whose file size limit is the "disk".
    results = CONTEXT.Queue()
    child = CONTEXT.Process(target=_disk_full_limited, args=(str(scratch), results))
    child.start()
    outcome = results.get(timeout=300)
    child.join(timeout=60)
    return outcome


def _disk_full_limited(folder, results):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    path, _, _ = _fresh(Path(folder))
    limit = path.stat().st_size + 600_000
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    results.put(_disk_full_in(Path(folder), "RLIMIT_FSIZE", existing=path))


def _disk_full_in(folder: Path, method: str, existing: Path | None = None) -> dict:
    path = existing or _fresh(folder)[0]
    _open(path, create=False)
    try:
        for i in range(20):
            record_changes.create(Resident, first_name=f"Før {i}")
        saved, message = _fill_until_full()
        before = _dump(path)
        # A few more tries while still full: each refused plainly, nothing half-written.
        repeated = []
        for _ in range(3):
            try:
                record_changes.create(Resident, first_name="Enda en", notes="x" * 20_000)
                repeated.append("saved")
            except SamvirkeError as exc:
                repeated.append(exc.message == message)
        after = _dump(path)
        intact = Resident.select().where(Resident.first_name.startswith("Før")).count() == 20
    finally:
        connection.close_database()
    return {"method": method, "saved_before_full": saved, "message": message,
            "same_message_every_time": all(r is True for r in repeated),
            "unchanged": before == after, "prior_rows_intact": intact,
            "integrity": _integrity(path)}


def _revoked_writer(folder, results):
    # Runs as an ordinary user (root ignores file permissions): saves, then loses write access
    # to the shared folder while the database is open, as when an administrator changes the
    # share's permissions, then gets it back.
    import sqlite3.dump  # noqa: F401 - imported now: the Python files may not be readable later
    out = {}
    try:
        if os.geteuid() == 0:
            import pwd
            nobody = pwd.getpwnam("nobody")
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
        path, _, _ = _fresh(Path(folder))
        _open(path, create=False)
        try:
            record_changes.create(Site, name="Kvartal 5")
            before = _dump(path)
            os.chmod(path, 0o444)
            os.chmod(folder, 0o555)
            try:
                record_changes.create(Site, name="Ny")
                out["share_turned_read_only"] = "SAVED (wrong)"
            except SamvirkeError as exc:
                out["share_turned_read_only"] = f"{type(exc).__name__}: {exc.message}"
            finally:
                os.chmod(folder, 0o755)
                os.chmod(path, 0o644)
            out["share_unchanged_while_read_only"] = _dump(path) == before
            record_changes.create(Site, name="Etterpå")  # writable again: saving works at once
            out["share_writable_again"] = Site.select().count() == 2
        finally:
            connection.close_database()
        out["share_integrity"] = _integrity(path)
    except BaseException:  # noqa: BLE001
        out["share_turned_read_only"] = "FAILED: " + traceback.format_exc(limit=4)
        out["share_integrity"] = "?"
    results.put(out)


def read_only(scratch: Path) -> dict:
    out = {}
    # a) A file opened read-only (a damaged file, or one we may only read).
    path, _, _ = _fresh(scratch)
    _open(path, create=False)
    record_changes.create(Site, name="Kvartal 5")
    connection.close_database()
    before = path.read_bytes()
    _open(path, read_only=True)
    try:
        record_changes.create(Site, name="Ny")
        out["read_only_open"] = "SAVED (wrong)"
    except DatabaseReadOnly as exc:
        out["read_only_open"] = exc.message
    finally:
        connection.close_database()
    out["read_only_unchanged"] = path.read_bytes() == before

    # b) Write access to the folder and file taken away while the program has it open.
    share = scratch / "delt"
    share.mkdir()
    if os.geteuid() == 0:
        import pwd
        nobody = pwd.getpwnam("nobody")
        os.chown(share, nobody.pw_uid, nobody.pw_gid)
        os.chmod(scratch, 0o755)
        os.chmod(scratch.parent, 0o755)
    results = CONTEXT.Queue()
    child = CONTEXT.Process(target=_revoked_writer, args=(str(share), results))
    child.start()
    out.update(results.get(timeout=120))
    child.join(timeout=30)
    return out


# --- the report ------------------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    sqlite = f"SQLite {sqlite3.sqlite_version}"
    if KEY is not None:
        from samvirke_desktop.db import cipher

        con = cipher.driver().connect(":memory:")
        version = con.execute("PRAGMA cipher_version").fetchone()[0]
        con.close()
        sqlite = f"SQLCipher {version} (SQLite {cipher.driver().sqlite_version})"
    return (f"{platform.node()}: {platform.system()} {platform.release()}, {cpu}, "
            f"{os.cpu_count()} CPU, Python {platform.python_version()}, {sqlite}")


def filesystem_of(path: Path) -> str:
    try:
        out = subprocess.run(["df", "-T", str(path)], capture_output=True, text=True,
                             check=False).stdout
        return out.splitlines()[1].split()[1]
    except (OSError, IndexError):
        return "?"


def rows_for(w, k, c, d, r) -> list[tuple[str, str, str]]:
    ok = lambda good: "ok" if good else "FEIL"
    rows = [
        (f"{w['processes']} prosesser × {w['writes'] // w['processes']} skrivinger",
         (f"{w['writes']} skrivinger på {w['seconds']:.1f} s; tapt {w['lost']}, doble "
          f"{w['duplicated']}, uten endringslogg {w['unlogged']}, feil oppmøte "
          f"{w['wrong_attendance']}; DatabaseBusy til bruker {w['busy']}, andre feil "
          f"{w['other_errors']}; tid per skriving p50 {w['p50_ms']:.0f} ms, p99 {w['p99_ms']:.0f} ms, "
          f"maks {w['max_ms'] / 1000:.1f} s; over 1 s: {w['over_1s']}, over 5 s: {w['over_5s']}"),
         ok(w["lost"] == w["duplicated"] == w["unlogged"] == w["wrong_attendance"] == w["busy"]
            == w["other_errors"] == 0 and w["integrity"] == "ok" and w["shared_version_matches_log"])),
        (f"kill -9 midt i skriving, {k['rounds']} runder",
         (f"integritet feilet {len(k['failures'])}; bekreftede skrivinger som mangler "
          f"{k['missing']} (av {k['committed_checked']} kontrollert); drept midt i en transaksjon "
          f"(journal igjen) {k['hot_journals']}; {k['seconds']:.0f} s"),
         ok(not k["failures"] and k["missing"] == 0)),
        (f"to brukere lagrer samme oppføring, {c['rounds']} runder",
         (f"én lagret og én fikk konflikt: {c['one_saved_one_conflict']}; begge lagret (tapt "
          f"endring) {c['both_saved']}; opptatt {c['busy']}; versjon = antall lagringer: "
          f"{'ja' if c['version_matches'] else 'NEI'}"),
         ok(c["one_saved_one_conflict"] == c["rounds"] and c["both_saved"] == 0)),
        (f"full disk ({d['method']})",
         (f"{d['saved_before_full']} lagret før disken var full; melding: «{d['message']}»; "
          f"databasen uendret: {'ja' if d['unchanged'] else 'NEI'}; tidligere rader hele: "
          f"{'ja' if d['prior_rows_intact'] else 'NEI'}; integritet {d['integrity']}"),
         ok(d["unchanged"] and d["prior_rows_intact"] and d["integrity"] == "ok"
            and d["same_message_every_time"]
            and ("Disken er full" in d["message"] or "fikk ikke skrevet" in d["message"]))),
        ("skrivebeskyttet",
         f"åpnet bare for lesing: «{r['read_only_open']}» (filen uendret: "
         f"{'ja' if r['read_only_unchanged'] else 'NEI'}); skrivetilgangen til mappen ble tatt bort: "
         f"«{r['share_turned_read_only']}»"
         + (f" (uendret: {'ja' if r.get('share_unchanged_while_read_only') else 'NEI'}, integritet "
            f"{r.get('share_integrity')}, lagrer igjen når mappen er skrivbar: "
            f"{'ja' if r.get('share_writable_again') else 'NEI'})" if "share_integrity" in r else ""),
         ok(r["read_only_unchanged"] and "bare for lesing" in r["read_only_open"]
            and r.get("share_integrity", "ok") == "ok"
            and r.get("share_unchanged_while_read_only", True)
            and r.get("share_writable_again", True))),
    ]
    return rows


def markdown(rows, args, scratch: Path, seconds: float) -> str:
    lines = [
        "# Robustness of a shared SQLite file" + (", encrypted" if args.encrypted else ""),
        "",
        "Measured by `python bench/robustness.py" + (" --quick" if args.quick else "")
        + (" --encrypted" if args.encrypted else "") + "`. "
        "Every write goes through the domain layer, each process with its own connection. "
        "An error reaching a user is a `DatabaseBusy` after all retries or any unexpected "
        "exception.",
        "",
        f"- Date: {datetime.datetime.now():%d.%m.%Y %H:%M}",
        f"- Machine: {machine()}",
        (f"- Database folder: {scratch} ({filesystem_of(scratch)}), journal_mode=delete, "
         "synchronous=full"),
        f"- Total time: {seconds:.0f} s",
        "",
        "| Scenario | Result | |",
        "|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines += [
        "",
        "Notes:",
        "- The writers save without pause, far more than a team does; the time per save shows",
        "  how they take turns. SQLite's own busy handler sleeps up to 100 ms between tries, and",
        "  a PC could lose the race for many seconds (before the write path polled at BEGIN in",
        "  short random steps, the same run had a longest save of 11 s, 5 saves over 5 s).",
        "- \"Drept midt i en transaksjon\": the kill left a journal beside the file; the next",
        "  opener rolled it back. A save the killed process had reported as done was never missing.",
        "- Full disk: SQLite rolls the save back itself; the user is told the disk is full, and",
        "  the file is logically identical (iterdump) before and after the refused saves.",
    ]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small counts (under a minute)")
    parser.add_argument("--record", action="store_true", help="write bench/ROBUSTNESS.md")
    parser.add_argument("--dir", type=Path, help="where the test databases go (default: a temp dir)")
    parser.add_argument("--encrypted", action="store_true",
                        help="run on encrypted files (SQLCipher); --record then writes "
                             "bench/ROBUSTNESS-encrypted.md")
    args = parser.parse_args(argv)
    global KEY
    KEY = os.urandom(32) if args.encrypted else None
    processes, writes, kills, rounds = (4, 100, 20, 40) if args.quick else (8, 500, 100, 200)
    scratch = Path(tempfile.mkdtemp(prefix="samvirke-robust-", dir=args.dir))
    began = time.monotonic()
    try:
        def part(name):
            folder = scratch / name
            folder.mkdir()
            return folder

        print(f"{processes} prosesser × {writes} skrivinger …", flush=True)
        w = concurrent_writers(part("writers"), processes, writes)
        print(f"kill -9 × {kills} …", flush=True)
        k = kill_rounds(part("kill"), kills)
        print(f"konflikt × {rounds} …", flush=True)
        c = conflict_rounds(part("conflict"), rounds)
        print("full disk og skrivebeskyttet …", flush=True)
        with small_filesystem(2048) as small:
            d = disk_full(small, part("disk"))
        r = read_only(part("readonly"))
        rows = rows_for(w, k, c, d, r)
        seconds = time.monotonic() - began
        text = markdown(rows, args, scratch, seconds)
        print()
        print(text)
        if w["first_error"]:
            print("Første uventede feil:\n" + w["first_error"])
        if k["failures"]:
            print("\n".join(k["failures"]))
        if args.record:
            record = HERE / ("ROBUSTNESS-encrypted.md" if args.encrypted else "ROBUSTNESS.md")
            record.write_text(text, encoding="utf-8")
            print(f"Skrevet til {record}")
        return 0 if all(row[2] == "ok" for row in rows) else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
