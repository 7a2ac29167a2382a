"""Every report and figure of the demo database counts held sessions the same way, and the
same as an independent SQL count of the rule: not cancelled, dated on or before the as-of day,
and something registered (a tick, a head count, a volunteer, or the nobody-came mark)."""
import datetime
import sqlite3

from samvirke_desktop.db.models import DB, Activity, Application, ActivityApplication
from samvirke_desktop.domain.activities.attendance_matrix import attendance_report_data
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.reports.attendance_report import write_attendance_report
from samvirke_desktop.reports.grant_report import write_grant_report
from tests.reports.pdf_checks import read_pdf

TODAY = datetime.date(2026, 5, 20)   # within the demo's school year, so some are planned

REGISTERED = """(s.nobody_came = 1
    OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)
    OR EXISTS (SELECT 1 FROM head_count h WHERE h.session_id = s.id)
    OR EXISTS (SELECT 1 FROM volunteer_presence v WHERE v.session_id = s.id))"""


def sql_count(activity_ids, first, last, *, registered: bool) -> int:
    con = sqlite3.connect(DB.obj.database)
    try:
        marks = ", ".join("?" * len(activity_ids))
        return con.execute(
            f"SELECT COUNT(*) FROM session s WHERE s.activity_id IN ({marks}) "
            f"AND s.date BETWEEN ? AND ? AND s.cancelled = 0 AND s.date <= ? "
            f"AND {'' if registered else 'NOT '}{REGISTERED}",
            (*activity_ids, first.isoformat(), last.isoformat(),
             min(last, TODAY).isoformat())).fetchone()[0]
    finally:
        con.close()


def test_attendance_reports_agree_with_sql(demo, tmp_path):
    first, last = datetime.date(2025, 8, 1), datetime.date(2026, 6, 30)
    totals = [0, 0]
    for activity in Activity.select():
        data = attendance_report_data(activity.id, first, last, today=TODAY)
        held = sql_count([activity.id], first, last, registered=True)
        assert len(data.held_sessions) == held, activity.name
        totals[0] += held
        totals[1] += len(data.planned_sessions)
        assert len(data.not_registered_sessions) == sql_count([activity.id], first, last,
                                                              registered=False)
        assert all(s.date > TODAY for s in data.planned_sessions)
    assert totals[0] > 100 and totals[1] > 0     # the demo has both, so the checks mean something
    # The PDF says the same as the data, for one activity with sessions planned later.
    busiest = max(Activity.select(), key=lambda a: len(attendance_report_data(
        a.id, first, last, today=TODAY).planned_sessions))
    data = attendance_report_data(busiest.id, first, last, today=TODAY)
    pdf = read_pdf(write_attendance_report(tmp_path / "a.pdf", busiest.id, first, last,
                                           printed_on=TODAY))
    assert f"Samlinger holdt {len(data.held_sessions)}" in pdf.text
    assert f"Samlinger planlagt senere {len(data.planned_sessions)}" in pdf.text


def test_grant_figures_agree_with_sql_and_with_the_attendance_reports(demo, tmp_path):
    for app in Application.select():
        linked = [a.activity_id for a in
                  ActivityApplication.select().where(ActivityApplication.application == app.id)]
        if not linked:
            continue
        stats = grant_statistics(app.id, today=TODAY)
        first, last = stats.period_from, stats.period_to
        assert stats.sessions.held == sql_count(linked, first, last, registered=True), app.title
        assert stats.sessions.not_registered == sql_count(linked, first, last, registered=False)
        for figures in stats.activities:
            report = attendance_report_data(figures.activity_id, first, last, today=TODAY)
            assert figures.sessions_held == len(report.held_sessions), figures.name
        pdf = read_pdf(write_grant_report(tmp_path / f"g{app.id}.pdf", app.id,
                                          printed_on=TODAY))
        if stats.sessions.held or stats.sessions.cancelled:
            assert f"{stats.sessions.held} samlinger ble holdt" in pdf.text.replace("\n", " ")
