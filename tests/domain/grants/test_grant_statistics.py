"""Grant statistics against figures worked out by hand from a small, fixed data set.

The data (application period 01.01.2026–30.06.2026, Bufdir bands):

Activities: Leksehjelp (A) and Ferieklubb (B) are linked to the application,
Dugnad (C) is not.

Sessions   A: 10.12.2025, 13.01, 10.02, 10.03 (cancelled), 30.06 (last day), 01.07
           B: 20.02, 15.04     C: 05.11.2025, 01.03

Ages are counted from the birth year: the age reached in 2026 (2026 − birth year).

Residents (role; birth; gender; present at)
  Amina   child  2013-12-31 (→ 13, as Jonas)      F   A 13.01, B 20.02  (both activities)
  Jonas   child  2013-01-01 (→ 13)                M   A 10.12.2025, A 13.01  (returning)
  Sara    child  born 2014, year only (→ 12)       F   A 30.06 (last day)
  Omar    child  no birth date or year             M   C 05.11.2025 (returning), B 15.04
  Lina    child  2009-05-05, archived+anonymised   O   A 10.02  (→ 17)
  Fatima  parent 1985-03-03 (→ 41)                 F   A 13.01
  Ali     adult  born 2004, year only (→ 22)       M   A 10.02, B 20.02
  Per     child  only at the cancelled session and after the period   (not counted)
  Nora    child  registered absent on A 10.02                         (not counted)
  Eli     child  only at the unlinked activity C 01.03                 (not counted)
"""
import datetime
import json
import time
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    Application,
    Attendance,
    BudgetLine,
    Expense,
    Funder,
    FunderScheme,
    HeadCount,
    Resident,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.grants import age_bands
from samvirke_desktop.domain.grants.figures_text import as_csv, as_json, as_text, figure_rows
from samvirke_desktop.domain.grants.statistics import age_on, grant_statistics
from samvirke_desktop.errors import RecordGone, ValidationError

D = datetime.date


def _session(activity, day, cancelled=False):
    return Session.create(activity=activity, date=day, cancelled=cancelled)


def _attend(session, resident, role="child", present=True):
    return Attendance.create(session=session, resident=resident, role=role, present=present)


@pytest.fixture
def data(database):
    funder = Funder.create(name="Barne-, ungdoms- og familiedirektoratet", short_name="Bufdir",
                           volunteer_hour_rate=Decimal("500.00"))
    age_bands.apply_preset(funder.id, "bufdir")
    scheme = FunderScheme.create(funder=funder, name="Tilskudd til inkludering av barn og unge")
    app = Application.create(
        funder=funder, scheme=scheme, sub_category="4.1 Ferie- og fritidsaktiviteter",
        title="Leksehjelp og ferieklubb 2026", reference="BUF-2026-17",
        period_start=D(2026, 1, 1), period_end=D(2026, 6, 30), status="granted",
        amount_applied=Decimal("250000.00"), amount_granted=Decimal("200000.00"))
    a = Activity.create(name="Leksehjelp", kind="homework_help")
    b = Activity.create(name="Ferieklubb", kind="holiday_activity")
    c = Activity.create(name="Dugnad", kind="dugnad")
    ActivityApplication.create(activity=a, application=app)
    ActivityApplication.create(activity=b, application=app)

    s = {
        "a_before": _session(a, D(2025, 12, 10)),
        "a_jan": _session(a, D(2026, 1, 13)),
        "a_feb": _session(a, D(2026, 2, 10)),
        "a_mar": _session(a, D(2026, 3, 10), cancelled=True),
        "a_last": _session(a, D(2026, 6, 30)),
        "a_after": _session(a, D(2026, 7, 1)),
        "b_feb": _session(b, D(2026, 2, 20)),
        "b_apr": _session(b, D(2026, 4, 15)),
        "c_before": _session(c, D(2025, 11, 5)),
        "c_mar": _session(c, D(2026, 3, 1)),
    }

    def person(first, gender, birth_date=None, birth_year=None, **extra):
        return Resident.create(first_name=first, gender=gender, birth_date=birth_date,
                               birth_year=birth_year, **extra)

    amina = person("Amina", "female", D(2013, 12, 31))
    jonas = person("Jonas", "male", D(2013, 1, 1))
    sara = person("Sara", "female", birth_year=2014)
    omar = person("Omar", "male")
    lina = person("Lina", "other", D(2009, 5, 5), archived=True,
                  anonymised_at=datetime.datetime(2026, 8, 1, 12, 0))
    fatima = person("Fatima", "female", D(1985, 3, 3))
    ali = person("Ali", "male", birth_year=2004)
    per = person("Per", "male", D(2015, 2, 2))
    nora = person("Nora", "female", D(2016, 3, 3))
    eli = person("Eli", "female", D(2014, 4, 4))

    _attend(s["a_jan"], amina)
    _attend(s["b_feb"], amina)
    _attend(s["a_before"], jonas)
    _attend(s["a_jan"], jonas)
    _attend(s["a_last"], sara)
    _attend(s["c_before"], omar)
    _attend(s["b_apr"], omar)
    _attend(s["a_feb"], lina)
    _attend(s["a_jan"], fatima, role="parent")
    _attend(s["a_feb"], ali, role="adult")
    _attend(s["b_feb"], ali, role="adult")
    _attend(s["a_mar"], per)
    _attend(s["a_after"], per)
    _attend(s["a_feb"], nora, present=False)
    _attend(s["c_mar"], eli)

    HeadCount.create(session=s["a_jan"], age_from=6, age_to=12, gender="female", count=4)
    HeadCount.create(session=s["a_jan"], age_from=13, age_to=15, gender="male", count=2)
    HeadCount.create(session=s["b_apr"], count=5)
    HeadCount.create(session=s["b_apr"], age_from=10, age_to=14, gender="male", count=3)
    HeadCount.create(session=s["a_last"], age_from=25, age_to=None, gender="female", count=2)
    HeadCount.create(session=s["a_mar"], count=10)
    HeadCount.create(session=s["a_after"], count=7)

    v1 = Volunteer.create(first_name="Kari")
    v2 = Volunteer.create(first_name="Ole")
    v3 = Volunteer.create(first_name="Siri")
    VolunteerPresence.create(session=s["a_jan"], volunteer=v1, hours=Decimal("2.50"))
    VolunteerPresence.create(session=s["a_feb"], volunteer=v1, hours=Decimal("2.25"))
    VolunteerPresence.create(session=s["b_feb"], volunteer=v2, hours=Decimal("3.00"))
    VolunteerPresence.create(session=s["a_mar"], volunteer=v2, hours=Decimal("2.00"))
    VolunteerPresence.create(session=s["a_after"], volunteer=v3, hours=Decimal("2.00"))
    VolunteerPresence.create(session=s["a_before"], volunteer=v3, hours=Decimal("1.00"))

    salary = BudgetLine.create(application=app, name="Lønn", amount=Decimal("100000.00"), sort_order=0)
    food = BudgetLine.create(application=app, name="Mat", amount=Decimal("12000.00"), sort_order=1)
    BudgetLine.create(application=app, name="Materiell", amount=Decimal("5000.00"), sort_order=2)
    Expense.create(budget_line=salary, date=D(2026, 1, 31), amount=Decimal("30000.00"))
    Expense.create(budget_line=salary, date=D(2026, 6, 30), amount=Decimal("20000.50"))
    Expense.create(budget_line=food, date=D(2026, 3, 15), amount=Decimal("1234.55"))
    Expense.create(budget_line=food, date=D(2025, 12, 20), amount=Decimal("500.00"))
    Expense.create(budget_line=food, date=D(2026, 7, 2), amount=Decimal("300.00"))
    return {"app": app, "funder": funder, "scheme": scheme, "a": a, "b": b, "c": c}


def _table(rows):
    """{label: {gender: n}} without the empty genders, for compact comparisons."""
    return {r.label: {g: n for g, n in r.counts if n} for r in rows}


# --- the age rule -------------------------------------------------------------

def test_age_is_the_age_reached_in_the_calendar_year():
    # Born 1 January and 31 December of the same year: the same age all year round.
    for day in (D(2026, 1, 1), D(2026, 6, 30), D(2026, 12, 31)):
        assert age_on(day, D(2013, 1, 1), None) == age_on(day, D(2013, 12, 31), None) == 13
    # The birthday changes nothing; the new year does.
    assert age_on(D(2026, 5, 16), D(2013, 5, 17), None) == 13
    assert age_on(D(2026, 5, 17), D(2013, 5, 17), None) == 13
    assert age_on(D(2025, 12, 31), D(2013, 12, 31), None) == 12
    assert age_on(D(2026, 1, 1), D(2013, 12, 31), None) == 13
    assert age_on(D(2026, 1, 1), None, None) is None


def test_a_birth_year_alone_gives_the_age_a_birth_date_in_that_year_gives():
    for day in (D(2026, 1, 1), D(2026, 7, 1), D(2026, 12, 31)):
        assert age_on(day, None, 2013) == age_on(day, D(2013, 5, 17), None) == 13
    # The year of a full birth date wins over a stored year that disagrees.
    assert age_on(D(2026, 1, 1), D(2013, 1, 1), 2012) == 13


def test_born_after_the_reference_year_counts_as_zero_and_leap_days_are_nothing_special():
    assert age_on(D(2026, 1, 1), D(2026, 12, 1), None) == 0
    assert age_on(D(2025, 12, 31), None, 2026) == 0
    assert age_on(D(2025, 2, 28), D(2016, 2, 29), None) == 9
    assert age_on(D(2025, 3, 1), D(2016, 2, 29), None) == 9


# --- the figures ------------------------------------------------------------------

def test_application_details_and_amounts(data):
    st = grant_statistics(data["app"].id)
    assert st.title == "Leksehjelp og ferieklubb 2026"
    assert st.reference == "BUF-2026-17"
    assert st.funder == "Barne-, ungdoms- og familiedirektoratet"
    assert st.scheme == "Tilskudd til inkludering av barn og unge"
    assert st.status_label == "Innvilget"
    assert (st.period_from, st.period_to) == (D(2026, 1, 1), D(2026, 6, 30))
    assert st.amount_applied == Decimal("250000.00")
    assert st.amount_granted == Decimal("200000.00")
    assert st.bands_source == "funder"
    assert [b.label for b in st.bands] == ["0–5", "6–12", "13–15", "16–19", "20–24", "25 og eldre"]


def test_sessions_held_and_cancelled_include_the_last_day(data):
    st = grant_statistics(data["app"].id)
    assert st.sessions.held == 5
    assert st.sessions.cancelled == 1


def test_unique_participants_by_band_and_gender_at_period_start(data):
    st = grant_statistics(data["app"].id)
    p = st.participants
    assert (p.total, p.new, p.returning) == (7, 5, 2)
    children = p.children
    assert (children.total, children.new, children.returning) == (5, 3, 2)
    # Amina (31.12.2013) and Jonas (01.01.2013) are both 13; Sara (2014) is 12.
    assert _table(children.rows) == {
        "0–5": {}, "6–12": {"female": 1}, "13–15": {"female": 1, "male": 1},
        "16–19": {"other": 1}, "20–24": {}, "25 og eldre": {}, "Ukjent alder": {"male": 1},
    }
    assert dict(children.gender_totals) == {"female": 2, "male": 2, "other": 1, "unspecified": 0}
    assert dict(children.gender_labels) == {"female": "Jente", "male": "Gutt", "other": "Annet",
                                            "unspecified": "Ikke oppgitt"}
    adults = p.adults
    assert (adults.total, adults.new, adults.returning) == (2, 2, 0)
    assert _table(adults.rows)["20–24"] == {"male": 1}
    assert _table(adults.rows)["25 og eldre"] == {"female": 1}
    assert sum(r.total for r in adults.rows) == 2
    assert dict(adults.gender_labels)["female"] == "Kvinne"
    assert st.age_basis == "period_start"
    assert st.age_basis_text == "Alder i 2026, året perioden begynner"
    assert st.birth_year_rule_text == ("Alder regnes etter fødselsår: alderen personen fyller "
                                       "i året (årstallet minus fødselsåret), uansett "
                                       "fødselsdag.")


def test_a_child_moves_band_at_the_new_year_not_on_the_birthday(data):
    """Amina turns 13 on 31.12.2026, yet counts as 13 from 1 January 2026."""
    def children(first):
        st = grant_statistics(data["app"].id, first, D(2026, 6, 30))
        return _table(st.participants.children.rows)

    december = children(D(2025, 12, 1))   # the period starts in 2025: the age reached in 2025
    assert (december["6–12"], december["13–15"]) == ({"female": 2, "male": 1}, {})
    january = children(D(2026, 1, 1))
    assert (january["6–12"], january["13–15"]) == ({"female": 1}, {"female": 1, "male": 1})


def test_age_at_first_attendance_takes_the_year_of_that_attendance(data):
    st = grant_statistics(data["app"].id, age_basis="first_attendance")
    assert st.age_basis == "first_attendance"
    assert st.age_basis_text == "Alder i året for første oppmøte i perioden"
    # Within one calendar year both bases give the same ages.
    assert st.participants == grant_statistics(data["app"].id).participants

    # From December 2025: Jonas first came on 10.12.2025 (12 that year), Amina on 13.01.2026
    # (13 that year), Sara on 30.06.2026 (12), Lina on 10.02.2026 (17).
    st = grant_statistics(data["app"].id, D(2025, 12, 1), D(2026, 6, 30),
                          age_basis="first_attendance")
    children = _table(st.participants.children.rows)
    assert (children["6–12"], children["13–15"], children["16–19"]) == (
        {"female": 1, "male": 1}, {"female": 1}, {"other": 1})
    assert st.participants.children.total == 5


def test_attendances_and_average_per_held_session(data):
    st = grant_statistics(data["app"].id)
    assert st.attendances.total == 9
    assert st.attendances.average_per_session == Decimal("1.8")


def test_head_counts_stay_apart_and_go_to_the_funders_bands(data):
    st = grant_statistics(data["app"].id)
    hc = st.head_counts
    assert hc.total == 16
    assert hc.average_per_session == Decimal("3.2")
    assert _table(hc.rows) == {
        "0–5": {}, "6–12": {"female": 4}, "13–15": {"male": 2}, "16–19": {}, "20–24": {},
        "25 og eldre": {"female": 2}, "Andre aldersgrupper": {"male": 3},
        "Uten alder": {"unspecified": 5},
    }
    assert [(e.label, e.gender, e.count) for e in hc.registered] == [
        ("6–12 år", "female", 4), ("10–14 år", "male", 3), ("13–15 år", "male", 2),
        ("25 og eldre år", "female", 2), ("Uten alder", None, 5)]
    # Head counts are never in the unique participants.
    assert st.participants.total == 7


def test_volunteers_hours_and_in_kind_value_at_the_funders_rate(data):
    v = grant_statistics(data["app"].id).volunteers
    assert (v.unique, v.presences) == (2, 3)
    assert v.hours == Decimal("7.75")
    assert v.hour_rate == Decimal("500.00")
    assert v.in_kind_value == Decimal("3875.00")


def test_application_rate_overrides_the_funder_and_no_rate_means_hours_only(data):
    Application.update(volunteer_hour_rate=Decimal("300.00")).execute()
    assert grant_statistics(data["app"].id).volunteers.in_kind_value == Decimal("2325.00")
    Application.update(volunteer_hour_rate=None).execute()
    Funder.update(volunteer_hour_rate=None).execute()
    v = grant_statistics(data["app"].id).volunteers
    assert v.hour_rate is None and v.in_kind_value is None
    assert v.hours == Decimal("7.75")


def test_attendance_per_month_covers_every_month_of_the_period(data):
    months = grant_statistics(data["app"].id).months
    assert [(m.year, m.month, m.sessions_held, m.attendances, m.head_counts) for m in months] == [
        (2026, 1, 1, 3, 6), (2026, 2, 2, 4, 0), (2026, 3, 0, 0, 0),
        (2026, 4, 1, 1, 8), (2026, 5, 0, 0, 0), (2026, 6, 1, 1, 2)]
    assert months[0].label == "januar 2026"


def test_figures_per_activity(data):
    acts = {a.name: a for a in grant_statistics(data["app"].id).activities}
    assert set(acts) == {"Leksehjelp", "Ferieklubb"}
    lh, fk = acts["Leksehjelp"], acts["Ferieklubb"]
    assert (lh.sessions_held, lh.sessions_cancelled, lh.attendances, lh.unique_participants,
            lh.head_counts, lh.volunteer_hours) == (3, 1, 6, 6, 8, Decimal("4.75"))
    assert (fk.sessions_held, fk.sessions_cancelled, fk.attendances, fk.unique_participants,
            fk.head_counts, fk.volunteer_hours) == (2, 0, 3, 3, 8, Decimal("3.00"))
    assert lh.kind_label == "Leksehjelp" and fk.kind_label == "Ferieaktivitet"


def test_budget_against_expenses_in_the_application_period(data):
    b = grant_statistics(data["app"].id).budget
    assert (b.spent_from, b.spent_to) == (D(2026, 1, 1), D(2026, 6, 30))
    lines = {line.name: line for line in b.lines}
    assert [line.name for line in b.lines] == ["Lønn", "Mat", "Materiell"]
    assert (lines["Lønn"].budgeted, lines["Lønn"].spent, lines["Lønn"].variance,
            lines["Lønn"].percent_used) == (Decimal("100000.00"), Decimal("50000.50"),
                                            Decimal("-49999.50"), Decimal("50.0"))
    assert (lines["Mat"].spent, lines["Mat"].outside_period, lines["Mat"].variance,
            lines["Mat"].percent_used) == (Decimal("1234.55"), Decimal("800.00"),
                                           Decimal("-10765.45"), Decimal("10.3"))
    assert (lines["Materiell"].spent, lines["Materiell"].percent_used) == (Decimal("0.00"),
                                                                           Decimal("0.0"))
    assert b.budgeted == Decimal("117000.00")
    assert b.spent == Decimal("51235.05")
    assert b.variance == Decimal("-65764.95")
    assert b.percent_used == Decimal("43.8")
    assert b.outside_period == Decimal("800.00")


def test_a_shorter_period_counts_only_its_sessions_and_spending_so_far(data):
    st = grant_statistics(data["app"].id, D(2026, 1, 1), D(2026, 3, 31))
    assert (st.sessions.held, st.sessions.cancelled) == (3, 1)
    assert st.attendances.total == 7
    # Omar (April) and Sara (June) are out; Jonas is the only one seen before.
    p = st.participants
    assert (p.total, p.new, p.returning) == (5, 4, 1)
    assert st.budget.spent_to == D(2026, 3, 31)
    assert st.budget.spent == Decimal("31234.55")
    assert len(st.months) == 3


def test_returning_needs_an_attendance_before_the_period_start(data):
    # From 14.01 on, Amina and Fatima (first seen 13.01) are returning too; Jonas has
    # nothing left in the period.
    st = grant_statistics(data["app"].id, D(2026, 1, 14), D(2026, 6, 30))
    p = st.participants
    assert (p.total, p.new, p.returning) == (5, 3, 2)  # new: Sara, Lina, Ali; ret.: Amina, Omar


def test_role_child_wins_and_gaps_in_bands_get_their_own_row(data):
    age_bands.set_bands(data["funder"].id, [age_bands.Band("6–12", 6, 12), age_bands.Band("13–19", 13, 19)],
                        scheme_id=data["scheme"].id)
    # Ali also came once as a child: he is counted once, as a child.
    _attend(Session.get(Session.date == D(2026, 4, 15)), Resident.get(Resident.first_name == "Ali"))
    st = grant_statistics(data["app"].id)
    assert st.bands_source == "scheme"
    children, adults = st.participants.children, st.participants.adults
    assert (children.total, adults.total) == (6, 1)
    assert _table(children.rows)["Utenfor aldersgruppene"] == {"male": 1}  # Ali, 22
    assert _table(adults.rows)["Utenfor aldersgruppene"] == {"female": 1}  # Fatima, 41
    assert _table(children.rows)["13–19"] == {"female": 1, "male": 1, "other": 1}


def test_no_linked_activity_gives_zeros_not_errors(data):
    ActivityApplication.delete().execute()
    st = grant_statistics(data["app"].id)
    assert (st.sessions.held, st.participants.total, st.attendances.total) == (0, 0, 0)
    assert st.attendances.average_per_session is None
    assert st.volunteers.hours == Decimal("0.00")
    assert st.activities == ()
    assert st.budget.spent == Decimal("51235.05")


def test_wrong_period_and_missing_application_are_told_in_norwegian(data):
    with pytest.raises(ValidationError) as err:
        grant_statistics(data["app"].id, D(2026, 5, 1), D(2026, 4, 1))
    assert "Bytt om datoene" in err.value.message
    with pytest.raises(RecordGone):
        grant_statistics(9999)


# --- renderings -----------------------------------------------------------------

def test_as_dict_is_json_with_decimal_strings(data):
    st = grant_statistics(data["app"].id)
    d = json.loads(as_json(st))
    assert d == st.as_dict()
    assert d["volunteers"]["hours"] == "7.75"
    assert d["budget"]["spent"] == "51235.05"
    assert d["period_from"] == "2026-01-01"
    assert d["participants"]["children"]["rows"][1]["counts"] == {
        "female": 1, "male": 0, "other": 0, "unspecified": 0}
    assert d["sessions"] == {"held": 5, "cancelled": 1, "planned": 0, "not_registered": 0,
                             "not_registered_sessions": []}


def test_rows_and_csv_carry_the_same_numbers(data):
    st = grant_statistics(data["app"].id)
    rows = figure_rows(st)
    assert st.as_rows() == rows
    lookup = {(r[0], r[1], r[2]): r[3] for r in rows}
    assert lookup[("Samlinger", "Gjennomført", "")] == 5
    assert lookup[("Barn og unge etter alder og kjønn", "6–12", "Jente")] == 1
    assert lookup[("Barn og unge etter alder og kjønn", "Sum", "Sum")] == 5
    assert lookup[("Budsjett og regnskap", "Sum", "Regnskap")] == Decimal("51235.05")
    csv_text = as_csv(st)
    assert csv_text.splitlines()[0] == "seksjon,post,kolonne,verdi"
    assert "Frivillige,Timer,,7.75" in csv_text.splitlines()


def test_text_uses_norwegian_number_formats(data):
    text = as_text(grant_statistics(data["app"].id))
    nbsp = "\u00a0"
    assert f"Verdi av egeninnsats: 3{nbsp}875,00{nbsp}kr" in text
    assert "Timer: 7,75" in text
    assert "Snitt per gjennomført samling: 1,8" in text
    assert f"51{nbsp}235,05{nbsp}kr" in text
    assert "Periode: 01.01.2026–30.06.2026" in text
    assert "Utgifter datert utenfor søknadsperioden" in text


# --- speed ------------------------------------------------------------------------

def test_three_hundred_children_over_eighty_sessions_is_quick(database):
    funder = Funder.create(name="Stiftelsen")
    app = Application.create(funder=funder, title="Stort", period_start=D(2026, 1, 1),
                             period_end=D(2026, 12, 31))
    activity = Activity.create(name="Leksehjelp")
    ActivityApplication.create(activity=activity, application=app)
    with database.database.atomic():
        sessions = [Session.create(activity=activity, date=D(2026, 1, 5) + datetime.timedelta(days=4 * i))
                    for i in range(80)]
        Resident.insert_many([{"first_name": f"Barn {i}", "birth_year": 2010 + i % 10,
                               "gender": ("female", "male")[i % 2]} for i in range(300)]).execute()
        ids = [r.id for r in Resident.select(Resident.id)]
        Attendance.insert_many([{"session": s.id, "resident": rid, "role": "child"}
                                for s in sessions for rid in ids]).execute()
    started = time.perf_counter()
    st = grant_statistics(app.id)
    elapsed = time.perf_counter() - started
    assert st.participants.children.total == 300
    assert st.attendances.total == 24000
    assert st.sessions.held == 80
    assert elapsed < 1.0



# --- the command line ---------------------------------------------------------------

def test_cli_prints_json_with_the_functions_numbers(data, db_path, capsys):
    from samvirke_desktop.cli import main

    expected = grant_statistics(data["app"].id, D(2026, 1, 1), D(2026, 3, 31)).as_dict()
    code = main(["stats", "grant", "--database", str(db_path), "--application", str(data["app"].id),
                 "--from", "01.01.2026", "--to", "2026-03-31", "--format", "json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == expected
    assert printed["sessions"]["held"] == 3
    assert printed["budget"]["spent"] == "31234.55"


def test_cli_text_and_csv_default_to_the_application_period(data, db_path, capsys):
    from samvirke_desktop.cli import main

    assert main(["stats", "grant", "--database", str(db_path), "--application",
                 str(data["app"].id)]) == 0
    out = capsys.readouterr().out
    assert "Periode: 01.01.2026–30.06.2026" in out and "Gjennomført: 5" in out
    assert main(["stats", "grant", "--database", str(db_path), "--application",
                 str(data["app"].id), "--format", "csv"]) == 0
    assert "Samlinger,Gjennomført,,5" in capsys.readouterr().out.splitlines()


def test_cli_explains_a_bad_date_and_a_missing_application(data, db_path, capsys):
    from samvirke_desktop.cli import main

    with pytest.raises(SystemExit):
        main(["stats", "grant", "--database", str(db_path), "--application", "1",
              "--from", "2026/01/01"])
    assert "Skriv for eksempel 2026-01-01 eller 01.01.2026" in capsys.readouterr().err
    assert main(["stats", "grant", "--database", str(db_path), "--application", "999"]) == 1
    assert "Fant ingen søknad med nummer 999" in capsys.readouterr().err


def test_sessions_after_today_are_planned_not_held(database):
    from samvirke_desktop.db.models import (
        Activity,
        ActivityApplication,
        Application,
        Funder,
        Session,
    )
    from samvirke_desktop.domain.grants.statistics import grant_statistics

    funder = Funder.create(name="Bufdir")
    app = Application.create(funder=funder, title="Leksehjelp", status="granted",
                             period_start=datetime.date(2026, 1, 1),
                             period_end=datetime.date(2026, 12, 31), amount_applied=1000)
    activity = Activity.create(name="Leksehjelp", kind="homework_help")
    ActivityApplication.create(activity=activity, application=app)
    from samvirke_desktop.db.models import HeadCount

    counted = Session.create(activity=activity, date=datetime.date(2026, 11, 17))
    HeadCount.create(session=counted, count=4)
    Session.create(activity=activity, date=datetime.date(2026, 11, 22), nobody_came=True)
    for day in (datetime.date(2026, 11, 24), datetime.date(2026, 12, 1)):
        Session.create(activity=activity, date=day)
    Session.create(activity=activity, date=datetime.date(2026, 12, 8), cancelled=True)
    Session.create(activity=activity, date=datetime.date(2026, 11, 10))   # nothing registered
    stats = grant_statistics(app.id, today=datetime.date(2026, 11, 22))
    assert (stats.sessions.held, stats.sessions.cancelled, stats.sessions.planned) == (2, 1, 2)
    assert stats.sessions.not_registered == 1
    assert stats.sessions.not_registered_sessions == ((datetime.date(2026, 11, 10), "Leksehjelp"),)
    december = [m for m in stats.months if m.month == 12][0]
    assert december.sessions_held == 0
    assert stats.activities[0].sessions_held == 2
