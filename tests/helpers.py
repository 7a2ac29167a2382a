"""Shared test tools."""
import contextlib

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import DB


@contextlib.contextmanager
def other_pc(db_path):
    """Work as a colleague's PC would: a second connection to the same file, same settings."""
    mine = DB.obj
    theirs = connection.make_sqlite(db_path)
    DB.initialize(theirs)
    try:
        yield theirs
    finally:
        theirs.close()
        DB.initialize(mine)
