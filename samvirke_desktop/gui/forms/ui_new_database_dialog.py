# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_database_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewDatabaseDialog(object):
    def setupUi(self, NewDatabaseDialog):
        if not NewDatabaseDialog.objectName():
            NewDatabaseDialog.setObjectName(u"NewDatabaseDialog")
        NewDatabaseDialog.resize(600, 600)
        self.outerLayout = QVBoxLayout(NewDatabaseDialog)
        self.outerLayout.setSpacing(10)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 20, 24, 16)
        self.headingLabel = QLabel(NewDatabaseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"class", u"dialogHeading")

        self.outerLayout.addWidget(self.headingLabel)

        self.thisPcRadio = QRadioButton(NewDatabaseDialog)
        self.thisPcRadio.setObjectName(u"thisPcRadio")
        self.thisPcRadio.setChecked(True)

        self.outerLayout.addWidget(self.thisPcRadio)

        self.thisPcLabel = QLabel(NewDatabaseDialog)
        self.thisPcLabel.setObjectName(u"thisPcLabel")
        self.thisPcLabel.setText(u"")
        self.thisPcLabel.setWordWrap(True)
        self.thisPcLabel.setIndent(24)
        self.thisPcLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thisPcLabel.setProperty(u"class", u"note")

        self.outerLayout.addWidget(self.thisPcLabel)

        self.folderRadio = QRadioButton(NewDatabaseDialog)
        self.folderRadio.setObjectName(u"folderRadio")

        self.outerLayout.addWidget(self.folderRadio)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLayout.setContentsMargins(24, -1, -1, -1)
        self.folderEdit = QLineEdit(NewDatabaseDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(NewDatabaseDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.outerLayout.addLayout(self.folderLayout)

        self.locationLabel = QLabel(NewDatabaseDialog)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setText(u"")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setIndent(24)

        self.outerLayout.addWidget(self.locationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileNameLabel = QLabel(NewDatabaseDialog)
        self.fileNameLabel.setObjectName(u"fileNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileNameLabel)

        self.fileNameEdit = QLineEdit(NewDatabaseDialog)
        self.fileNameEdit.setObjectName(u"fileNameEdit")
        self.fileNameEdit.setText(u"samvirke.db")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileNameEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.encryptCheck = QCheckBox(NewDatabaseDialog)
        self.encryptCheck.setObjectName(u"encryptCheck")
        self.encryptCheck.setChecked(True)

        self.outerLayout.addWidget(self.encryptCheck)

        self.encryptLabel = QLabel(NewDatabaseDialog)
        self.encryptLabel.setObjectName(u"encryptLabel")
        self.encryptLabel.setWordWrap(True)
        self.encryptLabel.setIndent(24)
        self.encryptLabel.setProperty(u"class", u"note")

        self.outerLayout.addWidget(self.encryptLabel)

        self.errorLabel = QLabel(NewDatabaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"errorBanner")

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.createButton = QPushButton(NewDatabaseDialog)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setProperty(u"class", u"primary")

        self.buttonLayout.addWidget(self.createButton)

        self.cancelButton = QPushButton(NewDatabaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileNameLabel.setBuddy(self.fileNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewDatabaseDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(NewDatabaseDialog)
    # setupUi

    def retranslateUi(self, NewDatabaseDialog):
        NewDatabaseDialog.setWindowTitle(QCoreApplication.translate("NewDatabaseDialog", u"Ny database for teamet", None))
        self.headingLabel.setText(QCoreApplication.translate("NewDatabaseDialog", u"Hvor skal databasen ligge?", None))
        self.thisPcRadio.setText(QCoreApplication.translate("NewDatabaseDialog", u"P\u00e5 &denne PC-en (bare du bruker den)", None))
        self.folderRadio.setText(QCoreApplication.translate("NewDatabaseDialog", u"I en &mappe du velger, for eksempel teamets fellesdisk (flere kan bruke den samtidig)", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("NewDatabaseDialog", u"f.eks. S:\\Bomilj\u00f8\\Samvirke eller \\\\server\\felles\\Samvirke", None))
        self.browseButton.setText(QCoreApplication.translate("NewDatabaseDialog", u"&Velg mappe\u2026", None))
        self.fileNameLabel.setText(QCoreApplication.translate("NewDatabaseDialog", u"&Filnavn", None))
        self.encryptCheck.setText(QCoreApplication.translate("NewDatabaseDialog", u"&Krypter databasefilen (anbefales)", None))
        self.encryptLabel.setText(QCoreApplication.translate("NewDatabaseDialog", u"Bare de som har en brukerkonto, kan \u00e5pne en kryptert database, ogs\u00e5 om filen eller en sikkerhetskopi kommer p\u00e5 avveie. Du lager administratoren med en gang, og f\u00e5r en gjenopprettingskode \u00e5 skrive ned.", None))
        self.createButton.setText(QCoreApplication.translate("NewDatabaseDialog", u"&Lag databasen", None))
        self.cancelButton.setText(QCoreApplication.translate("NewDatabaseDialog", u"Avbryt", None))
    # retranslateUi

