"""The import wizard clicked through page by page with real .xlsx and .csv files: what and
which file, the columns, the preview with its problems and ticks, the import, the summary
and its report; bad files, possible duplicates, all or nothing, attendance, roles."""
import datetime

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from samvirke_desktop.db.models import (
    DB,
    Activity,
    ActivityLeader,
    AppUser,
    Attendance,
    ChangeLog,
    Partner,
    Resident,
    Session,
    Setting,
    Site,
    Volunteer,
)
from samvirke_desktop.domain.spreadsheets.mapping import saved_mapping
from samvirke_desktop.domain.spreadsheets.reading import MAX_DATA_ROWS
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.gui.import_wizard.preview_model import ALL, PROBLEMS, SKIPPED
from samvirke_desktop.gui.import_wizard.wizard import (
    MAPPING_PAGE,
    PREVIEW_PAGE,
    SOURCE_PAGE,
    SUMMARY_PAGE,
    ImportWizard,
)
from tests.domain.spreadsheet_files import (
    write_csv,
    write_encrypted_workbook,
    write_legacy_xls,
    write_xlsx,
)

HEADERS = ["Fornavn", "Etternavn", "Født", "Kjønn", "Tlf", "Område", "Hobby"]
PEOPLE = [["Amina", "Hassan", datetime.date(2015, 6, 5), "jente", "912 34 567", "Kvartal 5",
           "fotball"],
          ["Şükrü", "Yılmaz", "31.01.2012", "G", "+47 480 12 345", "kvartal 5", ""],
          ["Nguyễn Thị", "Hoa", "5.6.1980", "kvinne", "", "Blokk B", "sying"],
          ["", "Uten Fornavn", "2015-01-01", "", "", "", ""],
          ["Feil", "Dato", "31.02.2020", "ukjent?", "1234", "", ""]]


@pytest.fixture
def coordinator(database):
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    return database


def new_wizard(qtbot):
    wiz = ImportWizard()
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


@pytest.fixture
def wizard(qtbot, coordinator):
    return new_wizard(qtbot)


def choose_file(qtbot, wiz, path, kind="residents"):
    wiz.source_page.set_kind(kind)
    wiz.source_page.set_path(path)
    qtbot.waitUntil(lambda: not wiz.busy(), timeout=20_000)


def next_button(wiz):
    return wiz.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, wiz):
    """Neste (or Importer on the preview page) as the user presses it."""
    button = wiz.button(QWizard.WizardButton.CommitButton if wiz.currentId() == PREVIEW_PAGE
                        else QWizard.WizardButton.NextButton)
    assert button.isEnabled(), "the button the user needs is not enabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wiz.busy(), timeout=60_000)


def to_preview(qtbot, wiz, path, kind="residents"):
    choose_file(qtbot, wiz, path, kind)
    click_next(qtbot, wiz)
    assert wiz.currentId() == MAPPING_PAGE
    click_next(qtbot, wiz)
    assert wiz.currentId() == PREVIEW_PAGE
    assert wiz.job.preview is not None, wiz.preview_page.error_text()


def column(model, header):
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == header)


def cell(model, row, header):
    return model.index(row, column(model, header)).data()


# --- the whole way through ----------------------------------------------------------

def test_residents_from_xlsx_page_by_page(qtbot, wizard, tmp_path):
    path = write_xlsx(tmp_path / "beboere.xlsx", [HEADERS, *PEOPLE])
    choose_file(qtbot, wizard, path)
    page = wizard.source_page
    assert page.ui.fileInfoLabel.text().startswith(
        "beboere.xlsx, arket «Ark1»: 5 rader under overskriftsraden (rad 1), 7 kolonner.")
    assert page.error_text() == ""
    assert not page.ui.activityCombo.isVisible()

    click_next(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.mapping() == ["first_name", "last_name", "birth_date", "gender", "phone",
                                 "site", None]
    assert mapping.combos[4].currentText() == "Telefon"
    assert mapping.combos[6].currentText() == "(ikke importer)"
    assert mapping.problem_text() == ""

    click_next(qtbot, wizard)
    preview = wizard.preview_page
    model = preview.model
    assert model.rowCount() == 5
    assert preview.ui.summaryLabel.text() == "3 av 5 rader blir importert."
    assert "5 rader: 3 klare, 0 med advarsel, 2 hoppes over." in preview.ui.notesLabel.text()
    assert "Disse kolonnene blir ikke importert: «Hobby»." in preview.ui.notesLabel.text()
    assert "Området «Blokk B» finnes ikke i Samvirke" in preview.ui.notesLabel.text()
    assert [cell(model, r, "Status") for r in range(5)] == [
        "OK", "OK", "OK", "Hoppes over (feil)", "Hoppes over (feil)"]
    assert cell(model, 2, "Merknad") == ""
    assert cell(model, 3, "Merknad") == "fornavn mangler i Fornavn (etternavn: Uten Fornavn)."
    assert cell(model, 4, "Merknad").startswith("«31.02.2020» i Født er ikke en dato.")
    assert cell(model, 4, "Merknad").endswith("(+2 til)")  # the phone and the gender too
    assert cell(model, 1, "Navn") == "Şükrü Yılmaz"
    assert cell(model, 0, "Tlf") == "912 34 567"      # the file's own cells, as written
    errors = model.index(4, 0)
    assert errors.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.flags(errors) & Qt.ItemFlag.ItemIsUserCheckable
    # The row under the cursor with every problem in full.
    preview.ui.rowsView.setCurrentIndex(model.index(4, 1))
    detail = preview.ui.detailLabel.text()
    assert detail.startswith("Rad 6: Hoppes over (feil)")
    assert "«1234» i Tlf er ikke et telefonnummer" in detail
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Importer 3 rader"
    assert Resident.select().count() == 0  # nothing written before Importer

    click_next(qtbot, wizard)
    assert wizard.currentId() == SUMMARY_PAGE
    summary = wizard.summary_page
    assert summary.ui.resultLabel.text() == (
        "Importerte 3 beboere. Nye områder: Kvartal 5, Blokk B. 2 rader ble hoppet over.")
    assert "2 rader ble ikke importert" in summary.ui.skippedLabel.text()
    assert summary.ui.reportButton.isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert sorted(r.first_name for r in Resident.select()) == ["Amina", "Nguyễn Thị", "Şükrü"]
    amina = Resident.get(Resident.first_name == "Amina")
    assert (amina.birth_date, amina.gender, amina.phone) == (
        datetime.date(2015, 6, 5), "female", "912 34 567")
    assert {s.name for s in Site.select()} == {"Kvartal 5", "Blokk B"}
    assert set(wizard.job.seconds) == {"read", "check", "write"}

    report = summary.save_report_to(tmp_path / "hoppet-over.xlsx")
    sheet = openpyxl.load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Rad i filen", *HEADERS, "Hvorfor hoppet over")
    assert [r[0] for r in rows[1:]] == [5, 6]
    assert "fornavn mangler" in rows[1][-1]
    assert str(report) in summary.ui.reportSavedLabel.text()


def test_the_report_is_offered_next_to_the_file(qtbot, wizard, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "beboere.xlsx", [HEADERS, *PEOPLE])
    to_preview(qtbot, wizard, path)
    click_next(qtbot, wizard)
    summary = wizard.summary_page
    assert summary.default_report_path() == tmp_path / "beboere-hoppet-over.csv"
    monkeypatch.setattr(summary, "ask_report_path", lambda: summary.default_report_path())
    qtbot.mouseClick(summary.ui.reportButton, Qt.MouseButton.LeftButton)
    text = (tmp_path / "beboere-hoppet-over.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Rad i filen;Fornavn;Etternavn;Født;Kjønn;Tlf;Område;Hobby;" \
                                   "Hvorfor hoppet over"
    assert len(text.splitlines()) == 3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_in_each_encoding_and_delimiter(qtbot, wizard, tmp_path, encoding, delimiter):
    rows = [["Fornavn", "Etternavn", "Fødselsdato", "Telefon", "Merknad"],
            ["Åse", "Bjørnstad", "05.06.2015", "912 34 567", "Liker «lesing», og tegning"],
            ["Ærlig", "Ødegård", "2012-01-31", "", 'Sier "hei"'],
            ["Zoë", "Müller", "5.6.10", "+47 480 12 345", ""]]
    path = write_csv(tmp_path / "beboere.csv", rows, encoding=encoding, delimiter=delimiter)
    to_preview(qtbot, wizard, path)
    expected = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 med BOM", "cp1252": "Windows-1252"}
    words = {";": "semikolon", ",": "komma", "\t": "tabulator"}
    assert f"({expected[encoding]}, skilt med {words[delimiter]})" in \
        wizard.source_page.ui.fileInfoLabel.text()
    assert wizard.preview_page.ui.summaryLabel.text() == "3 av 3 rader blir importert."
    click_next(qtbot, wizard)
    people = {(r.first_name, r.last_name): r for r in Resident.select()}
    assert set(people) == {("Åse", "Bjørnstad"), ("Ærlig", "Ødegård"), ("Zoë", "Müller")}
    assert people[("Åse", "Bjørnstad")].notes == "Liker «lesing», og tegning"
    assert people[("Ærlig", "Ødegård")].notes == 'Sier "hei"'
    assert people[("Zoë", "Müller")].birth_date == datetime.date(2010, 6, 5)


# --- bad files: a clear message on the first page, Neste stays closed, nothing written ---

def _not_a_spreadsheet(tmp_path):
    path = tmp_path / "brev.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    return path


def _empty_file(tmp_path):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    return path


def _empty_sheet(tmp_path):
    return write_xlsx(tmp_path / "tomt.xlsx", [])


def _too_many_rows(tmp_path):
    lines = ["Fornavn;Etternavn"] + [f"Navn{i};Hansen" for i in range(MAX_DATA_ROWS + 1)]
    path = tmp_path / "stor.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    return path


def _merged_header(tmp_path):
    return write_xlsx(tmp_path / "sammenslatt.xlsx",
                      [["Navn", None, "Født"], ["Amina", "Hassan", 2015]], merges=["A1:B1"])


def _locked_workbook(tmp_path):
    return write_encrypted_workbook(tmp_path / "passord.xlsx")


def _old_excel(tmp_path):
    return write_legacy_xls(tmp_path / "gammel.xls")


def _wrong_encoding(tmp_path):
    path = tmp_path / "feil-tegnsett.csv"
    # UTF-8 text that was opened as Windows-1252 and saved again as UTF-8.
    path.write_text("Fornavn;Etternavn\nBjÃ¸rn;SÃ¦ther\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "words"), [
    (_not_a_spreadsheet, "er en PDF-fil, ikke et regneark"),
    (_empty_file, "er tom (0 byte)"),
    (_empty_sheet, "er tom. Velg en fil med en overskriftsrad"),
    (_too_many_rows, "Filen har 50\u00a0001 rader; Samvirke tar inn høyst 50\u00a0000"),
    (_merged_header, "Overskriftsraden (rad 1) har sammenslåtte celler (A1:B1)"),
    (_locked_workbook, "Arbeidsboken er passordbeskyttet"),
    (_old_excel, "er i det gamle Excel-formatet (.xls)"),
    (_wrong_encoding, "ser ut til å være lagret med feil tegnsett"),
], ids=["not-a-spreadsheet", "empty-file", "empty-sheet", "50001-rows", "merged-header",
        "locked-workbook", "old-xls", "wrong-encoding"])
def test_bad_files_are_told_plainly_and_nothing_is_written(qtbot, wizard, tmp_path, make,
                                                           words):
    choose_file(qtbot, wizard, make(tmp_path))
    assert words in wizard.source_page.error_text()
    assert wizard.source_page.ui.errorLabel.isVisible()
    assert not next_button(wizard).isEnabled()
    assert wizard.currentId() == SOURCE_PAGE
    assert Resident.select().count() == 0
    assert ChangeLog.select().count() == 0
    # A good file afterwards clears the message and opens Neste.
    choose_file(qtbot, wizard, write_xlsx(tmp_path / "god.xlsx", [HEADERS, PEOPLE[0]]))
    assert wizard.source_page.error_text() == ""
    assert next_button(wizard).isEnabled()


def test_merged_cells_in_a_column_are_filled_down_with_a_note(qtbot, wizard, tmp_path):
    rows = [["Område", "Fornavn", "Etternavn"], ["Kvartal 5", "Amina", "Hassan"],
            [None, "Yusuf", "Hassan"], [None, "Ola", "Hansen"]]
    path = write_xlsx(tmp_path / "blokker.xlsx", rows, merges=["A2:A4"])
    to_preview(qtbot, wizard, path)
    assert "Sammenslåtte celler (A2:A4)" in wizard.source_page.ui.fileInfoLabel.text()
    click_next(qtbot, wizard)
    assert {r.site.name for r in Resident.select()} == {"Kvartal 5"}


# --- possible duplicates ------------------------------------------------------------

def test_possible_duplicates_are_warned_about_and_can_be_skipped(qtbot, wizard, tmp_path):
    record_changes.create(Resident, first_name="Amina", last_name="Hassan",
                          birth_date=datetime.date(2015, 6, 5))
    rows = [["Navn", "Fødselsdato"], ["Amina Hassan", "05.06.2015"], ["Ola Hansen", "2014"],
            ["ola hansen", "2014"], ["Jonas Berg", "01.02.2013"]]
    to_preview(qtbot, wizard, write_xlsx(tmp_path / "navn.xlsx", rows))
    page = wizard.preview_page
    model = page.model
    assert [cell(model, r, "Status") for r in range(4)] == ["Advarsel", "OK", "Advarsel", "OK"]
    assert cell(model, 0, "Merknad").startswith(
        "mulig dublett. Det finnes allerede en beboer med samme navn og fødselsdato: "
        "Amina Hassan")
    assert cell(model, 2, "Merknad") == (
        "ser ut til å være samme beboer som rad 3 (samme navn og fødselsår).")
    # Warnings are ticked unless the user says otherwise.
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.ui.summaryLabel.text() == "4 av 4 rader blir importert."
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData(PROBLEMS))
    assert model.rowCount() == 2
    qtbot.mouseClick(page.ui.skipDuplicatesButton, Qt.MouseButton.LeftButton)
    assert page.ui.summaryLabel.text() == "2 av 4 rader blir importert."
    assert [cell(model, r, "Status") for r in range(2)] == ["Tas ikke med", "Tas ikke med"]
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData(SKIPPED))
    assert [cell(model, r, "Rad") for r in range(model.rowCount())] == ["2", "4"]
    # One of them is the same person after all: tick it again, as the user would.
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData(ALL))
    assert model.setData(model.index(2, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert page.ui.summaryLabel.text() == "3 av 4 rader blir importert."
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Importer 3 rader"
    click_next(qtbot, wizard)
    assert Resident.select().where(Resident.first_name == "Amina").count() == 1
    assert sorted(r.first_name for r in Resident.select().where(
        Resident.last_name.in_(["Hansen", "hansen"]))) == ["Ola", "ola"]
    assert wizard.summary_page.ui.resultLabel.text() == \
        "Importerte 3 beboere. 1 rad ble hoppet over."
    report = wizard.summary_page.save_report_to(tmp_path / "rapport.csv")
    assert "Haken ble fjernet i forhåndsvisningen. mulig dublett" in report.read_text(
        encoding="utf-8-sig")


# --- the columns ------------------------------------------------------------------------

def test_column_choices_are_checked_and_remembered_for_next_time(qtbot, wizard, tmp_path):
    rows = [["Fornavn", "Etternavn", "Nummer", "Bursdag"],
            ["Amina", "Hassan", "912 34 567", "05.06.2015"]]
    path = write_xlsx(tmp_path / "liste.xlsx", rows)
    choose_file(qtbot, wizard, path)
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.mapping() == ["first_name", "last_name", None, "birth_date"]
    page.choose("Etternavn", "first_name")
    assert page.problem_text() == (
        "Både «Fornavn» og «Etternavn» er satt til Fornavn. Velg feltet for bare én av "
        "kolonnene.")
    assert not next_button(wizard).isEnabled()
    page.choose("Etternavn", "last_name")
    page.choose("Nummer", "phone")
    page.choose("Bursdag", None)
    assert page.problem_text() == ""
    assert page.ui.rememberCheck.isChecked()
    click_next(qtbot, wizard)
    assert "«Bursdag»" in wizard.preview_page.ui.notesLabel.text()
    click_next(qtbot, wizard)
    assert Resident.get().phone == "912 34 567"
    assert Resident.get().birth_date is None
    assert saved_mapping("residents") == {"Fornavn": "first_name", "Etternavn": "last_name",
                                          "Nummer": "phone", "Bursdag": None}
    # The next wizard suggests the same choices for a file with these headers.
    again = new_wizard(qtbot)
    choose_file(qtbot, again, write_csv(tmp_path / "neste.csv", rows))
    again.next()
    assert again.mapping_page.mapping() == ["first_name", "last_name", "phone", None]


def test_unticking_remember_keeps_the_saved_choices(qtbot, wizard, tmp_path):
    rows = [["Fornavn", "Etternavn", "Mobil"], ["Amina", "Hassan", "912 34 567"]]
    choose_file(qtbot, wizard, write_xlsx(tmp_path / "liste.xlsx", rows))
    click_next(qtbot, wizard)
    wizard.mapping_page.choose("Mobil", None)
    wizard.mapping_page.ui.rememberCheck.setChecked(False)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert Resident.select().count() == 1
    assert Setting.select().where(Setting.key == "import.mapping.residents").count() == 0


def test_going_back_keeps_the_ticks_and_a_new_choice_checks_again(qtbot, wizard, tmp_path):
    record_changes.create(Resident, first_name="Amina", last_name="Hassan", birth_year=2015)
    rows = [["Navn", "Født"], ["Amina Hassan", "2015"], ["Ola Hansen", "2014"]]
    to_preview(qtbot, wizard, write_xlsx(tmp_path / "navn.xlsx", rows))
    wizard.preview_page.skip_duplicates()
    wizard.back()
    click_next(qtbot, wizard)
    assert wizard.preview_page.ui.summaryLabel.text() == "1 av 2 rader blir importert."
    wizard.back()
    wizard.mapping_page.choose("Født", None)
    click_next(qtbot, wizard)
    # A new column choice is a new preview: ticks start over.
    assert wizard.preview_page.ui.summaryLabel.text() == "2 av 2 rader blir importert."


# --- all or nothing -------------------------------------------------------------------

def test_a_row_the_database_refuses_stops_everything(qtbot, wizard, tmp_path):
    rows = [["Fornavn", "Etternavn", "Fødselsår", "Område"]]
    rows += [[f"Feil{i}" if i == 900 else f"Barn{i}", "Hansen", 2010 + i % 10, f"Kvartal {i % 3}"]
             for i in range(1, 1001)]
    to_preview(qtbot, wizard, write_csv(tmp_path / "tusen.csv", rows))
    DB.execute_sql("CREATE TRIGGER refuse_900 BEFORE INSERT ON resident "
                   "WHEN NEW.first_name = 'Feil900' "
                   "BEGIN SELECT RAISE(ABORT, 'nekter rad 900'); END")
    click_next(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.currentId() == PREVIEW_PAGE
    assert page.error_text().startswith(
        "Importen stoppet ved rad 901 («Feil900 Hansen») fordi databasen ikke godtok raden. "
        "Ingenting ble lagret")
    assert Resident.select().count() == 0
    assert Site.select().count() == 0
    assert ChangeLog.select().count() == 0
    # Untick the row the database refused and import the rest.
    DB.execute_sql("DROP TRIGGER refuse_900")
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData(ALL))
    page.model.setData(page.model.index(899, 0), Qt.CheckState.Unchecked.value,
                       Qt.ItemDataRole.CheckStateRole)
    click_next(qtbot, wizard)
    assert wizard.currentId() == SUMMARY_PAGE
    assert Resident.select().count() == 999


def test_cancel_waits_while_the_import_is_written(qtbot, wizard, tmp_path):
    rows = [["Fornavn", "Etternavn"]] + [[f"Barn{i}", "Hansen"] for i in range(3000)]
    to_preview(qtbot, wizard, write_csv(tmp_path / "mange.csv", rows))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton),
                     Qt.MouseButton.LeftButton)
    assert wizard.busy()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()  # Esc while writing does nothing
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=60_000)
    assert wizard.currentId() == SUMMARY_PAGE
    assert Resident.select().count() == 3000


# --- other kinds ------------------------------------------------------------------------

def test_volunteers_and_partners(qtbot, wizard, tmp_path):
    rows = [["Navn", "Mobil", "Fag", "Politiattest vist"],
            ["Kari Nordmann", "99 88 77 66", "matte, norsk", "01.02.2026"]]
    to_preview(qtbot, wizard, write_xlsx(tmp_path / "frivillige.xlsx", rows), "volunteers")
    assert wizard.mapping_page.mapping() == ["full_name", "phone", "skills",
                                             "police_certificate_shown"]
    click_next(qtbot, wizard)
    volunteer = Volunteer.get()
    assert (volunteer.first_name, volunteer.police_certificate_shown) == (
        "Kari", datetime.date(2026, 2, 1))

    other = new_wizard(qtbot)
    rows = [["Organisasjon", "Type", "Kontaktperson"], ["NAV Sagene", "NAV", "Per Olsen"]]
    to_preview(qtbot, other, write_csv(tmp_path / "partnere.csv", rows), "partners")
    click_next(qtbot, other)
    assert other.summary_page.ui.resultLabel.text() == "Importerte 1 samarbeidspartner."
    assert Partner.get().name == "NAV Sagene"


@pytest.fixture
def homework(coordinator):
    activity = record_changes.create(Activity, name="Leksehjelp Sagene", kind="homework_help")
    record_changes.create(Activity, name="Fredagstreff", kind="hub", head_count_only=True)
    for first, last in [("Amina", "Hassan"), ("Şükrü", "Yılmaz"), ("Jonas", "Berg")]:
        record_changes.create(Resident, first_name=first, last_name=last, birth_year=2014)
    record_changes.create(Session, activity=activity.id, date=datetime.date(2026, 6, 2),
                          start_time=datetime.time(17), end_time=datetime.time(19))
    return activity


def test_attendance_sheet_into_the_sessions_of_an_activity(qtbot, homework, tmp_path):
    wiz = new_wizard(qtbot)
    combo = wiz.source_page.ui.activityCombo
    # Head counts only: a list of names cannot go there.
    assert [combo.itemText(i) for i in range(combo.count())] == ["Leksehjelp Sagene"]
    rows = [["Navn", datetime.date(2026, 6, 2), "04.06.2026", "Merknad"],
            ["Amina Hassan", "x", "✓", ""], ["sukru yilmaz", "X", "", ""],
            ["Jonas Berg", 1, "syk", ""], ["Ukjent Person", "x", "", ""]]
    path = write_xlsx(tmp_path / "oppmote.xlsx", rows)
    wiz.source_page.set_kind("attendance")
    assert combo.isVisibleTo(wiz.source_page)
    wiz.source_page.set_activity(homework.id)
    choose_file(qtbot, wiz, path, "attendance")
    click_next(qtbot, wiz)
    page = wiz.mapping_page
    assert page.mapping() == ["full_name", None, None, None]
    assert sorted(page.combos) == [0, 3]  # the date columns are sessions, not choices
    click_next(qtbot, wiz)
    preview = wiz.preview_page
    model = preview.model
    assert preview.ui.summaryLabel.text() == "4 oppmøter blir registrert for 3 av 4 personer."
    assert "1 dato har ingen samling i «Leksehjelp Sagene»: 04.06.2026" in \
        preview.ui.notesLabel.text()
    assert cell(model, 1, "Funnet i Samvirke") == "Şükrü Yılmaz"
    assert cell(model, 3, "Status") == "Hoppes over (feil)"
    assert cell(model, 3, "Merknad").startswith("fant ingen beboer som heter «Ukjent Person»")
    assert wiz.button(QWizard.WizardButton.CommitButton).text() == "&Importer 4 oppmøter"
    click_next(qtbot, wiz)
    assert wiz.summary_page.ui.resultLabel.text().startswith(
        "Registrerte 4 oppmøter. 1 ny samling: 04.06.2026.")
    assert "Aktivitet: Leksehjelp Sagene." in wiz.summary_page.ui.detailLabel.text()
    assert Attendance.select().count() == 4
    assert Session.select().where(Session.activity == homework.id).count() == 2
    report = wiz.summary_page.save_report_to(tmp_path / "oppmote-hoppet-over.csv")
    assert "Ukjent Person" in report.read_text(encoding="utf-8-sig")


def test_an_attendance_sheet_without_dates_is_stopped_on_the_first_page(qtbot, homework,
                                                                        tmp_path):
    wiz = new_wizard(qtbot)
    wiz.source_page.set_kind("attendance")
    choose_file(qtbot, wiz, write_xlsx(tmp_path / "liste.xlsx", [["Navn", "Uke 1"],
                                                                  ["Amina Hassan", "x"]]),
                "attendance")
    wiz.next()
    assert wiz.currentId() == SOURCE_PAGE
    assert "Finner ingen kolonner med dato i overskriften" in wiz.source_page.error_text()


def test_an_activity_leader_imports_attendance_for_their_own_activities_only(qtbot, homework):
    other = record_changes.create(Activity, name="Dugnad", kind="dugnad")
    leader = AppUser.create(username="leder", role="activity_leader")
    ActivityLeader.create(activity=homework.id, user=leader.id)
    actor.set_current(actor.Actor(username="leder", role="activity_leader", user_id=leader.id))
    wiz = new_wizard(qtbot)
    page = wiz.source_page
    visible = [k for k, r in page._radios.items() if not r.isHidden()]
    assert visible == ["attendance"]
    assert page.kind() == "attendance"
    combo = page.ui.activityCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [homework.id]
    assert other.id not in [combo.itemData(i) for i in range(combo.count())]


def test_the_menu_entry_follows_the_role(qtbot, coordinator):
    from PySide6.QtWidgets import QMainWindow

    from samvirke_desktop.gui.import_wizard import add_import_action

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Fil")
    action = add_import_action(menu, window)
    assert action.text() == "&Importer fra regneark…"
    assert action.isVisible()
    actor.set_current(actor.Actor(username="siri", role="grant_writer"))
    menu.aboutToShow.emit()
    assert not action.isVisible()


# --- large files -------------------------------------------------------------------------

def test_fifty_thousand_rows_are_checked_without_freezing_the_window(qtbot, wizard, tmp_path):
    """Reading and checking run in their own thread: the window's timer keeps ticking."""
    import itertools
    import time

    from PySide6.QtCore import QTimer

    lines = ["Fornavn;Etternavn;Fødselsår;Telefon"] + [
        f"Navn{i};Etternavn{i % 977};{1950 + i % 70};9{i:07d}" for i in range(MAX_DATA_ROWS)]
    path = tmp_path / "femti-tusen.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    to_preview(qtbot, wizard, path)
    elapsed = time.perf_counter() - started
    timer.stop()
    assert wizard.preview_page.model.rowCount() == MAX_DATA_ROWS
    assert wizard.preview_page.ui.summaryLabel.text() == \
        "50\u00a0000 av 50\u00a0000 rader blir importert."
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"50 000 rader lest på {wizard.job.seconds['read']:.1f} s og sjekket på "
          f"{wizard.job.seconds['check']:.1f} s (i alt {elapsed:.1f} s); lengste pause i "
          f"vinduet {max(gaps):.2f} s")
    assert len(ticks) > 10
    assert max(gaps) < 1.5  # the window keeps drawing (a frozen one would pause for seconds)



def test_a_workbook_with_several_sheets_offers_the_choice(qtbot, wizard, tmp_path):
    path = write_xlsx(tmp_path / "arbeidsbok.xlsx", [], title="Forside",
                      extra_sheets={"Beboere": [HEADERS, PEOPLE[0], PEOPLE[1]],
                                    "Frivillige": [["Navn", "Telefon"], ["Kari Nordmann", ""]]})
    choose_file(qtbot, wizard, path)
    page = wizard.source_page
    # The empty front sheet is passed over; the others can be chosen.
    assert wizard.job.sheet.sheet_name == "Beboere"
    combo = page.ui.sheetCombo
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Forside", "Beboere",
                                                                  "Frivillige"]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert wizard.job.sheet.sheet_name == "Frivillige"
    assert "arket «Frivillige»: 1 rad under overskriftsraden" in page.ui.fileInfoLabel.text()


def test_buttons_wait_while_a_step_runs(qtbot, wizard, tmp_path):
    lines = ["Fornavn;Etternavn"] + [f"Navn{i};Hansen" for i in range(20_000)]
    path = tmp_path / "mange.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    choose_file(qtbot, wizard, path)
    click_next(qtbot, wizard)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)  # to the preview
    qtbot.wait(10)  # the page has opened; checking 20 000 rows takes longer than this
    assert wizard.busy()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert wizard.cursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=60_000)
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_the_main_window_opens_the_wizard_and_shows_what_came_in(qtbot, filled_database,
                                                                 tmp_path):
    from samvirke_desktop.gui.main_window import MainWindow

    opened, expected = filled_database
    win = MainWindow(opened)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("residents")
    residents = win.pages["residents"]
    assert residents.model.total_count() == expected.residents
    assert win.import_action.isVisible() and win.import_action.isEnabled()
    win.import_action.trigger()
    wiz = win.findChild(ImportWizard)
    assert wiz is not None and wiz.isVisible()
    rows = [["Fornavn", "Etternavn"], ["Ny", "Beboer"], ["Enda", "En"]]
    to_preview(qtbot, wiz, write_csv(tmp_path / "nye.csv", rows))
    click_next(qtbot, wiz)
    assert residents.model.total_count() == expected.residents + 2
