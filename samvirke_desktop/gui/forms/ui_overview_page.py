# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

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

        self.weekHeaderLayout = QHBoxLayout()
        self.weekHeaderLayout.setObjectName(u"weekHeaderLayout")
        self.weekLabel = QLabel(OverviewPage)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setProperty(u"class", u"sectionTitle")

        self.weekHeaderLayout.addWidget(self.weekLabel)

        self.weekCountLabel = QLabel(OverviewPage)
        self.weekCountLabel.setObjectName(u"weekCountLabel")
        self.weekCountLabel.setProperty(u"class", u"countLabel")

        self.weekHeaderLayout.addWidget(self.weekCountLabel)

        self.weekSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekHeaderLayout.addItem(self.weekSpacer)


        self.pageLayout.addLayout(self.weekHeaderLayout)

        self.sessionsView = QTableView(OverviewPage)
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

        self.pageLayout.addWidget(self.sessionsView)

        self.emptyWeekLabel = QLabel(OverviewPage)
        self.emptyWeekLabel.setObjectName(u"emptyWeekLabel")
        self.emptyWeekLabel.setProperty(u"class", u"note")

        self.pageLayout.addWidget(self.emptyWeekLabel)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"Oversikt", None))
        self.weekLabel.setText(QCoreApplication.translate("OverviewPage", u"Samlinger denne uken", None))
        self.weekCountLabel.setText("")
        self.emptyWeekLabel.setText(QCoreApplication.translate("OverviewPage", u"Ingen samlinger er satt opp denne uken.", None))
        pass
    # retranslateUi

