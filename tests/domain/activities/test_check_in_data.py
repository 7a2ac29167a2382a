"""What the check-in screen reads and the writes made for it: head-count cells, notes that
merge, a new child checked in in one step, photo consents, volunteers on the day."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    ActivityVolunteer,
    Attendance,
    ChangeLog,
    Consent,
    Enrolment,
    HeadCount,
    Resident,
    Session,
)
from samvirke_desktop.domain.activities import attendance, check_in
from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied, ValidationError
from tests.domain import rule_records as make
from tests.helpers import other_pc

D = datetime.date
DAY = D(2026, 9, 1)


@pytest.fixture
def setup(database):
    site = make.site()
    activity = make.activity(site=site.id)
    session = make.session(activity.id, DAY)
    return activity, session


def cells(session_id):
    return {(h.age_from, h.age_to, h.gender): h.count
            for h in HeadCount.select().where(HeadCount.session == session_id)}


# --- head counts, one cell at a time --------------------------------------------------

def test_a_head_count_cell_leaves_the_other_cells(setup):
    _, session = setup
    attendance.set_head_count(session.id, 6, 12, "female", 4)
    attendance.set_head_count(session.id, None, None, None, 3)
    rows = attendance.set_head_count(session.id, 6, 12, "female", 5)
    assert cells(session.id) == {(6, 12, "female"): 5, (None, None, None): 3}
    assert sum(r.count for r in rows) == 8
    attendance.set_head_count(session.id, 6, 12, "female", 0)   # 0 removes the cell
    assert cells(session.id) == {(None, None, None): 3}
    log = ChangeLog.select().where(ChangeLog.table_name == "head_count").order_by(ChangeLog.id)
    assert [c.summary for c in log] == ["Antall uten navn: 0 → 4", "Antall uten navn: 0 → 3",
                                        "Antall uten navn: 4 → 5", "Antall uten navn: 5 → 0"]
    # The same value again writes nothing.
    attendance.set_head_count(session.id, None, None, None, 3)
    assert log.count() == 4


def test_a_head_count_cell_replaces_duplicate_rows_of_the_same_cell(setup):
    _, session = setup
    attendance.set_head_counts(session.id, [(0, 5, "male", 2), (0, 5, "male", 1),
                                            (20, None, None, 7)])
    attendance.set_head_count(session.id, 0, 5, "male", 4)
    assert cells(session.id) == {(0, 5, "male"): 4, (20, None, None): 7}


def test_head_count_cells_are_checked(setup):
    _, session = setup
    with pytest.raises(ValidationError):
        attendance.set_head_count(session.id, 12, 6, None, 2)
    with pytest.raises(ValidationError):
        attendance.set_head_count(session.id, None, None, None, -1)
    assert cells(session.id) == {}


def test_head_count_cells_on_the_screen_and_the_rest(setup):
    _, session = setup
    attendance.set_head_counts(session.id, [(6, 12, "female", 4), (10, 24, None, 5),
                                            (None, None, None, 2)])
    shown, other = check_in.head_count_cells(attendance.head_counts(session.id))
    assert shown == {(6, 12, "female"): 4, (None, None, None): 2}
    assert other == 5


# --- notes --------------------------------------------------------------------------

def test_notes_replace_when_nobody_else_wrote(setup):
    _, session = setup
    saved = attendance.save_session_notes(session.id, "", "Mange nye i dag.")
    assert (saved.text, saved.merged) == ("Mange nye i dag.", False)
    saved = attendance.save_session_notes(session.id, saved.text, "Rettet tekst.")
    assert Session.get_by_id(session.id).notes == "Rettet tekst."
    assert Session.get_by_id(session.id).version == 3   # each save is a change of the session


def test_notes_written_on_two_pcs_at_once_keep_both(setup, db_path):
    _, session = setup
    with other_pc(db_path):
        attendance.save_session_notes(session.id, "", "Lyspæra i gangen er gått.")
    saved = attendance.save_session_notes(session.id, "", "To nye barn.")
    assert saved.merged
    assert saved.text == "Lyspæra i gangen er gått.\nTo nye barn."
    # Added to text both had: only the addition goes under the colleague's version.
    with other_pc(db_path):
        attendance.save_session_notes(session.id, saved.text, saved.text + "\nKake.")
    again = attendance.save_session_notes(session.id, saved.text,
                                          saved.text + "\nLekser i matte.")
    assert again.text == "Lyspæra i gangen er gått.\nTo nye barn.\nKake.\nLekser i matte."
    # Unchanged here: the colleague's text stands.
    same = attendance.save_session_notes(session.id, saved.text, saved.text)
    assert same.text == again.text and not same.merged


# --- a new child at the door ----------------------------------------------------------

def test_new_child_is_created_and_checked_in_together(setup):
    activity, session = setup
    row = attendance.check_in_new_child(session.id, "Nasra", "2017", "female", enrol=True,
                                        today=D(2026, 9, 1))
    child = Resident.get_by_id(row.resident_id)
    assert (child.first_name, child.birth_year, child.needs_completion) == ("Nasra", 2017, True)
    assert child.site_id == activity.site_id
    assert row.present and row.walk_in and row.role == "child"
    assert Enrolment.get(Enrolment.resident == child.id).start_date == DAY


def test_new_child_with_errors_leaves_nothing_behind(setup):
    _, session = setup
    with pytest.raises(ValidationError) as caught:
        attendance.check_in_new_child(session.id, "", "1900", "", today=D(2026, 9, 1))
    assert set(caught.value.field_errors) == {"first_name", "birth_year", "gender"}
    assert Resident.select().count() == 0 and Attendance.select().count() == 0


# --- what the screen reads ----------------------------------------------------------------

def test_withdrawn_photo_consent_counts_from_its_date_and_a_new_consent_wins(setup):
    a, b, c = (make.resident(n, birth_year=2015).id for n in ("A", "B", "C"))
    record_changes.create(Consent, resident=a, kind="photo", given_date=D(2025, 8, 1),
                          withdrawn_date=D(2026, 3, 2))
    record_changes.create(Consent, resident=b, kind="photo", given_date=D(2025, 8, 1),
                          withdrawn_date=D(2026, 3, 2))
    record_changes.create(Consent, resident=b, kind="photo", given_date=D(2026, 5, 1))
    record_changes.create(Consent, resident=c, kind="sms", given_date=D(2025, 8, 1),
                          withdrawn_date=D(2025, 9, 1))
    assert check_in.withdrawn_photo_consents([a, b, c], D(2026, 9, 1)) == {a}
    assert check_in.withdrawn_photo_consents([a, b, c], D(2026, 1, 1)) == set()


def test_load_check_in_reads_session_roster_volunteers_and_counts(setup):
    activity, session = setup
    kid = make.resident("Amina", birth_year=2016)
    make.enrol(activity.id, kid.id)
    regular = make.volunteer("Kari", police_certificate_shown=D(2025, 1, 1))
    no_check = make.volunteer("Per")
    ended = make.volunteer("Ola", end_date=D(2026, 6, 30))
    came = make.volunteer("Łukasz", police_certificate_shown=D(2023, 6, 1))  # expired on the day
    for volunteer in (regular, no_check, ended):
        ActivityVolunteer.create(activity=activity, volunteer=volunteer)
    attendance.set_volunteer_hours(session.id, came.id, "1,5")
    attendance.set_present(session.id, kid.id, True)
    attendance.set_head_count(session.id, None, None, None, 4)
    record_changes.update(Session, session.id, 1, topic="Brannvern", notes="Husk nøkkel")

    data = check_in.load_check_in(session.id)
    assert data.session.when == "tirsdag 01.09.2026 kl. 17:00–19:00"
    assert (data.session.topic, data.session.notes, data.session.hours) == \
        ("Brannvern", "Husk nøkkel", Decimal("2.00"))
    assert [e.name for e in data.roster.entries] == ["Amina Hansen"]
    assert data.head_count_total == 4
    volunteers = {v.first_name: v for v in data.volunteers}
    assert list(volunteers) == ["Kari", "Łukasz", "Per"]      # Ola has ended
    assert volunteers["Łukasz"].hours == Decimal("1.50") and not volunteers["Łukasz"].regular
    assert volunteers["Łukasz"].certificate.status is CertificateStatus.EXPIRED
    assert "gikk ut 01.06.2026" in volunteers["Łukasz"].warning_text
    assert volunteers["Per"].warning and volunteers["Per"].hours is None
    assert not volunteers["Kari"].warning
    # A volunteer picked on the screen before hours are typed is listed too.
    session_info = data.session
    picked = check_in.checkin_volunteers(session_info, also={ended.id})
    assert "Ola" in [v.first_name for v in picked]


def test_search_volunteers_by_folded_name(setup):
    make.volunteer("Łukasz", "Wójcik")
    make.volunteer("Kari", "Nordmann", archived=True)
    assert [v.name for v in check_in.search_volunteers("lukasz woj")] == ["Łukasz Wójcik"]
    assert check_in.search_volunteers("kari") == []


def test_a_grant_writer_may_not_open_the_check_in(setup):
    _, session = setup
    actor.set_current(actor.Actor("skriver", role="grant_writer"))
    with pytest.raises(PermissionDenied):
        check_in.load_check_in(session.id)
    with pytest.raises(PermissionDenied):
        attendance.save_session_notes(session.id, "", "x")
