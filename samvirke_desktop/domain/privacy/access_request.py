"""Access requests (innsyn): everything Samvirke stores about one resident, for the access
report (PDF) and its JSON twin."""
import json
from dataclasses import dataclass, field

from samvirke_desktop.db.models import (
    Activity,
    ActivityPhoto,
    ActivityPhotoPerson,
    Attendance,
    ChangeLog,
    Consent,
    Enrolment,
    Guardian,
    Resident,
    Session,
    Volunteer,
    VolunteerPresence,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.privacy.retention import privacy_statement
from samvirke_desktop.domain.team import permissions, record_changes
from samvirke_desktop.errors import RecordGone

# Every table with a foreign key to Resident, and how the access export covers it. A test
# fails when a table referring to residents is added without being listed here.
COVERED_REFERENCES = {
    ("guardian", "child"), ("guardian", "guardian"), ("consent", "resident"),
    ("volunteer", "resident"), ("enrolment", "resident"), ("attendance", "resident"),
    ("activity_photo_person", "resident"),
}


@dataclass
class AccessExport:
    resident: dict
    household: dict | None
    guardians: list[dict] = field(default_factory=list)
    wards: list[dict] = field(default_factory=list)
    consents: list[dict] = field(default_factory=list)
    enrolments: list[dict] = field(default_factory=list)
    attendance: list[dict] = field(default_factory=list)
    volunteer: list[dict] = field(default_factory=list)
    volunteer_presence: list[dict] = field(default_factory=list)
    photos: list[dict] = field(default_factory=list)
    change_log: list[dict] = field(default_factory=list)
    purposes: str = ""       # why the team keeps the data, from the settings
    legal_basis: str = ""

    def as_dict(self) -> dict:
        return {
            "formål": self.purposes, "rettsgrunnlag": self.legal_basis,
            "beboer": self.resident, "husstand": self.household, "foresatte": self.guardians,
            "foresatt_for": self.wards, "samtykker": self.consents, "påmeldinger": self.enrolments,
            "oppmøte": self.attendance, "frivillig": self.volunteer,
            "frivillige_timer": self.volunteer_presence, "bilder": self.photos,
            "endringslogg": self.change_log,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2, default=str)


_HIDDEN = {"search_text", "password_hash"}


def _name(row) -> str:
    return " ".join(p for p in (row.first_name, row.last_name) if p)


def _fields(row) -> dict:
    return {k: v for k, v in row.__data__.items() if k not in _HIDDEN}


def access_export(resident_id: int) -> AccessExport:
    """Everything Samvirke stores about one resident. The export itself is logged."""
    permissions.require(permissions.EXPORT_PERSONAL_DATA)
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise RecordGone("Beboeren finnes ikke.")
    household = resident.household
    statement = privacy_statement()
    export = AccessExport(resident=_fields(resident),
                          household=_fields(household) if household else None,
                          purposes=statement.purposes, legal_basis=statement.legal_basis)
    for g in Guardian.select().where(Guardian.child == resident_id):
        entry = _fields(g)
        if g.guardian_id:
            entry["foresatt_navn"] = _name(g.guardian)
        export.guardians.append(entry)
    for g in Guardian.select().where(Guardian.guardian == resident_id):
        entry = _fields(g)
        entry["barn_navn"] = _name(g.child)
        export.wards.append(entry)
    export.consents = [_fields(c) for c in Consent.select().where(Consent.resident == resident_id)]
    export.enrolments = [
        {**_fields(e), "aktivitet": e.activity.name}
        for e in Enrolment.select(Enrolment, Activity).join(Activity)
        .where(Enrolment.resident == resident_id)]
    export.attendance = [
        {"dato": att.session.date, "aktivitet": att.session.activity.name, "rolle": att.role,
         "til_stede": att.present, "uten_påmelding": att.walk_in}
        for att in (Attendance.select(Attendance, Session, Activity).join(Session).join(Activity)
                    .where(Attendance.resident == resident_id).order_by(Session.date))]
    volunteers = list(Volunteer.select().where(Volunteer.resident == resident_id))
    export.volunteer = [_fields(v) for v in volunteers]
    if volunteers:
        export.volunteer_presence = [
            {"dato": p.session.date, "aktivitet": p.session.activity.name, "timer": p.hours}
            for p in VolunteerPresence.select(VolunteerPresence, Session, Activity)
            .join(Session).join(Activity)
            .where(VolunteerPresence.volunteer.in_([v.id for v in volunteers]))
            .order_by(Session.date)]
    # The photos the person is shown on: which, when and the caption. The picture itself is
    # not in the export, since it shows other people too; the team can show it.
    export.photos = [
        {"bilde": photo.id, "dato": photo.taken_on, "aktivitet": photo.activity.name,
         "bildetekst": photo.caption}
        for photo in (ActivityPhoto
                      .select(ActivityPhoto.id, ActivityPhoto.taken_on, ActivityPhoto.caption,
                              Activity.id, Activity.name)
                      .join(ActivityPhotoPerson)
                      .switch(ActivityPhoto).join(Activity)
                      .where(ActivityPhotoPerson.resident == resident_id)
                      .order_by(ActivityPhoto.taken_on, ActivityPhoto.id))]
    export.change_log = [
        {"tidspunkt": c.at, "bruker": c.username, "handling": c.action, "tabell": c.table_name,
         "post": c.record_id, "endringer": json.loads(c.changes or "{}")}
        for c in ChangeLog.select().where(ChangeLog.resident_id == resident_id).order_by(ChangeLog.at)]
    _log_export(resident_id)
    return export


@write
def _log_export(resident_id: int) -> None:
    record_changes.log_change("export", "resident", resident_id, resident_id=resident_id,
                              summary="Innsyn: alle opplysninger om beboeren eksportert")
