"""``samvirke report grant`` and ``samvirke person export`` from the command line."""
import json

import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import Application, ChangeLog, Resident
from samvirke_desktop.domain.team import users
from tests.reports.pdf_checks import read_pdf

BUFDIR_TITLE = "Leksehjelp og aktivitetsuke for barn i Sagene 2026"


@pytest.fixture
def demo_closed(demo):
    """The demo copy, closed again so the command opens it itself."""
    ids = {"bufdir": Application.get(Application.title == BUFDIR_TITLE).id,
           "resident": Resident.select(Resident.id).order_by(Resident.id).first().id}
    connection.close_database()
    return demo, ids


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_grant_report_by_title_or_number_with_or_without_period(demo_closed, tmp_path, capsys):
    db, ids = demo_closed
    out = tmp_path / "tilskudd.pdf"
    code, stdout, err = run(capsys, "report", "grant", "--database", str(db), "--application",
                            BUFDIR_TITLE, "--out", str(out))
    assert (code, err) == (0, "")
    assert stdout == f"Skrev rapport til tilskuddsgiver til {out}\n"
    assert "Rapportperiode 01.01.2026–31.12.2026" in read_pdf(out).text
    code, _, err = run(capsys, "report", "grant", "--database", str(db), "--application",
                       str(ids["bufdir"]), "--from", "01.03.2026", "--to", "2026-05-31",
                       "--out", str(out))
    assert (code, err) == (0, "")
    assert "Rapportperiode 01.03.2026–31.05.2026" in read_pdf(out).text


@pytest.mark.parametrize("args, message", [
    (["--out", "x.pdf"], "Rapport til tilskuddsgiver trenger --application."),
    (["--out", "x.pdf", "--application", "leksehjelp"],
     f"Mente du «{BUFDIR_TITLE}» (nummer 2)?"),
    (["--out", "x.pdf", "--application", "77"], "Det finnes ingen søknad med nummer 77."),
    (["--out", "x.pdf", "--application", "2", "--from", "2026-12-01", "--to", "2026-01-01"],
     "Perioden slutter (01.01.2026) før den begynner (01.12.2026)."),
    (["--out", "x.pdf", "--application", "2", "--from", "1.13.2026"], "«1.13.2026»"),
])
def test_grant_report_parameter_errors_exit_2(demo_closed, tmp_path, capsys, args, message):
    db, _ = demo_closed
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    code, _, err = run(capsys, "report", "grant", "--database", str(db), *args)
    assert code == 2 and err.startswith("Feil: ") and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_person_export_pdf_and_json_are_logged(demo_closed, tmp_path, capsys):
    db, ids = demo_closed
    resident = ids["resident"]
    pdf_path, json_path = tmp_path / "innsyn.pdf", tmp_path / "innsyn.json"
    for path, kind in ((pdf_path, "PDF"), (json_path, "JSON")):
        code, stdout, err = run(capsys, "person", "export", "--database", str(db),
                                "--resident", str(resident), "--out", str(path))
        assert (code, err) == (0, "")
        assert stdout == (f"Skrev innsyn for beboer {resident} ({kind}) til {path}. "
                          "Utleveringen er ført i endringsloggen.\n")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["beboer"]["id"] == resident
    assert data["beboer"]["first_name"] in read_pdf(pdf_path).text
    connection.open_database(db, create=False)
    logged = ChangeLog.select().where((ChangeLog.action == "export")
                                      & (ChangeLog.resident_id == resident))
    assert logged.count() == 2
    # No accounts in the demo: the command works as the computer's user, as the window does.
    assert {row.username for row in logged} == {users.working_without_accounts().username}


@pytest.mark.parametrize("args, message", [
    (["--out", "x.pdf"], "Innsyn trenger --resident."),
    (["--resident", "1"], "Innsyn trenger --out."),
    (["--resident", "Kari", "--out", "x.pdf"], "«Kari» er ikke et beboernummer."),
    (["--resident", "1", "--out", "x.docx"], "Skriv til en fil som slutter på .pdf"),
    (["--resident", "99999", "--out", "x.pdf"], "Det finnes ingen beboer med nummer 99999."),
])
def test_person_export_parameter_errors_exit_2(demo_closed, tmp_path, capsys, args, message):
    db, _ = demo_closed
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    code, _, err = run(capsys, "person", "export", "--database", str(db), *args)
    assert code == 2 and err.startswith("Feil: ") and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_person_export_of_an_anonymised_resident_says_so(demo, tmp_path, capsys):
    from samvirke_desktop.domain.privacy import erasure

    resident = Resident.select(Resident.id).order_by(Resident.id).first().id
    erasure.anonymise_resident(resident)
    connection.close_database()
    for name in ("innsyn.pdf", "innsyn.json"):
        code, stdout, err = run(capsys, "person", "export", "--database", str(demo),
                                "--resident", str(resident), "--out", str(tmp_path / name))
        assert (code, stdout) == (1, "")
        assert err == (f"Feil: Beboer nr. {resident} er anonymisert: det finnes ikke lenger "
                       "opplysninger om en person å gi innsyn i.\n")
        assert not (tmp_path / name).exists()
    connection.open_database(demo, create=False)
    assert not ChangeLog.select().where((ChangeLog.action == "export")
                                        & (ChangeLog.resident_id == resident)).exists()


def test_person_export_of_a_missing_database(tmp_path, capsys):
    code, _, err = run(capsys, "person", "export", "--database", str(tmp_path / "nei.db"),
                       "--resident", "1", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "Finner ikke databasen" in err


def test_person_export_is_refused_until_personvern_is_filled_in(database, db_path, tmp_path,
                                                                capsys):
    from samvirke_desktop.domain.team import record_changes
    from tests.privacy_settings import fill_privacy_settings

    resident = record_changes.create(Resident, first_name="Amina", last_name="Hassan").id
    connection.close_database()
    for name in ("innsyn.pdf", "innsyn.json"):
        code, stdout, err = run(capsys, "person", "export", "--database", str(db_path),
                                "--resident", str(resident), "--out", str(tmp_path / name))
        assert (code, stdout) == (1, "")
        assert err.startswith("Feil: Innsynsrapporten kan ikke lages før bydelens "
                              "personvernopplysninger er fylt inn. Mangler: rettsgrunnlaget, ")
        assert "Fyll det inn under Innstillinger → Personvern" in err
        assert not (tmp_path / name).exists()
    connection.open_database(db_path, create=False)
    assert not ChangeLog.select().where(ChangeLog.action == "export").exists()
    fill_privacy_settings()
    connection.close_database()
    code, _, err = run(capsys, "person", "export", "--database", str(db_path),
                       "--resident", str(resident), "--out", str(tmp_path / "innsyn.pdf"))
    assert (code, err) == (0, "")
    assert "Hvem som får opplysningene" in read_pdf(tmp_path / "innsyn.pdf").text


def test_person_export_in_english(demo_closed, tmp_path, capsys):
    db, ids = demo_closed
    pdf_path, json_path = tmp_path / "access.pdf", tmp_path / "access.json"
    for path in (pdf_path, json_path):
        code, _, err = run(capsys, "person", "export", "--database", str(db), "--resident",
                           str(ids["resident"]), "--out", str(path), "--language", "en")
        assert (code, err) == (0, "")
    pdf = read_pdf(pdf_path)
    assert pdf.language == "en-GB" and "Page 1 of" in pdf.text
    assert "Postboks 458 Sentrum, 0105 Oslo" in pdf.text   # the words: test_access_report.py
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["språk"] == "en" and data["klage"]["nettsted"] == "www.datatilsynet.no"
    # The language was for this command only.
    code, _, _ = run(capsys, "person", "export", "--database", str(db), "--resident",
                     str(ids["resident"]), "--out", str(pdf_path))
    assert code == 0 and read_pdf(pdf_path).language == "nb-NO"
    code, _, err = run(capsys, "person", "export", "--database", str(db), "--resident",
                       str(ids["resident"]), "--out", str(pdf_path), "--language", "de")
    assert code == 2 and err.startswith("Feil: Innsyn kan lages på nb (bokmål) eller en "
                                        "(engelsk), ikke «de».")
