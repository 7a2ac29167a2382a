"""`samvirke check`: integrity, schema version and row counts, without changing the file."""
import hashlib

import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection, schema
from samvirke_desktop.db.models import Resident, Site


def _filled(db_path, residents=400):
    connection.open_database(db_path)
    site = Site.create(name="Kvartal 5")
    Resident.insert_many([{"first_name": f"Barn {i}", "notes": "x" * 200, "site": site.id}
                          for i in range(residents)]).execute()
    connection.close_database()


def test_check_prints_version_and_counts(db_path, capsys):
    _filled(db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert cli.main(["check", "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"Skjemaversjon: {schema.LATEST_VERSION}" in out
    assert "Tilstand: ok" in out
    assert any(line.split() == ["resident", "400"] for line in out.splitlines())
    assert any(line.split() == ["site", "1"] for line in out.splitlines())
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_check_reports_a_damaged_file(db_path, capsys):
    _filled(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    # Overwrite the pages in the middle of the file, where the resident rows are.
    for offset in range(page * 3, len(data) - page, page):
        data[offset:offset + 200] = b"\xff" * 200
    db_path.write_bytes(bytes(data))
    assert cli.main(["check", "--database", str(db_path)]) == 1
    assert "SKADET" in capsys.readouterr().out


def test_check_of_a_missing_file_is_a_plain_error(tmp_path, capsys):
    assert cli.main(["check", "--database", str(tmp_path / "borte.db")]) == 1
    assert "Finner ikke databasen" in capsys.readouterr().err


def test_version_option(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("Samvirke ")
