"""Grant applications as the team sees them in lists: filters, and sums per year.

An application belongs to the year its period starts ("søknadsåret"): the year filter
and the sums per year both use it, so a three-year grant is counted once, in its first
year, and the sums never count the same money twice.
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from samvirke_desktop.db.models import Application, Funder
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import APPLICATION_STATUS_LABELS

CENT = Decimal("0.01")

# Applications the team still works on: being written, waiting for an answer, or running.
ONGOING_STATUSES = ("draft", "sent", "granted", "partly_granted")


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    id: int
    title: str
    funder: str
    period_start: datetime.date
    period_end: datetime.date
    status: str
    amount_applied: Decimal
    amount_granted: Decimal | None
    archived: bool
    funder_id: int | None = None
    funder_name: str = ""  # the full name; ``funder`` is the short name when there is one

    @property
    def status_label(self) -> str:
        return APPLICATION_STATUS_LABELS.get(self.status, self.status)

    @property
    def year(self) -> int:
        """The application's year: the year its period starts."""
        return self.period_start.year


@dataclass(frozen=True, slots=True)
class YearSums:
    year: int
    count: int
    applied: Decimal
    granted: Decimal
    granted_count: int  # applications with an amount granted (0 kr included)


def _kroner(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(CENT)


def list_applications(*, include_archived: bool = False, status: str | None = None,
                      funder_id: int | None = None, year: int | None = None) -> list[ApplicationRow]:
    """Newest period first, as the team mostly works on this year's applications.

    ``status``, ``funder_id`` and ``year`` (the year the period starts) narrow the list.
    """
    permissions.require(permissions.VIEW_APPLICATIONS)
    query = (Application
             .select(Application.id, Application.title, Funder.name, Application.period_start,
                     Application.period_end, Application.status, Application.amount_applied,
                     Application.amount_granted, Application.archived, Funder.id,
                     Funder.short_name)
             .join(Funder, on=(Application.funder == Funder.id))
             .order_by(Application.period_start.desc(), Application.title, Application.id))
    if not include_archived:
        query = query.where(Application.archived == False)
    if status:
        query = query.where(Application.status == status)
    if funder_id is not None:
        query = query.where(Application.funder == funder_id)
    if year is not None:
        query = query.where((Application.period_start >= datetime.date(year, 1, 1))
                            & (Application.period_start <= datetime.date(year, 12, 31)))
    return [ApplicationRow(aid, title, short or funder, start, end, status,
                           _kroner(applied) or Decimal(0), _kroner(granted), bool(archived), fid,
                           funder)
            for aid, title, funder, start, end, status, applied, granted, archived, fid, short
            in query.tuples()]


def filter_rows(rows, *, status: str | None = None, funder_id: int | None = None,
                year: int | None = None) -> list[ApplicationRow]:
    """The rows that pass the same filters as ``list_applications`` (for a list already read)."""
    return [r for r in rows
            if (not status or r.status == status)
            and (funder_id is None or r.funder_id == funder_id)
            and (year is None or r.year == year)]


def application_years(rows) -> list[int]:
    """The years that have applications, newest first."""
    return sorted({r.year for r in rows}, reverse=True)


def sums_per_year(rows) -> list[YearSums]:
    """Applied and granted per year (the year the period starts), newest year first.

    Granted sums what was granted; applications still waiting (no amount) add nothing.
    """
    totals: dict[int, list] = {}
    for row in rows:
        entry = totals.setdefault(row.year, [0, Decimal("0.00"), Decimal("0.00"), 0])
        entry[0] += 1
        entry[1] += row.amount_applied
        if row.amount_granted is not None:
            entry[2] += row.amount_granted
            entry[3] += 1
    return [YearSums(year, count, applied, granted, granted_count)
            for year, (count, applied, granted, granted_count)
            in sorted(totals.items(), reverse=True)]


def count_ongoing_applications() -> int:
    return (Application.select()
            .where((Application.archived == False)
                   & Application.status.in_(ONGOING_STATUSES))
            .count())
