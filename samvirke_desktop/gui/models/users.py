"""The accounts list in Innstillinger → Brukere."""
from samvirke_desktop.domain.formatting import date_no
from samvirke_desktop.domain.vocabulary import label_text
from samvirke_desktop.gui.models.base import RowTableModel


class UserTableModel(RowTableModel):
    COL_NAME, COL_USERNAME, COL_ROLE, COL_ACTIVITIES, COL_LAST_LOGIN, COL_STATUS = range(6)

    def headers(self):
        return [self.tr("Navn"), self.tr("Brukernavn"), self.tr("Rolle"),
                self.tr("Leder aktivitetene"), self.tr("Sist innlogget"), self.tr("Status")]

    def display(self, row, column):
        if column == self.COL_NAME:
            return row.full_name
        if column == self.COL_USERNAME:
            return row.username
        if column == self.COL_ROLE:
            return label_text(row.role_label)
        if column == self.COL_ACTIVITIES:
            return ", ".join(row.led_activities) if row.role == "activity_leader" else ""
        if column == self.COL_LAST_LOGIN:
            if row.last_login_at is None:
                return self.tr("Aldri")
            return f"{date_no(row.last_login_at.date())} kl. {row.last_login_at:%H.%M}"
        if column == self.COL_STATUS:
            return self.tr("Aktiv") if row.active else self.tr("Deaktivert")
        return ""

    def sort_value(self, row, column):
        if column == self.COL_LAST_LOGIN:
            return row.last_login_at.isoformat() if row.last_login_at else ""
        return super().sort_value(row, column)

    def is_muted(self, row) -> bool:
        return not row.active
