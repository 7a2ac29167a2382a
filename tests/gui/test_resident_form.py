"""The resident form: typed in and saved, reopened, every check shown beside its field,
duplicates asked about, archive or delete, and a colleague's save on another connection."""
import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from samvirke_desktop.db.models import DB, Attendance, Consent, Guardian, Resident
from samvirke_desktop.domain.free_text import NOTES_REMINDER
from samvirke_desktop.domain.people import household_record, resident_record
from samvirke_desktop.domain.team import actor, record_changes
from samvirke_desktop.gui import notices, record_dialog
from samvirke_desktop.gui.records.resident_dialog import ResidentDialog
from tests.domain import rule_records as make

TODAY = datetime.date.today()


def new_dialog(qtbot, record_id=None) -> ResidentDialog:
    dialog = ResidentDialog(record_id)
    qtbot.addWidget(dialog)
    return dialog


def save_with_shortcut(qtbot, dialog) -> int:
    shortcut, = [s for s in dialog.findChildren(QShortcut)
                 if s.key() == QKeySequence("Ctrl+S")]
    with qtbot.waitSignal(dialog.record_saved) as saved:
        shortcut.activated.emit()
    return saved.args[0]


def type_into(qtbot, widget, text):
    widget.clear() if hasattr(widget, "clear") else None
    qtbot.keyClicks(widget, text)


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


@pytest.fixture
def place(database):
    site = make.site("Kvartal 5")
    household_id = household_record.save_household({"name": "Hassan", "site": site.id})
    mother = make.resident("Fadumo", "Hassan", birth_year=1986, site=site.id,
                           household=household_id, phone="912 34 567",
                           storage_basis=resident_record.DEFAULT_STORAGE_BASIS)
    return site, household_id, mother


def test_a_new_child_is_typed_in_saved_and_reopened(place, qtbot):
    site, household_id, mother = place
    dialog = new_dialog(qtbot)
    ui = dialog.ui
    assert dialog.windowTitle() == "Ny beboer"
    assert ui.storageBasisCombo.currentText() == resident_record.DEFAULT_STORAGE_BASIS
    type_into(qtbot, ui.firstNameEdit, "Amina")
    type_into(qtbot, ui.lastNameEdit, "Hassan")
    type_into(qtbot, ui.birthEdit, "5.6.15")
    ui.birthEdit.editingFinished.emit()
    assert ui.birthEdit.text() == "05.06.2015"
    born = datetime.date(2015, 6, 5)
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    assert ui.ageLabel.text() == f"{age} år"
    choose(ui.genderCombo, "Jente / kvinne")
    ui.languageCombo.setEditText("Somali")
    choose(ui.siteCombo, "Kvartal 5")
    ui.householdPicker.lineEdit().setText(ui.householdPicker.itemText(1))
    assert ui.householdPicker.record_id() == household_id
    assert "Fadumo Hassan" in ui.householdMembersLabel.text()

    qtbot.mouseClick(ui.guardiansEditor.add_button, Qt.MouseButton.LeftButton)
    row = ui.guardiansEditor.row_widgets(0)
    row["guardian_id"].lineEdit().setText("Fadumo Hassan (f. 1986, Kvartal 5)")
    assert row["guardian_id"].record_id() == mother.id
    assert not row["name"].isEnabled()  # a registered guardian's name comes from the record
    row["relation"].setEditText("mor")
    qtbot.mouseClick(ui.guardiansEditor.add_button, Qt.MouseButton.LeftButton)
    row = ui.guardiansEditor.row_widgets(1)
    type_into(qtbot, row["name"], "Abdi Hassan")
    type_into(qtbot, row["phone"], "+47 91234568")
    row["relation"].setEditText("far")

    qtbot.mouseClick(ui.consentsEditor.add_button, Qt.MouseButton.LeftButton)
    consent = ui.consentsEditor.row_widgets(0)
    choose(consent["kind"], "Foto")
    type_into(qtbot, consent["given_date"], "1.9.26" if TODAY >= datetime.date(2026, 9, 1)
              else "1.1.25")
    type_into(qtbot, consent["given_by"], "Fadumo Hassan")
    consent["given_by_guardian"].setChecked(True)
    type_into(qtbot, ui.notesEdit, "Liker å tegne.")

    resident_id = save_with_shortcut(qtbot, dialog)
    stored = Resident.get_by_id(resident_id)
    assert (stored.first_name, stored.birth_date, stored.site_id, stored.household_id) == (
        "Amina", born, site.id, household_id)
    assert Guardian.select().where(Guardian.child == resident_id).count() == 2
    assert Consent.get(Consent.resident == resident_id).given_by_guardian is True

    again = new_dialog(qtbot, resident_id)
    values = again.values()
    assert again.windowTitle() == "Beboer – Amina Hassan"
    assert (values["first_name"], values["birth"], values["gender"], values["language"],
            values["site"], values["household"]) == (
        "Amina", "05.06.2015", "female", "Somali", site.id, household_id)
    assert [(g["guardian_id"], g["name"], g["phone"], g["relation"])
            for g in values["guardians"]] == [(mother.id, "", "", "mor"),
                                               (None, "Abdi Hassan", "912 34 568", "far")]
    assert values["consents"][0]["kind"] == "photo"
    assert values["notes"] == "Liker å tegne."
    assert not again.has_unsaved_changes()
    assert again.ui.notesHintLabel.text() == NOTES_REMINDER


def test_each_check_is_shown_beside_its_field_and_nothing_is_saved(place, qtbot):
    dialog = new_dialog(qtbot)
    ui = dialog.ui
    ui.birthEdit.setText(f"{TODAY.year + 1}")
    ui.phoneEdit.setText("1234")
    ui.emailEdit.setText("amina@")
    ui.notesEdit.setPlainText("Fødselsnummer 01020312345")
    qtbot.mouseClick(ui.guardiansEditor.add_button, Qt.MouseButton.LeftButton)
    ui.guardiansEditor.row_widgets(0)["name"].setText("Abdi Hassan")
    assert dialog.try_save() is False
    assert Resident.select().count() == 1  # only the mother from the fixture
    assert dialog.field_error("first_name") == "Fyll inn fornavnet."
    assert "etter i år" in dialog.field_error("birth")
    assert "8 siffer" in dialog.field_error("phone")
    assert "e-postadresse" in dialog.field_error("email")
    assert "fødselsnummer" in dialog.field_error("notes").lower()
    assert dialog.field_error("guardians").startswith("Foresatt 1: skriv telefonnummeret")
    banner = dialog.error_banner.text()
    assert "Fornavn: Fyll inn fornavnet." in banner
    assert "Foresatte: Foresatt 1" in banner
    assert ui.firstNameEdit.property("invalid") is True
    # What was typed is still there; fixing it saves.
    ui.firstNameEdit.setText("Amina")
    ui.birthEdit.setText("2015")
    ui.phoneEdit.setText("")
    ui.emailEdit.setText("")
    ui.notesEdit.setPlainText("")
    ui.guardiansEditor.row_widgets(0)["phone"].setText("91234568")
    assert dialog.try_save() is True
    assert dialog.field_error("first_name") == ""


def test_a_photo_consent_for_a_young_child_needs_a_guardian(place, qtbot):
    dialog = new_dialog(qtbot)
    ui = dialog.ui
    ui.firstNameEdit.setText("Amina")
    ui.birthEdit.setText("05.06.2018")
    qtbot.mouseClick(ui.consentsEditor.add_button, Qt.MouseButton.LeftButton)
    row = ui.consentsEditor.row_widgets(0)
    row["given_date"].setText("01.01.2025")
    row["given_by"].setText("Amina")
    assert dialog.try_save() is False
    assert "Foresatte må gi samtykket" in dialog.field_error("consents")
    row["given_by_guardian"].setChecked(True)
    row["given_by"].setText("Fadumo Hassan")
    assert dialog.try_save() is True


def test_a_household_typed_that_does_not_exist_is_reported(place, qtbot):
    dialog = new_dialog(qtbot)
    dialog.ui.firstNameEdit.setText("Amina")
    dialog.ui.birthEdit.setText("2015")
    dialog.ui.householdPicker.lineEdit().setText("Familien Finnesikke")
    assert dialog.try_save() is False
    assert "Fant ingen husstand" in dialog.field_error("household")


def test_a_possible_duplicate_is_asked_about_before_saving(place, qtbot, monkeypatch):
    questions = []
    answers = iter(["back", "save"])

    def ask(parent, title, text, choices, **kwargs):
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(notices, "ask", ask)
    dialog = new_dialog(qtbot)
    dialog.ui.firstNameEdit.setText("fadumo")
    dialog.ui.lastNameEdit.setText("HASSAN")
    dialog.ui.birthEdit.setText("1986")
    assert dialog.try_save() is False
    assert "Det finnes allerede en beboer med samme navn og fødselsår: Fadumo Hassan" \
        in questions[0]
    assert Resident.select().count() == 1
    assert dialog.try_save() is True  # "Lagre likevel"
    assert Resident.select().count() == 2


def test_history_decides_between_archive_and_delete(place, qtbot, monkeypatch):
    site, household_id, mother = place
    session = make.session(make.activity().id)
    record_changes.create(Attendance, session=session.id, resident=mother.id)
    dialog = new_dialog(qtbot, mother.id)
    assert not dialog.archive_button.isHidden()
    assert dialog.delete_button.isHidden()
    assert "1 registrert oppmøte" in dialog.archive_button.toolTip()
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "archive")
    with qtbot.waitSignal(dialog.record_saved):
        assert dialog.archive() is True
    assert Resident.get_by_id(mother.id).archived

    archived = new_dialog(qtbot, mother.id)
    assert "Arkivert" in archived.ui.statusLabel.text()
    assert not archived.restore_button.isHidden() and archived.archive_button.isHidden()
    assert archived.restore() is True
    assert not Resident.get_by_id(mother.id).archived

    lone = make.resident("Ola", "Nordmann", birth_year=1990, storage_basis="x")
    dialog = new_dialog(qtbot, lone.id)
    assert not dialog.delete_button.isHidden()
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "back")
    assert dialog.delete() is False and Resident.get_or_none(Resident.id == lone.id)
    monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "delete")
    with qtbot.waitSignal(dialog.record_deleted):
        assert dialog.delete() is True
    assert Resident.get_or_none(Resident.id == lone.id) is None


def test_a_colleague_on_another_connection_saved_first(place, qtbot, monkeypatch, database,
                                                       db_path):
    from samvirke_desktop.db.connection import open_database

    _site, _household, mother = place
    mine = database.database
    dialog = new_dialog(qtbot, mother.id)
    dialog.ui.phoneEdit.setText("92345678")

    colleague = open_database(db_path).database
    try:
        DB.initialize(colleague)
        actor.set_current(actor.Actor(username="hanne", role="coordinator"))
        record = resident_record.load_resident(mother.id)
        resident_record.save_resident({**dialog.values(), "phone": "93456789"}, mother.id,
                                      record.version)
        DB.initialize(mine)
        actor.set_current(actor.COMMAND_LINE)

        asked = []
        monkeypatch.setattr(notices, "ask", lambda parent, title, text, choices, **kw:
                            asked.append(text) or "reload")
        assert dialog.try_save() is False
        assert asked[0].startswith("hanne lagret denne oppføringen")
        assert dialog.ui.phoneEdit.text() == "934 56 789"  # the colleague's save is shown

        dialog.ui.phoneEdit.setText("92345678")
        DB.initialize(colleague)
        record = resident_record.load_resident(mother.id)
        resident_record.save_resident({**dialog.values(), "phone": "94567890"}, mother.id,
                                      record.version)
        DB.initialize(mine)
        seen = {}

        def keep_mine(parent, changed_by, labels, mine_values, theirs, display):
            seen.update(labels=labels, theirs=theirs, mine=mine_values)
            return "mine"

        monkeypatch.setattr(notices, "ask", lambda *args, **kwargs: "compare")
        monkeypatch.setattr(record_dialog.CompareDialog, "choose", staticmethod(keep_mine))
        assert dialog.try_save() is True
        assert seen["theirs"]["phone"] == "945 67 890" and seen["mine"]["phone"] == "92345678"
        assert seen["labels"]["phone"] == "Telefon"
        assert Resident.get_by_id(mother.id).phone == "923 45 678"
    finally:
        DB.initialize(mine)
        colleague.close()


def test_a_new_household_is_made_from_the_resident_form(place, qtbot):
    site, _household, _mother = place
    dialog = new_dialog(qtbot)
    dialog.ui.firstNameEdit.setText("Ola")
    dialog.ui.lastNameEdit.setText("Berg")
    dialog.ui.siteCombo.setCurrentIndex(dialog.ui.siteCombo.findData(site.id))
    household = dialog.new_household()
    assert household.ui.nameEdit.text() == "Berg"
    assert household.values()["site"] == site.id
    household.ui.addressEdit.setText("Sandakerveien 34 B")
    with qtbot.waitSignal(household.record_saved) as saved:
        assert household.try_save() is True
    assert dialog.ui.householdPicker.record_id() == saved.args[0]
    assert "Sandakerveien 34 B" in dialog.ui.householdPicker.currentText()


def test_the_form_reads_in_order_with_the_tab_key(place, qtbot):
    dialog = new_dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    wanted = [ui.firstNameEdit, ui.lastNameEdit, ui.birthEdit, ui.genderCombo, ui.phoneEdit,
              ui.emailEdit, ui.languageCombo, ui.interpreterCheck, ui.siteCombo,
              ui.householdPicker, ui.storageBasisCombo, ui.guardiansEditor.add_button,
              ui.consentsEditor.add_button, ui.notesEdit]
    order, widget = [], ui.firstNameEdit
    for _ in range(200):
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == wanted
    dialog.close()
    QApplication.processEvents()


def test_an_activity_leader_sees_own_participants_read_only(place, qtbot):
    _site, _household, mother = place
    activity = make.activity()
    make.enrol(activity.id, mother.id, role="parent")
    from samvirke_desktop.db.models import ActivityLeader, AppUser

    user = AppUser.create(username="leder", role="activity_leader")
    ActivityLeader.create(activity=activity.id, user=user.id)
    actor.set_current(actor.Actor(username="leder", role="activity_leader", user_id=user.id))
    dialog = new_dialog(qtbot, mother.id)
    assert dialog.save_button.isHidden() and dialog.archive_button is None
    assert dialog.access_button is None  # innsyn exports are for coordinators and administrators
    assert dialog.ui.firstNameEdit.isReadOnly()
    assert "ikke endre" in dialog.ui.statusLabel.text()


def test_innsyn_writes_everything_about_the_person(place, qtbot, tmp_path):
    import json

    from pypdf import PdfReader

    from samvirke_desktop.db.models import ChangeLog
    from tests.privacy_settings import fill_privacy_settings

    fill_privacy_settings()   # the access report needs Personvern filled in
    _site, _household, mother = place
    new = new_dialog(qtbot)
    assert new.access_button is None  # nothing stored yet about a person being typed in
    dialog = new_dialog(qtbot, mother.id)
    assert dialog.access_button is not None
    pdf = dialog.access_request(str(tmp_path / "innsyn.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Fadumo" in text and "Hassan" in text
    data = json.loads(dialog.access_request(str(tmp_path / "innsyn.json")).read_text("utf-8"))
    assert data["beboer"]["first_name"] == "Fadumo"
    assert ChangeLog.select().where((ChangeLog.action == "export")
                                    & (ChangeLog.resident_id == mother.id)).count() == 2

