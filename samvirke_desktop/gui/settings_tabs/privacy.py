"""Personvern: why the team keeps personal data, on what basis, who answers for it, and for
how long. The access report (innsyn) is refused until the legal basis, the controller and the
data protection officer are filled in here; the tab says what is still missing."""
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.privacy.controller import Contact
from samvirke_desktop.domain.privacy.retention import (
    LEGAL_BASIS_PLACEHOLDER,
    MAX_RETENTION_MONTHS,
    SUGGESTED_LEGAL_BASIS,
    RetentionRules,
    backup_max_age_months,
    privacy_statement,
    retention_rules,
    save_privacy_settings,
)
from samvirke_desktop.errors import SamvirkeError, ValidationError
from samvirke_desktop.gui import notices


class PrivacyTab(QWidget):
    @staticmethod
    def allowed() -> bool:
        from samvirke_desktop.domain.team.permissions import MANAGE_SETTINGS, can

        return can(MANAGE_SETTINGS)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Formål, rettsgrunnlag og hvem som er ansvarlig, står i innsynsrapporter og "
            "eksporter. Reglene for lagringstid bestemmer hva som kommer opp under «Til "
            "sletting», og datoen innsynsrapporten oppgir for når opplysningene slettes."), self)
        intro.setProperty("class", "note")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)

        form = QFormLayout()
        self.purposes_edit = QPlainTextEdit(self)
        self.basis_edit = QPlainTextEdit(self)
        self.basis_edit.setPlaceholderText(self.tr(
            "Skriv bydelens rettsgrunnlag: artikkel 6 i personvernforordningen og loven som "
            "gir bydelen oppgaven. Trykk «Sett inn forslag» for en tekst å begynne med."))
        for edit in (self.purposes_edit, self.basis_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        self.suggest_button = QPushButton(self.tr("Sett inn for&slag"), self)
        self.suggest_button.setToolTip(self.tr(
            "Setter inn et forslag til rettsgrunnlag. Bytt ut setningen i klammer med "
            "bydelens eget rettsgrunnlag før du lagrer."))
        self.suggest_button.clicked.connect(self.insert_suggestion)
        self.basis_edit.textChanged.connect(self._update_suggest_button)
        basis_column = QVBoxLayout()
        basis_column.addWidget(self.basis_edit)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addStretch(1)
        basis_column.addLayout(suggest_row)

        self.resident_months = self._months()
        self.volunteer_months = self._months()
        self.certificate_check = QCheckBox(
            self.tr("Slett politiattest-opplysningene når en frivillig slutter"), self)
        self.backup_note = QLabel(self)
        self.backup_note.setProperty("class", "note")
        self.backup_note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setProperty("class", "fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow(self._label(self.tr("&Formål"), self.purposes_edit), self.purposes_edit)
        form.addRow(self._label(self.tr("&Rettsgrunnlag"), self.basis_edit), basis_column)
        outer.addLayout(form)

        controller_box = QGroupBox(self.tr("Behandlingsansvarlig (bydelen)"), self)
        controller_form = QFormLayout(controller_box)
        self.controller_name = self._line(self.tr("f.eks. Oslo kommune, Bydel Sagene"),
                                          self.tr("Behandlingsansvarliges navn"))
        self.controller_address = self._line(self.tr("f.eks. Postboks 4250 Nydalen, 0401 Oslo"),
                                             self.tr("Behandlingsansvarliges adresse"))
        self.controller_email = self._line(self.tr("f.eks. postmottak@bydel.oslo.kommune.no"),
                                           self.tr("Behandlingsansvarliges e-post"))
        self.controller_phone = self._line(self.tr("f.eks. 21 80 21 80"),
                                           self.tr("Behandlingsansvarliges telefon"))
        for text, widget in ((self.tr("&Navn"), self.controller_name),
                             (self.tr("&Adresse"), self.controller_address),
                             (self.tr("&E-post"), self.controller_email),
                             (self.tr("&Telefon"), self.controller_phone)):
            controller_form.addRow(self._label(text, widget), widget)
        outer.addWidget(controller_box)

        dpo_box = QGroupBox(self.tr("Personvernombud"), self)
        dpo_form = QFormLayout(dpo_box)
        self.dpo_name = self._line(self.tr("navnet på personvernombudet"),
                                   self.tr("Personvernombudets navn"))
        self.dpo_email = self._line(self.tr("f.eks. personvernombud@oslo.kommune.no"),
                                    self.tr("Personvernombudets e-post"))
        self.dpo_phone = self._line("", self.tr("Personvernombudets telefon"))
        for text, widget in ((self.tr("Navn på o&mbudet"), self.dpo_name),
                             (self.tr("E-post til ombu&det"), self.dpo_email),
                             (self.tr("Telefon til omb&udet"), self.dpo_phone)):
            dpo_form.addRow(self._label(text, widget), widget)
        outer.addWidget(dpo_box)

        rules_form = QFormLayout()
        for text, widget in ((self.tr("&Beboere uten oppmøte"), self.resident_months),
                             (self.tr("Fri&villige etter sluttdato"), self.volunteer_months)):
            rules_form.addRow(self._label(text, widget), widget)
        rules_form.addRow("", self.certificate_check)
        rules_form.addRow("", self.backup_note)
        outer.addLayout(rules_form)
        outer.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Lagre"), self)
        self.save_button.setProperty("class", "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.resident_months.valueChanged.connect(self._update_backup_note)
        self.volunteer_months.valueChanged.connect(self._update_backup_note)
        self.refresh()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _line(self, placeholder: str, accessible_name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        # The two boxes have fields of the same name: a screen reader says whose.
        edit.setAccessibleName(accessible_name)
        return edit

    def _months(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(1, MAX_RETENTION_MONTHS)
        box.setSuffix(self.tr(" måneder"))
        return box

    def tab_title(self) -> str:
        return self.tr("Personvern")

    def rules(self) -> RetentionRules:
        return RetentionRules(self.resident_months.value(), self.volunteer_months.value(),
                              self.certificate_check.isChecked())

    def controller_contact(self) -> Contact:
        return Contact(self.controller_name.text(), self.controller_address.text(),
                       self.controller_email.text(), self.controller_phone.text())

    def dpo_contact(self) -> Contact:
        return Contact(self.dpo_name.text(), "", self.dpo_email.text(), self.dpo_phone.text())

    def refresh(self) -> None:
        statement = privacy_statement()
        self.purposes_edit.setPlainText(statement.purposes)
        self.basis_edit.setPlainText(statement.legal_basis)
        for edit, value in ((self.controller_name, statement.controller.name),
                            (self.controller_address, statement.controller.address),
                            (self.controller_email, statement.controller.email),
                            (self.controller_phone, statement.controller.phone),
                            (self.dpo_name, statement.data_protection_officer.name),
                            (self.dpo_email, statement.data_protection_officer.email),
                            (self.dpo_phone, statement.data_protection_officer.phone)):
            edit.setText(value)
        rules = retention_rules()
        self.resident_months.setValue(rules.resident_inactive_months)
        self.volunteer_months.setValue(rules.volunteer_after_end_months)
        self.certificate_check.setChecked(rules.clear_certificate_on_leaving)
        self._update_backup_note()
        self._update_status(statement.missing())

    def _update_status(self, missing: list[str]) -> None:
        if missing:
            self.status_label.setProperty("class", "warningBanner")
            self.status_label.setText(self.tr(
                "Innsynsrapporten kan ikke lages før dette er fylt inn: {missing}.").format(
                    missing=", ".join(missing)))
        else:
            self.status_label.setProperty("class", "infoBanner")
            self.status_label.setText(self.tr(
                "Alt innsynsrapporten trenger, er fylt inn."))
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def _update_suggest_button(self) -> None:
        self.suggest_button.setEnabled(not self.basis_edit.toPlainText().strip())

    def insert_suggestion(self) -> None:
        """Put the suggested legal basis in the empty field, with the sentence to replace
        selected so typing replaces it."""
        if self.basis_edit.toPlainText().strip():
            return
        self.basis_edit.setPlainText(SUGGESTED_LEGAL_BASIS)
        start = SUGGESTED_LEGAL_BASIS.index(f"[{LEGAL_BASIS_PLACEHOLDER}]")
        cursor = self.basis_edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(LEGAL_BASIS_PLACEHOLDER) + 2,
                           QTextCursor.MoveMode.KeepAnchor)
        self.basis_edit.setTextCursor(cursor)
        self.basis_edit.setFocus()

    def _update_backup_note(self) -> None:
        self.backup_note.setText(self.tr(
            "Sikkerhetskopier eldre enn {months} måneder slettes, så den som er slettet her, "
            "ikke blir liggende i gamle kopier.").format(
                months=backup_max_age_months(self.rules())))

    def save(self) -> bool:
        self.error_label.hide()
        try:
            save_privacy_settings(self.purposes_edit.toPlainText(),
                                  self.basis_edit.toPlainText(), self.rules(),
                                  controller_contact=self.controller_contact(),
                                  dpo=self.dpo_contact())
        except ValidationError as exc:
            self.error_label.setText("\n".join(exc.field_errors.values()))
            self.error_label.show()
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        self.refresh()   # tidied phone numbers, and what the access report still lacks
        return True
