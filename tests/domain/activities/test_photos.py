"""Photos of an activity: the consent rule, the refusal that names nobody, storing the picture
without the camera's metadata, and the checks on what is saved."""
import datetime
import io

import pytest

from samvirke_desktop.db.models import ActivityPhoto, ActivityPhotoPerson, ChangeLog, Resident
from samvirke_desktop.domain.activities import photos
from samvirke_desktop.domain.team import actor
from samvirke_desktop.errors import PermissionDenied, PhotoConsentMissing, ValidationError
from tests.photo_data import REPORT_DAY, D, photo_people, picture_bytes


@pytest.fixture
def people(database):
    return photo_people()


TAKEN = D(2026, 4, 2)


def add(people, shown, caption="På tur i skogen", nobody=False, taken_on=TAKEN):
    image = photos.prepare_image(picture_bytes())
    return photos.add_photo(people.activity.id, image,
                            {"caption": caption, "taken_on": taken_on,
                             "resident_ids": [r.id for r in shown],
                             "nobody_recognisable": nobody}, today=REPORT_DAY)


# --- the consent rule -----------------------------------------------------------------------

def test_consent_given_withdrawn_and_given_by_whom(people):
    p = people
    problems = photos.consent_problems([r.id for r in (p.amina, p.yusuf, p.lina, p.omar, p.noah,
                                                       p.sara)], REPORT_DAY)
    assert problems == {
        p.amina.id: "",                             # an adult, given herself
        p.yusuf.id: "",                             # a child, given by a guardian
        p.lina.id: photos.NOT_BY_GUARDIAN,          # ten years old, "given" herself
        p.omar.id: photos.WITHDRAWN,                # withdrawn 01.03.2026
        p.noah.id: photos.NO_CONSENT,               # only an SMS consent
        p.sara.id: "",                              # withdrawn, then given again: the latest counts
    }


def test_the_day_the_report_is_made_decides(people):
    p = people
    # Omar's consent held the day before it was withdrawn, not on the day itself.
    assert photos.consent_problems([p.omar.id], D(2026, 2, 28)) == {p.omar.id: ""}
    assert photos.consent_problems([p.omar.id], D(2026, 3, 1)) == {p.omar.id: photos.WITHDRAWN}
    # Amina's consent did not exist yet before 10.01.2026.
    assert photos.consent_problems([p.amina.id], D(2026, 1, 9)) == {p.amina.id: photos.NO_CONSENT}
    # Sara: between her withdrawal and the new consent, none holds.
    assert photos.consent_problems([p.sara.id], D(2025, 12, 1)) == {p.sara.id: photos.WITHDRAWN}


def test_a_fifteen_year_old_may_consent_herself(people):
    teen = Resident.create(first_name="Hawa", last_name="Noor", birth_date=D(2010, 5, 1))
    from samvirke_desktop.db.models import Consent

    Consent.create(resident=teen, kind="photo", given_by="Hawa Noor", given_date=D(2026, 2, 1))
    assert photos.consent_problems([teen.id], REPORT_DAY) == {teen.id: ""}
    younger = Resident.create(first_name="Idil", last_name="Noor", birth_date=D(2011, 5, 1))
    Consent.create(resident=younger, kind="photo", given_by="Idil Noor", given_date=D(2026, 2, 1))
    assert photos.consent_problems([younger.id], REPORT_DAY) == {younger.id: photos.NOT_BY_GUARDIAN}


def test_a_photo_with_consent_for_everyone_passes(people):
    photo_id = add(people, people.consenting)
    (check,) = photos.require_consent([photo_id], REPORT_DAY)
    assert check.ok and (check.shown, check.lacking) == (3, 0)


def test_nobody_recognisable_needs_no_consent(people):
    photo_id = add(people, [], caption="Bålet ved gapahuken", nobody=True)
    (check,) = photos.require_consent([photo_id], REPORT_DAY)
    assert check.ok and check.nobody_recognisable and check.shown == 0


def test_the_refusal_counts_who_lacks_consent_and_names_nobody(people):
    p = people
    good = add(p, p.consenting)
    bad = add(p, [p.amina, p.lina, p.omar, p.noah], caption="Lunsj i fellesrommet")
    with pytest.raises(PhotoConsentMissing) as refused:
        photos.require_consent([good, bad], REPORT_DAY)
    error = refused.value
    assert isinstance(error, ValidationError)
    assert [c.photo_id for c in error.checks] == [bad]
    assert error.message == (
        "Bildet «Lunsj i fellesrommet» kan ikke være med i rapporten: 3 av 4 personer på bildet "
        "mangler et gyldig samtykke til foto per 01.06.2026. Registrer samtykket hos beboeren "
        "(for barn under 15 år gitt av foresatte), eller velg et annet bilde.")
    for resident in (p.amina, p.lina, p.omar, p.noah):
        assert resident.first_name not in error.message
        assert resident.last_name not in error.message


def test_one_person_alone_is_told_as_such(people):
    photo_id = add(people, [people.noah], caption="Fiske")
    with pytest.raises(PhotoConsentMissing) as refused:
        photos.require_consent([photo_id], REPORT_DAY)
    assert "personen på bildet mangler et gyldig samtykke" in refused.value.message


def test_the_team_sees_who_lacks_consent(people):
    p = people
    photo_id = add(p, [p.amina, p.omar])
    details = {d.name: d.problem_text for d in photos.consent_details(photo_id, REPORT_DAY)}
    assert details == {"Amina Hassan": "", "Omar Ali": "samtykket til foto er trukket tilbake"}
    # A grant writer sees the consent mark, not the names.
    actor.set_current(actor.Actor(username="søker", role="grant_writer"))
    try:
        with pytest.raises(PermissionDenied):
            photos.consent_details(photo_id, REPORT_DAY)
        (entry,) = photos.list_photos(p.activity.id, on=REPORT_DAY)
        assert entry.people == () and entry.check.mark == "1 person mangler samtykke"
    finally:
        actor.set_current(actor.COMMAND_LINE)


# --- saving ---------------------------------------------------------------------------------

def test_who_is_shown_must_be_said(people):
    with pytest.raises(ValidationError) as neither:
        add(people, [])
    assert "Velg hvem som er med på bildet" in neither.value.field_errors["people"]
    with pytest.raises(ValidationError) as both:
        add(people, [people.amina], nobody=True)
    assert "Velg det ene" in both.value.field_errors["people"]
    outsider = Resident.create(first_name="Ola", last_name="Utenfor", birth_year=1990)
    with pytest.raises(ValidationError) as outside:
        add(people, [outsider])
    assert "Bare deltakere på aktiviteten" in outside.value.field_errors["people"]
    assert ActivityPhoto.select().count() == 0


def test_the_caption_may_not_name_someone_shown(people):
    with pytest.raises(ValidationError) as named:
        add(people, [people.yusuf], caption="Yusuf fisker ved Sognsvann")
    assert "Ta «Yusuf» ut av bildeteksten" in named.value.field_errors["caption"]
    with pytest.raises(ValidationError) as empty:
        add(people, [people.yusuf], caption="   ")
    assert "bildetekst" in empty.value.field_errors["caption"]
    with pytest.raises(ValidationError) as later:
        add(people, [people.yusuf], taken_on=REPORT_DAY + datetime.timedelta(days=1))
    assert "etter i dag" in later.value.field_errors["taken_on"]


def test_changing_who_is_shown(people):
    p = people
    photo_id = add(p, [p.amina])
    entry = photos.read_photo(photo_id)
    photos.update_photo(photo_id, entry.version,
                        {"caption": "Ny tekst", "taken_on": "02.04.2026",
                         "resident_ids": [p.amina.id, p.yusuf.id]}, today=REPORT_DAY)
    entry = photos.read_photo(photo_id)
    assert entry.caption == "Ny tekst" and entry.version == 2
    assert {x.resident_id for x in entry.people} == {p.amina.id, p.yusuf.id}
    # Only the people changed: still a new version, so a colleague's old copy is refused.
    photos.update_photo(photo_id, 2, {"caption": "Ny tekst", "taken_on": D(2026, 4, 2),
                                      "resident_ids": [p.yusuf.id]}, today=REPORT_DAY)
    assert photos.read_photo(photo_id).version == 3
    from samvirke_desktop.errors import ConflictError

    with pytest.raises(ConflictError):
        photos.update_photo(photo_id, 2, {"caption": "Gammel", "taken_on": D(2026, 4, 2),
                                          "resident_ids": [p.amina.id]}, today=REPORT_DAY)
    photos.delete_photo(photo_id, 3)
    assert not ActivityPhoto.select().exists() and not ActivityPhotoPerson.select().exists()
    # The change log holds no picture bytes.
    assert all(len(c.changes) < 500 for c in ChangeLog.select())


def test_a_grant_writer_cannot_add_photos(people):
    actor.set_current(actor.Actor(username="søker", role="grant_writer"))
    try:
        with pytest.raises(PermissionDenied):
            add(people, [people.amina])
    finally:
        actor.set_current(actor.COMMAND_LINE)


# --- the picture ----------------------------------------------------------------------------

def _exif_with_position_and_date():
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Telefonprodusent"
    exif[0x0132] = "2026:04:02 14:30:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (59.0, 56.0, 30.0)       # a block's position: must not be kept
    exif.get_ifd(0x8769)[36867] = "2026:04:01 10:15:00"
    return exif


def test_a_photo_is_kept_scaled_and_without_the_cameras_metadata():
    from PIL import Image

    original = picture_bytes(4000, 3000, kind="JPEG", exif=_exif_with_position_and_date())
    assert b"Telefonprodusent" in original
    prepared = photos.prepare_image(original)
    assert prepared.format == "jpeg"
    assert (prepared.width, prepared.height) == (photos.MAX_SIDE, 1200)
    assert prepared.taken_on == D(2026, 4, 1)       # DateTimeOriginal from the camera
    kept = Image.open(io.BytesIO(prepared.data))
    assert kept.size == (1600, 1200)
    assert not kept.getexif() and b"Telefonprodusent" not in prepared.data


def test_a_png_stays_png_and_other_files_are_refused(tmp_path):
    prepared = photos.prepare_image(picture_bytes(300, 200))
    assert (prepared.format, prepared.width, prepared.height) == ("png", 300, 200)
    text = tmp_path / "notat.jpg"
    text.write_text("ikke et bilde")
    with pytest.raises(ValidationError) as refused:
        photos.prepare_image(text)
    assert "ikke et JPEG- eller PNG-bilde" in refused.value.message
    gif = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (10, 10)).save(gif, "GIF")
    with pytest.raises(ValidationError):
        photos.prepare_image(gif.getvalue())
    with pytest.raises(ValidationError) as missing:
        photos.prepare_image(tmp_path / "borte.png")
    assert "kan ikke leses" in missing.value.message
