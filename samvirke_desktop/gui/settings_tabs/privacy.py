"""Personvern: why the team keeps personal data, on what basis, who answers for it, and for
how long. The access report (innsyn) is refused until the legal basis, the controller and the
data protection officer are filled in here; the tab says what is still missing.

It also says plainly whether the team database file is encrypted, and lets an administrator
encrypt a plain one in place (the window does the work: gui/encrypted_database.py) or make a
new recovery code for an encrypted one."""
from pathlib import Path

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
from samvirke_desktop.gui import database_files, notices


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
        outer.addWidget(self._encryption_box())

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

    # --- is the file encrypted ------------------------------------------------------------
    def _encryption_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Databasefilen"), self)
        layout = QVBoxLayout(box)
        self.encryption_label = QLabel(box)
        self.encryption_label.setWordWrap(True)
        self.encryption_note = QLabel(box)
        self.encryption_note.setWordWrap(True)
        self.encryption_note.setProperty("class", "note")
        self.encrypt_button = QPushButton(self.tr("&Krypter databasen …"), box)
        self.encrypt_button.clicked.connect(self.encrypt_database)
        self.new_code_button = QPushButton(self.tr("Ny &gjenopprettingskode …"), box)
        self.new_code_button.setToolTip(self.tr(
            "Lag en ny kode hvis arket med den gamle er borte eller kan ha blitt sett av "
            "andre. Den gamle koden slutter da å virke."))
        self.new_code_button.clicked.connect(self.new_recovery_code)
        layout.addWidget(self.encryption_label)
        layout.addWidget(self.encryption_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.new_code_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.encryption_box = box
        return box

    def _main_window(self):
        """The program window, which encrypts and shows codes (None for the tab alone)."""
        window = self.window()
        return window if window is not self and hasattr(window, "encrypt_database") else None

    def _database_location(self) -> str:
        """The team database file shown ('' on a server)."""
        opened = getattr(self._main_window(), "opened", None)
        if opened is not None:
            return opened.location if opened.is_sqlite else ""
        return database_files.bound_location()

    def _update_encryption(self) -> None:
        from samvirke_desktop.db import connection
        from samvirke_desktop.domain.team import actor
        from samvirke_desktop.domain.team.permissions import MANAGE_USERS, can

        location = self._database_location()
        self.encryption_box.setVisible(bool(location))
        window = self._main_window()
        admin = can(MANAGE_USERS)
        note = ""
        self.encrypt_button.hide()
        self.new_code_button.hide()
        if not location:
            return
        if database_files.is_demo_database(location):
            banner = "infoBanner"
            text = self.tr("Dette er eksempeldatabasen, med oppdiktede personer. Den er ikke "
                           "kryptert, og skal ikke brukes til ekte opplysninger: lag en egen "
                           "database for teamet med Fil → Ny database.")
        elif connection.current_key() is not None:
            banner = "infoBanner"
            text = self.tr("Databasefilen er kryptert. Uten brukernavn og passord (eller "
                           "gjenopprettingskoden) kan ingen lese den, heller ikke "
                           "sikkerhetskopiene eller en kopi på avveie.")
            self.new_code_button.setVisible(admin and window is not None)
            note = self._users_without_key_text(location) if admin else ""
        else:
            banner = "warningBanner"
            text = self.tr("Databasefilen er ikke kryptert: alle som kan lese mappen, kan lese "
                           "alt i den med et vanlig SQLite-verktøy.")
            self.encrypt_button.setVisible(admin and window is not None)
            self.encrypt_button.setEnabled(actor.current().user_id is not None)
            if actor.current().user_id is None:
                note = self.tr("For å kryptere databasen trengs en administrator med passord: "
                               "lag den under Innstillinger → Brukere, og logg inn med den.")
        self.encryption_label.setProperty("class", banner)
        self.encryption_label.setText(text)
        self.encryption_label.style().unpolish(self.encryption_label)
        self.encryption_label.style().polish(self.encryption_label)
        self.encryption_note.setText(note)
        self.encryption_note.setVisible(bool(note))

    def _users_without_key_text(self, location: str) -> str:
        from samvirke_desktop.gui.encrypted_database import users_without_key

        try:
            needing = users_without_key(Path(location))
        except SamvirkeError:
            return ""
        if not needing:
            return ""
        return self.tr("Disse kollegene kan ikke logge inn før de får et nytt passord under "
                       "Innstillinger → Brukere: {names}.").format(
                           names=", ".join(f"{u.display_name} ({u.username})" for u in needing))

    def encrypt_database(self) -> bool:
        window = self._main_window()
        return bool(window is not None and window.encrypt_database())

    def new_recovery_code(self) -> bool:
        """A new recovery code for the open encrypted database, shown once."""
        from samvirke_desktop.db import connection, encryption

        window = self._main_window()
        location = self._database_location()
        key = connection.current_key()
        if key is None or not location or window is None:
            return False
        answer = notices.ask(self, self.tr("Ny gjenopprettingskode?"), self.tr(
            "Den gamle koden slutter å virke, og den nye vises én gang: skriv den ned og lås "
            "den inne."), [("new", self.tr("Lag ny kode")), ("cancel", self.tr("Avbryt"))],
            default="cancel")
        if answer != "new":
            return False
        try:
            code = encryption.replace_recovery_code(location, key)
        except SamvirkeError as exc:
            notices.show_expected_error(self, exc)
            return False
        window.show_recovery_code(code)
        return True

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
        self._update_encryption()

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
