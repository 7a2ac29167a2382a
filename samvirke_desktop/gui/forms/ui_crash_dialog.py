# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(640, 460)
        CrashDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CrashDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CrashDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"class", u"dialogHeading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(CrashDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.detailsEdit = QPlainTextEdit(CrashDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detailsEdit.setReadOnly(True)

        self.dialogLayout.addWidget(self.detailsEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        self.copiedLabel = QLabel(CrashDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")

        self.buttonLayout.addWidget(self.copiedLabel)

        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(CrashDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonLayout.addWidget(self.quitButton)

        self.closeButton = QPushButton(CrashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CrashDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"Uventet feil i Samvirke", None))
        self.headingLabel.setText(QCoreApplication.translate("CrashDialog", u"Det skjedde en feil som Samvirke ikke var forberedt p\u00e5.", None))
        self.explanationLabel.setText(QCoreApplication.translate("CrashDialog", u"Det som allerede er lagret, er trygt. Det du holdt p\u00e5 med akkurat n\u00e5, kan v\u00e6re ulagret: sjekk det f\u00f8r du fortsetter. Feilen er skrevet i loggfilen. Kopier detaljene under og send dem til den som hjelper dere med Samvirke, sammen med noen ord om hva du gjorde.", None))
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"Kopier detaljer", None))
        self.copiedLabel.setText("")
        self.quitButton.setText(QCoreApplication.translate("CrashDialog", u"Avslutt Samvirke", None))
        self.closeButton.setText(QCoreApplication.translate("CrashDialog", u"Fortsett", None))
    # retranslateUi

