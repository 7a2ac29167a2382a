"""A team database with accounts, one per role, for the command-line tests."""
import shutil

import pytest

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import Activity
from samvirke_desktop.domain.team import actor, users
from tests.reports.conftest import demo_file  # noqa: F401  (the demo, made once per run)

PASSWORDS = {"anne": "anne-sitt-passord", "kari": "kari-sitt-passord",
             "leif": "leif-sitt-passord", "sofie": "sofie-sitt-passord"}
ROLES = {"anne": "admin", "kari": "coordinator", "leif": "activity_leader",
         "sofie": "grant_writer"}


def password_file(folder, name: str, text: str):
    path = folder / f"{name}.passord"
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.fixture
def team(demo_file, tmp_path):  # noqa: F811
    """The demo with four accounts; leif leads the demo's first activity. Returns the path,
    the activity he leads and each user's password file."""
    path = tmp_path / "team.db"
    shutil.copyfile(demo_file, path)
    connection.open_database(path, create=False)
    users.create_first_admin("anne", PASSWORDS["anne"], "Anne Admin")
    users.log_in("anne", PASSWORDS["anne"])
    led = Activity.select().order_by(Activity.id).first()
    for name in ("kari", "leif", "sofie"):
        users.create_user(name, PASSWORDS[name], ROLES[name], name.capitalize(),
                          led_activity_ids=[led.id] if name == "leif" else ())
    users.log_out()
    connection.close_database()
    actor.set_current(actor.COMMAND_LINE)
    files = {name: password_file(tmp_path, name, text) for name, text in PASSWORDS.items()}
    return {"path": path, "activity": led.id, "activity_name": led.name, "files": files,
            "folder": tmp_path}
