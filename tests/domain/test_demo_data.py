"""The demo database: realistic counts, the states the screens flag, and the same file
for the same seed."""
import datetime
import re
import sqlite3
import time
from decimal import Decimal

import holidays
import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import (
    ALL_MODELS,
    Activity,
    AgeBand,
    Application,
    ApplicationStatusChange,
    AppUser,
    Attendance,
    BudgetLine,
    Consent,
    Editable,
    Enrolment,
    Expense,
    Funder,
    Guardian,
    HeadCount,
    Household,
    Partner,
    Resident,
    Schedule,
    SchoolHoliday,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities.scheduling import plan_schedule
from samvirke_desktop.domain.demo.database import DemoFileExists, write_demo_database
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.domain.people.police_certificate import certificate_status

TODAY = datetime.date(2026, 11, 20)
SPECIAL_NAMES = ("Łukasz Wójcik", "Nguyễn Thị Hoa", "Şükrü Yılmaz", "Ayaan Maxamed Cabdi")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    started = time.perf_counter()
    summary = write_demo_database(path)
    return path, summary, time.perf_counter() - started


@pytest.fixture
def demo(demo_file):
    connection.open_database(demo_file[0], create=False)
    yield demo_file[0]
    connection.close_database()


def full_name(person) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def test_counts_are_in_the_expected_ranges(demo):
    assert Site.select().count() == 2
    assert 170 <= Resident.select().count() <= 200
    assert 40 <= Household.select().count() <= 70
    assert 23 <= Volunteer.select().count() <= 27
    assert Partner.select().count() >= 10
    assert Activity.select().count() >= 6
    assert Funder.select().count() >= 4
    assert Application.select().count() == 5
    assert Session.select().count() >= 200
    assert Attendance.select().count() >= 3000
    assert AppUser.select().count() == 0


def test_summary_is_one_norwegian_line(demo_file):
    summary = demo_file[1]
    assert "\n" not in summary
    assert summary.startswith("2 områder, ")
    assert re.search(r"\d+ beboere", summary) and "5 søknader" in summary


def test_the_demo_is_written_well_under_ten_seconds(demo_file):
    assert demo_file[2] < 10


def test_names_that_must_print_right_are_there_exactly_once(demo):
    names = [full_name(r) for r in Resident.select()]
    for name in SPECIAL_NAMES:
        assert names.count(name) == 1, name


def test_search_column_is_filled_for_bulk_inserted_rows(demo):
    sukru = Resident.get(Resident.first_name == "Şükrü")
    assert sukru.search_text.startswith("sukru yilmaz")
    assert all(r.search_text for r in Resident.select())
    assert all(v.search_text for v in Volunteer.select())
    assert all(p.search_text for p in Partner.select())


def test_residents_look_like_real_records(demo):
    residents = list(Resident.select())
    assert {r.storage_basis for r in residents} == {"Offentlig oppgave (bomiljøarbeid)"}
    # Everyone has a birth year but one quick-registered child, for the report check to find.
    assert [r.first_name for r in residents if r.birth_year is None] == ["Yonas"]
    assert sum(r.birth_date is None for r in residents) >= 5        # birth year only
    assert sum(r.birth_date is not None for r in residents) > len(residents) * 0.7
    assert {r.gender for r in residents} >= {"female", "male"}
    phones = [r.phone for r in residents if r.phone]
    assert phones and all(re.fullmatch(r"[49]\d\d \d\d \d\d\d", p) for p in phones)
    assert len(set(phones)) == len(phones)
    adults = [r for r in residents if r.birth_year and r.birth_year <= 2005]
    assert all(not r.phone for r in residents if (r.birth_year or 2016) > 2009)
    assert sum(r.interpreter_needed for r in adults) >= 5
    assert len({r.language for r in adults}) >= 8
    assert sum(r.needs_completion for r in residents) >= 2


def test_children_have_guardians_some_only_as_contacts(demo):
    children = [r for r in Resident.select() if not r.needs_completion and r.birth_year >= 2010]
    with_guardian = {g.child_id for g in Guardian.select()}
    assert all(c.id in with_guardian for c in children)
    contacts = list(Guardian.select().where(Guardian.guardian.is_null()))
    assert contacts and all(g.name and g.phone for g in contacts)
    assert Guardian.select().where(Guardian.guardian.is_null(False)).count() > 80


def test_photo_consents_given_by_guardians_and_some_withdrawn(demo):
    photo = list(Consent.select().where(Consent.kind == "photo"))
    assert len(photo) >= 40
    assert sum(c.given_by_guardian for c in photo) >= 30
    assert all(c.given_date for c in photo)
    assert sum(c.withdrawn_date is not None for c in photo) >= 2


def certificate_state(volunteer) -> str:
    if not volunteer.police_certificate_required:
        return "not_required"
    shown = volunteer.police_certificate_shown
    if shown is None:
        return "missing"
    expires = shown.replace(year=shown.year + volunteer.police_certificate_renewal_years)
    if expires <= TODAY:
        return "expired"
    if expires <= TODAY + datetime.timedelta(days=60):
        return "expiring"
    return "valid"


def test_volunteers_show_every_certificate_state(demo):
    states = [certificate_state(v) for v in Volunteer.select()]
    assert states.count("valid") >= 12
    assert states.count("expiring") >= 1
    assert states.count("expired") >= 1
    assert 2 <= states.count("missing") <= 3
    assert states.count("not_required") == 1
    missing = [v for v in Volunteer.select() if certificate_state(v) == "missing"]
    assert all(v.police_certificate_requested for v in missing)
    assert Volunteer.select().where(Volunteer.resident.is_null(False)).count() >= 2
    assert Volunteer.select().where(Volunteer.confidentiality_signed.is_null(False)).count() >= 20


def test_volunteers_without_a_valid_certificate_are_flagged_on_childrens_activities(demo):
    for presence in VolunteerPresence.select().join(Session).join(Activity):
        activity = presence.session.activity
        volunteer = presence.volunteer
        shown = volunteer.police_certificate_shown
        valid = (not volunteer.police_certificate_required) or (
            shown is not None and shown <= presence.session.date
            < shown.replace(year=shown.year + volunteer.police_certificate_renewal_years))
        assert presence.certificate_warning == (activity.with_children and not valid)
    assert VolunteerPresence.select().where(VolunteerPresence.certificate_warning).count() >= 1


def test_no_session_on_a_public_holiday(demo):
    public = holidays.country_holidays("NO", years=[2025, 2026, 2027])
    assert [s.date for s in Session.select() if s.date in public] == []


def test_school_holidays_are_stored_and_respected(demo):
    breaks = list(SchoolHoliday.select())
    assert {b.municipality for b in breaks} == {"Oslo"}
    weeks = {(b.first_date.isocalendar()[1], b.first_date.year) for b in breaks}
    assert (40, 2025) in weeks and (8, 2026) in weeks and (40, 2026) in weeks
    for session in Session.select(Session, Schedule).join(Schedule):
        if session.schedule.skip_school_holidays:
            assert not any(b.first_date <= session.date <= b.last_date for b in breaks), session.date


def test_sessions_are_exactly_what_their_schedules_give(demo):
    public = holidays.country_holidays("NO", years=[2025, 2026, 2027])
    breaks = list(SchoolHoliday.select())
    for schedule in Schedule.select():
        weekdays = {int(d) for d in schedule.weekdays.split(",")}
        monday = schedule.first_date - datetime.timedelta(days=schedule.first_date.weekday())
        expected = []
        day = schedule.first_date
        while day <= schedule.last_date:
            if (day.isoweekday() in weekdays
                    and (day - monday).days // 7 % schedule.every_n_weeks == 0
                    and not (schedule.skip_public_holidays and day in public)
                    and not (schedule.skip_school_holidays
                             and any(b.first_date <= day <= b.last_date for b in breaks))):
                expected.append(day)
            day += datetime.timedelta(days=1)
        sessions = list(Session.select().where(Session.schedule == schedule).order_by(Session.date))
        assert [s.date for s in sessions] == expected
        assert all((s.start_time, s.end_time) == (schedule.start_time, schedule.end_time)
                   for s in sessions)
    dates = [s.date for s in Session.select()]
    assert min(dates) >= datetime.date(2025, 8, 18) and max(dates) <= datetime.date(2026, 12, 18)


def test_homework_help_runs_tuesdays_and_thursdays_with_about_forty_children(demo):
    homework = Activity.get(Activity.kind == "homework_help")
    sessions = list(Session.select().where(Session.activity == homework))
    assert {s.date.isoweekday() for s in sessions} == {2, 4}
    assert {(s.start_time, s.end_time) for s in sessions} == {
        (datetime.time(17), datetime.time(19))}
    enrolled = Enrolment.select().where((Enrolment.activity == homework)
                                        & (Enrolment.role == "child")).count()
    assert 75 <= enrolled <= 100
    counts = [Attendance.select().where((Attendance.session == s) & Attendance.present
                                        & (Attendance.role == "child")).count()
              for s in sessions if s.date <= TODAY]
    counted = [c for c in counts if c]
    assert 32 <= sum(counted) / len(counted) <= 48
    assert Attendance.select().join(Session).where(
        (Session.activity == homework) & (Attendance.role == "parent")).count() > 20
    volunteers = [VolunteerPresence.select().where(VolunteerPresence.session == s).count()
                  for s in sessions if s.date <= TODAY]
    assert max(volunteers) <= 8 and sorted(volunteers)[len(volunteers) // 2] >= 4


def test_nothing_is_registered_after_today_and_later_sessions_are_planned(demo):
    after = Session.date > TODAY
    assert Attendance.select().join(Session).where(after).count() == 0
    assert VolunteerPresence.select().join(Session).where(after).count() == 0
    assert HeadCount.select().join(Session).where(after).count() == 0
    assert Session.select().where(after).count() >= 10


def test_cancelled_sessions_have_a_reason_and_no_attendance(demo):
    cancelled = list(Session.select().where(Session.cancelled))
    assert len(cancelled) >= 2
    assert all(s.cancel_reason for s in cancelled)
    assert Attendance.select().join(Session).where(Session.cancelled).count() == 0


def test_a_few_held_sessions_still_miss_their_attendance(demo):
    missing = [s for s in Session.select().join(Activity).where(
                   (Session.date <= TODAY) & ~Session.cancelled & ~Activity.head_count_only)
               if not Attendance.select().where(Attendance.session == s).exists()]
    assert 2 <= len(missing) <= 4


def test_friday_hub_has_head_counts_and_no_names(demo):
    hub = Activity.get(Activity.head_count_only)
    held = Session.select().where((Session.activity == hub) & (Session.date <= TODAY)
                                  & ~Session.cancelled)
    assert Attendance.select().join(Session).where(Session.activity == hub).count() == 0
    assert all(HeadCount.select().where(HeadCount.session == s).exists() for s in held)
    counts = list(HeadCount.select().join(Session).where(Session.activity == hub))
    assert any(c.gender is None and c.age_from is None for c in counts)   # only a total noted
    assert any(c.gender == "female" and c.age_from == 6 for c in counts)


def test_theme_evenings_have_topics_and_interpreters(demo):
    school = Activity.get(Activity.kind == "neighbourhood_school")
    sessions = list(Session.select().where((Session.activity == school) & ~Session.cancelled))
    topics = {s.topic for s in sessions}
    assert "Brannsikkerhet i hjemmet" in topics and len(topics) >= 6
    assert all("Tolk:" in s.notes for s in sessions)


def test_applications_in_different_states_with_history(demo):
    applications = list(Application.select())
    statuses = {a.status for a in applications}
    assert len(statuses) >= 4
    assert {"draft", "sent", "granted", "rejected", "reported"} <= statuses
    for application in applications:
        history = list(application.status_changes.order_by(ApplicationStatusChange.changed_on))
        assert history[0].status == "draft" and history[-1].status == application.status
        assert isinstance(application.amount_applied, Decimal)
        assert application.goals.count() >= 2 and application.budget_lines.count() >= 3
        assert application.activity_links.count() >= 1
    for application in applications:
        if application.status in ("granted", "reported"):
            assert application.amount_granted < application.amount_applied
            for field in ("summary", "method", "results", "deviations", "challenges",
                          "continuation"):
                assert getattr(application, field), field
    reported = Application.get(Application.status == "reported")
    assert all(g.rating in ("reached", "partly", "not_reached") for g in reported.goals)


def test_budget_lines_are_partly_over_and_partly_under_budget(demo):
    over = under = 0
    for line in BudgetLine.select().join(Application).where(
            Application.status.in_(("granted", "reported"))):
        spent = sum((e.amount for e in line.expenses), Decimal(0))
        assert isinstance(spent, Decimal)
        over += spent > line.amount
        under += spent < line.amount
    assert over >= 2 and under >= 2
    assert any(e.amount != e.amount.to_integral_value() for e in Expense.select())  # øre
    assert all(e.date <= TODAY for e in Expense.select())


def test_funders_have_their_own_age_bands_and_hour_rates(demo):
    gjensidige = Funder.get(Funder.name == "Gjensidigestiftelsen")
    assert gjensidige.volunteer_hour_rate == Decimal("300.00")
    bands = [(b.label, b.age_from, b.age_to) for b in
             gjensidige.age_bands.where(AgeBand.scheme.is_null()).order_by(AgeBand.sort_order)]
    assert bands == [("<12", None, 12), ("13–19", 13, 19), ("20–25", 20, 25),
                     ("26–64", 26, 64), ("65+", 65, None)]
    assert Funder.get(Funder.short_name == "Bufdir").volunteer_hour_rate is None
    assert AgeBand.select().where(AgeBand.scheme.is_null(False)).count() >= 1
    bufdir = Application.get(Application.sub_category.startswith("4."))
    assert bufdir.scheme.name == "Tilskudd til inkludering av barn og unge"


def test_every_row_carries_a_story_timestamp(demo):
    earliest = datetime.datetime(2025, 8, 11)
    latest = datetime.datetime(2026, 11, 21)
    for model in ALL_MODELS:
        if not issubclass(model, Editable):
            continue
        for row in model.select():
            assert earliest <= row.created_at <= row.updated_at < latest, (model, row.id)
            assert row.updated_by == "demo"


def dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_same_seed_gives_the_same_database(tmp_path):
    first, second, other = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    assert write_demo_database(first, seed=7) == write_demo_database(second, seed=7)
    assert dump(first) == dump(second)
    assert first.read_bytes() == second.read_bytes()
    write_demo_database(other, seed=8)
    assert dump(other) != dump(first)


def test_an_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "samvirke.db"
    path.write_bytes(b"colleague's work")
    with pytest.raises(DemoFileExists) as caught:
        write_demo_database(path)
    assert "finnes allerede" in caught.value.message
    assert path.read_bytes() == b"colleague's work"


def test_command_line_makes_and_checks_the_demo(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert cli.main(["demo", str(path)]) == 0
    assert "beboere" in capsys.readouterr().out
    assert cli.main(["check", "--database", str(path)]) == 0
    assert "Tilstand: ok" in capsys.readouterr().out
    assert cli.main(["demo", str(path)]) == 1
    assert "finnes allerede" in capsys.readouterr().err


def test_the_programs_own_rules_agree_with_the_demo(demo):
    for schedule in Schedule.select():
        planned = plan_schedule(schedule, "Oslo").dates
        stored = [s.date for s in Session.select().where(Session.schedule == schedule)
                  .order_by(Session.date)]
        assert planned == stored
    states = sorted(certificate_status(v, TODAY).status.value for v in Volunteer.select())
    assert states == sorted(certificate_state(v) for v in Volunteer.select())


def test_grant_figures_match_the_reported_goals(demo):
    reported = Application.get(Application.status == "reported")
    figures = {a.name: a for a in grant_statistics(reported.id).activities}
    dugnads = int(re.search(r"holdt (\d+) dugnader", reported.results).group(1))
    patrols = int(re.search(r"og (\d+) patruljekvelder", reported.results).group(1))
    assert figures["Dugnad"].sessions_held == dugnads
    assert figures["Nærmiljøpatrulje"].sessions_held == patrols
    assert grant_statistics(reported.id).volunteers.in_kind_value > 0


def test_a_failed_demo_leaves_no_half_filled_file(tmp_path, monkeypatch):
    from samvirke_desktop.domain.demo import rows as demo_rows

    def fail(self, db):
        raise OSError("disk full")

    monkeypatch.setattr(demo_rows.DemoRows, "write", fail)
    path = tmp_path / "demo.db"
    with pytest.raises(OSError):
        write_demo_database(path)
    assert not path.exists()
