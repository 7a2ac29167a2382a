"""Photos from an activity: the picture, a caption, the day it was taken and who is shown.

A photo may go into a report only when everyone shown has a photo consent that was given and
not withdrawn on the day the report is made, given by a guardian for a child under 15 (as
the consent rows record), or when the team marked it as showing nobody who can be
recognised. Otherwise the report is refused with ``PhotoConsentMissing``, whose message
counts the people lacking consent and names nobody (it may reach the funder's copy); the
window can ask ``consent_details`` for the names, to show the user what to fix.

The picture is kept in the database, scaled down to at most ``MAX_SIDE`` pixels and without
the camera's metadata (the place it was taken, the phone's serial number): it then reaches
every PC on a shared folder and a PostgreSQL server alike, is in every backup, and goes with
its row. Pillow (which ReportLab needs anyway) reads and scales it; no Qt here.
"""
import datetime
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from samvirke_desktop.db.folding import fold
from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    ActivityPhoto,
    ActivityPhotoPerson,
    Attendance,
    Consent,
    Enrolment,
    Resident,
    Session,
)
from samvirke_desktop.db.transactions import write
from samvirke_desktop.domain.activities import attendance
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.people.resident_record import OWN_CONSENT_AGE
from samvirke_desktop.domain.person_names import full_name, sort_text
from samvirke_desktop.domain.team import actor, permissions, record_changes
from samvirke_desktop.domain.validation import InvalidValue, age_on, parse_date
from samvirke_desktop.errors import (
    PermissionDenied,
    PhotoConsentMissing,
    RecordGone,
    ValidationError,
)
from samvirke_desktop.translation import QT_TRANSLATE_NOOP, translate

PHOTO = "photo"                 # the consent kind (domain.vocabulary CONSENT_KIND_LABELS)
MAX_REPORT_PHOTOS = 4           # photos in one grant report
MAX_SIDE = 1600                 # pixels; plenty for half an A4 page at print quality
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_CAPTION = 300
JPEG_QUALITY = 85
# A PNG photo (no transparency) larger than this is kept as JPEG: a tenth of the size.
PNG_AS_JPEG_ABOVE = 1_500_000

# Why a person shown does not count as consenting (``PhotoPerson.problem``).
NO_CONSENT = "none"
WITHDRAWN = "withdrawn"
NOT_BY_GUARDIAN = "not_by_guardian"
ANONYMISED = "anonymised"
PROBLEM_LABELS = {
    NO_CONSENT: QT_TRANSLATE_NOOP("Report", "ikke registrert samtykke til foto"),
    WITHDRAWN: QT_TRANSLATE_NOOP("Report", "samtykket til foto er trukket tilbake"),
    NOT_BY_GUARDIAN: QT_TRANSLATE_NOOP("Report", "under 15 år: samtykket må være gitt av "
                                       "foresatte"),
    ANONYMISED: QT_TRANSLATE_NOOP("Report", "anonymisert, men fortsatt på bildet"),
}


def _day(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _today(today: datetime.date | None) -> datetime.date:
    return today or datetime.date.today()


# --- the picture --------------------------------------------------------------------------

@dataclass(frozen=True)
class PreparedImage:
    """A picture ready to be stored: scaled, turned the right way up, metadata left out."""
    data: bytes
    format: str                       # "jpeg" or "png"
    width: int
    height: int
    taken_on: datetime.date | None    # from the camera, when it recorded one


def _refuse_image(message: str) -> ValidationError:
    return ValidationError({"image": message})


def prepare_image(source: bytes | str | Path) -> PreparedImage:
    """Read a JPEG or PNG file (or its bytes) and make the copy Samvirke keeps."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise _refuse_image(translate(
                    "Report", "Bildet er for stort ({size} MB). Bruk et bilde på under "
                    "{limit} MB, for eksempel ved å sende det fra telefonen i mindre "
                    "størrelse.").format(size=size // (1024 * 1024),
                                         limit=MAX_FILE_BYTES // (1024 * 1024)))
            data = path.read_bytes()
        except OSError as exc:
            raise _refuse_image(translate(
                "Report", "Bildet «{name}» kan ikke leses ({reason}). Sjekk at filen finnes "
                "og at du har tilgang til den.").format(name=path.name,
                                                        reason=exc.strerror or exc)) from exc
    else:
        data = bytes(source)
    if len(data) > MAX_FILE_BYTES:
        raise _refuse_image(translate("Report", "Bildet er for stort. Bruk et bilde på under "
                                      "{limit} MB.").format(limit=MAX_FILE_BYTES // (1024 * 1024)))
    not_a_picture = translate("Report", "Filen er ikke et JPEG- eller PNG-bilde. Lagre bildet "
                              "som JPEG (.jpg) eller PNG (.png) og legg det til på nytt.")
    try:
        picture = Image.open(io.BytesIO(data))
        kind = picture.format
        if kind not in ("JPEG", "PNG"):
            raise _refuse_image(not_a_picture)
        taken_on = _camera_date(picture)
        picture = ImageOps.exif_transpose(picture)   # phones store "turn it" as metadata
        picture.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError,
            SyntaxError) as exc:
        raise _refuse_image(not_a_picture) from exc
    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    transparent = picture.mode in ("RGBA", "LA") or (
        picture.mode == "P" and "transparency" in picture.info)
    if kind == "PNG":
        if picture.mode not in ("RGB", "RGBA", "L", "LA"):
            picture = picture.convert("RGBA" if transparent else "RGB")
        out = io.BytesIO()
        picture.save(out, "PNG", optimize=True)   # no text chunks: nothing but the pixels
        if transparent or out.tell() <= PNG_AS_JPEG_ABOVE:
            return PreparedImage(out.getvalue(), "png", picture.width, picture.height, taken_on)
    if picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    out = io.BytesIO()
    # Saved without exif=: the camera's metadata (GPS position, serial number) stays out.
    picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return PreparedImage(out.getvalue(), "jpeg", picture.width, picture.height, taken_on)


def _camera_date(picture) -> datetime.date | None:
    """DateTimeOriginal (or DateTime) from a photo's EXIF, when it is a real date."""
    try:
        exif = picture.getexif()
        raw = exif.get_ifd(0x8769).get(36867) or exif.get(306)
        if not raw:
            return None
        day = datetime.datetime.strptime(str(raw).strip()[:10], "%Y:%m:%d").date()
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return day if datetime.date(1990, 1, 1) <= day <= datetime.date.today() else None


# --- consent --------------------------------------------------------------------------------

def consent_problems(resident_ids: Iterable[int], on: datetime.date) -> dict[int, str]:
    """For each resident, why their photo consent does not hold on ``on`` ("" when it does).

    Only consents given on or before ``on`` count, and of those the latest decides (a consent
    given again after a withdrawal counts), as at check-in. Withdrawn on or before ``on``
    means withdrawn. A child under 15 when the consent was given must have it from a
    guardian (``given_by_guardian``); the resident form asks for the same.
    """
    ids = sorted(set(resident_ids))
    problems = {rid: NO_CONSENT for rid in ids}
    births = {}
    for start in range(0, len(ids), attendance.SQL_CHUNK):
        chunk = ids[start:start + attendance.SQL_CHUNK]
        births.update({rid: (_day(born), year) for rid, born, year in Resident
                       .select(Resident.id, Resident.birth_date, Resident.birth_year)
                       .where(Resident.id.in_(chunk)).tuples()})
        latest: dict[int, tuple] = {}
        rows = (Consent.select(Consent.resident, Consent.id, Consent.given_date,
                               Consent.withdrawn_date, Consent.given_by_guardian)
                .where((Consent.kind == PHOTO) & Consent.resident.in_(chunk)
                       & Consent.given_date.is_null(False) & (Consent.given_date <= on))
                .tuples())
        for resident_id, consent_id, given, withdrawn, by_guardian in rows:
            key = (_day(given), consent_id)
            if resident_id not in latest or key > latest[resident_id][0]:
                latest[resident_id] = (key, _day(withdrawn), bool(by_guardian))
        for resident_id, ((given, _id), withdrawn, by_guardian) in latest.items():
            if withdrawn is not None and withdrawn <= on:
                problems[resident_id] = WITHDRAWN
                continue
            born, year = births.get(resident_id, (None, None))
            age = age_on(born, year, given)
            if age is not None and age < OWN_CONSENT_AGE and not by_guardian:
                problems[resident_id] = NOT_BY_GUARDIAN
            else:
                problems[resident_id] = ""
    return problems


@dataclass(frozen=True)
class PhotoPerson:
    resident_id: int
    name: str
    detail: str        # birth year, to tell two with the same name apart
    problem: str       # "" when the photo consent holds on the day asked about

    @property
    def consents(self) -> bool:
        return not self.problem

    @property
    def problem_text(self) -> str:
        return translate("Report", PROBLEM_LABELS[self.problem]) if self.problem else ""


@dataclass(frozen=True)
class PhotoConsentCheck:
    """Whether one photo may go in a report on ``on``, without names."""
    photo_id: int
    caption: str
    taken_on: datetime.date
    on: datetime.date
    shown: int                 # people shown, counting the unnamed (anonymised) ones
    lacking: int               # of them, without a consent that holds on ``on``
    nobody_recognisable: bool

    @property
    def not_recorded(self) -> bool:
        """Nobody chosen as shown, and not marked as showing nobody recognisable."""
        return not self.nobody_recognisable and self.shown == 0

    @property
    def ok(self) -> bool:
        return not self.not_recorded and self.lacking == 0

    @property
    def mark(self) -> str:
        """A short line for lists: what the consents allow."""
        if self.nobody_recognisable:
            return translate("Report", "Ingen gjenkjennelige personer")
        if self.not_recorded:
            return translate("Report", "Ikke registrert hvem som er med")
        if self.ok:
            return translate("Report", "Samtykke for alle på bildet")
        if self.lacking == 1:
            return translate("Report", "1 person mangler samtykke")
        return translate("Report", "{count} personer mangler samtykke").format(count=self.lacking)

    def refusal(self) -> str:
        """Why the photo cannot go in the report, counting people and naming nobody."""
        name = (translate("Report", "Bildet «{caption}»").format(caption=self.caption)
                if self.caption else
                translate("Report", "Bildet fra {date}").format(date=date_no(self.taken_on)))
        if self.not_recorded:
            return translate(
                "Report", "{photo} kan ikke være med i rapporten: det er ikke registrert hvem "
                "som er med på bildet. Velg personene under Aktiviteter → Bilder, eller kryss "
                "av for «Ingen gjenkjennelige personer».").format(photo=name)
        if self.shown == 1:
            counted = translate("Report", "personen på bildet mangler")
        else:
            counted = translate("Report", "{lacking} av {shown} personer på bildet "
                                "mangler").format(lacking=self.lacking, shown=self.shown)
        return translate(
            "Report", "{photo} kan ikke være med i rapporten: {counted} et gyldig samtykke til "
            "foto per {date}. Registrer samtykket hos beboeren (for barn under 15 år gitt av "
            "foresatte), eller velg et annet bilde.").format(photo=name, counted=counted,
                                                              date=date_no(self.on))


def check_photos(photo_ids: Iterable[int], on: datetime.date | None = None
                 ) -> list[PhotoConsentCheck]:
    """The consent check of each photo for a report made on ``on`` (today), in the order
    given; a photo that no longer exists is refused as gone."""
    on = _today(on)
    ids = list(dict.fromkeys(photo_ids))
    rows = {row[0]: row for row in ActivityPhoto
            .select(ActivityPhoto.id, ActivityPhoto.caption, ActivityPhoto.taken_on,
                    ActivityPhoto.nobody_recognisable, ActivityPhoto.unnamed_people)
            .where(ActivityPhoto.id.in_(ids)).tuples()} if ids else {}
    gone = [pid for pid in ids if pid not in rows]
    if gone:
        raise RecordGone(translate("Report", "Et av bildene finnes ikke lenger; en kollega kan "
                                   "ha fjernet det. Velg bildene til rapporten på nytt."))
    shown: dict[int, list[int]] = {pid: [] for pid in ids}
    if ids:
        for photo_id, resident_id in (ActivityPhotoPerson
                                      .select(ActivityPhotoPerson.photo,
                                              ActivityPhotoPerson.resident)
                                      .where(ActivityPhotoPerson.photo.in_(ids)).tuples()):
            shown[photo_id].append(resident_id)
    problems = consent_problems((r for people in shown.values() for r in people), on)
    checks = []
    for pid in ids:
        _id, caption, taken_on, nobody, unnamed = rows[pid]
        people = shown[pid]
        lacking = sum(1 for r in people if problems.get(r)) + (unnamed or 0)
        checks.append(PhotoConsentCheck(pid, caption or "", _day(taken_on), on,
                                        len(people) + (unnamed or 0), lacking, bool(nobody)))
    return checks


def require_consent(photo_ids: Iterable[int], on: datetime.date | None = None
                    ) -> list[PhotoConsentCheck]:
    """``check_photos``, refusing with ``PhotoConsentMissing`` when any photo fails."""
    checks = check_photos(photo_ids, on)
    failing = [c for c in checks if not c.ok]
    if failing:
        raise PhotoConsentMissing(failing)
    return checks


def consent_details(photo_id: int, on: datetime.date | None = None) -> list[PhotoPerson]:
    """Who is shown on a photo and whether their consent holds: for the team, who may see
    the names (never for a report)."""
    activity_id = _activity_of(photo_id)
    _require_people(activity_id)
    return _people_of([photo_id], _today(on))[photo_id]


# --- reading ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PhotoEntry:
    """One photo as the activity's photo list shows it (the picture is read separately)."""
    id: int
    version: int
    activity_id: int
    caption: str
    taken_on: datetime.date
    width: int
    height: int
    image_format: str
    people: tuple[PhotoPerson, ...]   # empty when the user may not see names
    check: PhotoConsentCheck

    @property
    def people_text(self) -> str:
        if self.check.nobody_recognisable:
            return translate("Report", "Ingen gjenkjennelige personer")
        names = [p.name for p in self.people]
        unnamed = self.check.shown - len(self.people)
        if unnamed and names:
            names.append(translate("Report", "{count} til").format(count=unnamed))
        elif unnamed:
            names.append(translate("Report", "{count} personer").format(count=unnamed)
                         if unnamed != 1 else translate("Report", "1 person"))
        return ", ".join(names) or translate("Report", "Ikke registrert")


def _activity_of(photo_id: int) -> int:
    row = (ActivityPhoto.select(ActivityPhoto.activity).where(ActivityPhoto.id == photo_id)
           .tuples().first())
    if row is None:
        raise RecordGone(translate("Report", "Bildet finnes ikke lenger; en kollega kan ha "
                                   "fjernet det."))
    return row[0]


def _may_see_people(activity_id: int) -> bool:
    if permissions.can(permissions.VIEW_PEOPLE):
        return True
    return (permissions.can(permissions.VIEW_OWN_PARTICIPANTS)
            and activity_id in permissions.led_activity_ids())


def _require_people(activity_id: int) -> None:
    """Names of the people shown: for those who may see the activity's participants."""
    if _may_see_people(activity_id):
        return
    if permissions.can(permissions.VIEW_OWN_PARTICIPANTS):
        raise PermissionDenied(permissions.NOT_YOUR_ACTIVITY)
    permissions.require(permissions.VIEW_PEOPLE)


def _people_of(photo_ids: list[int], on: datetime.date) -> dict[int, list[PhotoPerson]]:
    found: dict[int, list[PhotoPerson]] = {pid: [] for pid in photo_ids}
    if not photo_ids:
        return found
    rows = list(ActivityPhotoPerson
                .select(ActivityPhotoPerson.photo, Resident.id, Resident.first_name,
                        Resident.last_name, Resident.birth_year)
                .join(Resident)
                .where(ActivityPhotoPerson.photo.in_(photo_ids)).tuples())
    problems = consent_problems((r[1] for r in rows), on)
    for photo_id, rid, first, last, year in rows:
        found[photo_id].append(PhotoPerson(rid, full_name(first, last),
                                           str(year) if year else "", problems.get(rid, "")))
    for people in found.values():
        people.sort(key=lambda p: (sort_text(p.name), p.resident_id))
    return found


def list_photos(activity_id: int, *, on: datetime.date | None = None) -> list[PhotoEntry]:
    """The activity's photos, newest first, with who is shown (for those who may see names)
    and whether they may go in a report made on ``on`` (today)."""
    permissions.require_for_activity(permissions.VIEW_ACTIVITIES, activity_id)
    on = _today(on)
    rows = list(ActivityPhoto
                .select(ActivityPhoto.id, ActivityPhoto.version, ActivityPhoto.caption,
                        ActivityPhoto.taken_on, ActivityPhoto.width, ActivityPhoto.height,
                        ActivityPhoto.image_format)
                .where(ActivityPhoto.activity == activity_id)
                .order_by(ActivityPhoto.taken_on.desc(), ActivityPhoto.id.desc()).tuples())
    ids = [r[0] for r in rows]
    checks = {c.photo_id: c for c in check_photos(ids, on)}
    people = _people_of(ids, on) if _may_see_people(activity_id) else {}
    return [PhotoEntry(pid, version, activity_id, caption or "", _day(taken_on), width or 0,
                       height or 0, image_format or "jpeg", tuple(people.get(pid, ())),
                       checks[pid])
            for pid, version, caption, taken_on, width, height, image_format in rows]


def read_photo(photo_id: int) -> PhotoEntry:
    activity_id = _activity_of(photo_id)
    for entry in list_photos(activity_id):
        if entry.id == photo_id:
            return entry
    raise RecordGone(translate("Report", "Bildet finnes ikke lenger; en kollega kan ha fjernet "
                               "det."))


def photo_image(photo_id: int) -> tuple[bytes, str]:
    """The stored picture and its format ("jpeg" or "png")."""
    row = (ActivityPhoto.select(ActivityPhoto.activity, ActivityPhoto.image,
                                ActivityPhoto.image_format)
           .where(ActivityPhoto.id == photo_id).tuples().first())
    if row is None:
        raise RecordGone(translate("Report", "Bildet finnes ikke lenger; en kollega kan ha "
                                   "fjernet det."))
    activity_id, image, image_format = row
    if not (permissions.can(permissions.VIEW_STATISTICS)):
        permissions.require_for_activity(permissions.VIEW_ACTIVITIES, activity_id)
    return bytes(image), image_format or "jpeg"


@dataclass(frozen=True)
class PhotoCandidate:
    """A resident who can be chosen as shown on a photo: a participant of the activity."""
    resident_id: int
    name: str
    detail: str
    problem: str      # photo consent today ("" when it holds)

    @property
    def problem_text(self) -> str:
        return translate("Report", PROBLEM_LABELS[self.problem]) if self.problem else ""


def participant_ids(activity_id: int) -> set[int]:
    """Residents enrolled in the activity or registered at one of its sessions (not
    anonymised)."""
    enrolled = Enrolment.select(Enrolment.resident).where(Enrolment.activity == activity_id)
    attended = (Attendance.select(Attendance.resident).join(Session)
                .where(Session.activity == activity_id))
    return {rid for (rid,) in Resident.select(Resident.id)
            .where((Resident.id.in_(enrolled) | Resident.id.in_(attended))
                   & Resident.anonymised_at.is_null()).tuples()}


def photo_candidates(activity_id: int, *, on: datetime.date | None = None
                     ) -> list[PhotoCandidate]:
    """The activity's participants, by name, with whether their photo consent holds today."""
    _require_people(activity_id)
    ids = sorted(participant_ids(activity_id))
    problems = consent_problems(ids, _today(on))
    rows = []
    for start in range(0, len(ids), attendance.SQL_CHUNK):
        rows.extend(Resident.select(Resident.id, Resident.first_name, Resident.last_name,
                                    Resident.birth_year)
                    .where(Resident.id.in_(ids[start:start + attendance.SQL_CHUNK])).tuples())
    candidates = [PhotoCandidate(rid, full_name(first, last), str(year) if year else "",
                                 problems.get(rid, NO_CONSENT))
                  for rid, first, last, year in rows]
    candidates.sort(key=lambda c: (sort_text(c.name), c.resident_id))
    return candidates


def application_photos(application_id: int, *, on: datetime.date | None = None
                       ) -> list[PhotoEntry]:
    """Photos of the activities linked to an application, newest first, without names (the
    grant report is made from these)."""
    permissions.require(permissions.VIEW_STATISTICS)
    on = _today(on)
    linked = (ActivityApplication.select(ActivityApplication.activity)
              .where(ActivityApplication.application == application_id))
    rows = list(ActivityPhoto
                .select(ActivityPhoto.id, ActivityPhoto.version, ActivityPhoto.activity,
                        ActivityPhoto.caption, ActivityPhoto.taken_on, ActivityPhoto.width,
                        ActivityPhoto.height, ActivityPhoto.image_format)
                .where(ActivityPhoto.activity.in_(linked))
                .order_by(ActivityPhoto.taken_on.desc(), ActivityPhoto.id.desc()).tuples())
    checks = {c.photo_id: c for c in check_photos([r[0] for r in rows], on)}
    return [PhotoEntry(pid, version, activity_id, caption or "", _day(taken_on), width or 0,
                       height or 0, image_format or "jpeg", (), checks[pid])
            for pid, version, activity_id, caption, taken_on, width, height, image_format
            in rows]


def activity_names(activity_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(activity_ids))
    if not ids:
        return {}
    return dict(Activity.select(Activity.id, Activity.name).where(Activity.id.in_(ids)).tuples())


# --- saving ---------------------------------------------------------------------------------

def _clean(activity_id: int, values: dict, today: datetime.date) -> dict:
    """caption, taken_on, resident_ids, nobody_recognisable checked; one ValidationError."""
    errors = {}
    caption = " ".join(str(values.get("caption") or "").split())
    if not caption:
        errors["caption"] = translate("Report", "Skriv en kort bildetekst, for eksempel «Tur "
                                      "til Sognsvann i høstferien». Den står under bildet i "
                                      "rapporten.")
    elif len(caption) > MAX_CAPTION:
        errors["caption"] = translate("Report", "Bildeteksten er for lang ({length} tegn). "
                                      "Skriv høyst {limit} tegn.").format(length=len(caption),
                                                                          limit=MAX_CAPTION)
    taken_on = None
    try:
        taken_on = parse_date(values.get("taken_on"), today=today, past=True)
        if taken_on is None:
            errors["taken_on"] = translate("Report", "Skriv datoen bildet ble tatt, for "
                                           "eksempel 29.09.2026.")
        elif taken_on > today:
            errors["taken_on"] = translate("Report", "Datoen bildet ble tatt kan ikke være "
                                           "etter i dag.")
    except InvalidValue as exc:
        errors["taken_on"] = exc.message
    nobody = bool(values.get("nobody_recognisable"))
    resident_ids = sorted({int(r) for r in values.get("resident_ids") or ()})
    if nobody and resident_ids:
        errors["people"] = translate("Report", "Du har valgt personer på bildet og samtidig "
                                     "krysset av for «Ingen gjenkjennelige personer». Velg det "
                                     "ene.")
    elif not nobody and not resident_ids:
        errors["people"] = translate("Report", "Velg hvem som er med på bildet, eller kryss av "
                                     "for «Ingen gjenkjennelige personer» (for eksempel bilder "
                                     "tatt bakfra eller på avstand).")
    elif resident_ids:
        outside = set(resident_ids) - participant_ids(activity_id)
        if outside:
            errors["people"] = translate("Report", "Bare deltakere på aktiviteten kan velges "
                                         "som personer på bildet. Meld personen på aktiviteten "
                                         "først.")
        elif caption and "caption" not in errors:
            named = _named_in(caption, resident_ids)
            if named:
                errors["caption"] = translate(
                    "Report", "Bildeteksten kommer med i rapporten til tilskuddsgiveren, og der "
                    "skal ingen nevnes ved navn. Ta «{name}» ut av bildeteksten.").format(
                    name=named)
    if errors:
        raise ValidationError(errors)
    return {"caption": caption, "taken_on": taken_on, "resident_ids": resident_ids,
            "nobody_recognisable": nobody}


def _named_in(caption: str, resident_ids: list[int]) -> str:
    """A name of someone shown that the caption uses as a word, or ""."""
    words = set(fold(caption).replace("-", " ").split())
    for first, last in (Resident.select(Resident.first_name, Resident.last_name)
                        .where(Resident.id.in_(resident_ids)).tuples()):
        for part in f"{first or ''} {last or ''}".split():
            if len(part) > 1 and fold(part) in words:
                return part
    return ""


def _log(action: str, photo_id: int, changes: dict, summary: str) -> None:
    record_changes.log_change(action, "activity_photo", photo_id, changes, summary=summary)


@write
def add_photo(activity_id: int, image: PreparedImage, values: dict, *,
              today: datetime.date | None = None) -> int:
    """Store a new photo with its caption, date and who is shown; returns its id.

    ``values``: caption, taken_on, resident_ids, nobody_recognisable."""
    permissions.require_for_activity(permissions.MANAGE_SESSIONS, activity_id)
    _require_people(activity_id)
    if Activity.get_or_none(Activity.id == activity_id) is None:
        raise RecordGone(translate("Report", "Aktiviteten finnes ikke lenger; en kollega kan ha "
                                   "slettet den."))
    clean = _clean(activity_id, values, _today(today))
    who = actor.current()
    now = datetime.datetime.now().replace(microsecond=0)
    photo = ActivityPhoto.create(
        activity=activity_id, caption=clean["caption"], taken_on=clean["taken_on"],
        image=image.data, image_format=image.format, width=image.width, height=image.height,
        nobody_recognisable=clean["nobody_recognisable"], created_at=now, updated_at=now,
        updated_by=who.username)
    for rid in clean["resident_ids"]:
        ActivityPhotoPerson.create(photo=photo.id, resident=rid)
    _log("create", photo.id, {"activity": [None, activity_id],
                              "caption": [None, clean["caption"]],
                              "taken_on": [None, str(clean["taken_on"])],
                              "nobody_recognisable": [None, clean["nobody_recognisable"]],
                              "people": [None, clean["resident_ids"]]},
         "Bilde lagt til")
    return photo.id


@write
def update_photo(photo_id: int, version: int, values: dict, *,
                 today: datetime.date | None = None) -> None:
    """Change the caption, the date or who is shown (the picture stays)."""
    activity_id = _activity_of(photo_id)
    permissions.require_for_activity(permissions.MANAGE_SESSIONS, activity_id)
    _require_people(activity_id)
    clean = _clean(activity_id, values, _today(today))
    before = sorted(r for (r,) in ActivityPhotoPerson.select(ActivityPhotoPerson.resident)
                    .where(ActivityPhotoPerson.photo == photo_id).tuples())
    people_changed = before != clean["resident_ids"]
    # People anonymised since (``unnamed_people``) stay counted: they are still in the picture.
    fields = {k: clean[k] for k in ("caption", "taken_on", "nobody_recognisable")}
    saved = record_changes.update(ActivityPhoto, photo_id, version, **fields)
    if people_changed:
        ActivityPhotoPerson.delete().where(ActivityPhotoPerson.photo == photo_id).execute()
        for rid in clean["resident_ids"]:
            ActivityPhotoPerson.create(photo=photo_id, resident=rid)
        if saved.version == version:   # only the people changed: the photo is changed too
            (ActivityPhoto.update(version=version + 1, updated_at=datetime.datetime.now()
                                  .replace(microsecond=0),
                                  updated_by=actor.current().username)
             .where(ActivityPhoto.id == photo_id).execute())
        _log("update", photo_id, {"people": [before, clean["resident_ids"]]},
             "Personer på bildet endret")


@write
def delete_photo(photo_id: int, version: int | None = None) -> None:
    """Remove a photo, the picture with it (and from every report choice)."""
    row = ActivityPhoto.select(ActivityPhoto.activity, ActivityPhoto.version).where(
        ActivityPhoto.id == photo_id).tuples().first()
    if row is None:
        return
    activity_id, current = row
    permissions.require_for_activity(permissions.MANAGE_SESSIONS, activity_id)
    if version is not None and current != version:
        raise record_changes.conflict(ActivityPhoto.get_by_id(photo_id))
    ActivityPhoto.delete().where(ActivityPhoto.id == photo_id).execute()
    _log("delete", photo_id, {"activity": [activity_id, None]}, "Bilde fjernet")
