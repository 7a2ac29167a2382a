"""The compliance part of a grant report: auditor threshold, police certificates by role without
names, variance % and missing explanations, contributions in kind, deadline and sessions."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    Application,
    BudgetLine,
    Expense,
    Funder,
    FunderScheme,
    GrantCondition,
    InKindContribution,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.grants.application_record import read_application, save_application
from samvirke_desktop.domain.grants.compliance import (
    auditor_requirement,
    grant_compliance,
    needs_explanation,
    variance_percent,
)
from samvirke_desktop.domain.grants.funder_record import read_funder, save_funder
from samvirke_desktop.domain.grants.report_check import check_grant_report
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.errors import ValidationError

D = datetime.date
REPORT_DAY = D(2027, 1, 20)


@pytest.fixture
def grant(database):
    """A 2026 grant of 250 000 kr for homework help (children) and a dugnad (adults)."""
    funder = Funder.create(name="Bufdir", audit_notes="Offentlige søkere: kommunerevisjonen.")
    scheme = FunderScheme.create(funder=funder, name="Inkludering",
                                 auditor_threshold=Decimal("200000.00"))
    app = Application.create(funder=funder, scheme=scheme, title="Leksehjelp 2026",
                             period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                             status="granted", amount_applied=Decimal(250000),
                             amount_granted=Decimal("250000.00"),
                             deadline_final_report=D(2027, 3, 1), signer_name="Hanne Lie")
    homework = Activity.create(name="Leksehjelp", kind="homework_help", with_children=True,
                               place="Biblioteket")
    dugnad = Activity.create(name="Dugnad", kind="dugnad", with_children=False)
    for activity in (homework, dugnad):
        ActivityApplication.create(activity=activity, application=app)
    valid = Volunteer.create(first_name="Ingrid", last_name="Bakke",
                             police_certificate_shown=D(2025, 1, 10))
    expires = Volunteer.create(first_name="Ola", last_name="Nordmann",
                               police_certificate_shown=D(2023, 5, 1))   # expires 01.05.2026
    never = Volunteer.create(first_name="Kari", last_name="Hansen")
    sessions = [Session.create(activity=homework, date=day, topic="Brøk" if i == 0 else "")
                for i, day in enumerate((D(2026, 4, 7), D(2026, 5, 5), D(2026, 5, 12)))]
    adult = Session.create(activity=dugnad, date=D(2026, 5, 9), place="Kvartal 5")
    for session in sessions:
        VolunteerPresence.create(session=session, volunteer=valid, hours=Decimal(2))
        VolunteerPresence.create(session=session, volunteer=expires, hours=Decimal(2))
    # Without a certificate, but only with adults: no exception.
    VolunteerPresence.create(session=adult, volunteer=never, hours=Decimal(3))
    return {"app": app, "scheme": scheme, "homework": homework, "sessions": sessions,
            "volunteers": (valid, expires, never)}


def compliance(app_id, day=REPORT_DAY):
    return grant_compliance(grant_statistics(app_id, today=day), report_day=day)


def test_auditor_is_needed_only_above_the_threshold_or_always():
    threshold = Decimal("200000.00")
    assert auditor_requirement(Decimal("200000.01"), threshold, False).required is True
    exactly = auditor_requirement(Decimal("200000.00"), threshold, False)
    assert exactly.required is False and "ikke over grensen" in exactly.reason
    assert auditor_requirement(Decimal("1000.00"), None, True).required is True
    assert auditor_requirement(Decimal("1000.00"), None, False).required is None
    assert auditor_requirement(None, threshold, False).required is None


def test_the_schemes_threshold_and_the_funders_note_reach_the_report(grant):
    c = compliance(grant["app"].id)
    assert c.auditor.required is True and c.auditor.threshold == Decimal("200000.00")
    assert c.auditor.funder_note == "Offentlige søkere: kommunerevisjonen."
    FunderScheme.update(auditor_threshold=Decimal("500000.00")).execute()
    assert compliance(grant["app"].id).auditor.required is False


def test_the_team_edits_the_auditor_rule_and_variance_limit_on_the_scheme(grant):
    funder_id = grant["app"].funder_id
    values, version = read_funder(funder_id)
    values["schemes"][0].update(auditor_threshold="", auditor_always=True,
                                variance_threshold_percent="15")
    save_funder(values, funder_id, version)
    scheme = FunderScheme.get_by_id(grant["scheme"].id)
    assert scheme.auditor_always and scheme.auditor_threshold is None
    assert scheme.variance_threshold_percent == Decimal("15.0")
    values, version = read_funder(funder_id)
    values["schemes"][0]["variance_threshold_percent"] = "mye"
    with pytest.raises(ValidationError, match="prosent"):
        save_funder(values, funder_id, version)


def test_police_certificates_are_checked_on_each_sessions_day_and_listed_by_role(grant):
    police = compliance(grant["app"].id).police
    # Ola's certificate counted on 7 April, not on 5 and 12 May; Kari was only with adults.
    assert (police.volunteers, police.presences) == (2, 6)
    assert not police.all_valid and police.volunteers_with_exceptions == 1
    [exception] = police.exceptions
    assert (exception.role, exception.volunteers, exception.presences) == (
        "Frivillig på leksehjelp", 1, 2)
    assert exception.problem == "Politiattesten var utløpt"
    text = repr(police)
    for volunteer in grant["volunteers"]:
        assert volunteer.first_name not in text and volunteer.last_name not in text


def test_everyone_valid_gives_the_plain_confirmation(grant):
    Volunteer.update(police_certificate_shown=D(2025, 12, 1)).execute()
    police = compliance(grant["app"].id).police
    assert police.all_valid and police.exceptions == ()


def test_variance_percent_and_when_an_explanation_is_needed():
    assert variance_percent(Decimal("2960.00"), Decimal("25000.00")) == Decimal("11.8")
    assert variance_percent(Decimal("-379.50"), Decimal("500.00")) == Decimal("-75.9")
    assert variance_percent(Decimal("10.00"), Decimal("0.00")) is None
    ten = Decimal(10)
    assert needs_explanation(Decimal(1000), Decimal("1100.00"), ten, finished=True) is False
    assert needs_explanation(Decimal(1000), Decimal("1100.01"), ten, finished=False) is False
    assert needs_explanation(Decimal(1000), Decimal("1101.00"), ten, finished=False) is True
    # Under budget matters once the period is over.
    assert needs_explanation(Decimal(1000), Decimal("500.00"), ten, finished=False) is False
    assert needs_explanation(Decimal(1000), Decimal("500.00"), ten, finished=True) is True
    assert needs_explanation(Decimal(0), Decimal("1.00"), ten, finished=False) is True


def test_a_missing_explanation_leaves_the_report_incomplete_until_written(grant):
    app = grant["app"]
    food = BudgetLine.create(application=app, name="Mat", amount=Decimal("1000.00"))
    Expense.create(budget_line=food, date=D(2026, 5, 5), amount=Decimal("1250.50"))
    BudgetLine.create(application=app, name="Tolk", amount=Decimal("1000.00"))   # nothing spent
    c = compliance(app.id)
    mat, tolk = c.budget_lines
    assert (mat.variance, mat.variance_percent) == (Decimal("250.50"), Decimal("25.1"))
    assert mat.missing_explanation and tolk.missing_explanation   # the year is over
    assert not c.complete and len(c.gaps) == 2 and "«Mat»" in c.gaps[0]
    assert [w.text for w in check_grant_report(app.id, today=REPORT_DAY) if "«Mat»" in w.text]

    values, version = read_application(app.id)
    for line in values["budget_lines"]:
        line["variance_explanation"] = "Flere barn enn ventet." if line["name"] == "Mat" else \
            "Bydelens egen tolk ble brukt."
    save_application(values, app.id, version, today=REPORT_DAY)
    c = compliance(app.id)
    assert c.complete and c.budget_lines[0].explanation == "Flere barn enn ventet."
    assert not [w for w in check_grant_report(app.id, today=REPORT_DAY) if "«Mat»" in w.text]


def test_a_condition_not_assessed_leaves_the_report_incomplete(grant):
    GrantCondition.create(application=grant["app"], text="Politiattest for alle", status="met")
    GrantCondition.create(application=grant["app"], text="Rapport innen 1. mars")
    c = compliance(grant["app"].id)
    assert [line.status_text for line in c.conditions] == ["Oppfylt", "Ikke vurdert"]
    assert c.gaps == ("Vilkåret «Rapport innen 1. mars» er ikke vurdert.",)


def test_deadline_on_time_and_late(grant):
    on_time = compliance(grant["app"].id).deadline
    assert (on_time.kind, on_time.due, on_time.on_time, on_time.days_left) == (
        "final_report", D(2027, 3, 1), True, 40)
    Application.update(signed_on=D(2027, 3, 4)).execute()
    late = compliance(grant["app"].id).deadline
    assert late.report_date == D(2027, 3, 4) and late.on_time is False and late.days_left == -3
    # Half a year is a progress report, with its own deadline.
    stats = grant_statistics(grant["app"].id, D(2026, 1, 1), D(2026, 6, 30), today=REPORT_DAY)
    assert grant_compliance(stats, report_day=REPORT_DAY).deadline.kind == "progress_report"


def test_contributions_in_kind_with_volunteer_hours_at_the_rate(grant):
    app = grant["app"]
    Application.update(volunteer_hour_rate=Decimal("300.00")).execute()
    InKindContribution.create(application=app, kind="premises", description="Rom på biblioteket",
                              amount=Decimal("12000.00"))
    InKindContribution.create(application=app, kind="staff_hours", description="Planlegging",
                              hours=Decimal("10.5"), rate=Decimal("450.00"))
    c = compliance(app.id)
    assert [(line.kind, line.value) for line in c.in_kind] == [
        ("premises", Decimal("12000.00")), ("staff_hours", Decimal("4725.00")),
        ("volunteer_hours", Decimal("4500.00"))]   # 15 hours × 300 kr
    assert c.in_kind_total == Decimal("21225.00")


def test_in_kind_rows_are_saved_and_refused_plainly(grant):
    values, version = read_application(grant["app"].id)
    values["in_kind"] = [{"id": None, "kind": "staff_hours", "description": "Planlegging",
                          "hours": "12,5", "rate": "400", "amount": ""}]
    values["conditions"] = [{"id": None, "text": "Logo på plakaten", "status": "partly",
                             "comment": "På plakaten, ikke på invitasjonen"}]
    save_application(values, grant["app"].id, version, today=REPORT_DAY)
    values, version = read_application(grant["app"].id)
    assert values["in_kind"][0]["hours"] == Decimal("12.50")
    assert values["conditions"][0]["status"] == "partly"
    values["in_kind"].append({"id": None, "kind": "premises", "description": "Rom",
                              "hours": "", "rate": "", "amount": ""})
    with pytest.raises(ValidationError) as info:
        save_application(values, grant["app"].id, version, today=REPORT_DAY)
    assert "Egeninnsats 2" in info.value.field_errors["in_kind"]


def test_sessions_are_listed_with_iso_week_and_place(grant):
    Session.create(activity=grant["homework"], date=D(2026, 12, 28), cancelled=True)
    sessions = compliance(grant["app"].id).sessions
    first = sessions[0]
    assert (first.date, first.iso_week, first.place, first.topic, first.state) == (
        D(2026, 4, 7), 15, "Biblioteket", "Brøk", "held")
    assert [s.date for s in sessions] == sorted(s.date for s in sessions)
    assert sessions[-1].iso_year == 2026 and sessions[-1].iso_week == 53
    assert sessions[-1].state == "cancelled"


def test_a_long_condition_is_shortened_after_a_whole_word():
    from samvirke_desktop.domain.grants.compliance import short_text

    assert short_text("Logo på  plakaten") == "Logo på plakaten"
    long = "Tilskuddet skal brukes til leksehjelp og aktivitetsuke slik det er beskrevet i søknaden."
    assert short_text(long) == "Tilskuddet skal brukes til leksehjelp og aktivitetsuke slik det er beskrevet i…"
    assert len(short_text(long)) <= 80
