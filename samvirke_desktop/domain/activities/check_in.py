"""What the check-in screen shows for one session, read in a handful of quick queries.

The writes (a tick, a walk-in, head counts, volunteer hours, notes) live in
``domain.attendance``; this module only reads, so the screen can reload cheaply whenever a
colleague's PC has saved something for the same session.
"""
import datetime
from dataclasses import dataclass
from decimal import Decimal

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import (
    Activity,
    ActivityVolunteer,
    Consent,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.activities.attendance import HeadCountRow, Roster
from samvirke_desktop.domain.formatting import date_no, time_no
from samvirke_desktop.domain.people.police_certificate import (
    CertificateCheck,
    certificate_status,
    children_warning_text,
)
from samvirke_desktop.domain.person_names import full_name, sort_text
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.domain.vocabulary import WEEKDAY_LABELS
from samvirke_desktop.errors import RecordGone

PHOTO = "photo"


@dataclass(frozen=True)
class CheckInSession:
    id: int
    version: int
    activity_id: int
    activity_name: str
    activity_kind: str
    with_children: bool
    head_count_only: bool
    site_id: int | None
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    place: str
    topic: str
    cancelled: bool
    cancel_reason: str
    notes: str
    nobody_came: bool = False

    @property
    def hours(self) -> Decimal | None:
        """The session's length: the default hours of a volunteer who was there."""
        return attendance.session_length(self.start_time, self.end_time)

    @property
    def when(self) -> str:
        """«tirsdag 01.09.2026 kl. 17:00–19:00»"""
        text = f"{WEEKDAY_LABELS[self.date.isoweekday()]} {date_no(self.date)}"
        if self.start_time and self.end_time:
            text += f" kl. {time_no(self.start_time)}–{time_no(self.end_time)}"
        elif self.start_time:
            text += f" kl. {time_no(self.start_time)}"
        return text


def _date(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def session_info(session_id: int) -> CheckInSession:
    row = (Session
           .select(Session.id, Session.version, Session.activity, Activity.name, Activity.kind,
                   Activity.with_children, Activity.head_count_only, Activity.site,
                   Session.date, Session.start_time, Session.end_time, Session.place,
                   Activity.place, Session.topic, Session.cancelled, Session.cancel_reason,
                   Session.notes, Session.nobody_came)
           .join(Activity, on=(Activity.id == Session.activity))
           .where(Session.id == session_id).tuples().first())
    if row is None:
        raise RecordGone("Samlingen finnes ikke lenger; en kollega kan ha slettet den. Lukk "
                         "oppmøtet og åpne aktiviteten på nytt.")
    (sid, version, activity_id, name, kind, with_children, head_count_only, site_id, day,
     start, end, place, activity_place, topic, cancelled, reason, notes, nobody_came) = row
    permissions.require_check_in(activity_id)
    return CheckInSession(sid, version, activity_id, name, kind, bool(with_children),
                          bool(head_count_only), site_id, _date(day), start, end,
                          place or activity_place or "", topic or "", bool(cancelled),
                          reason or "", notes or "", bool(nobody_came))


def withdrawn_photo_consents(resident_ids, on: datetime.date) -> frozenset[int]:
    """Residents whose latest photo consent was withdrawn on or before ``on``.

    A consent given again after a withdrawal counts: only the latest one decides.
    """
    ids = sorted(set(resident_ids))
    latest: dict[int, tuple] = {}
    for start in range(0, len(ids), attendance.SQL_CHUNK):
        chunk = ids[start:start + attendance.SQL_CHUNK]
        rows = (Consent.select(Consent.resident, Consent.id, Consent.given_date,
                               Consent.withdrawn_date)
                .where((Consent.kind == PHOTO) & Consent.resident.in_(chunk)).tuples())
        for resident_id, consent_id, given, withdrawn in rows:
            key = (_date(given) or datetime.date.min, consent_id)
            if resident_id not in latest or key > latest[resident_id][0]:
                latest[resident_id] = (key, _date(withdrawn))
    return frozenset(rid for rid, (_, withdrawn) in latest.items()
                     if withdrawn is not None and withdrawn <= on)


# --- volunteers ---------------------------------------------------------------------------

@dataclass(frozen=True)
class CheckInVolunteer:
    volunteer_id: int
    first_name: str
    last_name: str
    regular: bool                   # one of the activity's regular volunteers
    hours: Decimal | None           # registered at the session; None: not registered
    certificate: CertificateCheck   # on the session day
    warning_text: str | None        # set on an activity with children without a valid check

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def present(self) -> bool:
        return self.hours is not None

    @property
    def warning(self) -> bool:
        return self.warning_text is not None


_CERTIFICATE_FIELDS = (Volunteer.police_certificate_required,
                       Volunteer.police_certificate_requested,
                       Volunteer.police_certificate_issued, Volunteer.police_certificate_shown,
                       Volunteer.police_certificate_renewal_years)


def checkin_volunteers(session: CheckInSession, also=()) -> list[CheckInVolunteer]:
    """The activity's regular volunteers who are active on the day, everyone registered, and
    the volunteers ``also`` asked for (picked on the screen, hours not typed yet).

    Sorted by first name like the participants; each with the certificate status on the
    session day and the warning to show on an activity with children.
    """
    hours = dict(VolunteerPresence.select(VolunteerPresence.volunteer, VolunteerPresence.hours)
                 .where(VolunteerPresence.session == session.id).tuples())
    regular = {v for (v,) in ActivityVolunteer.select(ActivityVolunteer.volunteer)
               .where(ActivityVolunteer.activity == session.activity_id).tuples()}
    also = set(also)
    ids = sorted(set(hours) | regular | also)
    if not ids:
        return []
    activity = {"name": session.activity_name, "with_children": session.with_children}
    found = []
    for start in range(0, len(ids), attendance.SQL_CHUNK):
        found.extend(Volunteer
                     .select(Volunteer.id, Volunteer.first_name, Volunteer.last_name,
                             Volunteer.archived, Volunteer.anonymised_at, Volunteer.start_date,
                             Volunteer.end_date, *_CERTIFICATE_FIELDS)
                     .where(Volunteer.id.in_(ids[start:start + attendance.SQL_CHUNK]))
                     .dicts())
    result = []
    for row in found:
        vid = row["id"]
        if vid not in hours and vid not in also:  # a regular volunteer: only while active
            ended = row["end_date"] is not None and _date(row["end_date"]) < session.date
            not_begun = row["start_date"] is not None and _date(row["start_date"]) > session.date
            if row["archived"] or row["anonymised_at"] is not None or ended or not_begun:
                continue
        result.append(CheckInVolunteer(
            vid, row["first_name"], row["last_name"], vid in regular,
            None if vid not in hours else Decimal(str(hours[vid])).quantize(Decimal("0.01")),
            certificate_status(row, session.date),
            children_warning_text(row, activity, on=session.date)))
    result.sort(key=lambda v: (sort_text(v.first_name), sort_text(v.last_name), v.volunteer_id))
    return result


@dataclass(frozen=True)
class VolunteerCandidate:
    volunteer_id: int
    first_name: str
    last_name: str

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name)


def search_volunteers(text: str, limit: int = 10) -> list[VolunteerCandidate]:
    """Volunteers whose name, phone or e-mail words start with each word typed."""
    permissions.require_any(permissions.VIEW_PEOPLE, permissions.CHECK_IN_ANY,
                            permissions.CHECK_IN_OWN)
    words = fold(text or "").split()
    if not words:
        return []
    condition = ~Volunteer.archived & Volunteer.anonymised_at.is_null()
    for word in words:
        condition &= (Volunteer.search_text.startswith(word)
                      | Volunteer.search_text.contains(" " + word))
    return [VolunteerCandidate(*row) for row in
            Volunteer.select(Volunteer.id, Volunteer.first_name, Volunteer.last_name)
            .where(condition).order_by(Volunteer.search_text).limit(limit).tuples()]


# --- everything at once -------------------------------------------------------------------

@dataclass(frozen=True)
class CheckInData:
    session: CheckInSession
    roster: Roster
    photo_withdrawn: frozenset[int]
    volunteers: list[CheckInVolunteer]
    head_counts: list[HeadCountRow]

    @property
    def head_count_total(self) -> int:
        return sum(row.count for row in self.head_counts)


def load_check_in(session_id: int) -> CheckInData:
    """Everything the check-in screen shows for ``session_id``."""
    session = session_info(session_id)
    roster = attendance.checkin_roster(session_id)
    photo = withdrawn_photo_consents((e.resident_id for e in roster.entries), session.date)
    heads = attendance.head_counts(session_id)
    return CheckInData(session, roster, photo, checkin_volunteers(session), heads)


# --- the head-count table on the check-in screen ------------------------------------------

# Age bands fine enough to be summed into any funder's bands (Bufdir 0–24, Gjensidige
# <12/13–19/20–25…), matching the bands the demo and the sign-in sheet use.
HEAD_COUNT_BANDS: tuple[tuple[int | None, int | None, str], ...] = (
    (0, 5, "0–5 år"),
    (6, 12, "6–12 år"),
    (13, 19, "13–19 år"),
    (20, None, "20 år og eldre"),
    (None, None, "Alder ukjent"),
)
HEAD_COUNT_GENDERS: tuple[tuple[str | None, str], ...] = (
    ("female", "Jenter/\nkvinner"),
    ("male", "Gutter/\nmenn"),
    (None, "Kjønn\nukjent"),
)


def head_count_cells(rows: list[HeadCountRow]) -> tuple[dict[tuple, int], int]:
    """The head counts as cells of the screen's table, and the count in rows it has no cell
    for (entered elsewhere with other bands, e.g. imported)."""
    keys = {(a, b, g) for a, b, _ in HEAD_COUNT_BANDS for g, _ in HEAD_COUNT_GENDERS}
    cells: dict[tuple, int] = {}
    other = 0
    for row in rows:
        key = (row.age_from, row.age_to, row.gender)
        if key in keys:
            cells[key] = cells.get(key, 0) + row.count
        else:
            other += row.count
    return cells, other
