"""Which tables hold personal data about residents and volunteers, and how each is protected:
the role that may read it, where an access report (innsyn) shows it, which retention rule
erases it, and what anonymisation does with it.

A new table is added here when it is added to the models; tests/domain/privacy/
test_personal_data_coverage.py fails until it is, and checks what is declared: that the
access report of a person with rows in the table shows them, and that anonymisation leaves
none of them behind unless they are declared kept without a name.
"""
from dataclasses import dataclass

from samvirke_desktop.domain.team import permissions


@dataclass(frozen=True)
class PersonalTable:
    read_by: str          # the capability that lets a role list these rows with names
    access_key: str       # the section of the access report (JSON key) that shows them
    retention: str        # the retention rule (access_request.RETENTION_KINDS) that erases them
    anonymised: str       # REMOVED or KEPT_WITHOUT_NAME


REMOVED = "removed"                     # gone with the person
KEPT_WITHOUT_NAME = "kept_without_name"  # stays for the statistics, pointing at no one

VIEW = permissions.VIEW_OWN_PARTICIPANTS   # named residents: coordinators, own for leaders

# About residents (each has a column pointing at a resident, or is the resident row itself).
ABOUT_RESIDENTS: dict[str, PersonalTable] = {
    "resident": PersonalTable(VIEW, "beboer", "resident", KEPT_WITHOUT_NAME),
    "household": PersonalTable(VIEW, "husstand", "resident", REMOVED),
    "guardian": PersonalTable(VIEW, "foresatte", "resident", REMOVED),
    "consent": PersonalTable(VIEW, "samtykker", "resident", REMOVED),
    "enrolment": PersonalTable(VIEW, "påmeldinger", "resident", REMOVED),
    "attendance": PersonalTable(VIEW, "oppmøte", "attendance", KEPT_WITHOUT_NAME),
    "activity_photo_person": PersonalTable(VIEW, "bilder", "resident", REMOVED),
}

# About volunteers, who may also be residents.
ABOUT_VOLUNTEERS: dict[str, PersonalTable] = {
    "volunteer": PersonalTable(permissions.VIEW_PEOPLE, "frivillig", "volunteer", REMOVED),
    "volunteer_skill": PersonalTable(permissions.VIEW_PEOPLE, "frivillig", "volunteer",
                                     REMOVED),
    "volunteer_language": PersonalTable(permissions.VIEW_PEOPLE, "frivillig", "volunteer",
                                        REMOVED),
    "activity_volunteer": PersonalTable(permissions.VIEW_PEOPLE, "frivillig", "volunteer",
                                        REMOVED),
    "volunteer_presence": PersonalTable(permissions.VIEW_PEOPLE, "frivillige_timer",
                                        "volunteer", REMOVED),
}

# Personal data of others than residents and volunteers, with its own protection: the team's
# accounts (administrators only), partners' contact people (their work contacts, shown to
# those who work with partners), the change log (administrators only; its details about a
# person go with the person), photos (only with consent in a report) and meeting notes.
OTHER_PERSONAL: dict[str, str] = {
    "app_user": permissions.MANAGE_USERS,
    "change_log": permissions.VIEW_CHANGE_LOG,
    "partner_contact": permissions.VIEW_PARTNERS,
    "partner_meeting_note": permissions.VIEW_PARTNERS,
    "activity_photo": permissions.VIEW_ACTIVITIES,
}

# Tables that hold nothing about a person.
NOT_PERSONAL = frozenset({
    "setting", "site", "skill", "language", "partner", "partner_site", "funder",
    "funder_scheme", "age_band", "application", "application_status_change", "goal",
    "budget_line", "expense", "grant_condition", "in_kind_contribution",
    "application_attachment", "activity", "activity_translation", "activity_leader",
    "activity_application", "partner_activity", "schedule", "school_holiday", "session",
    "head_count", "application_photo", "change_counter",
})


def classified() -> dict[str, str]:
    """Every table named here, and which list it is in."""
    found: dict[str, str] = {}
    for kind, tables in (("residents", ABOUT_RESIDENTS), ("volunteers", ABOUT_VOLUNTEERS),
                         ("other", OTHER_PERSONAL), ("none", NOT_PERSONAL)):
        for table in tables:
            found.setdefault(table, kind)
    return found
