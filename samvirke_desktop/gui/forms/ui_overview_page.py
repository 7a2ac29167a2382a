# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(OverviewPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"class", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.countsLayout = QHBoxLayout()
        self.countsLayout.setSpacing(12)
        self.countsLayout.setObjectName(u"countsLayout")

        self.pageLayout.addLayout(self.countsLayout)

        self.weekCard = QFrame(OverviewPage)
        self.weekCard.setObjectName(u"weekCard")
        self.weekCard.setProperty(u"class", u"card")
        self.weekLayout = QVBoxLayout(self.weekCard)
        self.weekLayout.setSpacing(6)
        self.weekLayout.setObjectName(u"weekLayout")
        self.weekLayout.setContentsMargins(16, 10, 16, 12)
        self.weekHeaderLayout = QHBoxLayout()
        self.weekHeaderLayout.setObjectName(u"weekHeaderLayout")
        self.weekLabel = QLabel(self.weekCard)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setProperty(u"class", u"sectionTitle")

        self.weekHeaderLayout.addWidget(self.weekLabel)

        self.weekCountLabel = QLabel(self.weekCard)
        self.weekCountLabel.setObjectName(u"weekCountLabel")
        self.weekCountLabel.setProperty(u"class", u"countLabel")

        self.weekHeaderLayout.addWidget(self.weekCountLabel)

        self.weekSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekHeaderLayout.addItem(self.weekSpacer)

        self.weekHintLabel = QLabel(self.weekCard)
        self.weekHintLabel.setObjectName(u"weekHintLabel")
        self.weekHintLabel.setProperty(u"class", u"note")

        self.weekHeaderLayout.addWidget(self.weekHintLabel)


        self.weekLayout.addLayout(self.weekHeaderLayout)

        self.sessionsView = QTableView(self.weekCard)
        self.sessionsView.setObjectName(u"sessionsView")
        self.sessionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionsView.setAlternatingRowColors(True)
        self.sessionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsView.setShowGrid(False)
        self.sessionsView.setSortingEnabled(True)
        self.sessionsView.setWordWrap(False)
        self.sessionsView.horizontalHeader().setHighlightSections(False)
        self.sessionsView.horizontalHeader().setStretchLastSection(True)
        self.sessionsView.verticalHeader().setVisible(False)

        self.weekLayout.addWidget(self.sessionsView)

        self.emptyWeekLabel = QLabel(self.weekCard)
        self.emptyWeekLabel.setObjectName(u"emptyWeekLabel")
        self.emptyWeekLabel.setProperty(u"class", u"note")

        self.weekLayout.addWidget(self.emptyWeekLabel)


        self.pageLayout.addWidget(self.weekCard)

        self.cardsLayout = QGridLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLayout.setHorizontalSpacing(12)
        self.cardsLayout.setVerticalSpacing(12)

        self.pageLayout.addLayout(self.cardsLayout)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"Oversikt", None))
        self.weekLabel.setText(QCoreApplication.translate("OverviewPage", u"Samlinger denne uken", None))
        self.weekCountLabel.setText("")
        self.weekHintLabel.setText(QCoreApplication.translate("OverviewPage", u"Dobbeltklikk eller Enter p\u00e5 en samling for \u00e5 registrere oppm\u00f8te", None))
        self.emptyWeekLabel.setText(QCoreApplication.translate("OverviewPage", u"Ingen samlinger er satt opp denne uken.", None))
        pass
    # retranslateUi

