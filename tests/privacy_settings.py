"""Innstillinger → Personvern filled in, as a team does once: the access report (innsyn) is
refused until the legal basis, the controller and the data protection officer are there.
The demo has them already; a fresh test database gets them from ``fill_privacy_settings``."""
from samvirke_desktop.domain.privacy.controller import Contact
from samvirke_desktop.domain.privacy.retention import (
    RetentionRules,
    privacy_statement,
    retention_rules,
    save_privacy_settings,
)

LEGAL_BASIS = ("Personvernforordningen artikkel 6 nr. 1 bokstav e, jf. folkehelseloven § 7; "
               "samtykke for bilder.")
CONTROLLER = Contact("Oslo kommune, Bydel Sagene", "Postboks 4250 Nydalen, 0401 Oslo",
                     "postmottak@sagene.example.no", "")
DATA_PROTECTION_OFFICER = Contact("Tone Vik", "", "personvernombud@oslo.example.no", "")


def fill_privacy_settings(rules: RetentionRules | None = None) -> None:
    """Save the settings as an administrator would (the current actor must be one)."""
    save_privacy_settings(privacy_statement().purposes, LEGAL_BASIS, rules or retention_rules(),
                          controller_contact=CONTROLLER, dpo=DATA_PROTECTION_OFFICER)
