"""Rapport til tilskuddsgiver: the PDF says what grant_statistics says, and names nobody."""
import datetime
import re
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    ActivityApplication,
    Application,
    BudgetLine,
    Expense,
    Funder,
    Goal,
    Resident,
)
from samvirke_desktop.domain.formatting import money, number
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.domain.people.volunteer_hours import format_hours
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import PermissionDenied
from samvirke_desktop.reports.charts import month_labels, nice_step
from samvirke_desktop.reports.grant_report import write_grant_report
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf

PRINTED = datetime.date(2026, 11, 22)
BUFDIR_TITLE = "Leksehjelp og aktivitetsuke for barn i Sagene 2026"


def plain(value: str) -> str:
    """Text as read back: non-breaking spaces are plain spaces there."""
    return re.sub(r"\s+", " ", value.replace("\u00a0", " "))


def application_id(title: str) -> int:
    return Application.get(Application.title == title).id


def test_grant_report_from_the_demo_shows_the_statistics(demo, tmp_path):
    app_id = application_id(BUFDIR_TITLE)
    path = write_grant_report(tmp_path / "tilskudd.pdf", app_id, printed_on=PRINTED)
    pdf = read_pdf(path)
    text = pdf.text
    s = grant_statistics(app_id)
    p = s.participants

    def has(expected: str) -> None:
        assert plain(expected) in text, expected

    # Cover: funder, scheme, reference, amounts and period.
    for value in (s.funder, "Tilskudd til inkludering av barn og unge (4.11 Annen lokal aktivitet)",
                  "2026-BUF-031287", "Søknadsperiode 01.01.2026–31.12.2026",
                  "Rapporten gjelder 1. januar 2026 til 31. desember 2026",
                  f"Beløp søkt {money(s.amount_applied)}",
                  f"Beløp innvilget {money(s.amount_granted)}", "Status Innvilget",
                  "Rapportperiode 01.01.2026–31.12.2026"):
        has(value)
    # Summary figures.
    has(f"Unike deltakere {number(p.total)}")
    has(f"Herav barn og unge {number(p.children.total)}")
    has(f"Samlinger holdt {number(s.sessions.held)}")
    has(f"Oppmøter registrert med navn {number(s.attendances.total)}")
    has(f"Snitt med navn per samling {number(s.attendances.average_per_session, 1)}")
    has(f"Frivillige timer {format_hours(s.volunteers.hours)}")
    # Participants: new and returning, and every age band × gender row.
    has(f"Barn og unge {p.children.new} {p.children.returning} {p.children.total}")
    has(f"Alle unike deltakere {p.new} {p.returning} {p.total}")
    for group in (p.children, p.adults):
        for row in group.rows:
            has(" ".join([row.label] + [number(row.count(code)) for code, _ in group.gender_labels]
                         + [number(row.total)]))
        has(" ".join(["Sum"] + [number(n) for _, n in group.gender_totals] + [number(group.total)]))
    # Activities, one row each.
    for a in s.activities:
        has(f"{a.sessions_held} {a.sessions_cancelled} {number(a.attendances)} "
            f"{a.unique_participants} {a.head_counts} {format_hours(a.volunteer_hours)}")
    # Months: the table and the chart's totals.
    for m in s.months:
        has(f"{m.label.capitalize()} {m.sessions_held} {number(m.attendances)} {m.head_counts}")
    assert "Oppmøter per måned" in text and "jan." in text and "des." in text
    # Volunteers (the grant letter sets 300 kr per volunteer hour).
    has(f"Frivillige som har bidratt {s.volunteers.unique}")
    has(f"Verdi av frivillig innsats {money(s.volunteers.in_kind_value)}")
    # Budget against spending, with the variance and variance % signed.
    for line in s.budget.lines:
        has(f"{money(line.budgeted)} {money(line.spent)}")
    has(f"Sum {money(s.budget.budgeted)} {money(s.budget.spent)} –{money(-s.budget.variance)} –")
    has("+2 960,00 kr +11,8 %")   # Skolemateriell og bøker: over budget
    # Goals with achievement, narrative texts and signature lines.
    for goal in Goal.select().where(Goal.application == app_id):
        has(goal.description)
    has("Færre elever under kritisk grense på nasjonale prøver")
    has("Ikke beskrevet ennå")
    app = Application.get_by_id(app_id)
    for value in (app.summary, app.method, app.results, app.deviations, app.challenges,
                  app.continuation):
        has(value)
    signature_page = next(page for page in pdf.pages if "Underskrift" in page)
    assert "Sted og dato" in signature_page and "Signatur" in signature_page
    # The frame: Norwegian dates, page numbers, metadata, outline, embedded fonts.
    assert "Skrevet ut 22.11.2026" in pdf.pages[0]
    assert page_numbers_ok(pdf)
    assert pdf.metadata.title == f"Rapport til tilskuddsgiver – {BUFDIR_TITLE}, 01.01.2026–31.12.2026"
    assert pdf.language == "nb-NO"
    assert pdf.outline_titles() == [
        BUFDIR_TITLE, "Sammendrag", "Mål og måloppnåelse", "Aktiviteter",
        "Slik ble arbeidet gjort", "Deltakere", "Barn og unge etter alder og kjønn",
        "Voksne etter alder og kjønn", "Samlinger og oppmøte per måned",
        "Telte deltakere uten navn", "Frivillig innsats", "Budsjett og regnskap", "Egeninnsats",
        "Resultater", "Suksessfaktorer", "Avvik fra planen", "Utfordringer",
        "Videreføring og neste steg", "Vilkår og krav fra tilskuddsgiveren",
        "Vilkår i tilsagnsbrevet", "Frister og revisjon", "Politiattest", "Underskrift",
        "Vedlegg: samlinger i perioden"]
    assert font_problems(path) == []


def test_no_participant_is_named(demo, tmp_path):
    for app in Application.select():
        pdf = read_pdf(write_grant_report(tmp_path / f"{app.id}.pdf", app.id))
        text = pdf.text
        for first, last in Resident.select(Resident.first_name, Resident.last_name).tuples():
            assert f"{first} {last}" not in text
            assert f"{last}, {first}" not in text


def test_a_part_of_the_period_and_the_in_kind_value(demo, tmp_path):
    app_id = application_id("Trygt og trivelig i Kvartal 5 – dugnad og nærmiljøpatrulje")
    first, last = datetime.date(2026, 1, 1), datetime.date(2026, 6, 30)
    pdf = read_pdf(write_grant_report(tmp_path / "halvar.pdf", app_id, first, last))
    s = grant_statistics(app_id, first, last)
    text = pdf.text
    assert s.volunteers.hour_rate == Decimal("300.00")
    assert plain(f"Timesats for egeninnsats {money(s.volunteers.hour_rate)}") in text
    assert plain(f"Verdi av frivillig innsats {money(s.volunteers.in_kind_value)}") in text
    assert plain("Rapportperiode 01.01.2026–30.06.2026") in text
    assert plain(f"Unike deltakere {number(s.participants.total)}") in text
    # Spending counts from the application period's start up to the report period's end.
    assert "Regnskapet tar med utgifter fra 01.08.2025 til 30.06.2026." in text
    assert s.months[0].label == "januar 2026" and "Juli 2026" not in text


def test_empty_period_says_so_plainly(demo, tmp_path):
    app_id = application_id("Fredagstreff og nærnettverk i Vogts gate 64 – 2027")
    path = write_grant_report(tmp_path / "tom.pdf", app_id)
    pdf = read_pdf(path)
    assert ("Ingen samlinger i perioden 01.01.2027–31.12.2027 for aktivitetene i søknaden, så det "
            "er ingen deltakere, oppmøter eller frivillige timer å rapportere.") in pdf.text
    titles = pdf.outline_titles()
    assert "Deltakere" not in titles and "Samlinger og oppmøte per måned" not in titles
    assert "Budsjett og regnskap" in titles and "Underskrift" in titles
    assert font_problems(path) == []


def test_application_without_activities(database, tmp_path):
    funder = Funder.create(name="Sparebankstiftelsen")
    app = Application.create(funder=funder, title="Sommerleir", period_start=datetime.date(2026, 6, 1),
                             period_end=datetime.date(2026, 8, 31), amount_applied=Decimal(50000))
    pdf = read_pdf(write_grant_report(tmp_path / "uten.pdf", app.id))
    assert "Ingen aktiviteter er knyttet til søknaden" in pdf.text
    assert "Søknaden har ingen registrerte mål." in pdf.text
    assert "Søknaden har ingen budsjettposter." in pdf.text
    assert "Beløp innvilget Ikke innvilget (ennå)" in pdf.text
    assert pdf.text.count("Ikke fylt ut i søknaden.") == 6  # summary and the five narratives


def test_head_counts_get_their_own_table_and_bar(homework, tmp_path):
    funder = Funder.create(name="Oslo kommune")
    app = Application.create(funder=funder, title="Leksehjelp juni", amount_applied=Decimal(1000),
                             period_start=datetime.date(2026, 6, 1),
                             period_end=datetime.date(2026, 6, 30))
    ActivityApplication.create(activity=homework["activity"], application=app)
    line = BudgetLine.create(application=app, name="Frukt", amount=Decimal("500.00"))
    Expense.create(budget_line=line, date=datetime.date(2026, 6, 2), amount=Decimal("120.50"))
    Expense.create(budget_line=line, date=datetime.date(2026, 7, 2), amount=Decimal("80.00"))
    path = write_grant_report(tmp_path / "telt.pdf", app.id)
    pdf = read_pdf(path)
    s = grant_statistics(app.id)
    text = pdf.text
    assert s.head_counts.total == 9
    assert "Det ble telt 9 personer, i snitt 1,8 per samling." in text
    # The chart stacks the named and the counted: its legend names both.
    assert "Oppmøter med navn" in text and "Telt uten navn" in text
    assert plain(f"Juni 2026 5 {s.attendances.total} 9") in text
    assert plain("Frukt 500,00 kr 120,50 kr –379,50 kr –75,9 %") in text
    assert plain("Utgifter på 80,00 kr er datert utenfor søknadsperioden") in text
    for name in ("Wójcik", "Łukasz", "Yılmaz", "Hassan", "Østbø"):
        assert name not in text
    assert font_problems(path) == []


def test_roles_without_statistics_get_no_grant_report(demo, tmp_path):
    app_id = application_id(BUFDIR_TITLE)
    actor.set_current(actor.Actor("leder", role="activity_leader"))
    with pytest.raises(PermissionDenied, match="statistikken"):
        write_grant_report(tmp_path / "nei.pdf", app_id)
    assert not (tmp_path / "nei.pdf").exists()
    actor.set_current(actor.Actor("skriver", role="grant_writer"))
    assert write_grant_report(tmp_path / "ja.pdf", app_id).exists()


def test_chart_steps_and_month_labels():
    assert [nice_step(n) for n in (0, 4, 40, 455, 3109)] == [1, 1, 10, 100, 1000]
    assert month_labels([(2026, 1), (2026, 12)]) == ["jan.", "des."]
    assert month_labels([(2025, 12), (2026, 1)]) == ["des. 25", "jan. 26"]


def test_a_year_of_a_large_activity_is_quick(homework, tmp_path):
    """300 children × 80 sessions: the PDF is small, its time is the statistics."""
    import random
    import time

    from samvirke_desktop.db.models import DB, Activity, Attendance, Resident, Session

    rnd = random.Random(3)
    funder = Funder.create(name="Bufdir")
    app = Application.create(funder=funder, title="Stor", amount_applied=Decimal(1),
                             period_start=datetime.date(2025, 1, 1),
                             period_end=datetime.date(2025, 12, 31))
    activity = Activity.create(name="Leksehjelp Stor", kind="homework_help")
    ActivityApplication.create(activity=activity, application=app)
    with DB.atomic():
        children = [Resident.create(first_name=f"Barn{i}", birth_year=2010 + i % 10,
                                    gender=("female", "male")[i % 2]) for i in range(300)]
        start = datetime.date(2025, 1, 7)
        sessions = [Session.create(activity=activity, date=start + datetime.timedelta(days=4 * i))
                    for i in range(80)]
        rows = [{"session": s.id, "resident": c.id, "role": "child"}
                for s in sessions for c in rnd.sample(children, 40)]
        Attendance.insert_many(rows).execute()
    began = time.perf_counter()
    pdf = read_pdf(write_grant_report(tmp_path / "stor.pdf", app.id))
    elapsed = time.perf_counter() - began
    assert "Samlinger holdt 80" in pdf.text and "Oppmøter registrert med navn 3 200" in plain(pdf.text)
    assert elapsed < 2.0
