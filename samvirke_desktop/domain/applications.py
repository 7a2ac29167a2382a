"""Grant applications as the team sees them in lists."""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from samvirke_desktop.db.models import Application, Funder
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

    @property
    def status_label(self) -> str:
        return APPLICATION_STATUS_LABELS.get(self.status, self.status)


def _kroner(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(CENT)


def list_applications(*, include_archived: bool = False) -> list[ApplicationRow]:
    """Newest period first, as the team mostly works on this year's applications."""
    query = (Application
             .select(Application.id, Application.title, Funder.name, Application.period_start,
                     Application.period_end, Application.status, Application.amount_applied,
                     Application.amount_granted, Application.archived)
             .join(Funder, on=(Application.funder == Funder.id))
             .order_by(Application.period_start.desc(), Application.title, Application.id))
    if not include_archived:
        query = query.where(Application.archived == False)
    return [ApplicationRow(aid, title, funder, start, end, status, _kroner(applied) or Decimal(0),
                           _kroner(granted), bool(archived))
            for aid, title, funder, start, end, status, applied, granted, archived
            in query.tuples()]


def count_ongoing_applications() -> int:
    return (Application.select()
            .where((Application.archived == False)
                   & Application.status.in_(ONGOING_STATUSES))
            .count())
