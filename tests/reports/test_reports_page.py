"""Rapporter: choose a report and its parameters, make the PDF, open it (not in tests)."""
import datetime
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QShortcut

from samvirke_desktop.db.models import (
    Activity,
    ActivityLeader,
    ActivityVolunteer,
    Application,
    AppUser,
    Volunteer,
)
from samvirke_desktop.domain.team import actor
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.models.report_kinds import (
    default_application,
    file_name,
    month_choices,
    period_dates,
    period_name,
    report_kinds,
)
from samvirke_desktop.gui.pages import reports as reports_page
from tests.reports.pdf_checks import font_problems, read_pdf

TODAY = datetime.date(2026, 11, 22)
D = datetime.date


@pytest.fixture(autouse=True)
def _quiet_gui(tmp_path_factory, monkeypatch):
    """Settings in a temporary folder, no dialogs, and a fixed today."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    notices.set_dialogs_enabled(False)
    monkeypatch.setattr(reports_page, "today", lambda: TODAY)
    yield
    notices.set_dialogs_enabled(True)


@pytest.fixture
def make_page(qtbot, tmp_path):
    """A Rapporter page saving into a temporary folder; opened files are only recorded."""
    def make():
        page = reports_page.ReportsPage()
        qtbot.addWidget(page)
        page.opened = []
        page.viewer = page.opened.append
        page.set_folder(tmp_path)
        return page
    return make


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def choose_data(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def test_every_report_is_made_and_opened(demo, make_page, tmp_path):
    page = make_page()
    assert page.kind_keys() == ["attendance", "sign_in_sheet", "grant_report",
                                "hour_certificate", "activity_calendar"]
    assert page.ui.countLabel.text() == "5 rapporttyper"
    ui = page.ui

    page.select_kind("attendance")
    choose(ui.activityCombo, "Leksehjelp")
    assert ui.periodCombo.currentText() == "Forrige måned"
    assert (ui.fromEdit.text(), ui.toEdit.text()) == ("01.10.2026", "31.10.2026")
    assert ui.fileNameEdit.text() == "Oppmøterapport Leksehjelp 2026-10.pdf"
    assert not ui.applicationCombo.isVisible() and not ui.monthCombo.isVisible()
    made = page.make_report()
    assert made == tmp_path / "Oppmøterapport Leksehjelp 2026-10.pdf" and made.exists()
    assert page.opened == [made]
    assert QGuiApplication.overrideCursor() is None   # the wait cursor is gone again
    assert ui.statusLabel.text() == f"Laget «{made.name}» i {tmp_path}."
    assert read_pdf(made).metadata.title == ("Oppmøterapport – Leksehjelp, "
                                             "01.10.2026–31.10.2026")

    page.select_kind("sign_in_sheet")
    assert ui.monthCombo.currentText() == "november 2026"
    assert ui.fileNameEdit.text().endswith(" 2026-11.pdf")

    page.select_kind("grant_report")
    bufdir = Application.get(Application.title.startswith("Leksehjelp og aktivitetsuke"))
    assert ui.applicationCombo.currentData() == bufdir.id   # granted, running today
    assert ui.periodCombo.currentText() == "Hele søknadsperioden"
    assert (ui.fromEdit.text(), ui.toEdit.text()) == ("01.01.2026", "31.12.2026")
    assert ui.fileNameEdit.text() == ("Tilskuddsrapport Leksehjelp og aktivitetsuke for barn i "
                                      "Sagene 2026 2026.pdf")
    grant = page.make_report()
    assert "Rapportperiode 01.01.2026–31.12.2026" in read_pdf(grant).text
    assert font_problems(grant) == []

    page.select_kind("hour_certificate")
    volunteer = Volunteer.select().where(Volunteer.resident.is_null()).order_by(Volunteer.id).get()
    choose_data(ui.volunteerCombo, volunteer.id)
    assert ui.periodCombo.currentText() == "I år"
    hours = page.make_report()
    assert read_pdf(hours).metadata.title.startswith(
        f"Timeattest – {volunteer.first_name} {volunteer.last_name}")

    page.select_kind("activity_calendar")
    assert ui.monthCombo.currentText() == "desember 2026"   # the poster for the coming month
    choose(ui.siteCombo, "Kvartal 5, Sandaker")
    choose_data(ui.paperCombo, "A3")
    poster = page.make_report()
    assert poster.name == "Aktivitetskalender Kvartal 5, Sandaker 2026-12.pdf"
    width, height = read_pdf(poster).page_size(0)
    assert round(width) == 1191 and round(height) == 842   # A3 landscape in points

    assert page.opened == [made, grant, hours, poster]
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(
        p.name for p in page.opened)


def test_ctrl_enter_makes_the_report(demo, make_page, tmp_path):
    page = make_page()
    page.select_kind("activity_calendar")
    made = []
    page.report_made.connect(made.append)
    shortcuts = [s for s in page.findChildren(QShortcut) if s.key().toString() == "Ctrl+Return"]
    shortcuts[0].activated.emit()
    assert made == [tmp_path / "Aktivitetskalender 2026-12.pdf"]


def test_only_what_the_role_may_use_is_offered(demo, make_page):
    actor.set_current(actor.Actor("skriver", role="grant_writer"))
    page = make_page()
    assert page.kind_keys() == ["grant_report", "activity_calendar"]
    assert page.ui.countLabel.text() == "2 rapporttyper"

    leader_user = AppUser.create(username="leder", role="activity_leader")
    homework = Activity.get(Activity.name == "Leksehjelp")
    ActivityLeader.create(activity=homework, user=leader_user)
    actor.set_current(actor.Actor("leder", role="activity_leader", user_id=leader_user.id))
    page = make_page()
    assert page.kind_keys() == ["attendance", "sign_in_sheet", "hour_certificate",
                                "activity_calendar"]
    ui = page.ui
    page.select_kind("attendance")
    assert [ui.activityCombo.itemText(i) for i in range(ui.activityCombo.count())] == \
        ["Leksehjelp"]
    offered = {ui.volunteerCombo.itemData(i) for i in range(ui.volunteerCombo.count())}
    helpers = {v for (v,) in ActivityVolunteer.select(ActivityVolunteer.volunteer)
               .where(ActivityVolunteer.activity == homework).tuples()}
    assert helpers and helpers <= offered
    assert offered < {v.id for v in Volunteer.select()}


def test_the_domain_refuses_what_the_role_lost(demo, make_page, tmp_path):
    page = make_page()
    page.select_kind("attendance")
    actor.set_current(actor.Actor("skriver", role="grant_writer"))
    assert page.make_report() is None
    assert "Rollen din gir ikke lov til å lage rapporter med navn" in page.ui.statusLabel.text()
    assert list(tmp_path.glob("*.pdf")) == [] and page.opened == []


def test_periods_dates_and_file_names(demo, make_page):
    page = make_page()
    ui = page.ui
    page.select_kind("hour_certificate")
    choose(ui.periodCombo, "Forrige semester")
    assert (ui.fromEdit.text(), ui.toEdit.text()) == ("01.01.2026", "30.06.2026")
    name = ui.fileNameEdit.text()
    assert name.endswith(" 2026-01-01–2026-06-30.pdf")
    # Typing a date makes the period the user's own; the name follows.
    ui.fromEdit.setText("01.03.2026")
    ui.fromEdit.textEdited.emit("01.03.2026")
    assert ui.periodCombo.currentText() == "Egne datoer"
    assert ui.fileNameEdit.text().endswith(" 2026-03-01–2026-06-30.pdf")
    # A name the user typed is kept; emptying it brings the suggestion back.
    ui.fileNameEdit.setText("Min attest")
    ui.fileNameEdit.textEdited.emit("Min attest")
    choose(ui.periodCombo, "I fjor")
    assert ui.fileNameEdit.text() == "Min attest"
    assert page.target_path().name == "Min attest.pdf"
    ui.fileNameEdit.setText("")
    ui.fileNameEdit.textEdited.emit("")
    assert ui.fileNameEdit.text().endswith(" 2025.pdf")
    # The application's own period follows the chosen application.
    page.select_kind("grant_report")
    choose_data(ui.applicationCombo,
                Application.get(Application.title.startswith("Trygt og trivelig")).id)
    assert (ui.fromEdit.text(), ui.toEdit.text()) == ("01.08.2025", "31.07.2026")


def test_problems_are_said_beside_the_button_and_nothing_is_written(demo, make_page, tmp_path):
    page = make_page()
    ui = page.ui
    page.select_kind("attendance")
    ui.fromEdit.setText("31.12.2026")
    assert page.make_report() is None
    assert ui.statusLabel.text() == ("Perioden slutter (31.10.2026) før den begynner "
                                     "(31.12.2026). Bytt om datoene.")
    assert ui.statusLabel.property("class") == "fieldError"
    ui.fromEdit.setText("32.10.2026")
    assert page.make_report() is None
    assert "finnes ikke i kalenderen" in ui.statusLabel.text()
    ui.fromEdit.setText("")
    assert page.make_report() is None
    assert ui.statusLabel.text() == "Skriv inn fra-datoen, for eksempel 01.01.2026."
    ui.fileNameEdit.setText("../ut.pdf")
    ui.fileNameEdit.textEdited.emit("../ut.pdf")
    ui.fromEdit.setText("01.10.2026")
    assert page.make_report() is None
    assert "Skriv bare filnavnet" in ui.statusLabel.text()
    assert list(tmp_path.glob("*.pdf")) == []
    # An existing file is not replaced without a yes (no dialogs here: no answer).
    ui.fileNameEdit.setText("")
    ui.fileNameEdit.textEdited.emit("")
    existing = tmp_path / ui.fileNameEdit.text()
    existing.write_bytes(b"gammel")
    assert page.make_report() is None
    assert existing.read_bytes() == b"gammel"
    assert "filen finnes allerede" in ui.statusLabel.text()
    page.set_folder(tmp_path / "borte")
    assert page.make_report() is None
    assert "finnes ikke lenger" in ui.statusLabel.text()


def test_the_folder_is_remembered(demo, make_page, tmp_path):
    page = make_page()
    assert reports_page.ReportsPage().folder() == tmp_path
    assert page.folder() == tmp_path


def test_usual_periods_names_and_months():
    assert period_dates("this_month", TODAY) == (D(2026, 11, 1), D(2026, 11, 30))
    assert period_dates("last_month", D(2026, 1, 15)) == (D(2025, 12, 1), D(2025, 12, 31))
    assert period_dates("this_term", TODAY) == (D(2026, 7, 1), D(2026, 12, 31))
    assert period_dates("last_term", D(2026, 3, 1)) == (D(2025, 7, 1), D(2025, 12, 31))
    assert period_dates("last_year", TODAY) == (D(2025, 1, 1), D(2025, 12, 31))
    assert period_dates("custom", TODAY) is None
    assert period_name(D(2028, 2, 1), D(2028, 2, 29)) == "2028-02"
    assert period_name(D(2026, 1, 1), D(2026, 12, 31)) == "2026"
    assert period_name(D(2026, 1, 5), D(2026, 3, 31)) == "2026-01-05–2026-03-31"
    assert file_name("Oppmøteliste", 'Lek/se:hjelp "A"', "2026-06") == \
        "Oppmøteliste Lek se hjelp A 2026-06.pdf"
    assert len(file_name("Timeattest", "x" * 200)) == len("Timeattest ") + 60 + 4
    months = month_choices(TODAY, back=2, ahead=2)
    assert months == [(2026, 9), (2026, 10), (2026, 11), (2026, 12), (2027, 1)]
    assert [k.key for k in report_kinds()][2] == "grant_report"


def test_default_application_prefers_a_running_grant(database):
    from samvirke_desktop.domain.grants.application_list import ApplicationRow

    def row(i, status, start, end):
        return ApplicationRow(i, f"S{i}", "F", start, end, status, 0, None, False)

    rows = [row(1, "draft", D(2027, 1, 1), D(2027, 12, 31)),
            row(2, "granted", D(2026, 1, 1), D(2026, 12, 31)),
            row(3, "reported", D(2025, 1, 1), D(2025, 12, 31))]
    assert default_application(rows, TODAY).id == 2
    assert default_application(rows, D(2028, 1, 1)).id == 2   # the latest granted
    assert default_application(rows[:1], TODAY).id == 1
    assert default_application([], TODAY) is None


def test_opening_the_page_does_not_load_reportlab():
    code = ("import sys; import samvirke_desktop.gui.pages.reports, "
            "samvirke_desktop.cli.report_commands, samvirke_desktop.cli.person_commands; "
            "print(sorted(m for m in sys.modules if m.startswith('reportlab')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.stdout.strip() == "[]"


def test_a_colleagues_save_keeps_what_the_user_chose(demo, make_page):
    page = make_page()
    ui = page.ui
    page.select_kind("hour_certificate")
    choose(ui.periodCombo, "Egne datoer")
    ui.fromEdit.setText("03.02.2026")
    ui.fileNameEdit.setText("Attest til studiet")
    ui.fileNameEdit.textEdited.emit("Attest til studiet")
    chosen = ui.volunteerCombo.currentData()
    Volunteer.create(first_name="Aaron", last_name="Aas")   # a colleague adds a volunteer
    page.refresh()
    assert page.current_kind().key == "hour_certificate"
    assert ui.volunteerCombo.currentData() == chosen
    assert ui.volunteerCombo.findText("Aaron Aas") >= 0
    assert ui.periodCombo.currentText() == "Egne datoer" and ui.fromEdit.text() == "03.02.2026"
    assert ui.fileNameEdit.text() == "Attest til studiet"


def test_the_check_before_a_grant_report_lists_warnings_and_opens_the_fix(demo, make_page, qtbot,
                                                                          monkeypatch, tmp_path):
    from samvirke_desktop.domain.activities.report_warnings import CERTIFICATE, VOLUNTEER
    from samvirke_desktop.gui.report_check_dialog import ReportCheckDialog

    page = make_page()
    page.set_folder(tmp_path)
    page.select_kind("grant_report")
    choose_data(page.ui.applicationCombo, 2)
    assert page.make_report() is not None          # dialogs off in tests: made, warnings kept
    kinds = {w.kind for w in page.last_warnings}
    assert CERTIFICATE in kinds
    dialog = ReportCheckDialog(page.last_warnings, "Rapport til tilskuddsgiver")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == len(page.last_warnings)
    row = next(i for i, w in enumerate(page.last_warnings) if w.target == VOLUNTEER)
    opened = dialog.open_fix(dialog.list.item(row))
    qtbot.addWidget(opened)
    assert opened.record_id == page.last_warnings[row].target_id
    dialog.grab().save(str(tmp_path / "report-check.png"))


def _hour_certificate_page(make_page):
    page = make_page()
    page.select_kind("hour_certificate")
    volunteer = Volunteer.select().where(Volunteer.resident.is_null()).order_by(Volunteer.id).get()
    choose_data(page.ui.volunteerCombo, volunteer.id)
    return page, volunteer


def test_the_timeattest_asks_who_signs_and_the_role(demo, make_page):
    actor.set_current(actor.Actor("kari", role="admin", full_name="Kari Lund"))
    page, _ = _hour_certificate_page(make_page)
    fields = (page.signer_name_edit, page.signer_role_edit, page.volunteer_role_edit)
    assert all(field.isVisibleTo(page) for field in fields)
    assert page.signer_name_edit.text() == "Kari Lund"   # the logged-in user signs
    page.signer_role_edit.setText("koordinator")
    page.volunteer_role_edit.setText("mentor")
    text = read_pdf(page.make_report()).text
    assert "Kari Lund, koordinator" in text and "som frivillig mentor" in text
    # The signer's role is remembered on this PC; the fields belong to the timeattest only.
    assert make_page().signer_role_edit.text() == "koordinator"
    page.select_kind("attendance")
    assert not any(field.isVisibleTo(page) for field in fields)


def test_a_missing_team_name_is_asked_for_once_and_stored(demo, make_page):
    from samvirke_desktop.domain.team.team_settings import team_identity
    from tests.reports.conftest import set_team

    set_team(name="", bydel="Bydel Grorud")
    page, _ = _hour_certificate_page(make_page)
    asked = []
    page.ask_team_name = lambda: asked.append(1) or ""
    assert page.make_report() is None   # cancelled: nothing made
    assert page.ui.statusLabel.text() == "Timeattesten ble ikke laget: den trenger teamets navn."
    page.ask_team_name = lambda: asked.append(1) or "  Bo- og nærmiljøteamet   Grorud "
    made = page.make_report()
    assert team_identity().name == "Bo- og nærmiljøteamet Grorud"
    assert "Bo- og nærmiljøteamet Grorud, Bydel Grorud bekrefter at" in read_pdf(made).text
    made.unlink()
    assert page.make_report() is not None and len(asked) == 2   # not asked again


def test_a_role_that_may_not_set_the_team_name_is_told_who_can(demo, make_page, tmp_path):
    from tests.reports.conftest import set_team

    set_team(name="", bydel="Bydel Grorud")
    leader_user = AppUser.create(username="leder", role="activity_leader")
    ActivityLeader.create(activity=Activity.get(Activity.name == "Leksehjelp"), user=leader_user)
    actor.set_current(actor.Actor("leder", role="activity_leader", user_id=leader_user.id))
    page = make_page()
    page.select_kind("hour_certificate")
    page.ask_team_name = lambda: pytest.fail("an activity leader cannot store the team's name")
    assert page.make_report() is None
    assert "Be en administrator skrive navnet under Innstillinger → Team" in \
        page.ui.statusLabel.text()
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_enrolled_who_never_came_get_a_row_when_asked(demo, make_page):
    page = make_page()
    check = page.all_enrolled_check
    page.select_kind("attendance")
    assert check.isVisibleTo(page) and not check.isChecked()
    choose(page.ui.activityCombo, "Leksehjelp")
    standard = read_pdf(page.make_report()).text
    assert "Påmeldt, men ikke registrert" in standard
    check.setChecked(True)
    page.ui.fileNameEdit.setText("Alle påmeldte.pdf")
    everyone = read_pdf(page.make_report()).text
    assert "Påmeldt, men ikke registrert" not in everyone
    assert everyone.count("Side ") >= standard.count("Side ")
    page.select_kind("sign_in_sheet")
    assert not check.isVisibleTo(page)
