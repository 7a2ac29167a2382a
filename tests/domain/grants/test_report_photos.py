"""The photos chosen for a grant report: at most four, from the application's activities, and
only when everyone shown has a photo consent on the day."""
from decimal import Decimal

import pytest

from samvirke_desktop.db.models import (
    Activity,
    ActivityApplication,
    Application,
    ApplicationPhoto,
    Consent,
    Funder,
)
from samvirke_desktop.domain.activities import photos
from samvirke_desktop.domain.grants import report_photos
from samvirke_desktop.errors import PhotoConsentMissing, ValidationError
from tests.photo_data import REPORT_DAY, D, photo_people, picture_bytes


@pytest.fixture
def setting(database):
    people = photo_people()
    application = Application.create(funder=Funder.create(name="Bufdir"), title="Ferie 2026",
                                     period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                                     amount_applied=Decimal(50000))
    ActivityApplication.create(activity=people.activity, application=application)

    def add(shown, caption, nobody=False, activity=people.activity):
        return photos.add_photo(activity.id, photos.prepare_image(picture_bytes()),
                                {"caption": caption, "taken_on": D(2026, 4, 2),
                                 "resident_ids": [r.id for r in shown],
                                 "nobody_recognisable": nobody}, today=REPORT_DAY)

    return people, application.id, add


def test_the_choice_is_kept_in_order(setting):
    people, app_id, add = setting
    first = add(people.consenting, "Klatring")
    second = add([], "Bålet", nobody=True)
    assert report_photos.choose_report_photos(app_id, [second, first], today=REPORT_DAY) == [
        second, first]
    assert report_photos.chosen_photo_ids(app_id) == [second, first]
    chosen = report_photos.report_photos(app_id, on=REPORT_DAY)
    assert [p.caption for p in chosen] == ["Bålet", "Klatring"]
    assert chosen[0].data.startswith(b"\x89PNG")


def test_a_choice_without_consent_is_refused_and_nothing_changes(setting):
    people, app_id, add = setting
    good = add(people.consenting, "Klatring")
    bad = add([people.amina, people.noah], "Lunsj")
    report_photos.choose_report_photos(app_id, [good], today=REPORT_DAY)
    with pytest.raises(PhotoConsentMissing) as refused:
        report_photos.choose_report_photos(app_id, [good, bad], today=REPORT_DAY)
    assert "1 av 2 personer på bildet mangler" in refused.value.message
    assert report_photos.chosen_photo_ids(app_id) == [good]


def test_a_consent_withdrawn_after_the_choice_stops_the_report(setting):
    people, app_id, add = setting
    photo = add(people.consenting, "Klatring")
    report_photos.choose_report_photos(app_id, [photo], today=REPORT_DAY)
    Consent.update(withdrawn_date=D(2026, 6, 10)).where(
        (Consent.resident == people.yusuf.id) & (Consent.kind == "photo")).execute()
    assert report_photos.report_photos(app_id, on=D(2026, 6, 9))
    with pytest.raises(PhotoConsentMissing) as refused:
        report_photos.report_photos(app_id, on=D(2026, 6, 10))
    assert "1 av 3 personer" in refused.value.message


def test_at_most_four_and_only_from_the_applications_activities(setting):
    _people, app_id, add = setting
    ids = [add([], f"Bilde {n}", nobody=True) for n in range(5)]
    with pytest.raises(ValidationError) as too_many:
        report_photos.choose_report_photos(app_id, ids, today=REPORT_DAY)
    assert "høyst 4 bilder" in too_many.value.message
    other = Activity.create(name="Dugnad")
    elsewhere = add([], "Dugnad", nobody=True, activity=other)
    with pytest.raises(ValidationError) as outside:
        report_photos.report_photos(app_id, [elsewhere], on=REPORT_DAY)
    assert f"Bilde nummer {elsewhere} hører ikke til" in outside.value.message
    assert not ApplicationPhoto.select().exists()
