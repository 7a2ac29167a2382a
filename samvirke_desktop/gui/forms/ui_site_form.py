# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'site_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SiteForm(object):
    def setupUi(self, SiteForm):
        if not SiteForm.objectName():
            SiteForm.setObjectName(u"SiteForm")
        SiteForm.resize(520, 380)
        self.bodyLayout = QVBoxLayout(SiteForm)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.statusLabel = QLabel(SiteForm)
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
        self.nameLabel = QLabel(SiteForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SiteForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(SiteForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(SiteForm)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postalLabel = QLabel(SiteForm)
        self.postalLabel.setObjectName(u"postalLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postalLabel)

        self.postalLayout = QHBoxLayout()
        self.postalLayout.setObjectName(u"postalLayout")
        self.postalCodeEdit = QLineEdit(SiteForm)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaxLength(4)
        self.postalCodeEdit.setMaximumSize(QSize(80, 16777215))

        self.postalLayout.addWidget(self.postalCodeEdit)

        self.cityEdit = QLineEdit(SiteForm)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.postalLayout.addWidget(self.cityEdit)


        self.fieldsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.postalLayout)

        self.homesLabel = QLabel(SiteForm)
        self.homesLabel.setObjectName(u"homesLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.homesLabel)

        self.homesEdit = QLineEdit(SiteForm)
        self.homesEdit.setObjectName(u"homesEdit")
        self.homesEdit.setMaxLength(6)
        self.homesEdit.setMaximumSize(QSize(100, 16777215))

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.homesEdit)

        self.notesLabel = QLabel(SiteForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(SiteForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesHintLabel = QLabel(SiteForm)
        self.notesHintLabel.setObjectName(u"notesHintLabel")
        self.notesHintLabel.setWordWrap(True)
        self.notesHintLabel.setProperty(u"class", u"note")
        sizePolicy.setHeightForWidth(self.notesHintLabel.sizePolicy().hasHeightForWidth())
        self.notesHintLabel.setSizePolicy(sizePolicy)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesHintLabel)

        self.historyLabel = QLabel(SiteForm)
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
        self.addressLabel.setBuddy(self.addressEdit)
        self.postalLabel.setBuddy(self.postalCodeEdit)
        self.homesLabel.setBuddy(self.homesEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.homesEdit)
        QWidget.setTabOrder(self.homesEdit, self.notesEdit)

        self.retranslateUi(SiteForm)

        QMetaObject.connectSlotsByName(SiteForm)
    # setupUi

    def retranslateUi(self, SiteForm):
        self.statusLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("SiteForm", u"&Navn", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SiteForm", u"f.eks. Kvartal 5, Sandaker", None))
        self.addressLabel.setText(QCoreApplication.translate("SiteForm", u"&Adresse", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SiteForm", u"Gate og nummer", None))
        self.postalLabel.setText(QCoreApplication.translate("SiteForm", u"&Postnummer og sted", None))
        self.postalCodeEdit.setPlaceholderText(QCoreApplication.translate("SiteForm", u"0000", None))
        self.cityEdit.setPlaceholderText(QCoreApplication.translate("SiteForm", u"Sted", None))
        self.homesLabel.setText(QCoreApplication.translate("SiteForm", u"Antall &boliger", None))
#if QT_CONFIG(tooltip)
        self.homesEdit.setToolTip(QCoreApplication.translate("SiteForm", u"Hvor mange kommunale boliger omr\u00e5det har (valgfritt).", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("SiteForm", u"N&otater", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("SiteForm", u"Notater", None))
#endif // QT_CONFIG(accessibility)
        self.notesHintLabel.setText("")
        self.historyLabel.setText("")
        pass
    # retranslateUi

