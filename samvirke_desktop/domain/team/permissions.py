"""What each role may do, checked in the domain layer (hidden buttons are only a courtesy).

- administrator: everything, including users, backups and the change log
- koordinator: all registers, activities and applications
- aktivitetsleder: sessions, attendance and participants of their own activities
- søknadsskriver: applications, statistics and grant reports; no lists of named residents

Every domain function that lists or changes the team's data calls ``require`` (or, for
something that belongs to one activity, ``require_for_activity``) before it touches the
database. Capabilities an activity leader holds only for the activities they lead are
checked against ``ActivityLeader``.
"""
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import PermissionDenied

# Capabilities, named for what they let a person do.
MANAGE_USERS = "manage_users"
MANAGE_BACKUPS = "manage_backups"
VIEW_CHANGE_LOG = "view_change_log"
MANAGE_SETTINGS = "manage_settings"
VIEW_PEOPLE = "view_people"              # every named resident and volunteer
VIEW_OWN_PARTICIPANTS = "view_own_participants"  # those of the activities one leads
VIEW_PARTNERS = "view_partners"          # services and organisations, their contact people
EDIT_PEOPLE = "edit_people"
EXPORT_PERSONAL_DATA = "export_personal_data"
ERASE_PERSONAL_DATA = "erase_personal_data"
VIEW_ACTIVITIES = "view_activities"      # activities, sessions and the calendar (no names)
ALL_ACTIVITIES = "all_activities"        # the above for every activity, not only one's own
EDIT_ACTIVITIES = "edit_activities"      # create activities, schedules, school holidays
MANAGE_SESSIONS = "manage_sessions"      # add, move and cancel single sessions
CHECK_IN_ANY = "check_in_any"            # attendance for every activity
CHECK_IN_OWN = "check_in_own"            # attendance for the activities one leads
VIEW_APPLICATIONS = "view_applications"
EDIT_APPLICATIONS = "edit_applications"
VIEW_STATISTICS = "view_statistics"
MAKE_NAMED_REPORTS = "make_named_reports"  # attendance lists, sign-in sheets, hours statements

_COORDINATOR = {
    VIEW_PEOPLE, VIEW_OWN_PARTICIPANTS, VIEW_PARTNERS, EDIT_PEOPLE, EXPORT_PERSONAL_DATA,
    VIEW_ACTIVITIES, ALL_ACTIVITIES, EDIT_ACTIVITIES, MANAGE_SESSIONS, CHECK_IN_ANY,
    CHECK_IN_OWN, VIEW_APPLICATIONS, EDIT_APPLICATIONS, VIEW_STATISTICS, MAKE_NAMED_REPORTS,
}

ROLE_CAPABILITIES: dict[str, frozenset[str]] = {
    "admin": frozenset(_COORDINATOR | {MANAGE_USERS, MANAGE_BACKUPS, VIEW_CHANGE_LOG,
                                       MANAGE_SETTINGS, ERASE_PERSONAL_DATA}),
    "coordinator": frozenset(_COORDINATOR),
    # Everything here only for the activities the leader is linked to (ActivityLeader).
    "activity_leader": frozenset({VIEW_OWN_PARTICIPANTS, VIEW_PARTNERS, VIEW_ACTIVITIES,
                                  MANAGE_SESSIONS, CHECK_IN_OWN, MAKE_NAMED_REPORTS}),
    "grant_writer": frozenset({VIEW_PARTNERS, VIEW_ACTIVITIES, ALL_ACTIVITIES,
                               VIEW_APPLICATIONS, EDIT_APPLICATIONS, VIEW_STATISTICS}),
}

_REFUSALS = {
    MANAGE_USERS: "Bare en administrator kan endre brukere.",
    MANAGE_BACKUPS: "Bare en administrator kan ta og gjenopprette sikkerhetskopier.",
    VIEW_CHANGE_LOG: "Bare en administrator kan se endringsloggen.",
    MANAGE_SETTINGS: "Bare en administrator kan endre innstillingene.",
    VIEW_PEOPLE: "Rollen din gir ikke tilgang til lister med navngitte personer.",
    VIEW_OWN_PARTICIPANTS: "Rollen din gir ikke tilgang til lister med navngitte personer.",
    VIEW_PARTNERS: "Rollen din gir ikke tilgang til samarbeidspartnerne.",
    EDIT_PEOPLE: "Rollen din gir ikke lov til å endre personregistrene.",
    EXPORT_PERSONAL_DATA: "Rollen din gir ikke lov til å eksportere personopplysninger.",
    ERASE_PERSONAL_DATA: "Bare en administrator kan slette eller anonymisere personer.",
    VIEW_ACTIVITIES: "Rollen din gir ikke tilgang til aktivitetene.",
    ALL_ACTIVITIES: "Du har bare tilgang til aktiviteter du leder.",
    EDIT_ACTIVITIES: "Rollen din gir ikke lov til å endre aktiviteter.",
    MANAGE_SESSIONS: "Rollen din gir ikke lov til å endre samlinger.",
    CHECK_IN_ANY: "Du kan bare registrere oppmøte på aktiviteter du leder.",
    CHECK_IN_OWN: "Rollen din gir ikke lov til å registrere oppmøte.",
    VIEW_APPLICATIONS: "Rollen din gir ikke tilgang til søknadene.",
    EDIT_APPLICATIONS: "Rollen din gir ikke lov til å endre søknader.",
    VIEW_STATISTICS: "Rollen din gir ikke tilgang til statistikken.",
    MAKE_NAMED_REPORTS: "Rollen din gir ikke lov til å lage rapporter med navn på deltakere.",
}
NOT_YOUR_ACTIVITY = ("Du har bare tilgang til aktiviteter du leder. Be en administrator knytte "
                     "deg til aktiviteten hvis du skal jobbe med den.")


def can(capability: str, who: actor.Actor | None = None) -> bool:
    who = who or actor.current()
    return capability in ROLE_CAPABILITIES.get(who.role, frozenset())


def require(capability: str, who: actor.Actor | None = None) -> None:
    if not can(capability, who):
        raise PermissionDenied(_REFUSALS.get(capability, "Rollen din gir ikke tilgang til dette."))


def require_any(*capabilities: str, who: actor.Actor | None = None) -> None:
    """At least one of ``capabilities``; the refusal names the first."""
    if not any(can(capability, who) for capability in capabilities):
        require(capabilities[0], who)


def led_activity_ids(who: actor.Actor | None = None) -> list[int]:
    """The activities ``who`` is linked to as activity leader."""
    who = who or actor.current()
    if who.user_id is None:
        return []
    from samvirke_desktop.db.models import ActivityLeader

    return [a for (a,) in ActivityLeader.select(ActivityLeader.activity)
            .where(ActivityLeader.user == who.user_id).tuples()]


def activity_scope(capability: str, who: actor.Actor | None = None) -> list[int] | None:
    """For a list: None when ``who`` may see ``capability`` for every activity, else the ids
    of the activities they lead (refused when they lack ``capability`` altogether)."""
    who = who or actor.current()
    require(capability, who)
    if can(ALL_ACTIVITIES, who):
        return None
    return led_activity_ids(who)


def people_scope(who: actor.Actor | None = None) -> list[int] | None:
    """For a list of named residents or volunteers: None for all of them, else the activities
    whose participants ``who`` (an activity leader) may see."""
    who = who or actor.current()
    if can(VIEW_PEOPLE, who):
        return None
    require(VIEW_OWN_PARTICIPANTS, who)
    return led_activity_ids(who)


def require_for_activity(capability: str, activity_id: int,
                         who: actor.Actor | None = None) -> None:
    """``capability`` on one activity: for all of them, or for one's own as activity leader."""
    who = who or actor.current()
    require(capability, who)
    if can(ALL_ACTIVITIES, who):
        return
    if activity_id not in led_activity_ids(who):
        raise PermissionDenied(NOT_YOUR_ACTIVITY)


def require_check_in(activity_id: int, who: actor.Actor | None = None) -> None:
    """Attendance: any activity for coordinators and administrators, own ones for leaders."""
    who = who or actor.current()
    if can(CHECK_IN_ANY, who):
        return
    require(CHECK_IN_OWN, who)
    if activity_id not in led_activity_ids(who):
        raise PermissionDenied(_REFUSALS[CHECK_IN_ANY])


def require_for_session(capability: str, session_id: int,
                        who: actor.Actor | None = None) -> None:
    """``require_for_activity`` for the activity the session belongs to. Asks the database
    only for an activity leader; a missing session passes (the caller says it is gone)."""
    who = who or actor.current()
    check_in = capability in (CHECK_IN_OWN, CHECK_IN_ANY)
    if check_in:
        if can(CHECK_IN_ANY, who):
            return
        require(CHECK_IN_OWN, who)
    else:
        require(capability, who)
        if can(ALL_ACTIVITIES, who):
            return
    from samvirke_desktop.db.models import Session

    row = Session.select(Session.activity).where(Session.id == session_id).tuples().first()
    if row is not None and row[0] not in led_activity_ids(who):
        raise PermissionDenied(_REFUSALS[CHECK_IN_ANY] if check_in else NOT_YOUR_ACTIVITY)
