import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Attendance,
    ChangeLog,
    Enrolment,
    Guardian,
    HeadCount,
    Resident,
    Session,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import attendance as att
from samvirke_desktop.domain.activities.scheduling import cancel_session
from samvirke_desktop.domain.team import record_changes
from samvirke_desktop.errors import ValidationError
from tests.domain import rule_records as make

D = datetime.date
T = datetime.time
DAY = D(2026, 9, 1)


@pytest.fixture
def setup(database):
    activity = make.activity()
    session = make.session(activity.id, DAY)
    return activity, session


def row(session_id, resident_id):
    return Attendance.get_or_none(Attendance.session == session_id,
                                  Attendance.resident == resident_id)


# --- presence ------------------------------------------------------------------

def test_toggling_twice_ends_in_the_last_state(setup):
    _, session = setup
    child = make.resident("Amina", birth_year=2015)
    att.set_present(session.id, child.id, True)
    att.set_present(session.id, child.id, False)
    assert row(session.id, child.id).present is False
    att.set_present(session.id, child.id, True)
    att.set_present(session.id, child.id, True)          # the same tick again: no change
    stored = row(session.id, child.id)
    assert stored.present is True
    assert stored.version == 3
    assert Attendance.select().count() == 1
    logged = list(ChangeLog.select().where(ChangeLog.table_name == "attendance")
                  .order_by(ChangeLog.id))
    assert [c.action for c in logged] == ["create", "update", "update"]
    assert {c.resident_id for c in logged} == {child.id}


def test_default_roles(setup):
    activity, session = setup
    child = make.resident("Amina", birth_date=D(2015, 3, 1))
    turns_18_later = make.resident("Sara", birth_date=D(2008, 9, 2))   # 17 on the session day
    adult = make.resident("Ola", birth_year=1980)
    parent = make.resident("Fatima", birth_year=1985)
    enrolled_parent = make.resident("Per", birth_year=1975)
    adult_enrolled_as_child = make.resident("Jon", birth_year=1990)
    make.enrol(activity.id, child.id)
    make.enrol(activity.id, enrolled_parent.id, role="parent")
    make.enrol(activity.id, adult_enrolled_as_child.id)                  # default role "child"
    record_changes.create(Guardian, child=child.id, guardian=parent.id)
    unknown = make.resident("Ukjent")
    roles = {r.first_name: att.set_present(session.id, r.id, True).role
             for r in (child, turns_18_later, adult, parent, enrolled_parent,
                       adult_enrolled_as_child, unknown)}
    assert roles == {"Amina": "child", "Sara": "child", "Ola": "adult", "Fatima": "parent",
                     "Per": "parent", "Jon": "adult", "Ukjent": "child"}


def test_role_on_an_adult_activity_without_birth_year(database):
    activity = make.activity("Nærmiljøskole", kind="neighbourhood_school", with_children=False)
    session = make.session(activity.id, DAY)
    nobody = make.resident("Ukjent")
    assert att.set_present(session.id, nobody.id, True).role == "adult"


def test_explicit_role_wins_and_a_stored_role_is_kept(setup):
    _, session = setup
    child = make.resident("Amina", birth_year=2015)
    att.set_present(session.id, child.id, True, role="adult")
    att.set_present(session.id, child.id, False)
    assert row(session.id, child.id).role == "adult"
    att.set_present(session.id, child.id, False, role="child")
    assert row(session.id, child.id).role == "child"
    with pytest.raises(ValidationError):
        att.set_present(session.id, child.id, True, role="teacher")


def test_no_check_in_on_a_cancelled_session(setup):
    _, session = setup
    child = make.resident("Amina", birth_year=2015)
    cancel_session(session.id, session.version, "Sykdom")
    with pytest.raises(att.SessionCancelled) as info:
        att.set_present(session.id, child.id, True)
    assert "avlyst" in info.value.message
    assert Attendance.select().count() == 0


def test_walk_in_with_and_without_enrolment(setup):
    activity, session = setup
    first = make.resident("Noah", birth_year=2016)
    second = make.resident("Liam", birth_year=2016)
    a = att.add_walk_in(session.id, first.id)
    assert (a.present, a.walk_in, a.role) == (True, True, "child")
    assert Enrolment.select().count() == 0
    att.add_walk_in(session.id, second.id, enrol=True)
    enrolment = Enrolment.get(Enrolment.resident == second.id)
    assert (enrolment.activity_id, enrolment.role, enrolment.start_date) == (activity.id, "child",
                                                                             DAY)
    att.set_present(session.id, first.id, False)
    assert row(session.id, first.id).walk_in is True     # a later untick keeps the walk-in mark


def test_quick_create_child(database):
    site = make.site()
    child = att.quick_create_child(" Yasmin ", "2017", "female", site=site,
                                   today=D(2026, 9, 1))
    stored = Resident.get_by_id(child.id)
    assert (stored.first_name, stored.birth_year, stored.gender, stored.site_id,
            stored.needs_completion) == ("Yasmin", 2017, "female", site.id, True)
    assert "yasmin" in stored.search_text
    with pytest.raises(ValidationError) as info:
        att.quick_create_child("", "1990", "girl", today=D(2026, 9, 1))
    assert set(info.value.field_errors) == {"first_name", "birth_year", "gender"}
    assert "under 18" in info.value.field_errors["birth_year"]
    with pytest.raises(ValidationError) as info:
        att.quick_create_child("Ali", "", "male")
    assert "Fyll inn fødselsåret" in info.value.field_errors["birth_year"]


# --- head counts ------------------------------------------------------------------

def test_head_counts_are_replaced_not_added(setup):
    _, session = setup
    att.set_head_counts(session.id, [(6, 12, "female", 3), (6, 12, "male", 2), (None, None, None, 0)])
    att.set_head_counts(session.id, [(6, 12, "female", 4), (18, None, None, 5)])
    assert att.head_counts(session.id) == [att.HeadCountRow(6, 12, "female", 4),
                                           att.HeadCountRow(18, None, None, 5)]
    assert HeadCount.select().count() == 2
    att.set_head_count_total(session.id, 11)
    assert [(h.age_from, h.gender, h.count) for h in HeadCount.select()] == [(None, None, 11)]
    att.set_head_counts(session.id, [])
    assert HeadCount.select().count() == 0
    assert ChangeLog.select().where(ChangeLog.table_name == "head_count").count() == 4


def test_head_count_rows_are_checked(setup):
    _, session = setup
    att.set_head_count_total(session.id, 3)
    with pytest.raises(ValidationError) as info:
        att.set_head_counts(session.id, [(12, 6, None, 1), (None, None, None, -1),
                                         (None, None, "girl", 1), (0, 200, None, 1),
                                         (1, 2, None, 1.5)])
    assert set(info.value.field_errors) == {f"head_counts.{i}" for i in range(5)}
    assert "baklengs" in info.value.field_errors["head_counts.0"]
    assert att.head_counts(session.id) == [att.HeadCountRow(None, None, None, 3)]


# --- volunteers --------------------------------------------------------------------

def test_volunteer_default_hours_are_the_session_length(setup):
    _, session = setup
    volunteer = make.volunteer(police_certificate_shown=D(2025, 1, 1))
    presence = att.set_volunteer_hours(session.id, volunteer.id)
    assert presence.hours == Decimal("2.00")
    assert presence.certificate_warning is False
    assert VolunteerPresence.get_by_id(presence.id).hours == Decimal("2.00")
    changed = att.set_volunteer_hours(session.id, volunteer.id, "1,5")
    assert changed.hours == Decimal("1.50") and changed.version == 2
    assert VolunteerPresence.select().count() == 1
    assert att.set_volunteer_hours(session.id, volunteer.id, None) is None
    assert VolunteerPresence.select().count() == 0
    assert att.set_volunteer_hours(session.id, volunteer.id, None) is None   # already gone


def test_volunteer_hours_are_checked(setup):
    activity, session = setup
    volunteer = make.volunteer()
    for wrong in ("0", "25", "mye", -1):
        with pytest.raises(ValidationError) as info:
            att.set_volunteer_hours(session.id, volunteer.id, wrong)
        assert "hours" in info.value.field_errors
    untimed = record_changes.create(Session, activity=activity.id, date=DAY)
    with pytest.raises(ValidationError) as info:
        att.set_volunteer_hours(untimed.id, volunteer.id)
    assert "ikke klokkeslett" in info.value.field_errors["hours"]
    assert att.set_volunteer_hours(untimed.id, volunteer.id, 3).hours == Decimal("3.00")


def test_certificate_warning_is_recorded(setup):
    _, session = setup
    expired = make.volunteer("Utløpt", police_certificate_shown=D(2023, 8, 1))
    missing = make.volunteer("Mangler")
    exempt = make.volunteer("Fritatt", police_certificate_required=False)
    assert att.set_volunteer_hours(session.id, expired.id).certificate_warning is True
    assert att.set_volunteer_hours(session.id, missing.id).certificate_warning is True
    assert att.set_volunteer_hours(session.id, exempt.id).certificate_warning is False
    # Once the certificate is registered, saving the presence again clears the flag.
    current = type(expired).get_by_id(expired.id)
    record_changes.update(type(expired), expired.id, current.version,
                          police_certificate_shown=D(2026, 8, 20))
    assert att.set_volunteer_hours(session.id, expired.id).certificate_warning is False
    adults = make.activity("Nærmiljøskole", kind="neighbourhood_school", with_children=False)
    evening = make.session(adults.id, DAY)
    assert att.set_volunteer_hours(evening.id, missing.id).certificate_warning is False


# --- roster and counters -------------------------------------------------------------

def test_roster(setup):
    activity, session = setup
    other = make.activity("Dugnad", kind="dugnad")
    amina = make.resident("Amina", "Ali", birth_date=D(2015, 9, 2))     # turns 11 the day after
    aase = make.resident("Åse", "Berg", birth_year=2014)
    zara = make.resident("Zara", "Ahmed", birth_year=2016, needs_completion=True)
    ended = make.resident("Erik", birth_year=2015)
    later = make.resident("Lars", birth_year=2015)
    archived = make.resident("Arkivert", birth_year=2015, archived=True)
    mother = make.resident("Fatima", "Ali", birth_year=1985)
    walk_in = make.resident("Noah", birth_year=2016)
    elsewhere = make.resident("Other", birth_year=2016)
    for r in (amina, aase, zara, archived):
        make.enrol(activity.id, r.id)
    make.enrol(activity.id, mother.id, role="parent")
    make.enrol(activity.id, ended.id, end_date=D(2026, 8, 31))
    make.enrol(activity.id, later.id, start_date=D(2026, 9, 2))
    make.enrol(other.id, elsewhere.id)
    att.set_present(session.id, amina.id, True)
    att.set_present(session.id, zara.id, False)
    att.add_walk_in(session.id, walk_in.id)

    roster = att.checkin_roster(session.id)
    names = [e.first_name for e in roster.entries]
    assert names == ["Amina", "Fatima", "Noah", "Zara", "Åse"]
    entry = {e.first_name: e for e in roster.entries}
    assert (entry["Amina"].present, entry["Amina"].age, entry["Amina"].birth_year,
            entry["Amina"].role, entry["Amina"].name) == (True, 10, 2015, "child", "Amina Ali")
    assert entry["Zara"].present is False and entry["Zara"].needs_completion
    assert entry["Åse"].present is None and entry["Åse"].role == "child"
    assert entry["Fatima"].role == "parent" and entry["Fatima"].age == 41
    assert (entry["Noah"].walk_in, entry["Noah"].enrolled, entry["Noah"].present) == (True, False,
                                                                                     True)
    assert all(e.enrolled for e in roster.entries if e.first_name != "Noah")
    assert roster.counts() == att.RosterCounts(children_present=2, adults_present=0)

    att.set_present(session.id, mother.id, True)
    att.set_head_counts(session.id, [(None, None, None, 4)])
    volunteer = make.volunteer(police_certificate_shown=D(2025, 1, 1))
    att.set_volunteer_hours(session.id, volunteer.id)
    att.set_volunteer_hours(session.id, make.volunteer("Per").id, "1,25")
    counts = att.session_counts(session.id)
    assert counts == att.SessionCounts(children_present=2, adults_present=1, head_count_total=4,
                                       volunteers_present=2, volunteer_hours=Decimal("3.25"))
    assert counts.total_present == 7


def test_roster_shows_archived_residents_who_were_registered_and_guardians_as_parents(setup):
    activity, session = setup
    archived = make.resident("Arkivert", birth_year=2015)
    child = make.resident("Barn", birth_year=2015)
    father = make.resident("Far", birth_year=1980)
    make.enrol(activity.id, archived.id)
    make.enrol(activity.id, child.id)
    make.enrol(activity.id, father.id)          # enrolled with the default role "child"
    record_changes.create(Guardian, child=child.id, guardian=father.id)
    att.set_present(session.id, archived.id, True)
    current = Resident.get_by_id(archived.id)
    record_changes.update(Resident, archived.id, current.version, archived=True)
    entries = {e.first_name: e for e in att.checkin_roster(session.id).entries}
    assert set(entries) == {"Arkivert", "Barn", "Far"}
    assert entries["Far"].role == "parent"
    assert att.set_present(session.id, father.id, True).role == "parent"


def test_search_for_walk_in(setup):
    _, session = setup
    sukru = make.resident("Şükrü", "Yılmaz", birth_year=2014, phone="912 34 567")
    make.resident("Sunniva", "Østbø", birth_date=D(2015, 1, 1))
    make.resident("Suki", "Archived", archived=True)
    att.set_present(session.id, sukru.id, True)
    found = att.search_residents_for_walk_in("sukru yil", session_id=session.id)
    assert [(c.name, c.birth_year, c.registered) for c in found] == [("Şükrü Yılmaz", 2014, True)]
    assert [c.name for c in att.search_residents_for_walk_in("su")] == ["Şükrü Yılmaz",
                                                                        "Sunniva Østbø"]
    assert [c.birth_year for c in att.search_residents_for_walk_in("OSTB")] == [2015]
    assert [c.name for c in att.search_residents_for_walk_in("9123")] == ["Şükrü Yılmaz"]
    assert att.search_residents_for_walk_in("ilmaz") == []          # word starts only
    assert att.search_residents_for_walk_in("  ") == []
    assert att.search_residents_for_walk_in("100%") == []
    assert len(att.search_residents_for_walk_in("s", limit=1)) == 1


# --- unique participants --------------------------------------------------------------

def test_unique_participants_across_sessions_and_activities(database, monkeypatch):
    homework = make.activity()
    dugnad = make.activity("Dugnad", kind="dugnad")
    s1 = make.session(homework.id, D(2026, 9, 1))
    s2 = make.session(homework.id, D(2026, 9, 3))
    s3 = make.session(dugnad.id, D(2026, 9, 5))
    s4 = make.session(homework.id, D(2026, 10, 6))
    cancelled = make.session(homework.id, D(2026, 9, 8))
    a, b, c = (make.resident(n, birth_year=2015).id for n in ("A", "B", "C"))
    for s, r in ((s1, a), (s1, b), (s2, a), (s3, a), (s3, c), (s4, c)):
        att.set_present(s.id, r, True)
    att.set_present(s2.id, b, False)                     # a known absence is not attendance
    att.set_present(cancelled.id, c, True)
    cancel_session(cancelled.id, 1, "Sykdom")
    att.set_head_count_total(s1.id, 5)
    att.set_head_count_total(s3.id, 7)

    september = att.unique_participants(first=D(2026, 9, 1), last=D(2026, 9, 30))
    assert september.resident_ids == {a, b, c}
    assert (september.unique_participants, september.attendances, september.sessions_held,
            september.head_count_total) == (3, 5, 3, 12)
    homework_sept = att.unique_participants(activity_ids=[homework.id], first=D(2026, 9, 1),
                                            last=D(2026, 9, 30))
    assert homework_sept.resident_ids == {a, b}
    assert homework_sept.attendances == 3 and homework_sept.head_count_total == 5
    monkeypatch.setattr(att, "SQL_CHUNK", 2)
    by_id = att.unique_participants([s1.id, s2.id, s3.id, s4.id, cancelled.id])
    assert (by_id.unique_participants, by_id.attendances, by_id.sessions_held,
            by_id.head_count_total) == (3, 6, 4, 12)
    with pytest.raises(ValueError):
        att.unique_participants()
