"""Timeattest: hours and role per activity, the confirmation the team signs, who signs, and the
team's organisation number and contact; never «Samvirke bekrefter …»."""
import datetime
import json
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Activity,
    Session,
    Setting,
    Skill,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.domain.people.volunteer_hours import volunteer_hours_statement
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import TeamNameMissing
from samvirke_desktop.reports.hours_statement import write_hours_statement
from tests.reports.conftest import set_team
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf

PERIOD = (datetime.date(2026, 1, 1), datetime.date(2026, 6, 30))


def set_contact(organisation_number="974 778 807", phone="912 34 567",
                email="bomiljo@bsa.oslo.kommune.no"):
    for key, value in (("team.organisation_number", organisation_number), ("team.phone", phone),
                       ("team.email", email)):
        Setting.replace(key=key, value=json.dumps(value)).execute()


def test_hours_statement_text_and_numbers(homework, tmp_path):
    ingrid = homework["volunteers"][0]
    ingrid.first_name, ingrid.last_name = "Łukasz", "Wójcik"
    ingrid.save()
    path = write_hours_statement(tmp_path / "attest.pdf", ingrid.id, *PERIOD)
    pdf = read_pdf(path)
    data = volunteer_hours_statement(ingrid.id, *PERIOD)
    text = pdf.text
    assert "Timeattest for Łukasz Wójcik" in text
    # A regular volunteer of the homework help: «fast leksehjelper».
    assert "Leksehjelp Kvartal 5 fast leksehjelper 02.06.2026–18.06.2026 5 10" in text
    assert f"Sum {data.total_sessions} 10" in text
    assert ("Bo- og nærmiljøteamet Sagene, Bydel Sagene bekrefter at Łukasz Wójcik har bidratt "
            "som frivillig leksehjelper i perioden 1. januar 2026 til 30. juni 2026, med til "
            "sammen 10 timer fordelt på 5 samlinger i 1 aktivitet.") in text
    # Nobody logged in (the command line): lines to write the name on.
    for label in ("Navn (blokkbokstaver)", "Dato", "Signatur", "For teamet:"):
        assert label in text
    assert page_numbers_ok(pdf) and pdf.language == "nb-NO" and font_problems(path) == []
    assert pdf.metadata.title == "Timeattest – Łukasz Wójcik, 01.01.2026–30.06.2026"


def test_roles_per_activity_from_the_kind_the_skills_and_regular_volunteers(homework, tmp_path):
    ola = homework["volunteers"][1]
    for subject in ("norsk", "matte"):
        VolunteerSkill.create(volunteer=ola, skill=Skill.create(name=subject))
    hub = Activity.create(name="Fredagstreff", kind="hub")
    friday = Session.create(activity=hub, date=datetime.date(2026, 3, 6))
    VolunteerPresence.create(session=friday, volunteer=ola, hours=Decimal("3.00"))
    data = volunteer_hours_statement(ola.id, *PERIOD)
    assert [(line.activity_name, line.role) for line in data.activities] == [
        ("Fredagstreff", "vert på treffstedet"),          # not a regular volunteer there
        ("Leksehjelp Kvartal 5", "fast leksehjelper (matte, norsk)")]
    text = read_pdf(write_hours_statement(tmp_path / "ola.pdf", ola.id, *PERIOD)).text
    assert "Fredagstreff vert på treffstedet 06.03.2026 1 3" in text
    assert "fast leksehjelper (matte, norsk)" in text
    assert "har bidratt som frivillig vert på treffstedet og leksehjelper i perioden" in text


def test_a_role_chosen_at_print_time_replaces_the_roles_the_activities_give(homework, tmp_path):
    ola = homework["volunteers"][1]
    text = read_pdf(write_hours_statement(tmp_path / "ola.pdf", ola.id, *PERIOD,
                                          role="mentor for ungdom")).text
    assert "Leksehjelp Kvartal 5 mentor for ungdom 02.06.2026–04.06.2026 2 3,75" in text
    assert "har bidratt som frivillig mentor for ungdom i perioden" in text
    assert "leksehjelper" not in text


def test_the_signer_the_organisation_number_and_the_contact(homework, tmp_path):
    set_contact()
    actor.set_current(actor.Actor("kari", "coordinator", full_name="Kari Lund"))
    try:
        ola = homework["volunteers"][1]
        # The logged-in user signs unless another is named.
        mine = read_pdf(write_hours_statement(tmp_path / "kari.pdf", ola.id, *PERIOD,
                                              printed_on=datetime.date(2026, 7, 2))).text
        named = read_pdf(write_hours_statement(
            tmp_path / "per.pdf", ola.id, *PERIOD, printed_on=datetime.date(2026, 7, 2),
            signer_name="Per Hansen", signer_role="koordinator")).text
    finally:
        actor.set_current(actor.COMMAND_LINE)
    assert "Kari Lund 02.07.2026 Navn Dato Signatur" in mine
    assert "Navn (blokkbokstaver)" not in mine
    assert "Per Hansen, koordinator 02.07.2026 Navn og rolle Dato Signatur" in named
    assert "Kari Lund" not in named
    for text in (mine, named):
        assert ("Signatur Bo- og nærmiljøteamet Sagene, Bydel Sagene "
                "Organisasjonsnummer 974 778 807 "
                "Telefon 912 34 567 · E-post bomiljo@bsa.oslo.kommune.no") in text


def test_decimal_hours_and_no_contact_lines_when_none_is_set(homework, tmp_path):
    ola = homework["volunteers"][1]
    pdf = read_pdf(write_hours_statement(tmp_path / "ola.pdf", ola.id, *PERIOD))
    assert "3,75 timer fordelt på 2 samlinger" in pdf.text
    assert "Organisasjonsnummer" not in pdf.text and "Telefon" not in pdf.text


@pytest.mark.parametrize("bydel", ["", "Bydel Sagene"])
def test_without_a_team_name_no_statement_is_made(homework, tmp_path, bydel):
    set_team(name="", bydel=bydel)
    ola = homework["volunteers"][1]
    with pytest.raises(TeamNameMissing, match="Innstillinger → Team"):
        write_hours_statement(tmp_path / "ola.pdf", ola.id, *PERIOD)
    assert not (tmp_path / "ola.pdf").exists()


def test_period_without_hours_says_so(homework, tmp_path):
    ola = homework["volunteers"][1]
    pdf = read_pdf(write_hours_statement(tmp_path / "tom.pdf", ola.id,
                                         datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)))
    assert "Ingen registrerte timer for Ola Nordmann i perioden 01.01.2025–31.12.2025." in pdf.text
    assert "bekrefter" not in pdf.text


def test_an_arabic_volunteer_name_reads_back_in_the_statement(homework, tmp_path):
    from tests.reports.pdf_checks import pdftotext

    ola = homework["volunteers"][1]
    ola.first_name, ola.last_name = "فاطمة", "الزهراء"
    ola.save()
    path = write_hours_statement(tmp_path / "fatima.pdf", ola.id, *PERIOD)
    # pypdf reads each Arabic word right but keeps the words of a run in drawing order;
    # pdftotext puts the run in reading order.
    assert {"فاطمة", "الزهراء"} <= set(read_pdf(path).text.split())
    text = pdftotext(path)
    assert "Timeattest for فاطمة الزهراء" in text
    assert "bekrefter at فاطمة الزهراء" in text
