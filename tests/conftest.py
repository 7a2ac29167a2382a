"""Every test gets a fresh real SQLite database file; Qt runs offscreen."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from samvirke_desktop.db import connection
from samvirke_desktop.domain.team import actor

# PostgreSQL fixtures (postgres_url, any_database on both kinds); skipped without a server.
from tests.server_database import (  # noqa: F401
    any_database,
    db_kind,
    db_target,
    postgres_server,
    postgres_url,
)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep settings, logs and the default database of tests out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SAMVIRKE_DATABASE", raising=False)
    actor.set_current(actor.COMMAND_LINE)
    yield
    connection.close_database()


@pytest.fixture(autouse=True)
def _delete_closed_widgets():
    """pytest-qt closes a test's widgets and asks Qt to delete them later, but outside an
    event loop "later" never comes: they would live on, half torn down, into the next tests
    (and crash there when the style or font of the application changes). Delete them now."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "samvirke.db"


@pytest.fixture
def database(db_path):
    """An opened, empty, fully migrated Samvirke database bound to the models."""
    opened = connection.open_database(db_path, create=True)
    yield opened
    connection.close_database()
