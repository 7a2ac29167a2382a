"""Anonymisation that leaves no person: only birth year, gender, area and attendance remain,
the row is in no list, search or export, the grant figures stay, and a small group is told."""
import datetime
import json
import shutil
from decimal import Decimal

import pytest
from peewee import fn

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    ActivityPhoto,
    ActivityPhotoPerson,
    Application,
    Attendance,
    ChangeLog,
    Consent,
    Enrolment,
    Funder,
    Guardian,
    Household,
    Resident,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import activity_record, attendance
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.domain.people import duplicates, resident_list, resident_record, volunteer_list
from samvirke_desktop.domain.privacy import erasure, retention
from samvirke_desktop.domain.privacy.singled_out import MIN_GROUP, singled_out_risk, singled_out_risks
from samvirke_desktop.domain.report_periods import month_bounds
from samvirke_desktop.domain.spreadsheets import register_export
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied

D = datetime.date
ADMIN = actor.Actor(username="admin", role="admin")
NAME, SURNAME = "Zebedeus", "Ødegård-Quattlebaum"
DEMO_TODAY = D(2026, 11, 20)


@pytest.fixture
def admin():
    actor.set_current(ADMIN)


@pytest.fixture
def child(database, admin):
    """A boy in Kvartal 5 with everything a resident can have around him."""
    site = Site.create(name="Kvartal 5")
    household = record_changes.create(Household, name=f"Familien {SURNAME}", site=site)
    mother = record_changes.create(Resident, first_name="Hodan", last_name=SURNAME,
                                   phone="912 34 567", household=household, gender="female",
                                   birth_date=D(1985, 3, 2), birth_year=1985, site=site)
    boy = record_changes.create(Resident, first_name=NAME, last_name=SURNAME, household=household,
                                gender="male", birth_date=D(2013, 5, 17), birth_year=2013,
                                site=site, phone="401 00 002", email="z@example.no",
                                language="somali", interpreter_needed=True, notes="Liker sjakk",
                                storage_basis="Offentlig oppgave", needs_completion=True)
    record_changes.create(Guardian, child=boy, guardian=mother, relation="mor")
    record_changes.create(Guardian, child=boy, name="Onkel Abdi", phone="909 09 090")
    record_changes.create(Consent, resident=boy, kind="photo", given_by="Hodan",
                          given_by_guardian=True, given_date=D(2025, 8, 20))
    activity = Activity.create(name="Leksehjelp", kind="homework_help", site=site)
    record_changes.create(Enrolment, activity=activity, resident=boy, role="child")
    sessions = []
    for day in (6, 8, 13):
        session = Session.create(activity=activity, date=D(2026, 1, day))
        record_changes.create(Attendance, session=session, resident=boy, role="child")
        sessions.append(session)
    record_changes.update(Session, sessions[0].id, 1,
                          notes=f"zebedeus kom sent. {NAME.upper()} {SURNAME} hadde glemt boka; "
                                "Omar hjalp ham. Ødegård-Quattlebaum-familien ringte.")
    record_changes.update(Session, sessions[1].id, 1, topic=f"Brøk med {NAME}",
                          cancel_reason="")
    other = Session.create(activity=activity, date=D(2026, 1, 15),
                           notes=f"{NAME} var ikke her; Omar kom.")
    helper = Volunteer.create(first_name=NAME, last_name=SURNAME, resident=boy)
    photo = ActivityPhoto.create(activity=activity, taken_on=D(2026, 1, 8), image=b"\x89PNG",
                                 caption=f"Leksehjelp med {NAME}")
    ActivityPhotoPerson.create(photo=photo, resident=boy)
    return {"site": site, "household": household, "mother": mother, "boy": boy,
            "activity": activity, "sessions": sessions, "other": other, "helper": helper,
            "photo": photo}


def test_only_birth_year_gender_area_and_attendance_remain(child):
    boy_id = child["boy"].id
    erasure.anonymise_resident(boy_id)

    boy = Resident.get_by_id(boy_id)
    assert (boy.birth_year, boy.gender, boy.site_id) == (2013, "male", child["site"].id)
    assert boy.birth_date is None
    assert (boy.first_name, boy.last_name, boy.phone, boy.email, boy.language, boy.notes,
            boy.storage_basis, boy.search_text) == (retention.ANONYMOUS_NAME, "", "", "", "", "",
                                                    "", "")
    assert not boy.interpreter_needed and not boy.needs_completion
    assert boy.household_id is None and boy.archived and boy.anonymised_at is not None
    kept = [(a.session_id, a.role, a.present) for a in
            Attendance.select().where(Attendance.resident == boy_id).order_by(Attendance.id)]
    assert kept == [(s.id, "child", True) for s in child["sessions"]]

    for model, column in ((Guardian, Guardian.child), (Guardian, Guardian.guardian),
                          (Consent, Consent.resident), (Enrolment, Enrolment.resident),
                          (ActivityPhotoPerson, ActivityPhotoPerson.resident),
                          (Volunteer, Volunteer.resident)):
        assert not model.select().where(column == boy_id).exists(), model.__name__
    # The household keeps the mother; its name is hers too.
    assert Household.get_by_id(child["household"].id).name == f"Familien {SURNAME}"


def test_the_name_goes_from_the_sessions_he_was_at_and_from_their_log(child):
    first, second, _third = child["sessions"]
    erasure.anonymise_resident(child["boy"].id)

    notes = Session.get_by_id(first.id).notes
    assert notes == ("[navn fjernet] kom sent. [navn fjernet] hadde glemt boka; Omar hjalp ham. "
                     "[navn fjernet]-familien ringte.")
    assert Session.get_by_id(first.id).version == first.version + 2   # the save, the erasure
    assert Session.get_by_id(second.id).topic == "Brøk med [navn fjernet]"
    assert ActivityPhoto.get_by_id(child["photo"].id).caption == "Leksehjelp med [navn fjernet]"
    # A session he was not registered at is someone else's note: it is left as it is.
    assert Session.get_by_id(child["other"].id).notes == f"{NAME} var ikke her; Omar kom."

    logged = [json.loads(c.changes) for c in ChangeLog.select().where(
        (ChangeLog.table_name == "session") & (ChangeLog.record_id == first.id))]
    assert logged and all(NAME.casefold() not in json.dumps(c, ensure_ascii=False).casefold()
                          for c in logged)
    assert "Omar hjalp ham" in json.dumps(logged, ensure_ascii=False)


def test_the_name_is_found_whatever_its_case_and_accents():
    names = erasure.name_matcher("Şükrü", "Yılmaz")
    assert names.replace("sukru og ŞÜKRÜ YILMAZ kom; Yilmaz-familien også, ikke Sukrus.") == (
        "[navn fjernet] og [navn fjernet] kom; [navn fjernet]-familien også, ikke Sukrus.")
    assert erasure.name_matcher("Nguyễn Thị", "Hoa").replace("Nguyen kom med Hoa") == (
        "[navn fjernet] kom med [navn fjernet]")
    assert erasure.name_matcher("Li", "").replace("Li kom, tur i lia") == (
        "[navn fjernet] kom, tur i lia")


def test_nothing_of_him_is_left_in_the_file(child, db_path):
    erasure.anonymise_resident(child["boy"].id)
    erasure.anonymise_resident(child["mother"].id)
    Volunteer.delete().where(Volunteer.id == child["helper"].id).execute()
    Session.delete().where(Session.id == child["other"].id).execute()
    ChangeLog.delete().where(ChangeLog.table_name == "session",
                             ChangeLog.record_id == child["other"].id).execute()
    connection.close_database()
    data = db_path.read_bytes()
    for text in (NAME, SURNAME, "Zebedeus".lower(), "odegard", "912 34 567", "401 00 002",
                 "z@example.no", "Onkel Abdi", "sjakk", "2013-05-17"):
        assert text.encode("utf-8") not in data, text


def test_the_birth_year_is_kept_when_only_the_date_was_stored(database, admin):
    born = Resident.create(first_name="Bare", last_name="Dato", birth_date=D(2014, 2, 3))
    erasure.anonymise_resident(born.id)
    assert (Resident.get_by_id(born.id).birth_date, Resident.get_by_id(born.id).birth_year) == (
        None, 2014)


def test_an_anonymised_resident_is_in_no_list_search_or_export(child):
    boy_id = child["boy"].id
    erasure.anonymise_resident(boy_id)
    # A named resident with the same first name, to show searches still work.
    Resident.create(first_name="Anonymisert", last_name="Navnesen", birth_year=1990)

    listed = {r.id for r in resident_list.list_residents(include_archived=True)}
    assert boy_id not in listed and child["mother"].id in listed
    assert resident_list.count_residents(include_archived=True) == 2
    for found in (activity_record.search_residents("anonymisert"),
                  activity_record.search_residents("zebedeus"),
                  attendance.search_residents_for_walk_in("anonymisert"),
                  attendance.search_residents_for_walk_in("zebedeus")):
        assert boy_id not in {getattr(m, "id", None) or m.resident_id for m in found}
    assert [m.name for m in activity_record.search_residents("anonymisert")] == [
        "Anonymisert Navnesen"]
    assert boy_id not in {d.id for d in duplicates.find_duplicate_residents(
        retention.ANONYMOUS_NAME, "", birth_year=2013)}
    assert boy_id not in {rid for rid, _ in resident_record.guardian_choices()}

    residents = register_export.residents_table(include_archived=True)
    assert boy_id not in {row[0] for row in residents.rows}
    listed_attendance = register_export.attendance_table()
    assert retention.ANONYMOUS_NAME not in {row[2] for row in listed_attendance.rows}
    matrix = register_export.attendance_table(activity_id=child["activity"].id, layout="matrix")
    assert matrix.rows == []


def test_an_anonymised_volunteer_is_in_no_list(database, admin):
    session = Session.create(activity=Activity.create(name="Dugnad"), date=D(2024, 5, 4))
    gone = Volunteer.create(first_name="Gammel", last_name="Hjelper", end_date=D(2024, 6, 1))
    VolunteerPresence.create(session=session, volunteer=gone, hours=Decimal(3))
    Volunteer.create(first_name="Aktiv", last_name="Hjelper")
    erasure.anonymise_volunteer(gone.id)
    assert [v.name for v in volunteer_list.list_volunteers(include_archived=True)] == [
        "Aktiv Hjelper"]
    assert VolunteerPresence.get().hours == Decimal("3.00")


def test_only_an_administrator_checks_small_groups(child):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    with pytest.raises(PermissionDenied):
        singled_out_risk(child["boy"].id)


# --- a small group ------------------------------------------------------------------------

def _boy(site, year=2013, **extra):
    return Resident.create(first_name="Gutt", last_name="Hansen", gender="male",
                           birth_year=year, site=site, **extra)


def test_fewer_than_three_of_a_year_gender_and_area_is_told(child):
    site = child["site"]
    risk = singled_out_risk(child["boy"].id)
    assert (risk.group_size, risk.group_size_without_area, risk.site_name) == (1, 1, "Kvartal 5")
    assert risk.name == f"{NAME} {SURNAME}"
    assert risk.message.startswith("Ingen andre beboere i Kvartal 5 er gutter født 2013")
    assert "Fjern også området" in risk.message
    assert risk.reason == ("Ingen andre beboere i Kvartal 5 er gutter født 2013. Også uten "
                           "område er personen den eneste med samme fødselsår og kjønn i hele "
                           "databasen.")
    assert risk.message == ("Ingen andre beboere i Kvartal 5 er gutter født 2013. De som kjenner "
                            "området, kan derfor gjette hvem det var. Fjern også området, så står "
                            "bare fødselsår, kjønn og oppmøte igjen. Også uten område er "
                            "personen den eneste med samme fødselsår og kjønn i hele databasen.")

    # Another boy born 2013 in another area counts only without the area.
    _boy(Site.create(name="Vogts gate 64"))
    second = _boy(site)
    risk = singled_out_risk(child["boy"].id)
    assert (risk.group_size, risk.group_size_without_area) == (2, 3)
    assert risk.message.startswith("Bare 2 beboere i Kvartal 5 er gutter født 2013, denne "
                                   "personen medregnet")
    assert "Også uten område" not in risk.message
    # A girl, a boy of another year and a boy without an area are other groups.
    Resident.create(first_name="Jente", gender="female", birth_year=2013, site=site)
    _boy(site, year=2014)
    _boy(None)
    assert singled_out_risk(child["boy"].id).group_size == 2

    # The anonymised count as well as the named: the group is the rows that are left.
    erasure.anonymise_resident(second.id)
    third = _boy(site, archived=True)
    assert singled_out_risk(child["boy"].id) is None
    assert MIN_GROUP == 3
    assert {r.resident_id for r in singled_out_risks([child["boy"].id, third.id])} == set()


def test_a_resident_without_an_area_has_nothing_to_drop(database, admin):
    lone = Resident.create(first_name="Uten", gender="female", birth_year=1931)
    assert singled_out_risk(lone.id) is None
    assert singled_out_risks([]) == []


def test_the_area_can_go_too(child):
    boy_id = child["boy"].id
    erasure.anonymise_resident(boy_id, drop_site=True)
    boy = Resident.get_by_id(boy_id)
    assert (boy.site_id, boy.birth_year, boy.gender) == (None, 2013, "male")
    entry = ChangeLog.select().where(ChangeLog.action == "anonymise").get()
    assert entry.summary == "Beboer anonymisert, også området fjernet"


def test_the_area_can_go_later_and_anonymising_twice_changes_nothing(child):
    boy_id, first = child["boy"].id, child["sessions"][0]
    erasure.anonymise_resident(boy_id)
    notes = Session.get_by_id(first.id).notes
    erasure.anonymise_resident(boy_id)
    assert Resident.get_by_id(boy_id).site_id == child["site"].id
    assert Session.get_by_id(first.id).notes == notes
    erasure.anonymise_resident(boy_id, drop_site=True)
    assert Resident.get_by_id(boy_id).site_id is None
    assert ChangeLog.select().where(ChangeLog.resident_id == boy_id).order_by(
        ChangeLog.id.desc()).first().summary == "Området fjernet fra anonymisert beboer"


def test_the_step_drops_the_area_only_for_those_asked(database, admin):
    old = datetime.datetime(2020, 1, 1)
    site = Site.create(name="Kvartal 5")
    lonely = Resident.create(first_name="Ensom", gender="female", birth_year=1950, site=site,
                             created_at=old, updated_at=old)
    common = Resident.create(first_name="Vanlig", gender="male", birth_year=2012, site=site,
                             created_at=old, updated_at=old)
    items = retention.due_for_erasure(D(2026, 11, 22))
    assert {i.record_id for i in items} == {lonely.id, common.id}
    assert [r.resident_id for r in singled_out_risks([i.record_id for i in items])] == [
        i.record_id for i in items]
    assert erasure.erase_due(items, drop_site_for={lonely.id}) == 2
    assert Resident.get_by_id(lonely.id).site_id is None
    assert Resident.get_by_id(common.id).site_id == site.id


# --- the grant figures of the demo ------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    from samvirke_desktop.domain.demo.database import write_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo_database(path)
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    connection.open_database(path, create=False)
    actor.set_current(ADMIN)
    yield path
    connection.close_database()


def _everyone_with_a_birth_date() -> list[int]:
    """The batch: every demo resident with a full birth date, the children among them."""
    return [r for (r,) in Resident.select(Resident.id)
            .where(Resident.birth_date.is_null(False)).tuples()]


def _children(ids) -> list[int]:
    came_as_child = Attendance.select(Attendance.resident).where(Attendance.role == "child")
    return [r for (r,) in Resident.select(Resident.id)
            .where(Resident.id.in_(came_as_child) & Resident.id.in_(ids)).tuples()]


def _report_periods(app, years) -> list[tuple[D, D]]:
    """Every period the Rapporter page offers for the application: its own period («Hele
    søknadsperioden»), and every month, term and year of the years with sessions («Denne
    måneden», «Forrige semester», «I fjor» ... on any day), with two of the team's own dates
    (a school year, a span from a 17 May to a 17 May)."""
    periods = {(app.period_start, app.period_end)}
    for year in years:
        periods |= {(D(year, 1, 1), D(year, 6, 30)), (D(year, 7, 1), D(year, 12, 31)),
                    (D(year, 1, 1), D(year, 12, 31))}
        periods |= {month_bounds(year, month) for month in range(1, 13)}
    periods |= {(D(2025, 8, 15), D(2026, 6, 20)), (D(2025, 5, 17), D(2026, 5, 17))}
    return sorted(periods)


def _figures() -> dict:
    years = range(Session.select(fn.MIN(Session.date)).scalar().year,
                  Session.select(fn.MAX(Session.date)).scalar().year + 1)
    return {(app.id, first, last, basis):
            grant_statistics(app.id, first, last, age_basis=basis, today=DEMO_TODAY).as_dict()
            for app in Application.select().order_by(Application.id)
            for first, last in _report_periods(app, years)
            for basis in ("period_start", "first_attendance")}


def test_every_demo_application_has_the_same_figures_in_every_period_after_anonymisation(demo):
    """Issue 19: anonymising every demo resident with a birth date (only the year is kept)
    changes no figure of any application, in any period the Rapporter page offers, at either
    age basis."""
    batch = _everyone_with_a_birth_date()
    assert len(_children(batch)) > 80
    before = _figures()
    assert len(before) > 300
    assert any(f["participants"]["children"]["total"] for f in before.values())
    # Periods starting after someone's birthday in the year are among them (a month, a term).
    assert any(first.month > 1 and f["participants"]["children"]["total"]
               for (_app, first, _last, _basis), f in before.items())
    erasure.erase_due([retention.DueItem("resident", rid, "", "", None) for rid in batch])
    assert Resident.select().where(Resident.id.in_(batch) & Resident.birth_date.is_null(False)
                                   ).count() == 0
    assert Resident.select().where(Resident.id.in_(batch) & Resident.anonymised_at.is_null()
                                   ).count() == 0
    after = _figures()
    assert after.keys() == before.keys()
    changed = [key for key in before if after[key] != before[key]]
    assert changed == []


def test_the_anonymised_children_are_gone_from_the_demo_lists(demo):
    batch = set(_children(_everyone_with_a_birth_date()))
    erasure.erase_due([retention.DueItem("resident", rid, "", "", None) for rid in batch])
    assert not batch & {r.id for r in resident_list.list_residents(include_archived=True)}
    assert not batch & {row[0] for row in register_export.residents_table(
        include_archived=True).rows}
    assert not Guardian.select().where(Guardian.child.in_(list(batch))).exists()
    assert not Consent.select().where(Consent.resident.in_(list(batch))).exists()
    # Activities still count attendance, not the enrolled who are no longer people.
    assert not Enrolment.select().where(Enrolment.resident.in_(list(batch))).exists()


def test_a_child_counts_in_the_same_band_after_anonymisation(database, admin):
    """The small case the demo test stands for: a child born on 17 May 2013 is 13 all through
    2026 by the date as by the year alone, in a period starting before or after the birthday."""
    site = Site.create(name="Kvartal 5")
    boy = Resident.create(first_name=NAME, gender="male", birth_date=D(2013, 5, 17),
                          birth_year=2013, site=site)
    activity = Activity.create(name="Leksehjelp")
    app = Application.create(funder=Funder.create(name="Bufdir"), title="Leksehjelp 2026",
                             period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                             amount_applied=Decimal(100000))
    ActivityApplication.create(activity=activity, application=app)
    for day in (D(2026, 1, 6), D(2026, 1, 8), D(2026, 6, 2)):
        Attendance.create(session=Session.create(activity=activity, date=day),
                          resident=boy, role="child")
    periods = [(None, None), (D(2026, 1, 1), D(2026, 5, 16)), (D(2026, 6, 1), D(2026, 6, 30))]

    def figures():
        return [grant_statistics(app.id, first, last, age_basis=basis, today=DEMO_TODAY).as_dict()
                for first, last in periods for basis in ("period_start", "first_attendance")]

    before = figures()
    for f in before:   # 13 in each, as in 2026 by the year alone
        bands = {r["label"]: r["total"] for r in f["participants"]["children"]["rows"]}
        assert [label for label, n in bands.items() if n] == ["13–17"]
    erasure.anonymise_resident(boy.id)
    assert figures() == before


def test_anonymisation_and_the_small_group_check_on_both_kinds_of_database(any_database, admin):
    site = Site.create(name="Kvartal 5")
    boy = Resident.create(first_name="Şükrü", last_name="Yılmaz", gender="male",
                          birth_date=D(2013, 5, 17), birth_year=2013, site=site)
    session = Session.create(activity=Activity.create(name="Leksehjelp"), date=D(2026, 1, 6),
                             notes="şükrü og Omar kom")
    Attendance.create(session=session, resident=boy, role="child")
    record_changes.create(Enrolment, activity=session.activity_id, resident=boy)
    assert singled_out_risk(boy.id).group_size == 1
    erasure.anonymise_resident(boy.id, drop_site=True)
    left = Resident.get_by_id(boy.id)
    assert (left.birth_date, left.birth_year, left.site_id, left.first_name) == (
        None, 2013, None, retention.ANONYMOUS_NAME)
    assert Session.get_by_id(session.id).notes == "[navn fjernet] og Omar kom"
    assert not Enrolment.select().exists()
    assert resident_list.list_residents(include_archived=True) == []
