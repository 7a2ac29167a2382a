"""The check-in list must stay quick on a large district's database (500 000 attendance rows)."""
import datetime
import time

import pytest

from samvirke_desktop.domain.activities import attendance as att

RESIDENTS = 20_000
ACTIVITIES = 300
SESSIONS = 40_000
PER_SESSION = 12            # 480 000 generic rows + the target session's rows ≈ 500 000
ENROLLED = 60
STAMP = "2026-01-01 00:00:00"


def _fill(db):
    """Rows straight through sqlite3: the point here is the reading side."""
    con = db.connection()
    con.execute("BEGIN")   # one transaction: the connection is in autocommit mode otherwise
    base = (1, STAMP, STAMP, "test")
    con.executemany(
        'INSERT INTO resident (id, version, created_at, updated_at, updated_by, first_name, '
        'last_name, birth_year, gender, phone, email, language, interpreter_needed, notes, '
        'storage_basis, needs_completion, archived, search_text) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'female', '', '', '', 0, '', '', 0, 0, ?)",
        ((i, *base, f"Navn{i}", f"Etternavn{i % 997}", 1950 + i % 70,
          f"navn{i} etternavn{i % 997}") for i in range(1, RESIDENTS + 1)))
    con.executemany(
        'INSERT INTO activity (id, version, created_at, updated_at, updated_by, name, kind, place, '
        'responsible, target_group, with_children, head_count_only, description, archived, '
        'on_poster) '
        "VALUES (?, ?, ?, ?, ?, ?, 'homework_help', '', '', '', 1, 0, '', 0, 1)",
        ((i, *base, f"Aktivitet {i}") for i in range(1, ACTIVITIES + 1)))
    start = datetime.date(2016, 1, 1)
    con.executemany(
        'INSERT INTO session (id, version, created_at, updated_at, updated_by, activity_id, date, '
        "start_time, end_time, place, topic, cancelled, cancel_reason, notes, nobody_came) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '17:00:00', '19:00:00', '', '', 0, '', '', 0)",
        ((i, *base, 1 + i % ACTIVITIES, (start + datetime.timedelta(days=i // 11)).isoformat())
         for i in range(1, SESSIONS + 1)))
    con.executemany(
        'INSERT INTO attendance (version, created_at, updated_at, updated_by, session_id, '
        "resident_id, role, present, walk_in) VALUES (?, ?, ?, ?, ?, ?, 'child', 1, 0)",
        ((*base, s, 1 + (s * 37 + k * 1601) % RESIDENTS)
         for s in range(1, SESSIONS + 1) for k in range(PER_SESSION)))
    # The session checked in: activity 5 with 60 enrolled children, 45 of them present.
    target_activity = 5
    target = next(s for s in range(SESSIONS, 0, -1) if 1 + s % ACTIVITIES == target_activity)
    con.execute("DELETE FROM attendance WHERE session_id = ?", (target,))
    enrolled = [100 + 17 * k for k in range(ENROLLED)]
    con.executemany(
        'INSERT INTO enrolment (version, created_at, updated_at, updated_by, activity_id, '
        "resident_id, role) VALUES (?, ?, ?, ?, ?, ?, 'child')",
        ((*base, target_activity, r) for r in enrolled))
    con.executemany(
        'INSERT INTO attendance (version, created_at, updated_at, updated_by, session_id, '
        "resident_id, role, present, walk_in) VALUES (?, ?, ?, ?, ?, ?, 'child', 1, 0)",
        ((*base, target, r) for r in enrolled[:45]))
    con.execute("COMMIT")
    return target


def _best_of(runs, fn):
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - began)
    return min(timings), sorted(timings)[len(timings) // 2]


@pytest.fixture
def big(database):
    target = _fill(database.database)
    return database.database, target


def test_checkin_roster_is_fast_and_uses_the_indexes_on_500_000_attendance_rows(big):
    db, session_id = big
    assert db.execute_sql("SELECT COUNT(*) FROM attendance").fetchone()[0] >= 480_000

    roster = att.checkin_roster(session_id)
    assert len(roster.entries) == ENROLLED
    assert roster.counts().children_present == 45

    best, median = _best_of(7, lambda: att.checkin_roster(session_id))
    print(f"\ncheckin_roster: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms")
    assert best < 0.150

    best, median = _best_of(7, lambda: att.session_counts(session_id))
    print(f"session_counts: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms")
    assert best < 0.050

    best, median = _best_of(5, lambda: att.search_residents_for_walk_in("navn1234"))
    print(f"search_residents_for_walk_in: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms")
    assert best < 0.150

    best, median = _best_of(3, lambda: att.set_present(session_id, 100 + 17 * 50, True))
    print(f"set_present: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms")

    year = (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))
    best, median = _best_of(3, lambda: att.unique_participants(first=year[0], last=year[1]))
    print(f"unique_participants (one year, all activities): best {best * 1000:.1f} ms")

    # The roster's two queries reach every table through an index.
    plans = []
    original = db.execute_sql

    def explain(sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith("SELECT"):
            plans.append(" | ".join(row[-1] for row in
                                    original("EXPLAIN QUERY PLAN " + sql, params).fetchall()))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = explain
    try:
        att.checkin_roster(session_id)
    finally:
        db.execute_sql = original
    assert len(plans) == 2
    for plan in plans:
        assert "SCAN" not in plan, plan               # every table reached through an index
    assert ("USING INDEX attendance_session_id_resident_id (session_id=? AND resident_id=?)"
            in plans[0]), plans[0]
    assert "USING INDEX attendance_session_id" in plans[1], plans[1]
