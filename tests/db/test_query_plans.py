"""The queries users wait for use an index, not a walk through 500 000 attendance rows.

Checked with SQLite's EXPLAIN QUERY PLAN on the program's own tables: a plan line that
scans a table without an index fails the test.
"""
import datetime

import pytest

from samvirke_desktop.db.models import (
    DB,
    Attendance,
    ChangeLog,
    Enrolment,
    HeadCount,
    Session,
    VolunteerPresence,
)

DAY = datetime.date(2026, 6, 2)

QUERIES = {
    "check-in: attendance of one session": lambda: Attendance.select().where(
        Attendance.session == 1),
    "check-in: one child's mark in one session": lambda: Attendance.select().where(
        (Attendance.session == 1) & (Attendance.resident == 2)),
    "statistics: a resident seen before the period": lambda: Attendance.select().join(
        Session).where((Attendance.resident == 2) & (Session.date < DAY)),
    "activity: its sessions in a month": lambda: Session.select().where(
        (Session.activity == 1) & Session.date.between(DAY, DAY + datetime.timedelta(days=30))),
    "overview: this week's sessions": lambda: Session.select().where(
        Session.date.between(DAY, DAY + datetime.timedelta(days=6))),
    "check-in: enrolled in an activity": lambda: Enrolment.select().where(
        Enrolment.activity == 1),
    "check-in: volunteers present": lambda: VolunteerPresence.select().where(
        VolunteerPresence.session == 1),
    "timeattest: a volunteer's hours": lambda: VolunteerPresence.select().where(
        VolunteerPresence.volunteer == 3),
    "check-in: head counts": lambda: HeadCount.select().where(HeadCount.session == 1),
    "innsyn: change log about a resident": lambda: ChangeLog.select().where(
        ChangeLog.resident_id == 2),
    "form: change log of one record": lambda: ChangeLog.select().where(
        (ChangeLog.table_name == "resident") & (ChangeLog.record_id == 2)),
}


def full_scans(query) -> list[str]:
    sql, params = query.sql()
    plan = DB.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    # Every table in these queries is a big one (peewee names them t1, t2, … in the plan).
    return [row[-1] for row in plan if row[-1].startswith("SCAN") and "INDEX" not in row[-1]]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_hot_query_uses_an_index(database, name):
    DB.execute_sql("ANALYZE")
    assert full_scans(QUERIES[name]()) == [], name


def test_the_check_catches_a_full_scan(database):
    # A filter on a column without an index must be reported, or the test above proves nothing.
    assert full_scans(Attendance.select().where(Attendance.walk_in == True))  # noqa: E712
