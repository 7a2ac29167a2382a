"""Upcoming deadlines within N days and deadlines passed while the status stood still."""
import datetime

import pytest

from samvirke_desktop.db.models import Application, Funder
from samvirke_desktop.domain.grants.deadlines import deadline_overview, passed_deadlines, upcoming_deadlines

D = datetime.date
TODAY = D(2026, 5, 10)


def _app(funder, title, status, **deadlines):
    return Application.create(funder=funder, title=title, status=status,
                              period_start=D(2026, 1, 1), period_end=D(2026, 12, 31), **deadlines)


@pytest.fixture
def apps(database):
    bufdir = Funder.create(name="Barne-, ungdoms- og familiedirektoratet", short_name="Bufdir")
    oslo = Funder.create(name="Oslo kommune")
    return {
        # Draft: søknadsfrist in 5 days; its later deadlines do not matter yet.
        "draft_soon": _app(bufdir, "Ferieklubb 2027", "draft", deadline_application=D(2026, 5, 15),
                           deadline_final_report=D(2026, 5, 20)),
        # Draft whose søknadsfrist passed.
        "draft_late": _app(oslo, "Nærmiljøskole", "draft", deadline_application=D(2026, 4, 1)),
        # Sent: søknadsfrist met, nothing due.
        "sent": _app(oslo, "Dugnad", "sent", deadline_application=D(2026, 5, 12)),
        # Granted: progress report today, final report in 30 days, accounts in 31 (outside).
        "granted": _app(bufdir, "Leksehjelp 2026", "granted", deadline_progress_report=TODAY,
                        deadline_final_report=D(2026, 6, 9), deadline_accounts=D(2026, 6, 10)),
        # Granted: final report passed, progress report passed (never flagged).
        "granted_late": _app(oslo, "Patrulje", "partly_granted",
                             deadline_progress_report=D(2026, 3, 1),
                             deadline_final_report=D(2026, 5, 9)),
        # Reported: final report done, accounts passed.
        "reported": _app(bufdir, "Treffsted", "reported", deadline_final_report=D(2026, 2, 1),
                         deadline_accounts=D(2026, 4, 30)),
        # Closed, rejected and archived: nothing.
        "closed": _app(bufdir, "Ferdig", "closed", deadline_accounts=D(2026, 5, 11)),
        "rejected": _app(oslo, "Avslått", "rejected", deadline_final_report=D(2026, 5, 11)),
        "archived": _app(oslo, "Arkivert", "draft", deadline_application=D(2026, 5, 11),
                         archived=True),
    }


def test_upcoming_within_thirty_days_soonest_first(apps):
    upcoming = upcoming_deadlines(TODAY)
    assert [(d.title, d.label, d.due, d.days_left) for d in upcoming] == [
        ("Leksehjelp 2026", "Fremdriftsrapport", TODAY, 0),
        ("Ferieklubb 2027", "Søknadsfrist", D(2026, 5, 15), 5),
        ("Leksehjelp 2026", "Sluttrapport", D(2026, 6, 9), 30),
    ]
    assert upcoming[0].funder == "Bufdir"
    assert upcoming[0].message == ("Fremdriftsrapport for «Leksehjelp 2026» (Bufdir): frist i dag, "
                                   "10.05.2026.")
    assert upcoming[1].message.endswith("frist om 5 dager, 15.05.2026.")


def test_the_window_is_a_parameter(apps):
    assert [d.due for d in upcoming_deadlines(TODAY, days=31)][-1] == D(2026, 6, 10)
    assert [d.title for d in upcoming_deadlines(TODAY, days=4)] == ["Leksehjelp 2026"]


def test_passed_while_the_status_stood_still(apps):
    passed = passed_deadlines(TODAY)
    assert [(d.title, d.label, d.days_left, d.status_label) for d in passed] == [
        ("Nærmiljøskole", "Søknadsfrist", -39, "Utkast"),
        ("Treffsted", "Regnskap", -10, "Rapportert"),
        ("Patrulje", "Sluttrapport", -1, "Delvis innvilget"),
    ]
    assert passed[2].passed
    assert passed[2].message == ("Sluttrapport for «Patrulje» (Oslo kommune): fristen 09.05.2026 "
                                 "gikk ut i går, men søknaden står fortsatt som «Delvis innvilget».")
    assert "for 39 dager siden" in passed[0].message


def test_overview_gives_both_lists_and_moves_with_today(apps):
    overview = deadline_overview(TODAY)
    assert len(overview.upcoming) == 3 and len(overview.passed) == 3
    later = deadline_overview(D(2026, 6, 10))
    assert ("Leksehjelp 2026", "Sluttrapport") in [(d.title, d.label) for d in later.passed]
    assert [(d.title, d.label) for d in later.upcoming] == [("Leksehjelp 2026", "Regnskap")]


def test_status_change_clears_the_flag(apps):
    Application.update(status="reported").where(Application.id == apps["granted_late"].id).execute()
    assert "Patrulje" not in [d.title for d in passed_deadlines(TODAY)]


def test_no_applications(database):
    overview = deadline_overview(TODAY)
    assert overview.upcoming == () and overview.passed == ()
