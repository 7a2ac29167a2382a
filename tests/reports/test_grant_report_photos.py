"""«Bilder» in the grant report: the chosen photos on the page with caption and date, no names,
and no report at all when someone shown lacks a photo consent."""
from decimal import Decimal

import pytest

from samvirke_desktop import cli
from samvirke_desktop.db import connection
from samvirke_desktop.db.models import ActivityApplication, Application, Funder
from samvirke_desktop.domain.activities import photos
from samvirke_desktop.errors import PhotoConsentMissing
from samvirke_desktop.reports.grant_report import write_grant_report
from tests.photo_data import REPORT_DAY, D, photo_people, picture_bytes
from tests.reports.pdf_checks import font_problems, read_pdf


@pytest.fixture
def grant(homework):
    people = photo_people()
    application = Application.create(funder=Funder.create(name="Bufdir"),
                                     title="Leksehjelp og ferie 2026",
                                     period_start=D(2026, 1, 1), period_end=D(2026, 12, 31),
                                     amount_applied=Decimal(80000))
    for activity in (homework["activity"], people.activity):
        ActivityApplication.create(activity=activity, application=application)

    def add(shown, caption, colour, size=(800, 600), nobody=False):
        image = photos.prepare_image(picture_bytes(*size, colour=colour, kind="JPEG"))
        return photos.add_photo(people.activity.id, image,
                                {"caption": caption, "taken_on": D(2026, 4, 2),
                                 "resident_ids": [r.id for r in shown],
                                 "nobody_recognisable": nobody}, today=REPORT_DAY)

    good = [add(people.consenting, "Klatring i Korketrekkeren", (200, 60, 40)),
            add([], "Bålet ved gapahuken", (40, 160, 90), size=(600, 900), nobody=True),
            add([people.amina], "Matlaging i fellesrommet", (90, 90, 200))]
    bad = add([people.amina, people.noah], "Lunsj på tur", (120, 120, 120))
    return people, application.id, good, bad


def _page_with(pdf, words):
    return next(i for i, page in enumerate(pdf.pages) if words in page)


def test_the_photos_are_on_the_page_with_caption_and_date(grant, tmp_path):
    people, app_id, good, _bad = grant
    path = write_grant_report(tmp_path / "bilder.pdf", app_id, printed_on=REPORT_DAY,
                              photo_ids=good)
    pdf = read_pdf(path)
    assert "Bilder" in pdf.outline_titles()
    index = _page_with(pdf, "Klatring i Korketrekkeren")
    page = pdf.pages[index]
    for caption in ("Klatring i Korketrekkeren", "Bålet ved gapahuken", "Matlaging i fellesrommet"):
        assert caption in page
    assert "2. april 2026" in page
    assert len(pdf.reader.pages[index].images) == 3
    assert sum(len(p.images) for p in pdf.reader.pages) == 3
    for person in (people.amina, people.yusuf, people.sara):
        assert person.first_name not in pdf.text and person.last_name not in pdf.text
    assert font_problems(path) == []


def test_without_photos_there_is_no_photo_section(grant, tmp_path):
    _people, app_id, _good, _bad = grant
    pdf = read_pdf(write_grant_report(tmp_path / "uten.pdf", app_id, printed_on=REPORT_DAY))
    assert "Bilder" not in pdf.outline_titles()
    assert sum(len(p.images) for p in pdf.reader.pages) == 0


def test_a_photo_without_consent_stops_the_report(grant, tmp_path):
    _people, app_id, good, bad = grant
    target = tmp_path / "nei.pdf"
    with pytest.raises(PhotoConsentMissing) as refused:
        write_grant_report(target, app_id, printed_on=REPORT_DAY, photo_ids=[good[0], bad])
    assert "«Lunsj på tur» kan ikke være med i rapporten: 1 av 2 personer" in refused.value.message
    assert not target.exists()


def test_the_command_takes_photos_and_refuses_without_consent(grant, db_path, tmp_path, capsys):
    _people, app_id, good, bad = grant
    connection.close_database()
    base = ["report", "grant", "--database", str(db_path), "--application", str(app_id)]
    out_file = tmp_path / "kommando.pdf"
    code = cli.main([*base, "--out", str(out_file), "--photo", str(good[0]),
                     "--photo", str(good[1])])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    assert str(out_file) in out
    assert sum(len(p.images) for p in read_pdf(out_file).reader.pages) == 2
    refused_file = tmp_path / "avvist.pdf"
    code = cli.main([*base, "--out", str(refused_file), "--photo", str(bad)])
    _out, err = capsys.readouterr()
    assert code == 2 and not refused_file.exists()
    assert "1 av 2 personer på bildet mangler et gyldig samtykke til foto" in err
    assert "Amina" not in err and "Noah" not in err
    code = cli.main(["report", "attendance", "--database", str(db_path), "--out", "x.pdf",
                     "--activity", "1", "--from", "2026-06-01", "--to", "2026-06-30",
                     "--photo", "1"])
    assert code == 2 and "--photo gjelder bare grant" in capsys.readouterr().err
