"""How fast Samvirke is where users wait, measured against the floor of its own stack.

    python bench/run.py [--size small|large] [--repeat N] [--results bench/RESULTS.md]
                        [--encrypted]

Each metric is the median of several repetitions, next to a baseline measured in the same
run (the same work done as bare as our stack allows), so the ratio holds on a noisy
machine. GUI timings run in this process on Qt's offscreen platform; start-up and memory
run as whole processes. The database is made by bench/generate.py (same seed, same data)
the first time and reused after that.

With --encrypted the same metrics run once more on an encrypted copy of the database (see
bench/encrypted.py), and a second table gives each metric plain and encrypted and the ratio,
against the goal of at most 1.3 ×. --login FILE (user name and password on two lines) runs the
metrics on a database with accounts, encrypted or not, logged in as that user.
"""
import argparse
import dataclasses
import datetime
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SAMVIRKE_NO_DIALOGS", "1")

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from encrypted import raw_connect, read_login
from results import BenchError, Result, median_time, table

BIG_ACTIVITY = "Leksehjelp Stor"
CHECKIN_ACTIVITY = "Leksehjelp Sjekk inn"
BENCH_APPLICATION = "Benchmark-søknad 2025"
YEAR_FROM, YEAR_TO = datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)


# --- the database -----------------------------------------------------------------

def database_for(size: str, given: Path | None) -> Path:
    if given:
        if not given.is_file():
            raise BenchError(f"Finner ikke databasen {given}.")
        return given
    path = BENCH / f"{size}.db"
    if not path.exists():
        print(f"Lager {path} (bench/generate.py --size {size}) …", flush=True)
        subprocess.run([sys.executable, str(BENCH / "generate.py"), "--size", size,
                        "--out", str(path)], check=True)
    return path


def open_models(path: Path, key: bytes | None = None):
    from samvirke_desktop.db.connection import open_database

    return open_database(path) if key is None else open_database(path, key=key)


def lookup(path: Path, key: bytes | None = None) -> dict:
    with closing(raw_connect(path, key)) as con:
        def one(sql, *args):
            row = con.execute(sql, args).fetchone()
            if row is None:
                raise BenchError(f"{path} mangler benchmarkdata ({sql} {args}); lag den på nytt "
                                 "med bench/generate.py.")
            return row[0]

        checkin = one("SELECT id FROM activity WHERE name = ?", CHECKIN_ACTIVITY)
        return {
            "big_activity": one("SELECT id FROM activity WHERE name = ?", BIG_ACTIVITY),
            "application": one("SELECT id FROM application WHERE title = ?", BENCH_APPLICATION),
            "checkin_session": one("SELECT id FROM session WHERE activity_id = ? ORDER BY date",
                                   checkin),
        }


# --- 2. search as you type ---------------------------------------------------------------

def bench_search(app, repeat: int) -> Result:
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtWidgets import QTableView

    from samvirke_desktop.domain.formatting import number
    from samvirke_desktop.gui.pages.residents import ResidentsPage

    page = ResidentsPage()
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    words = ["amina", "hansen", "sukru", "ali h"]

    def type_words(set_text):
        per_key = []
        for word in words:
            set_text("")
            app.processEvents()
            for end in range(1, len(word) + 1):
                start = time.perf_counter()
                set_text(word[:end])
                app.processEvents()
                per_key.append(time.perf_counter() - start)
        return statistics.median(per_key)

    edit = page.ui.searchEdit
    ours = statistics.median(type_words(edit.setText) for _ in range(repeat))
    rows = page.model.total_count()

    # Floor: Qt's own string list and proxy filtering the same names, with no Python per row.
    names = [page.model.display(row, 0) for row in page.model.rows()]
    model = QStringListModel(names)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    floor = statistics.median(type_words(proxy.setFilterFixedString) for _ in range(repeat))
    page.close()
    view.close()
    return Result(f"søk mens du skriver, {number(rows)} beboere (per tast)", ours,
                  floor, "≤ 30 ms", ours <= 0.030)


# --- 5. grant statistics ----------------------------------------------------------------------

FLOOR_QUERIES = {
    "sessions": """
        SELECT SUM(NOT s.cancelled), SUM(s.cancelled) FROM session s
        JOIN activity_application aa ON aa.activity_id = s.activity_id
        WHERE aa.application_id = :app AND s.date BETWEEN :start AND :end""",
    "attendances": """
        SELECT COUNT(*) FROM attendance a JOIN session s ON s.id = a.session_id
        JOIN activity_application aa ON aa.activity_id = s.activity_id
        WHERE aa.application_id = :app AND s.date BETWEEN :start AND :end
          AND NOT s.cancelled AND a.present""",
    "unique_by_gender_and_age": """
        SELECT r.gender,
               CAST(strftime('%Y', :start) AS INTEGER)
                 - COALESCE(CAST(strftime('%Y', r.birth_date) AS INTEGER), r.birth_year) AS age,
               COUNT(*)
        FROM resident r WHERE r.id IN (
            SELECT a.resident_id FROM attendance a JOIN session s ON s.id = a.session_id
            JOIN activity_application aa ON aa.activity_id = s.activity_id
            WHERE aa.application_id = :app AND s.date BETWEEN :start AND :end
              AND NOT s.cancelled AND a.present)
        GROUP BY r.gender, age""",
    "new_or_returning": """
        SELECT COUNT(*), SUM(EXISTS (
            SELECT 1 FROM attendance b JOIN session t ON t.id = b.session_id
            WHERE b.resident_id = p.resident_id AND b.present AND NOT t.cancelled
              AND t.date < :start))
        FROM (SELECT DISTINCT a.resident_id FROM attendance a
              JOIN session s ON s.id = a.session_id
              JOIN activity_application aa ON aa.activity_id = s.activity_id
              WHERE aa.application_id = :app AND s.date BETWEEN :start AND :end
                AND NOT s.cancelled AND a.present) p""",
    "head_counts": """
        SELECT SUM(h.count) FROM head_count h JOIN session s ON s.id = h.session_id
        JOIN activity_application aa ON aa.activity_id = s.activity_id
        WHERE aa.application_id = :app AND s.date BETWEEN :start AND :end AND NOT s.cancelled""",
    "volunteers": """
        SELECT COUNT(DISTINCT v.volunteer_id), SUM(v.hours) FROM volunteer_presence v
        JOIN session s ON s.id = v.session_id
        JOIN activity_application aa ON aa.activity_id = s.activity_id
        WHERE aa.application_id = :app AND s.date BETWEEN :start AND :end AND NOT s.cancelled""",
    "per_month": """
        SELECT strftime('%Y-%m', s.date), COUNT(*) FROM attendance a
        JOIN session s ON s.id = a.session_id
        JOIN activity_application aa ON aa.activity_id = s.activity_id
        WHERE aa.application_id = :app AND s.date BETWEEN :start AND :end
          AND NOT s.cancelled AND a.present GROUP BY 1""",
    "budget": """
        SELECT b.id, b.amount, COALESCE(SUM(e.amount), 0) FROM budget_line b
        LEFT JOIN expense e ON e.budget_line_id = b.id AND e.date BETWEEN :start AND :end
        WHERE b.application_id = :app GROUP BY b.id""",
}


def bench_grant_statistics(path: Path, ids: dict, repeat: int) -> Result:
    from samvirke_desktop.db.connection import current_key
    from samvirke_desktop.domain.grants.statistics import grant_statistics

    ours = median_time(lambda: grant_statistics(ids["application"], YEAR_FROM, YEAR_TO), repeat)
    params = {"app": ids["application"], "start": YEAR_FROM.isoformat(),
              "end": YEAR_TO.isoformat()}
    con = raw_connect(path, current_key())

    def floor_queries():
        for sql in FLOOR_QUERIES.values():
            con.execute(sql, params).fetchall()

    floor = median_time(floor_queries, repeat)
    con.close()
    ratio = ours / floor
    return Result("tilskuddsstatistikk, én søknad og ett år", ours, floor,
                  "≤ 3 × håndskrevet SQL", ratio <= 3)


# --- 8. memory -----------------------------------------------------------------------------

MEMORY_PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "samvirke" and len(sys.argv) > 3:
    # A database with accounts (encrypted or not): opened as at start, logged in through the
    # window's own log-in dialog with the user name and password in the file sys.argv[3].
    from samvirke_desktop.gui import database_files
    from samvirke_desktop.gui.main_window import MainWindow
    from samvirke_desktop.gui.pages import PAGES
    opened, _notes = database_files.open_for_window(sys.argv[2], create=False)
    window = MainWindow(opened)
    window.show()
    window.ask_login()
    username, password = open(sys.argv[3], encoding="utf-8").read().splitlines()[:2]
    window.login_dialog.ui.usernameEdit.setText(username)
    window.login_dialog.ui.passwordEdit.setText(password)
    if not window.login_dialog.try_login():
        sys.exit("log-in failed: " + window.login_dialog.error_text())
    for page in PAGES:
        window.show_page(page.key)
        app.processEvents()
elif sys.argv[1] == "samvirke":
    from samvirke_desktop.db.connection import open_database
    from samvirke_desktop.gui.main_window import MainWindow
    from samvirke_desktop.gui.pages import PAGES
    window = MainWindow(open_database(sys.argv[2]))
    window.show()
    for page in PAGES:
        window.show_page(page.key)
        app.processEvents()
else:
    import peewee, qtawesome
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow()
    window.show()
    app.processEvents()
# VmHWM, not ru_maxrss: the latter is inherited from the (large) benchmark process.
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(int(status["VmHWM"].split()[0]) / 1024)
"""


def bench_memory(path: Path, work: Path, login: Path | None = None) -> Result:
    from start_up import isolated_environment

    env = isolated_environment(work)

    def peak(*args) -> float:
        done = subprocess.run([sys.executable, "-c", MEMORY_PROBE, *args], capture_output=True,
                              text=True, check=True, cwd=ROOT, env=env)
        return float(done.stdout.strip().splitlines()[-1])

    ours = peak("samvirke", str(path), *([str(login)] if login else []))
    floor = peak("bare")
    return Result("minne: største RSS, alle sider besøkt", ours, floor, "≤ 300 MB", ours <= 300,
                  unit="MB")


# --- the table ---------------------------------------------------------------------------------

def machine() -> str:
    cpus = os.cpu_count()
    return f"{platform.system()} {platform.machine()}, {cpus} kjerner, Python {platform.python_version()}"


def load() -> str:
    """The machine's load average (1 minute): how busy it was with other work meanwhile."""
    try:
        return f"{os.getloadavg()[0]:.1f}".replace(".", ",")
    except OSError:
        return "ukjent"


def results_text(args, path: Path, text: str, load_before: str) -> str:
    stamp = datetime.date.today().strftime("%d.%m.%Y")
    flags = " --encrypted" if args.encrypted else ""
    lines = [
        "# Benchmark", "",
        (f"`python bench/run.py --size {args.size} --repeat {args.repeat}{flags}` den {stamp} på "
        f"{machine()}, database `{path.name}`. Belastning (load average, 1 min) før og etter: "
        f"{load_before} og {load()}."),
    ]
    if args.note:
        lines += ["", args.note]
    return "\n".join(lines + ["", text, ""])


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it cannot pass size hints on; that is no finding."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message):
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def run_all(path: Path, work: Path, repeat: int, login: Path | None = None) -> list[Result]:
    """Every metric on a copy of ``path``; ``login``: the file with the user name and password
    of a database with accounts (an encrypted one is opened with that user's key)."""
    from agreement import bench_held_agreement
    from check_in_metrics import bench_check_in_open, bench_check_in_toggle
    from report_metrics import bench_attendance_pdf, bench_grant_report_pdf
    from start_up import bench_cold_start

    from samvirke_desktop.db import cipher

    key = None
    # Work on a copy so a run never changes the given file (check-in writes rows).
    copy = work / path.name
    shutil.copyfile(path, copy)
    if login is not None and cipher.is_encrypted(path):
        from samvirke_desktop.db import encryption

        shutil.copyfile(encryption.key_file_for(path), encryption.key_file_for(copy))
        key = encryption.unlock(copy, *read_login(login))
    ids = lookup(copy, key)
    # Whole processes first, while this one is still small and idle.
    cold_start = bench_cold_start(copy, work, repeat, login)  # the window, and its first page
    memory = bench_memory(copy, work, login)

    # The application as the program makes it: names, translations, text size, style.
    from samvirke_desktop.gui.app import create_application

    app = create_application([])
    _quiet_offscreen_warnings()
    open_models(copy, key)
    if login is not None:
        from samvirke_desktop.domain.team import users

        users.log_in(*read_login(login))  # who a user would be working as
    return [
        *cold_start,
        bench_search(app, repeat),
        bench_check_in_toggle(app, ids["checkin_session"], repeat),
        bench_check_in_open(app, ids["checkin_session"], repeat),
        bench_grant_statistics(copy, ids, repeat),
        bench_grant_report_pdf(ids["application"], YEAR_FROM, YEAR_TO, repeat, work),
        bench_attendance_pdf(ids["big_activity"], YEAR_FROM, YEAR_TO, repeat, work),
        memory,
        bench_held_agreement(copy, ids["big_activity"]),
    ]


def encrypted_pass(path: Path, work: Path, repeat: int) -> tuple[list[Result], list[Result]]:
    """The metrics on an encrypted copy of ``path``, in a process of their own (as fresh as
    the plain pass's), and the cold start and memory of the plain copy with the same
    administrator, logged in the same way."""
    from encrypted import encrypted_copy, with_administrator
    from start_up import bench_cold_start

    from samvirke_desktop.db import cipher

    folder = work / "kryptert"
    folder.mkdir()
    login = folder / "innlogging.txt"
    plain_admin = folder / f"{path.stem}-med-administrator.db"
    print("Lager en kryptert kopi av databasen …", flush=True)
    with_administrator(path, plain_admin, login)
    target = folder / f"{path.stem}-kryptert.db"
    encrypted_copy(plain_admin, target, login)
    if not cipher.is_encrypted(target):
        raise BenchError(f"{target} ble ikke kryptert.")
    plain_logged_in = [*bench_cold_start(plain_admin, folder, repeat, login),
                       bench_memory(plain_admin, folder, login)]
    out = folder / "kryptert.json"
    done = subprocess.run([sys.executable, str(BENCH / "run.py"), "--database", str(target),
                           "--login", str(login), "--repeat", str(repeat), "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1) or not out.exists():
        raise BenchError("Målingene på den krypterte kopien stoppet:\n"
                         + "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:]))
    results = [Result(**row) for row in json.loads(out.read_text(encoding="utf-8"))]
    return results, plain_logged_in


def main(argv=None) -> int:
    """0: every target met; 1: at least one missed; 2: the benchmark could not run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--database", type=Path, help="en ferdig benchmarkdatabase")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--results", type=Path, help="skriv tabellen også til denne filen")
    parser.add_argument("--note", default="", help="en merknad til resultatfilen")
    parser.add_argument("--encrypted", action="store_true",
                        help="mål også en kryptert kopi av databasen, og skriv kostnaden ved "
                             "kryptering (mål: høyst 1,3 × på hver måling)")
    parser.add_argument("--login", type=Path,
                        help="for en database med brukere (kryptert eller ikke): en fil med "
                             "brukernavn på første linje og passord på andre")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # the encrypted pass
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat må være minst 1")
    if args.encrypted and args.login:
        parser.error("--encrypted lager sin egen bruker; bruk den uten --login")

    load_before = load()
    work = Path(tempfile.mkdtemp(prefix="samvirke-bench-"))
    # Settings, logs and data of this process too go to the work folder, never the user's.
    from start_up import isolated_environment

    os.environ.update({k: v for k, v in isolated_environment(work).items()
                       if k.startswith("XDG_")})
    from samvirke_desktop.errors import SamvirkeError

    try:
        path = database_for(args.size, args.database)
        results = run_all(path, work, args.repeat, args.login)
        if args.json:
            args.json.write_text(json.dumps([dataclasses.asdict(r) for r in results]),
                                 encoding="utf-8")
        if args.encrypted:
            print(table(results), flush=True)  # the plain table while the encrypted pass runs
            encrypted, plain_logged_in = encrypted_pass(path, work, args.repeat)
    except (BenchError, SamvirkeError, subprocess.SubprocessError, OSError,
            sqlite3.Error) as exc:
        print(f"Benchmarken stoppet: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = table(results)
    all_ok = all(r.ok or r.informative for r in results)
    if args.encrypted:
        from encrypted import comparison_table

        compared, compared_ok = comparison_table(results, encrypted, plain_logged_in)
        all_ok &= compared_ok
        text = "\n".join([
            text, "", "## Kryptert database", "",
            "De samme målingene på en kryptert kopi (SQLCipher), åpnet med nøkkelen; "
            "kaldstarten logger inn gjennom innloggingsvinduet.", "", table(encrypted), "",
            "## Kostnaden ved kryptering", "",
            "Kaldstartene og minnet sammenlignes med den vanlige kopien med samme "
            "administrator, logget inn på samme måte; de andre målingene med den vanlige "
            "tabellen over. Forholdet er kryptert/grunnlinje delt på vanlig/grunnlinje, hver "
            "med grunnlinjen målt ved siden av i samme kjøring, så en maskin som ble tregere "
            "mellom de to kjøringene ikke regnes som krypteringens kostnad.", "",
            compared])
    else:
        print(text)
    if args.encrypted:
        print("\n".join(text.split("\n")[len(table(results).split("\n")):]))
    if args.results:
        args.results.write_text(results_text(args, path, text, load_before), encoding="utf-8")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
