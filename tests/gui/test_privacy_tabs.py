"""Innstillinger → Personvern and Til sletting."""
import datetime

from PySide6.QtCore import Qt

from samvirke_desktop.db.models import Activity, Attendance, Resident, Session
from samvirke_desktop.domain.privacy.controller import Contact
from samvirke_desktop.domain.privacy.retention import (
    LEGAL_BASIS_PLACEHOLDER,
    SUGGESTED_LEGAL_BASIS,
    RetentionRules,
    privacy_statement,
    retention_rules,
)
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.settings_tabs.erasure import ErasureTab
from samvirke_desktop.gui.settings_tabs.privacy import PrivacyTab


def test_privacy_tab_saves_purposes_basis_contacts_and_rules(database, qtbot):
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    # No legal basis of the program's own: empty, and the tab says what the report lacks.
    assert tab.basis_edit.toPlainText() == ""
    assert "Innsynsrapporten kan ikke lages før dette er fylt inn: rettsgrunnlaget" in \
        tab.status_label.text()
    assert tab.suggest_button.isEnabled()
    tab.purposes_edit.setPlainText("Leksehjelp og nærmiljøarbeid.")
    tab.basis_edit.setPlainText("Personvernforordningen artikkel 6 nr. 1 bokstav e, jf. "
                                "folkehelseloven § 7.")
    assert not tab.suggest_button.isEnabled()
    tab.controller_name.setText("Oslo kommune, Bydel Sagene")
    tab.controller_address.setText("Postboks 4250 Nydalen, 0401 Oslo")
    tab.controller_phone.setText("21802180")
    tab.dpo_name.setText("Tone Vik")
    tab.dpo_email.setText("personvernombud@oslo.example.no")
    tab.resident_months.setValue(18)
    tab.volunteer_months.setValue(6)
    assert "6 måneder" in tab.backup_note.text()
    assert tab.save()
    statement = privacy_statement()
    assert statement.purposes == "Leksehjelp og nærmiljøarbeid."
    assert statement.legal_basis.endswith("folkehelseloven § 7.")
    assert statement.controller == Contact("Oslo kommune, Bydel Sagene",
                                           "Postboks 4250 Nydalen, 0401 Oslo", "",
                                           "21 80 21 80")
    assert statement.data_protection_officer.email == "personvernombud@oslo.example.no"
    assert retention_rules() == RetentionRules(18, 6, True)
    assert tab.controller_phone.text() == "21 80 21 80"   # as it was tidied
    assert tab.status_label.text() == "Alt innsynsrapporten trenger, er fylt inn."
    reopened = PrivacyTab()
    qtbot.addWidget(reopened)
    assert (reopened.dpo_name.text(), reopened.controller_address.text()) == (
        "Tone Vik", "Postboks 4250 Nydalen, 0401 Oslo")


def test_privacy_tab_suggests_a_legal_basis_that_must_be_finished(database, qtbot):
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.suggest_button, Qt.MouseButton.LeftButton)
    assert tab.basis_edit.toPlainText() == SUGGESTED_LEGAL_BASIS
    # The sentence to replace is selected, so typing replaces it.
    assert tab.basis_edit.textCursor().selectedText() == f"[{LEGAL_BASIS_PLACEHOLDER}]"
    assert not tab.save()
    assert "Bytt ut «[Skriv inn bydelens supplerende rettsgrunnlag her.]»" in \
        tab.error_label.text()
    assert not tab.error_label.isHidden()
    assert privacy_statement().legal_basis == ""
    qtbot.keyClicks(tab.basis_edit, "Jf. folkehelseloven § 7.")
    assert LEGAL_BASIS_PLACEHOLDER not in tab.basis_edit.toPlainText()
    tab.controller_email.setText("post@")
    assert not tab.save()
    assert "ser ikke ut som en e-postadresse" in tab.error_label.text()
    tab.controller_email.setText("")
    assert tab.save() and tab.error_label.isHidden()
    assert privacy_statement().legal_basis.endswith("samtykket. Jf. folkehelseloven § 7.")
    assert "behandlingsansvarliges navn" in tab.status_label.text()


def test_only_an_administrator_gets_the_privacy_tab_and_may_save(database, qtbot, monkeypatch):
    assert PrivacyTab.allowed()
    for role in ("coordinator", "activity_leader", "grant_writer"):
        actor.set_current(actor.Actor(username="kari", role=role))
        assert not PrivacyTab.allowed()
    tab = PrivacyTab()   # even if it were shown, saving is refused in the domain
    qtbot.addWidget(tab)
    shown = []
    monkeypatch.setattr(notices, "show_message", lambda parent, title, text, **kw:
                        shown.append(text))
    tab.basis_edit.setPlainText("Art. 6 nr. 1 bokstav e.")
    assert not tab.save()
    assert shown == ["Bare en administrator kan endre innstillingene."]
    actor.set_current(actor.COMMAND_LINE)
    assert privacy_statement().legal_basis == ""


def test_the_innsyn_button_says_what_is_missing_and_writes_nothing(database, qtbot, tmp_path,
                                                                   monkeypatch):
    from samvirke_desktop.db.models import ChangeLog
    from samvirke_desktop.domain.team import record_changes
    from samvirke_desktop.gui.records.resident_dialog import ResidentDialog
    from tests.privacy_settings import fill_privacy_settings

    resident = record_changes.create(Resident, first_name="Amina", last_name="Hassan")
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    dialog = ResidentDialog(resident.id)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(notices, "show_message", lambda parent, title, text, **kw:
                        shown.append((title, text)))
    for name in ("innsyn.pdf", "innsyn.json"):
        assert dialog.access_request(str(tmp_path / name)) is None
        assert not (tmp_path / name).exists()
    assert len(shown) == 2 and shown[0] == shown[1]
    title, text = shown[0]
    assert title == "Personvern er ikke fylt ut"
    assert text.startswith("Innsynsrapporten kan ikke lages før bydelens "
                           "personvernopplysninger er fylt inn. Mangler: rettsgrunnlaget, ")
    assert "Fyll det inn under Innstillinger → Personvern" in text
    assert not ChangeLog.select().where(ChangeLog.action == "export").exists()
    actor.set_current(actor.COMMAND_LINE)
    fill_privacy_settings()
    actor.set_current(actor.Actor(username="kari", role="coordinator"))
    assert dialog.access_request(str(tmp_path / "innsyn.pdf")).exists()


def test_erasure_tab_lists_and_anonymises_in_one_step(database, qtbot, monkeypatch):
    old = datetime.datetime(2020, 1, 1)
    activity = Activity.create(name="Leksehjelp", kind="homework_help")
    session = Session.create(activity=activity, date=datetime.date(2021, 3, 2))
    gone = Resident.create(first_name="Gammel", last_name="Deltaker", created_at=old,
                           updated_at=old)
    Attendance.create(session=session, resident=gone, role="child", present=True)
    recent = Session.create(activity=activity, date=datetime.date(2026, 11, 3))
    active = Resident.create(first_name="Aktiv", last_name="Deltaker", created_at=old,
                             updated_at=old)
    Attendance.create(session=recent, resident=active, role="child", present=True)

    tab = ErasureTab(today=datetime.date(2026, 11, 22))
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "Gammel Deltaker"
    assert "1 har passert" in tab.summary.text()

    monkeypatch.setattr(notices, "ask", lambda *a, **k: "back")
    assert tab.erase_all() == 0
    assert Resident.get_by_id(gone.id).first_name == "Gammel"
    monkeypatch.setattr(notices, "ask", lambda *a, **k: "erase")
    assert tab.erase_all() == 1
    assert Resident.get_by_id(gone.id).first_name == "Anonymisert"
    assert Attendance.select().where(Attendance.resident == gone.id).count() == 1
    assert tab.table.rowCount() == 0 and not tab.erase_all_button.isEnabled()


def _due_in_a_small_group():
    """A resident past the retention time who is the only girl born 2013 in Kvartal 5."""
    from samvirke_desktop.db.models import Site

    old = datetime.datetime(2020, 1, 1)
    site = Site.create(name="Kvartal 5")
    return Resident.create(first_name="Liten", last_name="Gruppe", gender="female",
                           birth_year=2013, site=site, created_at=old, updated_at=old), site


def _answers(monkeypatch, *keys):
    """Answer the questions in turn, and keep what was asked."""
    asked, replies = [], list(keys)

    def ask(parent, title, text, choices, **kwargs):
        asked.append((title, text, [key for key, _ in choices]))
        return replies.pop(0)

    monkeypatch.setattr(notices, "ask", ask)
    return asked


def test_erasure_tab_offers_to_drop_the_area_of_a_small_group(database, qtbot, monkeypatch):
    resident, _site = _due_in_a_small_group()
    tab = ErasureTab(today=datetime.date(2026, 11, 22))
    qtbot.addWidget(tab)
    asked = _answers(monkeypatch, "drop", "erase")
    assert tab.erase_all() == 1
    (risk_title, risk_text, risk_keys), (_title, confirm_text, _keys) = asked
    assert risk_title == "Kan fortsatt kjennes igjen"
    assert risk_keys == ["drop", "keep", "back"]
    assert "færre enn 3 beboere" in risk_text
    assert "Liten Gruppe: Ingen andre beboere i Kvartal 5 er jenter født 2013" in risk_text
    assert "For 1 av beboerne fjernes også området." in confirm_text
    anonymised = Resident.get_by_id(resident.id)
    assert (anonymised.first_name, anonymised.site_id, anonymised.birth_year) == (
        "Anonymisert", None, 2013)


def test_erasure_tab_can_keep_the_area_or_stop(database, qtbot, monkeypatch):
    resident, site = _due_in_a_small_group()
    tab = ErasureTab(today=datetime.date(2026, 11, 22))
    qtbot.addWidget(tab)
    asked = _answers(monkeypatch, "back")
    assert tab.erase_all() == 0
    assert len(asked) == 1 and Resident.get_by_id(resident.id).first_name == "Liten"

    asked = _answers(monkeypatch, "keep", "erase")
    assert tab.erase_all() == 1
    assert "fjernes også området" not in asked[1][1]
    assert Resident.get_by_id(resident.id).site_id == site.id


def test_erasure_tab_says_what_remains(database, qtbot):
    tab = ErasureTab(today=datetime.date(2026, 11, 22))
    qtbot.addWidget(tab)
    from PySide6.QtWidgets import QLabel

    notes = [label.text() for label in tab.findChildren(QLabel)]
    assert any("bare fødselsår, kjønn, område og oppmøte igjen" in text for text in notes)


def test_erasure_tab_lists_several_who_stand_out_in_one_question(database, qtbot, monkeypatch):
    first, site = _due_in_a_small_group()
    second = Resident.create(first_name="Eldre", last_name="Gruppe", gender="male",
                             birth_year=1950, site=site, created_at=first.created_at,
                             updated_at=first.updated_at)
    tab = ErasureTab(today=datetime.date(2026, 11, 22))
    qtbot.addWidget(tab)
    asked = _answers(monkeypatch, "drop", "erase")
    assert tab.erase_all() == 2
    risk_text = asked[0][1]
    assert "Liten Gruppe: Ingen andre beboere i Kvartal 5 er jenter født 2013." in risk_text
    assert "Eldre Gruppe: Ingen andre beboere i Kvartal 5 er menn født 1950." in risk_text
    assert risk_text.endswith("Fjern også området for disse 2, så står bare fødselsår, kjønn og "
                              "oppmøte igjen av dem.")
    assert "For 2 av beboerne fjernes også området." in asked[1][1]
    assert {Resident.get_by_id(r.id).site_id for r in (first, second)} == {None}
