"""Two PCs checking in the same session at once: two processes on the same database file."""
import multiprocessing
import time
import traceback

from samvirke_desktop.db.models import Attendance, ChangeLog
from samvirke_desktop.domain.activities import attendance as att
from tests.domain import rule_records as make


def _check_in(path, session_id, resident_ids, shared_id, start, results):
    # Runs in its own process with its own connection, like a second PC.
    from samvirke_desktop.db import connection
    from samvirke_desktop.domain.activities import attendance
    try:
        connection.open_database(path, create=False)
        start.wait(timeout=60)  # both processes have their connection open: go together
        began = time.monotonic()
        for resident_id in resident_ids:
            attendance.set_present(session_id, resident_id, True)
            attendance.set_present(session_id, shared_id, True)
            attendance.set_present(session_id, shared_id, False)
        attendance.set_present(session_id, shared_id, True)
        results.put(("ok", began, time.monotonic()))
    except BaseException:  # noqa: BLE001 - report anything to the test
        results.put(traceback.format_exc())
    finally:
        connection.close_database()


def test_two_connections_check_in_different_children_at_once(database, db_path):
    activity = make.activity()
    session = make.session(activity.id)
    children = [make.resident(f"Barn {i}", birth_year=2015).id for i in range(40)]
    shared = make.resident("Felles", birth_year=2015).id
    for child in children + [shared]:
        make.enrol(activity.id, child)

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    results = context.Queue()
    workers = [context.Process(target=_check_in,
                               args=(str(db_path), session.id, part, shared, start, results))
               for part in (children[:20], children[20:])]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert [o[0] for o in outcomes] == ["ok", "ok"], outcomes
    # The two processes really worked at the same time (SQLite took turns between them).
    assert max(o[1] for o in outcomes) < min(o[2] for o in outcomes)

    rows = {r.resident_id: r for r in Attendance.select().where(Attendance.session == session.id)}
    assert set(rows) == set(children) | {shared}
    assert all(rows[c].present and rows[c].role == "child" for c in children)
    assert rows[shared].present is True
    # Ticks that changed nothing (the other PC had just done the same) write nothing; every
    # real change bumped the version once and left one change-log row: no write was lost.
    shared_log = ChangeLog.select().where(ChangeLog.table_name == "attendance",
                                          ChangeLog.resident_id == shared).count()
    assert 2 * 20 < shared_log == rows[shared].version <= 82
    assert ChangeLog.select().where(ChangeLog.table_name == "attendance").count() == \
        40 + shared_log
    roster = att.checkin_roster(session.id)
    assert roster.counts().children_present == 41
