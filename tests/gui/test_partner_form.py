"""The partner form: organisation, sites, contact people and meeting notes typed in, saved and
reopened; checks beside their fields; the same-name question; archive or delete."""
import datetime

from PySide6.QtCore import Qt

from samvirke_desktop.db.models import Partner, PartnerContact
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.partners import partner_record
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.records.partner_dialog import PartnerDialog
from tests.domain import rule_records as make


def new_dialog(qtbot, record_id=None) -> PartnerDialog:
    dialog = PartnerDialog(record_id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_partner_is_typed_in_saved_and_reopened(database, qtbot):
    kvartal, vogts = make.site("Kvartal 5"), make.site("Vogts gate 64")
    dialog = new_dialog(qtbot)
    ui = dialog.ui
    assert dialog.windowTitle() == "Ny samarbeidspartner"
    qtbot.keyClicks(ui.nameEdit, "NAV Sagene")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("NAV"))
    qtbot.keyClicks(ui.phoneEdit, "55553333")
    qtbot.keyClicks(ui.websiteEdit, "www.nav.no")
    ui.sitesField.set_checked([vogts.id])
    qtbot.mouseClick(ui.contactsEditor.add_button, Qt.MouseButton.LeftButton)
    contact = ui.contactsEditor.row_widgets(0)
    qtbot.keyClicks(contact["name"], "Marte Kolstad")
    qtbot.keyClicks(contact["role"], "Koordinator")
    qtbot.keyClicks(contact["phone"], "91234567")
    qtbot.mouseClick(ui.meetingNotesEditor.add_button, Qt.MouseButton.LeftButton)
    note = ui.meetingNotesEditor.row_widgets(0)
    assert note["date"].text() == date_no(datetime.date.today())  # a new note is today's
    note["text"].setPlainText("Planla temakvelden om bostøtte.")
    assert dialog.try_save() is True

    partner = Partner.get(Partner.name == "NAV Sagene")
    again = new_dialog(qtbot, partner.id)
    values = again.values()
    assert (values["kind"], values["phone"], values["website"]) == (
        "nav", "55 55 33 33", "https://www.nav.no")
    assert values["sites"] == [vogts.id]
    assert [(c["name"], c["role"], c["phone"]) for c in values["contacts"]] == [
        ("Marte Kolstad", "Koordinator", "912 34 567")]
    assert values["meeting_notes"][0]["text"] == "Planla temakvelden om bostøtte."
    assert again.ui.activitiesValue.text().startswith("Ingen ennå")
    assert not again.has_unsaved_changes()
    # Removing the contact row removes the contact.
    again.ui.contactsEditor.remove_row(0)
    assert again.has_unsaved_changes()
    assert again.try_save() is True
    assert PartnerContact.select().count() == 0


def test_checks_are_shown_beside_their_fields(database, qtbot):
    dialog = new_dialog(qtbot)
    ui = dialog.ui
    ui.websiteEdit.setText("ikke en adresse")
    ui.emailEdit.setText("post@")
    qtbot.mouseClick(ui.contactsEditor.add_button, Qt.MouseButton.LeftButton)
    ui.contactsEditor.row_widgets(0)["phone"].setText("91234567")
    assert dialog.try_save() is False
    assert Partner.select().count() == 0
    assert "Fyll inn navnet" in dialog.field_error("name")
    assert "nettadressen" in dialog.field_error("website")
    assert "e-postadresse" in dialog.field_error("email")
    assert dialog.field_error("contacts") == "Kontaktperson 1: skriv navnet."


def test_a_partner_with_the_same_name_is_asked_about(database, qtbot, monkeypatch):
    partner_record.save_partner({"name": "Sagene bibliotek", "kind": "library"})
    asked = []
    monkeypatch.setattr(notices, "ask", lambda parent, title, text, choices, **kw:
                        asked.append(text) or "save")
    dialog = new_dialog(qtbot)
    dialog.ui.nameEdit.setText("sagene Bibliotek")
    assert dialog.try_save() is True
    assert "allerede en samarbeidspartner som heter «Sagene bibliotek»" in asked[0]
    assert Partner.select().count() == 2


def test_meeting_notes_mean_archive_and_a_bare_partner_can_be_deleted(database, qtbot,
                                                                      monkeypatch):
    with_notes = partner_record.save_partner(
        {"name": "Boligbygg", "meeting_notes": [{"date": "01.10.2026", "text": "Avvik."}]})
    dialog = new_dialog(qtbot, with_notes)
    assert dialog.delete_button.isHidden()
    assert "1 møtenotat" in dialog.archive_button.toolTip()
    bare = partner_record.save_partner({"name": "Kiwi"})
    dialog = new_dialog(qtbot, bare)
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "delete")
    with qtbot.waitSignal(dialog.record_deleted):
        assert dialog.delete() is True
    assert [p.name for p in Partner.select()] == ["Boligbygg"]
