"""Two photos from the activity week in the autumn holiday: one where everyone shown has a
photo consent, one with a child whose guardians never gave it (so the grant report refuses it).

The pictures are drawn here, as simple scenes in flat colours written as PNG by a few lines of
zlib, so the demo needs no picture files and the same seed always gives the same bytes.
"""
import datetime
import struct
import zlib

from samvirke_desktop.db import models as m
from samvirke_desktop.domain.demo.calendar import TODAY, at

WIDTH, HEIGHT = 480, 320
Colour = tuple[int, int, int]


class Canvas:
    def __init__(self, width: int, height: int, colour: Colour):
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(colour) * (width * height))

    def span(self, y: int, x0: int, x1: int, colour: Colour) -> None:
        if 0 <= y < self.height:
            x0, x1 = max(0, x0), min(self.width, x1)
            if x1 > x0:
                start = (y * self.width + x0) * 3
                self.pixels[start:start + (x1 - x0) * 3] = bytes(colour) * (x1 - x0)

    def rect(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        for y in range(y0, y1):
            self.span(y, x0, x1, colour)

    def vertical_gradient(self, y0: int, y1: int, top: Colour, bottom: Colour) -> None:
        for y in range(y0, y1):
            t = (y - y0) / max(1, y1 - y0 - 1)
            self.span(y, 0, self.width, tuple(round(a + (b - a) * t) for a, b in zip(top, bottom)))

    def circle(self, cx: int, cy: int, r: int, colour: Colour) -> None:
        for y in range(cy - r, cy + r + 1):
            half = int((r * r - (y - cy) ** 2) ** 0.5)
            self.span(y, cx - half, cx + half + 1, colour)

    def triangle_up(self, cx: int, top: int, bottom: int, half_width: int, colour: Colour) -> None:
        for y in range(top, bottom):
            half = half_width * (y - top) // max(1, bottom - top)
            self.span(y, cx - half, cx + half + 1, colour)

    def person(self, x: int, ground: int, height: int, shirt: Colour, skin: Colour) -> None:
        """A figure seen at a distance: legs, body and head."""
        head = max(5, height // 7)
        body_top = ground - height + 2 * head
        self.rect(x - head, body_top, x + head, ground - height // 3, shirt)
        self.rect(x - head + 1, ground - height // 3, x - 1, ground, (50, 55, 70))
        self.rect(x + 1, ground - height // 3, x + head - 1, ground, (50, 55, 70))
        self.circle(x, body_top - head, head, skin)

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(self.pixels[y * self.width * 3:(y + 1) * self.width * 3])
                       for y in range(self.height))

        def chunk(tag: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + tag + data
                    + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


SKIN = ((141, 85, 36), (224, 172, 105), (198, 134, 66), (241, 194, 125), (92, 56, 30))
SHIRTS = ((214, 69, 65), (52, 120, 198), (245, 176, 65), (76, 175, 80), (156, 39, 176))


def trip_picture(people: int) -> bytes:
    """A walk by a lake in autumn: sky, hills, trees and the children on the path."""
    c = Canvas(WIDTH, HEIGHT, (0, 0, 0))
    c.vertical_gradient(0, 170, (120, 170, 220), (205, 225, 240))
    c.circle(395, 55, 26, (255, 236, 160))
    for cx, top, half in ((70, 110, 150), (250, 95, 190), (430, 120, 140)):
        c.triangle_up(cx, top, 175, half, (104, 130, 110))
    c.rect(0, 170, WIDTH, 215, (70, 120, 170))          # the lake
    c.vertical_gradient(215, HEIGHT, (150, 170, 80), (110, 130, 60))
    for x, size in ((30, 70), (75, 90), (445, 80)):
        c.rect(x - 4, 210 - size // 3, x + 4, 225, (90, 60, 40))
        c.triangle_up(x, 210 - size, 210 - size // 4, size // 3, (200, 110, 40))
    c.rect(0, 262, WIDTH, 282, (190, 170, 130))          # the path
    for i in range(people):
        x = 150 + i * 62
        c.person(x, 276, 74 - (i % 2) * 10, SHIRTS[i % len(SHIRTS)], SKIN[i % len(SKIN)])
    return c.png()


def lunch_picture(people: int) -> bytes:
    """Lunch in the common room: a wall with a window, a long table and people round it."""
    c = Canvas(WIDTH, HEIGHT, (236, 226, 205))
    c.rect(300, 40, 440, 150, (170, 205, 230))           # window
    c.rect(366, 40, 374, 150, (250, 250, 250))
    c.rect(300, 92, 440, 98, (250, 250, 250))
    c.rect(0, 230, WIDTH, HEIGHT, (160, 120, 80))        # floor
    for i in range(people):
        x = 90 + i * 80
        c.person(x, 250, 96, SHIRTS[(i + 2) % len(SHIRTS)], SKIN[(i + 1) % len(SKIN)])
    c.rect(40, 205, 440, 222, (120, 80, 50))             # the table, with a cloth to the floor
    c.rect(46, 222, 434, 262, (200, 70, 60))
    c.rect(60, 262, 72, 275, (100, 65, 40))
    c.rect(408, 262, 420, 275, (100, 65, 40))
    for x in range(80, 420, 70):
        c.circle(x, 203, 10, (250, 250, 250))            # plates
    return c.png()


def _photo_consents(rows) -> dict[int, bool]:
    """Whether each child's latest photo consent holds on the demo's today."""
    latest: dict[int, tuple] = {}
    for row in rows.rows(m.Consent):
        if row["kind"] != "photo" or row.get("given_date") is None or row["given_date"] > TODAY:
            continue
        key = (row["given_date"], row["id"])
        if row["resident"] not in latest or key > latest[row["resident"]][0]:
            latest[row["resident"]] = (key, row)
    return {rid: (row.get("withdrawn_date") is None or row["withdrawn_date"] > TODAY)
            for rid, (_key, row) in latest.items()}


def build_photos(rows, story, people) -> None:
    """The two photos on the 2026 activity week, with children who were there that day."""
    sessions = [s for s in story.sessions_of("hostferie")
                if s.date.year == 2026 and s.registered]
    if not sessions:
        return
    consent = _photo_consents(rows)
    children = {p.id for p in people.children}
    for session, (caption, draw, size, with_consent) in zip(sessions, (
            ("Tur rundt Sognsvann i høstferien", trip_picture, 4, 4),
            ("Lunsj i fellesrommet etter turen", lunch_picture, 4, 3))):
        here = sorted({a["resident"] for a in rows.rows(m.Attendance)
                       if a["session"] == session.id and a["present"]
                       and a["resident"] in children})
        consenting = [rid for rid in here if consent.get(rid)]
        lacking = [rid for rid in here if rid not in consent]   # never given
        shown = consenting[:with_consent] + lacking[:size - with_consent]
        if len(shown) < size:
            continue
        taken = at(session.date, 13)
        photo_id = rows.add(m.ActivityPhoto, at=taken + datetime.timedelta(hours=6),
                            activity=story.ids["hostferie"], caption=caption,
                            taken_on=session.date, image=draw(size), image_format="png",
                            width=WIDTH, height=HEIGHT, nobody_recognisable=False,
                            unnamed_people=0)
        for rid in shown:
            rows.add(m.ActivityPhotoPerson, photo=photo_id, resident=rid)
