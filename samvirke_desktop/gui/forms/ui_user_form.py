# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_form.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserForm(object):
    def setupUi(self, UserForm):
        if not UserForm.objectName():
            UserForm.setObjectName(u"UserForm")
        UserForm.resize(520, 460)
        self.outerLayout = QVBoxLayout(UserForm)
        self.outerLayout.setSpacing(10)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fullNameLabel = QLabel(UserForm)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(UserForm)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(UserForm)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserForm)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.roleLabel = QLabel(UserForm)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserForm)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleHelpLabel = QLabel(UserForm)
        self.roleHelpLabel.setObjectName(u"roleHelpLabel")
        self.roleHelpLabel.setText(u"")
        self.roleHelpLabel.setWordWrap(True)
        self.roleHelpLabel.setProperty(u"class", u"note")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleHelpLabel)

        self.passwordLabel = QLabel(UserForm)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserForm)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(UserForm)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(UserForm)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.activeLabel = QLabel(UserForm)
        self.activeLabel.setObjectName(u"activeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.activeLabel)

        self.activeCheck = QCheckBox(UserForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.activitiesLabel = QLabel(UserForm)
        self.activitiesLabel.setObjectName(u"activitiesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.activitiesLabel)

        self.activitiesList = QListWidget(UserForm)
        self.activitiesList.setObjectName(u"activitiesList")
        self.activitiesList.setMinimumSize(QSize(0, 120))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activitiesList)


        self.outerLayout.addLayout(self.formLayout)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.activeLabel.setBuddy(self.activeCheck)
        self.activitiesLabel.setBuddy(self.activitiesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.activitiesList)

        self.retranslateUi(UserForm)

        QMetaObject.connectSlotsByName(UserForm)
    # setupUi

    def retranslateUi(self, UserForm):
        self.fullNameLabel.setText(QCoreApplication.translate("UserForm", u"&Fullt navn", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("UserForm", u"f.eks. Hanne Lie", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserForm", u"&Brukernavn", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserForm", u"f.eks. hanne.lie", None))
        self.roleLabel.setText(QCoreApplication.translate("UserForm", u"&Rolle", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserForm", u"&Passord", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("UserForm", u"minst 8 tegn", None))
        self.repeatLabel.setText(QCoreApplication.translate("UserForm", u"&Gjenta passordet", None))
        self.activeLabel.setText(QCoreApplication.translate("UserForm", u"Til&gang", None))
        self.activeCheck.setText(QCoreApplication.translate("UserForm", u"Kan logge inn", None))
        self.activitiesLabel.setText(QCoreApplication.translate("UserForm", u"Leder &aktivitetene", None))
        pass
    # retranslateUi

