# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_sessions.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ActivitySessions(object):
    def setupUi(self, ActivitySessions):
        if not ActivitySessions.objectName():
            ActivitySessions.setObjectName(u"ActivitySessions")
        ActivitySessions.resize(1100, 700)
        self.pageLayout = QVBoxLayout(ActivitySessions)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ActivitySessions)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"class", u"pageTitle")

        self.headerLayout.addWidget(self.titleLabel)

        self.detailsLabel = QLabel(ActivitySessions)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignBottom|Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft)
        self.detailsLabel.setProperty(u"class", u"countLabel")

        self.headerLayout.addWidget(self.detailsLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.editActivityButton = QPushButton(ActivitySessions)
        self.editActivityButton.setObjectName(u"editActivityButton")

        self.headerLayout.addWidget(self.editActivityButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.certificateWarning = QLabel(ActivitySessions)
        self.certificateWarning.setObjectName(u"certificateWarning")
        self.certificateWarning.setWordWrap(True)
        self.certificateWarning.setTextFormat(Qt.TextFormat.PlainText)
        self.certificateWarning.setStyleSheet(u"background: #fff4e0; color: #6b4100; border: 1px solid #e8b04a; border-radius: 6px; padding: 8px 10px;")

        self.pageLayout.addWidget(self.certificateWarning)

        self.scheduleLayout = QHBoxLayout()
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleLabel = QLabel(ActivitySessions)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.scheduleLayout.addWidget(self.scheduleLabel)

        self.scheduleCombo = QComboBox(ActivitySessions)
        self.scheduleCombo.setObjectName(u"scheduleCombo")
        self.scheduleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.scheduleLayout.addWidget(self.scheduleCombo)

        self.editScheduleButton = QPushButton(ActivitySessions)
        self.editScheduleButton.setObjectName(u"editScheduleButton")

        self.scheduleLayout.addWidget(self.editScheduleButton)

        self.newScheduleButton = QPushButton(ActivitySessions)
        self.newScheduleButton.setObjectName(u"newScheduleButton")

        self.scheduleLayout.addWidget(self.newScheduleButton)

        self.deleteScheduleButton = QPushButton(ActivitySessions)
        self.deleteScheduleButton.setObjectName(u"deleteScheduleButton")

        self.scheduleLayout.addWidget(self.deleteScheduleButton)

        self.scheduleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scheduleLayout.addItem(self.scheduleSpacer)

        self.periodLabel = QLabel(ActivitySessions)
        self.periodLabel.setObjectName(u"periodLabel")

        self.scheduleLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ActivitySessions)
        self.periodCombo.setObjectName(u"periodCombo")

        self.scheduleLayout.addWidget(self.periodCombo)


        self.pageLayout.addLayout(self.scheduleLayout)

        self.resultLabel = QLabel(ActivitySessions)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setStyleSheet(u"background: #e8f1f8; color: #1f3a52; border: 1px solid #b7cfe3; border-radius: 6px; padding: 6px 10px;")

        self.pageLayout.addWidget(self.resultLabel)

        self.sessionsTable = QTableView(ActivitySessions)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionsTable.setAlternatingRowColors(True)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.pageLayout.addWidget(self.sessionsTable)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.checkInButton = QPushButton(ActivitySessions)
        self.checkInButton.setObjectName(u"checkInButton")
        self.checkInButton.setProperty(u"class", u"primary")

        self.actionLayout.addWidget(self.checkInButton)

        self.monthGridButton = QPushButton(ActivitySessions)
        self.monthGridButton.setObjectName(u"monthGridButton")

        self.actionLayout.addWidget(self.monthGridButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.addButton = QPushButton(ActivitySessions)
        self.addButton.setObjectName(u"addButton")

        self.actionLayout.addWidget(self.addButton)

        self.moveButton = QPushButton(ActivitySessions)
        self.moveButton.setObjectName(u"moveButton")

        self.actionLayout.addWidget(self.moveButton)

        self.cancelButton = QPushButton(ActivitySessions)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionLayout.addWidget(self.cancelButton)

        self.deleteButton = QPushButton(ActivitySessions)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionLayout.addWidget(self.deleteButton)


        self.pageLayout.addLayout(self.actionLayout)

        self.summaryLabel = QLabel(ActivitySessions)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty(u"class", u"note")

        self.pageLayout.addWidget(self.summaryLabel)

#if QT_CONFIG(shortcut)
        self.scheduleLabel.setBuddy(self.scheduleCombo)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivitySessions)

        QMetaObject.connectSlotsByName(ActivitySessions)
    # setupUi

    def retranslateUi(self, ActivitySessions):
#if QT_CONFIG(tooltip)
        self.editActivityButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Navn, sted, deltakere, faste frivillige og s\u00f8knader", None))
#endif // QT_CONFIG(tooltip)
        self.editActivityButton.setText(QCoreApplication.translate("ActivitySessions", u"&Om aktiviteten\u2026", None))
        self.scheduleLabel.setText(QCoreApplication.translate("ActivitySessions", u"T&imeplan:", None))
#if QT_CONFIG(tooltip)
        self.editScheduleButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Endre ukedager, klokkeslett og datoer. Samlinger med oppm\u00f8te blir aldri slettet.", None))
#endif // QT_CONFIG(tooltip)
        self.editScheduleButton.setText(QCoreApplication.translate("ActivitySessions", u"&Endre timeplan\u2026", None))
#if QT_CONFIG(tooltip)
        self.newScheduleButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"En timeplan lager samlingene for en periode, for eksempel et semester", None))
#endif // QT_CONFIG(tooltip)
        self.newScheduleButton.setText(QCoreApplication.translate("ActivitySessions", u"N&y timeplan\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteScheduleButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Fjern timeplanen og samlingene uten oppm\u00f8te", None))
#endif // QT_CONFIG(tooltip)
        self.deleteScheduleButton.setText(QCoreApplication.translate("ActivitySessions", u"Slett timepla&n", None))
        self.periodLabel.setText(QCoreApplication.translate("ActivitySessions", u"&Vis:", None))
#if QT_CONFIG(accessibility)
        self.sessionsTable.setAccessibleName(QCoreApplication.translate("ActivitySessions", u"Samlinger", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.checkInButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Registrer hvem som kom p\u00e5 samlingen (Enter eller dobbeltklikk)", None))
#endif // QT_CONFIG(tooltip)
        self.checkInButton.setText(QCoreApplication.translate("ActivitySessions", u"Registrer &oppm\u00f8te", None))
#if QT_CONFIG(tooltip)
        self.monthGridButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Skriv inn en utfylt papirliste for hele m\u00e5neden", None))
#endif // QT_CONFIG(tooltip)
        self.monthGridButton.setText(QCoreApplication.translate("ActivitySessions", u"&M\u00e5nedsliste fra papir\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"En ekstra samling utenom timeplanen", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ActivitySessions", u"&Ny samling\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Ny dato, nytt klokkeslett, sted eller tema", None))
#endif // QT_CONFIG(tooltip)
        self.moveButton.setText(QCoreApplication.translate("ActivitySessions", u"Endre / &flytt\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Avlys samlingen og skriv hvorfor", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ActivitySessions", u"&Avlys\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ActivitySessions", u"Slett en samling som ble lagt inn ved en feil (bare uten oppm\u00f8te)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ActivitySessions", u"&Slett", None))
        pass
    # retranslateUi

