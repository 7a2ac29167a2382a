"""Importing residents, volunteers and partners: preview with problems, then all or nothing."""
import datetime
import json
import time

import pytest

from samvirke_desktop.db.models import (
    DB,
    ChangeLog,
    Household,
    Partner,
    PartnerContact,
    Resident,
    Site,
    Skill,
    Volunteer,
    VolunteerLanguage,
    VolunteerSkill,
)
from samvirke_desktop.domain.spreadsheets.mapping import MappingError, saved_mapping
from samvirke_desktop.domain.spreadsheets.people_import import (
    ERROR,
    OK,
    WARNING,
    ImportFailed,
    preview_people_import,
    run_import,
    skipped_rows_text,
    write_skipped_report,
)
from samvirke_desktop.domain.spreadsheets.reading import read_spreadsheet
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.errors import PermissionDenied
from tests.domain.spreadsheet_files import write_csv, write_xlsx

TODAY = datetime.date(2026, 6, 1)
HEADERS = ["Fornavn", "Etternavn", "Fødselsdato", "Kjønn", "Telefon", "E-post", "Område",
           "Adresse", "Språk", "Tolk", "Merknad"]


def _row(by_number, number):
    return next(r for r in by_number.rows if r.number == number)


@pytest.fixture
def team_sheet(tmp_path):
    rows = [HEADERS,
            ["Amina", "Hassan", datetime.date(2015, 6, 5), "jente", "91234567", "",
             "Kvartal 5", "Sandakerveien 12 H0201", "somali", "ja", ""],
            ["Şükrü", "Yılmaz", "31.01.2012", "G", "+47 480 12 345", "", "kvartal 5",
             "Sandakerveien 12 H0305", "tyrkisk", "nei", "Liker fotball"],
            ["Nguyễn Thị", "Hoa", "5.6.1980", "kvinne", "", "hoa@EXAMPLE.no", "Blokk B",
             "Sandakerveien 12 H0305", "", "vietnamesisk", ""],
            ["", "Uten Fornavn", "2015-01-01", "", "", "", "", "", "", "", ""]]
    rows += [["Barn", f"Nummer{i}", f"01.01.20{10 + i % 9:02d}", "gutt", "", "", "", "", "",
              "", ""] for i in range(9)]
    rows.append(["Feil", "Dato", "31.02.2020", "ukjent?", "1234", "ikke-epost", "", "", "",
                 "", ""])
    return write_xlsx(tmp_path / "beboere.xlsx", rows)


def test_preview_shows_each_problem_with_row_column_and_value(database, team_sheet):
    preview = preview_people_import("residents", team_sheet, today=TODAY)
    assert preview.mapping == ["first_name", "last_name", "birth_date", "gender", "phone",
                               "email", "site", "address", "language", "interpreter", "notes"]
    bad = _row(preview, 15)
    assert bad.status == ERROR and not bad.include
    assert bad.problems[0].startswith("Rad 15: «31.02.2020» i Fødselsdato er ikke en dato.")
    assert any(p.startswith("Rad 15: «1234» i Telefon er ikke et telefonnummer.")
               for p in bad.problems)
    assert any(p.startswith("Rad 15: «ikke-epost» i E-post er ikke en e-postadresse")
               for p in bad.problems)
    assert _row(preview, 5).status == ERROR
    assert _row(preview, 5).problems == [
        "Rad 5: fornavn mangler i Fornavn (etternavn: Uten Fornavn)."]
    assert preview.counts == {OK: 12, WARNING: 0, ERROR: 2}
    assert any("«Kvartal 5»" in n and "opprettet" in n and "2 rader" in n for n in preview.notes)
    assert any("«Blokk B»" in n for n in preview.notes)
    assert any("nye husstander" in n and "adressen" in n for n in preview.notes)
    # The preview writes nothing.
    assert Resident.select().count() == 0 and Site.select().count() == 0
    assert ChangeLog.select().count() == 0


def test_unknown_gender_is_a_warning_and_stored_as_unspecified(database, tmp_path):
    path = write_csv(tmp_path / "b.csv", [["Navn", "Kjønn"], ["Amina Hassan", "hunn?"]])
    preview = preview_people_import("residents", path, today=TODAY)
    row = preview.rows[0]
    assert row.status == WARNING and row.include
    assert "«hunn?» i Kjønn er ikke et kjønn Samvirke kjenner" in row.problems[0]
    run_import(preview)
    assert Resident.get().gender == "unspecified"


def test_import_stores_clean_values_sites_and_households(database, team_sheet):
    preview = preview_people_import("residents", team_sheet, today=TODAY)
    result = run_import(preview)
    assert result.created == 12 and len(result.skipped) == 2
    assert result.new_sites == ["Kvartal 5", "Blokk B"]
    amina = Resident.get(Resident.first_name == "Amina")
    assert (amina.last_name, amina.birth_date, amina.birth_year, amina.gender) == (
        "Hassan", datetime.date(2015, 6, 5), 2015, "female")
    assert (amina.phone, amina.language, amina.interpreter_needed) == ("912 34 567", "somali",
                                                                       True)
    assert amina.site.name == "Kvartal 5"
    sukru = Resident.get(Resident.last_name == "Yılmaz")
    assert sukru.site_id == amina.site_id  # "kvartal 5" is the same site
    assert (sukru.gender, sukru.phone, sukru.interpreter_needed) == ("male", "480 12 345", False)
    hoa = Resident.get(Resident.last_name == "Hoa")
    assert (hoa.first_name, hoa.email, hoa.gender) == ("Nguyễn Thị", "hoa@example.no", "female")
    # "vietnamesisk" in the Tolk column: an interpreter for that language.
    assert (hoa.interpreter_needed, hoa.language) == (True, "vietnamesisk")
    assert hoa.household_id == sukru.household_id != amina.household_id
    assert Household.get_by_id(hoa.household_id).name == "Sandakerveien 12 H0305"
    assert Resident.get(Resident.last_name == "Nummer1").birth_date == datetime.date(2011, 1, 1)
    # Every new record has its own change-log row, and the import one more.
    assert ChangeLog.select().where((ChangeLog.table_name == "resident")
                                    & (ChangeLog.action == "create")).count() == 12
    summary = ChangeLog.get(ChangeLog.action == "import")
    assert summary.summary == "Importerte 12 beboere fra beboere.xlsx"


def test_names_in_one_column_are_split_at_the_last_space(database, tmp_path):
    path = write_csv(tmp_path / "navn.csv", [
        ["Navn", "Født"], ["Ayaan Maxamed Cabdi", "2014"], ["Wójcik, Łukasz", "1990"],
        ["محمد علي", "2016"], ["Madonna", "1958"]], encoding="utf-8")
    run_import(preview_people_import("residents", path, today=TODAY))
    names = {(r.first_name, r.last_name, r.birth_year, r.birth_date)
             for r in Resident.select()}
    assert names == {("Ayaan Maxamed", "Cabdi", 2014, None), ("Łukasz", "Wójcik", 1990, None),
                     ("محمد", "علي", 2016, None), ("Madonna", "", 1958, None)}


def test_windows_1252_semicolon_csv_from_norwegian_excel(database, tmp_path):
    path = write_csv(tmp_path / "excel.csv", [
        ["Fornavn", "Etternavn", "Født", "Område"],
        ["Øystein", "Ås", "05.06.2015", "Tøyen"],
        ["Kåre", "Sæther", "5.6.12", "Tøyen"]], encoding="cp1252", delimiter=";")
    run_import(preview_people_import("residents", path, today=TODAY))
    assert {(r.first_name, r.last_name, r.birth_date) for r in Resident.select()} == {
        ("Øystein", "Ås", datetime.date(2015, 6, 5)), ("Kåre", "Sæther", datetime.date(2012, 6, 5))}
    assert [s.name for s in Site.select()] == ["Tøyen"]


def test_possible_duplicates_of_existing_people_and_within_the_file(database, tmp_path):
    record_changes.create(Resident, first_name="Şükrü", last_name="Yılmaz", birth_year=2012,
                          gender="male")
    record_changes.create(Resident, first_name="Kari", last_name="Berg", phone="912 34 567")
    path = write_csv(tmp_path / "dubletter.csv", [
        ["Navn", "Født", "Telefon"],
        ["Sukru Yilmaz", "31.01.2012", ""],        # same folded name and birth year
        ["Per Hansen", "", "+47 91234567"],        # same phone as Kari
        ["Amina Hassan", "05.06.2015", ""],
        ["AMINA HASSAN", "5.6.15", ""],            # same as the row above
        ["Sukru Yilmaz", "31.01.2013", ""],        # another year: another person
    ], encoding="utf-8")
    preview = preview_people_import("residents", path, today=TODAY)
    statuses = [(r.number, r.status) for r in preview.rows]
    assert statuses == [(2, WARNING), (3, WARNING), (4, OK), (5, WARNING), (6, OK)]
    assert preview.rows[0].problems == [
        ("Rad 2: mulig dublett. Det finnes allerede en beboer med samme navn og fødselsår: "
        "Şükrü Yılmaz, født 2012.")]
    assert "samme telefonnummer: Kari Berg" in preview.rows[1].problems[0]
    assert preview.rows[3].problems == [
        "Rad 5: ser ut til å være samme beboer som rad 4 (samme navn og fødselsdato)."]
    assert preview.rows[3].same_as_rows == [4]
    # Warnings are imported unless unticked.
    preview.rows[0].include = False
    preview.rows[3].include = False
    result = run_import(preview)
    assert result.created == 3
    assert [r.number for r in result.skipped] == [2, 5]
    assert Resident.select().where(Resident.first_name == "Amina").count() == 1
    assert "Haken ble fjernet" in skipped_rows_text(preview)


def test_all_or_nothing_when_row_900_of_1000_fails_in_the_database(database, db_path, tmp_path):
    rows = [["Fornavn", "Etternavn", "Fødselsår", "Område"]]
    rows += [[f"Feil{i}" if i == 900 else f"Barn{i}", "Hansen", 2010 + i % 10, f"Kvartal {i % 3}"]
             for i in range(1, 1001)]
    path = write_csv(tmp_path / "tusen.csv", rows)
    preview = preview_people_import("residents", path, today=TODAY)
    assert preview.counts[OK] == 1000
    # The database itself refuses the 900th person (a real SQLite error, mid-transaction).
    DB.execute_sql("CREATE TRIGGER refuse_900 BEFORE INSERT ON resident "
                   "WHEN NEW.first_name = 'Feil900' "
                   "BEGIN SELECT RAISE(ABORT, 'nekter rad 900'); END")
    with pytest.raises(ImportFailed) as info:
        run_import(preview)
    assert "rad 901 («Feil900 Hansen»)" in info.value.message
    assert "Ingenting ble lagret" in info.value.message
    assert "nekter rad 900" in info.value.details
    assert Resident.select().count() == 0
    assert Site.select().count() == 0
    assert ChangeLog.select().count() == 0
    # With the row unticked, the other 999 go in.
    DB.execute_sql("DROP TRIGGER refuse_900")
    preview.rows[899].include = False
    assert run_import(preview).created == 999


def test_thousand_residents_import_in_about_a_second(database, tmp_path):
    rows = [HEADERS] + [
        [f"Barn{i}", f"Etternavn{i}", datetime.date(2008 + i % 10, 1 + i % 12, 1 + i % 28),
         ("jente", "gutt")[i % 2], f"9{i:07d}", f"barn{i}@example.no", f"Kvartal {i % 4}",
         f"Gate {i // 3}", "norsk", "nei", ""] for i in range(1000)]
    path = write_xlsx(tmp_path / "tusen.xlsx", rows)
    started = time.perf_counter()
    preview = preview_people_import("residents", path, today=TODAY)
    result = run_import(preview)
    elapsed = time.perf_counter() - started
    assert result.created == 1000
    assert Household.select().count() == 334
    print(f"1 000 beboere lest, sjekket og importert på {elapsed:.2f} s")
    assert elapsed < 6  # about a second on a normal PC; generous for a busy test machine


def test_skipped_rows_report_can_be_corrected_and_imported_again(database, team_sheet,
                                                                   tmp_path):
    preview = preview_people_import("residents", team_sheet, today=TODAY)
    run_import(preview)
    report = write_skipped_report(preview, tmp_path / "hoppet-over.csv")
    sheet = read_spreadsheet(report)
    assert sheet.headers == ["Rad i filen", *HEADERS, "Hvorfor hoppet over"]
    assert [r.value(0) for r in sheet.rows] == ["5", "15"]
    assert "«31.02.2020» i Fødselsdato er ikke en dato" in sheet.rows[1].value(12)
    # The team fixes the two rows in the report and imports it as it is.
    fixed = [list(sheet.headers)] + [list(r.cells) for r in sheet.rows]
    fixed[1][1] = "Ola"
    fixed[2][3], fixed[2][5], fixed[2][6] = "28.02.2020", "912 34 000", "feil@example.no"
    again = preview_people_import("residents", write_csv(tmp_path / "rettet.csv", fixed),
                                  today=TODAY)
    assert [r.status for r in again.rows] == [OK, WARNING]  # "ukjent?" is still no gender
    assert run_import(again).created == 2
    assert Resident.get(Resident.last_name == "Dato").birth_date == datetime.date(2020, 2, 28)


def test_column_mapping_given_by_the_user_and_saved_for_next_time(database, tmp_path):
    from samvirke_desktop.domain.spreadsheets.mapping import save_mapping

    path = write_csv(tmp_path / "egen.csv", [["Barnets navn", "Mors tlf", "Årskull"],
                                              ["Amina Hassan", "91234567", "2015"]])
    preview = preview_people_import("residents", path, {"Barnets navn": "full_name",
                                                        "Årskull": "birth_year"}, today=TODAY)
    assert preview.mapping == ["full_name", None, "birth_year"]
    assert any("«Mors tlf»" in n and "ikke importert" in n for n in preview.notes)
    save_mapping("residents", preview.sheet.headers, preview.mapping)
    again = preview_people_import("residents", path, today=TODAY)
    assert again.mapping == ["full_name", None, "birth_year"]
    assert saved_mapping("residents")["Mors tlf"] is None
    with pytest.raises(MappingError, match="feil antall kolonner"):
        preview_people_import("residents", path, ["full_name"], today=TODAY)
    with pytest.raises(MappingError, match="navnet"):
        preview_people_import("residents", path, [None, "phone", None], today=TODAY)


def test_texts_too_long_for_their_field_are_errors(database, tmp_path):
    path = write_csv(tmp_path / "lang.csv", [["Fornavn", "Område"], ["A" * 101, "Kvartal 5"]])
    row = preview_people_import("residents", path, today=TODAY).rows[0]
    assert row.status == ERROR
    assert "i Fornavn er for langt (høyst 100 tegn, her er det 101)" in row.problems[0]


def test_birth_dates_in_the_future_or_too_old(database, tmp_path):
    path = write_csv(tmp_path / "født.csv", [["Navn", "Født"], ["Ola Framtid", "01.01.2027"],
                                              ["Gammel Mann", "01.01.1900"]])
    rows = preview_people_import("residents", path, today=TODAY).rows
    assert rows[0].problems[0].startswith(
        "Rad 2: «01.01.2027» i Født kan ikke brukes som fødselsdato. Fødselsdatoen kan ikke "
        "være etter dagens dato.")
    assert "over 110 år" in rows[1].problems[0]


def test_only_roles_that_edit_people_may_import(database, tmp_path):
    path = write_csv(tmp_path / "b.csv", [["Navn"], ["Amina Hassan"]])
    actor.set_current(actor.Actor(username="siri", role="grant_writer"))
    with pytest.raises(PermissionDenied):
        preview_people_import("residents", path)
    actor.set_current(actor.Actor(username="leder", role="activity_leader"))
    with pytest.raises(PermissionDenied):
        preview_people_import("residents", path)
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    run_import(preview_people_import("residents", path))
    assert Resident.get().updated_by == "kari"


# --- volunteers and partners ---------------------------------------------------------------

def test_volunteers_with_skills_languages_and_certificates(database, tmp_path):
    path = write_xlsx(tmp_path / "frivillige.xlsx", [
        ["Navn", "Fødselsår", "Telefon", "Ferdigheter", "Språk", "Politiattest vist",
         "Taushetserklæring", "Startdato"],
        ["Ingrid Solberg", 1956, "22 33 44 55", "matte, norsk og engelsk", "norsk; engelsk",
         datetime.date(2025, 8, 20), "20.08.2025", "2025-08-25"],
        ["Jonas Lie", 2001, "", "Matte", "arabisk", "ja", "", ""],
    ])
    preview = preview_people_import("volunteers", path, today=TODAY)
    assert preview.rows[0].status == OK
    assert preview.rows[1].status == WARNING
    assert preview.rows[1].problems == [
        ("Rad 3: «ja» i Politiattest vist er ikke en dato; feltet står tomt etter importen. "
        "Skriv inn datoen i Samvirke.")]
    assert run_import(preview).created == 2
    ingrid = Volunteer.get(Volunteer.first_name == "Ingrid")
    assert (ingrid.birth_year, ingrid.phone, ingrid.police_certificate_shown,
            ingrid.confidentiality_signed, ingrid.start_date) == (
        1956, "22 33 44 55", datetime.date(2025, 8, 20), datetime.date(2025, 8, 20),
        datetime.date(2025, 8, 25))
    skills = set(VolunteerSkill.select(Volunteer.first_name, Skill.name).join(Volunteer)
                 .switch(VolunteerSkill).join(Skill).tuples())
    assert skills == {("Ingrid", "matte"), ("Ingrid", "norsk"), ("Ingrid", "engelsk"),
                      ("Jonas", "matte")}
    assert Skill.select().count() == 3  # "Matte" is the same skill as "matte"
    assert VolunteerLanguage.select().count() == 3
    assert Volunteer.get(Volunteer.first_name == "Jonas").police_certificate_shown is None


def test_volunteer_duplicates_by_name_and_year(database, tmp_path):
    record_changes.create(Volunteer, first_name="Ingrid", last_name="Solberg", birth_year=1956)
    path = write_csv(tmp_path / "f.csv", [["Fornavn", "Etternavn", "Fødselsår"],
                                          ["ingrid", "solberg", "1956"]])
    row = preview_people_import("volunteers", path, today=TODAY).rows[0]
    assert row.status == WARNING
    assert "Det finnes allerede en frivillig med samme navn og fødselsår" in row.problems[0]


def test_partners_with_types_and_contact_people(database, tmp_path):
    record_changes.create(Partner, name="Sagene bibliotek", kind="library")
    path = write_csv(tmp_path / "partnere.csv", [
        ["Organisasjon", "Type", "Telefon", "E-post", "Kontaktperson", "Kontaktpersonens telefon"],
        ["NAV Sagene", "", "55 55 33 33", "nav@example.no", "Kari Nav", "912 34 567"],
        ["Boligbygg Oslo KF", "Boligbygg", "", "", "", ""],
        ["Sagene Bibliotek", "bibliotek", "", "", "", ""],
        ["Sagene IF", "idrettslag", "", "", "Per", ""],
        ["Moskeen", "trossamfunn", "", "", "", ""],
        ["Bakeriet", "bakeri", "", "", "", ""],
    ])
    preview = preview_people_import("partners", path, today=TODAY)
    by_name = {r.values["name"]: r for r in preview.rows}
    assert by_name["Sagene Bibliotek"].status == WARNING
    assert "allerede en samarbeidspartner som heter «Sagene bibliotek»" in \
        by_name["Sagene Bibliotek"].problems[0]
    assert by_name["Bakeriet"].status == WARNING and "«bakeri» i Type" in \
        by_name["Bakeriet"].problems[0]
    by_name["Sagene Bibliotek"].include = False
    assert run_import(preview).created == 5
    kinds = {p.name: p.kind for p in Partner.select()}
    assert kinds == {"Sagene bibliotek": "library", "NAV Sagene": "nav",
                     "Boligbygg Oslo KF": "housing", "Sagene IF": "voluntary_org",
                     "Moskeen": "church", "Bakeriet": "other"}
    contacts = {(c.partner.name, c.name, c.phone) for c in PartnerContact.select()}
    assert contacts == {("NAV Sagene", "Kari Nav", "912 34 567"), ("Sagene IF", "Per", "")}
    log = ChangeLog.get(ChangeLog.action == "import")
    assert json.loads(log.changes) == {"file": "partnere.csv", "rows": 5}
