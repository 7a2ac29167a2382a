# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'month_grid_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

from samvirke_desktop.gui.checkin.grid_view import GridView

class Ui_MonthGridWindow(object):
    def setupUi(self, MonthGridWindow):
        if not MonthGridWindow.objectName():
            MonthGridWindow.setObjectName(u"MonthGridWindow")
        MonthGridWindow.resize(1100, 760)
        self.mainLayout = QVBoxLayout(MonthGridWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 10)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(MonthGridWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Aktivitet")
        self.titleLabel.setProperty(u"class", u"pageTitle")

        self.titleLayout.addWidget(self.titleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.previousButton = QPushButton(MonthGridWindow)
        self.previousButton.setObjectName(u"previousButton")

        self.headerLayout.addWidget(self.previousButton)

        self.monthLabel = QLabel(MonthGridWindow)
        self.monthLabel.setObjectName(u"monthLabel")
        self.monthLabel.setMinimumSize(QSize(150, 0))
        self.monthLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.monthLabel.setProperty(u"class", u"sectionTitle")

        self.headerLayout.addWidget(self.monthLabel)

        self.nextButton = QPushButton(MonthGridWindow)
        self.nextButton.setObjectName(u"nextButton")

        self.headerLayout.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.helpLabel = QLabel(MonthGridWindow)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)
        self.helpLabel.setProperty(u"class", u"note")

        self.mainLayout.addWidget(self.helpLabel)

        self.messageBanner = QLabel(MonthGridWindow)
        self.messageBanner.setObjectName(u"messageBanner")
        self.messageBanner.setWordWrap(True)
        self.messageBanner.setProperty(u"class", u"errorBanner")

        self.mainLayout.addWidget(self.messageBanner)

        self.splitter = QSplitter(MonthGridWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.peoplePanel = QWidget(self.splitter)
        self.peoplePanel.setObjectName(u"peoplePanel")
        self.peopleLayout = QVBoxLayout(self.peoplePanel)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(0, 0, 0, 4)
        self.peopleLabel = QLabel(self.peoplePanel)
        self.peopleLabel.setObjectName(u"peopleLabel")
        self.peopleLabel.setProperty(u"class", u"sectionTitle")

        self.peopleLayout.addWidget(self.peopleLabel)

        self.presenceView = GridView(self.peoplePanel)
        self.presenceView.setObjectName(u"presenceView")
        self.presenceView.setTabKeyNavigation(False)

        self.peopleLayout.addWidget(self.presenceView)

        self.cancelledLabel = QLabel(self.peoplePanel)
        self.cancelledLabel.setObjectName(u"cancelledLabel")
        self.cancelledLabel.setWordWrap(True)
        self.cancelledLabel.setProperty(u"class", u"note")

        self.peopleLayout.addWidget(self.cancelledLabel)

        self.addPersonLayout = QHBoxLayout()
        self.addPersonLayout.setObjectName(u"addPersonLayout")
        self.addPersonLabel = QLabel(self.peoplePanel)
        self.addPersonLabel.setObjectName(u"addPersonLabel")

        self.addPersonLayout.addWidget(self.addPersonLabel)

        self.addPersonEdit = QLineEdit(self.peoplePanel)
        self.addPersonEdit.setObjectName(u"addPersonEdit")
        self.addPersonEdit.setClearButtonEnabled(True)

        self.addPersonLayout.addWidget(self.addPersonEdit)


        self.peopleLayout.addLayout(self.addPersonLayout)

        self.personResults = QListView(self.peoplePanel)
        self.personResults.setObjectName(u"personResults")
        self.personResults.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.personResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.peopleLayout.addWidget(self.personResults)

        self.splitter.addWidget(self.peoplePanel)
        self.volunteerPanel = QWidget(self.splitter)
        self.volunteerPanel.setObjectName(u"volunteerPanel")
        self.volunteerLayout = QVBoxLayout(self.volunteerPanel)
        self.volunteerLayout.setObjectName(u"volunteerLayout")
        self.volunteerLayout.setContentsMargins(0, 4, 0, 0)
        self.volunteerLabel = QLabel(self.volunteerPanel)
        self.volunteerLabel.setObjectName(u"volunteerLabel")
        self.volunteerLabel.setProperty(u"class", u"sectionTitle")

        self.volunteerLayout.addWidget(self.volunteerLabel)

        self.hoursView = GridView(self.volunteerPanel)
        self.hoursView.setObjectName(u"hoursView")
        self.hoursView.setTabKeyNavigation(False)

        self.volunteerLayout.addWidget(self.hoursView)

        self.addVolunteerLayout = QHBoxLayout()
        self.addVolunteerLayout.setObjectName(u"addVolunteerLayout")
        self.addVolunteerLabel = QLabel(self.volunteerPanel)
        self.addVolunteerLabel.setObjectName(u"addVolunteerLabel")

        self.addVolunteerLayout.addWidget(self.addVolunteerLabel)

        self.addVolunteerEdit = QLineEdit(self.volunteerPanel)
        self.addVolunteerEdit.setObjectName(u"addVolunteerEdit")
        self.addVolunteerEdit.setClearButtonEnabled(True)

        self.addVolunteerLayout.addWidget(self.addVolunteerEdit)


        self.volunteerLayout.addLayout(self.addVolunteerLayout)

        self.volunteerResults = QListView(self.volunteerPanel)
        self.volunteerResults.setObjectName(u"volunteerResults")
        self.volunteerResults.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volunteerResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.volunteerLayout.addWidget(self.volunteerResults)

        self.splitter.addWidget(self.volunteerPanel)

        self.mainLayout.addWidget(self.splitter)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.savedLabel = QLabel(MonthGridWindow)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setProperty(u"class", u"note")

        self.footerLayout.addWidget(self.savedLabel)

        self.footerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.closeButton = QPushButton(MonthGridWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.footerLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.peopleLabel.setBuddy(self.presenceView)
        self.addPersonLabel.setBuddy(self.addPersonEdit)
        self.volunteerLabel.setBuddy(self.hoursView)
        self.addVolunteerLabel.setBuddy(self.addVolunteerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presenceView, self.addPersonEdit)
        QWidget.setTabOrder(self.addPersonEdit, self.hoursView)
        QWidget.setTabOrder(self.hoursView, self.addVolunteerEdit)
        QWidget.setTabOrder(self.addVolunteerEdit, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.closeButton)

        self.retranslateUi(MonthGridWindow)

        QMetaObject.connectSlotsByName(MonthGridWindow)
    # setupUi

    def retranslateUi(self, MonthGridWindow):
        MonthGridWindow.setWindowTitle(QCoreApplication.translate("MonthGridWindow", u"Oppm\u00f8te fra papir", None))
        self.previousButton.setText(QCoreApplication.translate("MonthGridWindow", u"\u25c0 &Forrige m\u00e5ned", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("MonthGridWindow", u"Forrige m\u00e5ned (Page Up med Ctrl)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("MonthGridWindow", u"&Neste m\u00e5ned \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("MonthGridWindow", u"Neste m\u00e5ned (Page Down med Ctrl)", None))
#endif // QT_CONFIG(tooltip)
        self.helpLabel.setText(QCoreApplication.translate("MonthGridWindow", u"Skriv inn en utfylt papirliste. Piltastene flytter. Mellomrom krysser av eller fjerner krysset. X eller 1: til stede og ned, 0 eller Delete: fjern og ned. Marker flere ruter for \u00e5 krysse av alle p\u00e5 \u00e9n gang. Timer: skriv tallet, eller mellomrom for samlingens lengde.", None))
        self.peopleLabel.setText(QCoreApplication.translate("MonthGridWindow", u"&Deltakere", None))
        self.addPersonLabel.setText(QCoreApplication.translate("MonthGridWindow", u"Legg til &en som kom (ikke p\u00e5 listen):", None))
        self.addPersonEdit.setPlaceholderText(QCoreApplication.translate("MonthGridWindow", u"Navn, Enter", None))
        self.volunteerLabel.setText(QCoreApplication.translate("MonthGridWindow", u"Frivillige og &timer", None))
        self.addVolunteerLabel.setText(QCoreApplication.translate("MonthGridWindow", u"Legg til f&rivillig:", None))
        self.addVolunteerEdit.setPlaceholderText(QCoreApplication.translate("MonthGridWindow", u"Navn, Enter", None))
        self.closeButton.setText(QCoreApplication.translate("MonthGridWindow", u"&Lukk", None))
    # retranslateUi

