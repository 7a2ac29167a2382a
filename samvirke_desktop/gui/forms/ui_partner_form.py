# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QTableWidgetItem,
    QVBoxLayout, QWidget)

from samvirke_desktop.gui.records.checklist import ChecklistField
from samvirke_desktop.gui.widgets.row_table import RowTable

class Ui_PartnerForm(object):
    def setupUi(self, PartnerForm):
        if not PartnerForm.objectName():
            PartnerForm.setObjectName(u"PartnerForm")
        PartnerForm.resize(900, 900)
        self.bodyLayout = QVBoxLayout(PartnerForm)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.statusLabel = QLabel(PartnerForm)
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
        self.organisationBox = QGroupBox(PartnerForm)
        self.organisationBox.setObjectName(u"organisationBox")
        self.organisationForm = QFormLayout(self.organisationBox)
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.organisationBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.organisationBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.organisationBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.organisationBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.phoneLabel = QLabel(self.organisationBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.organisationBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.organisationBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.organisationBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.addressLabel = QLabel(self.organisationBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.organisationBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.websiteLabel = QLabel(self.organisationBox)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.organisationBox)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(200)

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.websiteEdit)


        self.columnsLayout.addWidget(self.organisationBox)

        self.whereBox = QGroupBox(PartnerForm)
        self.whereBox.setObjectName(u"whereBox")
        self.whereForm = QFormLayout(self.whereBox)
        self.whereForm.setObjectName(u"whereForm")
        self.whereForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.whereForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sitesLabel = QLabel(self.whereBox)
        self.sitesLabel.setObjectName(u"sitesLabel")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sitesLabel)

        self.sitesField = ChecklistField(self.whereBox)
        self.sitesField.setObjectName(u"sitesField")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sitesField)

        self.activitiesLabel = QLabel(self.whereBox)
        self.activitiesLabel.setObjectName(u"activitiesLabel")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activitiesLabel)

        self.activitiesValue = QLabel(self.whereBox)
        self.activitiesValue.setObjectName(u"activitiesValue")
        self.activitiesValue.setWordWrap(True)
        self.activitiesValue.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.activitiesValue.sizePolicy().hasHeightForWidth())
        self.activitiesValue.setSizePolicy(sizePolicy)

        self.whereForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activitiesValue)


        self.columnsLayout.addWidget(self.whereBox)


        self.bodyLayout.addLayout(self.columnsLayout)

        self.contactsBox = QGroupBox(PartnerForm)
        self.contactsBox.setObjectName(u"contactsBox")
        self.contactsLayout = QVBoxLayout(self.contactsBox)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsEditor = RowTable(self.contactsBox)
        self.contactsEditor.setObjectName(u"contactsEditor")

        self.contactsLayout.addWidget(self.contactsEditor)


        self.bodyLayout.addWidget(self.contactsBox)

        self.meetingsBox = QGroupBox(PartnerForm)
        self.meetingsBox.setObjectName(u"meetingsBox")
        self.meetingsLayout = QVBoxLayout(self.meetingsBox)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.meetingNotesEditor = RowTable(self.meetingsBox)
        self.meetingNotesEditor.setObjectName(u"meetingNotesEditor")

        self.meetingsLayout.addWidget(self.meetingNotesEditor)


        self.bodyLayout.addWidget(self.meetingsBox)

        self.notesBox = QGroupBox(PartnerForm)
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
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.sitesLabel.setBuddy(self.sitesField)
        self.activitiesLabel.setBuddy(self.activitiesValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.sitesField)
        QWidget.setTabOrder(self.sitesField, self.contactsEditor)
        QWidget.setTabOrder(self.contactsEditor, self.meetingNotesEditor)
        QWidget.setTabOrder(self.meetingNotesEditor, self.notesEdit)

        self.retranslateUi(PartnerForm)

        QMetaObject.connectSlotsByName(PartnerForm)
    # setupUi

    def retranslateUi(self, PartnerForm):
        self.statusLabel.setText("")
        self.organisationBox.setTitle(QCoreApplication.translate("PartnerForm", u"Organisasjon", None))
        self.nameLabel.setText(QCoreApplication.translate("PartnerForm", u"&Navn", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"f.eks. NAV Sagene", None))
        self.kindLabel.setText(QCoreApplication.translate("PartnerForm", u"&Type", None))
        self.phoneLabel.setText(QCoreApplication.translate("PartnerForm", u"Tele&fon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"22 33 44 55", None))
        self.emailLabel.setText(QCoreApplication.translate("PartnerForm", u"E-&post", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"post@eksempel.no", None))
        self.addressLabel.setText(QCoreApplication.translate("PartnerForm", u"&Adresse", None))
        self.websiteLabel.setText(QCoreApplication.translate("PartnerForm", u"Netts&ide", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"www.eksempel.no", None))
        self.whereBox.setTitle(QCoreApplication.translate("PartnerForm", u"Hvor dere samarbeider", None))
        self.sitesLabel.setText(QCoreApplication.translate("PartnerForm", u"Om&r\u00e5der", None))
        self.activitiesLabel.setText(QCoreApplication.translate("PartnerForm", u"Aktiviteter", None))
        self.activitiesValue.setText("")
        self.contactsBox.setTitle(QCoreApplication.translate("PartnerForm", u"&Kontaktpersoner", None))
#if QT_CONFIG(accessibility)
        self.contactsEditor.setAccessibleName(QCoreApplication.translate("PartnerForm", u"Kontaktpersoner", None))
#endif // QT_CONFIG(accessibility)
        self.meetingsBox.setTitle(QCoreApplication.translate("PartnerForm", u"&M\u00f8tenotater", None))
#if QT_CONFIG(accessibility)
        self.meetingNotesEditor.setAccessibleName(QCoreApplication.translate("PartnerForm", u"M\u00f8tenotater", None))
#endif // QT_CONFIG(accessibility)
        self.notesBox.setTitle(QCoreApplication.translate("PartnerForm", u"N&otater", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PartnerForm", u"Notater", None))
#endif // QT_CONFIG(accessibility)
        self.notesHintLabel.setText("")
        pass
    # retranslateUi

