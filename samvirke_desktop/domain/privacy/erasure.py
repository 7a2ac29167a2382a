"""Erasure that keeps the statistics: anonymising residents and volunteers, clearing police
certificate dates, and erasing what ``retention.due_for_erasure`` lists.

What remains of an anonymised resident is what the statistics count and nothing else: the
birth year, the gender, the area (site) and the attendance rows (session, role, present).
Everything else goes: name, birth date (only its year is kept), contact data, language, notes,
the basis for storing, consents, enrolments, household and guardian links (a household left
empty goes too), the link to a volunteer record, the photos they are named on, their name in
the notes, topic and cancel reason of the sessions they were registered at and in the captions
of those photos, and the change-log details of all of it. The row is no longer a person:
lists, searches, exports, duplicate checks and pickers leave it out.

Age in the grant statistics comes from the birth year for everyone (the age reached in the
calendar year, ``grants.statistics``), so keeping only the year changes no figure: every
application's figures in every period the Rapporter page offers, at either age basis, are the
same before and after anonymising everyone with a birth date
(tests/domain/privacy/test_anonymisation.py). The birth date cannot stay, as it is what makes
the person findable.

Where birth year, gender and area together fit fewer than three residents, they can still
point at one person; ``singled_out`` finds those, and the team can have the area removed too
(``drop_site``). The person is taken off the photos they are shown on; those photos can no
longer go in a report (the person is still in the picture), and the photo list says so, for
the team to remove them.
"""
import datetime
import json
import re
import unicodedata
from collections.abc import Collection

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import (
    ActivityPhoto,
    ActivityPhotoPerson,
    ActivityVolunteer,
    Attendance,
    ChangeLog,
    Consent,
    Enrolment,
    Guardian,
    Household,
    Resident,
    Session,
    Volunteer,
    VolunteerLanguage,
    VolunteerPresence,
    VolunteerSkill,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.privacy.retention import ANONYMOUS_NAME, DueItem
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.errors import RecordGone

# Put where an anonymised person's name stood in a session's or a photo's text.
NAME_REMOVED = "[navn fjernet]"
# One part of a longer name counts on its own from this length ("Li" in "Li Wu" would hit
# every "li"); a first or last name of one word always counts.
MIN_NAME_PART = 3
SQL_CHUNK = 500


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
def anonymise_resident(resident_id: int, *, drop_site: bool = False) -> None:
    """Leave only birth year, gender, area and attendance (see the module text); with
    ``drop_site`` the area goes too (``singled_out`` says when that is needed)."""
    permissions.require(permissions.ERASE_PERSONAL_DATA)
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise RecordGone("Beboeren finnes ikke lenger. En kollega kan ha slettet den; last "
                         "inn listen på nytt.")
    if resident.anonymised_at is not None:
        # Done before: only the area can still go (a small group noticed later).
        if drop_site and resident.site_id is not None:
            Resident.update(site=None, version=Resident.version + 1).where(
                Resident.id == resident_id).execute()
            record_changes.log_change("update", "resident", resident_id, resident_id=resident_id,
                                      summary="Området fjernet fra anonymisert beboer")
        return
    guardian_ids = [g.id for g in Guardian.select(Guardian.id).where(
        (Guardian.child == resident_id) | (Guardian.guardian == resident_id))]
    consent_ids = [c.id for c in Consent.select(Consent.id).where(Consent.resident == resident_id)]
    enrolment_ids = [e.id for e in
                     Enrolment.select(Enrolment.id).where(Enrolment.resident == resident_id)]
    Guardian.delete().where(Guardian.id.in_(guardian_ids)).execute()
    Consent.delete().where(Consent.id.in_(consent_ids)).execute()
    Enrolment.delete().where(Enrolment.id.in_(enrolment_ids)).execute()
    Volunteer.update(resident=None).where(Volunteer.resident == resident_id).execute()
    names = name_matcher(resident.first_name, resident.last_name)
    photo_ids = _remove_from_photos(resident_id)
    _remove_name_from_sessions(resident_id, names)
    _remove_name_from_photos(photo_ids, names)
    now = datetime.datetime.now().replace(microsecond=0)
    # The statistics take the date's year first, so the same here: no age moves.
    year = resident.birth_date.year if resident.birth_date else resident.birth_year
    Resident.update(
        first_name=ANONYMOUS_NAME, last_name="", birth_date=None, birth_year=year, phone="",
        email="", language="", interpreter_needed=False, notes="", storage_basis="",
        household=None, site=None if drop_site else resident.site_id, needs_completion=False,
        archived=True, anonymised_at=now, search_text="", version=Resident.version + 1,
        created_at=now, updated_at=now, updated_by="",
    ).where(Resident.id == resident_id).execute()
    # A household left with nobody in it only holds a family name: it goes too.
    if resident.household_id and not Resident.select().where(
            Resident.household == resident.household_id).exists():
        Household.delete().where(Household.id == resident.household_id).execute()
        _scrub_change_log(table="household", record_ids=[resident.household_id])
    _scrub_change_log(resident_id=resident_id)
    _scrub_change_log(table="guardian", record_ids=guardian_ids)
    _scrub_change_log(table="consent", record_ids=consent_ids)
    _scrub_change_log(table="enrolment", record_ids=enrolment_ids)
    record_changes.log_change("anonymise", "resident", resident_id, resident_id=resident_id,
                              summary="Beboer anonymisert, også området fjernet" if drop_site
                              else "Beboer anonymisert")


# --- the name in free text ----------------------------------------------------------------

class NameMatcher:
    """Finds a person's name in a text, whatever its case or accents ("sukru" for "Şükrü"):
    the whole name, the first or the last name, or one part of them."""

    def __init__(self, sequences: list[tuple[str, ...]], variants: list[str]):
        self.sequences = sorted(set(sequences), key=len, reverse=True)
        self.variants = variants   # plain spellings, for a first sift in SQL

    def replace(self, text: str) -> str:
        """``text`` with every occurrence of the name replaced by ``NAME_REMOVED``."""
        if not text or not self.sequences:
            return text
        text = unicodedata.normalize("NFC", text)
        words = list(re.finditer(r"\w+", text))
        folded = [fold(w.group()) for w in words]
        out, last_end, i = [], 0, 0
        while i < len(words):
            length = next((len(seq) for seq in self.sequences
                           if tuple(folded[i:i + len(seq)]) == seq), 0)
            if not length:
                i += 1
                continue
            out.append(text[last_end:words[i].start()])
            out.append(NAME_REMOVED)
            last_end = words[i + length - 1].end()
            i += length
        out.append(text[last_end:])
        return "".join(out)

    def replace_in_json(self, text: str) -> str:
        """The same inside every string of a JSON text (a change-log entry)."""
        try:
            value = json.loads(text or "{}")
        except ValueError:
            return self.replace(text)

        def walk(item):
            if isinstance(item, str):
                return self.replace(item)
            if isinstance(item, list):
                return [walk(v) for v in item]
            if isinstance(item, dict):
                return {k: walk(v) for k, v in item.items()}
            return item

        return json.dumps(walk(value), ensure_ascii=False)


def name_matcher(first_name: str, last_name: str) -> NameMatcher:
    def parts(text: str) -> tuple[str, ...]:
        return tuple(fold(w) for w in re.findall(r"\w+", unicodedata.normalize("NFC", text or "")))

    first, last = parts(first_name), parts(last_name)
    sequences = [seq for seq in (first + last, first, last) if seq]
    sequences += [(p,) for p in first + last if len(p) >= MIN_NAME_PART]
    # Every word of the name as written and folded: a text can only hold the name if it holds
    # one of them. SQL's LIKE ignores the case of a-z only, hence the spellings.
    variants = set()
    for text in (first_name, last_name):
        for word in re.findall(r"\w+", unicodedata.normalize("NFC", text or "")):
            variants.update({word, word.lower(), word.capitalize(), fold(word)})
    return NameMatcher(sequences, sorted(variants))


def _mentions(field, matcher: NameMatcher):
    condition = None
    for variant in matcher.variants:
        term = field.contains(variant)
        condition = term if condition is None else (condition | term)
    return condition


def _remove_name_from_sessions(resident_id: int, matcher: NameMatcher) -> None:
    """The person's name goes from the notes, topic and cancel reason of every session they
    were registered at, and from those sessions' change-log entries."""
    if not matcher.variants:
        return
    session_ids = [s for (s,) in Attendance.select(Attendance.session)
                   .where(Attendance.resident == resident_id).tuples()]
    now = datetime.datetime.now().replace(microsecond=0)
    for start in range(0, len(session_ids), SQL_CHUNK):
        chunk = session_ids[start:start + SQL_CHUNK]
        texts = (_mentions(Session.notes, matcher) | _mentions(Session.topic, matcher)
                 | _mentions(Session.cancel_reason, matcher))
        for sid, notes, topic, reason in (Session.select(Session.id, Session.notes, Session.topic,
                                                         Session.cancel_reason)
                                          .where(Session.id.in_(chunk) & texts).tuples()):
            new = (matcher.replace(notes), matcher.replace(topic), matcher.replace(reason))
            if new != (notes, topic, reason):
                Session.update(notes=new[0], topic=new[1][:300], cancel_reason=new[2][:300],
                               version=Session.version + 1, updated_at=now,
                               ).where(Session.id == sid).execute()
        _remove_name_from_change_log("session", chunk, matcher)


def _remove_name_from_photos(photo_ids: list[int], matcher: NameMatcher) -> None:
    if not photo_ids or not matcher.variants:
        return
    for pid, caption in (ActivityPhoto.select(ActivityPhoto.id, ActivityPhoto.caption)
                         .where(ActivityPhoto.id.in_(photo_ids)
                                & _mentions(ActivityPhoto.caption, matcher)).tuples()):
        new = matcher.replace(caption)
        if new != caption:
            (ActivityPhoto.update(caption=new[:300], version=ActivityPhoto.version + 1)
             .where(ActivityPhoto.id == pid).execute())
    _remove_name_from_change_log("activity_photo", photo_ids, matcher)


def _remove_name_from_change_log(table: str, record_ids: list[int], matcher: NameMatcher) -> None:
    for start in range(0, len(record_ids), SQL_CHUNK):
        chunk = record_ids[start:start + SQL_CHUNK]
        rows = (ChangeLog.select(ChangeLog.id, ChangeLog.changes, ChangeLog.summary)
                .where((ChangeLog.table_name == table) & ChangeLog.record_id.in_(chunk)
                       & (_mentions(ChangeLog.changes, matcher)
                          | _mentions(ChangeLog.summary, matcher))).tuples())
        for log_id, changes, summary in rows:
            new_changes, new_summary = matcher.replace_in_json(changes), matcher.replace(summary)
            if (new_changes, new_summary) != (changes, summary):
                (ChangeLog.update(changes=new_changes, summary=new_summary[:300])
                 .where(ChangeLog.id == log_id).execute())


def _remove_from_photos(resident_id: int) -> list[int]:
    """The person is no longer named on any photo. They are still in the picture, so each
    photo counts one person shown without consent from now on and cannot go in a report.
    Returns the photos they were on."""
    photo_ids = [p for (p,) in ActivityPhotoPerson.select(ActivityPhotoPerson.photo)
                 .where(ActivityPhotoPerson.resident == resident_id).tuples()]
    if not photo_ids:
        return []
    ActivityPhotoPerson.delete().where(ActivityPhotoPerson.resident == resident_id).execute()
    (ActivityPhoto.update(unnamed_people=ActivityPhoto.unnamed_people + 1)
     .where(ActivityPhoto.id.in_(photo_ids)).execute())
    return photo_ids


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
def erase_due(items: list[DueItem], *, drop_site_for: Collection[int] = ()) -> int:
    """Carry out every item in one step (one transaction): all or nothing. Residents whose id
    is in ``drop_site_for`` lose their area as well (see ``singled_out``)."""
    drop = set(drop_site_for)
    for item in items:
        if item.kind == "resident":
            anonymise_resident(item.record_id, drop_site=item.record_id in drop)
        elif item.kind == "volunteer":
            anonymise_volunteer(item.record_id)
        elif item.kind == "certificate":
            clear_certificate_dates(item.record_id)
    return len(items)
