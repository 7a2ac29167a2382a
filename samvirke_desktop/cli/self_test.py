"""``samvirke --self-test``: does this installation of Samvirke work? No screen needed.

In a temporary folder it makes a new database through the migrations, upgrades one of the
oldest schema (a copy must be taken first), writes the demo data, makes every PDF report and
reads each back with pypdf, and builds the program's pages on Qt's offscreen platform. It
prints one Norwegian line and exits 0, or names the step that failed and why and exits 1.

It is meant for the installed program above all (the PyInstaller bundle): a font, a
migration, a Qt plug-in or package data that the bundle forgot shows up here, on the build
machine, instead of on a user's PC. Nothing outside the temporary folder is touched.
"""
import contextlib
import datetime
import io
import os
import re
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from samvirke_desktop import __version__
from samvirke_desktop.errors import SamvirkeError

UNKNOWN_VERSION = "0.0.0"  # what __init__ reports when the package metadata is missing


class SelfTestFailure(Exception):
    """A step of the self-test failed; ``reason`` is Norwegian and says what is wrong."""

    def __init__(self, step: str, reason: str):
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


class _Problem(Exception):
    """Raised inside a step; the step adds its own name."""


@dataclass
class ReadBack:
    title: str          # «oppmøterapport»
    path: Path
    pages: int


@dataclass
class SelfTestResult:
    version: str
    schema: int
    upgraded_from: int | None = None
    residents: int = 0
    sessions: int = 0
    reports: list[ReadBack] = field(default_factory=list)
    window_pages: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """The one line printed when everything passed."""
        parts = [f"Samvirke {self.version}", f"skjema {self.schema}"]
        if self.upgraded_from is not None:
            parts.append(f"oppgradering fra skjema {self.upgraded_from} med kopi først")
        parts.append(f"demodata med {self.residents} beboere og {self.sessions} samlinger")
        pages = sum(r.pages for r in self.reports)
        names = ", ".join(r.title for r in self.reports)
        parts.append(f"{len(self.reports)} PDF-rapporter lest tilbake ({names}; {pages} sider)")
        if self.window_pages:
            parts.append(f"{self.window_pages} sider i programvinduet bygd uten skjerm")
        seconds = f"{self.seconds:.1f}".replace(".", ",")
        return "Selvtesten gikk bra: " + ", ".join(parts) + f" ({seconds} s)."


@contextlib.contextmanager
def _step(name: str):
    """Turn whatever fails inside into a SelfTestFailure naming this step."""
    try:
        yield
    except SelfTestFailure:
        raise
    except _Problem as exc:
        raise SelfTestFailure(name, str(exc)) from exc
    except Exception as exc:
        message = getattr(exc, "message", "") or str(exc) or type(exc).__name__
        raise SelfTestFailure(name, f"{type(exc).__name__}: {message}") from exc


def run_self_test(folder: Path | None = None, *, window: bool = True) -> SelfTestResult:
    """Run every step in ``folder`` (a new temporary folder when None, removed afterwards)."""
    began = time.perf_counter()
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="samvirke-selvtest-") as temporary:
            result = _run(Path(temporary), window=window)
    else:
        Path(folder).mkdir(parents=True, exist_ok=True)
        result = _run(Path(folder), window=window)
    result.seconds = time.perf_counter() - began
    return result


def _run(folder: Path, *, window: bool) -> SelfTestResult:
    from samvirke_desktop.db import connection

    try:
        with _step("programfilene"):
            schema_version = _check_installation()
        result = SelfTestResult(version=__version__, schema=schema_version)
        with _step("ny database"):
            _check_new_database(folder / "ny.db")
        with _step("oppgradering av en eldre database"):
            result.upgraded_from = _check_upgrade(folder / "eldre.db")
        with _step("demodata"):
            demo = folder / "demo.db"
            result.residents, result.sessions = _write_demo(demo)
        with _step("PDF-rapporter"):
            result.reports = _check_reports(folder / "rapporter")
        if window:
            with _step("programvinduet"):
                result.window_pages = _check_window(demo, folder / "innstillinger")
        return result
    finally:
        connection.close_database()


# --- the program's own files -----------------------------------------------------------

def _check_installation() -> int:
    from samvirke_desktop import paths
    from samvirke_desktop.db import schema
    from samvirke_desktop.reports import fonts

    if __version__ == UNKNOWN_VERSION:
        raise _Problem("Samvirke kjenner ikke sitt eget versjonsnummer (pakkeopplysningene "
                       "mangler i installasjonen). Bygg eller installer Samvirke på nytt.")
    if schema.LATEST_VERSION < 1 or not any(schema.MIGRATIONS_DIR.glob("[0-9]*.py")):
        raise _Problem(f"Finner ingen databasemigreringer i «{schema.MIGRATIONS_DIR}».")
    needed = [paths.resource("fonts", name) for name in fonts.FILES.values()]
    needed.append(paths.resource("icons", "samvirke.svg"))
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise _Problem("Disse filene mangler i installasjonen: " + ", ".join(missing))
    try:  # Arabic names in the reports need their letters joined and reordered
        arabic = fonts.visual_order("فاطمة")
    except ImportError as exc:
        raise _Problem(f"Modulen for arabisk skrift i rapportene mangler ({exc.name}). "
                       "Bygg eller installer Samvirke på nytt.") from exc
    if arabic != "\ufe94\ufee4\ufec3\ufe8e\ufed3":
        raise _Problem("Arabiske navn blir ikke satt riktig sammen i rapportene.")
    return schema.LATEST_VERSION


# --- databases ---------------------------------------------------------------------------

def _check_new_database(path: Path) -> None:
    from samvirke_desktop.db import connection, schema
    from samvirke_desktop.db.models import ALL_MODELS

    opened = connection.open_database(path, create=True)
    try:
        db = opened.database
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        if version != schema.LATEST_VERSION:
            raise _Problem(f"Den nye databasen fikk skjema {version}, ventet "
                           f"{schema.LATEST_VERSION}.")
        tables = set(db.get_tables())
        missing = sorted(m._meta.table_name for m in ALL_MODELS
                         if m._meta.table_name not in tables)
        if missing:
            raise _Problem("Migreringene laget ikke tabellene " + ", ".join(missing) + ".")
    finally:
        connection.close_database()


def _check_upgrade(path: Path) -> int | None:
    """A database left at the oldest schema is copied, then upgraded, when opened.

    Returns the schema it was upgraded from (None when there is only one schema so far).
    """
    import peewee
    from playhouse.migrations import Runner

    from samvirke_desktop.db import backup, connection, schema

    db = peewee.SqliteDatabase(str(path))
    runner = Runner(db, directory=str(schema.MIGRATIONS_DIR), table_name=schema.HISTORY_TABLE)
    steps = runner.migrations()
    if len(steps) < 2:
        return None
    oldest = int(re.match(r"\d+", steps[0].name).group())
    with db:
        runner.up(target=steps[0].name)
        db.execute_sql(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db.execute_sql(f"PRAGMA user_version = {oldest}")

    opened = connection.open_database(path, create=False)
    try:
        if opened.migrated_from != oldest:
            raise _Problem(f"Databasen med skjema {oldest} ble ikke oppgradert "
                           f"(oppgradert fra: {opened.migrated_from}).")
        now = opened.database.execute_sql("PRAGMA user_version").fetchone()[0]
        if now != schema.LATEST_VERSION:
            raise _Problem(f"Etter oppgraderingen har databasen skjema {now}, ventet "
                           f"{schema.LATEST_VERSION}.")
    finally:
        connection.close_database()
    copy = opened.backup_path
    if copy is None or not Path(copy).is_file():
        raise _Problem("Det ble ikke tatt noen kopi av databasen før oppgraderingen.")
    if backup.verify_backup_file(Path(copy)) != oldest:
        raise _Problem(f"Kopien «{copy}» har ikke det gamle skjemaet {oldest}.")
    return oldest


def _write_demo(path: Path) -> tuple[int, int]:
    from samvirke_desktop.db import connection
    from samvirke_desktop.db.health import check_file
    from samvirke_desktop.db.models import Resident, Session
    from samvirke_desktop.domain.demo.database import write_demo_database

    write_demo_database(path)
    report = check_file(path)
    if not report.ok:
        raise _Problem("Demodatabasen er ikke hel: " + "; ".join(report.problems))
    connection.open_database(path, create=False)
    residents = Resident.select().count()
    sessions = Session.select().where(Session.cancelled == False).count()
    if not residents or not sessions:
        raise _Problem(f"Demodatabasen fikk {residents} beboere og {sessions} samlinger.")
    return residents, sessions


# --- reports -----------------------------------------------------------------------------

@dataclass
class _Subjects:
    """What the demo data offers to report on."""
    activity_id: int
    activity_name: str
    month_first: datetime.date
    month_last: datetime.date
    volunteer_id: int
    volunteer_name: str
    volunteer_first: datetime.date
    volunteer_last: datetime.date
    application_id: int | None
    funder_name: str
    resident_id: int
    resident_name: str


def _pick_subjects() -> _Subjects:
    import peewee

    from samvirke_desktop.db.models import (
        Activity,
        ActivityApplication,
        Application,
        Attendance,
        Resident,
        Session,
        Volunteer,
        VolunteerPresence,
    )

    held = Session.select().where(Session.cancelled == False)
    busiest = (held.select(Session.activity, peewee.fn.COUNT(Session.id).alias("n"),
                           peewee.fn.MAX(Session.date).alias("latest"))
               .join(Attendance).group_by(Session.activity)
               .order_by(peewee.SQL("n").desc()).first())
    if busiest is None:
        raise _Problem("Demodataene har ingen samlinger med oppmøte å lage rapporter av.")
    activity = Activity.get_by_id(busiest.activity_id)
    latest = _as_date(busiest.latest)
    month_first = latest.replace(day=1)
    month_last = (month_first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)

    hours = peewee.fn.SUM(VolunteerPresence.hours)
    helper = (VolunteerPresence.select(VolunteerPresence.volunteer, hours.alias("h"),
                                       peewee.fn.MIN(Session.date).alias("first"),
                                       peewee.fn.MAX(Session.date).alias("last"))
              .join(Session).group_by(VolunteerPresence.volunteer)
              .order_by(peewee.SQL("h").desc()).first())
    if helper is None:
        raise _Problem("Demodataene har ingen frivillige med timer å lage en timeattest av.")
    volunteer = Volunteer.get_by_id(helper.volunteer_id)

    linked = (Application.select(Application, peewee.fn.COUNT(ActivityApplication.id).alias("n"))
              .join(ActivityApplication).group_by(Application)
              .order_by(peewee.SQL("n").desc(), Application.id).first())
    resident = (Resident.select(Resident, peewee.fn.COUNT(Attendance.id).alias("n"))
                .join(Attendance).group_by(Resident)
                .order_by(peewee.SQL("n").desc(), Resident.id).first())
    if resident is None:
        raise _Problem("Demodataene har ingen beboere med oppmøte å lage en innsynsrapport om.")
    return _Subjects(
        activity_id=activity.id, activity_name=activity.name,
        month_first=month_first, month_last=month_last,
        volunteer_id=volunteer.id,
        volunteer_name=f"{volunteer.first_name} {volunteer.last_name}",
        volunteer_first=_as_date(helper.first), volunteer_last=_as_date(helper.last),
        application_id=linked.id if linked else None,
        funder_name=linked.funder.name if linked else "",
        resident_id=resident.id,
        resident_name=f"{resident.first_name} {resident.last_name}",
    )


def _as_date(value) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _check_reports(out: Path) -> list[ReadBack]:
    from samvirke_desktop.reports.access_report import write_access_report
    from samvirke_desktop.reports.activity_calendar import write_activity_calendar
    from samvirke_desktop.reports.attendance_report import write_attendance_report
    from samvirke_desktop.reports.grant_report import write_grant_report
    from samvirke_desktop.reports.hours_statement import write_hours_statement
    from samvirke_desktop.reports.sign_in_sheet import write_sign_in_sheet

    out.mkdir(parents=True, exist_ok=True)
    s = _pick_subjects()
    month = (s.month_first.year, s.month_first.month)
    made = []

    path = write_attendance_report(out / "oppmoterapport.pdf", s.activity_id, s.month_first,
                                   s.month_last)
    made.append(_read_back("oppmøterapport", path, ["Oppmøterapport", s.activity_name]))
    path = write_sign_in_sheet(out / "oppmoteliste.pdf", s.activity_id, *month)
    made.append(_read_back("oppmøteliste", path, ["Oppmøteliste", s.activity_name]))
    path = write_hours_statement(out / "timeattest.pdf", s.volunteer_id, s.volunteer_first,
                                 s.volunteer_last)
    made.append(_read_back("timeattest", path, ["Timeattest", s.volunteer_name]))
    path = write_activity_calendar(out / "aktivitetskalender.pdf", *month)
    made.append(_read_back("aktivitetskalender", path, ["Aktivitetskalender"]))

    if s.application_id is None:
        raise _Problem("Demodataene har ingen søknad med aktiviteter å lage en rapport til "
                       "tilskuddsgiver av.")
    path = write_grant_report(out / "tilskuddsrapport.pdf", s.application_id)
    grant = _read_back("rapport til tilskuddsgiver", path, ["Rapport til tilskuddsgiver",
                                                            s.funder_name])
    if s.resident_name in _text_of(path):
        raise _Problem(f"Rapporten til tilskuddsgiver nevner deltakeren «{s.resident_name}» "
                       "ved navn; den skal bare ha tall.")
    made.append(grant)
    path = write_access_report(out / "innsyn.pdf", s.resident_id)
    made.append(_read_back("innsynsrapport", path, ["Innsyn", s.resident_name]))
    return made


_STANDARD_FONTS = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def _read_back(title: str, path: Path, words: list[str]) -> ReadBack:
    """Open the PDF with pypdf the way a viewer would and check what it says."""
    from pypdf import PdfReader

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise _Problem(f"{title.capitalize()} ble ikke skrevet til «{path}».")
    reader = PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    if not pages:
        raise _Problem(f"{title.capitalize()} har ingen sider.")
    text = _text_of(path, reader)
    wanted = [*words, f"Side 1 av {len(pages)}"]
    missing = [w for w in wanted if re.sub(r"\s+", " ", w) not in text]
    if missing:
        raise _Problem(f"{title.capitalize()} ({path.name}) mangler teksten "
                       + ", ".join(f"«{w}»" for w in missing) + ".")
    not_embedded = _fonts_not_embedded(reader)
    if not_embedded:
        raise _Problem(f"{title.capitalize()} bruker skrifter som ikke er bygd inn: "
                       + ", ".join(sorted(not_embedded)) + ".")
    return ReadBack(title, path, len(pages))


def _text_of(path: Path, reader=None) -> str:
    """All the PDF's text, runs of whitespace made one space (wrapped cells read as one)."""
    from pypdf import PdfReader

    reader = reader or PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def _fonts_not_embedded(reader) -> set[str]:
    found = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?")).lstrip("/").split("+")[-1]
            descendants = font.get("/DescendantFonts")
            if descendants is not None:
                font = descendants.get_object()[0].get_object()
            descriptor = font.get("/FontDescriptor")
            if (name in _STANDARD_FONTS or descriptor is None
                    or "/FontFile2" not in descriptor.get_object()):
                found.add(name)
    return found


# --- the program window ------------------------------------------------------------------

def _check_window(database: Path, settings_folder: Path) -> int:
    """Build every page, the about box and the user guide on the offscreen platform."""
    from samvirke_desktop.db import connection

    connection.close_database()
    connection.open_database(database, create=False)

    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is None:
        # Our own application: no screen, and settings kept in the temporary folder so the
        # user's own (last database, window size) are never touched.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(settings_folder))
        from samvirke_desktop.gui.app import create_application

        create_application(["samvirke"])

    from samvirke_desktop.gui.about_dialog import AboutDialog
    from samvirke_desktop.gui.icons import app_icon, symbol
    from samvirke_desktop.gui.pages import PAGES, create_page
    from samvirke_desktop.gui.user_guide import GuideDialog

    if app_icon().pixmap(64, 64).isNull():
        raise _Problem("Programikonet kan ikke tegnes (bildefilen eller Qt-tillegget mangler).")
    if symbol(PAGES[0].icon).pixmap(24, 24).isNull():
        raise _Problem("Symbolene i sidemenyen kan ikke tegnes (qtawesome-skriftene mangler).")
    host = QWidget()
    try:
        for page in PAGES:
            create_page(page.key, host)
        AboutDialog(str(database), "", host)
        guide = GuideDialog(host)
        if "Brukerveiledning" not in guide.document_text():
            raise _Problem("Brukerveiledningen er tom eller mangler.")
    finally:
        host.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(PAGES)


# --- the command -------------------------------------------------------------------------

def main(*, window: bool = True) -> int:
    """Run the self-test and print one line: the summary (exit 0) or the reason (exit 1)."""
    try:
        # The steps' own chatter (e.g. report commands) stays out of the one-line answer.
        with contextlib.redirect_stdout(io.StringIO()):
            result = run_self_test(window=window)
    except SelfTestFailure as exc:
        print(f"Selvtesten feilet under «{exc.step}»: {exc.reason}", file=sys.stderr)
        cause = exc.__cause__
        if cause is not None and not isinstance(cause, (_Problem, SamvirkeError)):
            # Not a foreseen problem: the details help whoever builds the program.
            traceback.print_exception(cause, file=sys.stderr)
        return 1
    print(result.summary())
    return 0
