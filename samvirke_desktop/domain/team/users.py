"""The people who use Samvirke: accounts, passwords (argon2), roles and logging in.

Wrong passwords slow further tries down (stored in the database, so restarting the program
does not reset the wait). There is always at least one active administrator once the first
one exists: the last one cannot be demoted or deactivated.

A database without any account (a demo, or one made before accounts were set up) is open to
whoever opens the file: the program then works as an administrator named after the
computer's login (``working_without_accounts``) until the first administrator is created.
"""
import datetime
import getpass
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from samvirke_desktop.db import connection
from samvirke_desktop.db.models import USER_ROLES, Activity, ActivityLeader, AppUser
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.vocabulary import USER_ROLE_LABELS
from samvirke_desktop.errors import (
    DatabaseBusy,
    DatabaseReadOnly,
    RecordGone,
    SamvirkeError,
    ValidationError,
)

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
MAX_USERNAME_LENGTH = 100
FREE_TRIES = 3          # wrong passwords before waiting begins
MAX_WAIT_SECONDS = 300

# Nobody is logged in: no capability at all.
LOGGED_OUT = actor.Actor(username="", role="")


class LoginFailed(SamvirkeError):
    title = "Innlogging"

    def __init__(self, message: str, *, wait_seconds: int = 0):
        super().__init__(message)
        self.wait_seconds = wait_seconds


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    last_login_at: datetime.datetime | None
    version: int = 1
    led_activity_ids: tuple[int, ...] = field(default=())
    led_activities: tuple[str, ...] = field(default=())  # names, sorted

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


def role_label(role: str) -> str:
    return USER_ROLE_LABELS.get(role, role)


def has_users() -> bool:
    return AppUser.select().exists()


def working_without_accounts() -> actor.Actor:
    """Who works in a database that has no accounts yet: everything is allowed."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = "bruker"
    return actor.Actor(username=name[:MAX_USERNAME_LENGTH], role="admin")


def log_out() -> None:
    actor.set_current(LOGGED_OUT)


def refreshed(who: actor.Actor) -> actor.Actor | None:
    """``who`` as the database has them now (a colleague may have changed the role), or None
    when the account is gone or deactivated (e.g. after a restore). Not for accounts-free work."""
    if who.user_id is None:
        return None
    user = AppUser.get_or_none(AppUser.id == who.user_id)
    if user is None or not user.active or user.username != who.username:
        return None
    return actor.Actor(username=user.username, role=user.role, user_id=user.id,
                       full_name=user.full_name)


# --- checks -------------------------------------------------------------------------

def _username_form_problem(name: str) -> str | None:
    if not name:
        return "Skriv et brukernavn."
    if any(ch.isspace() for ch in name):
        return "Brukernavnet kan ikke ha mellomrom. Bruk for eksempel «kari.nordmann»."
    if len(name) > MAX_USERNAME_LENGTH:
        return f"Brukernavnet kan ha høyst {MAX_USERNAME_LENGTH} tegn."
    return None


def _username_problem(username: str, *, exclude_id: int | None = None) -> str | None:
    name = username.strip()
    problem = _username_form_problem(name)
    if problem:
        return problem
    taken = AppUser.select().where(AppUser.username == name.lower())
    if exclude_id is not None:
        taken = taken.where(AppUser.id != exclude_id)
    if taken.exists():
        return f"Brukernavnet «{name}» er allerede i bruk."
    return None


def _password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Passordet må ha minst {MIN_PASSWORD_LENGTH} tegn."
    return None


def _check_new(username: str, password: str, role: str) -> dict[str, str]:
    errors = {}
    problem = _username_problem(username)
    if problem:
        errors["username"] = problem
    problem = _password_problem(password)
    if problem:
        errors["password"] = problem
    if role not in USER_ROLES:
        errors["role"] = "Velg en rolle."
    return errors


def _active_admins(exclude_id: int | None = None) -> int:
    query = AppUser.select().where((AppUser.role == "admin") & (AppUser.active == True))
    if exclude_id is not None:
        query = query.where(AppUser.id != exclude_id)
    return query.count()


# --- the key file of an encrypted database ------------------------------------------
# On an encrypted file each account holds its own copy of the database key, wrapped with its
# password (db/encryption.py). Written inside the same transaction as the account's row, so a
# key file that cannot be written leaves the account as it was.

def _give_key(username: str, password: str) -> None:
    opened = connection.current_encrypted_file()
    if opened is not None:
        from samvirke_desktop.db import encryption

        path, key = opened
        encryption.set_user_key(path, key, username, password)


def _take_key(username: str) -> None:
    opened = connection.current_encrypted_file()
    if opened is not None:
        from samvirke_desktop.db import encryption

        path, key = opened
        encryption.remove_user_key(path, key, username)


# --- creating -------------------------------------------------------------------------

def check_first_admin(username: str, password: str, full_name: str) -> None:
    """What can be told about the first administrator before the database exists (a new
    encrypted file is made for them, which takes a moment): ValidationError, by field."""
    errors = {}
    problem = _username_form_problem(username.strip())
    if problem:
        errors["username"] = problem
    problem = _password_problem(password)
    if problem:
        errors["password"] = problem
    if not full_name.strip():
        errors["full_name"] = "Skriv hele navnet ditt, så kollegene ser hvem som har endret hva."
    if errors:
        raise ValidationError(errors)


@write
def create_first_admin(username: str, password: str, full_name: str = "") -> AppUser:
    """The first user of a new database; refused once any user exists."""
    if has_users():
        raise SamvirkeError("Databasen har allerede en administrator. Logg inn med den.")
    errors = _check_new(username, password, "admin")
    if not full_name.strip():
        errors["full_name"] = "Skriv hele navnet ditt, så kollegene ser hvem som har endret hva."
    if errors:
        raise ValidationError(errors)
    user = record_changes.create(AppUser, username=username.strip().lower(), full_name=full_name.strip(),
                                 password_hash=_hasher.hash(password), role="admin")
    _give_key(user.username, password)
    return user


@write
def create_user(username: str, password: str, role: str, full_name: str = "",
                led_activity_ids=()) -> AppUser:
    permissions.require(permissions.MANAGE_USERS)
    errors = _check_new(username, password, role)
    if errors:
        raise ValidationError(errors)
    user = record_changes.create(AppUser, username=username.strip().lower(), full_name=full_name.strip(),
                                 password_hash=_hasher.hash(password), role=role)
    if led_activity_ids:
        set_led_activities(user.id, led_activity_ids)
    _give_key(user.username, password)
    return user


# --- changing -------------------------------------------------------------------------

def _user(user_id: int) -> AppUser:
    user = AppUser.get_or_none(AppUser.id == user_id)
    if user is None:
        raise RecordGone("Brukeren finnes ikke lenger. Last inn listen på nytt.")
    return user


@write
def update_user(user_id: int, expected_version: int, *, full_name: str, role: str,
                active: bool) -> AppUser:
    """Name, role and whether the account may log in (administrators only).

    The last active administrator keeps the role and the account, and nobody deactivates
    or demotes themselves (they would lock themselves out halfway through).
    """
    permissions.require(permissions.MANAGE_USERS)
    user = _user(user_id)
    errors = {}
    if role not in USER_ROLES:
        errors["role"] = "Velg en rolle."
    if errors:
        raise ValidationError(errors)
    me = actor.current().user_id == user_id
    loses_admin = user.role == "admin" and user.active and (role != "admin" or not active)
    if loses_admin and me:
        raise ValidationError({"active" if not active else "role":
                               "Du kan ikke ta fra deg selv administratorrollen eller deaktivere "
                               "deg selv. Be en annen administrator gjøre det."})
    if loses_admin and _active_admins(exclude_id=user_id) == 0:
        raise ValidationError({"active" if not active else "role":
                               "Dette er den eneste aktive administratoren. Gjør en annen bruker "
                               "til administrator først."})
    if me and not active:
        raise ValidationError({"active": "Du kan ikke deaktivere deg selv."})
    saved = record_changes.update(AppUser, user_id, expected_version, full_name=full_name.strip(),
                                  role=role, active=bool(active))
    if user.active and not active:
        # A deactivated account no longer opens the file; when it is made active again, an
        # administrator gives it a new password, and with it a new key.
        _take_key(user.username)
    return saved


def deactivate_user(user_id: int) -> AppUser:
    """The account can no longer log in; what the person did stays in the change log."""
    user = _user(user_id)
    return update_user(user_id, user.version, full_name=user.full_name, role=user.role,
                       active=False)


@write
def set_led_activities(user_id: int, activity_ids) -> None:
    """The activities an activity leader runs (replaces the old set; each change logged)."""
    permissions.require(permissions.MANAGE_USERS)
    user = _user(user_id)
    asked = {int(a) for a in activity_ids}
    # Activities a colleague deleted meanwhile are left out rather than failing the save.
    wanted = {a for (a,) in Activity.select(Activity.id).where(Activity.id.in_(list(asked)))
              .tuples()} if asked else set()
    links = {link.activity_id: link for link in
             ActivityLeader.select().where(ActivityLeader.user == user_id)}
    for activity_id in sorted(wanted - set(links)):
        link = ActivityLeader.create(activity=activity_id, user=user_id)
        record_changes.log_change("create", ActivityLeader._meta.table_name, link.id,
                                  {"activity": [None, activity_id], "user": [None, user_id]},
                                  summary=f"{user.username} leder aktivitet {activity_id}")
    for activity_id in sorted(set(links) - wanted):
        link = links[activity_id]
        link.delete_instance()
        record_changes.log_change("delete", ActivityLeader._meta.table_name, link.id,
                                  {"activity": [activity_id, None], "user": [user_id, None]},
                                  summary=f"{user.username} leder ikke lenger aktivitet {activity_id}")


@write
def change_password(user_id: int, new_password: str) -> None:
    """One's own password, or anyone's for an administrator (which also lifts the wait after
    wrong passwords)."""
    who = actor.current()
    if who.user_id != user_id:
        permissions.require(permissions.MANAGE_USERS)
    problem = _password_problem(new_password)
    if problem:
        raise ValidationError({"password": problem})
    user = _user(user_id)
    AppUser.update(password_hash=_hasher.hash(new_password), failed_logins=0,
                   last_failed_login_at=None,
                   version=AppUser.version + 1).where(AppUser.id == user_id).execute()
    record_changes.log_change("update", "app_user", user_id, {"password_hash": ["***", "***"]},
                              summary=f"Nytt passord for {user.username}")
    _give_key(user.username, new_password)


reset_password = change_password


def change_own_password(current_password: str, new_password: str) -> None:
    """The logged-in user's own password, after proving they know the present one."""
    who = actor.current()
    if who.user_id is None:
        raise SamvirkeError("Du er ikke logget inn med en brukerkonto.")
    user = _user(who.user_id)
    try:
        _hasher.verify(user.password_hash, current_password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise ValidationError({"current_password": "Passordet du har nå, stemmer ikke."}) \
            from None
    change_password(who.user_id, new_password)


# --- when every administrator has forgotten the password ---------------------------
# The recovery code printed when an encrypted database was made opens the file; whoever holds
# it may give an administrator a new password. The change log names the code, not a person.
RECOVERY = actor.Actor(username="gjenopprettingskode", role="admin",
                       full_name="Gjenopprettingskoden")


def _prove_recovery_code(code: str) -> None:
    from samvirke_desktop.db import encryption

    opened = connection.current_encrypted_file()
    if opened is None:
        raise SamvirkeError("Gjenopprettingskoden gjelder bare en kryptert database.")
    path, key = opened
    if encryption.unlock_with_recovery_code(path, code) != key:
        raise SamvirkeError("Gjenopprettingskoden hører til en annen database.")


def administrators_for_recovery(code: str) -> list[UserRow]:
    """The active administrators one of whom gets a new password (the code proves the right)."""
    _prove_recovery_code(code)
    actor.set_current(RECOVERY)
    try:
        return [row for row in list_users(include_inactive=False) if row.role == "admin"]
    finally:
        log_out()


def recover_administrator(code: str, user_id: int, new_password: str) -> actor.Actor:
    """Give administrator ``user_id`` a new password with the recovery code, then log in as
    them. The reset is logged as done by the code."""
    _prove_recovery_code(code)
    user = _user(user_id)
    if user.role != "admin" or not user.active:
        raise ValidationError({"user": "Velg en aktiv administrator."})
    actor.set_current(RECOVERY)
    try:
        change_password(user_id, new_password)
    finally:
        log_out()
    return log_in(user.username, new_password)


def verify_own_password(password: str) -> None:
    """That the logged-in user typed their own password (before a step as weighty as
    encrypting the file); nothing is logged and no wait is counted."""
    who = actor.current()
    user = _user(who.user_id) if who.user_id is not None else None
    try:
        if user is None:
            raise VerificationError
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise ValidationError({"password": "Passordet stemmer ikke. Skriv passordet du logget "
                                           "inn med."}) from None


# --- logging in ---------------------------------------------------------------------

def wait_seconds_after(failed: int) -> int:
    """0 for the first few mistakes, then 2, 4, 8 … seconds, at most five minutes."""
    if failed < FREE_TRIES:
        return 0
    return min(2 ** (failed - FREE_TRIES + 1), MAX_WAIT_SECONDS)


def log_in(username: str, password: str, *, now: datetime.datetime | None = None) -> actor.Actor:
    """Check the password; on success the user becomes the current actor."""
    now = now or datetime.datetime.now()
    user = AppUser.get_or_none(AppUser.username == username.strip().lower())
    wrong = LoginFailed("Feil brukernavn eller passord. Sjekk at Caps Lock er av, og prøv igjen.")
    if user is None:
        raise wrong
    wait = wait_seconds_after(user.failed_logins)
    if wait and user.last_failed_login_at:
        remaining = int(wait - (now - user.last_failed_login_at).total_seconds())
        if remaining > 0:
            raise LoginFailed(f"For mange feil forsøk. Vent {remaining} sekunder før du prøver igjen.",
                              wait_seconds=remaining)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        try:
            _record_failed_login(user.id, now)
        except DatabaseReadOnly:
            pass  # a file opened for reading only cannot count; the answer is the same
        raise wrong from None
    if not user.active:
        raise LoginFailed("Brukeren din er deaktivert. Be en administrator i teamet om å "
                          "aktivere den igjen.")
    who = actor.Actor(username=user.username, role=user.role, user_id=user.id,
                      full_name=user.full_name)
    actor.set_current(who)
    try:
        _record_login(user, password, now)
    except (DatabaseReadOnly, DatabaseBusy):
        pass  # logging in to look at a read-only or locked database still works
    return who


@write
def _record_failed_login(user_id: int, now: datetime.datetime) -> None:
    (AppUser.update(failed_logins=AppUser.failed_logins + 1, last_failed_login_at=now)
     .where(AppUser.id == user_id).execute())


@write
def _record_login(user: AppUser, password: str, now: datetime.datetime) -> None:
    updates = {AppUser.failed_logins: 0, AppUser.last_login_at: now}
    if _hasher.check_needs_rehash(user.password_hash):
        updates[AppUser.password_hash] = _hasher.hash(password)
    AppUser.update(updates).where(AppUser.id == user.id).execute()
    record_changes.log_change("login", "app_user", user.id, summary=f"{user.username} logget inn")


# --- reading -----------------------------------------------------------------------

def _led_by_user() -> dict[int, list[tuple[int, str]]]:
    led: dict[int, list[tuple[int, str]]] = {}
    for user_id, activity_id, name in (ActivityLeader
                                       .select(ActivityLeader.user, Activity.id, Activity.name)
                                       .join(Activity).tuples()):
        led.setdefault(user_id, []).append((activity_id, name))
    return led


def _row(user: AppUser, led: list[tuple[int, str]]) -> UserRow:
    led = sorted(led, key=lambda item: (item[1].casefold(), item[0]))
    return UserRow(user.id, user.username, user.full_name, user.role, user.active,
                   user.last_login_at, user.version, tuple(a for a, _ in led),
                   tuple(n for _, n in led))


def list_users(*, include_inactive: bool = True) -> list[UserRow]:
    permissions.require(permissions.MANAGE_USERS)
    led = _led_by_user()
    query = AppUser.select().order_by(AppUser.username)
    if not include_inactive:
        query = query.where(AppUser.active == True)
    return [_row(u, led.get(u.id, [])) for u in query]


def get_user(user_id: int) -> UserRow:
    permissions.require(permissions.MANAGE_USERS)
    return _row(_user(user_id), _led_by_user().get(user_id, []))

