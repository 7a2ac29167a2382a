"""`samvirke migrate-to`: a team's SQLite file copied into an empty PostgreSQL database."""
import datetime

import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection, maintenance, server_copy
from samvirke_desktop.db.models import (
    ALL_MODELS,
    Attendance,
    ChangeLog,
    Resident,
    Setting,
    Site,
)
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.grants.figures_text import as_json
from samvirke_desktop.domain.grants.statistics import grant_statistics
from samvirke_desktop.domain.team import record_changes
from tests.domain import rule_records as make
from tests.domain.grants.test_grant_statistics import data  # noqa: F401 - the hand-worked data set


@pytest.fixture
def team_file(data, db_path):  # noqa: F811
    """The grant data set plus check-ins, names from many languages, settings and a change log."""
    activity = make.activity("Leksehjelp tirsdag")
    session = make.session(activity.id)
    for name in ("Şükrü Yılmaz", "Nguyễn Thị Hoa", "Łukasz Wójcik", "Ayaan Maxamed Cabdi"):
        first, last = name.split(" ", 1)
        child = make.resident(first, last, birth_year=2015)
        make.enrol(activity.id, child.id)
        attendance.set_present(session.id, child.id, True)
    Setting.create(key="team.name", value='"Bo- og nærmiljøteam Sagene"')
    expected = {"json": as_json(grant_statistics(data["app"].id)),
                "residents": {(r.first_name, r.last_name) for r in Resident.select()},
                "max_resident": max(r.id for r in Resident.select()),
                "app": data["app"].id}
    connection.close_database()
    return db_path, expected


def test_copy_gives_the_same_figures_on_the_server(team_file, postgres_url, capsys):
    path, expected = team_file
    assert cli.main(["migrate-to", postgres_url, "--database", str(path)]) == 0
    out = capsys.readouterr().out
    assert any(line.split()[:3] == ["resident", "14", "14"] for line in out.splitlines())
    assert "Alle" in out and "rader er kopiert" in out
    assert "AVVIK" not in out

    opened = connection.open_database(postgres_url, create=False)
    assert opened.is_server
    assert as_json(grant_statistics(expected["app"])) == expected["json"]
    assert {(r.first_name, r.last_name) for r in Resident.select()} == expected["residents"]
    assert Attendance.select().where(Attendance.present).count() >= 4
    assert Setting.get_by_id("team.name").value == '"Bo- og nærmiljøteam Sagene"'
    # The id sequences go on after the copied ids.
    new = record_changes.create(Resident, first_name="Ny")
    assert new.id == expected["max_resident"] + 1
    assert ChangeLog.select().order_by(ChangeLog.id.desc()).get().record_id == new.id
    connection.close_database()

    # The file is left as it was, and without the maintenance lock.
    connection.open_database(path, create=False)
    assert Setting.get_or_none(Setting.key == maintenance.MAINTENANCE_KEY) is None
    assert Resident.select().count() == len(expected["residents"])


def test_a_server_database_with_data_is_refused(team_file, postgres_url, capsys):
    path, _ = team_file
    connection.open_database(postgres_url)
    record_changes.create(Site, name="Allerede her")
    connection.close_database()
    assert cli.main(["migrate-to", postgres_url, "--database", str(path)]) == 1
    err = capsys.readouterr().err
    assert "er ikke tom: site (1)" in err and "ingenting blir overskrevet" in err
    connection.open_database(postgres_url)
    assert [s.name for s in Site.select()] == ["Allerede her"]


def test_text_too_long_for_the_server_is_named_before_anything_is_copied(team_file, postgres_url,
                                                                          capsys):
    path, _ = team_file
    connection.open_database(path)
    too_long = Site.insert(name="K" * 250).execute()  # max_length 200; SQLite does not mind
    connection.close_database()
    assert cli.main(["migrate-to", postgres_url, "--database", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"site.name har tekst lengre enn 200 tegn (rad {too_long})" in err
    target = connection.connect_url(postgres_url)
    assert target.get_tables() == []
    target.close()


def test_an_empty_samvirke_schema_on_the_server_is_fine(team_file, postgres_url):
    path, _ = team_file
    connection.open_database(postgres_url)  # someone opened it once: tables, no data
    connection.close_database()
    report = server_copy.copy_to_server(path, postgres_url, by="test")
    assert report.ok and report.rows > 0
    names = {c.table for c in report.counts}
    assert names == {m._meta.table_name for m in server_copy.copied_models()}
    assert len(names) == len(ALL_MODELS) - 1


def test_counts_that_differ_are_reported():
    report = server_copy.CopyReport(source=None, target="x", counts=[
        server_copy.TableCount("site", 3, 3), server_copy.TableCount("resident", 5, 4)])
    assert not report.ok


def test_target_must_be_a_server_address(db_path, capsys):
    assert cli.main(["migrate-to", "kopi.db", "--database", str(db_path)]) == 2
    assert "PostgreSQL-adresse" in capsys.readouterr().err


def test_large_file_copies_in_batches(db_path, postgres_url):
    opened = connection.open_database(db_path)
    site = Site.create(name="Kvartal 5")
    rows = [{"first_name": f"Barn {i}", "site": site.id, "birth_date": datetime.date(2015, 1, 1)
             + datetime.timedelta(days=i % 3000)} for i in range(5000)]
    with opened.database.atomic():
        for start in range(0, len(rows), 500):
            Resident.insert_many(rows[start:start + 500]).execute()
    connection.close_database()
    seen = []
    report = server_copy.copy_to_server(db_path, postgres_url, by="test", batch_size=700,
                                        progress=lambda t, done, total: seen.append((t, done)))
    assert report.ok
    assert [d for t, d in seen if t == "resident"] == [700 * n for n in range(1, 8)] + [5000]
    connection.open_database(postgres_url)
    assert Resident.select().count() == 5000
    assert Resident.get(Resident.first_name == "Barn 4999").birth_date == \
        datetime.date(2015, 1, 1) + datetime.timedelta(days=4999 % 3000)


def test_an_encrypted_file_is_copied_with_its_key(team_file, postgres_url):
    from samvirke_desktop.db import encryption

    path, expected = team_file
    done = encryption.encrypt_in_place(path, username="kari", password="lang-og-hemmelig")
    with pytest.raises(encryption.DatabaseLocked):
        server_copy.copy_to_server(path, postgres_url, by="test")
    report = server_copy.copy_to_server(path, postgres_url, by="test", key=done.key)
    assert report.ok and report.rows > 0
    connection.open_database(postgres_url, create=False)
    assert as_json(grant_statistics(expected["app"])) == expected["json"]
    assert {(r.first_name, r.last_name) for r in Resident.select()} == expected["residents"]
    connection.close_database()
    connection.open_database(path, create=False, key=done.key)
    assert Setting.get_or_none(Setting.key == maintenance.MAINTENANCE_KEY) is None
