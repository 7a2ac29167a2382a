# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteer_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from samvirke_desktop.gui.records.checklist import ChecklistField
from samvirke_desktop.gui.records.pickers import RecordPicker
from samvirke_desktop.gui.widgets.date_field import DateField

class Ui_VolunteerForm(object):
    def setupUi(self, VolunteerForm):
        if not VolunteerForm.objectName():
            VolunteerForm.setObjectName(u"VolunteerForm")
        VolunteerForm.resize(940, 900)
        self.bodyLayout = QVBoxLayout(VolunteerForm)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.statusLabel = QLabel(VolunteerForm)
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
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.personBox = QGroupBox(VolunteerForm)
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

        self.birthYearLabel = QLabel(self.personBox)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearEdit = QLineEdit(self.personBox)
        self.birthYearEdit.setObjectName(u"birthYearEdit")
        self.birthYearEdit.setMaxLength(4)
        self.birthYearEdit.setMaximumSize(QSize(80, 16777215))

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthYearEdit)

        self.phoneLabel = QLabel(self.personBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.personBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.personBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.residentLabel = QLabel(self.personBox)
        self.residentLabel.setObjectName(u"residentLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.residentLabel)

        self.residentPicker = RecordPicker(self.personBox)
        self.residentPicker.setObjectName(u"residentPicker")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.residentPicker.sizePolicy().hasHeightForWidth())
        self.residentPicker.setSizePolicy(sizePolicy1)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.residentPicker)


        self.leftLayout.addWidget(self.personBox)

        self.workBox = QGroupBox(VolunteerForm)
        self.workBox.setObjectName(u"workBox")
        self.workForm = QFormLayout(self.workBox)
        self.workForm.setObjectName(u"workForm")
        self.workForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.workForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.startLabel = QLabel(self.workBox)
        self.startLabel.setObjectName(u"startLabel")

        self.workForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = DateField(self.workBox)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setMaximumSize(QSize(170, 16777215))

        self.workForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endLabel = QLabel(self.workBox)
        self.endLabel.setObjectName(u"endLabel")

        self.workForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDateEdit = DateField(self.workBox)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setMaximumSize(QSize(170, 16777215))

        self.workForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.availabilityLabel = QLabel(self.workBox)
        self.availabilityLabel.setObjectName(u"availabilityLabel")

        self.workForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.availabilityLabel)

        self.availabilityLayout = QHBoxLayout()
        self.availabilityLayout.setSpacing(8)
        self.availabilityLayout.setObjectName(u"availabilityLayout")
        self.day1Check = QCheckBox(self.workBox)
        self.day1Check.setObjectName(u"day1Check")

        self.availabilityLayout.addWidget(self.day1Check)

        self.day2Check = QCheckBox(self.workBox)
        self.day2Check.setObjectName(u"day2Check")

        self.availabilityLayout.addWidget(self.day2Check)

        self.day3Check = QCheckBox(self.workBox)
        self.day3Check.setObjectName(u"day3Check")

        self.availabilityLayout.addWidget(self.day3Check)

        self.day4Check = QCheckBox(self.workBox)
        self.day4Check.setObjectName(u"day4Check")

        self.availabilityLayout.addWidget(self.day4Check)

        self.day5Check = QCheckBox(self.workBox)
        self.day5Check.setObjectName(u"day5Check")

        self.availabilityLayout.addWidget(self.day5Check)

        self.day6Check = QCheckBox(self.workBox)
        self.day6Check.setObjectName(u"day6Check")

        self.availabilityLayout.addWidget(self.day6Check)

        self.day7Check = QCheckBox(self.workBox)
        self.day7Check.setObjectName(u"day7Check")

        self.availabilityLayout.addWidget(self.day7Check)

        self.availabilitySpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.availabilityLayout.addItem(self.availabilitySpacer)


        self.workForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.availabilityLayout)

        self.confidentialityLabel = QLabel(self.workBox)
        self.confidentialityLabel.setObjectName(u"confidentialityLabel")

        self.workForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confidentialityLabel)

        self.confidentialityEdit = DateField(self.workBox)
        self.confidentialityEdit.setObjectName(u"confidentialityEdit")
        self.confidentialityEdit.setMaximumSize(QSize(170, 16777215))

        self.workForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confidentialityEdit)


        self.leftLayout.addWidget(self.workBox)

        self.leftSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.certificateBox = QGroupBox(VolunteerForm)
        self.certificateBox.setObjectName(u"certificateBox")
        self.certificateForm = QFormLayout(self.certificateBox)
        self.certificateForm.setObjectName(u"certificateForm")
        self.certificateForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.certificateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusTitleLabel = QLabel(self.certificateBox)
        self.statusTitleLabel.setObjectName(u"statusTitleLabel")

        self.certificateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusTitleLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.certificateIconLabel = QLabel(self.certificateBox)
        self.certificateIconLabel.setObjectName(u"certificateIconLabel")

        self.statusLayout.addWidget(self.certificateIconLabel)

        self.certificateStatusLabel = QLabel(self.certificateBox)
        self.certificateStatusLabel.setObjectName(u"certificateStatusLabel")
        self.certificateStatusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.certificateStatusLabel)

        self.statusSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)


        self.certificateForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.requiredCheck = QCheckBox(self.certificateBox)
        self.requiredCheck.setObjectName(u"requiredCheck")

        self.certificateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requiredCheck)

        self.requestedLabel = QLabel(self.certificateBox)
        self.requestedLabel.setObjectName(u"requestedLabel")

        self.certificateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestedLabel)

        self.requestedEdit = DateField(self.certificateBox)
        self.requestedEdit.setObjectName(u"requestedEdit")
        self.requestedEdit.setMaximumSize(QSize(170, 16777215))

        self.certificateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestedEdit)

        self.issuedLabel = QLabel(self.certificateBox)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.certificateForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issuedEdit = DateField(self.certificateBox)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setMaximumSize(QSize(170, 16777215))

        self.certificateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuedEdit)

        self.shownLabel = QLabel(self.certificateBox)
        self.shownLabel.setObjectName(u"shownLabel")

        self.certificateForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.shownLabel)

        self.shownEdit = DateField(self.certificateBox)
        self.shownEdit.setObjectName(u"shownEdit")
        self.shownEdit.setMaximumSize(QSize(170, 16777215))

        self.certificateForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.shownEdit)

        self.checkedByLabel = QLabel(self.certificateBox)
        self.checkedByLabel.setObjectName(u"checkedByLabel")

        self.certificateForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.checkedByLabel)

        self.checkedByEdit = QLineEdit(self.certificateBox)
        self.checkedByEdit.setObjectName(u"checkedByEdit")
        self.checkedByEdit.setMaxLength(200)

        self.certificateForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.checkedByEdit)

        self.bodyLabel = QLabel(self.certificateBox)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.certificateForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QLineEdit(self.certificateBox)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setMaxLength(200)

        self.certificateForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.renewalLabel = QLabel(self.certificateBox)
        self.renewalLabel.setObjectName(u"renewalLabel")

        self.certificateForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.renewalLabel)

        self.renewalSpin = QSpinBox(self.certificateBox)
        self.renewalSpin.setObjectName(u"renewalSpin")
        self.renewalSpin.setMinimum(1)
        self.renewalSpin.setMaximum(10)
        self.renewalSpin.setValue(3)
        self.renewalSpin.setMaximumSize(QSize(90, 16777215))

        self.certificateForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.renewalSpin)

        self.certificateNote = QLabel(self.certificateBox)
        self.certificateNote.setObjectName(u"certificateNote")
        self.certificateNote.setWordWrap(True)
        self.certificateNote.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.certificateNote.sizePolicy().hasHeightForWidth())
        self.certificateNote.setSizePolicy(sizePolicy)

        self.certificateForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.certificateNote)


        self.rightLayout.addWidget(self.certificateBox)

        self.rightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightLayout)


        self.bodyLayout.addLayout(self.columnsLayout)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setSpacing(12)
        self.listsLayout.setObjectName(u"listsLayout")
        self.skillsBox = QGroupBox(VolunteerForm)
        self.skillsBox.setObjectName(u"skillsBox")
        self.skillsLayout = QVBoxLayout(self.skillsBox)
        self.skillsLayout.setObjectName(u"skillsLayout")
        self.skillsField = ChecklistField(self.skillsBox)
        self.skillsField.setObjectName(u"skillsField")

        self.skillsLayout.addWidget(self.skillsField)


        self.listsLayout.addWidget(self.skillsBox)

        self.languagesBox = QGroupBox(VolunteerForm)
        self.languagesBox.setObjectName(u"languagesBox")
        self.languagesLayout = QVBoxLayout(self.languagesBox)
        self.languagesLayout.setObjectName(u"languagesLayout")
        self.languagesField = ChecklistField(self.languagesBox)
        self.languagesField.setObjectName(u"languagesField")

        self.languagesLayout.addWidget(self.languagesField)


        self.listsLayout.addWidget(self.languagesBox)


        self.bodyLayout.addLayout(self.listsLayout)

        self.notesBox = QGroupBox(VolunteerForm)
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
        self.birthYearLabel.setBuddy(self.birthYearEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.residentLabel.setBuddy(self.residentPicker)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.availabilityLabel.setBuddy(self.day1Check)
        self.confidentialityLabel.setBuddy(self.confidentialityEdit)
        self.statusTitleLabel.setBuddy(self.requiredCheck)
        self.requestedLabel.setBuddy(self.requestedEdit)
        self.issuedLabel.setBuddy(self.issuedEdit)
        self.shownLabel.setBuddy(self.shownEdit)
        self.checkedByLabel.setBuddy(self.checkedByEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.renewalLabel.setBuddy(self.renewalSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.birthYearEdit)
        QWidget.setTabOrder(self.birthYearEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.residentPicker)
        QWidget.setTabOrder(self.residentPicker, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.day1Check)
        QWidget.setTabOrder(self.day1Check, self.day2Check)
        QWidget.setTabOrder(self.day2Check, self.day3Check)
        QWidget.setTabOrder(self.day3Check, self.day4Check)
        QWidget.setTabOrder(self.day4Check, self.day5Check)
        QWidget.setTabOrder(self.day5Check, self.day6Check)
        QWidget.setTabOrder(self.day6Check, self.day7Check)
        QWidget.setTabOrder(self.day7Check, self.confidentialityEdit)
        QWidget.setTabOrder(self.confidentialityEdit, self.requiredCheck)
        QWidget.setTabOrder(self.requiredCheck, self.requestedEdit)
        QWidget.setTabOrder(self.requestedEdit, self.issuedEdit)
        QWidget.setTabOrder(self.issuedEdit, self.shownEdit)
        QWidget.setTabOrder(self.shownEdit, self.checkedByEdit)
        QWidget.setTabOrder(self.checkedByEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.renewalSpin)
        QWidget.setTabOrder(self.renewalSpin, self.skillsField)
        QWidget.setTabOrder(self.skillsField, self.languagesField)
        QWidget.setTabOrder(self.languagesField, self.notesEdit)

        self.retranslateUi(VolunteerForm)

        QMetaObject.connectSlotsByName(VolunteerForm)
    # setupUi

    def retranslateUi(self, VolunteerForm):
        self.statusLabel.setText("")
        self.personBox.setTitle(QCoreApplication.translate("VolunteerForm", u"Person", None))
        self.firstNameLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Fornavn", None))
        self.lastNameLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Etternavn", None))
        self.birthYearLabel.setText(QCoreApplication.translate("VolunteerForm", u"F\u00f8dsels&\u00e5r", None))
        self.birthYearEdit.setPlaceholderText(QCoreApplication.translate("VolunteerForm", u"\u00e5\u00e5\u00e5\u00e5", None))
        self.phoneLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Telefon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("VolunteerForm", u"912 34 567 eller +46 \u2026", None))
        self.emailLabel.setText(QCoreApplication.translate("VolunteerForm", u"E-&post", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("VolunteerForm", u"navn@eksempel.no", None))
        self.residentLabel.setText(QCoreApplication.translate("VolunteerForm", u"Er ogs\u00e5 beboe&r", None))
#if QT_CONFIG(tooltip)
        self.residentPicker.setToolTip(QCoreApplication.translate("VolunteerForm", u"Hvis den frivillige ogs\u00e5 er registrert som beboer", None))
#endif // QT_CONFIG(tooltip)
        self.workBox.setTitle(QCoreApplication.translate("VolunteerForm", u"Innsats", None))
        self.startLabel.setText(QCoreApplication.translate("VolunteerForm", u"St&art", None))
        self.endLabel.setText(QCoreApplication.translate("VolunteerForm", u"Sl&utt", None))
        self.availabilityLabel.setText(QCoreApplication.translate("VolunteerForm", u"Kan k&omme", None))
        self.day1Check.setText(QCoreApplication.translate("VolunteerForm", u"ma", None))
#if QT_CONFIG(tooltip)
        self.day1Check.setToolTip(QCoreApplication.translate("VolunteerForm", u"mandag", None))
#endif // QT_CONFIG(tooltip)
        self.day2Check.setText(QCoreApplication.translate("VolunteerForm", u"ti", None))
#if QT_CONFIG(tooltip)
        self.day2Check.setToolTip(QCoreApplication.translate("VolunteerForm", u"tirsdag", None))
#endif // QT_CONFIG(tooltip)
        self.day3Check.setText(QCoreApplication.translate("VolunteerForm", u"on", None))
#if QT_CONFIG(tooltip)
        self.day3Check.setToolTip(QCoreApplication.translate("VolunteerForm", u"onsdag", None))
#endif // QT_CONFIG(tooltip)
        self.day4Check.setText(QCoreApplication.translate("VolunteerForm", u"to", None))
#if QT_CONFIG(tooltip)
        self.day4Check.setToolTip(QCoreApplication.translate("VolunteerForm", u"torsdag", None))
#endif // QT_CONFIG(tooltip)
        self.day5Check.setText(QCoreApplication.translate("VolunteerForm", u"fr", None))
#if QT_CONFIG(tooltip)
        self.day5Check.setToolTip(QCoreApplication.translate("VolunteerForm", u"fredag", None))
#endif // QT_CONFIG(tooltip)
        self.day6Check.setText(QCoreApplication.translate("VolunteerForm", u"l\u00f8", None))
#if QT_CONFIG(tooltip)
        self.day6Check.setToolTip(QCoreApplication.translate("VolunteerForm", u"l\u00f8rdag", None))
#endif // QT_CONFIG(tooltip)
        self.day7Check.setText(QCoreApplication.translate("VolunteerForm", u"s\u00f8", None))
#if QT_CONFIG(tooltip)
        self.day7Check.setToolTip(QCoreApplication.translate("VolunteerForm", u"s\u00f8ndag", None))
#endif // QT_CONFIG(tooltip)
        self.confidentialityLabel.setText(QCoreApplication.translate("VolunteerForm", u"Taushetserkl\u00e6ring si&gnert", None))
        self.certificateBox.setTitle(QCoreApplication.translate("VolunteerForm", u"Politiattest", None))
        self.statusTitleLabel.setText(QCoreApplication.translate("VolunteerForm", u"Status", None))
        self.certificateIconLabel.setText("")
        self.certificateStatusLabel.setText("")
        self.requiredCheck.setText(QCoreApplication.translate("VolunteerForm", u"&M\u00e5 vise politiattest (arbeid med barn)", None))
        self.requestedLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Bestilt", None))
        self.issuedLabel.setText(QCoreApplication.translate("VolunteerForm", u"Ut&stedt", None))
        self.shownLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Vist fram", None))
        self.checkedByLabel.setText(QCoreApplication.translate("VolunteerForm", u"&Hvem s\u00e5 den", None))
        self.checkedByEdit.setPlaceholderText(QCoreApplication.translate("VolunteerForm", u"Navnet p\u00e5 den i teamet som s\u00e5 attesten", None))
        self.bodyLabel.setText(QCoreApplication.translate("VolunteerForm", u"Ansvarlig v&irksomhet", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("VolunteerForm", u"f.eks. Bydel Sagene", None))
        self.renewalLabel.setText(QCoreApplication.translate("VolunteerForm", u"Forn&yes etter", None))
        self.renewalSpin.setSuffix(QCoreApplication.translate("VolunteerForm", u" \u00e5r", None))
        self.certificateNote.setText(QCoreApplication.translate("VolunteerForm", u"Selve politiattesten lagres aldri i Samvirke, bare at den er sett og av hvem.", None))
        self.skillsBox.setTitle(QCoreApplication.translate("VolunteerForm", u"Fer&digheter", None))
#if QT_CONFIG(accessibility)
        self.skillsField.setAccessibleName(QCoreApplication.translate("VolunteerForm", u"Ferdigheter", None))
#endif // QT_CONFIG(accessibility)
        self.languagesBox.setTitle(QCoreApplication.translate("VolunteerForm", u"Spr\u00e5&k", None))
#if QT_CONFIG(accessibility)
        self.languagesField.setAccessibleName(QCoreApplication.translate("VolunteerForm", u"Spr\u00e5k", None))
#endif // QT_CONFIG(accessibility)
        self.notesBox.setTitle(QCoreApplication.translate("VolunteerForm", u"&Notater", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("VolunteerForm", u"Notater", None))
#endif // QT_CONFIG(accessibility)
        self.notesHintLabel.setText("")
        pass
    # retranslateUi

