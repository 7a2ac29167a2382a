"""``samvirke new`` and ``samvirke users add``: a team database and its accounts made from the
command line behave as those made in the window."""
import sqlite3

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import ActivityLeader, AppUser, ChangeLog
from samvirke_desktop.domain.team import users
from tests.cli.conftest import password_file


def run(capsys, args):
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_team_database_has_its_administrator(tmp_path, capsys):
    anne = password_file(tmp_path, "anne", "anne-sitt-passord")
    path = tmp_path / "team.db"
    code, out, err = run(capsys, ["new", str(path), "--admin", "Anne", "--full-name",
                                  "Anne Admin", "--password-file", str(anne)])
    assert (code, err) == (0, ""), err
    assert "Laget teamdatabasen" in out and "«anne»" in out
    connection.open_database(path, create=False)
    admin = AppUser.get()
    assert (admin.username, admin.full_name, admin.role) == ("anne", "Anne Admin", "admin")
    users.log_in("anne", "anne-sitt-passord")           # the password from the file works
    assert ChangeLog.select().where(ChangeLog.username == "anne").count() >= 2
    connection.close_database()


def test_new_refuses_an_existing_file_and_a_bad_password_and_leaves_nothing(tmp_path, capsys):
    short = password_file(tmp_path, "kort", "kort")
    path = tmp_path / "team.db"
    code, _, err = run(capsys, ["new", str(path), "--admin", "anne", "--full-name", "Anne",
                                "--password-file", str(short)])
    assert code == 1 and "Passordet må ha minst 8 tegn" in err
    assert not path.exists()
    path.write_bytes(b"viktig")
    code, _, err = run(capsys, ["new", str(path), "--admin", "anne", "--full-name", "Anne",
                                "--password-file", str(short)])
    assert code == 2 and "finnes allerede" in err
    assert path.read_bytes() == b"viktig"
    code, _, err = run(capsys, ["new", str(tmp_path / "b.db"), "--admin", "anne"])
    assert code == 2 and "--full-name" in err


def test_an_administrator_adds_users_with_their_roles(team, capsys):
    db = ["--database", str(team["path"])]
    anne = ["--user", "anne", "--password-file", str(team["files"]["anne"])]
    first = password_file(team["folder"], "ny", "et-første-passord")
    code, out, err = run(capsys, ["users", "add", "Nils", "--role", "aktivitetsleder",
                                  "--full-name", "Nils Vik", "--activity",
                                  team["activity_name"], "--new-password-file", str(first),
                                  *db, *anne])
    assert (code, err) == (0, ""), err
    assert "Laget brukeren «nils» (aktivitetsleder)" in out
    connection.open_database(team["path"], create=False)
    nils = AppUser.get(AppUser.username == "nils")
    assert (nils.role, nils.full_name) == ("activity_leader", "Nils Vik")
    assert [link.activity_id for link in ActivityLeader.select().where(
        ActivityLeader.user == nils.id)] == [team["activity"]]
    created = ChangeLog.get((ChangeLog.table_name == "app_user") & (ChangeLog.action == "create")
                            & (ChangeLog.record_id == nils.id))
    assert created.username == "anne" and "$argon2" not in created.changes
    connection.close_database()
    # The new user logs in with the first password.
    code, out, err = run(capsys, ["report", "attendance", "--activity", str(team["activity"]),
                                  "--from", "2026-09-01", "--to", "2026-09-30", "--out",
                                  str(team["folder"] / "n.pdf"), *db, "--user", "nils",
                                  "--password-file", str(first)])
    assert (code, err) == (0, ""), err
    # Taken names, unknown roles and a coordinator adding users are refused.
    code, _, err = run(capsys, ["users", "add", "nils", "--role", "koordinator",
                                "--new-password-file", str(first), *db, *anne])
    assert code == 1 and "Brukernavnet «nils» er allerede i bruk" in err
    code, _, err = run(capsys, ["users", "add", "per", "--role", "sjef",
                                "--new-password-file", str(first), *db, *anne])
    assert code == 2 and "administrator, koordinator, aktivitetsleder eller soknadsskriver" in err
    code, _, err = run(capsys, ["users", "add", "per", "--role", "koordinator",
                                "--new-password-file", str(first), *db, "--user", "kari",
                                "--password-file", str(team["files"]["kari"])])
    assert code == 1 and "Bare en administrator kan endre brukere" in err
    con = sqlite3.connect(team["path"])
    assert con.execute("SELECT count(*) FROM app_user WHERE username = 'per'").fetchone() == (0,)
    con.close()
