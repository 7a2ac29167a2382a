"""Reports, exports and imports refuse a damaged file, and never make a database of a file that
is not one: a team must never send a funder figures that are silently short."""
import hashlib
import shutil
import sqlite3

import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection, sharing
from samvirke_desktop.errors import NotASamvirkeDatabase
from tests.domain.spreadsheet_files import write_csv, write_xlsx

# Every command that reads the team's figures or writes into the database, with what it
# writes ("OUT" stands for the output file). The ids are the demo's: activity 1 Leksehjelp,
# application 1 (its period 2025-08-01 to 2026-07-31), volunteer 1, resident 1.
COMMANDS = {
    "export residents": ["export", "residents", "--out", "OUT.xlsx"],
    "export attendance": ["export", "attendance", "--activity", "1", "--out", "OUT.csv"],
    "import residents": ["import", "residents", "SHEET"],
    "import attendance": ["import", "attendance", "SHEET", "--activity", "1"],
    "report attendance": ["report", "attendance", "--activity", "1", "--from", "2025-08-01",
                          "--to", "2026-06-30", "--out", "OUT.pdf"],
    "report signin": ["report", "signin", "--activity", "1", "--month", "2026-03",
                      "--out", "OUT.pdf"],
    "report grant": ["report", "grant", "--application", "1", "--out", "OUT.pdf"],
    "report grant --check": ["report", "grant", "--application", "1", "--check"],
    "report hours": ["report", "hours", "--volunteer", "1", "--from", "2025-08-01",
                     "--to", "2026-06-30", "--out", "OUT.pdf"],
    "report calendar": ["report", "calendar", "--month", "2026-03", "--out", "OUT.pdf"],
    "stats grant": ["stats", "grant", "--application", "1", "--format", "json"],
    "person export": ["person", "export", "--resident", "1", "--out", "OUT.json"],
}


@pytest.fixture(scope="module")
def demo_once(tmp_path_factory):
    from samvirke_desktop.domain.demo.database import write_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo_database(path)
    connection.close_database()
    return path


@pytest.fixture
def demo_copy(demo_once, tmp_path):
    copy = tmp_path / "team" / "demo.db"
    copy.parent.mkdir()
    shutil.copyfile(demo_once, copy)
    return copy


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path):
    """Overwrite 4 KB in the middle of the file with zeros, as a share can, and make sure
    ``samvirke check`` calls the file damaged."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\0" * 4096)
    assert cli.main(["check", "--database", str(path)]) == 1


def _argv(name, database, tmp_path):
    sheet = write_csv(tmp_path / "ark.csv", [["Fornavn", "Etternavn", "Fødselsår"],
                                             ["Amina", "Hassan", "2015"]])
    if name == "import attendance":
        sheet = write_csv(tmp_path / "ark.csv", [["Navn", "03.03.2026"], ["Amina Hassan", "x"]])
    out = tmp_path / "ut" / "OUT"
    out.parent.mkdir(exist_ok=True)
    argv = [a.replace("OUT", str(out)) if a.startswith("OUT") else a for a in COMMANDS[name]]
    argv = [str(sheet) if a == "SHEET" else a for a in argv]
    return [*argv, "--database", str(database)], out.parent


@pytest.mark.parametrize("name", COMMANDS)
def test_a_damaged_file_is_refused_and_left_as_it_was(name, demo_copy, tmp_path, capsys):
    damage(demo_copy)
    capsys.readouterr()
    before = _digest(demo_copy)
    argv, out_folder = _argv(name, demo_copy, tmp_path)

    assert cli.main(argv) == 1
    captured = capsys.readouterr()
    assert f"Feil: Databasen «{demo_copy.name}» er skadet" in captured.err
    assert "gjenopprett" in captured.err.lower()
    assert "Importerte" not in captured.out and "Eksporterte" not in captured.out
    assert _digest(demo_copy) == before  # no change-log row, no upgrade, nothing
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == ["demo.db"]  # no journal
    assert list(out_folder.iterdir()) == []  # no export, no PDF
    assert not (tmp_path / "ark-hoppet-over.csv").exists()


@pytest.mark.parametrize("name", COMMANDS)
def test_a_healthy_file_still_works(name, demo_copy, tmp_path, capsys):
    argv, out_folder = _argv(name, demo_copy, tmp_path)
    code = cli.main(argv)
    connection.close_database()
    captured = capsys.readouterr()
    assert "skadet" not in captured.err
    if name.endswith("--check"):
        assert code in (0, 2), captured.err  # 2: warnings listed
        assert "advars" in captured.out.lower()  # the warnings, or «Ingen advarsler»
    else:
        assert code == 0, captured.err
    if "OUT" in " ".join(COMMANDS[name]):
        assert [p.stat().st_size > 0 for p in out_folder.iterdir()] == [True]


def test_the_refusal_tells_the_same_way_back_as_the_window(demo_copy, tmp_path, capsys):
    assert cli.main(["backup", "--database", str(demo_copy)]) == 0
    damage(demo_copy)
    window = sharing.startup_check(demo_copy)
    assert window.open_read_only and "samvirke restore" in window.way_back
    assert window.way_back in window.message
    capsys.readouterr()
    out = tmp_path / "beboere.csv"
    assert cli.main(["export", "residents", "--database", str(demo_copy), "--out",
                     str(out)]) == 1
    err = capsys.readouterr().err
    assert window.way_back in err  # which backup, and `samvirke restore «…» --database «…»`
    assert not out.exists()


def test_the_file_is_checked_once_per_process(demo_copy, tmp_path, monkeypatch, capsys):
    calls = []
    real = sharing._run_check
    monkeypatch.setattr(sharing, "_run_check",
                        lambda path, pragma: calls.append(pragma) or real(path, pragma))
    for kind in ("residents", "volunteers"):
        assert cli.main(["export", kind, "--database", str(demo_copy), "--out",
                         str(tmp_path / f"{kind}.csv")]) == 0
        connection.close_database()
    assert calls == ["quick_check"]


def test_a_damaged_file_restored_from_a_backup_works_again(demo_copy, tmp_path, capsys):
    assert cli.main(["backup", "--database", str(demo_copy)]) == 0
    damage(demo_copy)
    stats = ["stats", "grant", "--application", "1", "--database", str(demo_copy)]
    assert cli.main(stats) == 1
    backup_file = next((demo_copy.parent / "demo-sikkerhetskopier").glob("*.db"))
    assert cli.main(["restore", str(backup_file), "--database", str(demo_copy)]) == 0
    capsys.readouterr()
    assert cli.main(stats) == 0  # checked again in the same process, and sound now
    connection.close_database()
    assert "skadet" not in capsys.readouterr().err


def _not_databases(folder):
    empty = folder / "tom.db"
    empty.write_bytes(b"")
    text = folder / "notater.db"
    text.write_text("Møtereferat 12. mars\nTil stede: Ingrid, Ola\n", encoding="utf-8")
    sheet = write_xlsx(folder / "deltakere.xlsx", [["Navn"], ["Amina Hassan"]])
    renamed = sheet.rename(folder / "deltakere.db")
    bare = folder / "tom-sqlite.db"
    con = sqlite3.connect(bare)
    con.execute("CREATE TABLE x (a)")
    con.execute("DROP TABLE x")
    con.close()
    other = folder / "annet-program.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    return {"empty": empty, "text": text, "spreadsheet": renamed, "empty SQLite": bare,
            "another program's": other}


@pytest.mark.parametrize("kind", ["empty", "text", "spreadsheet", "empty SQLite",
                                  "another program's"])
@pytest.mark.parametrize("name", ["export residents", "import residents", "report calendar",
                                  "stats grant", "person export"])
def test_a_file_that_is_no_samvirke_database_is_refused_and_left_alone(name, kind, tmp_path,
                                                                       capsys):
    folder = tmp_path / "filer"
    folder.mkdir()
    target = _not_databases(folder)[kind]
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    argv, out_folder = _argv(name, target, tmp_path)

    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert f"«{target.name}» er" in err and "ikke en Samvirke-database" in err
    assert "skadet" not in err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert list(out_folder.iterdir()) == []


def test_opening_an_empty_file_without_create_never_makes_a_database(tmp_path):
    empty = tmp_path / "tom.db"
    empty.write_bytes(b"")
    for read_only in (False, True):
        with pytest.raises(NotASamvirkeDatabase) as info:
            connection.open_database(empty, create=False, read_only=read_only)
        assert "tom fil" in info.value.message
    assert empty.read_bytes() == b""
    # The window's "Ny database" and `samvirke demo` are the ones that make a database.
    connection.open_database(tmp_path / "ny.db", create=True)
    connection.close_database()
    connection.open_database(tmp_path / "ny.db", create=False)
    connection.close_database()


def test_a_server_is_not_given_the_file_check(monkeypatch):
    opened = []
    monkeypatch.setattr(sharing, "check_before_use",
                        lambda path: pytest.fail("a PostgreSQL server has no file to check"))
    monkeypatch.setattr(connection, "open_database",
                        lambda target, create: opened.append((target, create)))
    sharing.open_checked("postgresql://team@tjener/samvirke")
    assert opened == [("postgresql://team@tjener/samvirke", False)]
