"""Pictures and people with and without photo consents, for the photo tests of every layer."""
import datetime
import io
from dataclasses import dataclass

from samvirke_desktop.db.models import Activity, Consent, Enrolment, Resident

D = datetime.date
REPORT_DAY = D(2026, 6, 1)


def picture_bytes(width=640, height=480, colour=(40, 120, 200), kind="PNG", exif=None) -> bytes:
    """A real picture file made with Pillow: a coloured field with a lighter square."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).rectangle((width // 4, height // 4, width // 2, height // 2),
                                    fill=(250, 220, 90))
    out = io.BytesIO()
    if exif is not None:
        image.save(out, kind, exif=exif)
    else:
        image.save(out, kind)
    return out.getvalue()


@dataclass
class PhotoPeople:
    activity: Activity
    amina: Resident      # adult, consented herself
    yusuf: Resident      # child, consent from a guardian
    lina: Resident       # child who "consented" herself at 10: does not count
    omar: Resident       # child, consent withdrawn 01.03.2026
    noah: Resident       # no consent at all
    sara: Resident       # withdrew in 2025, gave it again in 2026

    @property
    def consenting(self) -> list[Resident]:
        return [self.amina, self.yusuf, self.sara]


def photo_people(activity_name="Aktivitetsuke i høstferien") -> PhotoPeople:
    """An activity with six participants and their photo consents as of ``REPORT_DAY``."""
    activity = Activity.create(name=activity_name, kind="holiday_activity")

    def person(first, last, year):
        resident = Resident.create(first_name=first, last_name=last, birth_year=year,
                                   gender="female" if first in ("Amina", "Lina", "Sara") else "male")
        Enrolment.create(activity=activity, resident=resident,
                         role="adult" if year < 2000 else "child")
        return resident

    amina = person("Amina", "Hassan", 1985)
    yusuf = person("Yusuf", "Hassan", 2016)
    lina = person("Lina", "Berg", 2016)
    omar = person("Omar", "Ali", 2015)
    noah = person("Noah", "Johansen", 2017)
    sara = person("Sara", "Lund", 2014)
    Consent.create(resident=amina, kind="photo", given_by="Amina Hassan",
                   given_date=D(2026, 1, 10))
    Consent.create(resident=yusuf, kind="photo", given_by="Amina Hassan", given_by_guardian=True,
                   given_date=D(2025, 9, 1))
    Consent.create(resident=lina, kind="photo", given_by="Lina Berg", given_by_guardian=False,
                   given_date=D(2026, 2, 1))
    Consent.create(resident=omar, kind="photo", given_by="Faduma Ali", given_by_guardian=True,
                   given_date=D(2025, 9, 1), withdrawn_date=D(2026, 3, 1))
    Consent.create(resident=sara, kind="photo", given_by="Per Lund", given_by_guardian=True,
                   given_date=D(2025, 8, 20), withdrawn_date=D(2025, 10, 1))
    Consent.create(resident=sara, kind="photo", given_by="Per Lund", given_by_guardian=True,
                   given_date=D(2026, 1, 5))
    # Another kind of consent is no photo consent.
    Consent.create(resident=noah, kind="sms", given_by="Kari Johansen", given_by_guardian=True,
                   given_date=D(2025, 9, 1))
    return PhotoPeople(activity, amina, yusuf, lina, omar, noah, sara)
