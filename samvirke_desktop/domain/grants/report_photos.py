"""The photos in an application's grant report: up to four from its linked activities.

The team chooses them in Rapporter (``choose_report_photos``, kept with the application, so
the next report of the same application has them too), or for one report with ``samvirke
report grant --photo ID``. Either way each photo's consents are checked against the day the
report is made (``activities.photos.require_consent``): a consent withdrawn since the photos
were chosen stops the report with the same plain refusal, never a photo quietly printed.
"""
import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from samvirke_desktop.db.models import ActivityApplication, ActivityPhoto, ApplicationPhoto
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.activities.photos import MAX_REPORT_PHOTOS, require_consent
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.errors import ValidationError
from samvirke_desktop.translation import translate


@dataclass(frozen=True)
class ReportPhoto:
    """A photo as the report prints it: the picture, caption and date, no names."""
    photo_id: int
    caption: str
    taken_on: datetime.date
    data: bytes
    image_format: str
    width: int
    height: int


def _linked_photo_ids(application_id: int) -> set[int]:
    linked = (ActivityApplication.select(ActivityApplication.activity)
              .where(ActivityApplication.application == application_id))
    return {pid for (pid,) in ActivityPhoto.select(ActivityPhoto.id)
            .where(ActivityPhoto.activity.in_(linked)).tuples()}


def chosen_photo_ids(application_id: int) -> list[int]:
    """The photos chosen for the application's report, in their order (those of activities
    no longer linked to the application left out)."""
    permissions.require(permissions.VIEW_STATISTICS)
    chosen = [pid for (pid,) in ApplicationPhoto.select(ApplicationPhoto.photo)
              .where(ApplicationPhoto.application == application_id)
              .order_by(ApplicationPhoto.position, ApplicationPhoto.id).tuples()]
    linked = _linked_photo_ids(application_id) if chosen else set()
    return [pid for pid in chosen if pid in linked]


def _checked_choice(application_id: int, photo_ids: Iterable[int],
                    on: datetime.date | None) -> list[int]:
    ids = list(dict.fromkeys(int(pid) for pid in photo_ids))
    if len(ids) > MAX_REPORT_PHOTOS:
        raise ValidationError({"photos": translate(
            "Report", "Velg høyst {limit} bilder til rapporten (du valgte {count}).").format(
            limit=MAX_REPORT_PHOTOS, count=len(ids))})
    outside = [pid for pid in ids if pid not in _linked_photo_ids(application_id)]
    if outside:
        raise ValidationError({"photos": translate(
            "Report", "Bilde nummer {ids} hører ikke til noen av aktivitetene i søknaden. Velg "
            "bilder fra aktivitetene som er knyttet til søknaden.").format(
            ids=", ".join(str(pid) for pid in outside))})
    require_consent(ids, on)
    return ids


@write
def choose_report_photos(application_id: int, photo_ids: Iterable[int], *,
                         today: datetime.date | None = None) -> list[int]:
    """Keep ``photo_ids`` (in order) as the photos of the application's grant report.

    Refused (nothing changed) with more than four, with a photo from another activity, and
    with ``PhotoConsentMissing`` when someone shown lacks a photo consent today."""
    permissions.require(permissions.EDIT_APPLICATIONS)
    ids = _checked_choice(application_id, photo_ids, today)
    before = [pid for (pid,) in ApplicationPhoto.select(ApplicationPhoto.photo)
              .where(ApplicationPhoto.application == application_id)
              .order_by(ApplicationPhoto.position, ApplicationPhoto.id).tuples()]
    if before == ids:
        return ids
    ApplicationPhoto.delete().where(ApplicationPhoto.application == application_id).execute()
    for position, pid in enumerate(ids):
        ApplicationPhoto.create(application=application_id, photo=pid, position=position)
    record_changes.log_change("update", "application", application_id,
                              {"report_photos": [before, ids]},
                              summary="Bilder i rapporten valgt")
    return ids


def report_photos(application_id: int, photo_ids: Iterable[int] | None = None, *,
                  on: datetime.date | None = None) -> list[ReportPhoto]:
    """The photos for a report made on ``on`` (today): ``photo_ids``, or else the chosen ones.

    Refused with ``PhotoConsentMissing`` when a consent does not hold on that day."""
    permissions.require(permissions.VIEW_STATISTICS)
    ids = chosen_photo_ids(application_id) if photo_ids is None else list(photo_ids)
    if not ids:
        return []
    ids = _checked_choice(application_id, ids, on)
    rows = {row[0]: row for row in ActivityPhoto
            .select(ActivityPhoto.id, ActivityPhoto.caption, ActivityPhoto.taken_on,
                    ActivityPhoto.image, ActivityPhoto.image_format, ActivityPhoto.width,
                    ActivityPhoto.height)
            .where(ActivityPhoto.id.in_(ids)).tuples()}
    out = []
    for pid in ids:
        _id, caption, taken_on, image, image_format, width, height = rows[pid]
        if not isinstance(taken_on, datetime.date):
            taken_on = datetime.date.fromisoformat(str(taken_on)[:10])
        out.append(ReportPhoto(pid, caption or "", taken_on, bytes(image),
                               image_format or "jpeg", width or 0, height or 0))
    return out
