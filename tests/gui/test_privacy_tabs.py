"""Innstillinger → Personvern and Til sletting."""
import datetime

from samvirke_desktop.db.models import Activity, Attendance, Resident, Session
from samvirke_desktop.domain.privacy.retention import RetentionRules, privacy_statement, retention_rules
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.settings_tabs.erasure import ErasureTab
from samvirke_desktop.gui.settings_tabs.privacy import PrivacyTab


def test_privacy_tab_saves_purposes_basis_and_rules(database, qtbot):
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    assert "artikkel 6" in tab.basis_edit.toPlainText()
    tab.purposes_edit.setPlainText("Leksehjelp og nærmiljøarbeid.")
    tab.resident_months.setValue(18)
    tab.volunteer_months.setValue(6)
    assert "6 måneder" in tab.backup_note.text()
    assert tab.save()
    assert privacy_statement().purposes == "Leksehjelp og nærmiljøarbeid."
    assert retention_rules() == RetentionRules(18, 6, True)


def test_privacy_tab_shows_what_is_missing(database, qtbot):
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    tab.basis_edit.setPlainText("  ")
    assert not tab.save()
    assert "rettsgrunnlaget" in tab.error_label.text()
    assert not tab.error_label.isHidden()


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
