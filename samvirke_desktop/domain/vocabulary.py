"""The words the team uses for the stored codes (Norwegian bokmål).

The labels stay Norwegian here: imports read them and exports write them. Screens and PDFs
show them in the chosen language with ``label_text(label)``; ``QT_TRANSLATE_NOOP`` marks each
for pyside6-lupdate, so they are translated in resources/translations like every screen text.
"""
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

CONTEXT = "vocabulary"


def label_text(label: str) -> str:
    """A label of this module in the language the program is shown in."""
    return translate(CONTEXT, label)


GENDER_LABELS = {
    "female": QT_TRANSLATE_NOOP("vocabulary", "Kvinne"),
    "male": QT_TRANSLATE_NOOP("vocabulary", "Mann"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "Annet"),
    "unspecified": QT_TRANSLATE_NOOP("vocabulary", "Ikke oppgitt"),
}

ADULT_AGE = 18


def gender_label(code: str, age: int | None = None) -> str:
    """Jente/gutt for children, kvinne/mann for adults."""
    if age is not None and age < ADULT_AGE:
        if code == "female":
            return QT_TRANSLATE_NOOP("vocabulary", "Jente")
        if code == "male":
            return QT_TRANSLATE_NOOP("vocabulary", "Gutt")
    return GENDER_LABELS.get(code, code)


ATTENDANCE_ROLE_LABELS = {
    "child": QT_TRANSLATE_NOOP("vocabulary", "Barn"),
    "parent": QT_TRANSLATE_NOOP("vocabulary", "Forelder"),
    "adult": QT_TRANSLATE_NOOP("vocabulary", "Voksen"),
}

ACTIVITY_KIND_LABELS = {
    "homework_help": QT_TRANSLATE_NOOP("vocabulary", "Leksehjelp"),
    "neighbourhood_school": QT_TRANSLATE_NOOP("vocabulary", "Nærmiljøskole"),
    "patrol": QT_TRANSLATE_NOOP("vocabulary", "Nærmiljøpatrulje"),
    "dugnad": QT_TRANSLATE_NOOP("vocabulary", "Dugnad"),
    "hub": QT_TRANSLATE_NOOP("vocabulary", "Treffsted"),
    "meeting": QT_TRANSLATE_NOOP("vocabulary", "Møte"),
    "holiday_activity": QT_TRANSLATE_NOOP("vocabulary", "Ferieaktivitet"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "Annet"),
}

APPLICATION_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("vocabulary", "Utkast"),
    "sent": QT_TRANSLATE_NOOP("vocabulary", "Sendt"),
    "granted": QT_TRANSLATE_NOOP("vocabulary", "Innvilget"),
    "partly_granted": QT_TRANSLATE_NOOP("vocabulary", "Delvis innvilget"),
    "rejected": QT_TRANSLATE_NOOP("vocabulary", "Avslått"),
    "reported": QT_TRANSLATE_NOOP("vocabulary", "Rapportert"),
    "closed": QT_TRANSLATE_NOOP("vocabulary", "Avsluttet"),
}

USER_ROLE_LABELS = {
    "admin": QT_TRANSLATE_NOOP("vocabulary", "Administrator"),
    "coordinator": QT_TRANSLATE_NOOP("vocabulary", "Koordinator"),
    "activity_leader": QT_TRANSLATE_NOOP("vocabulary", "Aktivitetsleder"),
    "grant_writer": QT_TRANSLATE_NOOP("vocabulary", "Søknadsskriver"),
}

PARTNER_KIND_LABELS = {
    "nav": QT_TRANSLATE_NOOP("vocabulary", "NAV"),
    "housing": QT_TRANSLATE_NOOP("vocabulary", "Boligforvaltning"),
    "police": QT_TRANSLATE_NOOP("vocabulary", "Politi"),
    "school": QT_TRANSLATE_NOOP("vocabulary", "Skole"),
    "library": QT_TRANSLATE_NOOP("vocabulary", "Bibliotek"),
    "shop": QT_TRANSLATE_NOOP("vocabulary", "Butikk"),
    "church": QT_TRANSLATE_NOOP("vocabulary", "Tros- og livssynssamfunn"),
    "health": QT_TRANSLATE_NOOP("vocabulary", "Helse"),
    "voluntary_org": QT_TRANSLATE_NOOP("vocabulary", "Frivillig organisasjon"),
    "municipal_service": QT_TRANSLATE_NOOP("vocabulary", "Kommunal tjeneste"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "Annet"),
}

GOAL_RATING_LABELS = {
    "reached": QT_TRANSLATE_NOOP("vocabulary", "Nådd"),
    "partly": QT_TRANSLATE_NOOP("vocabulary", "Delvis nådd"),
    "not_reached": QT_TRANSLATE_NOOP("vocabulary", "Ikke nådd"),
    "": "",
}

CONSENT_KIND_LABELS = {
    "photo": QT_TRANSLATE_NOOP("vocabulary", "Foto"),
    "sms": QT_TRANSLATE_NOOP("vocabulary", "Kontakt på SMS"),
    "email": QT_TRANSLATE_NOOP("vocabulary", "Kontakt på e-post"),
    "publication": QT_TRANSLATE_NOOP("vocabulary", "Publisering"),
}

WEEKDAY_LABELS = {
    1: QT_TRANSLATE_NOOP("vocabulary", "mandag"),
    2: QT_TRANSLATE_NOOP("vocabulary", "tirsdag"),
    3: QT_TRANSLATE_NOOP("vocabulary", "onsdag"),
    4: QT_TRANSLATE_NOOP("vocabulary", "torsdag"),
    5: QT_TRANSLATE_NOOP("vocabulary", "fredag"),
    6: QT_TRANSLATE_NOOP("vocabulary", "lørdag"),
    7: QT_TRANSLATE_NOOP("vocabulary", "søndag"),
}
MONTH_LABELS = {
    1: QT_TRANSLATE_NOOP("vocabulary", "januar"),
    2: QT_TRANSLATE_NOOP("vocabulary", "februar"),
    3: QT_TRANSLATE_NOOP("vocabulary", "mars"),
    4: QT_TRANSLATE_NOOP("vocabulary", "april"),
    5: QT_TRANSLATE_NOOP("vocabulary", "mai"),
    6: QT_TRANSLATE_NOOP("vocabulary", "juni"),
    7: QT_TRANSLATE_NOOP("vocabulary", "juli"),
    8: QT_TRANSLATE_NOOP("vocabulary", "august"),
    9: QT_TRANSLATE_NOOP("vocabulary", "september"),
    10: QT_TRANSLATE_NOOP("vocabulary", "oktober"),
    11: QT_TRANSLATE_NOOP("vocabulary", "november"),
    12: QT_TRANSLATE_NOOP("vocabulary", "desember"),
}

# The languages the activity poster can be printed in besides bokmål (codes as in BCP 47;
# Dari is "prs"), in the order the team picks them. The names are what the team sees.
# Urdu is not offered yet: the shipped Arabic-script font (DejaVu Sans) lacks the joined forms
# of heh goal and yeh barree, two of Urdu's commonest letters, so they would print as boxes.
POSTER_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("vocabulary", "Engelsk"),
    "ar": QT_TRANSLATE_NOOP("vocabulary", "Arabisk"),
    "so": QT_TRANSLATE_NOOP("vocabulary", "Somali"),
    "ti": QT_TRANSLATE_NOOP("vocabulary", "Tigrinja"),
    "pl": QT_TRANSLATE_NOOP("vocabulary", "Polsk"),
    "prs": QT_TRANSLATE_NOOP("vocabulary", "Dari"),
}
# Written right to left: the poster is laid out from the right for these.
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "prs"})
