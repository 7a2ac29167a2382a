# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from samvirke_desktop.gui.widgets.date_field import DateField

class Ui_SessionForm(object):
    def setupUi(self, SessionForm):
        if not SessionForm.objectName():
            SessionForm.setObjectName(u"SessionForm")
        SessionForm.resize(460, 260)
        self.outerLayout = QVBoxLayout(SessionForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(SessionForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"class", u"note")

        self.outerLayout.addWidget(self.introLabel)

        self.sessionForm = QFormLayout()
        self.sessionForm.setObjectName(u"sessionForm")
        self.sessionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(SessionForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(SessionForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaximumSize(QSize(160, 16777215))

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startLabel = QLabel(SessionForm)
        self.startLabel.setObjectName(u"startLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(SessionForm)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMaximumSize(QSize(90, 16777215))

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(SessionForm)
        self.endLabel.setObjectName(u"endLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(SessionForm)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setMaximumSize(QSize(90, 16777215))

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.placeLabel = QLabel(SessionForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(SessionForm)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.topicLabel = QLabel(SessionForm)
        self.topicLabel.setObjectName(u"topicLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(SessionForm)
        self.topicEdit.setObjectName(u"topicEdit")
        self.topicEdit.setMaxLength(300)

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topicEdit)


        self.outerLayout.addLayout(self.sessionForm)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.topicLabel.setBuddy(self.topicEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.topicEdit)

        self.retranslateUi(SessionForm)

        QMetaObject.connectSlotsByName(SessionForm)
    # setupUi

    def retranslateUi(self, SessionForm):
        self.dateLabel.setText(QCoreApplication.translate("SessionForm", u"&Dato", None))
        self.startLabel.setText(QCoreApplication.translate("SessionForm", u"&Starter kl.", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("SessionForm", u"17:00", None))
        self.endLabel.setText(QCoreApplication.translate("SessionForm", u"Slutter &kl.", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("SessionForm", u"19:00", None))
        self.placeLabel.setText(QCoreApplication.translate("SessionForm", u"S&ted", None))
        self.topicLabel.setText(QCoreApplication.translate("SessionForm", u"T&ema", None))
        self.topicEdit.setPlaceholderText(QCoreApplication.translate("SessionForm", u"For eksempel Brannvern i blokka (for temakvelder)", None))
        pass
    # retranslateUi

