"""The reports Samvirke makes, with a line on what each is for."""
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from samvirke_desktop.gui.models.base import RowTableModel


@dataclass(frozen=True)
class ReportKind:
    key: str
    name: str
    description: str


def report_kinds() -> list[ReportKind]:
    tr = lambda text: QCoreApplication.translate("ReportKinds", text)
    return [
        ReportKind("attendance", tr("Oppmøterapport"),
                   tr("Én aktivitet i en periode: samlinger, hvem som kom, antall og "
                      "frivilliges timer.")),
        ReportKind("sign_in_sheet", tr("Oppmøteliste"),
                   tr("Tom liste for en måned til å skrive ut og krysse av på papir.")),
        ReportKind("grant_report", tr("Rapport til tilskuddsgiver"),
                   tr("Deltakere, samlinger, frivillig innsats og regnskap for én søknad "
                      "og periode.")),
        ReportKind("hour_certificate", tr("Timeattest"),
                   tr("Timer per aktivitet for én frivillig, til CV eller studiet.")),
        ReportKind("activity_calendar", tr("Aktivitetskalender"),
                   tr("Plakat med alle aktivitetene i en måned, lett å lese på avstand.")),
    ]


class ReportKindTableModel(RowTableModel):
    COL_NAME, COL_DESCRIPTION = range(2)

    def headers(self):
        return [self.tr("Rapport"), self.tr("Hva den viser")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_DESCRIPTION:
            return row.description
        return ""
