"""The check before a grant report goes out: one warning of each kind, each saying where to
fix it, and the søknadsskriver seeing counts instead of names."""
import datetime
from decimal import Decimal

from samvirke_desktop.db.models import (
    Application,
    BudgetLine,
    Expense,
    Goal,
    GrantCondition,
    HeadCount,
)
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.activities.report_warnings import (
    APPLICATION,
    BUDGET,
    CERTIFICATE,
    COMPLIANCE,
    NO_AGE,
    NO_GENDER,
    NOT_REGISTERED,
    RESIDENT,
    SESSION,
    TEXT,
    VOLUNTEER,
)
from samvirke_desktop.domain.grants.report_check import check_grant_report
from tests.domain import rule_records as make
from tests.domain.team.test_roles import DAY, team, working_as  # noqa: F401 (fixture)

TODAY = datetime.date(2026, 12, 20)


def give_each_kind_of_problem(team):
    make.session(team.own, datetime.date(2026, 9, 8))                 # nothing registered
    nameless = make.resident("Uten", "Alder", gender="unspecified")   # no age, no gender
    attendance.set_present(team.own_session, nameless.id, True, walk_in=True)
    line = BudgetLine.create(application=team.application, name="Mat", amount=Decimal(1000))
    Expense.create(budget_line=line, date=datetime.date(2026, 9, 1), amount=Decimal("1500.00"))
    Goal.create(application=team.application, description="Flere barn får leksehjelp",
                achievement="Vi nådde 150 barn i høst.")
    return nameless


def test_each_kind_of_problem_gives_a_warning_with_its_fix(team):
    working_as(team, "admin")
    nameless = give_each_kind_of_problem(team)
    warnings = check_grant_report(team.application, today=TODAY)
    kinds = {w.kind for w in warnings}
    assert kinds == {NOT_REGISTERED, NO_AGE, NO_GENDER, CERTIFICATE, BUDGET, TEXT}
    by_kind = {w.kind: w for w in warnings}
    assert by_kind[NOT_REGISTERED].target == SESSION and "08.09.2026" in by_kind[NOT_REGISTERED].text
    assert (by_kind[NO_AGE].target, by_kind[NO_AGE].target_id) == (RESIDENT, nameless.id)
    assert "Uten Alder" in by_kind[NO_AGE].text
    assert by_kind[CERTIFICATE].target == VOLUNTEER and "Vera Lie" in by_kind[CERTIFICATE].text
    assert "50,0 % over" in by_kind[BUDGET].text and by_kind[BUDGET].target == APPLICATION
    assert "«150 barn»" in by_kind[TEXT].text and "viser 2 barn" in by_kind[TEXT].text
    assert all(w.fix for w in warnings)


def test_a_clean_report_has_no_warnings(team):
    working_as(team, "admin")
    from samvirke_desktop.db.models import Volunteer

    Volunteer.update(police_certificate_shown=datetime.date(2026, 1, 5)).execute()
    assert check_grant_report(team.application, today=TODAY) == []
    make.session(team.own, datetime.date(2026, 9, 8))
    assert [w.kind for w in check_grant_report(team.application, today=TODAY)] == [NOT_REGISTERED]
    session = make.session(team.own, datetime.date(2026, 9, 15))
    HeadCount.create(session=session, count=2)                       # counted: registered
    assert len(check_grant_report(team.application, today=TODAY)) == 1


def test_a_grant_letter_asks_for_every_condition_assessed_and_a_signer(team):
    working_as(team, "admin")
    from samvirke_desktop.db.models import Volunteer

    Volunteer.update(police_certificate_shown=datetime.date(2026, 1, 5)).execute()
    Application.update(grant_letter_date=datetime.date(2026, 2, 1)).execute()
    GrantCondition.create(application=team.application, text="Logo på plakaten", status="met")
    GrantCondition.create(application=team.application, text="Delta på erfaringssamling")
    warnings = check_grant_report(team.application, today=TODAY)
    assert [(w.kind, w.text) for w in warnings] == [
        (COMPLIANCE, "Vilkåret «Delta på erfaringssamling» i tilsagnsbrevet er ikke vurdert."),
        (COMPLIANCE, "Rapporten har ingen som skriver under den.")]
    assert all(w.target == APPLICATION and "Tilsagn og rapport" in w.fix for w in warnings)

    GrantCondition.update(status="partly").execute()
    Application.update(signer_name="Hanne Lie").execute()
    assert check_grant_report(team.application, today=TODAY) == []


def test_the_grant_writer_sees_counts_and_never_a_name(team):
    give_each_kind_of_problem(team)
    working_as(team, "grant_writer")
    warnings = check_grant_report(team.application, today=TODAY)
    people = [w for w in warnings if w.kind in (NO_AGE, NO_GENDER, CERTIFICATE)]
    assert len(people) == 3
    assert all(w.target is None and w.target_id is None for w in people)
    text = " ".join(w.as_line() for w in warnings)
    assert "Uten" not in text and "Vera" not in text and "Carl" not in text
    assert "1 deltaker mangler fødselsår" in text
