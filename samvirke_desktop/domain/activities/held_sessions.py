"""One definition of a held session, used by every report, figure and list.

A session is, as of a day (a report's period end, or today when that is earlier):

- *cancelled*: marked cancelled, whatever its date;
- *planned*: not cancelled and dated after the as-of day;
- *held*: not cancelled, dated on or before the as-of day, and something registered: a
  resident ticked present or absent, a head count, a volunteer, or the check-in mark that
  truly nobody came (then it is held with zero);
- *not registered*: not cancelled, dated on or before the as-of day, and nothing registered.
  It is not counted as held (nor in averages per session); reports list it and warn about it.
"""
import datetime

from peewee import fn

from samvirke_desktop.db.models import Attendance, HeadCount, Session, VolunteerPresence
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

HELD, PLANNED, NOT_REGISTERED, CANCELLED = "held", "planned", "not_registered", "cancelled"
STATE_LABELS = {HELD: QT_TRANSLATE_NOOP("Report", "Holdt"),
                PLANNED: QT_TRANSLATE_NOOP("Report", "Planlagt"),
                NOT_REGISTERED: QT_TRANSLATE_NOOP("Report", "Oppmøte ikke registrert"),
                CANCELLED: QT_TRANSLATE_NOOP("Report", "Avlyst")}
MAX_DATES_SHOWN = 12   # a report's footnote names this many dates, then says how many more


def as_of(period_end: datetime.date, today: datetime.date | None = None) -> datetime.date:
    """The day a report counts to: the period's end, or today when that is earlier."""
    return min(period_end, today or datetime.date.today())


def registered():
    """The condition on ``Session`` that something was registered at it."""
    return ((Session.nobody_came == True)
            | fn.EXISTS(Attendance.select(Attendance.id).where(Attendance.session == Session.id))
            | fn.EXISTS(HeadCount.select(HeadCount.id).where(HeadCount.session == Session.id))
            | fn.EXISTS(VolunteerPresence.select(VolunteerPresence.id)
                        .where(VolunteerPresence.session == Session.id)))


def held(day: datetime.date):
    """The condition on ``Session`` for a session held as of ``day``."""
    return (Session.cancelled == False) & (Session.date <= day) & registered()


def not_registered(day: datetime.date):
    """The condition on ``Session`` for a past session with nothing registered as of ``day``."""
    return (Session.cancelled == False) & (Session.date <= day) & ~registered()


def state(cancelled: bool, date: datetime.date, is_registered: bool, day: datetime.date) -> str:
    """The same rule for a session already read (``is_registered`` as ``registered()``)."""
    if cancelled:
        return CANCELLED
    if date > day:
        return PLANNED
    return HELD if is_registered else NOT_REGISTERED


def not_registered_note(dates: list[datetime.date]) -> str:
    """The footnote a report carries so that a figure is never silently short."""
    shown = ", ".join(date_no(d) for d in sorted(dates)[:MAX_DATES_SHOWN])
    if len(dates) > MAX_DATES_SHOWN:
        shown += " " + translate("Report", "og {n} til").format(n=len(dates) - MAX_DATES_SHOWN)
    if len(dates) == 1:
        return translate("Report", "1 samling i perioden har ikke registrert oppmøte og er ikke "
                         "regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen "
                         "kom) og lag rapporten på nytt.").format(dates=shown)
    return translate("Report", "{n} samlinger i perioden har ikke registrert oppmøte og er ikke "
                     "regnet som holdt: {dates}. Registrer oppmøtet (eller merk at ingen kom) "
                     "og lag rapporten på nytt.").format(n=len(dates), dates=shown)
