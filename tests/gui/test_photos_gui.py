"""Bilder: the photos of an activity from the Aktiviteter page, driven as a user would
(«Bilder i rapporten…» in Rapporter: tests/reports/test_reports_page_photos.py)."""
import pytest
from PySide6.QtCore import Qt

from samvirke_desktop.db.models import ActivityPhoto
from samvirke_desktop.gui.pages.activities import ActivitiesPage
from tests.photo_data import REPORT_DAY, photo_people, picture_bytes


@pytest.fixture
def photo_file(tmp_path):
    path = tmp_path / "tur.jpg"
    path.write_bytes(picture_bytes(1200, 900, kind="JPEG"))
    return path


def tick(dialog, names):
    for row in range(dialog.people_list.count()):
        item = dialog.people_list.item(row)
        if any(item.text().startswith(name) for name in names):
            item.setCheckState(Qt.CheckState.Checked)


def test_adding_a_photo_and_choosing_who_is_shown(database, qtbot, photo_file, tmp_path):
    people = photo_people()
    page = ActivitiesPage(today=REPORT_DAY)
    qtbot.addWidget(page)
    page.select_id(people.activity.id)
    assert page.photos_button.isEnabled()
    photos_dialog = page.open_photos()
    qtbot.addWidget(photos_dialog)
    assert photos_dialog.list.count() == 0 and photos_dialog.empty_label.isVisibleTo(photos_dialog)

    form = photos_dialog.add_file(photo_file)
    qtbot.addWidget(form)
    # Who may be chosen: the activity's participants, the ones without consent marked.
    offered = [form.people_list.item(r).text() for r in range(form.people_list.count())]
    assert "Noah Johansen  ·  2017  ·  mangler samtykke til foto" in offered
    assert "Amina Hassan  ·  1985" in offered
    # Neither people nor «ingen gjenkjennelige»: told beside the list, nothing saved.
    form.caption_edit.setText("Tur rundt Sognsvann")
    assert not form.try_save()
    assert "Velg hvem som er med" in form.field_error("people")
    tick(form, ["Amina Hassan", "Noah Johansen"])
    with qtbot.waitSignal(form.record_saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert photos_dialog.list.count() == 1
    text = photos_dialog.list.item(0).text()
    assert text.splitlines() == ["Tur rundt Sognsvann", "01.06.2026",
                                 "Amina Hassan, Noah Johansen",
                                 "Kan ikke brukes i rapport: 1 person mangler samtykke"]
    assert "Noah Johansen: ikke registrert samtykke til foto" in photos_dialog.list.item(0).toolTip()
    assert not photos_dialog.list.item(0).icon().isNull()       # the thumbnail

    # Changing who is shown: only Amina, and the photo may go in a report.
    form = photos_dialog.edit_current()
    qtbot.addWidget(form)
    assert form.checked_ids() == tuple(sorted((people.amina.id, people.noah.id)))
    form.set_checked([people.amina.id])
    assert form.try_save()
    assert photos_dialog.list.item(0).text().endswith(
        "Kan brukes i rapport: Samtykke for alle på bildet")
    photos_dialog.grab().save(str(tmp_path / "bilder.png"))

    assert photos_dialog.remove_current()
    assert photos_dialog.list.count() == 0 and not ActivityPhoto.select().exists()


def test_nobody_recognisable_turns_the_list_off(database, qtbot, photo_file):
    people = photo_people()
    page = ActivitiesPage(today=REPORT_DAY)
    qtbot.addWidget(page)
    page.select_id(people.activity.id)
    photos_dialog = page.open_photos()
    qtbot.addWidget(photos_dialog)
    form = photos_dialog.add_file(photo_file)
    qtbot.addWidget(form)
    form.caption_edit.setText("Bålet ved gapahuken")
    form.nobody_check.setChecked(True)
    assert not form.people_list.isEnabled()
    assert form.try_save()
    assert photos_dialog.list.item(0).text().splitlines()[2] == "Ingen gjenkjennelige personer"


def test_a_file_that_is_no_picture_is_refused(database, qtbot, tmp_path, caplog):
    people = photo_people()
    page = ActivitiesPage(today=REPORT_DAY)
    qtbot.addWidget(page)
    page.select_id(people.activity.id)
    photos_dialog = page.open_photos()
    qtbot.addWidget(photos_dialog)
    wrong = tmp_path / "liste.png"
    wrong.write_text("navn;telefon")
    assert photos_dialog.add_file(wrong) is None
    assert "ikke et JPEG- eller PNG-bilde" in caplog.text
