# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        ImportPreviewPage.resize(900, 560)
        self.pageLayout = QVBoxLayout(ImportPreviewPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summaryLabel = QLabel(ImportPreviewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setProperty(u"class", u"sectionTitle")

        self.pageLayout.addWidget(self.summaryLabel)

        self.notesLabel = QLabel(ImportPreviewPage)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.notesLabel.setProperty(u"class", u"note")

        self.pageLayout.addWidget(self.notesLabel)

        self.errorLabel = QLabel(ImportPreviewPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setProperty(u"class", u"errorBanner")

        self.pageLayout.addWidget(self.errorLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setSpacing(10)
        self.toolLayout.setObjectName(u"toolLayout")
        self.filterLabel = QLabel(ImportPreviewPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.toolLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(ImportPreviewPage)
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolLayout.addWidget(self.filterCombo)

        self.toolSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.skipDuplicatesButton = QPushButton(ImportPreviewPage)
        self.skipDuplicatesButton.setObjectName(u"skipDuplicatesButton")

        self.toolLayout.addWidget(self.skipDuplicatesButton)

        self.includeWarningsButton = QPushButton(ImportPreviewPage)
        self.includeWarningsButton.setObjectName(u"includeWarningsButton")

        self.toolLayout.addWidget(self.includeWarningsButton)


        self.pageLayout.addLayout(self.toolLayout)

        self.rowsView = QTableView(ImportPreviewPage)
        self.rowsView.setObjectName(u"rowsView")
        self.rowsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsView.setAlternatingRowColors(True)
        self.rowsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rowsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsView.setShowGrid(False)
        self.rowsView.setWordWrap(False)
        self.rowsView.horizontalHeader().setHighlightSections(False)
        self.rowsView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.rowsView)

        self.detailLabel = QLabel(ImportPreviewPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.detailLabel)

        self.busyLabel = QLabel(ImportPreviewPage)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"class", u"note")

        self.pageLayout.addWidget(self.busyLabel)

        self.busyBar = QProgressBar(ImportPreviewPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.pageLayout.addWidget(self.busyBar)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterCombo, self.skipDuplicatesButton)
        QWidget.setTabOrder(self.skipDuplicatesButton, self.includeWarningsButton)
        QWidget.setTabOrder(self.includeWarningsButton, self.rowsView)

        self.retranslateUi(ImportPreviewPage)

        QMetaObject.connectSlotsByName(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Forh\u00e5ndsvisning", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Ingenting er lagret enn\u00e5. Se over radene: rader med feil hoppes over, og rader med advarsel kan du ta med eller hoppe over.", None))
        self.summaryLabel.setText("")
        self.notesLabel.setText("")
        self.errorLabel.setText("")
        self.filterLabel.setText(QCoreApplication.translate("ImportPreviewPage", u"&Vis:", None))
#if QT_CONFIG(tooltip)
        self.skipDuplicatesButton.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Fjern haken for alle rader som kan v\u00e6re en person som allerede er registrert, eller som st\u00e5r flere ganger i filen.", None))
#endif // QT_CONFIG(tooltip)
        self.skipDuplicatesButton.setText(QCoreApplication.translate("ImportPreviewPage", u"&Hopp over mulige dubletter", None))
#if QT_CONFIG(tooltip)
        self.includeWarningsButton.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Sett hake for alle rader med advarsel igjen.", None))
#endif // QT_CONFIG(tooltip)
        self.includeWarningsButton.setText(QCoreApplication.translate("ImportPreviewPage", u"&Ta med alle med advarsel", None))
        self.detailLabel.setText("")
        self.busyLabel.setText("")
    # retranslateUi

