"""The people who use Samvirke: accounts, passwords (argon2) and logging in.

Wrong passwords slow further tries down (stored in the database, so restarting the program
does not reset the wait).
"""
import datetime
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from samvirke_desktop.db.models import USER_ROLES, AppUser
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain import actor, permissions, records
from samvirke_desktop.errors import SamvirkeError, ValidationError

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
FREE_TRIES = 3          # wrong passwords before waiting begins
MAX_WAIT_SECONDS = 300


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


def has_users() -> bool:
    return AppUser.select().exists()


def _check_new(username: str, password: str, role: str) -> dict[str, str]:
    errors = {}
    if not username.strip():
        errors["username"] = "Skriv et brukernavn."
    elif AppUser.select().where(AppUser.username == username.strip().lower()).exists():
        errors["username"] = f"Brukernavnet «{username.strip()}» er allerede i bruk."
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = f"Passordet må ha minst {MIN_PASSWORD_LENGTH} tegn."
    if role not in USER_ROLES:
        errors["role"] = "Velg en rolle."
    return errors


@write
def create_first_admin(username: str, password: str, full_name: str = "") -> AppUser:
    """The first user of a new database; refused once any user exists."""
    if has_users():
        raise SamvirkeError("Databasen har allerede en administrator. Logg inn med den.")
    errors = _check_new(username, password, "admin")
    if errors:
        raise ValidationError(errors)
    user = records.create(AppUser, username=username.strip().lower(), full_name=full_name.strip(),
                          password_hash=_hasher.hash(password), role="admin")
    return user


@write
def create_user(username: str, password: str, role: str, full_name: str = "") -> AppUser:
    permissions.require(permissions.MANAGE_USERS)
    errors = _check_new(username, password, role)
    if errors:
        raise ValidationError(errors)
    return records.create(AppUser, username=username.strip().lower(), full_name=full_name.strip(),
                          password_hash=_hasher.hash(password), role=role)


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
    if user is None or not user.active:
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
        _record_failed_login(user.id, now)
        raise wrong from None
    who = actor.Actor(username=user.username, role=user.role, user_id=user.id,
                      full_name=user.full_name)
    actor.set_current(who)
    _record_login(user, password, now)
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
    records.log_change("login", "app_user", user.id, summary=f"{user.username} logget inn")


@write
def change_password(user_id: int, new_password: str) -> None:
    who = actor.current()
    if who.user_id != user_id:
        permissions.require(permissions.MANAGE_USERS)
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({"password": f"Passordet må ha minst {MIN_PASSWORD_LENGTH} tegn."})
    user = AppUser.get_by_id(user_id)
    AppUser.update(password_hash=_hasher.hash(new_password), failed_logins=0,
                   version=AppUser.version + 1).where(AppUser.id == user_id).execute()
    records.log_change("update", "app_user", user_id, {"password_hash": ["***", "***"]},
                       summary=f"Nytt passord for {user.username}")


def list_users() -> list[UserRow]:
    permissions.require(permissions.MANAGE_USERS)
    return [UserRow(u.id, u.username, u.full_name, u.role, u.active, u.last_login_at)
            for u in AppUser.select().order_by(AppUser.username)]
