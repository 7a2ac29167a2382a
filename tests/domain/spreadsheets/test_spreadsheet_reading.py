"""Reading spreadsheets: real .xlsx files, CSV in Excel's encodings and delimiters, and every
kind of bad file refused with a plain message."""
import datetime
import os
import time

import pytest

from samvirke_desktop.domain.spreadsheets.reading import (
    MAX_DATA_ROWS,
    SpreadsheetError,
    decode_text,
    detect_delimiter,
    read_spreadsheet,
)
from tests.domain.spreadsheet_files import (
    write_csv,
    write_encrypted_workbook,
    write_legacy_xls,
    write_xlsx,
)

PEOPLE = [
    ["Fornavn", "Etternavn", "Fødselsdato", "Telefon", "Merknad"],
    ["Åse", "Østbø", "05.06.2015", "912 34 567", "Liker å tegne; maler"],
    ["Şükrü", "Yılmaz", "2012-01-31", "+47 480 12 345", 'Sier "hei"'],
    ["Nguyễn Thị", "Hoa", "5.6.26", "", ""],
    ["Łukasz", "Wójcik", "", "", "Linje 1\nLinje 2"],
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_in_every_unicode_encoding_and_delimiter(tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "liste.csv", PEOPLE, encoding=encoding, delimiter=delimiter)
    sheet = read_spreadsheet(path)
    assert sheet.file_format == "csv"
    assert sheet.delimiter == delimiter
    assert sheet.headers == PEOPLE[0]
    assert [list(r.cells[:2]) for r in sheet.rows] == [row[:2] for row in PEOPLE[1:]]
    assert sheet.rows[0].value(4) == "Liker å tegne; maler"
    assert sheet.rows[1].value(4) == 'Sier "hei"'
    assert sheet.rows[3].value(4) == "Linje 1\nLinje 2"
    assert [r.number for r in sheet.rows] == [2, 3, 4, 5]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_as_norwegian_excel_writes_it_in_windows_1252(tmp_path, delimiter):
    rows = [["Navn", "Område"], ["Ærlige Øyvind Åsen", "Kvartal 5"], ["Kari Ødegård", "Blokk B"]]
    path = write_csv(tmp_path / "liste.csv", rows, encoding="cp1252", delimiter=delimiter)
    sheet = read_spreadsheet(path)
    assert sheet.encoding == "Windows-1252"
    assert sheet.rows[0].cells == ("Ærlige Øyvind Åsen", "Kvartal 5")
    assert sheet.rows[1].cells == ("Kari Ødegård", "Blokk B")


def test_encoding_is_named(tmp_path):
    assert decode_text("Åse".encode("utf-8-sig"))[1] == "UTF-8 med BOM"
    assert decode_text("Åse".encode())[1] == "UTF-8"
    assert decode_text("Åse".encode("cp1252"))[1] == "Windows-1252"
    assert decode_text("Åse".encode("utf-16"))[1] == "UTF-16"


def test_sep_line_from_excel_decides_the_delimiter(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("sep=,\nNavn,Merknad\nAmina Hassan,kommer; går\n", encoding="utf-8")
    sheet = read_spreadsheet(path)
    assert sheet.delimiter == ","
    assert sheet.rows[0].cells == ("Amina Hassan", "kommer; går")
    assert sheet.rows[0].number == 1 + 1


def test_delimiter_is_the_one_giving_consistent_columns():
    # Commas inside names must not win over the semicolons between the columns.
    text = "Navn;Født\nHassan, Amina;2015\nYılmaz, Şükrü;2012\n"
    assert detect_delimiter(text) == ";"
    assert detect_delimiter("Navn,Født\nAmina,2015\nOla,2012\n") == ","


def test_mojibake_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "dobbelt.csv"
    # UTF-8 text read once as Windows-1252 and saved again as UTF-8: "Ø" became "Ã˜".
    path.write_bytes("Navn;Område\nØystein Ås;Kvartal 5\n".encode().decode("cp1252")
                     .encode("utf-8"))
    with pytest.raises(SpreadsheetError) as info:
        read_spreadsheet(path)
    assert "feil tegnsett" in info.value.message
    assert "Ã" in info.value.message
    assert "CSV UTF-8" in info.value.message


def test_replacement_characters_are_refused(tmp_path):
    path = tmp_path / "ødelagt.csv"
    path.write_text("Navn;Område\nK\ufffdri;Kvartal 5\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="feil tegnsett"):
        read_spreadsheet(path)


def test_xlsx_with_date_cells_numbers_and_text(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Navn", "Født", "Telefon", "Antall"],
        ["Amina Hassan", datetime.date(2015, 6, 5), 91234567, 2.5],
        ["Ola Nordmann", datetime.datetime(2012, 1, 31, 0, 0), "912 34 567", 3],
    ])
    sheet = read_spreadsheet(path)
    assert sheet.file_format == "xlsx" and sheet.sheet_name == "Ark1"
    assert sheet.rows[0].cells == ("Amina Hassan", datetime.date(2015, 6, 5), 91234567, 2.5)
    assert sheet.rows[1].cells == ("Ola Nordmann", datetime.date(2012, 1, 31), "912 34 567", 3)


def test_xlsx_named_csv_is_read_as_a_workbook(tmp_path):
    real = write_xlsx(tmp_path / "liste.xlsx", [["Navn", "Født"], ["Amina", 2015]])
    renamed = tmp_path / "liste.csv"
    renamed.write_bytes(real.read_bytes())
    assert read_spreadsheet(renamed).rows[0].cells == ("Amina", 2015)


def test_title_row_above_the_header_is_skipped_with_a_warning(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Deltakere høsten 2025"],
        [],
        ["Navn", "Født"],
        ["Amina Hassan", 2015],
    ], merges=["A1:B1"])
    sheet = read_spreadsheet(path)
    assert sheet.headers == ["Navn", "Født"] and sheet.header_row == 3
    assert sheet.rows[0].number == 4
    assert any("Deltakere høsten 2025" in w and "tittel" in w for w in sheet.warnings)


def test_vertical_merge_is_filled_down_and_reported(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Navn", "Område", "Merknad"],
        ["Amina", "Kvartal 5", "lang merknad"],
        ["Ola", None, None],
        ["Kari", None, None],
        ["Per", "Blokk B", None],
    ], merges=["B2:B4", "C3:D3"])
    sheet = read_spreadsheet(path)
    assert [r.value(1) for r in sheet.rows] == ["Kvartal 5", "Kvartal 5", "Kvartal 5", "Blokk B"]
    assert any("B2:B4" in w and "hver rad" in w for w in sheet.warnings)
    assert any("C3:D3" in w and "første cellen" in w for w in sheet.warnings)


def test_merged_header_cells_are_refused(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Navn", None, "Født"],
        ["Amina", "Hassan", 2015],
    ], merges=["A1:B1"])
    with pytest.raises(SpreadsheetError) as info:
        read_spreadsheet(path)
    assert "A1:B1" in info.value.message and "Opphev sammenslåingen" in info.value.message


def test_sheet_is_chosen_by_name_and_an_empty_active_sheet_is_passed_over(tmp_path):
    path = write_xlsx(tmp_path / "bok.xlsx", [], title="Forside",
                      extra_sheets={"Beboere": [["Navn"], ["Amina"]],
                                    "Frivillige": [["Navn"], ["Ola"]]})
    sheet = read_spreadsheet(path)
    assert sheet.sheet_name == "Beboere" and sheet.rows[0].cells == ("Amina",)
    assert sheet.sheet_names == ["Forside", "Beboere", "Frivillige"]
    assert read_spreadsheet(path, sheet="Frivillige").rows[0].cells == ("Ola",)
    with pytest.raises(SpreadsheetError, match="Arkene heter: Forside, Beboere, Frivillige"):
        read_spreadsheet(path, sheet="Søknader")
    # A sheet with only its header is not passed over: the team meant that one.
    path = write_xlsx(tmp_path / "bok2.xlsx", [["Navn"]], title="Beboere",
                      extra_sheets={"Instruks": [["Slik fyller du ut"], ["Skriv navnet"]]})
    with pytest.raises(SpreadsheetError, match="«Beboere».*bare en overskriftsrad"):
        read_spreadsheet(path)


def test_blank_columns_and_rows_are_dropped_and_numbered_as_in_excel(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Navn", None, "Født"],
        ["Amina", None, 2015],
        [],
        ["Ola", None, 2014],
    ])
    sheet = read_spreadsheet(path)
    assert sheet.headers == ["Navn", "Kolonne B", "Født"]
    assert [(r.number, r.cells) for r in sheet.rows] == [(2, ("Amina", None, 2015)),
                                                         (4, ("Ola", None, 2014))]


def test_sheet_protection_does_not_stop_reading(tmp_path):
    import openpyxl

    path = write_xlsx(tmp_path / "låst.xlsx", [["Navn"], ["Amina"]])
    workbook = openpyxl.load_workbook(path)
    workbook.active.protection.sheet = True
    workbook.active.protection.password = "hemmelig"
    workbook.security.lockStructure = True
    workbook.save(path)
    assert read_spreadsheet(path).rows[0].cells == ("Amina",)


# --- bad files ------------------------------------------------------------------------

def test_password_protected_workbook(tmp_path):
    path = write_encrypted_workbook(tmp_path / "passord.xlsx")
    with pytest.raises(SpreadsheetError) as info:
        read_spreadsheet(path)
    assert info.value.message == ("Arbeidsboken er passordbeskyttet. Åpne den i Excel, fjern "
                                  "passordet og lagre på nytt.")


def test_old_xls_format(tmp_path):
    with pytest.raises(SpreadsheetError, match=r"gamle Excel-formatet \(\.xls\).*\.xlsx"):
        read_spreadsheet(write_legacy_xls(tmp_path / "gammel.xls"))


@pytest.mark.parametrize("start, words", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bilde (PNG)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "bilde (JPEG)"),
])
def test_other_files_renamed_to_xlsx(tmp_path, start, words):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(start + os.urandom(2000))
    with pytest.raises(SpreadsheetError) as info:
        read_spreadsheet(path)
    assert words in info.value.message and "ikke et regneark" in info.value.message


def test_random_bytes_named_csv(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(SpreadsheetError, match="verken et regneark eller lesbar tekst"):
        read_spreadsheet(path)


def test_word_document_and_broken_zip(tmp_path):
    import zipfile

    docx = tmp_path / "brev.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(SpreadsheetError, match="Word-dokument"):
        read_spreadsheet(docx)
    broken = tmp_path / "halv.xlsx"
    broken.write_bytes(write_xlsx(tmp_path / "hel.xlsx", [["Navn"], ["A"]]).read_bytes()[:300])
    with pytest.raises(SpreadsheetError, match="ødelagt|skadet"):
        read_spreadsheet(broken)


def test_empty_files_and_sheets(tmp_path):
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    with pytest.raises(SpreadsheetError, match="er tom"):
        read_spreadsheet(empty)
    blank = tmp_path / "blank.csv"
    blank.write_text("\r\n;;\r\n\r\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="er tom"):
        read_spreadsheet(blank)
    with pytest.raises(SpreadsheetError, match="er tom"):
        read_spreadsheet(write_xlsx(tmp_path / "tom.xlsx", []))


def test_header_only(tmp_path):
    with pytest.raises(SpreadsheetError, match="bare en overskriftsrad"):
        read_spreadsheet(write_csv(tmp_path / "hode.csv", [["Navn", "Født"]]))
    with pytest.raises(SpreadsheetError, match="bare en overskriftsrad"):
        read_spreadsheet(write_xlsx(tmp_path / "hode.xlsx", [["Navn", "Født"]]))


def test_missing_file(tmp_path):
    with pytest.raises(SpreadsheetError, match="Finner ikke filen"):
        read_spreadsheet(tmp_path / "finnes-ikke.xlsx")


# --- the row limit --------------------------------------------------------------------

def _big_csv(path, rows):
    lines = ["Fornavn;Etternavn;Født"] + [f"Navn{i};Etternavn;2010" for i in range(rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_fifty_thousand_rows_are_taken_in(tmp_path):
    started = time.perf_counter()
    sheet = read_spreadsheet(_big_csv(tmp_path / "stor.csv", MAX_DATA_ROWS))
    assert sheet.row_count == 50_000
    assert time.perf_counter() - started < 10


def test_one_row_more_is_refused_with_the_count(tmp_path):
    with pytest.raises(SpreadsheetError) as info:
        read_spreadsheet(_big_csv(tmp_path / "for-stor.csv", MAX_DATA_ROWS + 1))
    assert info.value.message == ("Filen har 50\u00a0001 rader; Samvirke tar inn høyst "
                                  "50\u00a0000 om gangen. Del filen opp.")


def test_empty_rows_do_not_count_towards_the_limit(tmp_path):
    rows = [["Navn"]] + [[f"N{i}"] if i % 2 else [None] for i in range(200)]
    sheet = read_spreadsheet(write_csv(tmp_path / "glissen.csv", rows), max_rows=100)
    assert sheet.row_count == 100


def test_xlsx_limit(tmp_path):
    rows = [["Navn", "Født"]] + [[f"Navn{i}", 2010] for i in range(101)]
    path = write_xlsx(tmp_path / "stor.xlsx", rows)
    with pytest.raises(SpreadsheetError, match="Filen har 101 rader; Samvirke tar inn høyst 100"):
        read_spreadsheet(path, max_rows=100)
    assert read_spreadsheet(path, max_rows=101).row_count == 101


def test_far_too_big_files_stop_counting(tmp_path):
    path = _big_csv(tmp_path / "enorm.csv", 2_001)
    with pytest.raises(SpreadsheetError, match="Filen har over 2\u00a0000 rader"):
        read_spreadsheet(path, max_rows=200)
