"""The main window's menu bar: Fil and Hjelp with their actions, which of the actions the role
and the open database allow, and the Om Samvirke dialog. MainMenu is a mixin of MainWindow, so
the actions (``window.backup_action`` …) and their slots stay on the window.
"""
from PySide6.QtGui import QAction, QKeySequence

from samvirke_desktop.domain.team import actor, permissions
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol


class MainMenu:
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        self.new_action = self._action(self.tr("&Ny database…"), QKeySequence.StandardKey.New,
                                       self.new_database, "mdi6.database-plus-outline")
        self.open_action = self._action(self.tr("&Åpne database…"),
                                        QKeySequence.StandardKey.Open, self.open_database,
                                        "mdi6.folder-open-outline")
        self.backup_action = self._action(self.tr("Ta &sikkerhetskopi nå"), None,
                                          self.backup_now, "mdi6.content-save-all-outline")
        self.restore_action = self._action(self.tr("&Gjenopprett…"), None, self.restore_backup,
                                           "mdi6.backup-restore")
        self.switch_user_action = self._action(self.tr("&Bytt bruker…"), None, self.switch_user,
                                               "mdi6.account-switch-outline")
        self.log_out_action = self._action(self.tr("&Logg ut"), None, self.log_out,
                                           "mdi6.logout")
        self.own_password_action = self._action(self.tr("Endre &passordet ditt…"), None,
                                                self.change_own_password,
                                                "mdi6.form-textbox-password")
        self.quit_action = self._action(self.tr("&Avslutt"), QKeySequence.StandardKey.Quit,
                                        self.close, "mdi6.exit-to-app")
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard quit shortcut
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        from samvirke_desktop.gui.import_wizard import add_import_action  # Importer fra regneark

        self.import_action = add_import_action(file_menu, self)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.own_password_action)
        file_menu.addAction(self.log_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Hjelp"))
        from samvirke_desktop.gui.user_guide import add_guide_action  # Brukerveiledning, F1

        self.guide_action = add_guide_action(help_menu, self)
        from samvirke_desktop.gui.shortcuts_dialog import add_shortcuts_action  # and Ctrl+1 …

        self.shortcuts_action = add_shortcuts_action(help_menu, self)
        self.about_action = self._action(self.tr("&Om Samvirke"), None, self.show_about,
                                         "mdi6.information-outline")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _action(self, text, shortcut, slot, icon_name) -> QAction:
        action = QAction(symbol(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _update_actions(self) -> None:
        working = self.central.currentWidget() is self.work
        has_accounts = self._has_accounts()
        may_back_up = permissions.can(permissions.MANAGE_BACKUPS)
        for action in (self.backup_action, self.restore_action):
            action.setVisible(may_back_up)
            action.setEnabled(working and self.opened.is_sqlite)
            action.setToolTip("" if self.opened.is_sqlite else self.tr(
                "En database på en tjener sikkerhetskopieres av den som driver tjeneren."))
        # A damaged file opened read-only cannot be copied whole; restoring is the way out.
        self.backup_action.setEnabled(self.backup_action.isEnabled() and not self.opened.read_only)
        self.switch_user_action.setEnabled(has_accounts and not self._welcome)
        self.log_out_action.setEnabled(has_accounts and working)
        self.own_password_action.setEnabled(working and actor.current().user_id is not None)

    def show_about(self) -> None:
        from samvirke_desktop.gui.about_dialog import AboutDialog
        from samvirke_desktop.gui.logging_setup import current_log_file

        log_file = current_log_file()
        dialog = AboutDialog(self.opened.location, str(log_file) if log_file else "", self)
        if notices.dialogs_enabled():
            dialog.exec()
        else:
            dialog.deleteLater()
