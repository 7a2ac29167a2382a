"""Reminders for Oversikt: application deadlines within 30 days, and deadlines that passed
while the application's status stood still (see ``domain.deadlines``).

Each reminder is a link; clicking it opens the application. The card hides itself for
roles that do not work with applications.
"""
import datetime
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from samvirke_desktop.domain.grants.deadlines import DEFAULT_DAYS, Deadline, deadline_overview
from samvirke_desktop.domain.team import permissions
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import style

MAX_SHOWN = 6


class DeadlineCard(QFrame):
    application_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: datetime.date | None = None, *,
                 open_on_click: bool = True):
        super().__init__(parent)
        self._today = today
        self.dialog = None
        self.setProperty("class", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(4)
        self.title_label = QLabel(self.tr("Frister for søknader"), self)
        self.title_label.setProperty("class", "sectionTitle")
        layout.addWidget(self.title_label)
        self.passed_label = self._list_label()
        self.upcoming_label = self._list_label()
        layout.addWidget(self.passed_label)
        layout.addWidget(self.upcoming_label)
        if open_on_click:
            self.application_requested.connect(self.open_application)
        self.refresh()

    def _list_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda link: self.application_requested.emit(int(link)))
        return label

    def today(self) -> datetime.date:
        return self._today or datetime.date.today()

    def refresh(self, today: datetime.date | None = None) -> None:
        if today is not None:
            self._today = today
        if not permissions.can(permissions.VIEW_APPLICATIONS):
            self.upcoming, self.passed = (), ()
            self.hide()
            return
        try:
            overview = deadline_overview(self.today(), DEFAULT_DAYS)
        except SamvirkeError as exc:
            self.upcoming, self.passed = (), ()
            self.passed_label.hide()
            self.upcoming_label.setText(html.escape(exc.message))
            return
        self.upcoming, self.passed = overview.upcoming, overview.passed
        self.passed_label.setVisible(bool(self.passed))
        self.passed_label.setText(self._section(
            self.tr("Passert uten at statusen er endret"), self.passed,
            style.colours()["error"]))
        if self.upcoming:
            self.upcoming_label.setText(self._section(
                self.tr("De neste {days} dagene").format(days=DEFAULT_DAYS), self.upcoming,
                link_colour=style.colours()["accent"]))
        else:
            self.upcoming_label.setText(html.escape(self.tr(
                "Ingen frister de neste {days} dagene.").format(days=DEFAULT_DAYS)))

    def _section(self, heading: str, items: tuple[Deadline, ...], colour: str = "",
                 link_colour: str = "") -> str:
        style = f' style="color:{colour}"' if colour else ""
        link_style = f' style="color:{link_colour or colour}"' if link_colour or colour else ""
        lines = [f"<b{style}>{html.escape(heading)}</b>"]
        for item in items[:MAX_SHOWN]:
            lines.append(f'• <a href="{item.application_id}"{link_style}>'
                         f'{html.escape(item.message)}</a>')
        if len(items) > MAX_SHOWN:
            lines.append(html.escape(self.tr("… og {n} til. Se Søknader.").format(
                n=len(items) - MAX_SHOWN)))
        return "<br>".join(lines)

    def messages(self) -> list[str]:
        """The reminders as plain text, passed ones first."""
        return [d.message for d in (*self.passed, *self.upcoming)]

    def open_application(self, application_id: int) -> None:
        from samvirke_desktop.gui import notices
        from samvirke_desktop.gui.applications.application_dialog import ApplicationDialog

        try:
            dialog = ApplicationDialog(application_id, self.window(), today=self._today)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            self.refresh()
            return
        self.dialog = dialog
        dialog.record_saved.connect(lambda _id: self.refresh())
        dialog.record_deleted.connect(lambda _id: self.refresh())
        dialog.open()
