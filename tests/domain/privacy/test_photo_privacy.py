"""Photos and personal data: the access report lists the photos a person is on, and
anonymising a person takes them off every photo without making the photo usable."""
import json

import pytest

from samvirke_desktop.db.models import ActivityPhotoPerson
from samvirke_desktop.domain.activities import photos
from samvirke_desktop.domain.privacy import access_request, erasure
from samvirke_desktop.errors import PhotoConsentMissing
from tests.photo_data import REPORT_DAY, D, photo_people, picture_bytes
from tests.privacy_settings import fill_privacy_settings


@pytest.fixture
def shown(database):
    fill_privacy_settings()   # the access report needs Personvern filled in
    people = photo_people()
    photo_id = photos.add_photo(
        people.activity.id, photos.prepare_image(picture_bytes()),
        {"caption": "Klatring i Korketrekkeren", "taken_on": D(2026, 4, 2),
         "resident_ids": [r.id for r in people.consenting]}, today=REPORT_DAY)
    return people, photo_id


def test_the_access_report_lists_the_photos_a_person_is_on(shown):
    people, photo_id = shown
    data = json.loads(access_request.access_export(people.yusuf.id).to_json())
    assert data["bilder"] == [{"bilde": photo_id, "dato": "2026-04-02",
                               "aktivitet": "Aktivitetsuke i høstferien",
                               "bildetekst": "Klatring i Korketrekkeren"}]
    assert json.loads(access_request.access_export(people.noah.id).to_json())["bilder"] == []


def test_the_access_report_pdf_has_a_photo_section(shown, tmp_path):
    from samvirke_desktop.reports.access_report import write_access_report
    from tests.reports.pdf_checks import read_pdf

    people, _photo_id = shown
    pdf = read_pdf(write_access_report(tmp_path / "innsyn.pdf", people.yusuf.id))
    assert "Bilder personen er med på" in pdf.text
    assert "Klatring i Korketrekkeren" in pdf.text


def test_anonymising_takes_the_person_off_the_photo(shown):
    people, photo_id = shown
    assert photos.require_consent([photo_id], REPORT_DAY)
    erasure.anonymise_resident(people.yusuf.id)
    remaining = {r for (r,) in ActivityPhotoPerson.select(ActivityPhotoPerson.resident)
                 .where(ActivityPhotoPerson.photo == photo_id).tuples()}
    assert remaining == {people.amina.id, people.sara.id}
    # No person is left to give access to, so no photo of him either.
    with pytest.raises(access_request.ResidentAnonymised):
        access_request.access_export(people.yusuf.id)
    # Still in the picture, without a consent now: the photo cannot go in a report.
    with pytest.raises(PhotoConsentMissing) as refused:
        photos.require_consent([photo_id], REPORT_DAY)
    assert "1 av 3 personer på bildet mangler" in refused.value.message
    (entry,) = photos.list_photos(people.activity.id, on=REPORT_DAY)
    assert entry.people_text == "Amina Hassan, Sara Lund, 1 til"
