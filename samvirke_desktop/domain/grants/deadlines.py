"""Deadlines of applications: what is due soon, and what passed while the status stood still.

Each deadline only matters while the application is in a status where the work is
still ahead:

* søknadsfrist: while the application is a draft (once sent, it is met);
* fremdriftsrapport and sluttrapport: while the grant is granted or partly granted;
* regnskap: while granted, partly granted or reported (the accounts often follow the
  report); met when the application is closed.

A passed deadline is flagged when the status shows the work was not done: a draft
after the søknadsfrist, a grant not "rapportert"/"avsluttet" after the sluttrapport
deadline, not "avsluttet" after the regnskap deadline. A progress report has no status
of its own, so a passed fremdriftsrapport deadline is never flagged (it would stay
flagged for good even after the report was sent).

Archived applications are left out. ``today`` is always passed in by the caller.
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.models import Application, Funder
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.grants.application_status import status_label
from samvirke_desktop.domain.team import permissions

DEFAULT_DAYS = 30


@dataclass(frozen=True)
class DeadlineKind:
    code: str
    label: str
    field: str
    open_statuses: tuple[str, ...]  # statuses in which the work is still ahead
    flag_when_passed: bool


KINDS: tuple[DeadlineKind, ...] = (
    DeadlineKind("application", "Søknadsfrist", "deadline_application", ("draft",), True),
    DeadlineKind("progress_report", "Fremdriftsrapport", "deadline_progress_report",
                 ("granted", "partly_granted"), False),
    DeadlineKind("final_report", "Sluttrapport", "deadline_final_report",
                 ("granted", "partly_granted"), True),
    DeadlineKind("accounts", "Regnskap", "deadline_accounts",
                 ("granted", "partly_granted", "reported"), True),
)
KIND_LABELS = {k.code: k.label for k in KINDS}


@dataclass(frozen=True)
class Deadline:
    application_id: int
    title: str
    funder: str
    kind: str            # application, progress_report, final_report, accounts
    label: str           # Søknadsfrist, Fremdriftsrapport, Sluttrapport, Regnskap
    due: datetime.date
    days_left: int       # negative when passed
    status: str
    status_label: str

    @property
    def passed(self) -> bool:
        return self.days_left < 0

    @property
    def message(self) -> str:
        """Norwegian, e.g. "Sluttrapport for «Leksehjelp 2026» (Bufdir): frist i morgen, 02.06.2026"."""
        head = f"{self.label} for «{self.title}» ({self.funder})"
        if self.days_left < 0:
            days = -self.days_left
            ago = "i går" if days == 1 else f"for {days} dager siden"
            return (f"{head}: fristen {date_no(self.due)} gikk ut {ago}, men søknaden står "
                    f"fortsatt som «{self.status_label}».")
        if self.days_left == 0:
            when = "frist i dag"
        elif self.days_left == 1:
            when = "frist i morgen"
        else:
            when = f"frist om {self.days_left} dager"
        return f"{head}: {when}, {date_no(self.due)}."


@dataclass(frozen=True)
class DeadlineOverview:
    upcoming: tuple[Deadline, ...]  # due today … today + days, soonest first
    passed: tuple[Deadline, ...]    # passed while the status stood still, oldest first


def deadline_overview(today: datetime.date, days: int = DEFAULT_DAYS) -> DeadlineOverview:
    """Upcoming and passed deadlines across all applications, in one query."""
    permissions.require(permissions.VIEW_APPLICATIONS)
    horizon = today + datetime.timedelta(days=days)
    open_statuses = sorted({s for k in KINDS for s in k.open_statuses})
    any_due = None
    for kind in KINDS:
        field = getattr(Application, kind.field)
        condition = (field <= horizon) & Application.status.in_(kind.open_statuses)
        any_due = condition if any_due is None else (any_due | condition)
    rows = (Application
            .select(Application.id, Application.title, Application.status, Funder.name,
                    Funder.short_name, *(getattr(Application, k.field) for k in KINDS))
            .join(Funder)
            .where((Application.archived == False) & Application.status.in_(open_statuses)
                   & any_due))
    upcoming, passed = [], []
    for app in rows:
        funder = app.funder.short_name or app.funder.name
        for kind in KINDS:
            due = getattr(app, kind.field)
            if due is None or app.status not in kind.open_statuses:
                continue
            left = (due - today).days
            item = Deadline(app.id, app.title, funder, kind.code, kind.label, due, left,
                            app.status, status_label(app.status))
            if 0 <= left <= days:
                upcoming.append(item)
            elif left < 0 and kind.flag_when_passed:
                passed.append(item)
    order = [k.code for k in KINDS]
    key = lambda d: (d.due, order.index(d.kind), d.title.casefold(), d.application_id)
    return DeadlineOverview(tuple(sorted(upcoming, key=key)), tuple(sorted(passed, key=key)))


def upcoming_deadlines(today: datetime.date, days: int = DEFAULT_DAYS) -> list[Deadline]:
    return list(deadline_overview(today, days).upcoming)


def passed_deadlines(today: datetime.date) -> list[Deadline]:
    return list(deadline_overview(today, 0).passed)
