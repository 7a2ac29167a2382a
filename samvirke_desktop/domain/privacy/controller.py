"""Who answers for the team's personal data: the controller (behandlingsansvarlig, the bydel)
and its data protection officer (personvernombud).

Entered once under Innstillinger → Personvern, stored in the shared settings and printed in
every access report, which is refused until both can be reached (``missing_parts``).
"""
from dataclasses import dataclass

from samvirke_desktop.domain.team.settings_store import read_setting, write_setting
from samvirke_desktop.domain.validation import FieldErrors, validate_email, validate_phone

CONTROLLER_KEY = "privacy.controller"
DPO_KEY = "privacy.data_protection_officer"
FIELDS = ("name", "address", "email", "phone")


@dataclass(frozen=True)
class Contact:
    name: str = ""
    address: str = ""   # the controller's; a data protection officer is reached by e-mail or phone
    email: str = ""
    phone: str = ""

    @property
    def reach(self) -> str:
        """«post@bydel.no · 21 80 21 80», or whichever part is set."""
        return " · ".join(part for part in (self.email, self.phone) if part)

    def as_dict(self) -> dict:
        """For the access export (JSON), with the export's Norwegian keys."""
        return {"navn": self.name, "adresse": self.address, "e_post": self.email,
                "telefon": self.phone}


def _read(key: str) -> Contact:
    stored = read_setting(key, {})
    if not isinstance(stored, dict):
        return Contact()
    return Contact(**{name: str(stored.get(name) or "").strip() for name in FIELDS})


def controller() -> Contact:
    return _read(CONTROLLER_KEY)


def data_protection_officer() -> Contact:
    return _read(DPO_KEY)


def missing_parts(controller_contact: Contact, dpo: Contact) -> list[str]:
    """What the access report still lacks of the two contacts, in words for a message."""
    missing = []
    if not controller_contact.name:
        missing.append("behandlingsansvarliges navn")
    if not controller_contact.address:
        missing.append("behandlingsansvarliges adresse")
    if not controller_contact.reach:
        missing.append("behandlingsansvarliges e-post eller telefon")
    if not dpo.name:
        missing.append("personvernombudets navn")
    if not dpo.reach:
        missing.append("personvernombudets e-post eller telefon")
    return missing


def checked(controller_contact: Contact, dpo: Contact, errors: FieldErrors
            ) -> tuple[Contact, Contact]:
    """Both contacts tidied (spaces, phone numbers as «912 34 567»); a wrong e-mail or phone
    goes into ``errors`` under «controller_email», «dpo_phone» and so on."""
    result = []
    for prefix, contact in (("controller", controller_contact), ("dpo", dpo)):
        email, phone = contact.email, contact.phone
        with errors.check(f"{prefix}_email"):
            email = validate_email(contact.email)
        with errors.check(f"{prefix}_phone"):
            phone = validate_phone(contact.phone)
        result.append(Contact(name=" ".join(contact.name.split()),
                              address=" ".join(contact.address.split()) if prefix == "controller"
                              else "",
                              email=email, phone=phone))
    return result[0], result[1]


def store(controller_contact: Contact, dpo: Contact) -> None:
    """Write both (already checked) contacts; called inside the privacy settings' save."""
    for key, contact in ((CONTROLLER_KEY, controller_contact), (DPO_KEY, dpo)):
        write_setting(key, {name: getattr(contact, name) for name in FIELDS
                            if key == CONTROLLER_KEY or name != "address"})
