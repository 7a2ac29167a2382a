"""Expected errors: each carries a plain Norwegian message that tells the user what to do.

Anything that is not one of these is a bug and goes to the crash dialog and the log.
"""


class SamvirkeError(Exception):
    """An expected problem the user can act on."""

    title = "Noe gikk galt"

    def __init__(self, message: str, *, details: str = ""):
        super().__init__(message)
        self.message = message
        self.details = details


# --- opening a database -----------------------------------------------------

class DatabaseOpenError(SamvirkeError):
    title = "Kan ikke åpne databasen"


class DatabaseFolderMissing(DatabaseOpenError):
    pass


class DatabaseMissing(DatabaseOpenError):
    pass


class DatabaseReadOnly(DatabaseOpenError):
    pass


class NotASamvirkeDatabase(DatabaseOpenError):
    pass


class DatabaseTooNew(DatabaseOpenError):
    pass


class DatabaseDamaged(DatabaseOpenError):
    pass


class DatabaseServerError(DatabaseOpenError):
    pass


# --- working in an open database ---------------------------------------------

class DatabaseBusy(SamvirkeError):
    title = "Databasen er opptatt"


class ConflictError(SamvirkeError):
    """A colleague saved the same record after it was opened here."""

    title = "Endret av en kollega"

    def __init__(self, message: str, *, changed_by: str = "", changed_at=None):
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at


class RecordGone(SamvirkeError):
    title = "Finnes ikke lenger"


class ValidationError(SamvirkeError):
    """One or more fields are wrong; ``field_errors`` maps field name to message."""

    title = "Sjekk feltene"

    def __init__(self, field_errors: dict[str, str]):
        self.field_errors = dict(field_errors)
        super().__init__("\n".join(self.field_errors.values()))


class PhotoConsentMissing(ValidationError):
    """A photo chosen for a report shows someone without a photo consent that holds on the
    day the report is made. The message counts them and names nobody (it may be passed on);
    ``checks`` holds each failing photo's check (domain.activities.photos)."""

    title = "Mangler samtykke til foto"

    def __init__(self, checks: list):
        self.checks = list(checks)
        super().__init__({"photos": "\n".join(check.refusal() for check in self.checks)})


class PermissionDenied(SamvirkeError):
    title = "Ikke tilgang"


class TeamNameMissing(ValidationError):
    """A report that the team confirms and signs (the timeattest) and no team name is set:
    it would say «Samvirke bekrefter …». The window asks for the name; commands refuse."""

    title = "Teamets navn mangler"

    def __init__(self, message: str):
        super().__init__({"team_name": message})
