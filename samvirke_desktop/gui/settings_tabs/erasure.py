"""Til sletting: what has passed the team's retention rules, anonymised or deleted in one step.

Before residents are anonymised, the step says which of them would still stand out by birth
year, gender and area (``domain.privacy.singled_out``) and offers to remove the area too."""
import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.formatting import date_no, number
from samvirke_desktop.domain.privacy.erasure import erase_due
from samvirke_desktop.domain.privacy.retention import due_for_erasure
from samvirke_desktop.domain.privacy.singled_out import MIN_GROUP, singled_out_risks
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol

KIND_LABELS = {"resident": "Beboer", "volunteer": "Frivillig",
               "certificate": "Politiattest-opplysninger"}
ACTION_LABELS = {"resident": "Anonymiseres (oppmøte telles fortsatt i statistikken)",
                 "volunteer": "Anonymiseres eller slettes",
                 "certificate": "Datoene slettes"}


class ErasureTab(QWidget):
    @staticmethod
    def allowed() -> bool:
        from samvirke_desktop.domain.team.permissions import ERASE_PERSONAL_DATA, can

        return can(ERASE_PERSONAL_DATA)

    def __init__(self, parent=None, today: datetime.date | None = None):
        super().__init__(parent)
        self._today = today
        self.items = []
        outer = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Hva"), self.tr("Navn"), self.tr("Hvorfor"),
                                              self.tr("Hva skjer")])
        self.table.setAccessibleName(self.tr("Oppføringer som har passert lagringstiden"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        note = QLabel(self.tr("Av en anonymisert beboer blir bare fødselsår, kjønn, område og "
                              "oppmøte igjen, så oppmøtet telles fortsatt i statistikken. Alt "
                              "annet slettes, og personen vises ikke lenger i lister og søk."),
                      self)
        note.setProperty("class", "note")
        note.setWordWrap(True)
        buttons.addWidget(note, 1)
        self.erase_selected_button = QPushButton(self.tr("Slett &valgte"), self)
        self.erase_selected_button.clicked.connect(self.erase_selected)
        self.erase_all_button = QPushButton(symbol("mdi6.delete-sweep-outline", color="white",
                                                   active_color="white"),
                                            self.tr("&Slett alle"), self)
        self.erase_all_button.setProperty("class", "primary")
        self.erase_all_button.clicked.connect(self.erase_all)
        buttons.addWidget(self.erase_selected_button)
        buttons.addWidget(self.erase_all_button)
        outer.addLayout(buttons)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Til sletting")

    def today(self) -> datetime.date:
        return self._today or datetime.date.today()

    def refresh(self) -> None:
        self.items = due_for_erasure(self.today())
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, text in enumerate((KIND_LABELS[item.kind], item.name, item.reason,
                                           ACTION_LABELS[item.kind])):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, cell)
        count = len(self.items)
        if count == 0:
            self.summary.setText(self.tr("Ingenting har passert lagringstiden per {day}.")
                                 .format(day=date_no(self.today())))
        else:
            self.summary.setText(self.tr(
                "{count} har passert lagringstiden per {day}. Gå gjennom listen, og slett "
                "dem i ett steg.").format(count=number(count), day=date_no(self.today())))
        self.erase_all_button.setEnabled(count > 0)
        self.erase_selected_button.setEnabled(count > 0)

    def selected_items(self) -> list:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row] for row in rows]

    def erase_selected(self) -> int:
        return self._erase(self.selected_items())

    def erase_all(self) -> int:
        return self._erase(list(self.items))

    def _erase(self, items: list) -> int:
        if not items:
            return 0
        drop_site_for = self.ask_about_small_groups(items)
        if drop_site_for is None:
            return 0
        text = self.tr("{count} oppføringer anonymiseres eller slettes nå. Det kan ikke angres "
                       "(bare ved å gjenopprette en eldre sikkerhetskopi).").format(
            count=number(len(items)))
        if drop_site_for:
            text += " " + self.tr("For {count} av beboerne fjernes også området.").format(
                count=number(len(drop_site_for)))
        answer = notices.ask(self, self.tr("Slette personopplysninger?"), text,
                             [("erase", self.tr("Slett")), ("back", self.tr("Avbryt"))],
                             default="back")
        if answer != "erase":
            return 0
        try:
            done = erase_due(items, drop_site_for=drop_site_for)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return 0
        self.refresh()
        return done

    def ask_about_small_groups(self, items: list) -> set[int] | None:
        """The residents whose area goes too: asked when some would still stand out by birth
        year, gender and area. None when the user cancels."""
        try:
            risks = singled_out_risks([i.record_id for i in items if i.kind == "resident"])
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return None
        if not risks:
            return set()
        if len(risks) == 1:
            lines = [self.tr("{name}: {message}").format(name=risks[0].name,
                                                         message=risks[0].message)]
        else:
            shown = risks[:5]
            lines = [self.tr("{name}: {reason}").format(name=r.name, reason=r.reason)
                     for r in shown]
            if len(risks) > len(shown):
                lines.append(self.tr("… og {count} til.").format(
                    count=number(len(risks) - len(shown))))
            lines.append(self.tr("Fjern også området for disse {count}, så står bare "
                                 "fødselsår, kjønn og oppmøte igjen av dem.").format(
                count=number(len(risks))))
        intro = self.tr("Etter anonymiseringen står fødselsår, kjønn og område igjen. Der færre "
                        "enn {min} beboere i samme område har samme fødselsår og kjønn, kan "
                        "det fortsatt vise hvem det var:").format(min=MIN_GROUP)
        answer = notices.ask(
            self, self.tr("Kan fortsatt kjennes igjen"), intro + "\n\n" + "\n\n".join(lines),
            [("drop", self.tr("Fjern området også")), ("keep", self.tr("Behold området")),
             ("back", self.tr("Avbryt"))], default="drop", icon=QMessageBox.Icon.Warning)
        if answer == "drop":
            return {r.resident_id for r in risks}
        if answer == "keep":
            return set()
        return None
