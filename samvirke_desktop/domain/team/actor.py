"""Who is working: set once at login (or by the command line) and read by every change."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    username: str
    role: str = "admin"
    user_id: int | None = None
    full_name: str = ""

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


COMMAND_LINE = Actor(username="kommandolinje", role="admin")

_current: Actor = COMMAND_LINE


def current() -> Actor:
    return _current


def set_current(actor: Actor) -> None:
    global _current
    _current = actor
