# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_summary_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportSummaryPage(object):
    def setupUi(self, ImportSummaryPage):
        if not ImportSummaryPage.objectName():
            ImportSummaryPage.setObjectName(u"ImportSummaryPage")
        ImportSummaryPage.resize(760, 460)
        self.pageLayout = QVBoxLayout(ImportSummaryPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.resultLabel = QLabel(ImportSummaryPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setProperty(u"class", u"sectionTitle")

        self.pageLayout.addWidget(self.resultLabel)

        self.detailLabel = QLabel(ImportSummaryPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.detailLabel)

        self.skippedLabel = QLabel(ImportSummaryPage)
        self.skippedLabel.setObjectName(u"skippedLabel")
        self.skippedLabel.setWordWrap(True)
        self.skippedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.skippedLabel)

        self.reportLayout = QHBoxLayout()
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportButton = QPushButton(ImportSummaryPage)
        self.reportButton.setObjectName(u"reportButton")

        self.reportLayout.addWidget(self.reportButton)

        self.reportSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportLayout.addItem(self.reportSpacer)


        self.pageLayout.addLayout(self.reportLayout)

        self.reportSavedLabel = QLabel(ImportSummaryPage)
        self.reportSavedLabel.setObjectName(u"reportSavedLabel")
        self.reportSavedLabel.setWordWrap(True)
        self.reportSavedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reportSavedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reportSavedLabel.setProperty(u"class", u"note")

        self.pageLayout.addWidget(self.reportSavedLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ImportSummaryPage)

        QMetaObject.connectSlotsByName(ImportSummaryPage)
    # setupUi

    def retranslateUi(self, ImportSummaryPage):
        ImportSummaryPage.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Importen er ferdig", None))
        ImportSummaryPage.setSubTitle(QCoreApplication.translate("ImportSummaryPage", u"Alt er lagret i \u00e9n omgang. Det som ble importert, ligger n\u00e5 i listene.", None))
        self.resultLabel.setText("")
        self.detailLabel.setText("")
        self.skippedLabel.setText("")
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("ImportSummaryPage", u"Lagre radene som ble hoppet over, med grunnen, som en fil du kan rette og importere p\u00e5 nytt.", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("ImportSummaryPage", u"&Lagre rapport over radene som ble hoppet over\u2026", None))
        self.reportSavedLabel.setText("")
    # retranslateUi

