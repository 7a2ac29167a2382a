"""What each role may do, checked in the domain layer (hidden buttons are only a courtesy).

- administrator: everything, including users, backups and the change log
- koordinator: all registers, activities and applications
- aktivitetsleder: sessions, attendance and participants of their own activities
- søknadsskriver: applications, statistics and grant reports; no lists of named residents
"""
from samvirke_desktop.domain import actor
from samvirke_desktop.errors import PermissionDenied

# Capabilities, named for what they let a person do.
MANAGE_USERS = "manage_users"
MANAGE_BACKUPS = "manage_backups"
VIEW_CHANGE_LOG = "view_change_log"
MANAGE_SETTINGS = "manage_settings"
VIEW_PEOPLE = "view_people"              # named residents, volunteers, partners
EDIT_PEOPLE = "edit_people"
EXPORT_PERSONAL_DATA = "export_personal_data"
ERASE_PERSONAL_DATA = "erase_personal_data"
EDIT_ACTIVITIES = "edit_activities"
CHECK_IN_ANY = "check_in_any"            # attendance for every activity
CHECK_IN_OWN = "check_in_own"            # attendance for the activities one leads
VIEW_APPLICATIONS = "view_applications"
EDIT_APPLICATIONS = "edit_applications"
VIEW_STATISTICS = "view_statistics"
MAKE_NAMED_REPORTS = "make_named_reports"  # attendance lists, sign-in sheets, hours statements

_COORDINATOR = {
    VIEW_PEOPLE, EDIT_PEOPLE, EXPORT_PERSONAL_DATA, EDIT_ACTIVITIES, CHECK_IN_ANY, CHECK_IN_OWN,
    VIEW_APPLICATIONS, EDIT_APPLICATIONS, VIEW_STATISTICS, MAKE_NAMED_REPORTS,
}

ROLE_CAPABILITIES: dict[str, frozenset[str]] = {
    "admin": frozenset(_COORDINATOR | {MANAGE_USERS, MANAGE_BACKUPS, VIEW_CHANGE_LOG,
                                       MANAGE_SETTINGS, ERASE_PERSONAL_DATA}),
    "coordinator": frozenset(_COORDINATOR),
    "activity_leader": frozenset({VIEW_PEOPLE, CHECK_IN_OWN, MAKE_NAMED_REPORTS}),
    "grant_writer": frozenset({VIEW_APPLICATIONS, EDIT_APPLICATIONS, VIEW_STATISTICS}),
}

_REFUSALS = {
    MANAGE_USERS: "Bare en administrator kan endre brukere.",
    MANAGE_BACKUPS: "Bare en administrator kan ta og gjenopprette sikkerhetskopier.",
    VIEW_CHANGE_LOG: "Bare en administrator kan se endringsloggen.",
    MANAGE_SETTINGS: "Bare en administrator kan endre innstillingene.",
    VIEW_PEOPLE: "Rollen din gir ikke tilgang til lister med navngitte personer.",
    EDIT_PEOPLE: "Rollen din gir ikke lov til å endre personregistrene.",
    EXPORT_PERSONAL_DATA: "Rollen din gir ikke lov til å eksportere personopplysninger.",
    ERASE_PERSONAL_DATA: "Bare en administrator kan slette eller anonymisere personer.",
    EDIT_ACTIVITIES: "Rollen din gir ikke lov til å endre aktiviteter.",
    CHECK_IN_ANY: "Du kan bare registrere oppmøte på aktiviteter du leder.",
    CHECK_IN_OWN: "Rollen din gir ikke lov til å registrere oppmøte.",
    VIEW_APPLICATIONS: "Rollen din gir ikke tilgang til søknadene.",
    EDIT_APPLICATIONS: "Rollen din gir ikke lov til å endre søknader.",
    VIEW_STATISTICS: "Rollen din gir ikke tilgang til statistikken.",
    MAKE_NAMED_REPORTS: "Rollen din gir ikke lov til å lage rapporter med navn på deltakere.",
}


def can(capability: str, who: actor.Actor | None = None) -> bool:
    who = who or actor.current()
    return capability in ROLE_CAPABILITIES.get(who.role, frozenset())


def require(capability: str, who: actor.Actor | None = None) -> None:
    if not can(capability, who):
        raise PermissionDenied(_REFUSALS.get(capability, "Rollen din gir ikke tilgang til dette."))


def require_check_in(activity_id: int, who: actor.Actor | None = None) -> None:
    """Attendance: any activity for coordinators and administrators, own ones for leaders."""
    who = who or actor.current()
    if can(CHECK_IN_ANY, who):
        return
    require(CHECK_IN_OWN, who)
    from samvirke_desktop.db.models import ActivityLeader

    leads = ActivityLeader.select().where(
        (ActivityLeader.activity == activity_id) & (ActivityLeader.user == who.user_id)).exists()
    if not leads:
        raise PermissionDenied(_REFUSALS[CHECK_IN_ANY])
