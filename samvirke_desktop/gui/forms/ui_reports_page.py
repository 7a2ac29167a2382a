# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from samvirke_desktop.gui.widgets.date_field import DateField

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"class", u"pageTitle")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(ReportsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignBottom|Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft)
        self.countLabel.setProperty(u"class", u"countLabel")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.tableView = QTableView(ReportsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(True)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.bodyLayout.addWidget(self.tableView)

        self.parameterFrame = QFrame(ReportsPage)
        self.parameterFrame.setObjectName(u"parameterFrame")
        self.parameterFrame.setProperty(u"class", u"card")
        self.parameterLayout = QVBoxLayout(self.parameterFrame)
        self.parameterLayout.setSpacing(10)
        self.parameterLayout.setObjectName(u"parameterLayout")
        self.parameterLayout.setContentsMargins(16, 16, 16, 16)
        self.kindTitleLabel = QLabel(self.parameterFrame)
        self.kindTitleLabel.setObjectName(u"kindTitleLabel")
        self.kindTitleLabel.setProperty(u"class", u"sectionTitle")

        self.parameterLayout.addWidget(self.kindTitleLabel)

        self.descriptionLabel = QLabel(self.parameterFrame)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setProperty(u"class", u"note")

        self.parameterLayout.addWidget(self.descriptionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.activityLabel = QLabel(self.parameterFrame)
        self.activityLabel.setObjectName(u"activityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activityLabel)

        self.activityCombo = QComboBox(self.parameterFrame)
        self.activityCombo.setObjectName(u"activityCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.activityCombo)

        self.applicationLabel = QLabel(self.parameterFrame)
        self.applicationLabel.setObjectName(u"applicationLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicationLabel)

        self.applicationCombo = QComboBox(self.parameterFrame)
        self.applicationCombo.setObjectName(u"applicationCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicationCombo)

        self.volunteerLabel = QLabel(self.parameterFrame)
        self.volunteerLabel.setObjectName(u"volunteerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.volunteerLabel)

        self.volunteerCombo = QComboBox(self.parameterFrame)
        self.volunteerCombo.setObjectName(u"volunteerCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.volunteerCombo)

        self.periodLabel = QLabel(self.parameterFrame)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(self.parameterFrame)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(self.parameterFrame)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = DateField(self.parameterFrame)
        self.fromEdit.setObjectName(u"fromEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(self.parameterFrame)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = DateField(self.parameterFrame)
        self.toEdit.setObjectName(u"toEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.monthLabel = QLabel(self.parameterFrame)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthCombo = QComboBox(self.parameterFrame)
        self.monthCombo.setObjectName(u"monthCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.siteLabel = QLabel(self.parameterFrame)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(self.parameterFrame)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.paperLabel = QLabel(self.parameterFrame)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.parameterFrame)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.languageLabel = QLabel(self.parameterFrame)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.parameterFrame)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.fileNameLabel = QLabel(self.parameterFrame)
        self.fileNameLabel.setObjectName(u"fileNameLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.fileNameLabel)

        self.fileNameEdit = QLineEdit(self.parameterFrame)
        self.fileNameEdit.setObjectName(u"fileNameEdit")
        self.fileNameEdit.setClearButtonEnabled(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.fileNameEdit)

        self.folderLabel = QLabel(self.parameterFrame)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setSpacing(8)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderPathLabel = QLabel(self.parameterFrame)
        self.folderPathLabel.setObjectName(u"folderPathLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderPathLabel.sizePolicy().hasHeightForWidth())
        self.folderPathLabel.setSizePolicy(sizePolicy)
        self.folderPathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folderLayout.addWidget(self.folderPathLabel)

        self.folderButton = QPushButton(self.parameterFrame)
        self.folderButton.setObjectName(u"folderButton")

        self.folderLayout.addWidget(self.folderButton)


        self.formLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.parameterLayout.addLayout(self.formLayout)

        self.openCheck = QCheckBox(self.parameterFrame)
        self.openCheck.setObjectName(u"openCheck")
        self.openCheck.setChecked(True)

        self.parameterLayout.addWidget(self.openCheck)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.makeButton = QPushButton(self.parameterFrame)
        self.makeButton.setObjectName(u"makeButton")
        self.makeButton.setProperty(u"class", u"primary")

        self.buttonLayout.addWidget(self.makeButton)


        self.parameterLayout.addLayout(self.buttonLayout)

        self.statusLabel = QLabel(self.parameterFrame)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusLabel.setProperty(u"class", u"note")

        self.parameterLayout.addWidget(self.statusLabel)

        self.parameterSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.parameterLayout.addItem(self.parameterSpacer)


        self.bodyLayout.addWidget(self.parameterFrame)

        self.bodyLayout.setStretch(0, 5)
        self.bodyLayout.setStretch(1, 6)

        self.pageLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.activityLabel.setBuddy(self.activityCombo)
        self.applicationLabel.setBuddy(self.applicationCombo)
        self.volunteerLabel.setBuddy(self.volunteerCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.monthLabel.setBuddy(self.monthCombo)
        self.siteLabel.setBuddy(self.siteCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fileNameLabel.setBuddy(self.fileNameEdit)
        self.folderLabel.setBuddy(self.folderButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableView, self.activityCombo)
        QWidget.setTabOrder(self.activityCombo, self.applicationCombo)
        QWidget.setTabOrder(self.applicationCombo, self.volunteerCombo)
        QWidget.setTabOrder(self.volunteerCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.monthCombo)
        QWidget.setTabOrder(self.monthCombo, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.fileNameEdit)
        QWidget.setTabOrder(self.fileNameEdit, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.openCheck)
        QWidget.setTabOrder(self.openCheck, self.makeButton)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Rapporter", None))
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.tableView.setToolTip(QCoreApplication.translate("ReportsPage", u"Velg rapporten du vil lage", None))
#endif // QT_CONFIG(tooltip)
        self.kindTitleLabel.setText(QCoreApplication.translate("ReportsPage", u"Rapport", None))
        self.descriptionLabel.setText("")
        self.activityLabel.setText(QCoreApplication.translate("ReportsPage", u"&Aktivitet", None))
#if QT_CONFIG(tooltip)
        self.activityCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Aktiviteten rapporten gjelder", None))
#endif // QT_CONFIG(tooltip)
        self.applicationLabel.setText(QCoreApplication.translate("ReportsPage", u"&S\u00f8knad", None))
#if QT_CONFIG(tooltip)
        self.applicationCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"S\u00f8knaden rapporten gjelder. Bare tall uten navn kommer med.", None))
#endif // QT_CONFIG(tooltip)
        self.volunteerLabel.setText(QCoreApplication.translate("ReportsPage", u"F&rivillig", None))
#if QT_CONFIG(tooltip)
        self.volunteerCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Den frivillige timeattesten gjelder", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"&Periode", None))
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Velg en vanlig periode, eller skriv inn datoene selv", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("ReportsPage", u"&Fra", None))
#if QT_CONFIG(tooltip)
        self.fromEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"Periodens f\u00f8rste dag, for eksempel 01.01.2026", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"&Til", None))
#if QT_CONFIG(tooltip)
        self.toEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"Periodens siste dag (tatt med)", None))
#endif // QT_CONFIG(tooltip)
        self.monthLabel.setText(QCoreApplication.translate("ReportsPage", u"&M\u00e5ned", None))
#if QT_CONFIG(tooltip)
        self.monthCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"M\u00e5neden listen eller kalenderen gjelder", None))
#endif // QT_CONFIG(tooltip)
        self.siteLabel.setText(QCoreApplication.translate("ReportsPage", u"&Omr\u00e5de", None))
#if QT_CONFIG(tooltip)
        self.siteCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Bare aktivitetene p\u00e5 ett omr\u00e5de, eller alle", None))
#endif // QT_CONFIG(tooltip)
        self.paperLabel.setText(QCoreApplication.translate("ReportsPage", u"Pap&ir", None))
#if QT_CONFIG(tooltip)
        self.paperCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"A3 gir en st\u00f8rre plakat", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("ReportsPage", u"Spr\u00e5&k", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Skriv ut kalenderen p\u00e5 et annet spr\u00e5k. Aktivitetene st\u00e5r slik teamet har oversatt dem i aktivitetsskjemaet, ellers p\u00e5 bokm\u00e5l.", None))
#endif // QT_CONFIG(tooltip)
        self.fileNameLabel.setText(QCoreApplication.translate("ReportsPage", u"Fil&navn", None))
#if QT_CONFIG(tooltip)
        self.fileNameEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"Navnet PDF-filen f\u00e5r. Samvirke foresl\u00e5r et navn ut fra valgene over.", None))
#endif // QT_CONFIG(tooltip)
        self.folderLabel.setText(QCoreApplication.translate("ReportsPage", u"Mapp&e", None))
        self.folderPathLabel.setText("")
#if QT_CONFIG(tooltip)
        self.folderButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Velg mappen PDF-en skal lagres i", None))
#endif // QT_CONFIG(tooltip)
        self.folderButton.setText(QCoreApplication.translate("ReportsPage", u"&Bytt mappe\u2026", None))
#if QT_CONFIG(tooltip)
        self.openCheck.setToolTip(QCoreApplication.translate("ReportsPage", u"\u00c5pne PDF-en i PDF-leseren p\u00e5 maskinen med en gang den er laget", None))
#endif // QT_CONFIG(tooltip)
        self.openCheck.setText(QCoreApplication.translate("ReportsPage", u"&Vis PDF-en n\u00e5r den er laget", None))
#if QT_CONFIG(tooltip)
        self.makeButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Lag PDF-en med valgene over (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.makeButton.setText(QCoreApplication.translate("ReportsPage", u"&Lag PDF", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi

