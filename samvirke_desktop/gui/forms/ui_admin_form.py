# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_form.ui'
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

class Ui_AdminForm(object):
    def setupUi(self, AdminForm):
        if not AdminForm.objectName():
            AdminForm.setObjectName(u"AdminForm")
        AdminForm.resize(480, 300)
        self.outerLayout = QVBoxLayout(AdminForm)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headingLabel = QLabel(AdminForm)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"class", u"dialogHeading")

        self.outerLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(AdminForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fullNameLabel = QLabel(AdminForm)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(AdminForm)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(AdminForm)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(AdminForm)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(AdminForm)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AdminForm)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(AdminForm)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(AdminForm)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(AdminForm)

        QMetaObject.connectSlotsByName(AdminForm)
    # setupUi

    def retranslateUi(self, AdminForm):
        self.headingLabel.setText(QCoreApplication.translate("AdminForm", u"Lag administrator", None))
        self.introLabel.setText(QCoreApplication.translate("AdminForm", u"Databasen har ingen brukere enn\u00e5. Du blir administrator: du legger til kollegene, gir dem roller og tar vare p\u00e5 sikkerhetskopiene. Alle logger inn med eget brukernavn, s\u00e5 endringsloggen viser hvem som har gjort hva.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("AdminForm", u"&Fullt navn", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("AdminForm", u"f.eks. Kari Nordmann", None))
        self.usernameLabel.setText(QCoreApplication.translate("AdminForm", u"&Brukernavn", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("AdminForm", u"f.eks. kari.nordmann", None))
        self.passwordLabel.setText(QCoreApplication.translate("AdminForm", u"&Passord", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("AdminForm", u"minst 8 tegn", None))
        self.repeatLabel.setText(QCoreApplication.translate("AdminForm", u"&Gjenta passordet", None))
        pass
    # retranslateUi

