# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        ListPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ListPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ListPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"class", u"pageTitle")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(ListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignBottom|Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft)
        self.countLabel.setProperty(u"class", u"countLabel")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerLayout)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setSpacing(12)
        self.toolLayout.setObjectName(u"toolLayout")
        self.searchEdit = QLineEdit(ListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setMaximumSize(QSize(420, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.searchEdit)

        self.archivedCheck = QCheckBox(ListPage)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.toolLayout.addWidget(self.archivedCheck)

        self.toolSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.exportButton = QPushButton(ListPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolLayout.addWidget(self.exportButton)

        self.newButton = QPushButton(ListPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"class", u"primary")

        self.toolLayout.addWidget(self.newButton)


        self.pageLayout.addLayout(self.toolLayout)

        self.tableView = QTableView(ListPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setShowGrid(False)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)


        self.retranslateUi(ListPage)

        QMetaObject.connectSlotsByName(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
        self.titleLabel.setText(QCoreApplication.translate("ListPage", u"Liste", None))
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ListPage", u"Skriv deler av navn, telefon eller e-post. Store og sm\u00e5 bokstaver og aksenter spiller ingen rolle.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ListPage", u"S\u00f8k\u2026", None))
#if QT_CONFIG(tooltip)
        self.archivedCheck.setToolTip(QCoreApplication.translate("ListPage", u"Vis ogs\u00e5 oppf\u00f8ringer som er arkivert eller anonymisert.", None))
#endif // QT_CONFIG(tooltip)
        self.archivedCheck.setText(QCoreApplication.translate("ListPage", u"Vis arkiverte", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ListPage", u"Lagre listen slik den vises (med s\u00f8k og filter) som Excel-fil eller CSV", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ListPage", u"&Eksporter", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ListPage", u"Lag en ny oppf\u00f8ring (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("ListPage", u"&Ny", None))
        pass
    # retranslateUi

