"""Police certificates (politiattest) of volunteers: valid, soon to expire, expired or missing.

Only the fact that a certificate was seen is stored, never the certificate. It counts
from the day it was shown to the team (``police_certificate_shown``), or from the day it
was issued when the shown date is missing, and must be renewed after
``police_certificate_renewal_years`` (3 unless set).

Rules, evaluated on a given day (today, or the session's date):
- ``expires_on`` = counted-from date + renewal years (29 February → 28 February). On that
  day and after, the certificate is EXPIRED: the date is the first day it no longer counts.
- EXPIRING: still valid, but ``expires_on`` is at most 60 days away. It is still valid.
- MISSING: no shown or issued date, or one that lies after the day evaluated (not seen yet).
- NOT_REQUIRED: the team marked the volunteer as not needing one (adult-only work).

A volunteer needs a warning before being put on an activity with children when the status
is EXPIRED or MISSING; VALID, EXPIRING and NOT_REQUIRED need none.
"""
import datetime
import enum
from dataclasses import dataclass
from typing import Any

from samvirke_desktop.db.models import Volunteer
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.team import permissions

DEFAULT_RENEWAL_YEARS = 3
EXPIRING_WITHIN_DAYS = 60


class CertificateStatus(enum.Enum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    MISSING = "missing"
    NOT_REQUIRED = "not_required"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    CertificateStatus.VALID: "Gyldig",
    CertificateStatus.EXPIRING: "Utløper snart",
    CertificateStatus.EXPIRED: "Utløpt",
    CertificateStatus.MISSING: "Mangler",
    CertificateStatus.NOT_REQUIRED: "Ikke påkrevd",
}

# Statuses under which a volunteer may work with children without a warning.
OK_FOR_CHILDREN = frozenset({CertificateStatus.VALID, CertificateStatus.EXPIRING,
                             CertificateStatus.NOT_REQUIRED})


@dataclass(frozen=True)
class CertificateCheck:
    status: CertificateStatus
    expires_on: datetime.date | None = None
    counted_from: datetime.date | None = None   # shown date, else issued date
    requested_on: datetime.date | None = None
    days_left: int | None = None                # until expires_on; negative when expired

    @property
    def label(self) -> str:
        return self.status.label

    @property
    def ok_for_children(self) -> bool:
        return self.status in OK_FOR_CHILDREN

    def describe(self) -> str:
        """One line for a table cell or a tooltip, e.g. "Utløper snart (05.06.2026)"."""
        if self.status is CertificateStatus.MISSING and self.requested_on:
            return f"Mangler (bestilt {date_no(self.requested_on)})"
        if self.status is CertificateStatus.EXPIRED:
            return f"Utløpt {date_no(self.expires_on)}"
        if self.status in (CertificateStatus.VALID, CertificateStatus.EXPIRING):
            return f"{self.label} (til {date_no(self.expires_on)})"
        return self.label


def add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year + years, day=28)


def _field(source: Any, name: str, default=None):
    if isinstance(source, dict):
        return source.get(name, default)
    return getattr(source, name, default)


def certificate_status(volunteer_or_fields: Volunteer | dict,
                       today: datetime.date | None = None) -> CertificateCheck:
    """The certificate status of a volunteer (or a dict of the volunteer's fields) on ``today``."""
    today = today or datetime.date.today()
    source = volunteer_or_fields
    requested = _field(source, "police_certificate_requested")
    if not _field(source, "police_certificate_required", True):
        return CertificateCheck(CertificateStatus.NOT_REQUIRED, requested_on=requested)
    counted_from = (_field(source, "police_certificate_shown")
                    or _field(source, "police_certificate_issued"))
    if counted_from is None or counted_from > today:
        return CertificateCheck(CertificateStatus.MISSING, requested_on=requested)
    years = _field(source, "police_certificate_renewal_years") or DEFAULT_RENEWAL_YEARS
    expires_on = add_years(counted_from, years)
    days_left = (expires_on - today).days
    if days_left <= 0:
        status = CertificateStatus.EXPIRED
    elif days_left <= EXPIRING_WITHIN_DAYS:
        status = CertificateStatus.EXPIRING
    else:
        status = CertificateStatus.VALID
    return CertificateCheck(status, expires_on, counted_from, requested, days_left)


def needs_children_warning(volunteer: Volunteer | dict, activity: Any,
                           on: datetime.date | None = None) -> bool:
    """Whether putting ``volunteer`` on ``activity`` on day ``on`` must be flagged.

    Only activities with children (``activity.with_children``; a bool is accepted too)
    need a check, and only EXPIRED and MISSING certificates are flagged.
    """
    with_children = activity if isinstance(activity, bool) else _field(activity, "with_children",
                                                                        True)
    if not with_children:
        return False
    return not certificate_status(volunteer, on).ok_for_children


def children_warning_text(volunteer: Volunteer | dict, activity: Any,
                          on: datetime.date | None = None) -> str | None:
    """The warning to show, or None when none is needed."""
    if not needs_children_warning(volunteer, activity, on):
        return None
    check = certificate_status(volunteer, on)
    name = " ".join(filter(None, [_field(volunteer, "first_name", ""),
                                  _field(volunteer, "last_name", "")])) or "Den frivillige"
    activity_name = "" if isinstance(activity, bool) else _field(activity, "name", "")
    where = f"«{activity_name}» er" if activity_name else "Aktiviteten er"
    if check.status is CertificateStatus.EXPIRED:
        state = f"politiattesten til {name} gikk ut {date_no(check.expires_on)}"
    else:
        state = f"{name} har ikke vist politiattest"
    return (f"{state[0].upper()}{state[1:]}. {where} en aktivitet med barn. Se en gyldig "
            "politiattest før vedkommende er med, og registrer datoen på den frivillige.")


@dataclass(frozen=True)
class CertificateAlert:
    volunteer_id: int
    first_name: str
    last_name: str
    phone: str
    email: str
    check: CertificateCheck

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def certificate_alerts(within_days: int = EXPIRING_WITHIN_DAYS,
                       today: datetime.date | None = None, *,
                       include_missing: bool = False) -> list[CertificateAlert]:
    """Active volunteers whose certificate has expired or expires within ``within_days``.

    One query: a coarse date bound in SQL (every renewal interval is at least a year),
    the exact rule in Python so screen and query never disagree. Archived volunteers and
    those whose end date has passed are left out. Expired first, then by expiry date;
    missing certificates (when asked for) come last.
    """
    permissions.require(permissions.VIEW_PEOPLE)
    today = today or datetime.date.today()
    horizon = today + datetime.timedelta(days=within_days)
    counted = (Volunteer.police_certificate_shown.is_null(False)
               | Volunteer.police_certificate_issued.is_null(False))
    seen_long_ago = ((Volunteer.police_certificate_shown <= add_years(horizon, -1))
                     | (Volunteer.police_certificate_shown.is_null()
                        & (Volunteer.police_certificate_issued <= add_years(horizon, -1))))
    wanted = seen_long_ago
    if include_missing:
        wanted = wanted | ~counted | (Volunteer.police_certificate_shown > today) \
            | (Volunteer.police_certificate_shown.is_null()
               & (Volunteer.police_certificate_issued > today))
    query = (Volunteer
             .select(Volunteer.id, Volunteer.first_name, Volunteer.last_name, Volunteer.phone,
                     Volunteer.email, Volunteer.police_certificate_required,
                     Volunteer.police_certificate_requested, Volunteer.police_certificate_issued,
                     Volunteer.police_certificate_shown,
                     Volunteer.police_certificate_renewal_years)
             .where(Volunteer.police_certificate_required
                    & ~Volunteer.archived
                    & Volunteer.anonymised_at.is_null()
                    & (Volunteer.end_date.is_null() | (Volunteer.end_date >= today))
                    & wanted)
             .dicts())
    alerts = []
    for row in query:
        check = certificate_status(row, today)
        if check.status is CertificateStatus.MISSING:
            if not include_missing:
                continue
        elif check.status is not CertificateStatus.EXPIRED and check.days_left > within_days:
            continue
        alerts.append(CertificateAlert(row["id"], row["first_name"], row["last_name"],
                                       row["phone"], row["email"], check))
    missing_last = datetime.date.max
    alerts.sort(key=lambda a: (a.check.expires_on or missing_last, a.last_name, a.first_name))
    return alerts
