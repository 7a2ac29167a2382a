"""Which database the program window starts on.

- A database named on the command line or in SAMVIRKE_DATABASE: that one.
- Otherwise the one used last time on this PC. When it is gone (moved, or the shared folder
  is not connected) the user is told so and may try again, look for it, or choose another.
- On a first start (nothing named, nothing used before) the embedded default database in the
  user's data folder is opened, created if need be, as it always was; while it is still
  untouched the window shows the welcome screen over it, whose three choices (a new team
  database, an existing one, the demo) decide what is used from then on. Choosing "this PC"
  for the new team database keeps that same default file.
- An encrypted file is not opened here: the window starts on its ``LockedDatabase`` and the
  log-in opens it with the key.
"""
import logging
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from samvirke_desktop import paths
from samvirke_desktop.db.connection import OpenedDatabase
from samvirke_desktop.errors import DatabaseFolderMissing, DatabaseMissing, SamvirkeError
from samvirke_desktop.gui import database_files

log = logging.getLogger(__name__)


@dataclass
class StartResult:
    opened: OpenedDatabase
    notes: list[str] = field(default_factory=list)
    welcome: bool = False   # show the first-run choices over the (untouched) default database


def untouched() -> bool:
    """Nobody has started using the bound database: no people, activities or accounts."""
    from samvirke_desktop.domain import overview
    from samvirke_desktop.domain.team import users

    return overview.is_empty() and not users.has_users()


def open_default(parent: QWidget | None = None, *, welcome: bool = True) -> StartResult | None:
    """The embedded default database; with the welcome screen while it is untouched."""
    result = database_files.open_with_recovery(None, create=True, parent=parent,
                                               quick_check_later=True)
    if result is None:
        return None
    opened, notes = result
    # An encrypted file says nothing of itself before a log-in: never the welcome over it.
    show = welcome and database_files.is_default_database(opened) \
        and not database_files.is_locked(opened) and untouched()
    return StartResult(opened, notes, show)


def open_at_start(explicit: str | None, parent: QWidget | None = None) -> StartResult | None:
    """Open the database the window starts on (see the module text); None: the user gave up."""
    named = explicit or paths.database_from_environment()
    if named:
        # A named file that is missing is more likely a disconnected drive than a wish for a
        # new database: it is not made without asking.
        result = database_files.open_with_recovery(explicit, create=False, parent=parent,
                                                   quick_check_later=True)
        return StartResult(*result) if result is not None else None
    last = database_files.remembered()
    if not last:
        return open_default(parent)
    target = last
    while True:
        try:
            opened, notes = database_files.open_for_window(target, create=False,
                                                           quick_check_later=True)
            return StartResult(opened, notes)
        except (DatabaseMissing, DatabaseFolderMissing) as exc:
            log.warning("Databasen fra sist er borte: %s", exc.message)
        except SamvirkeError as exc:
            # Anything else (damaged, not a database …): the usual choices.
            log.warning("Kunne ikke åpne %s: %s", target, exc.message)
            result = database_files.open_with_recovery(target, create=False, parent=parent)
            return StartResult(*result) if result is not None else None
        choice = database_files.ask_when_missing(target, parent)
        if choice == database_files.RETRY:
            continue
        if choice == database_files.LOOK_FOR:
            found = database_files.look_for(parent, target)
            if found:
                target = found
            continue
        if choice == database_files.CHOOSE_OTHER:
            return open_default(parent)
        return None
