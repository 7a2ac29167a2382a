"""Fixtures for tests against a real PostgreSQL server, and for tests that run on both kinds.

SAMVIRKE_TEST_POSTGRES_URL names a server and a role that may create databases (scripts/test
starts a throwaway one). Each test gets a fresh database ``samvirke_test_<random>``, dropped
afterwards. Without the variable, the PostgreSQL tests are skipped and say why; a variable
that names a server that does not answer is an error, not a skip.
"""
import os
import secrets
from urllib.parse import urlsplit, urlunsplit

import pytest

from samvirke_desktop.db import connection

ENV = "SAMVIRKE_TEST_POSTGRES_URL"
SKIP_REASON = (f"no PostgreSQL server for the tests: set {ENV} "
               "(scripts/test starts one when PostgreSQL can be installed)")


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def admin_connection(url: str):
    import psycopg2

    con = psycopg2.connect(url, connect_timeout=10)
    con.autocommit = True
    return con


@pytest.fixture(scope="session")
def postgres_server():
    """The server URL from the environment (its maintenance database), or a skip."""
    url = os.environ.get(ENV, "").strip()
    if not url:
        pytest.skip(SKIP_REASON)
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        pytest.skip("psycopg2 is not installed (pip install -e '.[postgres]')")
    con = admin_connection(url)  # fails loudly: the variable promised a server
    con.close()
    return url


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the test server; dropped after the test."""
    name = f"samvirke_test_{secrets.token_hex(6)}"
    con = admin_connection(postgres_server)
    try:
        with con.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        con.close()
    yield with_database(postgres_server, name)
    connection.close_database()
    con = admin_connection(postgres_server)
    try:
        with con.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        con.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_kind(request):
    return request.param


@pytest.fixture
def db_target(db_kind, request, tmp_path):
    """Where a database lives for a test that runs on both kinds: a file path or a URL."""
    if db_kind == "sqlite":
        return str(tmp_path / "samvirke.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def any_database(db_target):
    """An opened, migrated Samvirke database of each kind, models bound."""
    opened = connection.open_database(db_target, create=True)
    yield opened
    connection.close_database()


def second_connection(target: str):
    """Another PC's connection to the same database (not bound to the models)."""
    if connection.is_url(target):
        return connection.connect_url(target)
    db = connection.make_sqlite(target)
    db.connect()
    return db
