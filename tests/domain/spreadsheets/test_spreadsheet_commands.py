"""`samvirke import` and `samvirke export` on real database files and spreadsheets."""
import datetime
import json

import openpyxl

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import Activity, Attendance, ChangeLog, Resident, Session
from samvirke_desktop.domain.spreadsheets.mapping import saved_mapping
from samvirke_desktop.domain.team import record_changes
from tests.domain.spreadsheet_files import write_csv, write_xlsx


def _open(db_path):
    connection.close_database()
    return connection.open_database(db_path, create=False)


def test_import_then_export_from_the_command_line(database, db_path, tmp_path, capsys):
    connection.close_database()
    sheet = write_csv(tmp_path / "beboere.csv", [
        ["Navn", "Født", "Tlf mor", "Område"],
        ["Amina Hassan", "05.06.2015", "91234567", "Kvartal 5"],
        ["Ola Feil", "31.02.2020", "", ""],
        ["Şükrü Yılmaz", "2012", "", "Kvartal 5"],
    ], encoding="utf-8-sig")
    mapping = tmp_path / "kolonner.json"
    mapping.write_text(json.dumps({"Tlf mor": None}), encoding="utf-8")
    code = cli.main(["import", "residents", str(sheet), "--database", str(db_path),
                    "--mapping", str(mapping)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Tlf mor → (ikke importer)" in out
    assert "Rad 3: «31.02.2020» i Født er ikke en dato." in out
    assert "Importerte 2 beboere. Nye områder: Kvartal 5. 1 rad ble hoppet over." in out
    report = tmp_path / "beboere-hoppet-over.csv"
    assert f"står i {report}" in out
    assert "Ola Feil" in report.read_text(encoding="utf-8-sig")

    _open(db_path)
    assert Resident.select().count() == 2
    assert saved_mapping("residents")["Tlf mor"] is None  # remembered for next time
    connection.close_database()

    out_file = tmp_path / "ut.xlsx"
    assert cli.main(["export", "residents", "--database", str(db_path), "--out",
                    str(out_file)]) == 0
    assert "Eksporterte 2 rader (beboere)" in capsys.readouterr().out
    names = [row[1] for row in openpyxl.load_workbook(out_file).active.iter_rows(
        min_row=2, values_only=True)]
    assert sorted(names) == ["Amina", "Şükrü"]
    _open(db_path)
    assert ChangeLog.select().where(ChangeLog.action == "export").count() == 1


def test_dry_run_writes_nothing(database, db_path, tmp_path, capsys):
    connection.close_database()
    sheet = write_xlsx(tmp_path / "b.xlsx", [["Fornavn", "Etternavn"], ["Amina", "Hassan"]])
    assert cli.main(["import", "residents", str(sheet), "--database", str(db_path),
                    "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 rad: 1 klar, 0 med advarsel, 0 hoppes over." in out
    assert "Prøvekjøring: ingenting er lagret." in out
    _open(db_path)
    assert Resident.select().count() == 0 and ChangeLog.select().count() == 0


def test_skip_duplicates(database, db_path, tmp_path, capsys):
    record_changes.create(Resident, first_name="Amina", last_name="Hassan", birth_year=2015)
    connection.close_database()
    sheet = write_csv(tmp_path / "b.csv", [["Navn", "Født"], ["Amina Hassan", "2015"],
                                           ["Ola Hansen", "2014"]])
    assert cli.main(["import", "residents", str(sheet), "--database", str(db_path),
                    "--skip-duplicates", "--report", str(tmp_path / "r.xlsx")]) == 0
    assert "Importerte 1 beboer." in capsys.readouterr().out
    assert (tmp_path / "r.xlsx").exists()
    _open(db_path)
    assert Resident.select().count() == 2


def test_bad_files_give_a_message_and_exit_code_1(database, db_path, tmp_path, capsys):
    connection.close_database()
    pdf = tmp_path / "liste.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 100)
    assert cli.main(["import", "residents", str(pdf), "--database", str(db_path)]) == 1
    assert "er en PDF-fil, ikke et regneark" in capsys.readouterr().err
    only_errors = write_csv(tmp_path / "feil.csv", [["Navn", "Født"], ["Ola", "31.02.2020"]])
    assert cli.main(["import", "residents", str(only_errors), "--database", str(db_path)]) == 1
    assert "ingen rader kan importeres" in capsys.readouterr().err
    assert (tmp_path / "feil-hoppet-over.csv").exists()


def test_attendance_import_and_export_by_activity_name(database, db_path, tmp_path, capsys):
    activity = record_changes.create(Activity, name="Leksehjelp Sagene", kind="homework_help")
    record_changes.create(Resident, first_name="Amina", last_name="Hassan", birth_year=2015)
    connection.close_database()
    sheet = write_xlsx(tmp_path / "oppmote.xlsx", [
        ["Navn", datetime.date(2026, 6, 2), datetime.date(2026, 6, 4)],
        ["Amina Hassan", "x", "✓"]])
    assert cli.main(["import", "attendance", str(sheet), "--activity", "leksehjelp sagene",
                    "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Navn → Navn (fornavn og etternavn)" in out
    assert "02.06.2026 → ny samling 02.06.2026" in out
    assert "Registrerte 2 oppmøter. 2 nye samlinger: 02.06.2026, 04.06.2026." in out
    _open(db_path)
    assert Attendance.select().count() == 2
    assert Session.select().where(Session.activity == activity.id).count() == 2
    assert saved_mapping("attendance") == {"Navn": "full_name"}
    connection.close_database()
    out_file = tmp_path / "samlinger.csv"
    assert cli.main(["export", "sessions", "--activity", str(activity.id), "--from",
                    "01.06.2026", "--to", "2026-06-03", "--database", str(db_path),
                    "--out", str(out_file)]) == 0
    lines = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("02.06.2026;tirsdag;")
    assert cli.main(["import", "attendance", str(sheet), "--database", str(db_path)]) == 2
    assert "--activity" in capsys.readouterr().err
    assert cli.main(["import", "attendance", str(sheet), "--activity", "Dugnad",
                    "--database", str(db_path)]) == 1
    assert "Finner ingen aktivitet som heter «Dugnad»" in capsys.readouterr().err
