# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resident_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidgetItem, QVBoxLayout, QWidget)

from samvirke_desktop.gui.records.pickers import RecordPicker
from samvirke_desktop.gui.widgets.row_table import RowTable

class Ui_ResidentForm(object):
    def setupUi(self, ResidentForm):
        if not ResidentForm.objectName():
            ResidentForm.setObjectName(u"ResidentForm")
        ResidentForm.resize(900, 900)
        self.bodyLayout = QVBoxLayout(ResidentForm)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.statusLabel = QLabel(ResidentForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"class", u"note")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.bodyLayout.addWidget(self.statusLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.personBox = QGroupBox(ResidentForm)
        self.personBox.setObjectName(u"personBox")
        self.personForm = QFormLayout(self.personBox)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.firstNameLabel = QLabel(self.personBox)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.personBox)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(self.personBox)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.personBox)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.birthLabel = QLabel(self.personBox)
        self.birthLabel.setObjectName(u"birthLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthLayout = QHBoxLayout()
        self.birthLayout.setObjectName(u"birthLayout")
        self.birthEdit = QLineEdit(self.personBox)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setMaxLength(10)
        self.birthEdit.setMinimumSize(QSize(180, 0))
        self.birthEdit.setMaximumSize(QSize(180, 16777215))

        self.birthLayout.addWidget(self.birthEdit)

        self.ageLabel = QLabel(self.personBox)
        self.ageLabel.setObjectName(u"ageLabel")
        self.ageLabel.setWordWrap(True)
        self.ageLabel.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.ageLabel.sizePolicy().hasHeightForWidth())
        self.ageLabel.setSizePolicy(sizePolicy)

        self.birthLayout.addWidget(self.ageLabel)

        self.birthSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthLayout.addItem(self.birthSpacer)


        self.personForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.birthLayout)

        self.genderLabel = QLabel(self.personBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.personBox)
        self.genderCombo.setObjectName(u"genderCombo")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.phoneLabel = QLabel(self.personBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.personBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.personBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.languageLabel = QLabel(self.personBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.personBox)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setEditable(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy1)

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.interpreterCheck = QCheckBox(self.personBox)
        self.interpreterCheck.setObjectName(u"interpreterCheck")

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.interpreterCheck)


        self.columnsLayout.addWidget(self.personBox)

        self.homeBox = QGroupBox(ResidentForm)
        self.homeBox.setObjectName(u"homeBox")
        self.homeForm = QFormLayout(self.homeBox)
        self.homeForm.setObjectName(u"homeForm")
        self.homeForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.homeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.siteLabel = QLabel(self.homeBox)
        self.siteLabel.setObjectName(u"siteLabel")

        self.homeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(self.homeBox)
        self.siteCombo.setObjectName(u"siteCombo")
        sizePolicy1.setHeightForWidth(self.siteCombo.sizePolicy().hasHeightForWidth())
        self.siteCombo.setSizePolicy(sizePolicy1)

        self.homeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.householdLabel = QLabel(self.homeBox)
        self.householdLabel.setObjectName(u"householdLabel")

        self.homeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdLayout = QHBoxLayout()
        self.householdLayout.setObjectName(u"householdLayout")
        self.householdPicker = RecordPicker(self.homeBox)
        self.householdPicker.setObjectName(u"householdPicker")
        sizePolicy1.setHeightForWidth(self.householdPicker.sizePolicy().hasHeightForWidth())
        self.householdPicker.setSizePolicy(sizePolicy1)

        self.householdLayout.addWidget(self.householdPicker)

        self.newHouseholdButton = QPushButton(self.homeBox)
        self.newHouseholdButton.setObjectName(u"newHouseholdButton")

        self.householdLayout.addWidget(self.newHouseholdButton)

        self.editHouseholdButton = QPushButton(self.homeBox)
        self.editHouseholdButton.setObjectName(u"editHouseholdButton")

        self.householdLayout.addWidget(self.editHouseholdButton)


        self.homeForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.householdLayout)

        self.householdMembersLabel = QLabel(self.homeBox)
        self.householdMembersLabel.setObjectName(u"householdMembersLabel")
        self.householdMembersLabel.setWordWrap(True)
        self.householdMembersLabel.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.householdMembersLabel.sizePolicy().hasHeightForWidth())
        self.householdMembersLabel.setSizePolicy(sizePolicy)

        self.homeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.householdMembersLabel)

        self.storageBasisLabel = QLabel(self.homeBox)
        self.storageBasisLabel.setObjectName(u"storageBasisLabel")

        self.homeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.storageBasisLabel)

        self.storageBasisCombo = QComboBox(self.homeBox)
        self.storageBasisCombo.setObjectName(u"storageBasisCombo")
        self.storageBasisCombo.setEditable(True)
        sizePolicy1.setHeightForWidth(self.storageBasisCombo.sizePolicy().hasHeightForWidth())
        self.storageBasisCombo.setSizePolicy(sizePolicy1)

        self.homeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.storageBasisCombo)

        self.wardsLabel = QLabel(self.homeBox)
        self.wardsLabel.setObjectName(u"wardsLabel")

        self.homeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wardsLabel)

        self.wardsValue = QLabel(self.homeBox)
        self.wardsValue.setObjectName(u"wardsValue")
        self.wardsValue.setWordWrap(True)
        self.wardsValue.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.wardsValue.sizePolicy().hasHeightForWidth())
        self.wardsValue.setSizePolicy(sizePolicy)

        self.homeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.wardsValue)


        self.columnsLayout.addWidget(self.homeBox)


        self.bodyLayout.addLayout(self.columnsLayout)

        self.guardiansBox = QGroupBox(ResidentForm)
        self.guardiansBox.setObjectName(u"guardiansBox")
        self.guardiansLayout = QVBoxLayout(self.guardiansBox)
        self.guardiansLayout.setObjectName(u"guardiansLayout")
        self.guardiansNote = QLabel(self.guardiansBox)
        self.guardiansNote.setObjectName(u"guardiansNote")
        self.guardiansNote.setWordWrap(True)
        self.guardiansNote.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.guardiansNote.sizePolicy().hasHeightForWidth())
        self.guardiansNote.setSizePolicy(sizePolicy)

        self.guardiansLayout.addWidget(self.guardiansNote)

        self.guardiansEditor = RowTable(self.guardiansBox)
        self.guardiansEditor.setObjectName(u"guardiansEditor")

        self.guardiansLayout.addWidget(self.guardiansEditor)


        self.bodyLayout.addWidget(self.guardiansBox)

        self.consentsBox = QGroupBox(ResidentForm)
        self.consentsBox.setObjectName(u"consentsBox")
        self.consentsLayout = QVBoxLayout(self.consentsBox)
        self.consentsLayout.setObjectName(u"consentsLayout")
        self.consentsNote = QLabel(self.consentsBox)
        self.consentsNote.setObjectName(u"consentsNote")
        self.consentsNote.setWordWrap(True)
        self.consentsNote.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.consentsNote.sizePolicy().hasHeightForWidth())
        self.consentsNote.setSizePolicy(sizePolicy)

        self.consentsLayout.addWidget(self.consentsNote)

        self.consentsEditor = RowTable(self.consentsBox)
        self.consentsEditor.setObjectName(u"consentsEditor")

        self.consentsLayout.addWidget(self.consentsEditor)


        self.bodyLayout.addWidget(self.consentsBox)

        self.notesBox = QGroupBox(ResidentForm)
        self.notesBox.setObjectName(u"notesBox")
        self.notesLayout = QVBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.notesLayout.addWidget(self.notesEdit)

        self.notesHintLabel = QLabel(self.notesBox)
        self.notesHintLabel.setObjectName(u"notesHintLabel")
        self.notesHintLabel.setWordWrap(True)
        self.notesHintLabel.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.notesHintLabel.sizePolicy().hasHeightForWidth())
        self.notesHintLabel.setSizePolicy(sizePolicy)

        self.notesLayout.addWidget(self.notesHintLabel)


        self.bodyLayout.addWidget(self.notesBox)

        self.bodySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodySpacer)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.birthLabel.setBuddy(self.birthEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.siteLabel.setBuddy(self.siteCombo)
        self.householdLabel.setBuddy(self.householdPicker)
        self.storageBasisLabel.setBuddy(self.storageBasisCombo)
        self.wardsLabel.setBuddy(self.wardsValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.interpreterCheck)
        QWidget.setTabOrder(self.interpreterCheck, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.householdPicker)
        QWidget.setTabOrder(self.householdPicker, self.newHouseholdButton)
        QWidget.setTabOrder(self.newHouseholdButton, self.editHouseholdButton)
        QWidget.setTabOrder(self.editHouseholdButton, self.storageBasisCombo)
        QWidget.setTabOrder(self.storageBasisCombo, self.guardiansEditor)
        QWidget.setTabOrder(self.guardiansEditor, self.consentsEditor)
        QWidget.setTabOrder(self.consentsEditor, self.notesEdit)

        self.retranslateUi(ResidentForm)

        QMetaObject.connectSlotsByName(ResidentForm)
    # setupUi

    def retranslateUi(self, ResidentForm):
        self.statusLabel.setText("")
        self.personBox.setTitle(QCoreApplication.translate("ResidentForm", u"Person", None))
        self.firstNameLabel.setText(QCoreApplication.translate("ResidentForm", u"&Fornavn", None))
        self.lastNameLabel.setText(QCoreApplication.translate("ResidentForm", u"&Etternavn", None))
        self.birthLabel.setText(QCoreApplication.translate("ResidentForm", u"F\u00f8&dselsdato eller -\u00e5r", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("ResidentForm", u"dd.mm.\u00e5\u00e5\u00e5\u00e5 eller \u00e5\u00e5\u00e5\u00e5", None))
#if QT_CONFIG(tooltip)
        self.birthEdit.setToolTip(QCoreApplication.translate("ResidentForm", u"Skriv f\u00f8dselsdatoen (05.06.2015 eller 5.6.15), eller bare \u00e5ret (2015) hvis datoen ikke er kjent.", None))
#endif // QT_CONFIG(tooltip)
        self.ageLabel.setText("")
        self.genderLabel.setText(QCoreApplication.translate("ResidentForm", u"&Kj\u00f8nn", None))
        self.phoneLabel.setText(QCoreApplication.translate("ResidentForm", u"&Telefon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ResidentForm", u"912 34 567 eller +46 \u2026", None))
        self.emailLabel.setText(QCoreApplication.translate("ResidentForm", u"E-&post", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ResidentForm", u"navn@eksempel.no", None))
        self.languageLabel.setText(QCoreApplication.translate("ResidentForm", u"&Spr\u00e5k", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ResidentForm", u"Spr\u00e5ket personen helst snakker.", None))
#endif // QT_CONFIG(tooltip)
        self.interpreterCheck.setText(QCoreApplication.translate("ResidentForm", u"Trenger t&olk", None))
        self.homeBox.setTitle(QCoreApplication.translate("ResidentForm", u"Bosted og personvern", None))
        self.siteLabel.setText(QCoreApplication.translate("ResidentForm", u"Omr&\u00e5de", None))
        self.householdLabel.setText(QCoreApplication.translate("ResidentForm", u"&Husstand", None))
        self.newHouseholdButton.setText(QCoreApplication.translate("ResidentForm", u"Ny\u2026", None))
#if QT_CONFIG(tooltip)
        self.newHouseholdButton.setToolTip(QCoreApplication.translate("ResidentForm", u"Lag en ny husstand for denne personen", None))
#endif // QT_CONFIG(tooltip)
        self.editHouseholdButton.setText(QCoreApplication.translate("ResidentForm", u"Endre\u2026", None))
#if QT_CONFIG(tooltip)
        self.editHouseholdButton.setToolTip(QCoreApplication.translate("ResidentForm", u"Endre navn, omr\u00e5de eller adresse for husstanden", None))
#endif // QT_CONFIG(tooltip)
        self.householdMembersLabel.setText("")
        self.storageBasisLabel.setText(QCoreApplication.translate("ResidentForm", u"Lagrings&grunnlag", None))
#if QT_CONFIG(tooltip)
        self.storageBasisCombo.setToolTip(QCoreApplication.translate("ResidentForm", u"Grunnlaget teamet lagrer opplysningene om personen p\u00e5.", None))
#endif // QT_CONFIG(tooltip)
        self.wardsLabel.setText(QCoreApplication.translate("ResidentForm", u"Foresatt for", None))
        self.wardsValue.setText("")
        self.guardiansBox.setTitle(QCoreApplication.translate("ResidentForm", u"Fo&resatte", None))
        self.guardiansNote.setText(QCoreApplication.translate("ResidentForm", u"Foresatte til barn under 18 \u00e5r: velg en registrert beboer, eller skriv navn og telefon.", None))
#if QT_CONFIG(accessibility)
        self.guardiansEditor.setAccessibleName(QCoreApplication.translate("ResidentForm", u"Foresatte", None))
#endif // QT_CONFIG(accessibility)
        self.consentsBox.setTitle(QCoreApplication.translate("ResidentForm", u"Sa&mtykker", None))
        self.consentsNote.setText(QCoreApplication.translate("ResidentForm", u"Samtykke brukes for det som er frivillig, som bilder og SMS. For barn under 15 \u00e5r gir foresatte samtykket.", None))
#if QT_CONFIG(accessibility)
        self.consentsEditor.setAccessibleName(QCoreApplication.translate("ResidentForm", u"Samtykker", None))
#endif // QT_CONFIG(accessibility)
        self.notesBox.setTitle(QCoreApplication.translate("ResidentForm", u"&Notater", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ResidentForm", u"Notater", None))
#endif // QT_CONFIG(accessibility)
        self.notesHintLabel.setText("")
        pass
    # retranslateUi

