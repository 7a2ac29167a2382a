# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QFrame, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WelcomePanel(object):
    def setupUi(self, WelcomePanel):
        if not WelcomePanel.objectName():
            WelcomePanel.setObjectName(u"WelcomePanel")
        WelcomePanel.resize(900, 640)
        self.outerLayout = QVBoxLayout(WelcomePanel)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(10, 30, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centreLayout = QHBoxLayout()
        self.centreLayout.setObjectName(u"centreLayout")
        self.leftSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.leftSpacer)

        self.card = QFrame(WelcomePanel)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setMaximumSize(QSize(640, 16777215))
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setProperty(u"class", u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 24, 28, 24)
        self.headingLabel = QLabel(self.card)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"class", u"pageTitle")

        self.cardLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.createButton = QCommandLinkButton(self.card)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setDefault(True)

        self.cardLayout.addWidget(self.createButton)

        self.openButton = QCommandLinkButton(self.card)
        self.openButton.setObjectName(u"openButton")

        self.cardLayout.addWidget(self.openButton)

        self.demoButton = QCommandLinkButton(self.card)
        self.demoButton.setObjectName(u"demoButton")

        self.cardLayout.addWidget(self.demoButton)

        self.noteLabel = QLabel(self.card)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"class", u"note")

        self.cardLayout.addWidget(self.noteLabel)


        self.centreLayout.addWidget(self.card)

        self.rightSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centreLayout)

        self.bottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(WelcomePanel)

        QMetaObject.connectSlotsByName(WelcomePanel)
    # setupUi

    def retranslateUi(self, WelcomePanel):
        self.headingLabel.setText(QCoreApplication.translate("WelcomePanel", u"Velkommen til Samvirke", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePanel", u"Samvirke holder orden p\u00e5 beboere, aktiviteter, oppm\u00f8te, frivillige og s\u00f8knader for teamet. Hvordan vil du begynne?", None))
        self.createButton.setText(QCoreApplication.translate("WelcomePanel", u"&Lag en ny database for teamet", None))
        self.createButton.setDescription(QCoreApplication.translate("WelcomePanel", u"Velg hvor den skal ligge: p\u00e5 denne PC-en, eller i teamets delte mappe s\u00e5 kollegene kan bruke den samme. Du blir administrator.", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePanel", u"\u00c5&pne en database som finnes", None))
        self.openButton.setDescription(QCoreApplication.translate("WelcomePanel", u"For eksempel filen en kollega har laget i den delte mappen. Du logger inn med brukernavnet du har f\u00e5tt.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePanel", u"P&r\u00f8v med eksempeldata", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomePanel", u"En egen demodatabase med oppdiktede beboere og aktiviteter. Den blandes ikke med teamets data.", None))
        self.noteLabel.setText(QCoreApplication.translate("WelcomePanel", u"Samvirke husker valget ditt og \u00e5pner den samme databasen neste gang. Du kan bytte senere med Fil \u2192 \u00c5pne database.", None))
        pass
    # retranslateUi

