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
        for where, rows in self.shortcut_groups():
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


    def shortcut_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(where, [(keys, what)]) in the order the dialog shows them."""
        return [
            (self.tr("Overalt"), [
                (_keys("F1"), self.tr("Brukerveiledning")),
                (self.tr("{first} … {last}").format(first=_keys("Ctrl+1"), last=_keys("Ctrl+9")),
                 self.tr("Gå til side nummer 1 til 9 i listen til venstre")),
                (self.tr("Alt + understreket bokstav"), self.tr("Trykk knappen eller gå til feltet med den "
                                                      "bokstaven understreket")),
                (f"{_keys('Tab')} / {_keys('Shift+Tab')}", self.tr("Neste / forrige felt eller knapp")),
                (_keys("Ctrl+O"), self.tr("Åpne database")),
                (_keys("Ctrl+Q"), self.tr("Avslutt Samvirke")),
            ]),
            (self.tr("Lister (Beboere, Frivillige, Aktiviteter …)"), [
                (_keys("Ctrl+F"), self.tr("Søk i listen")),
                (_keys("Ctrl+N"), self.tr("Ny oppføring")),
                (self.tr("Enter eller dobbeltklikk"), self.tr("Åpne raden")),
            ]),
            (self.tr("Skjemaer"), [
                (_keys("Ctrl+S"), self.tr("Lagre")),
                (_keys("Esc"), self.tr("Lukk uten å lagre (du blir spurt om endringer)")),
                (_keys("Alt+Down"), self.tr("Velg dato i kalenderen (i et datofelt)")),
            ]),
            (self.tr("Samlinger og timeplan"), [
                (_keys("Ctrl+N"), self.tr("Ny samling")),
                (self.tr("Enter eller dobbeltklikk"), self.tr("Registrer oppmøte på samlingen")),
            ]),
            (self.tr("Oppmøte"), [
                (_keys("Ctrl+F"), self.tr("Søk etter navn")),
                (_keys("Ctrl+N"), self.tr("Nytt barn")),
                (f"{_keys('Space')} / {_keys('Enter')}", self.tr("Til stede / ikke til stede")),
                ("B, F, V", self.tr("Rolle: barn, forelder, voksen")),
                (_keys("F5"), self.tr("Les inn på nytt")),
                (_keys("Ctrl+W"), self.tr("Lukk")),
            ]),
            (self.tr("Oppmøte fra papir (måned)"), [
                (f"{_keys('Ctrl+PgUp')} / {_keys('Ctrl+PgDown')}", self.tr("Forrige / neste måned")),
                (self.tr("Piltastene"), self.tr("Flytt mellom rutene")),
                (_keys("Space"), self.tr("Kryss av eller fjern krysset")),
                (self.tr("X eller 1"), self.tr("Til stede, og gå ned")),
                (self.tr("0 eller {delete}").format(delete=_keys("Del")), self.tr("Fjern, og gå ned")),
            ]),
            (self.tr("Rapporter"), [
                (_keys("Ctrl+Return"), self.tr("Lag PDF")),
            ]),
        ]

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
