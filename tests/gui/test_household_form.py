"""The household form: typed in, saved and reopened; its checks; archive when it has members."""
from samvirke_desktop.db.models import Household
from samvirke_desktop.domain.people import household_record
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.records.household_dialog import HouseholdDialog
from tests.domain import rule_records as make


def new_dialog(qtbot, record_id=None, **kwargs) -> HouseholdDialog:
    dialog = HouseholdDialog(record_id, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_a_household_is_typed_in_saved_and_reopened(database, qtbot):
    site = make.site("Kvartal 5")
    dialog = new_dialog(qtbot)
    assert dialog.windowTitle() == "Ny husstand"
    qtbot.keyClicks(dialog.ui.nameEdit, "Familien Berg")
    dialog.ui.siteCombo.setCurrentIndex(dialog.ui.siteCombo.findText("Kvartal 5"))
    qtbot.keyClicks(dialog.ui.addressEdit, "Sandakerveien 34 B")
    assert dialog.try_save() is True
    household = Household.get()
    make.resident("Ola", "Berg", household=household.id)
    again = new_dialog(qtbot, household.id)
    assert again.values() == {"name": "Familien Berg", "site": site.id,
                              "address": "Sandakerveien 34 B", "notes": ""}
    assert again.ui.membersValue.text() == "Ola Berg"
    assert again.windowTitle() == "Husstand – Familien Berg"


def test_name_is_needed_and_notes_are_checked(database, qtbot):
    dialog = new_dialog(qtbot, defaults={"name": ""})
    dialog.ui.notesEdit.setPlainText("Fnr 010203 12345")
    assert dialog.try_save() is False
    assert "Fyll inn et navn" in dialog.field_error("name")
    assert "fødselsnummer" in dialog.field_error("notes").lower()
    assert Household.select().count() == 0


def test_members_mean_archive_and_an_empty_household_can_be_deleted(database, qtbot,
                                                                    monkeypatch):
    with_members = household_record.save_household({"name": "Hassan"})
    make.resident("Amina", household=with_members)
    dialog = new_dialog(qtbot, with_members)
    assert dialog.delete_button.isHidden() and not dialog.archive_button.isHidden()
    empty = household_record.save_household({"name": "Tom"})
    dialog = new_dialog(qtbot, empty)
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "delete")
    assert dialog.delete() is True
    assert [h.name for h in Household.select()] == ["Hassan"]
