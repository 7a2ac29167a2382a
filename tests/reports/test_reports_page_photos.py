"""«Bilder i rapporten…» in Rapporter: the demo's two photos, one refused for want of consent,
the other chosen and printed in the grant report."""
import datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from samvirke_desktop.db.models import Application
from samvirke_desktop.domain.activities import photos
from samvirke_desktop.domain.grants import report_photos
from samvirke_desktop.errors import PhotoConsentMissing
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.pages import reports as reports_page
from tests.reports.pdf_checks import read_pdf

BUFDIR_TITLE = "Leksehjelp og aktivitetsuke for barn i Sagene 2026"

# --- Rapporter ----------------------------------------------------------------------------

TODAY = datetime.date(2026, 11, 22)


@pytest.fixture
def grant_page(demo, qtbot, tmp_path, tmp_path_factory, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))
    notices.set_dialogs_enabled(False)
    monkeypatch.setattr(reports_page, "today", lambda: TODAY)
    page = reports_page.ReportsPage()
    qtbot.addWidget(page)
    page.viewer = lambda _path: None
    page.set_folder(tmp_path)
    page.select_kind("grant_report")
    app_id = Application.get(Application.title == BUFDIR_TITLE).id
    page.ui.applicationCombo.setCurrentIndex(page.ui.applicationCombo.findData(app_id))
    yield page, app_id
    notices.set_dialogs_enabled(True)


def test_photos_for_the_grant_report_are_chosen_and_printed(grant_page, qtbot, tmp_path):
    page, app_id = grant_page
    row = page.photo_row
    assert page.ui.formLayout.isRowVisible(row.widget)
    assert row.label.text() == "Ingen bilder valgt"
    dialog = row.choose()
    qtbot.addWidget(dialog)
    captions = {dialog.list.item(r).text().splitlines()[0]: dialog.list.item(r).data(
        Qt.ItemDataRole.UserRole + 32) for r in range(dialog.list.count())}
    assert set(captions) == {"Tur rundt Sognsvann i høstferien", "Lunsj i fellesrommet etter turen"}
    lines = {dialog.list.item(r).text().splitlines()[0]: dialog.list.item(r).text().splitlines()[2]
             for r in range(dialog.list.count())}
    assert lines["Lunsj i fellesrommet etter turen"] == "Kan ikke brukes: 1 person mangler samtykke"

    # The photo without everyone's consent is refused, with the count and without names.
    dialog.set_checked(captions.values())
    assert not dialog.save()
    assert dialog.status.text().startswith("Bildet «Lunsj i fellesrommet etter turen» kan ikke "
                                           "være med i rapporten: 1 av 4 personer")
    assert report_photos.chosen_photo_ids(app_id) == []
    # The team, who may see names, is told who it is.
    with pytest.raises(PhotoConsentMissing) as refused:
        photos.require_consent([captions["Lunsj i fellesrommet etter turen"]], TODAY)
    details = dialog.names_lacking(refused.value)
    assert details.startswith("«Lunsj i fellesrommet etter turen»:")
    assert "ikke registrert samtykke til foto" in details

    dialog.set_checked([captions["Tur rundt Sognsvann i høstferien"]])
    assert dialog.save()
    assert row.label.text() == "1 bilde valgt"
    written = page.make_report()
    assert written is not None
    pdf = read_pdf(written)
    assert "Tur rundt Sognsvann i høstferien" in pdf.text
    assert sum(len(p.images) for p in pdf.reader.pages) == 1


def test_the_photo_row_is_only_for_the_grant_report(grant_page):
    page, _app_id = grant_page
    page.select_kind("attendance")
    assert not page.ui.formLayout.isRowVisible(page.photo_row.widget)
