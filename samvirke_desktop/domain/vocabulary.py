"""The words the team uses for the stored codes (Norwegian bokmål)."""

GENDER_LABELS = {
    "female": "Kvinne",
    "male": "Mann",
    "other": "Annet",
    "unspecified": "Ikke oppgitt",
}

ADULT_AGE = 18


def gender_label(code: str, age: int | None = None) -> str:
    """Jente/gutt for children, kvinne/mann for adults."""
    if age is not None and age < ADULT_AGE:
        if code == "female":
            return "Jente"
        if code == "male":
            return "Gutt"
    return GENDER_LABELS.get(code, code)


ATTENDANCE_ROLE_LABELS = {"child": "Barn", "parent": "Forelder", "adult": "Voksen"}

ACTIVITY_KIND_LABELS = {
    "homework_help": "Leksehjelp",
    "neighbourhood_school": "Nærmiljøskole",
    "patrol": "Nærmiljøpatrulje",
    "dugnad": "Dugnad",
    "hub": "Treffsted",
    "meeting": "Møte",
    "holiday_activity": "Ferieaktivitet",
    "other": "Annet",
}

APPLICATION_STATUS_LABELS = {
    "draft": "Utkast",
    "sent": "Sendt",
    "granted": "Innvilget",
    "partly_granted": "Delvis innvilget",
    "rejected": "Avslått",
    "reported": "Rapportert",
    "closed": "Avsluttet",
}

USER_ROLE_LABELS = {
    "admin": "Administrator",
    "coordinator": "Koordinator",
    "activity_leader": "Aktivitetsleder",
    "grant_writer": "Søknadsskriver",
}

PARTNER_KIND_LABELS = {
    "nav": "NAV",
    "housing": "Boligforvaltning",
    "police": "Politi",
    "school": "Skole",
    "library": "Bibliotek",
    "shop": "Butikk",
    "church": "Tros- og livssynssamfunn",
    "health": "Helse",
    "voluntary_org": "Frivillig organisasjon",
    "municipal_service": "Kommunal tjeneste",
    "other": "Annet",
}

GOAL_RATING_LABELS = {"reached": "Nådd", "partly": "Delvis nådd", "not_reached": "Ikke nådd", "": ""}

CONSENT_KIND_LABELS = {"photo": "Foto", "sms": "Kontakt på SMS", "email": "Kontakt på e-post",
                       "publication": "Publisering"}

WEEKDAY_LABELS = {1: "mandag", 2: "tirsdag", 3: "onsdag", 4: "torsdag", 5: "fredag",
                  6: "lørdag", 7: "søndag"}
MONTH_LABELS = {1: "januar", 2: "februar", 3: "mars", 4: "april", 5: "mai", 6: "juni", 7: "juli",
                8: "august", 9: "september", 10: "oktober", 11: "november", 12: "desember"}
