"""Universal design: every input of every page, dialog and settings tab has a name a screen
reader can say (its label's buddy or an accessible name), icon-only buttons say what they do,
and status is never shown by colour alone. Names in right-to-left scripts are shown right."""
import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from samvirke_desktop.db.connection import close_database, open_database
from samvirke_desktop.db.models import (
    Activity,
    Application,
    Funder,
    Household,
    Partner,
    Resident,
    Schedule,
    Session,
    Site,
    Volunteer,
)
from samvirke_desktop.domain.demo.database import write_demo_database

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
# Parts of a composite widget that Qt names through the widget itself (a line edit's own
# action buttons, such as clear or the date field's calendar, are reached by keys instead).
INSIDE_COMPOSITE = (QComboBox, QAbstractSpinBox, QCalendarWidget, QHeaderView, QLineEdit)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName() or "").replace("&", "").strip()


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, INSIDE_COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def _where(widget: QWidget) -> str:
    parts = []
    current = widget
    while current is not None:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def unnamed_inputs(root: QWidget) -> list[str]:
    problems = []
    for widget in [root] + root.findChildren(QWidget):
        if _inside_composite(widget, root) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (menu bar overflow button, scroll area viewport …)
        if isinstance(widget, QHeaderView):
            continue
        if isinstance(widget, INPUTS) or (isinstance(widget, QCheckBox) and not widget.text()):
            if not accessible_name(widget):
                problems.append(f"{type(widget).__name__} {_where(widget)}")
        elif isinstance(widget, QAbstractButton):
            text = widget.text().replace("&", "").strip()
            if not text and not widget.icon().isNull():
                if not widget.toolTip().strip() or not accessible_name(widget):
                    problems.append(f"ikonknapp {_where(widget)}")
    return problems


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo_database(path)
    return path


@pytest.fixture
def demo(demo_file):
    opened = open_database(demo_file)
    yield opened
    close_database()


def _first(model):
    return model.select(model.id).order_by(model.id).first().id


def _window_factories():
    """(name, make) for every dialog and window the program opens."""
    from samvirke_desktop.gui.about_dialog import AboutDialog
    from samvirke_desktop.gui.activities.activity_dialog import ActivityDialog
    from samvirke_desktop.gui.activities.schedule_dialog import ScheduleDialog
    from samvirke_desktop.gui.activities.school_holiday_dialog import SchoolHolidayDialog
    from samvirke_desktop.gui.activities.session_dialogs import CancelSessionDialog, SessionDialog
    from samvirke_desktop.gui.activities.sessions_window import ActivitySessionsWindow
    from samvirke_desktop.gui.applications.application_dialog import ApplicationDialog
    from samvirke_desktop.gui.applications.funder_dialog import FunderDialog
    from samvirke_desktop.gui.applications.funders_window import FundersWindow
    from samvirke_desktop.gui.checkin.month_grid import MonthGridWindow
    from samvirke_desktop.gui.checkin.window import CheckInWindow
    from samvirke_desktop.gui.crash import CrashDialog
    from samvirke_desktop.gui.import_wizard.wizard import ImportWizard
    from samvirke_desktop.gui.records.household_dialog import HouseholdDialog
    from samvirke_desktop.gui.records.partner_dialog import PartnerDialog
    from samvirke_desktop.gui.records.resident_dialog import ResidentDialog
    from samvirke_desktop.gui.records.site_dialog import SiteDialog
    from samvirke_desktop.gui.records.volunteer_dialog import VolunteerDialog
    from samvirke_desktop.gui.restore_dialog import RestoreDialog
    from samvirke_desktop.gui.shortcuts_dialog import ShortcutsDialog
    from samvirke_desktop.gui.startup.admin_dialog import CreateAdminDialog
    from samvirke_desktop.gui.startup.login_dialog import LoginDialog
    from samvirke_desktop.gui.startup.new_database_dialog import NewDatabaseDialog
    from samvirke_desktop.gui.startup.signed_out_panel import SignedOutPanel
    from samvirke_desktop.gui.startup.welcome_panel import WelcomePanel
    from samvirke_desktop.gui.user_dialogs import UserDialog
    from samvirke_desktop.gui.user_guide import GuideDialog

    def held_session():
        return (Session.select(Session.id).where(~Session.cancelled
                                                 & (Session.date <= datetime.date.today()))
                .order_by(Session.date.desc()).first().id)

    today = datetime.date.today()
    return [
        ("ResidentDialog", lambda: ResidentDialog(_first(Resident))),
        ("ResidentDialog ny", lambda: ResidentDialog()),
        ("VolunteerDialog", lambda: VolunteerDialog(_first(Volunteer))),
        ("VolunteerDialog ny", lambda: VolunteerDialog()),
        ("PartnerDialog", lambda: PartnerDialog(_first(Partner))),
        ("SiteDialog", lambda: SiteDialog(_first(Site))),
        ("HouseholdDialog", lambda: HouseholdDialog(_first(Household))),
        ("ActivityDialog", lambda: ActivityDialog(_first(Activity))),
        ("ActivityDialog ny", lambda: ActivityDialog()),
        ("ApplicationDialog", lambda: ApplicationDialog(_first(Application))),
        ("ApplicationDialog ny", lambda: ApplicationDialog()),
        ("FunderDialog", lambda: FunderDialog(_first(Funder))),
        ("FundersWindow", lambda: FundersWindow()),
        ("ScheduleDialog", lambda: ScheduleDialog(
            Schedule.get_by_id(_first(Schedule)).activity_id, _first(Schedule))),
        ("ScheduleDialog ny", lambda: ScheduleDialog(_first(Activity))),
        ("SessionDialog", lambda: SessionDialog(_first(Activity))),
        ("CancelSessionDialog", lambda: CancelSessionDialog(_first(Session))),
        ("SchoolHolidayDialog", lambda: SchoolHolidayDialog()),
        ("ActivitySessionsWindow", lambda: ActivitySessionsWindow(_first(Activity))),
        ("CheckInWindow", lambda: CheckInWindow(held_session())),
        ("MonthGridWindow", lambda: MonthGridWindow(_first(Activity), today.year, today.month)),
        ("ImportWizard", lambda: ImportWizard()),
        ("UserDialog", lambda: UserDialog()),
        ("CreateAdminDialog", lambda: CreateAdminDialog()),
        ("LoginDialog", lambda: LoginDialog("demo.db")),
        ("NewDatabaseDialog", lambda: NewDatabaseDialog(None)),
        ("RestoreDialog", lambda: RestoreDialog([], "demo.db")),
        ("AboutDialog", lambda: AboutDialog("demo.db", "samvirke.log")),
        ("CrashDialog", lambda: CrashDialog("Traceback …")),
        ("GuideDialog", lambda: GuideDialog()),
        ("WelcomePanel", lambda: WelcomePanel()),
        ("SignedOutPanel", lambda: SignedOutPanel()),
        ("ShortcutsDialog", lambda: ShortcutsDialog()),
    ]


def test_every_page_and_settings_tab_names_its_inputs(qtbot, demo):
    from samvirke_desktop.gui.main_window import MainWindow
    from samvirke_desktop.gui.pages import PAGES

    window = MainWindow(demo)
    qtbot.addWidget(window)
    problems = []
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.pages[spec.key]
        problems += [f"{spec.key}: {p}" for p in unnamed_inputs(page)]
    settings = window.pages["settings"]
    assert {"display", "team", "users"} <= set(settings.tab_pages)
    problems += [f"vindu: {p}" for p in unnamed_inputs(window)]
    problems = sorted(set(problems))
    assert problems == [], "Uten navn for skjermleser:\n" + "\n".join(problems)


def test_every_dialog_names_its_inputs(qtbot, demo):
    problems = []
    for name, make in _window_factories():
        widget = make()
        qtbot.addWidget(widget)
        problems += [f"{name}: {p}" for p in unnamed_inputs(widget)]
    assert problems == [], "Uten navn for skjermleser:\n" + "\n".join(problems)


def test_the_check_itself_finds_an_unnamed_field(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton

    from samvirke_desktop.gui.icons import symbol

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    named, unnamed = QLineEdit(), QLineEdit()
    label = QLabel("&Navn")
    label.setBuddy(named)
    layout.addRow(label, named)
    layout.addRow(unnamed)
    icon_only = QPushButton(symbol("mdi6.delete"), "")
    layout.addRow(icon_only)
    found = unnamed_inputs(form)
    assert len(found) == 2 and any("QLineEdit" in p for p in found)
    unnamed.setAccessibleName("Telefon")
    icon_only.setToolTip("Slett")
    icon_only.setAccessibleName("Slett")
    assert unnamed_inputs(form) == []


def test_certificate_status_is_told_by_words_and_icon_shape_not_colour_alone(qtbot, demo):
    from samvirke_desktop.domain.people.police_certificate import CertificateStatus
    from samvirke_desktop.gui.models.volunteers import VolunteerTableModel
    from samvirke_desktop.gui.records.certificate_look import STATUS_LOOK

    shapes = [icon for _colour, icon in STATUS_LOOK.values()]
    assert len(set(shapes)) == len(CertificateStatus)  # a different symbol for each status
    from samvirke_desktop.domain.people.volunteer_list import list_volunteers

    model = VolunteerTableModel()
    model.set_rows(list_volunteers(include_archived=False))
    column = VolunteerTableModel.COL_CERTIFICATE
    seen = set()
    for row in range(model.rowCount(QModelIndex())):
        record = model.row_at(row)
        if record.certificate is None:
            continue
        index = model.index(row, column)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert text and not icon.isNull(), record.name
        seen.add(record.certificate.status)
    assert len(seen) >= 3  # the demo has valid, expiring and missing certificates at least


def _ink_span(widget) -> tuple[int, int]:
    """Leftmost and rightmost pixel the text changed, compared with the empty widget."""
    text = widget.text()
    widget.setText("")
    empty = widget.grab().toImage()
    widget.setText(text)
    widget.setCursorPosition(0)
    image = widget.grab().toImage()
    xs = [x for x in range(image.width()) for y in range(image.height())
          if image.pixel(x, y) != empty.pixel(x, y)]
    return min(xs), max(xs)


@pytest.mark.parametrize(("name", "right_to_left"), [
    ("فاطمة الزهراء", True), ("Amanuel ተስፋይ", False), ("ሰላም ተስፋይ", False), ("Łukasz Wójcik", False)])
def test_names_in_any_script_keep_their_own_direction(qtbot, name, right_to_left):
    """Arabic is laid out right to left and starts at the right edge of a field, Tigrinya
    (Ge'ez script) and Latin left to right, whatever the program's language is; every letter
    has a glyph, from the fonts the program ships where the PC has none."""
    from PySide6.QtGui import QTextLayout

    from samvirke_desktop.gui.shipped_fonts import add_shipped_fonts

    add_shipped_fonts()  # as the program does at start
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.resize(320, 32)
    edit.setText(name)
    edit.show()
    left, right = _ink_span(edit)
    if right_to_left:
        assert right > edit.width() - 20 and left > edit.width() // 3
    else:
        assert left < 20 and right < edit.width() * 2 // 3
    layout = QTextLayout(name, edit.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and any(run.isRightToLeft() for run in runs) == right_to_left
    assert all(run.glyphIndexes() and 0 not in run.glyphIndexes() for run in runs), \
        "a character has no glyph in any font"


def test_help_menu_lists_the_shortcuts_and_ctrl_digits_go_to_pages(qtbot, demo):
    from samvirke_desktop.gui.main_window import MainWindow
    from samvirke_desktop.gui.shortcuts_dialog import ShortcutsDialog

    window = MainWindow(demo)
    qtbot.addWidget(window)
    help_menu = [a.menu() for a in window.menuBar().actions() if a.text() == "&Hjelp"][0]
    assert "&Hurtigtaster" in [a.text() for a in help_menu.actions()]
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {}
    for g in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(g)
        for r in range(group.childCount()):
            rows[(group.text(0), group.child(r).text(0))] = group.child(r).text(1)
    assert rows[("Skjemaer", "Ctrl+S")] == "Lagre"
    assert rows[("Lister (Beboere, Frivillige, Aktiviteter …)", "Ctrl+F")] == "Søk i listen"
    second = window.sidebar.item(1).data(Qt.ItemDataRole.UserRole)
    window.page_shortcuts[1].activated.emit()
    assert window.current_page_key() == second


@pytest.fixture
def large_text(qapp):
    """Text size 200 % as chosen in Innstillinger → Språk og visning; 100 % afterwards."""
    from samvirke_desktop.gui import language

    language.set_text_scale(200)
    language.apply_display(qapp, 200, "light")
    yield
    language.set_text_scale(100)
    language.apply_display(qapp, 100, "light")


def _squeezed(root: QWidget) -> list[str]:
    """Buttons, boxes and labels on one line given less width than their text needs."""
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, (QPushButton, QCheckBox, QComboBox)) or (
                isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()):
            if widget.width() < widget.minimumSizeHint().width():
                problems.append(f"{type(widget).__name__} «{getattr(widget, 'text', str)()}»")
    return problems


def test_at_200_percent_every_page_fits_beside_the_sidebar_uncut(qtbot, demo, large_text):
    """On a 1280 × 800 window the sidebar keeps its names where the page has room and shows
    only its icons (names as tooltips and for screen readers) where it has not; no page is
    wider than the room it gets, and no button, box or label is squeezed."""
    from samvirke_desktop.gui.main_window import MainWindow
    from samvirke_desktop.gui.pages import PAGES
    from samvirke_desktop.gui.sidebar import TITLE_ROLE

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    compact = {}
    for spec in PAGES:
        window.show_page(spec.key)
        qtbot.wait(1)
        page = window.pages[spec.key]
        compact[spec.key] = window.sidebar.compact
        assert window.page_area.horizontalScrollBar().maximum() == 0, spec.key
        assert _squeezed(page) == [], spec.key
    assert compact["residents"] is False and compact["activities"] is True
    item = window.sidebar.item_for("activities")
    window.show_page("activities")
    assert item.text() == "" and item.toolTip() == "Aktiviteter"
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Aktiviteter"
    assert item.data(TITLE_ROLE) == "Aktiviteter"
    window.show_page("residents")
    assert item.text() == "Aktiviteter" and item.toolTip() == ""


def test_a_new_text_size_rearranges_the_pages_at_once(qtbot, demo, qapp):
    """Changing the text size in Innstillinger needs no restart: the sidebar and the pages
    follow, the pages arranged for the new size (the filters on a row of their own)."""
    from samvirke_desktop.gui import language
    from samvirke_desktop.gui.main_window import MainWindow

    language.apply_display(qapp, 100, "light")   # as at start, before the window is made
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("applications")
    before = window.pages["applications"]
    assert before.filter_row() is before.ui.toolLayout
    narrow_icons = window.sidebar.iconSize().width()
    window.show_page("settings")
    try:
        language.set_text_scale(200)
        language.apply_display(qapp, 200, "light")
        qtbot.wait(1)
        assert window.sidebar.iconSize().width() > narrow_icons
        assert "applications" not in window.pages      # made again when shown next
        window.show_page("applications")
        qtbot.wait(1)
        after = window.pages["applications"]
        assert after.filter_row() is not after.ui.toolLayout
        assert window.page_area.horizontalScrollBar().maximum() == 0
        assert _squeezed(after) == []
    finally:
        language.set_text_scale(100)
        language.apply_display(qapp, 100, "light")
