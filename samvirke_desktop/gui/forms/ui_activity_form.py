# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from samvirke_desktop.gui.activities.person_picker import PersonPicker

class Ui_ActivityForm(object):
    def setupUi(self, ActivityForm):
        if not ActivityForm.objectName():
            ActivityForm.setObjectName(u"ActivityForm")
        ActivityForm.resize(780, 560)
        self.outerLayout = QVBoxLayout(ActivityForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.certificateWarning = QLabel(ActivityForm)
        self.certificateWarning.setObjectName(u"certificateWarning")
        self.certificateWarning.setWordWrap(True)
        self.certificateWarning.setTextFormat(Qt.TextFormat.PlainText)
        self.certificateWarning.setStyleSheet(u"background: #fff4e0; color: #6b4100; border: 1px solid #e8b04a; border-radius: 6px; padding: 8px 10px;")

        self.outerLayout.addWidget(self.certificateWarning)

        self.tabs = QTabWidget(ActivityForm)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.generalForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.generalTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.generalTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.siteLabel = QLabel(self.generalTab)
        self.siteLabel.setObjectName(u"siteLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(self.generalTab)
        self.siteCombo.setObjectName(u"siteCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.placeLabel = QLabel(self.generalTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.generalTab)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.responsibleLabel = QLabel(self.generalTab)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleEdit = QLineEdit(self.generalTab)
        self.responsibleEdit.setObjectName(u"responsibleEdit")
        self.responsibleEdit.setMaxLength(200)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.targetGroupLabel = QLabel(self.generalTab)
        self.targetGroupLabel.setObjectName(u"targetGroupLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.targetGroupLabel)

        self.targetGroupEdit = QLineEdit(self.generalTab)
        self.targetGroupEdit.setObjectName(u"targetGroupEdit")
        self.targetGroupEdit.setMaxLength(200)

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.targetGroupEdit)

        self.withChildrenCheck = QCheckBox(self.generalTab)
        self.withChildrenCheck.setObjectName(u"withChildrenCheck")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.withChildrenCheck)

        self.headCountOnlyCheck = QCheckBox(self.generalTab)
        self.headCountOnlyCheck.setObjectName(u"headCountOnlyCheck")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.headCountOnlyCheck)

        self.onPosterCheck = QCheckBox(self.generalTab)
        self.onPosterCheck.setObjectName(u"onPosterCheck")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.onPosterCheck)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.generalTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.tabs.addTab(self.generalTab, "")
        self.participantsTab = QWidget()
        self.participantsTab.setObjectName(u"participantsTab")
        self.participantsLayout = QVBoxLayout(self.participantsTab)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantSearchRow = QHBoxLayout()
        self.participantSearchRow.setObjectName(u"participantSearchRow")
        self.participantSearchLabel = QLabel(self.participantsTab)
        self.participantSearchLabel.setObjectName(u"participantSearchLabel")

        self.participantSearchRow.addWidget(self.participantSearchLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.participantPicker = PersonPicker(self.participantsTab)
        self.participantPicker.setObjectName(u"participantPicker")

        self.participantSearchRow.addWidget(self.participantPicker)

        self.newRoleLabel = QLabel(self.participantsTab)
        self.newRoleLabel.setObjectName(u"newRoleLabel")

        self.participantSearchRow.addWidget(self.newRoleLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.newRoleCombo = QComboBox(self.participantsTab)
        self.newRoleCombo.setObjectName(u"newRoleCombo")

        self.participantSearchRow.addWidget(self.newRoleCombo, 0, Qt.AlignmentFlag.AlignTop)


        self.participantsLayout.addLayout(self.participantSearchRow)

        self.participantsTable = QTableView(self.participantsTab)
        self.participantsTable.setObjectName(u"participantsTable")
        self.participantsTable.setAlternatingRowColors(True)
        self.participantsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participantsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participantsTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.participantsLayout.addWidget(self.participantsTable)

        self.participantButtons = QHBoxLayout()
        self.participantButtons.setObjectName(u"participantButtons")
        self.participantsCount = QLabel(self.participantsTab)
        self.participantsCount.setObjectName(u"participantsCount")
        self.participantsCount.setProperty(u"class", u"note")

        self.participantButtons.addWidget(self.participantsCount)

        self.participantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantButtons.addItem(self.participantSpacer)

        self.removeParticipantButton = QPushButton(self.participantsTab)
        self.removeParticipantButton.setObjectName(u"removeParticipantButton")

        self.participantButtons.addWidget(self.removeParticipantButton)


        self.participantsLayout.addLayout(self.participantButtons)

        self.tabs.addTab(self.participantsTab, "")
        self.volunteersTab = QWidget()
        self.volunteersTab.setObjectName(u"volunteersTab")
        self.volunteersLayout = QVBoxLayout(self.volunteersTab)
        self.volunteersLayout.setObjectName(u"volunteersLayout")
        self.volunteerSearchRow = QHBoxLayout()
        self.volunteerSearchRow.setObjectName(u"volunteerSearchRow")
        self.volunteerSearchLabel = QLabel(self.volunteersTab)
        self.volunteerSearchLabel.setObjectName(u"volunteerSearchLabel")

        self.volunteerSearchRow.addWidget(self.volunteerSearchLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.volunteerPicker = PersonPicker(self.volunteersTab)
        self.volunteerPicker.setObjectName(u"volunteerPicker")

        self.volunteerSearchRow.addWidget(self.volunteerPicker)


        self.volunteersLayout.addLayout(self.volunteerSearchRow)

        self.volunteersTable = QTableView(self.volunteersTab)
        self.volunteersTable.setObjectName(u"volunteersTable")
        self.volunteersTable.setAlternatingRowColors(True)
        self.volunteersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volunteersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.volunteersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.volunteersLayout.addWidget(self.volunteersTable)

        self.volunteerButtons = QHBoxLayout()
        self.volunteerButtons.setObjectName(u"volunteerButtons")
        self.volunteersNote = QLabel(self.volunteersTab)
        self.volunteersNote.setObjectName(u"volunteersNote")
        self.volunteersNote.setWordWrap(True)
        self.volunteersNote.setProperty(u"class", u"note")

        self.volunteerButtons.addWidget(self.volunteersNote)

        self.removeVolunteerButton = QPushButton(self.volunteersTab)
        self.removeVolunteerButton.setObjectName(u"removeVolunteerButton")

        self.volunteerButtons.addWidget(self.removeVolunteerButton)


        self.volunteersLayout.addLayout(self.volunteerButtons)

        self.tabs.addTab(self.volunteersTab, "")
        self.translationsTab = QWidget()
        self.translationsTab.setObjectName(u"translationsTab")
        self.translationsLayout = QVBoxLayout(self.translationsTab)
        self.translationsLayout.setObjectName(u"translationsLayout")
        self.translationsNote = QLabel(self.translationsTab)
        self.translationsNote.setObjectName(u"translationsNote")
        self.translationsNote.setWordWrap(True)
        self.translationsNote.setProperty(u"class", u"note")

        self.translationsLayout.addWidget(self.translationsNote)

        self.translationsForm = QFormLayout()
        self.translationsForm.setObjectName(u"translationsForm")
        self.translationsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(self.translationsTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.translationsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.translationsTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.translationsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.translatedNameLabel = QLabel(self.translationsTab)
        self.translatedNameLabel.setObjectName(u"translatedNameLabel")

        self.translationsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.translatedNameLabel)

        self.translatedNameEdit = QLineEdit(self.translationsTab)
        self.translatedNameEdit.setObjectName(u"translatedNameEdit")
        self.translatedNameEdit.setMaxLength(200)

        self.translationsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.translatedNameEdit)

        self.translatedPlaceLabel = QLabel(self.translationsTab)
        self.translatedPlaceLabel.setObjectName(u"translatedPlaceLabel")

        self.translationsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.translatedPlaceLabel)

        self.translatedPlaceEdit = QLineEdit(self.translationsTab)
        self.translatedPlaceEdit.setObjectName(u"translatedPlaceEdit")
        self.translatedPlaceEdit.setMaxLength(200)

        self.translationsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.translatedPlaceEdit)

        self.translatedDescriptionLabel = QLabel(self.translationsTab)
        self.translatedDescriptionLabel.setObjectName(u"translatedDescriptionLabel")

        self.translationsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.translatedDescriptionLabel)

        self.translatedDescriptionEdit = QPlainTextEdit(self.translationsTab)
        self.translatedDescriptionEdit.setObjectName(u"translatedDescriptionEdit")
        self.translatedDescriptionEdit.setTabChangesFocus(True)

        self.translationsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.translatedDescriptionEdit)


        self.translationsLayout.addLayout(self.translationsForm)

        self.translationsSummary = QLabel(self.translationsTab)
        self.translationsSummary.setObjectName(u"translationsSummary")
        self.translationsSummary.setWordWrap(True)
        self.translationsSummary.setProperty(u"class", u"note")

        self.translationsLayout.addWidget(self.translationsSummary)

        self.tabs.addTab(self.translationsTab, "")
        self.applicationsTab = QWidget()
        self.applicationsTab.setObjectName(u"applicationsTab")
        self.applicationsLayout = QVBoxLayout(self.applicationsTab)
        self.applicationsLayout.setObjectName(u"applicationsLayout")
        self.applicationsNote = QLabel(self.applicationsTab)
        self.applicationsNote.setObjectName(u"applicationsNote")
        self.applicationsNote.setWordWrap(True)
        self.applicationsNote.setProperty(u"class", u"note")

        self.applicationsLayout.addWidget(self.applicationsNote)

        self.applicationsList = QListWidget(self.applicationsTab)
        self.applicationsList.setObjectName(u"applicationsList")

        self.applicationsLayout.addWidget(self.applicationsList)

        self.tabs.addTab(self.applicationsTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.siteLabel.setBuddy(self.siteCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.responsibleLabel.setBuddy(self.responsibleEdit)
        self.targetGroupLabel.setBuddy(self.targetGroupEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.participantSearchLabel.setBuddy(self.participantPicker)
        self.newRoleLabel.setBuddy(self.newRoleCombo)
        self.volunteerSearchLabel.setBuddy(self.volunteerPicker)
        self.languageLabel.setBuddy(self.languageCombo)
        self.translatedNameLabel.setBuddy(self.translatedNameEdit)
        self.translatedPlaceLabel.setBuddy(self.translatedPlaceEdit)
        self.translatedDescriptionLabel.setBuddy(self.translatedDescriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.responsibleEdit)
        QWidget.setTabOrder(self.responsibleEdit, self.targetGroupEdit)
        QWidget.setTabOrder(self.targetGroupEdit, self.withChildrenCheck)
        QWidget.setTabOrder(self.withChildrenCheck, self.headCountOnlyCheck)
        QWidget.setTabOrder(self.headCountOnlyCheck, self.onPosterCheck)
        QWidget.setTabOrder(self.onPosterCheck, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.translatedNameEdit)
        QWidget.setTabOrder(self.translatedNameEdit, self.translatedPlaceEdit)
        QWidget.setTabOrder(self.translatedPlaceEdit, self.translatedDescriptionEdit)

        self.retranslateUi(ActivityForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ActivityForm)
    # setupUi

    def retranslateUi(self, ActivityForm):
        self.nameLabel.setText(QCoreApplication.translate("ActivityForm", u"&Navn", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"For eksempel Leksehjelp Torshov", None))
        self.kindLabel.setText(QCoreApplication.translate("ActivityForm", u"&Type", None))
        self.siteLabel.setText(QCoreApplication.translate("ActivityForm", u"O&mr\u00e5de", None))
#if QT_CONFIG(tooltip)
        self.siteCombo.setToolTip(QCoreApplication.translate("ActivityForm", u"Blokka, borettslaget eller adressen aktiviteten h\u00f8rer til", None))
#endif // QT_CONFIG(tooltip)
        self.placeLabel.setText(QCoreApplication.translate("ActivityForm", u"&Sted", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"For eksempel Deichman Torshov, grupperommet", None))
#if QT_CONFIG(tooltip)
        self.placeEdit.setToolTip(QCoreApplication.translate("ActivityForm", u"Nye samlinger f\u00e5r dette stedet hvis timeplanen ikke sier noe annet", None))
#endif // QT_CONFIG(tooltip)
        self.responsibleLabel.setText(QCoreApplication.translate("ActivityForm", u"&Ansvarlig", None))
        self.responsibleEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"Hvem i teamet som har ansvaret", None))
        self.targetGroupLabel.setText(QCoreApplication.translate("ActivityForm", u"&M\u00e5lgruppe", None))
        self.targetGroupEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"For eksempel Barn p\u00e5 1.\u201310. trinn og foreldrene deres", None))
        self.withChildrenCheck.setText(QCoreApplication.translate("ActivityForm", u"Aktivitet med &barn (frivillige m\u00e5 ha gyldig politiattest)", None))
#if QT_CONFIG(tooltip)
        self.headCountOnlyCheck.setToolTip(QCoreApplication.translate("ActivityForm", u"For treffsteder der mange ikke vil registreres med navn: oppm\u00f8tet f\u00f8res som antall", None))
#endif // QT_CONFIG(tooltip)
        self.headCountOnlyCheck.setText(QCoreApplication.translate("ActivityForm", u"&Bare antall deltakere, ikke navn", None))
#if QT_CONFIG(tooltip)
        self.onPosterCheck.setToolTip(QCoreApplication.translate("ActivityForm", u"Aktivitetskalenderen henger i oppgangene og er for beboerne. Interne m\u00f8ter med samarbeidspartnere h\u00f8rer ikke hjemme der.", None))
#endif // QT_CONFIG(tooltip)
        self.onPosterCheck.setText(QCoreApplication.translate("ActivityForm", u"P\u00e5 &plakaten for beboerne (aktivitetskalenderen)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActivityForm", u"Bes&krivelse", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"Hva aktiviteten g\u00e5r ut p\u00e5, hvem som bidrar, praktiske ting", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ActivityForm", u"Aktivitet", None))
        self.participantSearchLabel.setText(QCoreApplication.translate("ActivityForm", u"&Legg til deltaker:", None))
        self.newRoleLabel.setText(QCoreApplication.translate("ActivityForm", u"som", None))
#if QT_CONFIG(tooltip)
        self.newRoleCombo.setToolTip(QCoreApplication.translate("ActivityForm", u"Rollen nye deltakere f\u00e5r (kan endres i listen)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.participantsTable.setAccessibleName(QCoreApplication.translate("ActivityForm", u"P\u00e5meldte deltakere", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeParticipantButton.setToolTip(QCoreApplication.translate("ActivityForm", u"Ta deltakeren ut av listen. Oppm\u00f8tet som er registrert blir ikke slettet. Vil du ta vare p\u00e5 p\u00e5meldingen, skriv en dato i Sluttet i stedet.", None))
#endif // QT_CONFIG(tooltip)
        self.removeParticipantButton.setText(QCoreApplication.translate("ActivityForm", u"&Fjern deltaker", None))
        self.tabs.setTabText(self.tabs.indexOf(self.participantsTab), QCoreApplication.translate("ActivityForm", u"Deltakere", None))
        self.volunteerSearchLabel.setText(QCoreApplication.translate("ActivityForm", u"Legg til &frivillig:", None))
#if QT_CONFIG(accessibility)
        self.volunteersTable.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Faste frivillige", None))
#endif // QT_CONFIG(accessibility)
        self.removeVolunteerButton.setText(QCoreApplication.translate("ActivityForm", u"Fjern f&rivillig", None))
        self.tabs.setTabText(self.tabs.indexOf(self.volunteersTab), QCoreApplication.translate("ActivityForm", u"Faste frivillige", None))
        self.translationsNote.setText(QCoreApplication.translate("ActivityForm", u"Aktivitetskalenderen kan skrives ut p\u00e5 et annet spr\u00e5k i tillegg til bokm\u00e5l. Skriv navnet, stedet og beskrivelsen slik beboerne leser dem. Det som st\u00e5r tomt, kommer p\u00e5 bokm\u00e5l.", None))
        self.languageLabel.setText(QCoreApplication.translate("ActivityForm", u"Sp&r\u00e5k", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ActivityForm", u"Spr\u00e5kene som er oversatt, er merket med \u2713", None))
#endif // QT_CONFIG(tooltip)
        self.translatedNameLabel.setText(QCoreApplication.translate("ActivityForm", u"Na&vn", None))
        self.translatedPlaceLabel.setText(QCoreApplication.translate("ActivityForm", u"St&ed", None))
        self.translatedDescriptionLabel.setText(QCoreApplication.translate("ActivityForm", u"Beskr&ivelse", None))
        self.tabs.setTabText(self.tabs.indexOf(self.translationsTab), QCoreApplication.translate("ActivityForm", u"Oversettelser", None))
        self.applicationsNote.setText(QCoreApplication.translate("ActivityForm", u"Kryss av for s\u00f8knadene som finansierer aktiviteten. Da kommer samlingene og deltakerne med i rapporten til tilskuddsgiveren.", None))
#if QT_CONFIG(accessibility)
        self.applicationsList.setAccessibleName(QCoreApplication.translate("ActivityForm", u"S\u00f8knader som finansierer aktiviteten", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.applicationsTab), QCoreApplication.translate("ActivityForm", u"S\u00f8knader", None))
        pass
    # retranslateUi

