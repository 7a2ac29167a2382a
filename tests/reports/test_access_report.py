"""Innsyn: the readable PDF holds everything the export holds, and every export is logged."""
import datetime
import json
from decimal import Decimal

import peewee
import pytest

from samvirke_desktop.db.models import (
    Activity,
    Attendance,
    ChangeLog,
    Consent,
    Guardian,
    Household,
    Resident,
    Session,
    Site,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.privacy.access_request import access_export
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied, RecordGone
from samvirke_desktop.reports.access_report import make_access_report, write_access_report
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf

PRINTED = datetime.date(2026, 11, 22)


def exports_logged(resident_id: int) -> int:
    return (ChangeLog.select().where((ChangeLog.action == "export")
                                     & (ChangeLog.resident_id == resident_id)).count())


def test_access_report_from_the_demo_holds_everything_exported(demo, tmp_path):
    # The child with the most guardians and a consent: the fullest record in the demo.
    child = (Resident.select(Resident, peewee.fn.COUNT(Guardian.id).alias("n"))
             .join(Guardian, on=(Guardian.child == Resident.id))
             .join(Consent, on=(Consent.resident == Resident.id))
             .group_by(Resident).order_by(peewee.SQL("n").desc(), Resident.id).first())
    export = access_export(child.id)  # what the PDF must show (this export is logged too)
    path = write_access_report(tmp_path / "innsyn.pdf", child.id, printed_on=PRINTED)
    pdf = read_pdf(path)
    text = pdf.text
    name = f"{child.first_name} {child.last_name}"
    assert f"Innsyn: opplysninger om {name}" in text
    assert "per 22. november 2026" in text and "artikkel 15" in text
    # Fields in Norwegian, values the Norwegian way, the site by name.
    assert f"Fornavn {child.first_name}" in text and f"Etternavn {child.last_name}" in text
    if child.birth_date:
        assert f"Fødselsdato {child.birth_date:%d.%m.%Y}" in text
    assert f"Kjønn {'Kvinne' if child.gender == 'female' else 'Mann'}" in text
    assert f"Område {Site.get_by_id(child.site_id).name}" in text
    assert f"Navn {Household.get_by_id(child.household_id).name}" in text
    # Guardians, consents, enrolments and every attendance date.
    for guardian in export.guardians:
        assert guardian["foresatt_navn"] in text
    for consent in export.consents:
        assert consent["given_date"].strftime("%d.%m.%Y") in text
    assert "Foto" in text
    for enrolment in export.enrolments:
        assert enrolment["aktivitet"] in text
    for row in export.attendance:
        assert f"{row['dato']:%d.%m.%Y} {row['aktivitet']}" in text
    assert f"{len(export.attendance)} i alt" in text
    # The purposes and legal basis from the settings.
    assert export.purposes in text and "Personvernforordningen artikkel 6" in text
    # Both exports are in the log, and the PDF shows the first one.
    assert exports_logged(child.id) == 2
    assert "Eksportert: Beboer" in text
    assert page_numbers_ok(pdf) and pdf.language == "nb-NO"
    assert pdf.metadata.title == f"Innsyn – Opplysninger om {name}"
    assert pdf.outline_titles()[:4] == [f"Innsyn: opplysninger om {name}",
                                        "Hvorfor opplysningene lagres", "Personopplysninger",
                                        "Husstand"]
    assert font_problems(path) == []


def test_changes_guardianship_and_volunteering_in_words(database, tmp_path):
    site = Site.create(name="Vogts gate 64")
    mother = record_changes.create(Resident, first_name="Nguyễn Thị", last_name="Hoa", gender="female",
                                   phone="912 34 567", site=site, birth_year=1984)
    child = record_changes.create(Resident, first_name="Şükrü", last_name="Yılmaz", gender="male",
                                  birth_date=datetime.date(2014, 3, 2))
    record_changes.create(Guardian, child=child, guardian=mother, relation="mor")
    record_changes.update(Resident, mother.id, 1, phone="987 65 432", interpreter_needed=True)
    helper = Volunteer.create(first_name="Nguyễn Thị", last_name="Hoa", resident=mother,
                              police_certificate_shown=datetime.date(2026, 2, 1),
                              availability="2,4")
    activity = Activity.create(name="Leksehjelp")
    session = Session.create(activity=activity, date=datetime.date(2026, 3, 5))
    VolunteerPresence.create(session=session, volunteer=helper, hours=Decimal("2.50"))
    Attendance.create(session=session, resident=mother, role="parent", present=False)

    pdf = read_pdf(write_access_report(tmp_path / "mor.pdf", mother.id))
    text = pdf.text
    assert "Område Vogts gate 64" in text
    assert "Foresatt for" in text and "Şükrü Yılmaz mor" in text
    assert "Telefon: 912 34 567 → 987 65 432" in text
    assert "Trenger tolk: Nei → Ja" in text
    assert "Opprettet: Beboer" in text and "Endret: Beboer" in text
    assert "Som frivillig" in text and "Politiattest vist 01.02.2026" in text
    assert "Kan komme tirsdag, torsdag" in text
    assert "05.03.2026 Leksehjelp 2,5" in text
    assert "05.03.2026 Leksehjelp Forelder Nei (fravær)" in text
    assert "Personen er ikke registrert i en husstand." in text
    assert "Ingen samtykker er registrert." in text


def test_json_through_make_access_report_and_refusals(database, tmp_path):
    resident = record_changes.create(Resident, first_name="Łukasz", last_name="Wójcik")
    path = make_access_report(resident.id, tmp_path / "innsyn.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["beboer"]["first_name"] == "Łukasz" and "formål" in data
    assert make_access_report(resident.id, tmp_path / "innsyn.pdf").suffix == ".pdf"
    assert exports_logged(resident.id) == 2
    with pytest.raises(RecordGone):
        make_access_report(resident.id + 100, tmp_path / "borte.pdf")
    actor.set_current(actor.Actor("skriver", role="grant_writer"))
    with pytest.raises(PermissionDenied, match="eksportere personopplysninger"):
        make_access_report(resident.id, tmp_path / "nei.pdf")
    assert not (tmp_path / "nei.pdf").exists()
    assert exports_logged(resident.id) == 2
