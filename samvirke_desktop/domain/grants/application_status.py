"""An application's status, from draft to closed, with a dated history of every change.

The usual path is utkast → sendt → innvilget / delvis innvilget / avslått → rapportert
→ avsluttet. The rules are deliberately loose, because the status often gets registered
after the fact:

* Any status can be set back to an earlier one: a wrong click is corrected, and a
  rejected application can be reopened after a complaint.
* Steps may be skipped forward (a team that forgot to mark "sendt" can go straight to
  "innvilget"); the history shows what was registered and when.
* Only "rapportert" requires that money was granted: an application that is still a
  draft, only sent, or rejected has nothing to report on.
* Setting the status it already has is refused, so the history holds real changes only.
"""
import datetime
from dataclasses import dataclass

from samvirke_desktop.db.models import APPLICATION_STATUSES, Application, ApplicationStatusChange
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.vocabulary import APPLICATION_STATUS_LABELS
from samvirke_desktop.errors import RecordGone, ValidationError

GRANTED = ("granted", "partly_granted")

# Statuses that "reported" may follow (besides going back from "closed").
_REPORTABLE_FROM = GRANTED + ("reported", "closed")


def status_label(code: str) -> str:
    return APPLICATION_STATUS_LABELS.get(code, code)


def transition_problem(current: str, new: str) -> str | None:
    """Why ``current`` → ``new`` is refused (Norwegian), or None when it is allowed."""
    if new not in APPLICATION_STATUSES:
        return f"Ukjent status «{new}». Velg en av statusene i listen."
    if new == current:
        return f"Søknaden har allerede status «{status_label(new)}»."
    if new == "reported" and current not in _REPORTABLE_FROM:
        return (f"En søknad med status «{status_label(current)}» kan ikke settes til «Rapportert»: "
                "det er bare innvilgede tilskudd som rapporteres. Sett den først til «Innvilget» "
                "eller «Delvis innvilget».")
    return None


def allowed_next(current: str) -> tuple[str, ...]:
    """The statuses an application with status ``current`` may be given, in the usual order."""
    return tuple(s for s in APPLICATION_STATUSES if transition_problem(current, s) is None)


@write
def change_status(application_id: int, new_status: str, on_date: datetime.date, note: str = "",
                  *, expected_version: int) -> Application:
    """Give the application a new status (version-checked) and record it in its history.

    ``on_date`` is when it happened (the day the application was sent, the decision
    letter's date), which may be earlier than today.
    """
    permissions.require(permissions.EDIT_APPLICATIONS)
    current = Application.get_or_none(Application.id == application_id)
    if current is None:
        raise RecordGone("Søknaden finnes ikke lenger. Den kan være slettet av en kollega.")
    errors = {}
    problem = transition_problem(current.status, new_status)
    if problem:
        errors["status"] = problem
    if not isinstance(on_date, datetime.date) or isinstance(on_date, datetime.datetime):
        errors["changed_on"] = "Skriv datoen statusen ble endret, for eksempel 05.06.2026."
    if errors:
        raise ValidationError(errors)
    updated = record_changes.update(Application, application_id, expected_version, status=new_status)
    ApplicationStatusChange.create(
        application=application_id, status=new_status, changed_on=on_date,
        changed_by=actor.current().username, note=(note or "").strip(),
    )
    return updated


@dataclass(frozen=True)
class StatusChange:
    status: str
    label: str
    changed_on: datetime.date
    changed_at: datetime.datetime
    changed_by: str
    note: str


def history(application_id: int) -> list[StatusChange]:
    """Every status change of the application, oldest first."""
    permissions.require(permissions.VIEW_APPLICATIONS)
    rows = (ApplicationStatusChange
            .select()
            .where(ApplicationStatusChange.application == application_id)
            .order_by(ApplicationStatusChange.changed_on, ApplicationStatusChange.changed_at,
                      ApplicationStatusChange.id))
    return [StatusChange(r.status, status_label(r.status), r.changed_on, r.changed_at,
                         r.changed_by, r.note) for r in rows]
