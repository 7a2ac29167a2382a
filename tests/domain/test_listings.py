"""The lists the pages show: one query each, archived records hidden unless asked for."""
import datetime
from decimal import Decimal

from samvirke_desktop.db.models import DB, Resident, Site
from samvirke_desktop.domain import overview
from samvirke_desktop.domain.activities import activity_list
from samvirke_desktop.domain.grants import application_list
from samvirke_desktop.domain.partners import partner_list
from samvirke_desktop.domain.people import resident_list, volunteer_list
from tests.gui import sample_data


class QueryCounter:
    """Counts the SQL statements run, to show a list takes one query however long it is."""

    def __init__(self):
        self.count = 0

    def __enter__(self):
        db = DB.obj
        self._original = db.execute_sql

        def counting(sql, params=None, *args, **kwargs):
            self.count += 1
            return self._original(sql, params, *args, **kwargs)

        db.execute_sql = counting
        return self

    def __exit__(self, *exc):
        del DB.obj.execute_sql


def test_age_from_birth_date_or_year():
    day = datetime.date(2026, 6, 5)
    assert resident_list.age_on(datetime.date(2016, 6, 5), None, day) == 10
    assert resident_list.age_on(datetime.date(2016, 6, 6), None, day) == 9
    assert resident_list.age_on(None, 2016, day) == 10
    assert resident_list.age_on(None, None, day) is None


def test_residents_hide_archived_and_anonymised(database):
    expected = sample_data.fill()
    rows = resident_list.list_residents()
    assert len(rows) == expected.residents
    assert {r.name for r in rows} >= {"Amina Hassan", "Şükrü Yılmaz"}
    assert "Ola Flyttet" not in {r.name for r in rows}
    assert len(resident_list.list_residents(include_archived=True)) == expected.residents_all
    assert resident_list.count_residents() == expected.residents


def test_resident_row_has_site_household_and_gender_word(database):
    sample_data.fill()
    by_name = {r.name: r for r in resident_list.list_residents()}
    amina = by_name["Amina Hassan"]
    assert (amina.site, amina.household, amina.language) == ("Kvartal 5", "Hassan", "somali")
    assert amina.gender_label == "Jente"
    assert by_name["Fadumo Hassan"].gender_label == "Kvinne"
    assert by_name["Yusuf Hassan"].gender_label == "Gutt"
    assert by_name["Şükrü Yılmaz"].gender_label == "Mann"


def test_residents_list_is_two_queries_for_many_residents(database):
    site = Site.create(name="Kvartal 5")
    Resident.insert_many([{"first_name": f"Person {i}", "site": site.id, "birth_year": 2000}
                          for i in range(300)]).execute()
    with QueryCounter() as counter:
        rows = resident_list.list_residents()
    assert len(rows) == 300
    assert counter.count == 2  # the residents, and their consents: never one per resident


def test_volunteers_partners_applications(database):
    expected = sample_data.fill()
    vols = volunteer_list.list_volunteers()
    assert len(vols) == expected.volunteers
    assert len(volunteer_list.list_volunteers(include_archived=True)) == expected.volunteers_all
    assert volunteer_list.count_active_volunteers() == expected.active_volunteers
    assert [p.kind_label for p in partner_list.list_partners()] == ["NAV", "Bibliotek"]
    apps = application_list.list_applications()
    assert len(apps) == expected.applications
    granted = next(a for a in apps if a.status == "granted")
    assert granted.status_label == "Innvilget"
    assert granted.amount_granted == Decimal("200000.00")
    draft = next(a for a in apps if a.status == "draft")
    assert draft.amount_applied == Decimal("80000.50") and draft.amount_granted is None


def test_activities_count_sessions_and_enrolments_in_one_query(database):
    expected = sample_data.fill()
    with QueryCounter() as counter:
        rows = activity_list.list_activities()
    assert counter.count == 1
    homework = next(r for r in rows if r.kind == "homework_help")
    assert homework.kind_label == "Leksehjelp"
    assert homework.session_count == expected.homework_sessions
    assert homework.enrolled_count == expected.homework_enrolled


def test_week_sessions_count_registered_and_head_counted(database):
    expected = sample_data.fill()
    with QueryCounter() as counter:
        rows = overview.list_week_sessions()
    assert counter.count == 1
    assert len(rows) == expected.week_sessions
    held = [r for r in rows if not r.cancelled]
    assert [r.present_count for r in held] == [sample_data.TUESDAY_PRESENT,
                                               sample_data.FRIDAY_PRESENT]
    assert rows == sorted(rows, key=lambda r: (r.date, r.start_time))
    counts = overview.key_counts()
    assert counts.residents == expected.residents
    assert counts.active_volunteers == expected.active_volunteers
    assert counts.activities == expected.activities
    assert counts.sessions_this_week == expected.week_sessions_held
    assert counts.ongoing_applications == expected.ongoing_applications


def test_week_bounds_are_iso_monday_to_sunday():
    assert overview.week_bounds(datetime.date(2026, 1, 1)) == (datetime.date(2025, 12, 29),
                                                               datetime.date(2026, 1, 4))


def test_empty_database_is_empty_until_residents_or_activities(database):
    assert overview.is_empty()
    Resident.create(first_name="Amina")
    assert not overview.is_empty()
