"""The reports Samvirke makes: what each shows, what it asks for and who may make it.

Also the choices the Rapporter page offers around them: the usual periods and the
suggested file name, kept free of widgets so they are easy to test.
"""
import datetime
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from samvirke_desktop.domain.report_periods import month_bounds
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.gui.models.base import RowTableModel

# Parameters a report may ask for; the page shows the fields of the chosen report only.
ACTIVITY, APPLICATION, VOLUNTEER, PERIOD, MONTH, SITE, PAPER, LANGUAGE = (
    "activity", "application", "volunteer", "period", "month", "site", "paper", "language")
# Who signs a statement the team confirms (name and role) and the volunteer's role in it; such
# a report needs the team's name too.
SIGNER = "signer"
# Whether the attendance matrix gives the enrolled who never came a row of their own.
ALL_ENROLLED = "all_enrolled"


@dataclass(frozen=True)
class ReportKind:
    key: str
    name: str
    description: str
    parameters: tuple[str, ...] = ()
    capability: str = permissions.VIEW_ACTIVITIES   # what the role needs to make it
    default_period: str = "last_month"
    file_prefix: str = ""   # shorter than the name, where the name is long

    @property
    def file_label(self) -> str:
        return self.file_prefix or self.name

    def allowed(self) -> bool:
        return permissions.can(self.capability)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def report_kinds() -> list[ReportKind]:
    """All five reports, in the order the team usually needs them."""
    return [
        ReportKind("attendance", translate("ReportKinds", "Oppmøterapport"),
                   translate("ReportKinds", "Én aktivitet i en periode: samlinger, hvem som "
                             "kom, antall og frivilliges timer."),
                   (ACTIVITY, PERIOD, ALL_ENROLLED), permissions.MAKE_NAMED_REPORTS,
                   "last_month"),
        ReportKind("sign_in_sheet", translate("ReportKinds", "Oppmøteliste"),
                   translate("ReportKinds", "Tom liste for en måned til å skrive ut og krysse "
                             "av på papir."),
                   (ACTIVITY, MONTH), permissions.MAKE_NAMED_REPORTS),
        ReportKind("grant_report", translate("ReportKinds", "Rapport til tilskuddsgiver"),
                   translate("ReportKinds", "Deltakere, samlinger, frivillig innsats og "
                             "regnskap for én søknad og periode."),
                   (APPLICATION, PERIOD), permissions.VIEW_STATISTICS, "application",
                   translate("ReportKinds", "Tilskuddsrapport")),
        ReportKind("hour_certificate", translate("ReportKinds", "Timeattest"),
                   translate("ReportKinds", "Timer per aktivitet for én frivillig, til CV "
                             "eller studiet."),
                   (VOLUNTEER, PERIOD, SIGNER), permissions.MAKE_NAMED_REPORTS, "this_year"),
        ReportKind("activity_calendar", translate("ReportKinds", "Aktivitetskalender"),
                   translate("ReportKinds", "Plakat med alle aktivitetene i en måned, lett å "
                             "lese på avstand, på bokmål eller et av beboernes språk."),
                   (MONTH, SITE, PAPER, LANGUAGE), permissions.VIEW_ACTIVITIES),
    ]


def allowed_report_kinds() -> list[ReportKind]:
    """The reports the current user's role may make (the domain checks again)."""
    return [kind for kind in report_kinds() if kind.allowed()]


GRANTED_STATUSES = ("granted", "partly_granted", "reported")


def default_application(rows, today: datetime.date):
    """The application a grant report is most likely wanted for: one granted and running
    today, else the latest granted, else the first listed (None when there are none)."""
    granted = [r for r in rows if r.status in GRANTED_STATUSES]
    running = [r for r in granted if r.period_start <= today <= r.period_end]
    for candidates in (running, granted, list(rows)):
        if candidates:
            return max(candidates, key=lambda r: (r.period_start, r.id))
    return None


# --- periods ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodChoice:
    key: str
    label: str


def period_choices(with_application: bool) -> list[PeriodChoice]:
    choices = [PeriodChoice("this_month", translate("ReportKinds", "Denne måneden")),
               PeriodChoice("last_month", translate("ReportKinds", "Forrige måned")),
               PeriodChoice("this_term", translate("ReportKinds", "Dette semesteret")),
               PeriodChoice("last_term", translate("ReportKinds", "Forrige semester")),
               PeriodChoice("this_year", translate("ReportKinds", "I år")),
               PeriodChoice("last_year", translate("ReportKinds", "I fjor"))]
    if with_application:
        choices.insert(0, PeriodChoice("application", translate("ReportKinds", "Hele søknadsperioden")))
    choices.append(PeriodChoice("custom", translate("ReportKinds", "Egne datoer")))
    return choices


def _term(year: int, spring: bool) -> tuple[datetime.date, datetime.date]:
    """Vårsemester January–June, høstsemester July–December."""
    if spring:
        return datetime.date(year, 1, 1), datetime.date(year, 6, 30)
    return datetime.date(year, 7, 1), datetime.date(year, 12, 31)


def period_dates(key: str, today: datetime.date) -> tuple[datetime.date, datetime.date] | None:
    """The dates of a usual period on ``today``; None for «application» and «custom»."""
    if key == "this_month":
        return month_bounds(today.year, today.month)
    if key == "last_month":
        last = today.replace(day=1) - datetime.timedelta(days=1)
        return month_bounds(last.year, last.month)
    spring = today.month <= 6
    if key == "this_term":
        return _term(today.year, spring)
    if key == "last_term":
        return _term(today.year - 1, False) if spring else _term(today.year, True)
    if key == "this_year":
        return datetime.date(today.year, 1, 1), datetime.date(today.year, 12, 31)
    if key == "last_year":
        return datetime.date(today.year - 1, 1, 1), datetime.date(today.year - 1, 12, 31)
    return None


def month_choices(today: datetime.date, back: int = 12, ahead: int = 12) -> list[tuple[int, int]]:
    """(year, month) from ``back`` months ago to ``ahead`` months on, oldest first."""
    base = today.year * 12 + today.month - 1
    return [(n // 12, n % 12 + 1) for n in range(base - back, base + ahead + 1)]


# --- file names ---------------------------------------------------------------------------

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
MAX_NAME_PART = 60


def period_name(first: datetime.date, last: datetime.date) -> str:
    """2026-01 for a whole month, 2026 for a whole year, else 2026-01-05–2026-03-31."""
    if first.day == 1 and (first.year, first.month) == (last.year, last.month) \
            and month_bounds(first.year, first.month)[1] == last:
        return f"{first:%Y-%m}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) \
            and first.year == last.year:
        return str(first.year)
    return f"{first:%Y-%m-%d}\u2013{last:%Y-%m-%d}"


def file_name(*parts: str) -> str:
    """«Oppmøterapport Leksehjelp 2026-01.pdf»: parts joined, characters Windows refuses
    in file names left out, each part kept short."""
    cleaned = []
    for part in parts:
        part = _NOT_IN_FILE_NAMES.sub(" ", part or "").strip(" .")
        part = re.sub(r"\s+", " ", part)
        if len(part) > MAX_NAME_PART:
            part = part[:MAX_NAME_PART].rstrip(" .–-")
        if part:
            cleaned.append(part)
    return " ".join(cleaned) + ".pdf"


class ReportKindTableModel(RowTableModel):
    COL_NAME, COL_DESCRIPTION = range(2)

    def headers(self):
        return [self.tr("Rapport"), self.tr("Hva den viser")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_DESCRIPTION:
            return row.description
        return ""

    def tooltip(self, row, column):
        return row.description
