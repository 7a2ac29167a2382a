"""Fil → Importer…: the import wizard and its menu entry."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from samvirke_desktop.domain.team import permissions
from samvirke_desktop.gui.icons import symbol


def may_import() -> bool:
    """Residents, volunteers and partners need EDIT_PEOPLE; attendance check-in rights."""
    return any(permissions.can(c) for c in (permissions.EDIT_PEOPLE, permissions.CHECK_IN_ANY,
                                            permissions.CHECK_IN_OWN))


def open_import_wizard(window: QWidget):
    """Open the wizard over ``window``; lists are read again after an import."""
    from samvirke_desktop.gui.import_wizard.wizard import ImportWizard

    wizard = ImportWizard(window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda: _refresh_lists(window))
    wizard.open()
    return wizard


def _refresh_lists(window: QWidget) -> None:
    # The import wrote on its own connection; the window reads every page again as it does
    # after a colleague's save.
    refresh = getattr(window, "colleague_changed", None)
    if refresh is not None:
        refresh()


def _working(window: QWidget) -> bool:
    central, work = getattr(window, "central", None), getattr(window, "work", None)
    opened = getattr(window, "opened", None)
    if central is not None and work is not None and central.currentWidget() is not work:
        return False
    return not getattr(opened, "read_only", False)


def add_import_action(menu: QMenu, window: QWidget, before: QAction | None = None) -> QAction:
    """Fil → Importer…, shown to roles that may import and enabled while someone works in a
    database that can be written to."""
    text = QCoreApplication.translate("ImportWizard", "&Importer fra regneark…")
    action = QAction(symbol("mdi6.table-arrow-left"), text, window)
    action.setStatusTip(QCoreApplication.translate(
        "ImportWizard", "Ta inn beboere, frivillige, samarbeidspartnere eller oppmøte fra Excel "
                        "eller CSV"))
    action.triggered.connect(lambda: open_import_wizard(window))

    def update() -> None:
        action.setVisible(may_import())
        action.setEnabled(_working(window))

    menu.aboutToShow.connect(update)
    update()
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    return action
