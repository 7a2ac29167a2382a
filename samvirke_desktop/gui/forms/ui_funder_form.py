# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funder_form.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from samvirke_desktop.gui.widgets.row_table import RowTable

class Ui_FunderForm(object):
    def setupUi(self, FunderForm):
        if not FunderForm.objectName():
            FunderForm.setObjectName(u"FunderForm")
        FunderForm.resize(720, 560)
        self.formLayout = QVBoxLayout(FunderForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(FunderForm)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.funderForm = QFormLayout(self.generalTab)
        self.funderForm.setObjectName(u"funderForm")
        self.funderForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.funderForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.funderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.funderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(self.generalTab)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.funderForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.generalTab)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaximumSize(QSize(260, 16777215))

        self.funderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.websiteLabel = QLabel(self.generalTab)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.funderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.generalTab)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.funderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.hourRateLabel = QLabel(self.generalTab)
        self.hourRateLabel.setObjectName(u"hourRateLabel")

        self.funderForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hourRateLabel)

        self.hourRateEdit = QLineEdit(self.generalTab)
        self.hourRateEdit.setObjectName(u"hourRateEdit")
        self.hourRateEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.hourRateEdit.setMaximumSize(QSize(200, 16777215))

        self.funderForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hourRateEdit)

        self.hourRateNoteSpace = QLabel(self.generalTab)
        self.hourRateNoteSpace.setObjectName(u"hourRateNoteSpace")

        self.funderForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hourRateNoteSpace)

        self.hourRateNote = QLabel(self.generalTab)
        self.hourRateNote.setObjectName(u"hourRateNote")
        self.hourRateNote.setWordWrap(False)
        self.hourRateNote.setProperty(u"class", u"note")

        self.funderForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hourRateNote)

        self.auditNotesLabel = QLabel(self.generalTab)
        self.auditNotesLabel.setObjectName(u"auditNotesLabel")

        self.funderForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.auditNotesLabel)

        self.auditNotesEdit = QPlainTextEdit(self.generalTab)
        self.auditNotesEdit.setObjectName(u"auditNotesEdit")
        self.auditNotesEdit.setTabChangesFocus(True)
        self.auditNotesEdit.setMinimumSize(QSize(0, 70))
        self.auditNotesEdit.setMaximumSize(QSize(16777215, 110))

        self.funderForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.auditNotesEdit)

        self.notesLabel = QLabel(self.generalTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.funderForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.generalTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 70))
        self.notesEdit.setMaximumSize(QSize(16777215, 110))

        self.funderForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.archivedCheck = QCheckBox(self.generalTab)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.funderForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.archivedCheck)

        self.tabs.addTab(self.generalTab, "")
        self.bandsTab = QWidget()
        self.bandsTab.setObjectName(u"bandsTab")
        self.bandsLayout = QVBoxLayout(self.bandsTab)
        self.bandsLayout.setSpacing(8)
        self.bandsLayout.setObjectName(u"bandsLayout")
        self.schemesHeader = QHBoxLayout()
        self.schemesHeader.setSpacing(8)
        self.schemesHeader.setObjectName(u"schemesHeader")
        self.schemesHeading = QLabel(self.bandsTab)
        self.schemesHeading.setObjectName(u"schemesHeading")
        self.schemesHeading.setProperty(u"class", u"sectionTitle")

        self.schemesHeader.addWidget(self.schemesHeading)

        self.schemesSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.schemesHeader.addItem(self.schemesSpacer)

        self.addSchemeButton = QPushButton(self.bandsTab)
        self.addSchemeButton.setObjectName(u"addSchemeButton")

        self.schemesHeader.addWidget(self.addSchemeButton)

        self.removeSchemeButton = QPushButton(self.bandsTab)
        self.removeSchemeButton.setObjectName(u"removeSchemeButton")

        self.schemesHeader.addWidget(self.removeSchemeButton)


        self.bandsLayout.addLayout(self.schemesHeader)

        self.schemesTable = RowTable(self.bandsTab)
        self.schemesTable.setObjectName(u"schemesTable")
        self.schemesTable.setMaximumSize(QSize(16777215, 130))
        self.schemesTable.setMinimumSize(QSize(0, 90))
        self.schemesTable.setAlternatingRowColors(True)
        self.schemesTable.setWordWrap(False)
        self.schemesTable.verticalHeader().setVisible(False)

        self.bandsLayout.addWidget(self.schemesTable)

        self.bandsHeading = QLabel(self.bandsTab)
        self.bandsHeading.setObjectName(u"bandsHeading")
        self.bandsHeading.setProperty(u"class", u"sectionTitle")

        self.bandsLayout.addWidget(self.bandsHeading)

        self.bandsNote = QLabel(self.bandsTab)
        self.bandsNote.setObjectName(u"bandsNote")
        self.bandsNote.setWordWrap(True)
        self.bandsNote.setProperty(u"class", u"note")

        self.bandsLayout.addWidget(self.bandsNote)

        self.bandsScopeForm = QFormLayout()
        self.bandsScopeForm.setObjectName(u"bandsScopeForm")
        self.bandsScopeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.bandsScopeForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.bandsScopeLabel = QLabel(self.bandsTab)
        self.bandsScopeLabel.setObjectName(u"bandsScopeLabel")

        self.bandsScopeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bandsScopeLabel)

        self.bandsScopeCombo = QComboBox(self.bandsTab)
        self.bandsScopeCombo.setObjectName(u"bandsScopeCombo")
        self.bandsScopeCombo.setMinimumSize(QSize(320, 0))

        self.bandsScopeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bandsScopeCombo)

        self.ownBandsCheck = QCheckBox(self.bandsTab)
        self.ownBandsCheck.setObjectName(u"ownBandsCheck")

        self.bandsScopeForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.ownBandsCheck)


        self.bandsLayout.addLayout(self.bandsScopeForm)

        self.bandsHeader = QHBoxLayout()
        self.bandsHeader.setSpacing(8)
        self.bandsHeader.setObjectName(u"bandsHeader")
        self.bandsTableLabel = QLabel(self.bandsTab)
        self.bandsTableLabel.setObjectName(u"bandsTableLabel")

        self.bandsHeader.addWidget(self.bandsTableLabel)

        self.bandsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bandsHeader.addItem(self.bandsSpacer)

        self.presetButton = QPushButton(self.bandsTab)
        self.presetButton.setObjectName(u"presetButton")

        self.bandsHeader.addWidget(self.presetButton)

        self.addBandButton = QPushButton(self.bandsTab)
        self.addBandButton.setObjectName(u"addBandButton")

        self.bandsHeader.addWidget(self.addBandButton)

        self.removeBandButton = QPushButton(self.bandsTab)
        self.removeBandButton.setObjectName(u"removeBandButton")

        self.bandsHeader.addWidget(self.removeBandButton)


        self.bandsLayout.addLayout(self.bandsHeader)

        self.bandsTable = RowTable(self.bandsTab)
        self.bandsTable.setObjectName(u"bandsTable")
        self.bandsTable.setMinimumSize(QSize(0, 170))
        self.bandsTable.setAlternatingRowColors(True)
        self.bandsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bandsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bandsTable.setWordWrap(False)
        self.bandsTable.horizontalHeader().setStretchLastSection(True)
        self.bandsTable.verticalHeader().setVisible(False)

        self.bandsLayout.addWidget(self.bandsTable)

        self.tabs.addTab(self.bandsTab, "")

        self.formLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.hourRateLabel.setBuddy(self.hourRateEdit)
        self.auditNotesLabel.setBuddy(self.auditNotesEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.schemesHeading.setBuddy(self.schemesTable)
        self.bandsScopeLabel.setBuddy(self.bandsScopeCombo)
        self.bandsTableLabel.setBuddy(self.bandsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FunderForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FunderForm)
    # setupUi

    def retranslateUi(self, FunderForm):
        self.nameLabel.setText(QCoreApplication.translate("FunderForm", u"&Navn", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FunderForm", u"For eksempel Barne-, ungdoms- og familiedirektoratet", None))
        self.shortNameLabel.setText(QCoreApplication.translate("FunderForm", u"&Kortnavn", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("FunderForm", u"For eksempel Bufdir", None))
#if QT_CONFIG(tooltip)
        self.shortNameEdit.setToolTip(QCoreApplication.translate("FunderForm", u"Brukes i lister og p\u00e5minnelser", None))
#endif // QT_CONFIG(tooltip)
        self.websiteLabel.setText(QCoreApplication.translate("FunderForm", u"Nett&side", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("FunderForm", u"https://", None))
        self.hourRateLabel.setText(QCoreApplication.translate("FunderForm", u"Timesats for &egeninnsats (kr)", None))
        self.hourRateEdit.setPlaceholderText(QCoreApplication.translate("FunderForm", u"Bare timer", None))
#if QT_CONFIG(tooltip)
        self.hourRateEdit.setToolTip(QCoreApplication.translate("FunderForm", u"Kroner per frivillig time som tilskuddsgiveren godtar som egeninnsats. Tomt: bare antall timer rapporteres.", None))
#endif // QT_CONFIG(tooltip)
        self.hourRateNote.setText(QCoreApplication.translate("FunderForm", u"La feltet st\u00e5 tomt hvis tilskuddsgiveren bare vil ha antall timer.", None))
        self.auditNotesLabel.setText(QCoreApplication.translate("FunderForm", u"&Revisjon", None))
        self.auditNotesEdit.setPlaceholderText(QCoreApplication.translate("FunderForm", u"For eksempel: revisorattestert regnskap n\u00e5r tilskuddet er over 200 000 kr", None))
        self.notesLabel.setText(QCoreApplication.translate("FunderForm", u"N&otater", None))
        self.archivedCheck.setText(QCoreApplication.translate("FunderForm", u"&Arkivert (vises ikke n\u00e5r dere lager nye s\u00f8knader)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("FunderForm", u"Tilskuddsgiver", None))
        self.schemesHeading.setText(QCoreApplication.translate("FunderForm", u"&Ordninger", None))
        self.addSchemeButton.setText(QCoreApplication.translate("FunderForm", u"Ny ordning", None))
        self.removeSchemeButton.setText(QCoreApplication.translate("FunderForm", u"Fjern ordning", None))
        self.bandsHeading.setText(QCoreApplication.translate("FunderForm", u"Aldersgrupper", None))
        self.bandsNote.setText(QCoreApplication.translate("FunderForm", u"Aldersgruppene tilskuddsgiveren vil ha tallene i. Begge grensene er tatt med (6\u201312 betyr fra og med 6 til og med 12 \u00e5r); tomt felt betyr ingen grense.", None))
        self.bandsScopeLabel.setText(QCoreApplication.translate("FunderForm", u"&Gjelder", None))
        self.ownBandsCheck.setText(QCoreApplication.translate("FunderForm", u"Ordningen har &egne aldersgrupper", None))
        self.bandsTableLabel.setText(QCoreApplication.translate("FunderForm", u"Al&dersgrupper", None))
        self.presetButton.setText(QCoreApplication.translate("FunderForm", u"&Bruk forh\u00e5ndsvalg", None))
        self.addBandButton.setText(QCoreApplication.translate("FunderForm", u"Ny gruppe", None))
        self.removeBandButton.setText(QCoreApplication.translate("FunderForm", u"Fjern gruppe", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bandsTab), QCoreApplication.translate("FunderForm", u"Ordninger og aldersgrupper", None))
        pass
    # retranslateUi

