"""Choosing, creating and opening database files, with plain answers when a file will not open.

An encrypted file cannot be read before someone logs in: opening it without its key gives a
``LockedDatabase`` (its place and name only) for the window to show the log-in over; the
log-in opens it again with the key (``open_for_window(..., key=key)``).
"""
import logging
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from samvirke_desktop import paths
from samvirke_desktop.db import cipher, connection, sharing
from samvirke_desktop.db.connection import OpenedDatabase
from samvirke_desktop.db.models import DB
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.settings import settings

log = logging.getLogger(__name__)

DB_SUFFIX = ".db"
DEMO_FILE_NAME = "demo.db"   # the window's demo database, in the user's data folder
LAST_DATABASE = "database/last"
SHARING_EXPLAINED = "database/sharing_explained"  # network databases told about, per PC

OPEN_OTHER = "open_other"
CREATE_NEW = "create_new"
QUIT = "quit"
# When the database used last time is gone:
RETRY = "retry"
LOOK_FOR = "look_for"
CHOOSE_OTHER = "choose_other"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseFiles", text)


def startup_target(explicit: str | None) -> str | None:
    """The named database, else SAMVIRKE_DATABASE, else the file used last time on this PC.

    None means the embedded default database.
    """
    if explicit or paths.database_from_environment():
        return explicit
    last = settings().value(LAST_DATABASE, "", type=str)
    return last or None


def remember(opened: OpenedDatabase) -> None:
    """Open the same file next time (server addresses are not kept: they need a password)."""
    if opened.is_sqlite:
        settings().setValue(LAST_DATABASE, opened.location)


def remembered() -> str:
    """The database file used last time on this PC ('' on a first start)."""
    return settings().value(LAST_DATABASE, "", type=str)


def bound_location() -> str:
    """The file the models are bound to ('' for a server database or none)."""
    import peewee

    from samvirke_desktop.db.models import DB

    db = DB.obj
    if not isinstance(db, peewee.SqliteDatabase) or not db.database:
        return ""
    name = str(db.database)
    if name.startswith("file:"):  # opened read-only through a URI
        from urllib.parse import unquote, urlparse

        name = unquote(urlparse(name).path)
    return name


def is_default_database(opened: OpenedDatabase) -> bool:
    return opened.is_sqlite and Path(opened.location) == paths.default_database_path().absolute()


def is_demo_database(location: str) -> bool:
    return bool(location) and not connection.is_url(location) and \
        Path(location).absolute() == (paths.user_data_dir() / DEMO_FILE_NAME).absolute()


class LockedDatabase(OpenedDatabase):
    """An encrypted team database nobody has logged in to yet: where it is and its name, and
    nothing of what is in it. Its ``database`` is a placeholder that was never given a file,
    so with it bound to the models every query fails instead of reading another database."""

    locked = True

    def __init__(self, path: str | Path):
        path = Path(path).expanduser().absolute()
        super().__init__(database=peewee.SqliteDatabase(None), location=str(path),
                         display_name=path.name)

    @property
    def encrypted(self) -> bool:
        return True


def is_locked(opened: OpenedDatabase | None) -> bool:
    return bool(getattr(opened, "locked", False))


def locked(path: str | Path) -> LockedDatabase:
    """The locked stand-in for the encrypted file ``path``, bound to the models."""
    stand_in = LockedDatabase(path)
    DB.initialize(stand_in.database)
    return stand_in


def encrypted_file(target: str | None) -> Path | None:
    """The file ``target`` names (None: the default) when it is an encrypted one."""
    resolved, _ = connection.resolve_target(target)
    if connection.is_url(resolved):
        return None
    path = Path(resolved).expanduser().absolute()
    return path if path.is_file() and cipher.is_encrypted(path) else None


def _start_folder(current: str | None) -> str:
    if current and not connection.is_url(current):
        return str(Path(current).parent)
    return str(Path.home())


def choose_existing(parent: QWidget | None, current: str | None = None) -> str | None:
    if not notices.dialogs_enabled():
        return None
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Åpne database"), _start_folder(current),
        _tr("Samvirke-database (*.db);;Alle filer (*)"))
    return path or None


def choose_new(parent: QWidget | None, current: str | None = None) -> str | None:
    """A file name for a new database; an existing file is never overwritten."""
    if not notices.dialogs_enabled():
        return None
    folder = _start_folder(current)
    while True:
        path, _ = QFileDialog.getSaveFileName(
            parent, _tr("Lag ny database"), str(Path(folder) / "samvirke.db"),
            _tr("Samvirke-database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return None
        if not path.lower().endswith(DB_SUFFIX):
            path += DB_SUFFIX
        if not Path(path).exists():
            return path
        notices.show_message(
            parent, _tr("Filen finnes allerede"),
            _tr("«{name}» finnes allerede. Velg et annet navn, eller bruk Fil → Åpne database "
                "for å åpne den.").format(name=Path(path).name))
        folder = str(Path(path).parent)


def failure_box(exc: SamvirkeError, parent: QWidget | None = None) -> QMessageBox:
    """What to do when the database will not open; the buttons carry the choice as a property."""
    box = QMessageBox(QMessageBox.Icon.Warning, exc.title, exc.message,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_tr("Hva vil du gjøre?"))
    for choice, label in ((OPEN_OTHER, _tr("Velg en annen database…")),
                          (CREATE_NEW, _tr("Lag ny database…")),
                          (QUIT, _tr("Avslutt"))):
        button = box.addButton(label, QMessageBox.ButtonRole.RejectRole if choice == QUIT
                               else QMessageBox.ButtonRole.ActionRole)
        button.setProperty("choice", choice)
        if choice == OPEN_OTHER:
            box.setDefaultButton(button)
    if exc.details:
        box.setDetailedText(exc.details)
    return box


def missing_box(path: str, parent: QWidget | None = None) -> QMessageBox:
    """The database used last time is not where it was: say so plainly and offer the ways on."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Finner ikke databasen"), _tr(
        "Samvirke finner ikke databasen dere brukte sist:\n{path}\n\nDen kan være flyttet eller "
        "ha fått nytt navn, eller den delte mappen er ikke tilkoblet (for eksempel når PC-en ikke "
        "er koblet til kommunens nett eller VPN).").format(path=path),
        QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_tr("Koble til den delte mappen og trykk Prøv igjen, let etter filen, "
                               "eller velg en annen database."))
    for choice, label in ((RETRY, _tr("Prøv igjen")), (LOOK_FOR, _tr("Let etter den…")),
                          (CHOOSE_OTHER, _tr("Velg en annen database…")), (QUIT, _tr("Avslutt"))):
        button = box.addButton(label, QMessageBox.ButtonRole.RejectRole if choice == QUIT
                               else QMessageBox.ButtonRole.ActionRole)
        button.setProperty("choice", choice)
        if choice == RETRY:
            box.setDefaultButton(button)
    return box


def ask_when_missing(path: str, parent: QWidget | None = None) -> str:
    if not notices.dialogs_enabled():
        log.warning("Finner ikke databasen %s", path)
        return QUIT
    box = missing_box(path, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked.property("choice") if clicked is not None else QUIT


def look_for(parent: QWidget | None, missing: str) -> str | None:
    """A file dialog that starts as near the missing file as still exists."""
    if not notices.dialogs_enabled():
        return None
    folder = Path(missing).parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Let etter databasen"), str(folder if folder.is_dir() else Path.home()),
        _tr("Samvirke-database (*.db);;Alle filer (*)"))
    return path or None


def ask_after_failure(exc: SamvirkeError, parent: QWidget | None = None) -> str:
    if not notices.dialogs_enabled():
        log.warning("%s: %s", exc.title, exc.message)
        return QUIT
    box = failure_box(exc, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked.property("choice") if clicked is not None else QUIT


def open_for_window(target: str | None, *, create: bool | None = None,
                    quick_check_later: bool = False, key: bytes | None = None
                    ) -> tuple[OpenedDatabase, list[str]]:
    """Open the way the program window should (checked first, read-only when damaged, the
    session marked), with what the user must be told about it.

    ``quick_check_later``: at start, the file's quick check runs once the window is shown
    (``opened.pending_check``; gui/file_check.py).
    ``key``: the key of an encrypted file (from the log-in). Without it an encrypted file is
    not opened: the answer is its ``LockedDatabase``, and the notes come with the log-in."""
    if key is None:
        encrypted = encrypted_file(target)
        if encrypted is not None:
            return locked(encrypted), []
    opened, report = sharing.open_team_database(target, create=create,
                                                quick_check_later=quick_check_later,
                                                **({} if key is None else {"key": key}))
    if report is not None and report.pending:
        opened.pending_check = report
    return opened, opening_notes(opened, report)


def opening_notes(opened: OpenedDatabase, report) -> list[str]:
    notes = []
    if report is not None and report.message:
        notes.append(report.message)
    if report is not None and report.location.needs_warning:
        notes.append(report.location.notice)  # a sync folder: every time, until it is moved
    elif report is not None and report.location.is_safe_to_share \
            and not _explained(opened.location):
        notes.append(report.location.notice)  # the rules of a shared folder: once per database
    if opened.migrated_from is not None:
        text = _tr("Databasen er oppgradert til den nye versjonen av Samvirke.")
        if opened.backup_path:
            text += " " + _tr("En kopi av databasen slik den var før, er lagret i «{path}».").format(
                path=opened.backup_path)
        notes.append(text)
    return notes


def _explained(location: str) -> bool:
    """Whether this PC has told about sharing ``location`` already; marks it told."""
    store = settings()
    told = store.value(SHARING_EXPLAINED, [], type=list) or []
    if location in told:
        return True
    store.setValue(SHARING_EXPLAINED, [*told, location])
    return False


def show_notes(notes: list[str], parent: QWidget | None = None) -> None:
    for note in notes:
        notices.show_message(parent, _tr("Om databasen"), note,
                             icon=QMessageBox.Icon.Information)


def close_opened(opened: OpenedDatabase) -> None:
    """Close a database that is no longer the bound one, and end its session marker."""
    if is_locked(opened):
        return  # never opened; the marker beside the file is another opening's
    if not opened.database.is_closed():
        opened.database.close()
    if opened.encrypted:
        opened.database.samvirke_key = None  # closed for good: its key is let go of
    if opened.is_sqlite and not opened.read_only:
        sharing.mark_closed(Path(opened.location))


def open_with_recovery(target: str | None, *, create: bool | None = None,
                       parent: QWidget | None = None, quick_check_later: bool = False,
                       key: bytes | None = None) -> tuple[OpenedDatabase, list[str]] | None:
    """Open ``target``; when it fails, say why and let the user pick another file or make a
    new one, until something opens or the user gives up (None). ``key``: for ``target``
    only (an encrypted file opened again after a restore), never for a file chosen instead."""
    while True:
        try:
            return open_for_window(target, create=create, quick_check_later=quick_check_later,
                                   key=key)
        except SamvirkeError as exc:
            log.warning("Kunne ikke åpne %s: %s", target or "standarddatabasen", exc.message)
            failure = exc
        while True:
            choice = ask_after_failure(failure, parent)
            if choice == OPEN_OTHER:
                chosen, create_chosen = choose_existing(parent, target), False
            elif choice == CREATE_NEW:
                chosen, create_chosen = choose_new(parent, target), True
            else:
                return None
            if chosen:
                target, create, key = chosen, create_chosen, None
                break
