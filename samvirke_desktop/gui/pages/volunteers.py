"""Frivillige: the volunteers, their skills and languages, police certificates and hours."""
import datetime

from samvirke_desktop.domain.formatting import number
from samvirke_desktop.domain.people import volunteer_record
from samvirke_desktop.domain.people.police_certificate import STATUS_LABELS, CertificateStatus
from samvirke_desktop.domain.people.volunteer_list import list_volunteers
from samvirke_desktop.gui.models.volunteers import CERTIFICATE_ORDER, VolunteerTableModel
from samvirke_desktop.gui.pages.register_page import RegisterPage
from samvirke_desktop.gui.records.volunteer_dialog import VolunteerDialog

NEEDS_ATTENTION = "attention"


def _certificate(row, key: str) -> bool:
    if row.certificate is None:
        return False
    if key == NEEDS_ATTENTION:
        return row.certificate.status in (CertificateStatus.EXPIRED, CertificateStatus.MISSING,
                                          CertificateStatus.EXPIRING)
    return row.certificate.status.value == key


class VolunteersPage(RegisterPage):
    def title(self):
        return self.tr("Frivillige")

    def create_model(self):
        return VolunteerTableModel(self)

    def fetch_rows(self, include_archived):
        return list_volunteers(include_archived=include_archived)

    def add_filters(self):
        today = datetime.date.today()
        self.active_filter = self.add_filter(
            "activeFilter", [(None, self.tr("Alle")), ("active", self.tr("Aktive nå")),
                             ("ended", self.tr("Sluttet"))],
            lambda row, key: row.active_on(today) == (key == "active"),
            self.tr("Vis bare frivillige som er aktive nå, eller som har sluttet"))
        statuses = [(None, self.tr("Alle politiattester")),
                    (NEEDS_ATTENTION, self.tr("Må følges opp"))]
        statuses += [(status.value, STATUS_LABELS[status]) for status in CERTIFICATE_ORDER]
        self.certificate_filter = self.add_filter(
            "certificateFilter", statuses, _certificate,
            self.tr("Vis frivillige etter status for politiattesten"))

    def count_text(self, count):
        if count == 1:
            return self.tr("1 frivillig")
        return self.tr("{count} frivillige").format(count=number(count))

    def can_create(self):
        return volunteer_record.can_edit()

    def make_dialog(self, record_id):
        return VolunteerDialog(record_id, self)
