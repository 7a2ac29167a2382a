"""``samvirke new`` and ``samvirke users add``: a team database and its accounts made from the
command line behave as those made in the window."""
import sqlite3
from pathlib import Path

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import ActivityLeader, AppUser, ChangeLog
from samvirke_desktop.domain.team import users
from tests.cli.conftest import password_file


def run(capsys, args):
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_team_database_is_encrypted_and_has_its_administrator(tmp_path, capsys):
    from samvirke_desktop.db import encryption

    anne = password_file(tmp_path, "anne", "anne-sitt-passord")
    path = tmp_path / "team.db"
    code, out, err = run(capsys, ["new", str(path), "--admin", "Anne", "--full-name",
                                  "Anne Admin", "--password-file", str(anne)])
    assert (code, err) == (0, ""), err
    assert "Laget teamdatabasen" in out and "«anne»" in out and "kryptert" in out
    code_line = out.split("GJENOPPRETTINGSKODE (vises bare nå):")[1].splitlines()[1].strip()
    assert len(code_line) == 29 and code_line.count("-") == 5      # six groups of four
    assert encryption.is_encrypted(path) and b"SQLite format 3" not in path.read_bytes()[:16]
    assert b"Anne Admin" not in path.read_bytes()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    key = encryption.unlock(path, "anne", "anne-sitt-passord")     # her password opens it
    assert encryption.unlock_with_recovery_code(path, code_line) == key   # so does the code
    connection.open_database(path, create=False, key=key)
    admin = AppUser.get()
    assert (admin.username, admin.full_name, admin.role) == ("anne", "Anne Admin", "admin")
    users.log_in("anne", "anne-sitt-passord")
    assert ChangeLog.select().where(ChangeLog.username == "anne").count() >= 2
    connection.close_database()


def test_a_plain_team_database_when_asked(tmp_path, capsys):
    anne = password_file(tmp_path, "anne", "anne-sitt-passord")
    path = tmp_path / "team.db"
    code, out, err = run(capsys, ["new", str(path), "--admin", "anne", "--full-name",
                                  "Anne Admin", "--password-file", str(anne),
                                  "--no-encryption"])
    assert (code, err) == (0, ""), err
    assert "ikke kryptert" in out and "GJENOPPRETTINGSKODE" not in out
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    connection.open_database(path, create=False)
    users.log_in("anne", "anne-sitt-passord")
    connection.close_database()


def test_new_refuses_an_existing_file_and_a_bad_password_and_leaves_nothing(tmp_path, capsys):
    short = password_file(tmp_path, "kort", "kort")
    path = tmp_path / "team.db"
    code, _, err = run(capsys, ["new", str(path), "--admin", "anne", "--full-name", "Anne",
                                "--password-file", str(short)])
    assert code == 1 and "Passordet må ha minst 8 tegn" in err
    assert not path.exists() and not (tmp_path / "team.db.keys").exists()
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


def test_every_command_on_an_encrypted_team_database(tmp_path, capsys):
    """The log-in is what opens the file: without it nothing is read; with it each command
    works as on a plain file, and its backup is encrypted too."""
    from samvirke_desktop.db import encryption

    anne_file = password_file(tmp_path, "anne", "anne-sitt-passord")
    path = tmp_path / "team.db"
    assert run(capsys, ["new", str(path), "--admin", "anne", "--full-name", "Anne Admin",
                        "--password-file", str(anne_file)])[0] == 0
    db = ["--database", str(path)]
    anne = ["--user", "anne", "--password-file", str(anne_file)]
    sheet = tmp_path / "nye.csv"
    sheet.write_text("Fornavn;Etternavn;Fødselsår\nSiri Marie;Kvalheim;2015\n", encoding="utf-8")
    code, out, err = run(capsys, ["import", "residents", str(sheet), *db])
    assert code == 2 and "er kryptert" in err and "--user" in err
    code, out, err = run(capsys, ["import", "residents", str(sheet), *db, *anne])
    assert (code, err) == (0, ""), err
    assert b"Kvalheim" not in path.read_bytes()
    code, out, err = run(capsys, ["export", "residents", "--out", str(tmp_path / "b.csv"),
                                  *db, *anne])
    assert (code, err) == (0, "") and "Kvalheim" in (tmp_path / "b.csv").read_text("utf-8-sig")
    wrong = password_file(tmp_path, "feil", "ikke-passordet")
    code, _, err = run(capsys, ["export", "residents", "--out", str(tmp_path / "c.csv"), *db,
                                "--user", "anne", "--password-file", str(wrong)])
    assert code == 1 and "Feil brukernavn eller passord" in err
    assert not (tmp_path / "c.csv").exists()
    # check reads no names but must unlock the file.
    code, out, err = run(capsys, ["check", *db])
    assert code == 2 and "er kryptert" in err
    code, out, err = run(capsys, ["check", *db, *anne])
    assert code == 0 and "Tilstand: ok" in out
    # Kari gets a key with her first password; her log-in opens the file.
    kari_file = password_file(tmp_path, "kari", "kari-sitt-passord")
    code, _, err = run(capsys, ["users", "add", "kari", "--role", "koordinator",
                                "--new-password-file", str(kari_file), *db, *anne])
    assert (code, err) == (0, ""), err
    assert "kari" in encryption.users_with_keys(path)
    code, out, err = run(capsys, ["export", "residents", "--out", str(tmp_path / "k.csv"), *db,
                                  "--user", "kari", "--password-file", str(kari_file)])
    assert (code, err) == (0, ""), err
    # The backup is encrypted and carries its keys; a restore needs the administrator.
    code, out, err = run(capsys, ["backup", "--to", str(tmp_path / "kopier"), *db, *anne])
    assert (code, err) == (0, ""), err
    copy = Path(out.split("Sikkerhetskopi skrevet: ")[1].strip())
    assert encryption.is_encrypted(copy) and b"Kvalheim" not in copy.read_bytes()
    assert encryption.key_file_for(copy).exists()
    code, _, err = run(capsys, ["restore", str(copy), *db, "--user", "kari",
                                "--password-file", str(kari_file)])
    assert code == 1 and "Bare en administrator" in err
    code, out, err = run(capsys, ["restore", str(copy), *db, *anne])
    assert (code, err) == (0, ""), err
    key = encryption.unlock(path, "anne", "anne-sitt-passord")
    connection.open_database(path, create=False, key=key)
    assert ChangeLog.select().where(ChangeLog.action == "restore").get().username == "anne"
    connection.close_database()
