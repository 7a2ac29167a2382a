# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HouseholdForm(object):
    def setupUi(self, HouseholdForm):
        if not HouseholdForm.objectName():
            HouseholdForm.setObjectName(u"HouseholdForm")
        HouseholdForm.resize(520, 360)
        self.bodyLayout = QVBoxLayout(HouseholdForm)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.statusLabel = QLabel(HouseholdForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"class", u"note")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.bodyLayout.addWidget(self.statusLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(HouseholdForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(HouseholdForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.siteLabel = QLabel(HouseholdForm)
        self.siteLabel.setObjectName(u"siteLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(HouseholdForm)
        self.siteCombo.setObjectName(u"siteCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.siteCombo.sizePolicy().hasHeightForWidth())
        self.siteCombo.setSizePolicy(sizePolicy1)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.addressLabel = QLabel(HouseholdForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(HouseholdForm)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.membersLabel = QLabel(HouseholdForm)
        self.membersLabel.setObjectName(u"membersLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersValue = QLabel(HouseholdForm)
        self.membersValue.setObjectName(u"membersValue")
        self.membersValue.setWordWrap(True)
        self.membersValue.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.membersValue.sizePolicy().hasHeightForWidth())
        self.membersValue.setSizePolicy(sizePolicy)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.membersValue)

        self.notesLabel = QLabel(HouseholdForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(HouseholdForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesHintLabel = QLabel(HouseholdForm)
        self.notesHintLabel.setObjectName(u"notesHintLabel")
        self.notesHintLabel.setWordWrap(True)
        self.notesHintLabel.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.notesHintLabel.sizePolicy().hasHeightForWidth())
        self.notesHintLabel.setSizePolicy(sizePolicy)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesHintLabel)

        self.historyLabel = QLabel(HouseholdForm)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)
        self.historyLabel.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.historyLabel.sizePolicy().hasHeightForWidth())
        self.historyLabel.setSizePolicy(sizePolicy)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.historyLabel)


        self.bodyLayout.addLayout(self.fieldsLayout)

        self.bodySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodySpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.siteLabel.setBuddy(self.siteCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.membersLabel.setBuddy(self.membersValue)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.notesEdit)

        self.retranslateUi(HouseholdForm)

        QMetaObject.connectSlotsByName(HouseholdForm)
    # setupUi

    def retranslateUi(self, HouseholdForm):
        self.statusLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("HouseholdForm", u"&Navn", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("HouseholdForm", u"f.eks. familienavnet", None))
        self.siteLabel.setText(QCoreApplication.translate("HouseholdForm", u"Omr&\u00e5de", None))
        self.addressLabel.setText(QCoreApplication.translate("HouseholdForm", u"&Adresse", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("HouseholdForm", u"Gate, nummer og leilighet, f.eks. H0203", None))
        self.membersLabel.setText(QCoreApplication.translate("HouseholdForm", u"Medlemmer", None))
        self.membersValue.setText("")
        self.notesLabel.setText(QCoreApplication.translate("HouseholdForm", u"N&otater", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("HouseholdForm", u"Notater", None))
#endif // QT_CONFIG(accessibility)
        self.notesHintLabel.setText("")
        self.historyLabel.setText("")
        pass
    # retranslateUi

