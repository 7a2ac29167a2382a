"""The team's name, district and logo, printed on every report, and how residents reach the
team (phone, e-mail), printed on the public sheets such as the activity poster; the
organisation number goes beside the signature of a grant report."""
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.team.team_settings import save_team_identity, team_identity
from samvirke_desktop.errors import SamvirkeError
from samvirke_desktop.gui import notices
from samvirke_desktop.gui.icons import symbol


class TeamTab(QWidget):
    @staticmethod
    def allowed() -> bool:
        from samvirke_desktop.domain.team.permissions import MANAGE_SETTINGS, can

        return can(MANAGE_SETTINGS)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Teamets navn, bydel og logo står øverst på alle rapporter. "
                               "Telefon og e-post står på aktivitetskalenderen og "
                               "timeattesten, organisasjonsnummeret ved underskriften på "
                               "timeattesten og rapporten til tilskuddsgiveren."), self)
        intro.setProperty("class", "note")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("f.eks. Bo- og nærmiljøteamet"))
        self.bydel_edit = QLineEdit(self)
        self.bydel_edit.setPlaceholderText(self.tr("f.eks. Bydel Sagene"))
        self.logo_edit = QLineEdit(self)
        self.logo_edit.setPlaceholderText(self.tr("Ingen logo"))
        browse = QPushButton(symbol("mdi6.image-outline"), self.tr("&Velg bilde…"), self)
        browse.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(browse)
        name_label = QLabel(self.tr("Teamets &navn"), self)
        name_label.setBuddy(self.name_edit)
        bydel_label = QLabel(self.tr("&Bydel"), self)
        bydel_label.setBuddy(self.bydel_edit)
        logo_label = QLabel(self.tr("&Logo (PNG eller JPG)"), self)
        logo_label.setBuddy(self.logo_edit)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText(self.tr("f.eks. 912 34 567"))
        self.phone_edit.setToolTip(self.tr("Står på aktivitetskalenderen, så beboerne vet "
                                           "hvem de kan ringe"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("f.eks. bomiljo@bydel.oslo.kommune.no"))
        self.email_edit.setToolTip(self.tr("Står på aktivitetskalenderen sammen med "
                                           "telefonnummeret"))
        phone_label = QLabel(self.tr("&Telefon"), self)
        phone_label.setBuddy(self.phone_edit)
        email_label = QLabel(self.tr("&E-post"), self)
        email_label.setBuddy(self.email_edit)
        self.organisation_number_edit = QLineEdit(self)
        self.organisation_number_edit.setPlaceholderText(self.tr("9 siffer, f.eks. 974 778 807"))
        self.organisation_number_edit.setToolTip(self.tr(
            "Bydelens eller teamets organisasjonsnummer; står ved underskriften i rapporten "
            "til tilskuddsgiveren"))
        organisation_number_label = QLabel(self.tr("&Organisasjonsnummer"), self)
        organisation_number_label.setBuddy(self.organisation_number_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(bydel_label, self.bydel_edit)
        form.addRow(logo_label, logo_row)
        form.addRow(phone_label, self.phone_edit)
        form.addRow(email_label, self.email_edit)
        form.addRow(organisation_number_label, self.organisation_number_edit)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Lagre"), self)
        self.save_button.setProperty("class", "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Team")

    def refresh(self) -> None:
        identity = team_identity()
        self.name_edit.setText(identity.name)
        self.bydel_edit.setText(identity.bydel)
        self.logo_edit.setText(str(identity.logo_path) if identity.logo_path else "")
        self.phone_edit.setText(identity.phone)
        self.email_edit.setText(identity.email)
        self.organisation_number_edit.setText(identity.organisation_number)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Velg logo"), str(Path.home()),
                                              self.tr("Bilder (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_edit.setText(path)

    def save(self) -> bool:
        logo = self.logo_edit.text().strip()
        if logo and not Path(logo).expanduser().is_file():
            notices.show_message(self, self.tr("Fant ikke bildet"), self.tr(
                "Finner ikke filen {path}. Velg bildet på nytt, eller tøm feltet for å "
                "lage rapporter uten logo.").format(path=logo))
            return False
        try:
            save_team_identity(self.name_edit.text(), self.bydel_edit.text(), logo,
                               phone=self.phone_edit.text(), email=self.email_edit.text(),
                               organisation_number=self.organisation_number_edit.text())
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.refresh()   # the phone number as it was tidied («91234567» → «912 34 567»)
        return True
