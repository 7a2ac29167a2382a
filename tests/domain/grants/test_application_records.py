"""One application saved as a whole: fields, status history, goals, budget and expenses,
linked activities and attachments; version-checked; refused for roles without access."""
import datetime
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    Application,
    ApplicationStatusChange,
    BudgetLine,
    ChangeLog,
    Expense,
    Funder,
    FunderScheme,
    Goal,
)
from samvirke_desktop.domain.grants.application_record import (
    activity_choices,
    delete_draft,
    new_application_values,
    read_application,
    save_application,
    set_archived,
)
from samvirke_desktop.domain.grants.application_status import history
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import ConflictError, PermissionDenied, ValidationError

D = datetime.date
TODAY = D(2026, 5, 20)


@pytest.fixture
def base(database):
    funder = Funder.create(name="Bufdir")
    scheme = FunderScheme.create(funder=funder, name="Tilskudd til inkludering av barn og unge")
    other = Funder.create(name="Husbanken")
    homework = Activity.create(name="Leksehjelp", kind="homework_help")
    holiday = Activity.create(name="Ferieklubb", kind="holiday_activity")
    return {"funder": funder, "scheme": scheme, "other": other, "homework": homework,
            "holiday": holiday}


def _values(base, **changes):
    values = new_application_values(TODAY)
    values.update(
        funder_id=base["funder"].id, scheme_id=base["scheme"].id, title="Leksehjelp 2027",
        sub_category="4.1", reference="BUF-1", period_start="1.1.27", period_end="31.12.2027",
        amount_applied="12 500,50", deadline_application="01.11.2026",
        deadline_final_report="01.03.2028", summary="Leksehjelp to kvelder i uka.",
        goals=[{"id": None, "description": "Flere barn får leksehjelp", "target": "40 per kveld",
                "achievement": "", "rating": ""}],
        budget_lines=[{"id": None, "name": "Mat", "amount": "60 000", "expenses": [
            {"id": None, "date": "15.01.2027", "description": "Frukt", "amount": "1 234,55",
             "attachment_path": "/delt/bilag/frukt.pdf"}]},
                      {"id": None, "name": "Lønn", "amount": "180000", "expenses": []}],
        activity_ids=[base["homework"].id],
        attachments=[{"id": None, "path": "/delt/søknad.pdf", "description": "Søknaden"}])
    values.update(changes)
    return values


def test_new_application_is_saved_whole_and_read_back(base):
    app_id = save_application(_values(base), today=TODAY)
    values, version = read_application(app_id)
    assert version == 1
    assert values["title"] == "Leksehjelp 2027"
    assert (values["period_start"], values["period_end"]) == (D(2027, 1, 1), D(2027, 12, 31))
    assert values["amount_applied"] == Decimal("12500.50")
    assert values["amount_granted"] is None
    assert values["deadline_application"] == D(2026, 11, 1)
    assert values["deadline_progress_report"] is None
    assert values["status"] == "draft"
    assert [g["description"] for g in values["goals"]] == ["Flere barn får leksehjelp"]
    assert [(b["name"], b["amount"]) for b in values["budget_lines"]] == [
        ("Mat", Decimal("60000.00")), ("Lønn", Decimal("180000.00"))]
    expense = values["budget_lines"][0]["expenses"][0]
    assert (expense["date"], expense["amount"], expense["attachment_path"]) == (
        D(2027, 1, 15), Decimal("1234.55"), "/delt/bilag/frukt.pdf")
    assert values["activity_ids"] == [base["homework"].id]
    assert values["attachments"][0]["path"] == "/delt/søknad.pdf"
    # The first status is in the history, dated the day it was registered.
    assert [(h.status, h.changed_on) for h in history(app_id)] == [("draft", TODAY)]


def test_status_change_keeps_its_date_in_the_history(base):
    app_id = save_application(_values(base), today=TODAY)
    values, version = read_application(app_id)
    save_application({**values, "status": "sent", "status_date": "01.11.2026"}, app_id, version,
                     today=D(2026, 11, 2))
    values, version = read_application(app_id)
    save_application({**values, "status": "granted", "status_date": "20.02.2027",
                      "status_note": "Tilsagnsbrev", "amount_granted": "10 000"}, app_id, version,
                     today=D(2027, 2, 21))
    changes = history(app_id)
    assert [(h.label, h.changed_on, h.note) for h in changes] == [
        ("Utkast", TODAY, ""), ("Sendt", D(2026, 11, 1), ""),
        ("Innvilget", D(2027, 2, 20), "Tilsagnsbrev")]
    app = Application.get_by_id(app_id)
    assert app.status == "granted" and app.amount_granted == Decimal("10000.00")


def test_refused_status_and_future_status_date(base):
    app_id = save_application(_values(base), today=TODAY)
    values, version = read_application(app_id)
    with pytest.raises(ValidationError) as caught:
        save_application({**values, "status": "reported"}, app_id, version, today=TODAY)
    assert "bare innvilgede tilskudd" in caught.value.field_errors["status"]
    with pytest.raises(ValidationError) as caught:
        save_application({**values, "status": "sent", "status_date": "21.05.2026"}, app_id,
                         version, today=TODAY)
    assert "etter i dag" in caught.value.field_errors["status_date"]
    assert ApplicationStatusChange.select().count() == 1


def test_goals_budget_lines_and_expenses_are_updated_removed_and_added(base):
    app_id = save_application(_values(base), today=TODAY)
    values, version = read_application(app_id)
    goal = dict(values["goals"][0], achievement="38 i snitt", rating="partly")
    food, salary = values["budget_lines"]
    food = dict(food, amount="65 000", expenses=food["expenses"] + [
        {"id": None, "date": "2.2.27", "description": "Pizza", "amount": "-250",
         "attachment_path": ""}])
    salary = dict(salary, name="Lønn koordinator")
    save_application({**values, "goals": [goal, {"id": None, "description": "Foreldre deltar",
                                                  "target": "", "achievement": "", "rating": ""}],
                      "budget_lines": [salary, food],
                      "activity_ids": [base["holiday"].id, base["homework"].id]},
                     app_id, version, today=TODAY)
    values, new_version = read_application(app_id)
    assert new_version == version + 1
    assert [(g["description"], g["rating"]) for g in values["goals"]] == [
        ("Flere barn får leksehjelp", "partly"), ("Foreldre deltar", "")]
    assert [b["name"] for b in values["budget_lines"]] == ["Lønn koordinator", "Mat"]
    assert [e["amount"] for e in values["budget_lines"][1]["expenses"]] == [
        Decimal("1234.55"), Decimal("-250.00")]
    assert values["activity_ids"] == sorted([base["holiday"].id, base["homework"].id])

    # Removing a budget line removes its expenses; an unlinked activity stays an activity.
    save_application({**values, "goals": [], "budget_lines": values["budget_lines"][:1],
                      "activity_ids": [base["homework"].id]}, app_id, new_version, today=TODAY)
    assert Goal.select().count() == 0
    assert [b.name for b in BudgetLine.select()] == ["Lønn koordinator"]
    assert Expense.select().count() == 0
    assert ActivityApplication.select().count() == 1 and Activity.select().count() == 2
    deleted = {c.table_name for c in ChangeLog.select().where(ChangeLog.action == "delete")}
    assert {"goal", "budget_line", "expense", "activity_application"} <= deleted


def test_only_a_changed_goal_is_still_a_change_a_colleague_would_clash_with(base):
    app_id = save_application(_values(base), today=TODAY)
    values, version = read_application(app_id)
    goal = dict(values["goals"][0], achievement="Nådd")
    save_application({**values, "goals": [goal]}, app_id, version, today=TODAY)
    with pytest.raises(ConflictError):
        save_application({**values, "notes": "Mitt notat"}, app_id, version, today=TODAY)
    assert Application.get_by_id(app_id).notes == ""


def test_saving_unchanged_values_writes_nothing(base):
    app_id = save_application(_values(base), today=TODAY)
    values, version = read_application(app_id)
    before = ChangeLog.select().count()
    save_application(values, app_id, version, today=TODAY)
    assert read_application(app_id)[1] == version
    assert ChangeLog.select().count() == before


def test_every_problem_is_reported_at_once_and_nothing_is_saved(base):
    bad = _values(base, funder_id=None, title=" ", period_start="31.02.2027",
                  period_end="01.01.2026", amount_applied="mye", amount_granted="0,001",
                  deadline_accounts="i morgen",
                  goals=[{"id": None, "description": "", "target": "10", "achievement": "",
                          "rating": ""}],
                  budget_lines=[{"id": None, "name": "Mat", "amount": "1 000", "expenses": [
                      {"id": None, "date": "", "description": "Kake", "amount": "",
                       "attachment_path": ""}]}])
    with pytest.raises(ValidationError) as caught:
        save_application(bad, today=TODAY)
    errors = caught.value.field_errors
    assert set(errors) >= {"funder_id", "title", "period_start", "amount_applied",
                           "amount_granted", "deadline_accounts", "goals", "budget_lines"}
    assert "Mål 1" in errors["goals"]
    assert "Utgift 1 på posten «Mat»: Skriv datoen" in errors["budget_lines"]
    assert "Skriv beløpet" in errors["budget_lines"]
    assert Application.select().count() == 0


def test_period_and_scheme_rules(base):
    with pytest.raises(ValidationError) as caught:
        save_application(_values(base, period_start="01.01.2027", period_end="01.01.2030"),
                         today=TODAY)
    assert "høyst 3 år" in caught.value.field_errors["period_end"]
    save_application(_values(base, period_start="01.01.2027", period_end="31.12.2029"),
                     today=TODAY)
    with pytest.raises(ValidationError) as caught:
        save_application(_values(base, funder_id=base["other"].id), today=TODAY)
    assert "hører ikke til" in caught.value.field_errors["scheme_id"]


def test_empty_new_rows_are_left_out(base):
    values = _values(base, goals=[{"id": None, "description": "", "target": "", "achievement": "",
                                   "rating": ""}],
                     budget_lines=[{"id": None, "name": "", "amount": "", "expenses": []}])
    app_id = save_application(values, today=TODAY)
    assert read_application(app_id)[0]["goals"] == []
    assert read_application(app_id)[0]["budget_lines"] == []


def test_archive_and_delete_a_draft(base):
    app_id = save_application(_values(base), today=TODAY)
    set_archived(app_id, True, 1)
    assert Application.get_by_id(app_id).archived
    delete_draft(app_id, 2)
    assert Application.select().count() == 0
    assert Goal.select().count() == 0 and Expense.select().count() == 0
    assert ApplicationStatusChange.select().count() == 0


def test_a_sent_application_is_never_deleted(base):
    app_id = save_application(_values(base, status="sent", status_date="01.05.2026"), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        delete_draft(app_id, 1)
    assert "Arkiver" in caught.value.field_errors["status"]


def test_activity_choices_have_names_of_activities_not_people(base):
    Activity.update(archived=True).where(Activity.id == base["holiday"].id).execute()
    assert [(c.name, c.kind_label, c.archived) for c in activity_choices()] == [
        ("Ferieklubb", "Ferieaktivitet", True), ("Leksehjelp", "Leksehjelp", False)]


def test_grant_writer_edits_and_activity_leader_is_refused(base):
    actor.set_current(actor.Actor(username="skriver", role="grant_writer"))
    app_id = save_application(_values(base), today=TODAY)
    assert read_application(app_id)[0]["title"] == "Leksehjelp 2027"
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    for call in (lambda: read_application(app_id), lambda: save_application(_values(base)),
                 lambda: history(app_id), lambda: activity_choices()):
        with pytest.raises(PermissionDenied):
            call()
