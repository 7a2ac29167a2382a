# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_in_window.ui'
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
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from samvirke_desktop.gui.checkin.roster_model import RosterView

class Ui_CheckInWindow(object):
    def setupUi(self, CheckInWindow):
        if not CheckInWindow.objectName():
            CheckInWindow.setObjectName(u"CheckInWindow")
        CheckInWindow.resize(1280, 800)
        self.mainLayout = QVBoxLayout(CheckInWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 10)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(CheckInWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Aktivitet")
        self.titleLabel.setProperty(u"class", u"checkInTitle")

        self.titleLayout.addWidget(self.titleLabel)

        self.whenLabel = QLabel(CheckInWindow)
        self.whenLabel.setObjectName(u"whenLabel")
        self.whenLabel.setText(u"Dato og tid")
        self.whenLabel.setProperty(u"class", u"checkInWhen")

        self.titleLayout.addWidget(self.whenLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countersLayout = QHBoxLayout()
        self.countersLayout.setSpacing(8)
        self.countersLayout.setObjectName(u"countersLayout")

        self.headerLayout.addLayout(self.countersLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.messageBanner = QLabel(CheckInWindow)
        self.messageBanner.setObjectName(u"messageBanner")
        self.messageBanner.setWordWrap(True)
        self.messageBanner.setProperty(u"class", u"errorBanner")

        self.mainLayout.addWidget(self.messageBanner)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(8)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(CheckInWindow)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CheckInWindow)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.roleLabel = QLabel(CheckInWindow)
        self.roleLabel.setObjectName(u"roleLabel")

        self.searchLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(CheckInWindow)
        self.roleCombo.setObjectName(u"roleCombo")

        self.searchLayout.addWidget(self.roleCombo)

        self.enrolCheck = QCheckBox(CheckInWindow)
        self.enrolCheck.setObjectName(u"enrolCheck")

        self.searchLayout.addWidget(self.enrolCheck)

        self.newChildButton = QPushButton(CheckInWindow)
        self.newChildButton.setObjectName(u"newChildButton")

        self.searchLayout.addWidget(self.newChildButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.searchResults = QListView(CheckInWindow)
        self.searchResults.setObjectName(u"searchResults")
        self.searchResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchResults.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.mainLayout.addWidget(self.searchResults)

        self.quickChildFrame = QFrame(CheckInWindow)
        self.quickChildFrame.setObjectName(u"quickChildFrame")
        self.quickChildFrame.setProperty(u"class", u"card")
        self.quickChildOuter = QVBoxLayout(self.quickChildFrame)
        self.quickChildOuter.setSpacing(4)
        self.quickChildOuter.setObjectName(u"quickChildOuter")
        self.quickChildOuter.setContentsMargins(12, 8, 12, 8)
        self.quickChildLayout = QHBoxLayout()
        self.quickChildLayout.setSpacing(8)
        self.quickChildLayout.setObjectName(u"quickChildLayout")
        self.childHeading = QLabel(self.quickChildFrame)
        self.childHeading.setObjectName(u"childHeading")
        self.childHeading.setProperty(u"class", u"sectionTitle")

        self.quickChildLayout.addWidget(self.childHeading)

        self.childFirstNameLabel = QLabel(self.quickChildFrame)
        self.childFirstNameLabel.setObjectName(u"childFirstNameLabel")

        self.quickChildLayout.addWidget(self.childFirstNameLabel)

        self.childFirstNameEdit = QLineEdit(self.quickChildFrame)
        self.childFirstNameEdit.setObjectName(u"childFirstNameEdit")

        self.quickChildLayout.addWidget(self.childFirstNameEdit)

        self.childBirthYearLabel = QLabel(self.quickChildFrame)
        self.childBirthYearLabel.setObjectName(u"childBirthYearLabel")

        self.quickChildLayout.addWidget(self.childBirthYearLabel)

        self.childBirthYearEdit = QLineEdit(self.quickChildFrame)
        self.childBirthYearEdit.setObjectName(u"childBirthYearEdit")
        self.childBirthYearEdit.setMaximumSize(QSize(90, 16777215))
        self.childBirthYearEdit.setMaxLength(4)
        self.childBirthYearEdit.setPlaceholderText(u"2016")

        self.quickChildLayout.addWidget(self.childBirthYearEdit)

        self.childGenderLabel = QLabel(self.quickChildFrame)
        self.childGenderLabel.setObjectName(u"childGenderLabel")

        self.quickChildLayout.addWidget(self.childGenderLabel)

        self.childGenderCombo = QComboBox(self.quickChildFrame)
        self.childGenderCombo.setObjectName(u"childGenderCombo")

        self.quickChildLayout.addWidget(self.childGenderCombo)

        self.childAddButton = QPushButton(self.quickChildFrame)
        self.childAddButton.setObjectName(u"childAddButton")
        self.childAddButton.setProperty(u"class", u"primary")

        self.quickChildLayout.addWidget(self.childAddButton)

        self.childCancelButton = QPushButton(self.quickChildFrame)
        self.childCancelButton.setObjectName(u"childCancelButton")

        self.quickChildLayout.addWidget(self.childCancelButton)

        self.childSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quickChildLayout.addItem(self.childSpacer)


        self.quickChildOuter.addLayout(self.quickChildLayout)

        self.childErrorLabel = QLabel(self.quickChildFrame)
        self.childErrorLabel.setObjectName(u"childErrorLabel")
        self.childErrorLabel.setWordWrap(True)
        self.childErrorLabel.setProperty(u"class", u"fieldError")

        self.quickChildOuter.addWidget(self.childErrorLabel)


        self.mainLayout.addWidget(self.quickChildFrame)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.rosterView = RosterView(CheckInWindow)
        self.rosterView.setObjectName(u"rosterView")
        self.rosterView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rosterView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.bodyLayout.addWidget(self.rosterView)

        self.sidePanel = QWidget(CheckInWindow)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(330, 0))
        self.sidePanel.setMaximumSize(QSize(370, 16777215))
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(8)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.certificateBanner = QLabel(self.sidePanel)
        self.certificateBanner.setObjectName(u"certificateBanner")
        self.certificateBanner.setWordWrap(True)
        self.certificateBanner.setProperty(u"class", u"warningBanner")

        self.sideLayout.addWidget(self.certificateBanner)

        self.sideTabs = QTabWidget(self.sidePanel)
        self.sideTabs.setObjectName(u"sideTabs")
        self.volunteerTab = QWidget()
        self.volunteerTab.setObjectName(u"volunteerTab")
        self.volunteerLayout = QVBoxLayout(self.volunteerTab)
        self.volunteerLayout.setObjectName(u"volunteerLayout")
        self.volunteerView = QTableView(self.volunteerTab)
        self.volunteerView.setObjectName(u"volunteerView")
        self.volunteerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volunteerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.volunteerView.setShowGrid(False)
        self.volunteerView.verticalHeader().setVisible(False)

        self.volunteerLayout.addWidget(self.volunteerView)

        self.volunteerHelpLabel = QLabel(self.volunteerTab)
        self.volunteerHelpLabel.setObjectName(u"volunteerHelpLabel")
        self.volunteerHelpLabel.setWordWrap(True)
        self.volunteerHelpLabel.setProperty(u"class", u"note")

        self.volunteerLayout.addWidget(self.volunteerHelpLabel)

        self.addVolunteerLayout = QHBoxLayout()
        self.addVolunteerLayout.setObjectName(u"addVolunteerLayout")
        self.addVolunteerLabel = QLabel(self.volunteerTab)
        self.addVolunteerLabel.setObjectName(u"addVolunteerLabel")

        self.addVolunteerLayout.addWidget(self.addVolunteerLabel)

        self.addVolunteerEdit = QLineEdit(self.volunteerTab)
        self.addVolunteerEdit.setObjectName(u"addVolunteerEdit")
        self.addVolunteerEdit.setClearButtonEnabled(True)

        self.addVolunteerLayout.addWidget(self.addVolunteerEdit)


        self.volunteerLayout.addLayout(self.addVolunteerLayout)

        self.volunteerResults = QListView(self.volunteerTab)
        self.volunteerResults.setObjectName(u"volunteerResults")
        self.volunteerResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volunteerResults.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.volunteerLayout.addWidget(self.volunteerResults)

        self.sideTabs.addTab(self.volunteerTab, "")
        self.headCountTab = QWidget()
        self.headCountTab.setObjectName(u"headCountTab")
        self.headCountLayout = QVBoxLayout(self.headCountTab)
        self.headCountLayout.setObjectName(u"headCountLayout")
        self.headCountIntro = QLabel(self.headCountTab)
        self.headCountIntro.setObjectName(u"headCountIntro")
        self.headCountIntro.setWordWrap(True)
        self.headCountIntro.setProperty(u"class", u"note")

        self.headCountLayout.addWidget(self.headCountIntro)

        self.headCountGrid = QGridLayout()
        self.headCountGrid.setObjectName(u"headCountGrid")
        self.headCountGrid.setHorizontalSpacing(6)
        self.headCountGrid.setVerticalSpacing(6)

        self.headCountLayout.addLayout(self.headCountGrid)

        self.headCountTotalLabel = QLabel(self.headCountTab)
        self.headCountTotalLabel.setObjectName(u"headCountTotalLabel")
        self.headCountTotalLabel.setProperty(u"class", u"sectionTitle")

        self.headCountLayout.addWidget(self.headCountTotalLabel)

        self.headCountOtherLabel = QLabel(self.headCountTab)
        self.headCountOtherLabel.setObjectName(u"headCountOtherLabel")
        self.headCountOtherLabel.setWordWrap(True)
        self.headCountOtherLabel.setProperty(u"class", u"note")

        self.headCountLayout.addWidget(self.headCountOtherLabel)

        self.headCountSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.headCountLayout.addItem(self.headCountSpacer)

        self.sideTabs.addTab(self.headCountTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.notesStatusLabel = QLabel(self.notesTab)
        self.notesStatusLabel.setObjectName(u"notesStatusLabel")
        self.notesStatusLabel.setWordWrap(True)
        self.notesStatusLabel.setProperty(u"class", u"note")

        self.notesLayout.addWidget(self.notesStatusLabel)

        self.sideTabs.addTab(self.notesTab, "")

        self.sideLayout.addWidget(self.sideTabs)


        self.bodyLayout.addWidget(self.sidePanel)


        self.mainLayout.addLayout(self.bodyLayout)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.helpLabel = QLabel(CheckInWindow)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setProperty(u"class", u"note")

        self.footerLayout.addWidget(self.helpLabel)

        self.footerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.savedLabel = QLabel(CheckInWindow)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setProperty(u"class", u"note")

        self.footerLayout.addWidget(self.savedLabel)

        self.monthGridButton = QPushButton(CheckInWindow)
        self.monthGridButton.setObjectName(u"monthGridButton")

        self.footerLayout.addWidget(self.monthGridButton)

        self.closeButton = QPushButton(CheckInWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.footerLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.childFirstNameLabel.setBuddy(self.childFirstNameEdit)
        self.childBirthYearLabel.setBuddy(self.childBirthYearEdit)
        self.childGenderLabel.setBuddy(self.childGenderCombo)
        self.addVolunteerLabel.setBuddy(self.addVolunteerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.enrolCheck)
        QWidget.setTabOrder(self.enrolCheck, self.newChildButton)
        QWidget.setTabOrder(self.newChildButton, self.childFirstNameEdit)
        QWidget.setTabOrder(self.childFirstNameEdit, self.childBirthYearEdit)
        QWidget.setTabOrder(self.childBirthYearEdit, self.childGenderCombo)
        QWidget.setTabOrder(self.childGenderCombo, self.childAddButton)
        QWidget.setTabOrder(self.childAddButton, self.childCancelButton)
        QWidget.setTabOrder(self.childCancelButton, self.rosterView)
        QWidget.setTabOrder(self.rosterView, self.sideTabs)
        QWidget.setTabOrder(self.sideTabs, self.volunteerView)
        QWidget.setTabOrder(self.volunteerView, self.addVolunteerEdit)
        QWidget.setTabOrder(self.addVolunteerEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.monthGridButton)
        QWidget.setTabOrder(self.monthGridButton, self.closeButton)

        self.retranslateUi(CheckInWindow)

        QMetaObject.connectSlotsByName(CheckInWindow)
    # setupUi

    def retranslateUi(self, CheckInWindow):
        CheckInWindow.setWindowTitle(QCoreApplication.translate("CheckInWindow", u"Oppm\u00f8te", None))
        self.searchLabel.setText(QCoreApplication.translate("CheckInWindow", u"&S\u00f8k:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CheckInWindow", u"Skriv et navn og trykk Enter for \u00e5 registrere (Ctrl+F)", None))
        self.roleLabel.setText(QCoreApplication.translate("CheckInWindow", u"&Rolle:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("CheckInWindow", u"Rollen de du legger til f\u00e5r. \u00abEtter alder\u00bb velger barn, forelder eller voksen ut fra alder og foresatte.", None))
#endif // QT_CONFIG(tooltip)
        self.enrolCheck.setText(QCoreApplication.translate("CheckInWindow", u"Sett p\u00e5 &deltakerlisten", None))
#if QT_CONFIG(tooltip)
        self.enrolCheck.setToolTip(QCoreApplication.translate("CheckInWindow", u"Nye deltakere blir ogs\u00e5 satt p\u00e5 aktivitetens deltakerliste fra denne datoen.", None))
#endif // QT_CONFIG(tooltip)
        self.newChildButton.setText(QCoreApplication.translate("CheckInWindow", u"&Nytt barn\u2026", None))
#if QT_CONFIG(tooltip)
        self.newChildButton.setToolTip(QCoreApplication.translate("CheckInWindow", u"Registrer et barn med bare fornavn, f\u00f8dsels\u00e5r og kj\u00f8nn (Ctrl+N). Resten fylles ut senere.", None))
#endif // QT_CONFIG(tooltip)
        self.childHeading.setText(QCoreApplication.translate("CheckInWindow", u"Nytt barn:", None))
        self.childFirstNameLabel.setText(QCoreApplication.translate("CheckInWindow", u"&Fornavn*", None))
        self.childBirthYearLabel.setText(QCoreApplication.translate("CheckInWindow", u"F\u00f8dsels&\u00e5r*", None))
        self.childGenderLabel.setText(QCoreApplication.translate("CheckInWindow", u"&Kj\u00f8nn*", None))
        self.childAddButton.setText(QCoreApplication.translate("CheckInWindow", u"Le&gg til", None))
        self.childCancelButton.setText(QCoreApplication.translate("CheckInWindow", u"Avbryt", None))
        self.volunteerHelpLabel.setText(QCoreApplication.translate("CheckInWindow", u"Mellomrom: til stede med timene samlingen varte. Skriv timer i kolonnen Timer.", None))
        self.addVolunteerLabel.setText(QCoreApplication.translate("CheckInWindow", u"Legg til fr&ivillig:", None))
        self.addVolunteerEdit.setPlaceholderText(QCoreApplication.translate("CheckInWindow", u"Navn, Enter", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.volunteerTab), QCoreApplication.translate("CheckInWindow", u"Frivillige", None))
        self.headCountIntro.setText(QCoreApplication.translate("CheckInWindow", u"Folk som var der uten \u00e5 bli registrert med navn. Fyll inn etter alder og kj\u00f8nn, eller bare et antall nederst til h\u00f8yre.", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.headCountTab), QCoreApplication.translate("CheckInWindow", u"Uten navn", None))
        self.notesLabel.setText(QCoreApplication.translate("CheckInWindow", u"N&otat om samlingen (lagres mens du skriver):", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.notesTab), QCoreApplication.translate("CheckInWindow", u"Notat", None))
        self.helpLabel.setText(QCoreApplication.translate("CheckInWindow", u"Mellomrom eller klikk: til stede / ikke til stede \u00b7 B, F, V: barn, forelder, voksen \u00b7 Ctrl+F: s\u00f8k \u00b7 Ctrl+N: nytt barn", None))
        self.monthGridButton.setText(QCoreApplication.translate("CheckInWindow", u"Fra &papir (m\u00e5ned)\u2026", None))
#if QT_CONFIG(tooltip)
        self.monthGridButton.setToolTip(QCoreApplication.translate("CheckInWindow", u"Skriv inn oppm\u00f8te for hele m\u00e5neden fra en utfylt papirliste.", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("CheckInWindow", u"&Lukk", None))
    # retranslateUi

