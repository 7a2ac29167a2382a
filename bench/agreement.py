"""Do the reports count held sessions as SQL does? Not a timing: a check of the one definition
of a held session (domain/activities/held_sessions.py) on the benchmark database.

Every application's grant figures and the attendance report of every tenth activity (and the
biggest one) are compared with an independent SQL count of the rule: not cancelled, dated on
or before the as-of day, and something registered.
"""
import datetime
import time
from contextlib import closing
from pathlib import Path

from encrypted import raw_connect
from results import Result

REGISTERED = """(s.nobody_came = 1
    OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)
    OR EXISTS (SELECT 1 FROM head_count h WHERE h.session_id = s.id)
    OR EXISTS (SELECT 1 FROM volunteer_presence v WHERE v.session_id = s.id))"""


def _sql_held(con, activity_ids, first, last, today) -> int:
    marks = ", ".join("?" * len(activity_ids))
    return con.execute(
        f"SELECT COUNT(*) FROM session s WHERE s.activity_id IN ({marks}) "
        f"AND s.date BETWEEN ? AND ? AND s.cancelled = 0 AND s.date <= ? AND {REGISTERED}",
        (*activity_ids, first.isoformat(), last.isoformat(),
         min(last, today).isoformat())).fetchone()[0]


def bench_held_agreement(path: Path, big_activity: int) -> Result:
    from samvirke_desktop.db.connection import current_key
    from samvirke_desktop.domain.activities.attendance_matrix import attendance_report_data
    from samvirke_desktop.domain.grants.statistics import grant_statistics

    today = datetime.date.today()
    began = time.perf_counter()
    mismatches, checked = [], 0
    with closing(raw_connect(path, current_key())) as con:
        applications = [r[0] for r in con.execute("SELECT id FROM application ORDER BY id")]
        for app in applications:
            linked = [r[0] for r in con.execute(
                "SELECT activity_id FROM activity_application WHERE application_id = ?", (app,))]
            if not linked:
                continue
            stats = grant_statistics(app, today=today)
            expected = _sql_held(con, linked, stats.period_from, stats.period_to, today)
            checked += 1
            if stats.sessions.held != expected:
                mismatches.append(f"søknad {app}: {stats.sessions.held} ≠ {expected}")
        activities = [r[0] for r in con.execute("SELECT id FROM activity ORDER BY id")][::10]
        first, last = datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)
        for activity in sorted(set(activities) | {big_activity}):
            data = attendance_report_data(activity, first, last, today=today)
            expected = _sql_held(con, [activity], first, last, today)
            checked += 1
            if len(data.held_sessions) != expected:
                mismatches.append(f"aktivitet {activity}: {len(data.held_sessions)} ≠ {expected}")
    seconds = time.perf_counter() - began
    if mismatches:
        print("Avvik mellom rapportene og SQL: " + "; ".join(mismatches[:10]))
    return Result(f"holdte samlinger: {checked} rapporter mot SQL, {len(mismatches)} avvik",
                  seconds, None, "0 avvik (tiden til orientering)", not mismatches)
