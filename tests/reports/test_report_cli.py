"""``samvirke report …``: PDFs from the command line, plain Norwegian errors otherwise."""
import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from tests.reports.pdf_checks import read_pdf


@pytest.fixture
def team_db(homework, db_path):
    """The homework data saved to a file the command opens itself."""
    connection.close_database()
    return db_path


def run(capsys, *args):
    code = cli.main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_each_report_is_written(team_db, tmp_path, capsys):
    base = ["--database", str(team_db)]
    cases = {
        "attendance": ["--activity", "Leksehjelp Kvartal 5", "--from", "01.06.2026",
                       "--to", "2026-06-30"],
        "signin": ["--activity", "1", "--month", "2026-06"],
        "hours": ["--volunteer", "ola nordmann", "--from", "2026-01-01", "--to", "2026-12-31"],
        "calendar": ["--month", "2026-06", "--site", "Kvartal 5", "--paper", "A3"],
    }
    titles = {"attendance": "Oppmøterapport", "signin": "Oppmøteliste", "hours": "Timeattest",
              "calendar": "Aktivitetskalender"}
    for kind, extra in cases.items():
        out_file = tmp_path / f"{kind}.pdf"
        code, out, err = run(capsys, kind, *base, "--out", str(out_file), *extra)
        assert (code, err) == (0, ""), err
        assert str(out_file) in out
        assert read_pdf(out_file).metadata.title.startswith(titles[kind])


@pytest.mark.parametrize("args, message", [
    (["attendance", "--activity", "1"], "Oppmøterapport trenger --out, --from og --to."),
    (["hours", "--out", "x.pdf", "--from", "2026-01-01", "--to", "2026-02-01"],
     "Timeattest trenger --volunteer."),
    (["signin", "--out", "x.pdf", "--activity", "Fotball", "--month", "2026-06"],
     "Finner ingen aktivitet med navnet «Fotball»."),
    (["signin", "--out", "x.pdf", "--activity", "leksehjelp", "--month", "2026-06"],
     "Mente du «Leksehjelp Kvartal 5» (nummer 1)?"),
    (["hours", "--out", "x.pdf", "--volunteer", "99", "--from", "2026-01-01",
      "--to", "2026-02-01"], "Det finnes ingen frivillig med nummer 99."),
    (["hours", "--out", "x.pdf", "--volunteer", "Kari Hansen", "--from", "2026-01-01",
      "--to", "2026-02-01"], "Finner ingen frivillig med navnet «Kari Hansen»."),
    (["calendar", "--out", "x.pdf", "--month", "juni"], "«juni» er ikke en måned."),
    (["attendance", "--out", "x.pdf", "--activity", "1", "--from", "1/6/2026",
      "--to", "2026-06-30"], "«1/6/2026» er ikke en dato."),
    (["attendance", "--out", "x.pdf", "--activity", "1", "--from", "2026-07-01",
      "--to", "2026-06-30"], "Perioden slutter (30.06.2026) før den begynner"),
    (["poster", "--out", "x.pdf"], "Ukjent rapport «poster»."),
])
def test_missing_or_unknown_parameters_exit_2(team_db, tmp_path, capsys, args, message):
    code, out, err = run(capsys, *args, "--database", str(team_db))
    assert code == 2
    assert err.startswith("Feil: ") and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_two_volunteers_with_the_same_name_ask_for_the_number(team_db, tmp_path, capsys):
    from samvirke_desktop.db.models import Volunteer

    connection.open_database(team_db, create=False)
    twin = Volunteer.create(first_name="Ola", last_name="Nordmann")
    connection.close_database()
    code, _, err = run(capsys, "hours", "--database", str(team_db), "--out",
                       str(tmp_path / "x.pdf"), "--volunteer", "Ola Nordmann",
                       "--from", "2026-01-01", "--to", "2026-06-30")
    assert code == 2 and "Flere frivillige heter «Ola Nordmann»" in err and str(twin.id) in err


def test_missing_database_is_not_created(tmp_path, capsys):
    missing = tmp_path / "finnes-ikke.db"
    code, _, err = run(capsys, "calendar", "--database", str(missing), "--out",
                       str(tmp_path / "k.pdf"), "--month", "2026-06")
    assert code == 1 and "Finner ikke databasen" in err and not missing.exists()


def test_check_lists_the_warnings_and_exits_2(demo, capsys):
    from samvirke_desktop.db.models import DB

    path = DB.obj.database
    code = cli.main(["report", "grant", "--application", "2", "--check", "--database", path])
    out = capsys.readouterr().out
    assert code == 2
    assert "advarsler før rapport til tilskuddsgiver lages" in out
    # The demo's Bufdir application is built to have one of each kind.
    for sign in ("oppmøtet er ikke registrert", "Yonas mangler fødselsår", "Mo har kjønn",
                 "uten gyldig politiattest", "Budsjettposten «Skolemateriell og bøker»",
                 "Resultater sier «40 barn»", "i tilsagnsbrevet er ikke vurdert"):
        assert sign in out, sign
    assert cli.main(["report", "signin", "--activity", "1", "--month", "2026-03", "--check",
                     "--database", path]) == 2
    assert "--check gjelder" in capsys.readouterr().err


def test_check_of_a_report_with_nothing_wrong_exits_0(database, db_path, capsys):
    import datetime

    from samvirke_desktop.db.models import Application, Funder

    funder = Funder.create(name="Bufdir")
    Application.create(funder=funder, title="Ferieaktiviteter", period_start=datetime.date(2026, 1, 1),
                       period_end=datetime.date(2026, 12, 31), amount_applied=1000)
    connection.close_database()
    assert cli.main(["report", "grant", "--application", "1", "--check",
                     "--database", str(db_path)]) == 0
    assert "Ingen advarsler" in capsys.readouterr().out


def test_hours_names_the_signer_and_the_role(team_db, tmp_path, capsys):
    out_file = tmp_path / "attest.pdf"
    code, _, err = run(capsys, "hours", "--database", str(team_db), "--out", str(out_file),
                       "--volunteer", "Ola Nordmann", "--from", "2026-01-01", "--to",
                       "2026-06-30", "--signer-name", "Kari Lund", "--signer-role",
                       "koordinator", "--role", "leksehjelper i matte")
    assert (code, err) == (0, "")
    text = read_pdf(out_file).text
    assert "Kari Lund, koordinator" in text and "Navn og rolle" in text
    assert "Leksehjelp Kvartal 5 leksehjelper i matte" in text
    code, _, err = run(capsys, "signin", "--database", str(team_db), "--out",
                       str(tmp_path / "x.pdf"), "--activity", "1", "--month", "2026-06",
                       "--signer-name", "Kari Lund")
    assert code == 2 and "--signer-name gjelder bare hours" in err


def test_hours_without_a_team_name_refuses_and_says_how_to_set_it(team_db, tmp_path, capsys):
    from tests.reports.conftest import set_team

    connection.open_database(team_db, create=False)
    set_team(name="", bydel="Bydel Sagene")
    connection.close_database()
    out_file = tmp_path / "attest.pdf"
    code, out, err = run(capsys, "hours", "--database", str(team_db), "--out", str(out_file),
                         "--volunteer", "Ola Nordmann", "--from", "2026-01-01", "--to",
                         "2026-06-30")
    assert code == 2 and out == ""
    assert err.startswith("Feil: Teamets navn er ikke satt") and "Innstillinger → Team" in err
    assert not out_file.exists()


def test_all_enrolled_gives_those_who_never_came_a_row(team_db, tmp_path, capsys):
    base = ["attendance", "--database", str(team_db), "--activity", "1",
            "--from", "2026-06-01", "--to", "2026-06-30"]
    code, _, err = run(capsys, *base, "--out", str(tmp_path / "standard.pdf"))
    assert (code, err) == (0, "")
    standard = read_pdf(tmp_path / "standard.pdf").text
    assert "Påmeldt, men ikke registrert til stede i perioden (1): Østbø, Åse." in standard
    assert "Østbø, Åse 0" not in standard
    code, _, err = run(capsys, *base, "--all-enrolled", "--out", str(tmp_path / "alle.pdf"))
    assert (code, err) == (0, "")
    text = read_pdf(tmp_path / "alle.pdf").text
    assert "Påmeldt, men ikke registrert" not in text
    assert "Østbø, Åse 0" in text        # her row in the matrix, with no session marked
    # The choice belongs to the attendance report only.
    code, _, err = run(capsys, "signin", "--database", str(team_db), "--activity", "1",
                       "--month", "2026-06", "--all-enrolled", "--out", str(tmp_path / "s.pdf"))
    assert code == 2
    assert "--all-enrolled gjelder bare attendance (oppmøterapport), ikke signin." in err
    assert not (tmp_path / "s.pdf").exists()
