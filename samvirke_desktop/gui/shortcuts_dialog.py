"""Hjelp → Hurtigtaster: every keyboard shortcut of the program in one list, and Ctrl+1 … Ctrl+9
to go to the pages of the sidebar, so the whole program can be used without a mouse."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.gui.icons import symbol


def _keys(text: str) -> str:
    """«Ctrl+F» as this system writes it, in the program's language (Qt's own key names)."""
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText) or text


def shortcut_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """(where, [(keys, what)]) in the order the dialog shows them."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ShortcutsDialog", text)

    return [
        (tr("Overalt"), [
            (_keys("F1"), tr("Brukerveiledning")),
            (tr("{first} … {last}").format(first=_keys("Ctrl+1"), last=_keys("Ctrl+9")),
             tr("Gå til side nummer 1 til 9 i listen til venstre")),
            (tr("Alt + understreket bokstav"), tr("Trykk knappen eller gå til feltet med den "
                                                  "bokstaven understreket")),
            (f"{_keys('Tab')} / {_keys('Shift+Tab')}", tr("Neste / forrige felt eller knapp")),
            (_keys("Ctrl+O"), tr("Åpne database")),
            (_keys("Ctrl+Q"), tr("Avslutt Samvirke")),
        ]),
        (tr("Lister (Beboere, Frivillige, Aktiviteter …)"), [
            (_keys("Ctrl+F"), tr("Søk i listen")),
            (_keys("Ctrl+N"), tr("Ny oppføring")),
            (tr("Enter eller dobbeltklikk"), tr("Åpne raden")),
        ]),
        (tr("Skjemaer"), [
            (_keys("Ctrl+S"), tr("Lagre")),
            (_keys("Esc"), tr("Lukk uten å lagre (du blir spurt om endringer)")),
            (_keys("Alt+Down"), tr("Velg dato i kalenderen (i et datofelt)")),
        ]),
        (tr("Samlinger og timeplan"), [
            (_keys("Ctrl+N"), tr("Ny samling")),
            (tr("Enter eller dobbeltklikk"), tr("Registrer oppmøte på samlingen")),
        ]),
        (tr("Oppmøte"), [
            (_keys("Ctrl+F"), tr("Søk etter navn")),
            (_keys("Ctrl+N"), tr("Nytt barn")),
            (f"{_keys('Space')} / {_keys('Enter')}", tr("Til stede / ikke til stede")),
            ("B, F, V", tr("Rolle: barn, forelder, voksen")),
            (_keys("F5"), tr("Les inn på nytt")),
            (_keys("Ctrl+W"), tr("Lukk")),
        ]),
        (tr("Oppmøte fra papir (måned)"), [
            (f"{_keys('Ctrl+PgUp')} / {_keys('Ctrl+PgDown')}", tr("Forrige / neste måned")),
            (tr("Piltastene"), tr("Flytt mellom rutene")),
            (_keys("Space"), tr("Kryss av eller fjern krysset")),
            (tr("X eller 1"), tr("Til stede, og gå ned")),
            (tr("0 eller {delete}").format(delete=_keys("Del")), tr("Fjern, og gå ned")),
        ]),
        (tr("Rapporter"), [
            (_keys("Ctrl+Return"), tr("Lag PDF")),
        ]),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hurtigtaster – Samvirke"))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Alt i Samvirke kan gjøres med tastaturet. Tekststørrelse og "
                               "farger velger du under Innstillinger → Språk og visning."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Hurtigtaster"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Taster"), self.tr("Hva de gjør")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for where, rows in shortcut_groups():
            group = QTreeWidgetItem(self.tree, [where])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, what in rows:
                QTreeWidgetItem(group, [keys, what])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def add_page_shortcuts(window) -> list[QShortcut]:
    """Ctrl+1 … Ctrl+9: the window's sidebar pages in their order (only those shown)."""
    made = []
    for number in range(1, 10):
        shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
        shortcut.activated.connect(lambda n=number: _go_to(window, n))
        made.append(shortcut)
    return made


def _go_to(window, number: int) -> None:
    sidebar = window.sidebar
    if getattr(window, "central", None) is not None and \
            window.central.currentWidget() is not getattr(window, "work", None):
        return  # signed out or the welcome screen: no pages to go to
    shown = [sidebar.item(row) for row in range(sidebar.count())
             if not sidebar.item(row).isHidden()]
    if 0 < number <= len(shown):
        sidebar.setCurrentItem(shown[number - 1])
        sidebar.setFocus()


def add_shortcuts_action(menu, window) -> QAction:
    """Hjelp → Hurtigtaster, and the page shortcuts on ``window``."""
    action = QAction(symbol("mdi6.keyboard-outline"),
                     QCoreApplication.translate("ShortcutsDialog", "&Hurtigtaster"), window)
    action.triggered.connect(lambda: ShortcutsDialog(window).open())
    menu.addAction(action)
    window.page_shortcuts = add_page_shortcuts(window)
    return action
