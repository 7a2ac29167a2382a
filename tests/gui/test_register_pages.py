"""Beboere, Frivillige and Samarbeidspartnere: filters and counts, the certificate column's
colour, icon and words, and the forms opened from the list and refreshed after saving."""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut

from samvirke_desktop.db.models import Resident, Volunteer
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.people.police_certificate import CertificateStatus
from samvirke_desktop.domain.people.volunteer_list import semester_name
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui.pages.partners import PartnersPage
from samvirke_desktop.gui.pages.residents import ResidentsPage
from samvirke_desktop.gui.pages.volunteers import NEEDS_ATTENTION, VolunteersPage
from samvirke_desktop.gui.records.certificate_look import STATUS_LOOK, status_color


def make_page(qtbot, page_class):
    page = page_class()
    qtbot.addWidget(page)
    page.setMinimumSize(1000, 600)  # fixed limits: offscreen warns when a window's limits change
    page.resize(1000, 600)
    return page


def shown_names(page) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))


def test_residents_filter_by_site_and_age_with_counts(filled_database, qtbot):
    page = make_page(qtbot, ResidentsPage)
    assert page.ui.countLabel.text() == "5 beboere"
    kvartal = Resident.get(Resident.first_name == "Amina").site_id
    choose(page.site_filter, kvartal)
    assert sorted(shown_names(page)) == ["Amina Hassan", "Fadumo Hassan", "Yusuf Hassan"]
    assert page.ui.countLabel.text() == "3 beboere"
    choose(page.group_filter, "children")
    assert sorted(shown_names(page)) == ["Amina Hassan", "Yusuf Hassan"]
    page.set_search("yusuf")
    assert page.ui.countLabel.text() == "1 av 2 beboere"
    page.set_search("")
    choose(page.site_filter, 0)  # Uten område
    assert shown_names(page) == []
    choose(page.site_filter, None)
    choose(page.group_filter, None)
    page.ui.archivedCheck.setChecked(True)  # the filters also apply to what is read again
    assert page.ui.countLabel.text() == "6 beboere"


def test_the_residents_list_shows_language_interpreter_and_consents(filled_database, qtbot):
    page = make_page(qtbot, ResidentsPage)
    model = page.model
    by_name = {row.name: row for row in model.rows()}
    fadumo = model.rows().index(by_name["Fadumo Hassan"])
    assert model.index(fadumo, model.COL_LANGUAGE).data() == "somali (tolk)"
    assert model.headerData(model.COL_CONSENTS, Qt.Orientation.Horizontal) == "Samtykker"


def test_new_resident_from_the_list_is_saved_listed_and_selected(filled_database, qtbot):
    page = make_page(qtbot, ResidentsPage)
    assert page.can_create() and not page.ui.newButton.isHidden()
    new_shortcut, = [s for s in page.findChildren(QShortcut)
                     if s.key() == QKeySequence("Ctrl+N")]
    page.show()
    new_shortcut.activated.emit()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Ny beboer"
    dialog.ui.firstNameEdit.setText("Zahra")
    dialog.ui.lastNameEdit.setText("Ali")
    dialog.ui.birthEdit.setText("2014")
    with qtbot.waitSignal(dialog.record_saved) as saved:
        assert dialog.try_save() is True
    assert page.ui.countLabel.text() == "6 beboere"
    assert page.selected_id() == saved.args[0]
    assert page.ui.tableView.currentIndex().data() == "Zahra Ali"


def test_enter_on_a_row_opens_the_resident_and_saving_refreshes(filled_database, qtbot):
    page = make_page(qtbot, ResidentsPage)
    page.set_search("sukru")
    index = page.proxy.index(0, 0)
    page.ui.tableView.activated.emit(index)
    dialog = page.dialog
    assert dialog.windowTitle() == "Beboer – Şükrü Yılmaz"
    dialog.ui.languageCombo.setEditText("Tyrkisk")
    assert dialog.try_save() is True
    assert page.model.index(0, page.model.COL_LANGUAGE).data() == "Tyrkisk"


def test_volunteer_certificates_have_colour_icon_and_words(filled_database, qtbot):
    page = make_page(qtbot, VolunteersPage)
    model = page.model
    assert model.headerData(model.COL_HOURS, Qt.Orientation.Horizontal).startswith("Timer ")
    kari = next(r for r in range(model.rowCount()) if model.row_at(r).first_name == "Kari")
    cell = model.index(kari, model.COL_CERTIFICATE)
    assert cell.data() == "Mangler"
    assert isinstance(cell.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == status_color(CertificateStatus.MISSING)
    assert STATUS_LOOK[CertificateStatus.MISSING][0] == "error"  # named colour, light or dark
    assert "aktiviteter med barn" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(kari, model.COL_HOURS).data() == "2"
    assert semester_name(model._today) in model.headerData(model.COL_HOURS,
                                                           Qt.Orientation.Horizontal)


def test_volunteers_filtered_by_certificate_and_activity(filled_database, qtbot):
    page = make_page(qtbot, VolunteersPage)
    assert page.ui.countLabel.text() == "3 frivillige"
    choose(page.active_filter, "active")
    assert sorted(shown_names(page)) == ["Kari Nordmann", "Łukasz Wójcik"]
    choose(page.certificate_filter, NEEDS_ATTENTION)
    assert page.ui.countLabel.text() == "2 frivillige"
    kari = Volunteer.get(Volunteer.first_name == "Kari")
    dialog = page.open_record(kari.id)
    dialog.ui.shownEdit.setText(date_no(datetime.date.today() - datetime.timedelta(days=10)))
    dialog.ui.checkedByEdit.setText("Hanne Lie")
    assert dialog.try_save() is True
    assert shown_names(page) == ["Łukasz Wójcik"]  # Kari's certificate is valid now
    choose(page.certificate_filter, CertificateStatus.VALID.value)
    assert shown_names(page) == ["Kari Nordmann"]


def test_partners_filter_by_type_and_grant_writers_cannot_add(filled_database, qtbot):
    page = make_page(qtbot, PartnersPage)
    choose(page.kind_filter, "library")
    assert shown_names(page) == ["Sagene bibliotek"]
    assert page.ui.countLabel.text() == "1 samarbeidspartner"
    actor.set_current(actor.Actor(username="sara", role="grant_writer"))
    readonly = make_page(qtbot, PartnersPage)
    assert readonly.ui.newButton.isHidden()
    dialog = readonly.open_record(page.model.row_at(0).id)
    assert dialog.save_button.isHidden()


def test_a_site_added_later_becomes_a_filter_choice(filled_database, qtbot):
    from samvirke_desktop.domain.team import site_record

    page = make_page(qtbot, ResidentsPage)
    kvartal = Resident.get(Resident.first_name == "Amina").site_id
    choose(page.site_filter, kvartal)
    new_site = site_record.save_site({"name": "Vogts gate 64"})
    page.refresh()
    assert page.site_filter.findData(new_site) > 0
    assert page.filter_key(page.site_filter) == kvartal  # the choice is kept
    assert page.ui.countLabel.text() == "3 beboere"
