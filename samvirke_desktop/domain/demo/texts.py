"""Topics and short notes for the demo's sessions, in the words a team would write."""
from samvirke_desktop.domain.demo.calendar import TODAY

THEMES = (
    ("Brannsikkerhet i hjemmet", "Oslo brann- og redningsetat"),
    ("Inneklima og lufting – unngå fukt og mugg", "Boligbygg"),
    ("Konflikthåndtering mellom naboer", "Konfliktrådet"),
    ("Foreldrerollen i Norge", "Helsestasjonen, ICDP-veileder"),
    ("Støtteordninger og bostøtte", "NAV Sagene"),
    ("Dugnad og felles ansvar", "Boligbygg og vaktmesteren"),
)
INTERPRETERS = ("arabisk og somali", "arabisk, somali og tigrinja", "somali og dari",
                "arabisk og ukrainsk")

HOMEWORK_NOTES = (
    "Mange jobbet med matteprøven på fredag.",
    "Kartleggingsprøve i lesing neste uke – vi øvde på leseforståelse.",
    "Fullt i grupperommet, lånte også lesesalen.",
    "Flere foreldre spurte om utviklingssamtalene. Tar det opp med skolen.",
    "Frukt fra Kiwi. Ny leksehjelper var med for første gang.",
    "Rolig kveld, mye engelskgloser.",
)
HUB_TOPICS = ("Vaffelfredag", "Bingo", "Quiz", "Spillkveld", "Suppe og brød")
HUB_NOTES = ("Mange barn innom rett etter skolen.", "Flere nye beboere fra blokk B kom innom.",
             "Beboere ønsker kurs i sykkelreparasjon.")
PATROL_NOTES = ("Rolig kveld.", "Ungdommer samlet ved lekeplassen; hyggelig prat, ingen uro.",
                "Meldte knust lykt ved oppgang B til vaktmesteren.",
                "Gikk sammen med utekontaktene fra bydelen.")
NETWORK_NOTES = (
    "Gjennomgang av saker siden sist. Politiet orienterte om uro ved gangveien; patruljen "
    "justerer ruten.",
    "Boligbygg orienterte om oppussing av oppgang A. Beboerne får brev på flere språk.",
    "DPS og NAV avtalte felles oppfølging ved bekymring. Ingen navn i referatet.",
    "Kirken tilbyr lokaler til sommeravslutningen. Kiwi fortsetter frukt til leksehjelpen.",
    "Planlegging av HMS-aksjon og idémøte før ferien.",
)
HOLIDAY_DAYS = ("Tur langs Akerselva med bålkos", "Fotball og lek med Sagene IF",
                "Biblioteksdag på Deichman Torshov", "Kunst, kake og avslutning")


def session_text(key: str, day, number: int, index_in_plan: int, rng) -> tuple[str, str]:
    """(topic, notes) for the ``number``-th session of an activity.

    Notes about what happened are only written for sessions up to the demo's today.
    """
    held = day <= TODAY
    if key == "naermiljoskolen":
        topic, speaker = THEMES[number % len(THEMES)]
        return topic, f"Innleder: {speaker}. Tolk: {INTERPRETERS[number % len(INTERPRETERS)]}."
    if key == "dugnad":
        if day.month >= 8:
            return ("Høstdugnad: raking, rydding av sykkelboden og beplantning",
                    "Boligbygg stilte med container og verktøy. Kiwi sponset pølser." if held else "")
        return ("Vårdugnad: feiing, maling av benker og sommerblomster",
                "Vaktmesteren viste hvordan benkene skulle slipes. Grillmat etterpå." if held else "")
    if key == "hostferie":
        return HOLIDAY_DAYS[index_in_plan % len(HOLIDAY_DAYS)], "Lunsj i fellesrommet."
    if key == "naernettverk":
        return "Nærnettverksmøte", NETWORK_NOTES[number % len(NETWORK_NOTES)] if held else ""
    if key == "fredagstreff":
        if day.month == 12 and day.day >= 10:
            return "Julegrøt", ""
        if rng.random() < 0.25:
            return rng.choice(HUB_TOPICS), rng.choice(HUB_NOTES) if held and rng.random() < 0.3 else ""
        return "", ""
    if key == "patrulje":
        return "", rng.choice(PATROL_NOTES) if held and rng.random() < 0.4 else ""
    if key == "leksehjelp":
        return "", rng.choice(HOMEWORK_NOTES) if held and rng.random() < 0.1 else ""
    return "", ""
