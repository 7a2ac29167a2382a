"""``samvirke demo PATH``: a new database filled with a realistic school year and a half.

The story: Bydel Sagene's bo- og nærmiljøteam works at two addresses (Kvartal 5 at
Sandaker and Vogts gate 64 at Torshov) with leksehjelp, Nærmiljøskolen, dugnad, a Friday
hub, network meetings, a parents' patrol and an activity week in the autumn holiday,
funded by five applications. Sessions run from the start of the 2025/26 school year to
18.12.2026; attendance is registered up to the demo's today, 20.11.2026.

The same seed always gives the same database: only ``random.Random(seed)`` is used, every
timestamp is part of the story, and rows are written in a fixed order.
"""
import json
import random
from pathlib import Path

from samvirke_desktop.db import models as m
from samvirke_desktop.db.connection import close_database, open_database
from samvirke_desktop.db.schema import HISTORY_TABLE, WRITTEN_BY_KEY
from samvirke_desktop.domain.demo.activities import build_activities
from samvirke_desktop.domain.demo.calendar import DATABASE_STARTED, STAMP, TODAY
from samvirke_desktop.domain.demo.grants import build_grants
from samvirke_desktop.domain.demo.names import ContactMaker
from samvirke_desktop.domain.demo.partners import build_partners
from samvirke_desktop.domain.demo.people import build_people
from samvirke_desktop.domain.demo.photos import build_photos
from samvirke_desktop.domain.demo.rows import DemoRows
from samvirke_desktop.domain.demo.team import (
    CONTROLLER,
    DATA_PROTECTION_OFFICER,
    DISTRICT,
    LEGAL_BASIS,
    TEAM_EMAIL,
    TEAM_NAME,
    TEAM_ORGANISATION_NUMBER,
    TEAM_PHONE,
)
from samvirke_desktop.domain.demo.volunteers import build_volunteers
from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.privacy.controller import CONTROLLER_KEY, DPO_KEY
from samvirke_desktop.domain.privacy.retention import LEGAL_BASIS_KEY
from samvirke_desktop.domain.team.team_settings import (
    TEAM_BYDEL_KEY,
    TEAM_EMAIL_KEY,
    TEAM_NAME_KEY,
    TEAM_ORGANISATION_NUMBER_KEY,
    TEAM_PHONE_KEY,
)
from samvirke_desktop.errors import SamvirkeError


class DemoFileExists(SamvirkeError):
    title = "Filen finnes allerede"


def build_demo_rows(seed: int = 2026) -> DemoRows:
    """All demo rows in memory, without touching a database."""
    rng = random.Random(seed)
    rows = DemoRows(STAMP)
    contacts = ContactMaker(rng)
    people = build_people(rows, rng, contacts)
    volunteers = build_volunteers(rows, rng, people, contacts)
    partner_ids = build_partners(rows, rng, people, contacts)
    story = build_activities(rows, rng, people, volunteers, partner_ids)
    build_grants(rows, rng, story)
    build_photos(rows, story, people)   # last, and without the seed: nothing else moves
    return rows


def write_demo_database(path: Path, seed: int = 2026) -> str:
    """Create the demo database at ``path`` and return a one-line Norwegian summary."""
    path = Path(path)
    if path.exists():
        raise DemoFileExists(
            f"Filen «{path}» finnes allerede. Demodatabasen lages alltid som en ny fil, så "
            "ingenting blir overskrevet. Velg et annet filnavn, eller flytt den gamle filen først.")
    rows = build_demo_rows(seed)
    opened = open_database(path, create=True)
    try:
        db = opened.database
        rows.write(db)
        # Opening stamped the schema's history with the clock; the story's time is used
        # instead, so the same seed gives the same file.
        with db.atomic():
            db.execute_sql(f'UPDATE "{HISTORY_TABLE}" SET applied = ?', (DATABASE_STARTED,))
            (m.Setting.update(updated_at=DATABASE_STARTED, updated_by="demo")
             .where(m.Setting.key == WRITTEN_BY_KEY).execute())
            # The team's name and district, as the reports print them, and its contact; the
            # legal basis and who answers for the data, which the access report needs.
            for key, value in ((TEAM_NAME_KEY, TEAM_NAME), (TEAM_BYDEL_KEY, DISTRICT),
                               (TEAM_PHONE_KEY, TEAM_PHONE), (TEAM_EMAIL_KEY, TEAM_EMAIL),
                               (TEAM_ORGANISATION_NUMBER_KEY, TEAM_ORGANISATION_NUMBER),
                               (LEGAL_BASIS_KEY, LEGAL_BASIS), (CONTROLLER_KEY, CONTROLLER),
                               (DPO_KEY, DATA_PROTECTION_OFFICER)):
                m.Setting.create(key=key, value=json.dumps(value, ensure_ascii=False),
                                 updated_at=DATABASE_STARTED, updated_by="demo")
    except BaseException:
        # A half-filled demo is worse than none: the file was made here, so it goes.
        close_database()
        path.unlink(missing_ok=True)
        raise
    close_database()
    return summary(rows)


def summary(rows: DemoRows) -> str:
    sessions = [s for s in rows.rows(m.Session) if not s.get("cancelled")]
    held = sum(1 for s in sessions if s["date"] <= TODAY)
    parts = (
        (rows.count(m.Site), "område", "områder"),
        (rows.count(m.Resident), "beboer", "beboere"),
        (rows.count(m.Household), "husstand", "husstander"),
        (rows.count(m.Volunteer), "frivillig", "frivillige"),
        (rows.count(m.Partner), "samarbeidspartner", "samarbeidspartnere"),
        (rows.count(m.Activity), "aktivitet", "aktiviteter"),
        (len(sessions), "samling", "samlinger"),
        (sum(1 for a in rows.rows(m.Attendance) if a["present"]), "oppmøte", "oppmøter"),
        (rows.count(m.Application), "søknad", "søknader"),
    )
    text = ", ".join(f"{number(n)} {one if n == 1 else many}" for n, one, many in parts)
    return text.replace(" samlinger,", f" samlinger ({number(held)} holdt),", 1)
