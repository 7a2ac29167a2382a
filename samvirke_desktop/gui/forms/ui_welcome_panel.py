# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WelcomePanel(object):
    def setupUi(self, WelcomePanel):
        if not WelcomePanel.objectName():
            WelcomePanel.setObjectName(u"WelcomePanel")
        WelcomePanel.resize(800, 500)
        self.outerLayout = QVBoxLayout(WelcomePanel)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centreLayout = QHBoxLayout()
        self.centreLayout.setObjectName(u"centreLayout")
        self.leftSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.leftSpacer)

        self.card = QFrame(WelcomePanel)
        self.card.setObjectName(u"card")
        self.card.setMaximumSize(QSize(560, 16777215))
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setProperty(u"class", u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(14)
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

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(12)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setProperty(u"class", u"primary")

        self.buttonLayout.addWidget(self.demoButton)

        self.emptyButton = QPushButton(self.card)
        self.emptyButton.setObjectName(u"emptyButton")

        self.buttonLayout.addWidget(self.emptyButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.cardLayout.addLayout(self.buttonLayout)

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

        self.demoButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomePanel)
    # setupUi

    def retranslateUi(self, WelcomePanel):
        self.headingLabel.setText(QCoreApplication.translate("WelcomePanel", u"Velkommen til Samvirke", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePanel", u"Databasen er tom enn\u00e5. Vil du f\u00f8rst se hvordan Samvirke ser ut med eksempeldata, eller begynne med deres egne beboere og aktiviteter med en gang?", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePanel", u"\u00c5pne en demodatabase", None))
        self.emptyButton.setText(QCoreApplication.translate("WelcomePanel", u"Start med tom database", None))
        self.noteLabel.setText(QCoreApplication.translate("WelcomePanel", u"Demodatabasen er en egen fil med oppdiktede personer og aktiviteter. Den blandes ikke med deres egne data, og du kan g\u00e5 tilbake med Fil \u2192 \u00c5pne database.", None))
        pass
    # retranslateUi

