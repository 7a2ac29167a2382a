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
