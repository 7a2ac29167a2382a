"""The check-in screen of one session (60 enrolled): opening it, and one tap on a tile.

Both go through the real window (``open_check_in``) in this process on Qt's offscreen
platform. Opening is timed from the call to the window painted; the floor is a bare
QListWidget filled by one raw query. A tap is a mouse click on a tile, timed until the row is
committed and the tile repainted; the floor is the same upsert and commit with raw sqlite3 on
the same file, with the program's own durability settings (rollback journal, full sync).
"""
import datetime
import statistics
import time
from contextlib import closing

from encrypted import raw_connect
from results import BenchError, Result

OPEN_TARGET = 0.150
TOGGLE_TARGET = 0.020
TAPS_PER_REPEAT = 10

ENROLLED_NAMES = """
    SELECT r.first_name || ' ' || r.last_name FROM enrolment e
    JOIN resident r ON r.id = e.resident_id
    WHERE e.activity_id = (SELECT activity_id FROM session WHERE id = ?)
    ORDER BY r.first_name, r.last_name"""

UPSERT = """
    INSERT INTO attendance (session_id, resident_id, role, present, walk_in, version,
                            created_at, updated_at, updated_by)
    VALUES (?, ?, 'child', ?, 0, 1, ?, ?, 'benchmark')
    ON CONFLICT (session_id, resident_id) DO UPDATE SET
        present = excluded.present, version = version + 1, updated_at = excluded.updated_at,
        updated_by = excluded.updated_by"""


def _close(app, window) -> None:
    window.close()
    app.processEvents()


def bench_check_in_open(app, session_id: int, repeat: int) -> Result:
    from PySide6.QtWidgets import QListWidget

    from samvirke_desktop.db.connection import current_key
    from samvirke_desktop.db.models import DB
    from samvirke_desktop.gui.checkin import open_check_in

    con = raw_connect(DB.obj.database, current_key())

    def ours():
        start = time.perf_counter()
        window = open_check_in(session_id)
        app.processEvents()
        took = time.perf_counter() - start
        if window is None:
            raise BenchError(f"Innsjekkingen for samling {session_id} kunne ikke åpnes.")
        return took, window

    def floor():
        start = time.perf_counter()
        view = QListWidget()
        view.addItems([name for (name,) in con.execute(ENROLLED_NAMES, (session_id,))])
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        return time.perf_counter() - start, view

    # The first opening imports the window's modules: a user pays that once, so it is left out
    # of the median the same way for both (one unmeasured round).
    samvirke, bare, entries = [], [], 0
    for round_ in range(max(repeat, 3) + 1):
        took, window = ours()
        entries = len(window.roster.entries())
        _close(app, window)
        took_bare, view = floor()
        _close(app, view)
        if round_:
            samvirke.append(took)
            bare.append(took_bare)
    con.close()
    ours_s = statistics.median(samvirke)
    return Result(f"åpne innsjekking, {entries} påmeldte", ours_s, statistics.median(bare),
                  f"≤ {OPEN_TARGET * 1000:.0f} ms", ours_s <= OPEN_TARGET)


def _scratch_session(con, session_id: int) -> int:
    """A copy of the session a day later, for the floor's writes."""
    columns = [row[1] for row in con.execute("PRAGMA table_info(session)") if row[1] != "id"]
    chosen = ", ".join("date(date, '+1 day')" if c == "date" else c for c in columns)
    con.execute("BEGIN IMMEDIATE")
    cursor = con.execute(f"INSERT INTO session ({', '.join(columns)}) SELECT {chosen} "
                         "FROM session WHERE id = ?", (session_id,))
    con.execute("COMMIT")
    return cursor.lastrowid


def _stored_presence(path: str, session_id: int, resident_id: int,
                     key: bytes | None = None) -> bool | None:
    with closing(raw_connect(path, key)) as con:
        row = con.execute("SELECT present FROM attendance WHERE session_id = ? AND "
                          "resident_id = ?", (session_id, resident_id)).fetchone()
    return None if row is None else bool(row[0])


def bench_check_in_toggle(app, session_id: int, repeat: int) -> Result:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from samvirke_desktop.db.connection import current_key
    from samvirke_desktop.db.models import DB
    from samvirke_desktop.gui.checkin import open_check_in

    path = DB.obj.database
    key = current_key()
    window = open_check_in(session_id)
    if window is None:
        raise BenchError(f"Innsjekkingen for samling {session_id} kunne ikke åpnes.")
    app.processEvents()
    view = window.ui.rosterView
    model = window.roster
    rows = model.rowCount()
    if not rows:
        raise BenchError(f"Samlingen {session_id} har ingen påmeldte å krysse av.")
    con = raw_connect(path, key, isolation_level=None, timeout=15)
    for pragma in ("journal_mode = delete", "synchronous = full", "foreign_keys = 1",
                   "secure_delete = 1"):
        con.execute(f"PRAGMA {pragma}")
    residents = [r for (r,) in con.execute(
        "SELECT resident_id FROM enrolment WHERE activity_id = (SELECT activity_id FROM "
        "session WHERE id = ?)", (session_id,))]
    # The same rows in a scratch copy of the session, removed afterwards: the window's tiles
    # stay as the taps left them and no other metric sees these rows.
    other_session = _scratch_session(con, session_id)

    def floor(n: int) -> float:
        resident = residents[(n * 7) % len(residents)]
        now = datetime.datetime.now().isoformat(sep=" ")
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute(UPSERT, (other_session, resident, n % 2, now, now))
        con.execute("COMMIT")
        return time.perf_counter() - start

    # Taps and raw upserts take turns, so a busy disk or processor slows both alike.
    taps, floors = [], []
    for n in range(max(repeat, 1) * TAPS_PER_REPEAT):
        row = (n * 7) % rows  # spread over the tiles: new rows and changed rows alike
        index = model.index(row)
        view.scrollTo(index)
        app.processEvents()
        entry = model.entry(row)
        start = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, view.visualRect(index).center())
        app.processEvents()
        taps.append(time.perf_counter() - start)
        expected = not entry.present
        if _stored_presence(path, session_id, entry.resident_id, key) is not expected:
            raise BenchError("Et trykk på en flis ble ikke lagret; innsjekkingsmålingen er feil.")
        floors.append(floor(n))
    con.execute("BEGIN IMMEDIATE")
    con.execute("DELETE FROM attendance WHERE session_id = ?", (other_session,))
    con.execute("DELETE FROM session WHERE id = ?", (other_session,))
    con.execute("COMMIT")
    con.close()
    _close(app, window)
    samvirke = statistics.median(taps)
    return Result("innsjekking: trykk til lagret rad", samvirke, statistics.median(floors),
                  f"≤ {TOGGLE_TARGET * 1000:.0f} ms", samvirke <= TOGGLE_TARGET)

