"""Every command that reads or writes personal data logs in on a team database with accounts,
applies that person's role as the window does, and the change log names them."""
import json
import sqlite3

import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import AppUser, ChangeLog
from tests.cli.conftest import PASSWORDS, password_file

REFUSED = "refused"


def command(team, kind: str) -> tuple[list[str], str | None]:
    """The arguments of one command on the team database and the file it writes (if any)."""
    folder, db = team["folder"], str(team["path"])
    out = {"export-residents": folder / "beboere.xlsx", "export-applications": folder / "s.xlsx",
           "person": folder / "innsyn.json", "attendance": folder / "oppmote.pdf",
           "grant": folder / "tilskudd.pdf"}.get(kind)
    if kind == "import":
        sheet = folder / "nye.csv"
        sheet.write_text("Fornavn;Etternavn;Fødselsår\nNora;Vik;2015\n", encoding="utf-8")
    args = {
        "export-residents": ["export", "residents", "--out", str(out)],
        "export-applications": ["export", "applications", "--out", str(out)],
        "import": ["import", "residents", str(folder / "nye.csv")],
        "person": ["person", "export", "--resident", "1", "--out", str(out)],
        "attendance": ["report", "attendance", "--activity", str(team["activity"]),
                       "--from", "2026-09-01", "--to", "2026-09-30", "--out", str(out)],
        "grant": ["report", "grant", "--application", "1", "--out", str(out)],
        "stats": ["stats", "grant", "--application", "1"],
        "backup": ["backup", "--to", str(folder / "kopier")],
        "users": ["users", "add", "nils", "--role", "koordinator", "--new-password-file",
                  str(password_file(folder, "nils", "nils-sitt-passord"))],
    }[kind]
    return [*args, "--database", db], out


# What each role may do, as the window allows it (domain/team/permissions.py).
ALLOWED = {
    "anne": {"export-residents", "export-applications", "import", "person", "attendance",
             "grant", "stats", "backup", "users"},
    "kari": {"export-residents", "export-applications", "import", "person", "attendance",
             "grant", "stats"},
    "leif": {"attendance"},           # only the activity he leads
    "sofie": {"export-applications", "grant", "stats"},
}
KINDS = sorted(ALLOWED["anne"])


def run(capsys, args):
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def log_rows(path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT username, action, table_name FROM change_log "
                           "ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("kind", KINDS)
def test_without_a_log_in_nothing_is_read_or_written(team, capsys, kind):
    args, out = command(team, kind)
    before = log_rows(team["path"])
    code, _, err = run(capsys, args)
    assert code == 2
    assert "Databasen har brukerkontoer" in err and "--user BRUKERNAVN" in err
    assert out is None or not out.exists()
    assert log_rows(team["path"]) == before


@pytest.mark.parametrize("user", sorted(ALLOWED))
@pytest.mark.parametrize("kind", KINDS)
def test_each_role_may_do_what_the_window_allows_and_is_logged(team, capsys, user, kind):
    args, out = command(team, kind)
    before = len(log_rows(team["path"]))
    code, stdout, err = run(capsys, [*args, "--user", user,
                                     "--password-file", str(team["files"][user])])
    after = log_rows(team["path"])[before:]
    if kind in ALLOWED[user]:
        assert (code, err) == (0, ""), err
        assert out is None or out.exists()
        assert ("kommandolinje" not in {row[0] for row in after})
        assert (user, "login", "app_user") in after            # the log-in itself
        written = {"export-residents": "export",   # exports without names are not logged
                   "person": "export", "import": "import", "backup": "backup",
                   "users": "create"}.get(kind)
        if written:
            assert any(row[0] == user and row[1] == written for row in after), after
    else:
        assert code == 1, (stdout, err)
        assert err.startswith("Feil: ") and ("Rollen din" in err or "Bare en administrator" in err
                                             or "aktiviteter du leder" in err), err
        assert out is None or not out.exists()
        assert [row for row in after if row[1] != "login"] == []


def test_a_wrong_password_is_counted_and_slowed_down_as_in_the_window(team, capsys):
    wrong = password_file(team["folder"], "feil", "ikke-passordet")
    args, out = command(team, "export-residents")
    for _ in range(3):
        code, _, err = run(capsys, [*args, "--user", "kari", "--password-file", str(wrong)])
        assert code == 1 and "Feil brukernavn eller passord" in err
    code, _, err = run(capsys, [*args, "--user", "kari",
                                "--password-file", str(team["files"]["kari"])])
    assert code == 1 and "For mange feil forsøk. Vent" in err   # even the right one waits
    assert not out.exists()
    con = sqlite3.connect(team["path"])
    assert con.execute("SELECT failed_logins FROM app_user WHERE username = 'kari'"
                       ).fetchone()[0] == 3
    con.close()


def test_the_password_never_comes_from_an_argument_or_a_file_others_can_read(team, capsys):
    args, out = command(team, "stats")
    loose = team["files"]["kari"]
    loose.chmod(0o644)
    code, _, err = run(capsys, [*args, "--user", "kari", "--password-file", str(loose)])
    assert code == 1 and "kan leses av andre enn eieren" in err and "chmod 600" in err
    # Without a terminal and without a file there is nobody to ask.
    code, _, err = run(capsys, [*args, "--user", "kari"])
    assert code == 2 and "uten en terminal" in err and "--password-file" in err
    # --password is no abbreviation of --password-file: it is refused, and not echoed.
    for given in (["--password", PASSWORDS["kari"]], [f"--password={PASSWORDS['kari']}"]):
        code, _, err = run(capsys, [*args, "--user", "kari", *given])
        assert code == 2 and "kan ikke stå på kommandolinjen" in err
        assert PASSWORDS["kari"] not in err


def test_a_restore_needs_an_administrator_and_is_logged_in_the_restored_file(team, capsys):
    anne = ["--user", "anne", "--password-file", str(team["files"]["anne"])]
    db = ["--database", str(team["path"])]
    code, stdout, _ = run(capsys, ["backup", "--to", str(team["folder"] / "kopier"), *db, *anne])
    copy = stdout.split("Sikkerhetskopi skrevet: ")[1].strip()
    code, _, err = run(capsys, ["restore", copy, *db])
    assert code == 2 and "krever innlogging" in err
    code, _, err = run(capsys, ["restore", copy, *db, "--user", "kari",
                                "--password-file", str(team["files"]["kari"])])
    assert code == 1 and "Bare en administrator kan ta og gjenopprette" in err
    code, stdout, err = run(capsys, ["restore", copy, *db, *anne])
    assert (code, err) == (0, ""), err
    connection.open_database(team["path"], create=False)
    entry = ChangeLog.select().where(ChangeLog.action == "restore").get()
    anne_row = AppUser.get(AppUser.username == "anne")
    assert (entry.username, entry.user_id, entry.table_name) == ("anne", anne_row.id, "database")
    assert json.loads(entry.changes)["file"] == [None, copy]
    backup_entry = ChangeLog.select().where(ChangeLog.action == "backup")
    assert [e.username for e in backup_entry] == []   # the copy was taken before its log row
    connection.close_database()


def test_copying_to_a_server_is_for_administrators(team, capsys):
    args = ["migrate-to", "postgresql://samvirke@127.0.0.1:1/samvirke",
            "--database", str(team["path"])]
    code, _, err = run(capsys, args)
    assert code == 2 and "krever innlogging" in err
    code, _, err = run(capsys, [*args, "--user", "sofie",
                                "--password-file", str(team["files"]["sofie"])])
    assert code == 1 and "Bare en administrator" in err


def test_commands_that_read_no_personal_data_need_no_log_in(team, capsys):
    code, stdout, err = run(capsys, ["check", "--database", str(team["path"])])
    assert code == 0 and "Tilstand: ok" in stdout
    code, stdout, _ = run(capsys, ["demo", str(team["folder"] / "ny-demo.db")])
    assert code == 0 and "Laget demodatabasen" in stdout
