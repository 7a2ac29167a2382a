# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_form.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from samvirke_desktop.gui.widgets.date_field import DateField
from samvirke_desktop.gui.widgets.row_table import RowTable

class Ui_ApplicationForm(object):
    def setupUi(self, ApplicationForm):
        if not ApplicationForm.objectName():
            ApplicationForm.setObjectName(u"ApplicationForm")
        ApplicationForm.resize(960, 640)
        self.formLayout = QVBoxLayout(ApplicationForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(ApplicationForm)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.generalForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.funderLabel = QLabel(self.generalTab)
        self.funderLabel.setObjectName(u"funderLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.funderLabel)

        self.funderRow = QHBoxLayout()
        self.funderRow.setSpacing(8)
        self.funderRow.setObjectName(u"funderRow")
        self.funderCombo = QComboBox(self.generalTab)
        self.funderCombo.setObjectName(u"funderCombo")
        self.funderCombo.setMinimumSize(QSize(320, 0))

        self.funderRow.addWidget(self.funderCombo)

        self.manageFundersButton = QPushButton(self.generalTab)
        self.manageFundersButton.setObjectName(u"manageFundersButton")

        self.funderRow.addWidget(self.manageFundersButton)

        self.funderSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.funderRow.addItem(self.funderSpacer)


        self.generalForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.funderRow)

        self.schemeLabel = QLabel(self.generalTab)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(self.generalTab)
        self.schemeCombo.setObjectName(u"schemeCombo")
        self.schemeCombo.setMinimumSize(QSize(320, 0))

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.subCategoryLabel = QLabel(self.generalTab)
        self.subCategoryLabel.setObjectName(u"subCategoryLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subCategoryLabel)

        self.subCategoryEdit = QLineEdit(self.generalTab)
        self.subCategoryEdit.setObjectName(u"subCategoryEdit")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subCategoryEdit)

        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.referenceLabel = QLabel(self.generalTab)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.generalTab)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaximumSize(QSize(320, 16777215))

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.periodStartLabel = QLabel(self.generalTab)
        self.periodStartLabel.setObjectName(u"periodStartLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.periodStartLabel)

        self.periodStartEdit = DateField(self.generalTab)
        self.periodStartEdit.setObjectName(u"periodStartEdit")
        self.periodStartEdit.setMaximumSize(QSize(170, 16777215))

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.periodStartEdit)

        self.periodEndLabel = QLabel(self.generalTab)
        self.periodEndLabel.setObjectName(u"periodEndLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.periodEndLabel)

        self.periodEndEdit = DateField(self.generalTab)
        self.periodEndEdit.setObjectName(u"periodEndEdit")
        self.periodEndEdit.setMaximumSize(QSize(170, 16777215))

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.periodEndEdit)

        self.amountAppliedLabel = QLabel(self.generalTab)
        self.amountAppliedLabel.setObjectName(u"amountAppliedLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.amountAppliedLabel)

        self.amountAppliedEdit = QLineEdit(self.generalTab)
        self.amountAppliedEdit.setObjectName(u"amountAppliedEdit")
        self.amountAppliedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.amountAppliedEdit.setMaximumSize(QSize(200, 16777215))

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.amountAppliedEdit)

        self.amountGrantedLabel = QLabel(self.generalTab)
        self.amountGrantedLabel.setObjectName(u"amountGrantedLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.amountGrantedLabel)

        self.amountGrantedEdit = QLineEdit(self.generalTab)
        self.amountGrantedEdit.setObjectName(u"amountGrantedEdit")
        self.amountGrantedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.amountGrantedEdit.setMaximumSize(QSize(200, 16777215))

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.amountGrantedEdit)

        self.hourRateLabel = QLabel(self.generalTab)
        self.hourRateLabel.setObjectName(u"hourRateLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.hourRateLabel)

        self.hourRateEdit = QLineEdit(self.generalTab)
        self.hourRateEdit.setObjectName(u"hourRateEdit")
        self.hourRateEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.hourRateEdit.setMaximumSize(QSize(200, 16777215))

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hourRateEdit)

        self.hourRateNoteSpace = QLabel(self.generalTab)
        self.hourRateNoteSpace.setObjectName(u"hourRateNoteSpace")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.hourRateNoteSpace)

        self.hourRateNote = QLabel(self.generalTab)
        self.hourRateNote.setObjectName(u"hourRateNote")
        self.hourRateNote.setWordWrap(False)
        self.hourRateNote.setProperty(u"class", u"note")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.hourRateNote)

        self.tabs.addTab(self.generalTab, "")
        self.statusTab = QWidget()
        self.statusTab.setObjectName(u"statusTab")
        self.statusLayout = QVBoxLayout(self.statusTab)
        self.statusLayout.setSpacing(8)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.statusLabel = QLabel(self.statusTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.statusTab)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(220, 0))

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusDateLabel = QLabel(self.statusTab)
        self.statusDateLabel.setObjectName(u"statusDateLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusDateLabel)

        self.statusDateEdit = DateField(self.statusTab)
        self.statusDateEdit.setObjectName(u"statusDateEdit")
        self.statusDateEdit.setMaximumSize(QSize(170, 16777215))

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusDateEdit)

        self.statusNoteLabel = QLabel(self.statusTab)
        self.statusNoteLabel.setObjectName(u"statusNoteLabel")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusNoteLabel)

        self.statusNoteEdit = QLineEdit(self.statusTab)
        self.statusNoteEdit.setObjectName(u"statusNoteEdit")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusNoteEdit)


        self.statusLayout.addLayout(self.statusForm)

        self.historyHeading = QLabel(self.statusTab)
        self.historyHeading.setObjectName(u"historyHeading")
        self.historyHeading.setProperty(u"class", u"sectionTitle")

        self.statusLayout.addWidget(self.historyHeading)

        self.historyTable = RowTable(self.statusTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setMinimumSize(QSize(0, 110))
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.statusLayout.addWidget(self.historyTable)

        self.deadlinesHeading = QLabel(self.statusTab)
        self.deadlinesHeading.setObjectName(u"deadlinesHeading")
        self.deadlinesHeading.setProperty(u"class", u"sectionTitle")

        self.statusLayout.addWidget(self.deadlinesHeading)

        self.deadlinesForm = QFormLayout()
        self.deadlinesForm.setObjectName(u"deadlinesForm")
        self.deadlinesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.deadlinesForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.deadlineApplicationLabel = QLabel(self.statusTab)
        self.deadlineApplicationLabel.setObjectName(u"deadlineApplicationLabel")

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deadlineApplicationLabel)

        self.deadlineApplicationEdit = DateField(self.statusTab)
        self.deadlineApplicationEdit.setObjectName(u"deadlineApplicationEdit")
        self.deadlineApplicationEdit.setMaximumSize(QSize(170, 16777215))

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deadlineApplicationEdit)

        self.deadlineProgressLabel = QLabel(self.statusTab)
        self.deadlineProgressLabel.setObjectName(u"deadlineProgressLabel")

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deadlineProgressLabel)

        self.deadlineProgressEdit = DateField(self.statusTab)
        self.deadlineProgressEdit.setObjectName(u"deadlineProgressEdit")
        self.deadlineProgressEdit.setMaximumSize(QSize(170, 16777215))

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deadlineProgressEdit)

        self.deadlineFinalLabel = QLabel(self.statusTab)
        self.deadlineFinalLabel.setObjectName(u"deadlineFinalLabel")

        self.deadlinesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineFinalLabel)

        self.deadlineFinalEdit = DateField(self.statusTab)
        self.deadlineFinalEdit.setObjectName(u"deadlineFinalEdit")
        self.deadlineFinalEdit.setMaximumSize(QSize(170, 16777215))

        self.deadlinesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlineFinalEdit)

        self.deadlineAccountsLabel = QLabel(self.statusTab)
        self.deadlineAccountsLabel.setObjectName(u"deadlineAccountsLabel")

        self.deadlinesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineAccountsLabel)

        self.deadlineAccountsEdit = DateField(self.statusTab)
        self.deadlineAccountsEdit.setObjectName(u"deadlineAccountsEdit")
        self.deadlineAccountsEdit.setMaximumSize(QSize(170, 16777215))

        self.deadlinesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineAccountsEdit)


        self.statusLayout.addLayout(self.deadlinesForm)

        self.deadlinesNote = QLabel(self.statusTab)
        self.deadlinesNote.setObjectName(u"deadlinesNote")
        self.deadlinesNote.setWordWrap(True)
        self.deadlinesNote.setProperty(u"class", u"note")

        self.statusLayout.addWidget(self.deadlinesNote)

        self.statusSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.statusLayout.addItem(self.statusSpacer)

        self.tabs.addTab(self.statusTab, "")
        self.goalsTab = QWidget()
        self.goalsTab.setObjectName(u"goalsTab")
        self.goalsLayout = QVBoxLayout(self.goalsTab)
        self.goalsLayout.setSpacing(8)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsHeader = QHBoxLayout()
        self.goalsHeader.setSpacing(8)
        self.goalsHeader.setObjectName(u"goalsHeader")
        self.goalsHeading = QLabel(self.goalsTab)
        self.goalsHeading.setObjectName(u"goalsHeading")
        self.goalsHeading.setProperty(u"class", u"sectionTitle")

        self.goalsHeader.addWidget(self.goalsHeading)

        self.goalsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalsHeader.addItem(self.goalsSpacer)

        self.addGoalButton = QPushButton(self.goalsTab)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalsHeader.addWidget(self.addGoalButton)

        self.removeGoalButton = QPushButton(self.goalsTab)
        self.removeGoalButton.setObjectName(u"removeGoalButton")

        self.goalsHeader.addWidget(self.removeGoalButton)


        self.goalsLayout.addLayout(self.goalsHeader)

        self.goalsTable = RowTable(self.goalsTab)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setMinimumSize(QSize(0, 150))
        self.goalsTable.setAlternatingRowColors(True)
        self.goalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goalsTable.setWordWrap(False)
        self.goalsTable.horizontalHeader().setStretchLastSection(True)
        self.goalsTable.verticalHeader().setVisible(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.goalTextsGrid = QGridLayout()
        self.goalTextsGrid.setObjectName(u"goalTextsGrid")
        self.goalTextsGrid.setHorizontalSpacing(12)
        self.goalTextsGrid.setVerticalSpacing(4)
        self.achievementLabel = QLabel(self.goalsTab)
        self.achievementLabel.setObjectName(u"achievementLabel")
        self.achievementLabel.setWordWrap(True)

        self.goalTextsGrid.addWidget(self.achievementLabel, 0, 0, 1, 1)

        self.evidenceLabel = QLabel(self.goalsTab)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setWordWrap(True)

        self.goalTextsGrid.addWidget(self.evidenceLabel, 0, 1, 1, 1)

        self.achievementEdit = QPlainTextEdit(self.goalsTab)
        self.achievementEdit.setObjectName(u"achievementEdit")
        self.achievementEdit.setTabChangesFocus(True)
        self.achievementEdit.setMinimumSize(QSize(0, 90))

        self.goalTextsGrid.addWidget(self.achievementEdit, 1, 0, 1, 1)

        self.evidenceEdit = QPlainTextEdit(self.goalsTab)
        self.evidenceEdit.setObjectName(u"evidenceEdit")
        self.evidenceEdit.setTabChangesFocus(True)
        self.evidenceEdit.setMinimumSize(QSize(0, 90))

        self.goalTextsGrid.addWidget(self.evidenceEdit, 1, 1, 1, 1)


        self.goalsLayout.addLayout(self.goalTextsGrid)

        self.tabs.addTab(self.goalsTab, "")
        self.budgetTab = QWidget()
        self.budgetTab.setObjectName(u"budgetTab")
        self.budgetLayout = QVBoxLayout(self.budgetTab)
        self.budgetLayout.setSpacing(8)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetHeader = QHBoxLayout()
        self.budgetHeader.setSpacing(8)
        self.budgetHeader.setObjectName(u"budgetHeader")
        self.budgetHeading = QLabel(self.budgetTab)
        self.budgetHeading.setObjectName(u"budgetHeading")
        self.budgetHeading.setProperty(u"class", u"sectionTitle")

        self.budgetHeader.addWidget(self.budgetHeading)

        self.budgetSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetHeader.addItem(self.budgetSpacer)

        self.addLineButton = QPushButton(self.budgetTab)
        self.addLineButton.setObjectName(u"addLineButton")

        self.budgetHeader.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.budgetTab)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.budgetHeader.addWidget(self.removeLineButton)


        self.budgetLayout.addLayout(self.budgetHeader)

        self.budgetTable = RowTable(self.budgetTab)
        self.budgetTable.setObjectName(u"budgetTable")
        self.budgetTable.setMinimumSize(QSize(0, 150))
        self.budgetTable.setAlternatingRowColors(True)
        self.budgetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.budgetTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.budgetTable.setWordWrap(False)
        self.budgetTable.horizontalHeader().setStretchLastSection(True)
        self.budgetTable.verticalHeader().setVisible(False)

        self.budgetLayout.addWidget(self.budgetTable)

        self.budgetTotalsLabel = QLabel(self.budgetTab)
        self.budgetTotalsLabel.setObjectName(u"budgetTotalsLabel")
        self.budgetTotalsLabel.setWordWrap(True)
        self.budgetTotalsLabel.setProperty(u"class", u"note")

        self.budgetLayout.addWidget(self.budgetTotalsLabel)

        self.explanationLabel = QLabel(self.budgetTab)
        self.explanationLabel.setObjectName(u"explanationLabel")

        self.budgetLayout.addWidget(self.explanationLabel)

        self.explanationEdit = QPlainTextEdit(self.budgetTab)
        self.explanationEdit.setObjectName(u"explanationEdit")
        self.explanationEdit.setTabChangesFocus(True)
        self.explanationEdit.setMinimumSize(QSize(0, 56))
        self.explanationEdit.setMaximumSize(QSize(16777215, 72))

        self.budgetLayout.addWidget(self.explanationEdit)

        self.explanationNote = QLabel(self.budgetTab)
        self.explanationNote.setObjectName(u"explanationNote")
        self.explanationNote.setWordWrap(True)
        self.explanationNote.setProperty(u"class", u"note")

        self.budgetLayout.addWidget(self.explanationNote)

        self.explanationWarning = QLabel(self.budgetTab)
        self.explanationWarning.setObjectName(u"explanationWarning")
        self.explanationWarning.setWordWrap(True)
        self.explanationWarning.setProperty(u"class", u"warningBanner")

        self.budgetLayout.addWidget(self.explanationWarning)

        self.expensesHeader = QHBoxLayout()
        self.expensesHeader.setSpacing(8)
        self.expensesHeader.setObjectName(u"expensesHeader")
        self.expensesHeading = QLabel(self.budgetTab)
        self.expensesHeading.setObjectName(u"expensesHeading")
        self.expensesHeading.setProperty(u"class", u"sectionTitle")

        self.expensesHeader.addWidget(self.expensesHeading)

        self.expensesSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expensesHeader.addItem(self.expensesSpacer)

        self.addExpenseButton = QPushButton(self.budgetTab)
        self.addExpenseButton.setObjectName(u"addExpenseButton")

        self.expensesHeader.addWidget(self.addExpenseButton)

        self.removeExpenseButton = QPushButton(self.budgetTab)
        self.removeExpenseButton.setObjectName(u"removeExpenseButton")

        self.expensesHeader.addWidget(self.removeExpenseButton)

        self.chooseAttachmentButton = QPushButton(self.budgetTab)
        self.chooseAttachmentButton.setObjectName(u"chooseAttachmentButton")

        self.expensesHeader.addWidget(self.chooseAttachmentButton)

        self.openAttachmentButton = QPushButton(self.budgetTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.expensesHeader.addWidget(self.openAttachmentButton)


        self.budgetLayout.addLayout(self.expensesHeader)

        self.expensesTable = RowTable(self.budgetTab)
        self.expensesTable.setObjectName(u"expensesTable")
        self.expensesTable.setMinimumSize(QSize(0, 150))
        self.expensesTable.setAlternatingRowColors(True)
        self.expensesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expensesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expensesTable.setWordWrap(False)
        self.expensesTable.horizontalHeader().setStretchLastSection(True)
        self.expensesTable.verticalHeader().setVisible(False)

        self.budgetLayout.addWidget(self.expensesTable)

        self.tabs.addTab(self.budgetTab, "")
        self.activitiesTab = QWidget()
        self.activitiesTab.setObjectName(u"activitiesTab")
        self.activitiesLayout = QVBoxLayout(self.activitiesTab)
        self.activitiesLayout.setSpacing(8)
        self.activitiesLayout.setObjectName(u"activitiesLayout")
        self.activitiesHeading = QLabel(self.activitiesTab)
        self.activitiesHeading.setObjectName(u"activitiesHeading")
        self.activitiesHeading.setProperty(u"class", u"sectionTitle")

        self.activitiesLayout.addWidget(self.activitiesHeading)

        self.activitiesNote = QLabel(self.activitiesTab)
        self.activitiesNote.setObjectName(u"activitiesNote")
        self.activitiesNote.setWordWrap(True)
        self.activitiesNote.setProperty(u"class", u"note")

        self.activitiesLayout.addWidget(self.activitiesNote)

        self.activitiesList = QListWidget(self.activitiesTab)
        self.activitiesList.setObjectName(u"activitiesList")
        self.activitiesList.setAlternatingRowColors(True)

        self.activitiesLayout.addWidget(self.activitiesList)

        self.tabs.addTab(self.activitiesTab, "")
        self.textsTab = QWidget()
        self.textsTab.setObjectName(u"textsTab")
        self.textsForm = QFormLayout(self.textsTab)
        self.textsForm.setObjectName(u"textsForm")
        self.textsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.textsForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.summaryLabel = QLabel(self.textsTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.textsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.textsTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 70))

        self.textsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.methodLabel = QLabel(self.textsTab)
        self.methodLabel.setObjectName(u"methodLabel")

        self.textsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodEdit = QPlainTextEdit(self.textsTab)
        self.methodEdit.setObjectName(u"methodEdit")
        self.methodEdit.setTabChangesFocus(True)
        self.methodEdit.setMinimumSize(QSize(0, 70))

        self.textsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodEdit)

        self.resultsLabel = QLabel(self.textsTab)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.textsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resultsLabel)

        self.resultsEdit = QPlainTextEdit(self.textsTab)
        self.resultsEdit.setObjectName(u"resultsEdit")
        self.resultsEdit.setTabChangesFocus(True)
        self.resultsEdit.setMinimumSize(QSize(0, 70))

        self.textsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultsEdit)

        self.successFactorsLabel = QLabel(self.textsTab)
        self.successFactorsLabel.setObjectName(u"successFactorsLabel")

        self.textsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.successFactorsLabel)

        self.successFactorsEdit = QPlainTextEdit(self.textsTab)
        self.successFactorsEdit.setObjectName(u"successFactorsEdit")
        self.successFactorsEdit.setTabChangesFocus(True)
        self.successFactorsEdit.setMinimumSize(QSize(0, 70))

        self.textsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.successFactorsEdit)

        self.deviationsLabel = QLabel(self.textsTab)
        self.deviationsLabel.setObjectName(u"deviationsLabel")

        self.textsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deviationsLabel)

        self.deviationsEdit = QPlainTextEdit(self.textsTab)
        self.deviationsEdit.setObjectName(u"deviationsEdit")
        self.deviationsEdit.setTabChangesFocus(True)
        self.deviationsEdit.setMinimumSize(QSize(0, 70))

        self.textsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deviationsEdit)

        self.challengesLabel = QLabel(self.textsTab)
        self.challengesLabel.setObjectName(u"challengesLabel")

        self.textsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.challengesLabel)

        self.challengesEdit = QPlainTextEdit(self.textsTab)
        self.challengesEdit.setObjectName(u"challengesEdit")
        self.challengesEdit.setTabChangesFocus(True)
        self.challengesEdit.setMinimumSize(QSize(0, 70))

        self.textsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.challengesEdit)

        self.continuationLabel = QLabel(self.textsTab)
        self.continuationLabel.setObjectName(u"continuationLabel")

        self.textsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.continuationLabel)

        self.continuationEdit = QPlainTextEdit(self.textsTab)
        self.continuationEdit.setObjectName(u"continuationEdit")
        self.continuationEdit.setTabChangesFocus(True)
        self.continuationEdit.setMinimumSize(QSize(0, 70))

        self.textsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.continuationEdit)

        self.tabs.addTab(self.textsTab, "")
        self.complianceTab = QWidget()
        self.complianceTab.setObjectName(u"complianceTab")
        self.complianceLayout = QVBoxLayout(self.complianceTab)
        self.complianceLayout.setSpacing(8)
        self.complianceLayout.setObjectName(u"complianceLayout")
        self.complianceNote = QLabel(self.complianceTab)
        self.complianceNote.setObjectName(u"complianceNote")
        self.complianceNote.setWordWrap(True)
        self.complianceNote.setProperty(u"class", u"note")

        self.complianceLayout.addWidget(self.complianceNote)

        self.grantLetterRow = QHBoxLayout()
        self.grantLetterRow.setSpacing(24)
        self.grantLetterRow.setObjectName(u"grantLetterRow")
        self.grantLetterDateForm = QFormLayout()
        self.grantLetterDateForm.setObjectName(u"grantLetterDateForm")
        self.grantLetterDateForm.setHorizontalSpacing(8)
        self.grantLetterDateForm.setVerticalSpacing(8)
        self.grantLetterDateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.grantLetterDateForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.grantLetterDateLabel = QLabel(self.complianceTab)
        self.grantLetterDateLabel.setObjectName(u"grantLetterDateLabel")

        self.grantLetterDateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.grantLetterDateLabel)

        self.grantLetterDateEdit = DateField(self.complianceTab)
        self.grantLetterDateEdit.setObjectName(u"grantLetterDateEdit")
        self.grantLetterDateEdit.setMaximumSize(QSize(170, 16777215))

        self.grantLetterDateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.grantLetterDateEdit)


        self.grantLetterRow.addLayout(self.grantLetterDateForm)

        self.grantLetterReferenceForm = QFormLayout()
        self.grantLetterReferenceForm.setObjectName(u"grantLetterReferenceForm")
        self.grantLetterReferenceForm.setHorizontalSpacing(8)
        self.grantLetterReferenceForm.setVerticalSpacing(8)
        self.grantLetterReferenceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.grantLetterReferenceForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.grantLetterReferenceLabel = QLabel(self.complianceTab)
        self.grantLetterReferenceLabel.setObjectName(u"grantLetterReferenceLabel")

        self.grantLetterReferenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.grantLetterReferenceLabel)

        self.grantLetterReferenceEdit = QLineEdit(self.complianceTab)
        self.grantLetterReferenceEdit.setObjectName(u"grantLetterReferenceEdit")

        self.grantLetterReferenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.grantLetterReferenceEdit)


        self.grantLetterRow.addLayout(self.grantLetterReferenceForm)


        self.complianceLayout.addLayout(self.grantLetterRow)

        self.conditionsHeader = QHBoxLayout()
        self.conditionsHeader.setSpacing(8)
        self.conditionsHeader.setObjectName(u"conditionsHeader")
        self.conditionsHeading = QLabel(self.complianceTab)
        self.conditionsHeading.setObjectName(u"conditionsHeading")
        self.conditionsHeading.setProperty(u"class", u"sectionTitle")

        self.conditionsHeader.addWidget(self.conditionsHeading)

        self.conditionsHeaderSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conditionsHeader.addItem(self.conditionsHeaderSpacer)

        self.addConditionButton = QPushButton(self.complianceTab)
        self.addConditionButton.setObjectName(u"addConditionButton")

        self.conditionsHeader.addWidget(self.addConditionButton)

        self.removeConditionButton = QPushButton(self.complianceTab)
        self.removeConditionButton.setObjectName(u"removeConditionButton")

        self.conditionsHeader.addWidget(self.removeConditionButton)


        self.complianceLayout.addLayout(self.conditionsHeader)

        self.conditionsTable = RowTable(self.complianceTab)
        self.conditionsTable.setObjectName(u"conditionsTable")
        self.conditionsTable.setMinimumSize(QSize(0, 110))
        self.conditionsTable.setAlternatingRowColors(True)
        self.conditionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conditionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conditionsTable.setWordWrap(False)
        self.conditionsTable.horizontalHeader().setStretchLastSection(True)
        self.conditionsTable.verticalHeader().setVisible(False)

        self.complianceLayout.addWidget(self.conditionsTable)

        self.inKindHeader = QHBoxLayout()
        self.inKindHeader.setSpacing(8)
        self.inKindHeader.setObjectName(u"inKindHeader")
        self.inKindHeading = QLabel(self.complianceTab)
        self.inKindHeading.setObjectName(u"inKindHeading")
        self.inKindHeading.setProperty(u"class", u"sectionTitle")

        self.inKindHeader.addWidget(self.inKindHeading)

        self.inKindHeaderSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inKindHeader.addItem(self.inKindHeaderSpacer)

        self.addInKindButton = QPushButton(self.complianceTab)
        self.addInKindButton.setObjectName(u"addInKindButton")

        self.inKindHeader.addWidget(self.addInKindButton)

        self.removeInKindButton = QPushButton(self.complianceTab)
        self.removeInKindButton.setObjectName(u"removeInKindButton")

        self.inKindHeader.addWidget(self.removeInKindButton)


        self.complianceLayout.addLayout(self.inKindHeader)

        self.inKindNote = QLabel(self.complianceTab)
        self.inKindNote.setObjectName(u"inKindNote")
        self.inKindNote.setWordWrap(True)
        self.inKindNote.setProperty(u"class", u"note")

        self.complianceLayout.addWidget(self.inKindNote)

        self.inKindTable = RowTable(self.complianceTab)
        self.inKindTable.setObjectName(u"inKindTable")
        self.inKindTable.setMinimumSize(QSize(0, 110))
        self.inKindTable.setAlternatingRowColors(True)
        self.inKindTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inKindTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inKindTable.setWordWrap(False)
        self.inKindTable.horizontalHeader().setStretchLastSection(True)
        self.inKindTable.verticalHeader().setVisible(False)

        self.complianceLayout.addWidget(self.inKindTable)

        self.signatureHeading = QLabel(self.complianceTab)
        self.signatureHeading.setObjectName(u"signatureHeading")
        self.signatureHeading.setProperty(u"class", u"sectionTitle")

        self.complianceLayout.addWidget(self.signatureHeading)

        self.signatureRow = QHBoxLayout()
        self.signatureRow.setSpacing(24)
        self.signatureRow.setObjectName(u"signatureRow")
        self.signerForm = QFormLayout()
        self.signerForm.setObjectName(u"signerForm")
        self.signerForm.setHorizontalSpacing(8)
        self.signerForm.setVerticalSpacing(8)
        self.signerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.signerForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.signerNameLabel = QLabel(self.complianceTab)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.complianceTab)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.signerRoleLabel = QLabel(self.complianceTab)
        self.signerRoleLabel.setObjectName(u"signerRoleLabel")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerRoleLabel)

        self.signerRoleEdit = QLineEdit(self.complianceTab)
        self.signerRoleEdit.setObjectName(u"signerRoleEdit")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerRoleEdit)


        self.signatureRow.addLayout(self.signerForm)

        self.signedForm = QFormLayout()
        self.signedForm.setObjectName(u"signedForm")
        self.signedForm.setHorizontalSpacing(8)
        self.signedForm.setVerticalSpacing(8)
        self.signedForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.signedForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.signedPlaceLabel = QLabel(self.complianceTab)
        self.signedPlaceLabel.setObjectName(u"signedPlaceLabel")

        self.signedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signedPlaceLabel)

        self.signedPlaceEdit = QLineEdit(self.complianceTab)
        self.signedPlaceEdit.setObjectName(u"signedPlaceEdit")

        self.signedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signedPlaceEdit)

        self.signedOnLabel = QLabel(self.complianceTab)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.signedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signedOnLabel)

        self.signedOnEdit = DateField(self.complianceTab)
        self.signedOnEdit.setObjectName(u"signedOnEdit")
        self.signedOnEdit.setMaximumSize(QSize(170, 16777215))

        self.signedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signedOnEdit)


        self.signatureRow.addLayout(self.signedForm)


        self.complianceLayout.addLayout(self.signatureRow)

        self.tabs.addTab(self.complianceTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setSpacing(8)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setProperty(u"class", u"sectionTitle")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 120))

        self.notesLayout.addWidget(self.notesEdit)

        self.attachmentsHeader = QHBoxLayout()
        self.attachmentsHeader.setSpacing(8)
        self.attachmentsHeader.setObjectName(u"attachmentsHeader")
        self.attachmentsHeading = QLabel(self.notesTab)
        self.attachmentsHeading.setObjectName(u"attachmentsHeading")
        self.attachmentsHeading.setProperty(u"class", u"sectionTitle")

        self.attachmentsHeader.addWidget(self.attachmentsHeading)

        self.attachmentsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentsHeader.addItem(self.attachmentsSpacer)

        self.addAttachmentButton = QPushButton(self.notesTab)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentsHeader.addWidget(self.addAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.notesTab)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentsHeader.addWidget(self.removeAttachmentButton)

        self.openAttachmentFileButton = QPushButton(self.notesTab)
        self.openAttachmentFileButton.setObjectName(u"openAttachmentFileButton")

        self.attachmentsHeader.addWidget(self.openAttachmentFileButton)


        self.notesLayout.addLayout(self.attachmentsHeader)

        self.attachmentsNote = QLabel(self.notesTab)
        self.attachmentsNote.setObjectName(u"attachmentsNote")
        self.attachmentsNote.setWordWrap(True)
        self.attachmentsNote.setProperty(u"class", u"note")

        self.notesLayout.addWidget(self.attachmentsNote)

        self.attachmentsTable = RowTable(self.notesTab)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setMinimumSize(QSize(0, 110))
        self.attachmentsTable.setAlternatingRowColors(True)
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsTable.setWordWrap(False)
        self.attachmentsTable.horizontalHeader().setStretchLastSection(True)
        self.attachmentsTable.verticalHeader().setVisible(False)

        self.notesLayout.addWidget(self.attachmentsTable)

        self.tabs.addTab(self.notesTab, "")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QVBoxLayout(self.figuresTab)
        self.figuresLayout.setSpacing(6)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.tabs.addTab(self.figuresTab, "")

        self.formLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.funderLabel.setBuddy(self.funderCombo)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.subCategoryLabel.setBuddy(self.subCategoryEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.periodStartLabel.setBuddy(self.periodStartEdit)
        self.periodEndLabel.setBuddy(self.periodEndEdit)
        self.amountAppliedLabel.setBuddy(self.amountAppliedEdit)
        self.amountGrantedLabel.setBuddy(self.amountGrantedEdit)
        self.hourRateLabel.setBuddy(self.hourRateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.statusDateLabel.setBuddy(self.statusDateEdit)
        self.statusNoteLabel.setBuddy(self.statusNoteEdit)
        self.historyHeading.setBuddy(self.historyTable)
        self.deadlineApplicationLabel.setBuddy(self.deadlineApplicationEdit)
        self.deadlineProgressLabel.setBuddy(self.deadlineProgressEdit)
        self.deadlineFinalLabel.setBuddy(self.deadlineFinalEdit)
        self.deadlineAccountsLabel.setBuddy(self.deadlineAccountsEdit)
        self.goalsHeading.setBuddy(self.goalsTable)
        self.achievementLabel.setBuddy(self.achievementEdit)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
        self.budgetHeading.setBuddy(self.budgetTable)
        self.explanationLabel.setBuddy(self.explanationEdit)
        self.expensesHeading.setBuddy(self.expensesTable)
        self.activitiesHeading.setBuddy(self.activitiesList)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.methodLabel.setBuddy(self.methodEdit)
        self.resultsLabel.setBuddy(self.resultsEdit)
        self.successFactorsLabel.setBuddy(self.successFactorsEdit)
        self.deviationsLabel.setBuddy(self.deviationsEdit)
        self.challengesLabel.setBuddy(self.challengesEdit)
        self.continuationLabel.setBuddy(self.continuationEdit)
        self.grantLetterDateLabel.setBuddy(self.grantLetterDateEdit)
        self.grantLetterReferenceLabel.setBuddy(self.grantLetterReferenceEdit)
        self.conditionsHeading.setBuddy(self.conditionsTable)
        self.inKindHeading.setBuddy(self.inKindTable)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.signerRoleLabel.setBuddy(self.signerRoleEdit)
        self.signedPlaceLabel.setBuddy(self.signedPlaceEdit)
        self.signedOnLabel.setBuddy(self.signedOnEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.attachmentsHeading.setBuddy(self.attachmentsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApplicationForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ApplicationForm)
    # setupUi

    def retranslateUi(self, ApplicationForm):
        self.funderLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Tilskuddsgiver", None))
        self.manageFundersButton.setText(QCoreApplication.translate("ApplicationForm", u"Tilskudds&givere\u2026", None))
#if QT_CONFIG(tooltip)
        self.manageFundersButton.setToolTip(QCoreApplication.translate("ApplicationForm", u"Legg inn eller endre tilskuddsgivere, ordninger og aldersgrupper", None))
#endif // QT_CONFIG(tooltip)
        self.schemeLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Ordning", None))
        self.subCategoryLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Underkategori", None))
        self.subCategoryEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"For eksempel 4.1 Ferie- og fritidsaktiviteter", None))
        self.titleLabel.setText(QCoreApplication.translate("ApplicationForm", u"T&ittel", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"For eksempel Leksehjelp 2027", None))
        self.referenceLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Referanse", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"Saksnummer hos tilskuddsgiveren", None))
        self.periodStartLabel.setText(QCoreApplication.translate("ApplicationForm", u"Periode &fra", None))
        self.periodEndLabel.setText(QCoreApplication.translate("ApplicationForm", u"Periode ti&l", None))
#if QT_CONFIG(tooltip)
        self.periodEndEdit.setToolTip(QCoreApplication.translate("ApplicationForm", u"Siste dag i perioden (tatt med). En periode kan vare opptil tre \u00e5r.", None))
#endif // QT_CONFIG(tooltip)
        self.amountAppliedLabel.setText(QCoreApplication.translate("ApplicationForm", u"S\u00f8kt &bel\u00f8p (kr)", None))
        self.amountAppliedEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"0,00", None))
#if QT_CONFIG(tooltip)
        self.amountAppliedEdit.setToolTip(QCoreApplication.translate("ApplicationForm", u"Skriv i kroner og \u00f8re, for eksempel 12 500,50", None))
#endif // QT_CONFIG(tooltip)
        self.amountGrantedLabel.setText(QCoreApplication.translate("ApplicationForm", u"I&nnvilget bel\u00f8p (kr)", None))
        self.amountGrantedEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"Ikke avgjort", None))
#if QT_CONFIG(tooltip)
        self.amountGrantedEdit.setToolTip(QCoreApplication.translate("ApplicationForm", u"Tomt til svaret er kommet", None))
#endif // QT_CONFIG(tooltip)
        self.hourRateLabel.setText(QCoreApplication.translate("ApplicationForm", u"Timesats for &egeninnsats (kr)", None))
#if QT_CONFIG(tooltip)
        self.hourRateEdit.setToolTip(QCoreApplication.translate("ApplicationForm", u"Verdien av \u00e9n frivillig time i rapporten. Tomt: tilskuddsgiverens sats.", None))
#endif // QT_CONFIG(tooltip)
        self.hourRateNote.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ApplicationForm", u"S\u00f8knad", None))
        self.statusLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Status", None))
        self.statusDateLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Dato for endringen", None))
#if QT_CONFIG(tooltip)
        self.statusDateEdit.setToolTip(QCoreApplication.translate("ApplicationForm", u"Datoen det skjedde, for eksempel da s\u00f8knaden ble sendt", None))
#endif // QT_CONFIG(tooltip)
        self.statusNoteLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Merknad", None))
        self.statusNoteEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"For eksempel \u00abTilsagnsbrev mottatt\u00bb", None))
        self.historyHeading.setText(QCoreApplication.translate("ApplicationForm", u"Historikk", None))
        self.deadlinesHeading.setText(QCoreApplication.translate("ApplicationForm", u"Frister", None))
        self.deadlineApplicationLabel.setText(QCoreApplication.translate("ApplicationForm", u"S\u00f8knads&frist", None))
        self.deadlineProgressLabel.setText(QCoreApplication.translate("ApplicationForm", u"Fremdrifts&rapport", None))
        self.deadlineFinalLabel.setText(QCoreApplication.translate("ApplicationForm", u"Slutt&rapport", None))
        self.deadlineAccountsLabel.setText(QCoreApplication.translate("ApplicationForm", u"Re&gnskap", None))
        self.deadlinesNote.setText(QCoreApplication.translate("ApplicationForm", u"Frister innen 30 dager, og frister som er passert uten at statusen er endret, vises p\u00e5 Oversikt.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statusTab), QCoreApplication.translate("ApplicationForm", u"Status og frister", None))
        self.goalsHeading.setText(QCoreApplication.translate("ApplicationForm", u"&M\u00e5l", None))
        self.addGoalButton.setText(QCoreApplication.translate("ApplicationForm", u"Nytt m\u00e5l", None))
        self.removeGoalButton.setText(QCoreApplication.translate("ApplicationForm", u"Fjern m\u00e5l", None))
        self.achievementLabel.setText(QCoreApplication.translate("ApplicationForm", u"M\u00e5loppn\u00e5else for valgt m\u00e5l (hvor langt dere kom, med tall)", None))
        self.evidenceLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Dokumentasjon for valgt m\u00e5l (hva som viser det)", None))
        self.achievementEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"Skriv hvor langt dere n\u00e5dde m\u00e5let, for eksempel \u00ab38 barn i snitt per kveld\u00bb.", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"For eksempel \u00abOppm\u00f8telister fra alle kveldene\u00bb eller \u00abSp\u00f8rreunders\u00f8kelse blant foreldrene i mai\u00bb.", None))
#if QT_CONFIG(tooltip)
        self.evidenceEdit.setToolTip(QCoreApplication.translate("ApplicationForm", u"St\u00e5r i rapporten til tilskuddsgiveren, ved m\u00e5let", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.goalsTab), QCoreApplication.translate("ApplicationForm", u"M\u00e5l", None))
        self.budgetHeading.setText(QCoreApplication.translate("ApplicationForm", u"&Budsjettposter", None))
        self.addLineButton.setText(QCoreApplication.translate("ApplicationForm", u"Ny post", None))
        self.removeLineButton.setText(QCoreApplication.translate("ApplicationForm", u"Fjern post", None))
        self.budgetTotalsLabel.setText("")
        self.explanationLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Forklaring p\u00e5 avvik for valgt post", None))
        self.explanationEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"Hvorfor posten ble dyrere eller billigere enn budsjettert, for eksempel \u00abFlere barn enn ventet, s\u00e5 mer mat\u00bb.", None))
        self.explanationNote.setText("")
        self.explanationWarning.setText("")
        self.expensesHeading.setText(QCoreApplication.translate("ApplicationForm", u"&Utgifter p\u00e5 valgt post", None))
        self.addExpenseButton.setText(QCoreApplication.translate("ApplicationForm", u"Ny utgift", None))
        self.removeExpenseButton.setText(QCoreApplication.translate("ApplicationForm", u"Fjern utgift", None))
        self.chooseAttachmentButton.setText(QCoreApplication.translate("ApplicationForm", u"Velg &bilag\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseAttachmentButton.setToolTip(QCoreApplication.translate("ApplicationForm", u"Velg filen med kvitteringen eller fakturaen", None))
#endif // QT_CONFIG(tooltip)
        self.openAttachmentButton.setText(QCoreApplication.translate("ApplicationForm", u"\u00c5pne bilag", None))
        self.tabs.setTabText(self.tabs.indexOf(self.budgetTab), QCoreApplication.translate("ApplicationForm", u"Budsjett og regnskap", None))
        self.activitiesHeading.setText(QCoreApplication.translate("ApplicationForm", u"&Aktiviteter s\u00f8knaden gjelder", None))
        self.activitiesNote.setText(QCoreApplication.translate("ApplicationForm", u"Tallene for s\u00f8knaden (fanen Tall) hentes fra samlingene i aktivitetene som er krysset av.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.activitiesTab), QCoreApplication.translate("ApplicationForm", u"Aktiviteter", None))
        self.summaryLabel.setText(QCoreApplication.translate("ApplicationForm", u"Sa&mmendrag", None))
        self.methodLabel.setText(QCoreApplication.translate("ApplicationForm", u"M&etode", None))
        self.resultsLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Resultater", None))
        self.successFactorsLabel.setText(QCoreApplication.translate("ApplicationForm", u"Suksess&faktorer", None))
        self.deviationsLabel.setText(QCoreApplication.translate("ApplicationForm", u"A&vvik", None))
        self.challengesLabel.setText(QCoreApplication.translate("ApplicationForm", u"Utfor&dringer", None))
        self.continuationLabel.setText(QCoreApplication.translate("ApplicationForm", u"Vi&deref\u00f8ring", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textsTab), QCoreApplication.translate("ApplicationForm", u"Rapporttekster", None))
        self.complianceNote.setText(QCoreApplication.translate("ApplicationForm", u"Alt p\u00e5 denne fanen st\u00e5r i rapporten til tilskuddsgiveren: tilsagnsbrevet og vilk\u00e5rene i det, egeninnsatsen og hvem som skriver under.", None))
        self.grantLetterDateLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Dato p\u00e5 tilsagnsbrevet", None))
        self.grantLetterReferenceLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Referanse p\u00e5 tilsagnsbrevet", None))
        self.grantLetterReferenceEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"Saksnummer eller referanse i brevet", None))
        self.conditionsHeading.setText(QCoreApplication.translate("ApplicationForm", u"&Vilk\u00e5r i tilsagnsbrevet", None))
        self.addConditionButton.setText(QCoreApplication.translate("ApplicationForm", u"Nytt vilk\u00e5r", None))
        self.removeConditionButton.setText(QCoreApplication.translate("ApplicationForm", u"Fjern vilk\u00e5r", None))
        self.inKindHeading.setText(QCoreApplication.translate("ApplicationForm", u"&Egeninnsats", None))
        self.addInKindButton.setText(QCoreApplication.translate("ApplicationForm", u"Ny egeninnsats", None))
        self.removeInKindButton.setText(QCoreApplication.translate("ApplicationForm", u"Fjern egeninnsats", None))
        self.inKindNote.setText(QCoreApplication.translate("ApplicationForm", u"Lokaler, ansattes timer og annet dere bidrar med selv. Frivillige timer regnes ut fra registreringene og kommer med av seg selv.", None))
        self.signatureHeading.setText(QCoreApplication.translate("ApplicationForm", u"Underskrift", None))
        self.signerNameLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Navn", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"Den som skriver under rapporten", None))
        self.signerRoleLabel.setText(QCoreApplication.translate("ApplicationForm", u"R&olle", None))
        self.signerRoleEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"For eksempel Leder for n\u00e6rmilj\u00f8teamet", None))
        self.signedPlaceLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Sted", None))
        self.signedPlaceEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"For eksempel Drammen", None))
        self.signedOnLabel.setText(QCoreApplication.translate("ApplicationForm", u"Dato si&gnert", None))
#if QT_CONFIG(tooltip)
        self.signedOnEdit.setToolTip(QCoreApplication.translate("ApplicationForm", u"Tomt: rapporten dateres den dagen den lages", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.complianceTab), QCoreApplication.translate("ApplicationForm", u"Tilsagn og rapport", None))
        self.notesLabel.setText(QCoreApplication.translate("ApplicationForm", u"&Notater", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ApplicationForm", u"Det teamet trenger \u00e5 huske om s\u00f8knaden", None))
        self.attachmentsHeading.setText(QCoreApplication.translate("ApplicationForm", u"&Vedlegg", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("ApplicationForm", u"Legg til &fil\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("ApplicationForm", u"Fjern", None))
        self.openAttachmentFileButton.setText(QCoreApplication.translate("ApplicationForm", u"\u00c5pne", None))
        self.attachmentsNote.setText(QCoreApplication.translate("ApplicationForm", u"Bare stien til filen lagres (for eksempel p\u00e5 den delte mappen), ikke selve filen.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ApplicationForm", u"Notater og vedlegg", None))
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("ApplicationForm", u"Tall", None))
        pass
    # retranslateUi

