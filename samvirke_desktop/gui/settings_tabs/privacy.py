"""Personvern: why the team keeps personal data, on what basis, and for how long."""
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samvirke_desktop.domain.privacy.retention import (
    MAX_RETENTION_MONTHS,
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
            "Formål og rettsgrunnlag står i innsynsrapporter og eksporter. Reglene for "
            "lagringstid bestemmer hva som kommer opp under «Til sletting»."), self)
        intro.setProperty("class", "note")
        intro.setWordWrap(True)
        outer.addWidget(intro)

        form = QFormLayout()
        self.purposes_edit = QPlainTextEdit(self)
        self.basis_edit = QPlainTextEdit(self)
        for edit in (self.purposes_edit, self.basis_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
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
        for text, widget in ((self.tr("&Formål"), self.purposes_edit),
                             (self.tr("&Rettsgrunnlag"), self.basis_edit),
                             (self.tr("&Beboere uten oppmøte"), self.resident_months),
                             (self.tr("Fri&villige etter sluttdato"), self.volunteer_months)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.certificate_check)
        form.addRow("", self.backup_note)
        outer.addLayout(form)
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

    def refresh(self) -> None:
        statement = privacy_statement()
        self.purposes_edit.setPlainText(statement.purposes)
        self.basis_edit.setPlainText(statement.legal_basis)
        rules = retention_rules()
        self.resident_months.setValue(rules.resident_inactive_months)
        self.volunteer_months.setValue(rules.volunteer_after_end_months)
        self.certificate_check.setChecked(rules.clear_certificate_on_leaving)
        self._update_backup_note()

    def _update_backup_note(self) -> None:
        self.backup_note.setText(self.tr(
            "Sikkerhetskopier eldre enn {months} måneder slettes, så den som er slettet her, "
            "ikke blir liggende i gamle kopier.").format(
                months=backup_max_age_months(self.rules())))

    def save(self) -> bool:
        self.error_label.hide()
        try:
            save_privacy_settings(self.purposes_edit.toPlainText(),
                                  self.basis_edit.toPlainText(), self.rules())
        except ValidationError as exc:
            self.error_label.setText("\n".join(exc.field_errors.values()))
            self.error_label.show()
            return False
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        return True
