"""Innsyn: the readable PDF holds everything the export holds and what the person has a right to
know beside it, every export is logged, and nothing is made until Personvern is filled in."""
import datetime
import json
from decimal import Decimal

import peewee
import pytest

from samvirke_desktop import translation
from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
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
from samvirke_desktop.domain.privacy.access_request import access_export
from samvirke_desktop.domain.formatting import date_long
from samvirke_desktop.domain.privacy.controller import CONTROLLER_KEY, DPO_KEY, Contact
from samvirke_desktop.domain.privacy.retention import (
    LEGAL_BASIS_KEY,
    LEGAL_BASIS_PLACEHOLDER,
    PrivacySettingsMissing,
    RetentionRules,
    save_privacy_settings,
)
from samvirke_desktop.domain.spreadsheets.people_import import preview_people_import, run_import
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.domain.team.settings_store import write_setting
from samvirke_desktop.errors import PermissionDenied, RecordGone
from samvirke_desktop.reports.access_report import make_access_report, write_access_report
from tests.privacy_settings import CONTROLLER, DATA_PROTECTION_OFFICER, fill_privacy_settings
from tests.reports.pdf_checks import font_problems, page_numbers_ok, read_pdf

PRINTED = datetime.date(2026, 11, 22)
OLD = datetime.datetime(2024, 1, 10, 9, 0)


def exports_logged(resident_id: int) -> int:
    return (ChangeLog.select().where((ChangeLog.action == "export")
                                     & (ChangeLog.resident_id == resident_id)).count())


@pytest.fixture
def english():
    translation.set_language("en")
    yield
    translation.set_language("nb")


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
    # The demo's own settings: purposes, legal basis, controller and data protection officer.
    assert export.purposes in text and "Personvernforordningen artikkel 6" in text
    assert "folkehelseloven § 7" in text
    assert "Oslo kommune, Bydel Sagene Postboks 4250 Nydalen, 0401 Oslo" in text
    assert export.data_protection_officer.email in text
    # Still enrolled in the demo's leksehjelp: no date yet, but when it would be.
    person = export.retention[0]
    assert person.state == "active" and person.ongoing
    assert f"Ingen dato ennå: påmeldt {person.ongoing[0]}" in text
    assert f"Slettes etter reglene ikke før {person.due:%d.%m.%Y}" in text
    # The demo's funders, figures only.
    assert export.funders and export.funders[0] in text and "bare tall uten navn" in text
    # Both exports are in the log, and the PDF shows the first one.
    assert exports_logged(child.id) == 2
    assert "Eksportert: Beboer" in text
    assert page_numbers_ok(pdf) and pdf.language == "nb-NO"
    assert pdf.metadata.title == f"Innsyn – Opplysninger om {name}"
    assert pdf.outline_titles()[:9] == [
        f"Innsyn: opplysninger om {name}", "Hvorfor opplysningene lagres",
        "Hvor lenge opplysningene lagres", "Hvor opplysningene kommer fra",
        "Hvem som får opplysningene", "Dine rettigheter",
        "Behandlingsansvarlig og personvernombud", "Personopplysninger", "Husstand"]
    assert font_problems(path) == []


def test_changes_guardianship_and_volunteering_in_words(database, tmp_path):
    fill_privacy_settings()
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
    # Where it came from: typed in by this user; a guardian of the child.
    assert (f"Registrert av teamet i Samvirke {date_long(datetime.date.today())} "
            "(kommandolinje)") in text
    assert "Registrert som foresatt for Şükrü Yılmaz" in text
    # No end date as a volunteer: no date can be given for those records yet.
    assert text.count("Ingen dato ennå: personen er fortsatt frivillig") == 2


def test_json_through_make_access_report_and_refusals(database, tmp_path):
    fill_privacy_settings()
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


# --- refused until Personvern is filled in -----------------------------------------------

def _refused(resident_id: int, tmp_path) -> str:
    messages = set()
    for name in ("innsyn.pdf", "innsyn.json"):
        with pytest.raises(PrivacySettingsMissing) as refused:
            make_access_report(resident_id, tmp_path / name)
        assert not (tmp_path / name).exists()
        messages.add(refused.value.message)
    assert exports_logged(resident_id) == 0
    (message,) = messages
    assert "Innstillinger → Personvern" in message
    return message


def test_refused_until_legal_basis_controller_and_officer_are_filled_in(database, tmp_path):
    resident = record_changes.create(Resident, first_name="Amina", last_name="Hassan")
    message = _refused(resident.id, tmp_path)
    assert message.startswith("Innsynsrapporten kan ikke lages før bydelens "
                              "personvernopplysninger er fylt inn. Mangler: rettsgrunnlaget, "
                              "behandlingsansvarliges navn, behandlingsansvarliges adresse, ")
    assert "personvernombudets navn og personvernombudets e-post eller telefon." in message
    assert LEGAL_BASIS_PLACEHOLDER not in message

    # The legal basis and a controller without address: the rest is still asked for.
    save_privacy_settings("Leksehjelp.", "Art. 6 nr. 1 bokstav e.", RetentionRules(),
                          controller_contact=Contact(CONTROLLER.name, "", CONTROLLER.email),
                          dpo=Contact("Tone Vik"))
    message = _refused(resident.id, tmp_path)
    assert "rettsgrunnlaget" not in message and "behandlingsansvarliges navn" not in message
    assert ("Mangler: behandlingsansvarliges adresse og personvernombudets e-post eller "
            "telefon.") in message

    # A database that saved the old default text keeps its placeholder: still not filled in.
    write_setting(CONTROLLER_KEY, {"name": CONTROLLER.name, "address": CONTROLLER.address,
                                   "email": CONTROLLER.email, "phone": ""})
    write_setting(DPO_KEY, {"name": "Tone Vik", "email": DATA_PROTECTION_OFFICER.email})
    write_setting(LEGAL_BASIS_KEY, "Personvernforordningen artikkel 6 nr. 1 bokstav e. "
                                   f"{LEGAL_BASIS_PLACEHOLDER}")
    message = _refused(resident.id, tmp_path)
    assert f"Mangler: rettsgrunnlaget (teksten «{LEGAL_BASIS_PLACEHOLDER}» står der " \
           "fortsatt)." in message

    fill_privacy_settings()
    assert make_access_report(resident.id, tmp_path / "innsyn.pdf").exists()
    assert exports_logged(resident.id) == 1


# --- every section, in the PDF and the JSON ------------------------------------------------

@pytest.fixture
def taking_part(database, tmp_path):
    """Amina imported from a spreadsheet, at leksehjelp (funded by Bufdir) until March 2025,
    no longer enrolled; retention 18 months for residents, 6 for volunteers."""
    fill_privacy_settings(RetentionRules(18, 6, True))
    sheet = tmp_path / "nye deltakere.csv"
    sheet.write_text("Fornavn;Etternavn;Fødselsår\nAmina;Hassan;2014\nNoah;Berg;2015\n",
                     encoding="utf-8")
    run_import(preview_people_import("residents", sheet, today=PRINTED))
    amina = Resident.get(Resident.first_name == "Amina")
    Resident.update(created_at=OLD, updated_at=OLD).where(Resident.id == amina.id).execute()
    activity = Activity.create(name="Leksehjelp")
    Activity.create(name="Dugnad")   # no link to the person: its funder is not named
    bufdir = Funder.create(name="Bufdir")
    application = Application.create(funder=bufdir, title="Leksehjelp 2025",
                                     period_start=datetime.date(2025, 1, 1),
                                     period_end=datetime.date(2025, 12, 31))
    ActivityApplication.create(activity=activity, application=application)
    Enrolment.create(activity=activity, resident=amina, end_date=datetime.date(2025, 3, 31))
    for day in (3, 5):
        session = Session.create(activity=activity, date=datetime.date(2025, 3, day))
        Attendance.create(session=session, resident=amina, role="child")
    return amina


def test_every_section_is_in_the_pdf_and_the_json(taking_part, tmp_path):
    amina = taking_part
    text = read_pdf(write_access_report(tmp_path / "innsyn.pdf", amina.id,
                                        printed_on=datetime.date(2026, 5, 1))).text
    # Why: the purposes and the legal basis as entered.
    assert "Hvorfor opplysningene lagres Formål Planlegge og gjennomføre" in text
    assert "Rettsgrunnlag Personvernforordningen artikkel 6 nr. 1 bokstav e, jf. " \
           "folkehelseloven § 7" in text
    # How long: each kind's rule and the day Amina's data comes up for erasure (18 months
    # after her last attendance on 05.03.2025).
    assert ("Personopplysninger, husstand, foresatte, samtykker og påmeldinger Slettes eller "
            "anonymiseres 18 måneder etter siste oppmøte eller endring 6. september 2026") in text
    assert "Oppmøte Beholdes uten navn i statistikken" in text
    assert "Endringsloggen om personen" in text
    assert ("Sikkerhetskopier av databasen Slettes når de er 6 måneder gamle") in text
    assert "Slettes etter reglene 06.09.2026" in text
    # Where from: the spreadsheet the change log names.
    imported_on = date_long(datetime.date.today())   # the import's own day
    assert ("Personopplysningene Importert fra regnearket «nye deltakere.csv» "
            f"{imported_on} (kommandolinje)") in text
    assert "Oppmøte Registrert av teamet eller aktivitetslederen på hver samling" in text
    # Who receives what.
    assert ("Tilskuddsgivere Bufdir, som gir tilskudd til aktivitetene personen er med på, "
            "får bare tall uten navn") in text
    assert "De får aldri navn eller andre opplysninger om personen." in text
    assert "Ingen andre Ingen andre får navn eller andre opplysninger om personen" in text
    # The rights and how to use them, and the complaint to Datatilsynet.
    for right, article in (("Innsyn", 15), ("Retting", 16), ("Sletting", 17),
                           ("Begrensning", 18), ("Protest", 21)):
        assert f"{right} (artikkel {article})" in text, right
    assert "Slik bruker du rettighetene Ta kontakt med teamet eller med behandlingsansvarlig, " \
           "Oslo kommune, Bydel Sagene (postmottak@sagene.example.no)" in text
    assert "senest innen én måned" in text
    assert ("Klage til Datatilsynet Mener du at opplysningene behandles i strid med "
            "personvernreglene, kan du klage til Datatilsynet: Datatilsynet, Postboks 458 "
            "Sentrum, 0105 Oslo, www.datatilsynet.no.") in text
    # The controller and the data protection officer.
    assert ("Behandlingsansvarlig Oslo kommune, Bydel Sagene Postboks 4250 Nydalen, 0401 Oslo "
            "postmottak@sagene.example.no Personvernombud Tone Vik "
            "personvernombud@oslo.example.no") in text
    assert "Dugnad" not in text

    data = json.loads(make_access_report(amina.id, tmp_path / "innsyn.json")
                      .read_text(encoding="utf-8"))
    assert data["språk"] == "nb"
    assert data["rettsgrunnlag"].startswith("Personvernforordningen artikkel 6")
    assert data["behandlingsansvarlig"] == {"navn": "Oslo kommune, Bydel Sagene",
                                            "adresse": "Postboks 4250 Nydalen, 0401 Oslo",
                                            "e_post": "postmottak@sagene.example.no",
                                            "telefon": ""}
    assert data["personvernombud"]["navn"] == "Tone Vik"
    resident_rule = data["lagringstid"][0]
    assert (resident_rule["type"], resident_rule["måneder"], resident_rule["regnet_fra"],
            resident_rule["slettes"]) == ("resident", 18, "2025-03-05", "2026-09-06")
    assert [r["type"] for r in data["lagringstid"]] == ["resident", "attendance", "change_log",
                                                        "backup"]
    assert data["lagringstid"][-1]["måneder"] == 6
    assert data["kilder"][0]["type"] == "imported"
    assert data["kilder"][0]["fil"] == "nye deltakere.csv"
    assert data["kilder"][0]["tekst"].startswith("Importert fra regnearket «nye deltakere.csv»")
    assert data["tilskuddsgivere"] == ["Bufdir"]
    assert data["mottakere"][0]["mottaker"] == "Tilskuddsgivere"
    assert "bare tall uten navn" in data["mottakere"][0]["får"]
    assert [(r["rett"], r["artikkel"]) for r in data["rettigheter"]][:5] == [
        ("Innsyn", "15"), ("Retting", "16"), ("Sletting", "17"), ("Begrensning", "18"),
        ("Protest", "21")]
    assert "senest innen én måned" in data["slik_bruker_du_rettighetene"]
    assert data["klage"] == {
        "til": "Datatilsynet", "adresse": "Postboks 458 Sentrum, 0105 Oslo",
        "nettsted": "www.datatilsynet.no", "tekst": data["klage"]["tekst"]}
    assert "klage til Datatilsynet" in data["klage"]["tekst"]


def test_the_date_has_passed_and_the_team_has_not_erased_yet(taking_part, tmp_path):
    text = read_pdf(write_access_report(tmp_path / "innsyn.pdf", taking_part.id,
                                        printed_on=PRINTED)).text
    assert ("Fra 6. september 2026: står på teamets liste over det som skal slettes, og "
            "slettes ved neste gjennomgang") in text


def test_the_access_report_in_english(taking_part, tmp_path, english):
    pdf = read_pdf(write_access_report(tmp_path / "access.pdf", taking_part.id,
                                       printed_on=datetime.date(2026, 5, 1)))
    text = pdf.text
    for words in ("Subject access: details about Amina Hassan",
                  "Why the data is kept", "How long the data is kept",
                  "Erased or anonymised 18 months after the last attendance or change "
                  "6 September 2026",
                  "Where the data comes from", "Imported from the spreadsheet «nye deltakere.csv»",
                  "Who receives the data", "receive figures only, without names",
                  "Your rights", "Subject access (Article 15)", "Rectification (Article 16)",
                  "Erasure (Article 17)", "Restriction (Article 18)", "Objection (Article 21)",
                  "How to use these rights", "within one month",
                  "Complaint to Datatilsynet", "Postboks 458 Sentrum, 0105 Oslo",
                  "www.datatilsynet.no", "Controller and data protection officer",
                  "Personal details", "Page 1 of"):
        assert words in text, words
    for norwegian in ("Dine rettigheter", "Hvor lenge", "Klage til Datatilsynet",
                      "Behandlingsansvarlig", "Side 1 av", "bare tall uten navn"):
        assert norwegian not in text, norwegian
    assert pdf.language == "en-GB"
    data = json.loads(make_access_report(taking_part.id, tmp_path / "access.json")
                      .read_text(encoding="utf-8"))
    assert data["språk"] == "en"
    assert [r["rett"] for r in data["rettigheter"]][:5] == [
        "Subject access", "Rectification", "Erasure", "Restriction", "Objection"]
    assert "Datatilsynet" in data["klage"]["tekst"] and "complain" in data["klage"]["tekst"]
