# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_mapping_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGridLayout,
    QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportMappingPage(object):
    def setupUi(self, ImportMappingPage):
        if not ImportMappingPage.objectName():
            ImportMappingPage.setObjectName(u"ImportMappingPage")
        ImportMappingPage.resize(760, 460)
        self.pageLayout = QVBoxLayout(ImportMappingPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.columnsScroll = QScrollArea(ImportMappingPage)
        self.columnsScroll.setObjectName(u"columnsScroll")
        self.columnsScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.columnsScroll.setWidgetResizable(True)
        self.columnsWidget = QWidget()
        self.columnsWidget.setObjectName(u"columnsWidget")
        self.columnsWidget.setGeometry(QRect(0, 0, 736, 340))
        self.columnsGrid = QGridLayout(self.columnsWidget)
        self.columnsGrid.setObjectName(u"columnsGrid")
        self.columnsGrid.setHorizontalSpacing(16)
        self.columnsGrid.setVerticalSpacing(6)
        self.columnsScroll.setWidget(self.columnsWidget)

        self.pageLayout.addWidget(self.columnsScroll)

        self.problemLabel = QLabel(ImportMappingPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setProperty(u"class", u"errorBanner")

        self.pageLayout.addWidget(self.problemLabel)

        self.rememberCheck = QCheckBox(ImportMappingPage)
        self.rememberCheck.setObjectName(u"rememberCheck")
        self.rememberCheck.setChecked(True)

        self.pageLayout.addWidget(self.rememberCheck)


        self.retranslateUi(ImportMappingPage)

        QMetaObject.connectSlotsByName(ImportMappingPage)
    # setupUi

    def retranslateUi(self, ImportMappingPage):
        ImportMappingPage.setTitle(QCoreApplication.translate("ImportMappingPage", u"Kolonnene", None))
        ImportMappingPage.setSubTitle(QCoreApplication.translate("ImportMappingPage", u"Samvirke har gjettet hva hver kolonne inneholder ut fra overskriften. Rett det som er feil; kolonner satt til \u00ab(ikke importer)\u00bb blir ikke tatt med.", None))
        self.problemLabel.setText("")
#if QT_CONFIG(tooltip)
        self.rememberCheck.setToolTip(QCoreApplication.translate("ImportMappingPage", u"Neste gang en fil med de samme overskriftene importeres, brukes de samme valgene.", None))
#endif // QT_CONFIG(tooltip)
        self.rememberCheck.setText(QCoreApplication.translate("ImportMappingPage", u"&Husk kolonnevalgene til neste import", None))
    # retranslateUi

