"""The bo- og nærmiljøteam in Bydel Sagene whose work the demo shows."""

DISTRICT = "Bydel Sagene"
TEAM_NAME = "Bo- og nærmiljøteamet"
# How residents reach the team, as the activity poster prints it (made up, never a real line).
TEAM_PHONE = "912 34 567"
TEAM_EMAIL = "bomiljo@sagene.example.no"
# Printed beside the signature of a grant report (made up, with a right check digit).
TEAM_ORGANISATION_NUMBER = "999 888 771"
COORDINATOR = "Hanne Lie"          # bomiljøarbeider, runs leksehjelp and dugnad
COMMUNITY_WORKER = "Yusuf Demir"   # bomiljøarbeider, Vogts gate 64 and the patrol
NAV_COORDINATOR = "Marte Kolstad"  # NAV's coordinator in the team
GRANT_WRITER = "Siri Aasland"      # writes the applications and reports

# Innstillinger → Personvern, so the demo's access report can be made (made-up contacts).
LEGAL_BASIS = (
    "Personvernforordningen artikkel 6 nr. 1 bokstav e: oppgave i allmennhetens interesse som "
    "bydelen er pålagt, jf. folkehelseloven § 7 (tiltak for oppvekst- og levekårsforhold og "
    "sosiale miljøer) og sosialtjenesteloven §§ 15 og 17 (boliger til vanskeligstilte; "
    "opplysning, råd og veiledning som forebygger sosiale problemer). Samtykke (artikkel 6 "
    "nr. 1 bokstav a) for det som er frivillig, som bilder og SMS; for barn under 15 år gir "
    "foresatte samtykket.")
CONTROLLER = {"name": "Oslo kommune, Bydel Sagene",
              "address": "Postboks 4250 Nydalen, 0401 Oslo",
              "email": "postmottak@sagene.example.no", "phone": ""}
DATA_PROTECTION_OFFICER = {"name": "Tone Vik",
                           "email": "personvernombud@oslo.example.no", "phone": ""}
