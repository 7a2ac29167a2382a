"""Erasure that keeps the statistics: anonymising residents and volunteers, clearing police
certificate dates, and erasing what ``retention.due_for_erasure`` lists.

Anonymising a resident removes what identifies them (name, contact data, notes, language,
consents, household and guardian links, site, the change-log details) but keeps the birth
date, gender and attendance rows, so grant figures already reported do not change. The birth
date stays because a funder's age bands can fall on any day: with only a year, a child could
move between bands and a past report would no longer add up. The person is taken off the
photos they are shown on; those photos can no longer go in a report (the person is still in
the picture), and the photo list says so, for the team to remove them.
"""
import datetime

from samvirke_desktop.db.models import (
    ActivityPhoto,
    ActivityPhotoPerson,
    ActivityVolunteer,
    ChangeLog,
    Consent,
    Guardian,
    Household,
    Resident,
    Volunteer,
    VolunteerLanguage,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.privacy.retention import ANONYMOUS_NAME, DueItem
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.errors import RecordGone


def _scrub_change_log(resident_id: int | None = None, table: str | None = None,
                      record_ids: list[int] | None = None) -> None:
    condition = None
    if resident_id is not None:
        condition = ChangeLog.resident_id == resident_id
    if table and record_ids:
        by_record = (ChangeLog.table_name == table) & ChangeLog.record_id.in_(record_ids)
        condition = by_record if condition is None else (condition | by_record)
    if condition is not None:
        ChangeLog.update(changes="{}", summary="(anonymisert)").where(condition).execute()


@write
def anonymise_resident(resident_id: int) -> None:
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise RecordGone("Beboeren finnes ikke lenger.")
    guardian_ids = [g.id for g in Guardian.select(Guardian.id).where(
        (Guardian.child == resident_id) | (Guardian.guardian == resident_id))]
    consent_ids = [c.id for c in Consent.select(Consent.id).where(Consent.resident == resident_id)]
    Guardian.delete().where(Guardian.id.in_(guardian_ids)).execute()
    Consent.delete().where(Consent.id.in_(consent_ids)).execute()
    Volunteer.update(resident=None).where(Volunteer.resident == resident_id).execute()
    _remove_from_photos(resident_id)
    now = datetime.datetime.now().replace(microsecond=0)
    Resident.update(
        first_name=ANONYMOUS_NAME, last_name="", phone="", email="", language="",
        interpreter_needed=False, notes="", storage_basis="", household=None, site=None,
        needs_completion=False, archived=True, anonymised_at=now, search_text="",
        version=Resident.version + 1, updated_at=now, updated_by="",
    ).where(Resident.id == resident_id).execute()
    # A household left with nobody in it only holds a family name: it goes too.
    if resident.household_id and not Resident.select().where(
            Resident.household == resident.household_id).exists():
        Household.delete().where(Household.id == resident.household_id).execute()
        _scrub_change_log(table="household", record_ids=[resident.household_id])
    _scrub_change_log(resident_id=resident_id)
    _scrub_change_log(table="guardian", record_ids=guardian_ids)
    _scrub_change_log(table="consent", record_ids=consent_ids)
    record_changes.log_change("anonymise", "resident", resident_id, resident_id=resident_id,
                              summary="Beboer anonymisert")


def _remove_from_photos(resident_id: int) -> None:
    """The person is no longer named on any photo. They are still in the picture, so each
    photo counts one person shown without consent from now on and cannot go in a report."""
    photo_ids = [p for (p,) in ActivityPhotoPerson.select(ActivityPhotoPerson.photo)
                 .where(ActivityPhotoPerson.resident == resident_id).tuples()]
    if not photo_ids:
        return
    ActivityPhotoPerson.delete().where(ActivityPhotoPerson.resident == resident_id).execute()
    (ActivityPhoto.update(unnamed_people=ActivityPhoto.unnamed_people + 1)
     .where(ActivityPhoto.id.in_(photo_ids)).execute())


@write
def anonymise_volunteer(volunteer_id: int) -> None:
    """Remove a volunteer who has left; hours already given stay as anonymous rows."""
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    if not VolunteerPresence.select().where(VolunteerPresence.volunteer == volunteer_id).exists():
        for link in (VolunteerSkill, VolunteerLanguage, ActivityVolunteer):
            link.delete().where(link.volunteer == volunteer_id).execute()
        Volunteer.delete().where(Volunteer.id == volunteer_id).execute()
        _scrub_change_log(table="volunteer", record_ids=[volunteer_id])
        record_changes.log_change("delete", "volunteer", volunteer_id, summary="Frivillig slettet")
        return
    now = datetime.datetime.now().replace(microsecond=0)
    for link in (VolunteerSkill, VolunteerLanguage, ActivityVolunteer):
        link.delete().where(link.volunteer == volunteer_id).execute()
    Volunteer.update(
        first_name=ANONYMOUS_NAME, last_name="", resident=None, phone="", email="", birth_year=None,
        availability="", notes="", archived=True, anonymised_at=now, search_text="",
        police_certificate_requested=None, police_certificate_issued=None,
        police_certificate_shown=None, police_certificate_checked_by="",
        police_certificate_body="", confidentiality_signed=None,
        version=Volunteer.version + 1, updated_at=now, updated_by="",
    ).where(Volunteer.id == volunteer_id).execute()
    _scrub_change_log(table="volunteer", record_ids=[volunteer_id])
    record_changes.log_change("anonymise", "volunteer", volunteer_id, summary="Frivillig anonymisert")


@write
def clear_certificate_dates(volunteer_id: int) -> None:
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    Volunteer.update(police_certificate_requested=None, police_certificate_issued=None,
                     police_certificate_shown=None, police_certificate_checked_by="",
                     police_certificate_body="", version=Volunteer.version + 1,
                     ).where(Volunteer.id == volunteer_id).execute()
    record_changes.log_change("update", "volunteer", volunteer_id,
                              summary="Politiattest-opplysninger slettet etter sluttdato")


@write
def erase_due(items: list[DueItem]) -> int:
    """Carry out every item in one step (one transaction): all or nothing."""
    for item in items:
        if item.kind == "resident":
            anonymise_resident(item.record_id)
        elif item.kind == "volunteer":
            anonymise_volunteer(item.record_id)
        elif item.kind == "certificate":
            clear_certificate_dates(item.record_id)
    return len(items)
