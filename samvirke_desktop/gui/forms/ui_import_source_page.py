# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_source_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportSourcePage(object):
    def setupUi(self, ImportSourcePage):
        if not ImportSourcePage.objectName():
            ImportSourcePage.setObjectName(u"ImportSourcePage")
        ImportSourcePage.resize(760, 460)
        self.pageLayout = QVBoxLayout(ImportSourcePage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.sourceForm = QFormLayout()
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sourceForm.setHorizontalSpacing(16)
        self.sourceForm.setVerticalSpacing(12)
        self.kindLabel = QLabel(ImportSourcePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QVBoxLayout()
        self.kindLayout.setSpacing(6)
        self.kindLayout.setObjectName(u"kindLayout")
        self.residentsRadio = QRadioButton(ImportSourcePage)
        self.residentsRadio.setObjectName(u"residentsRadio")
        self.residentsRadio.setChecked(True)

        self.kindLayout.addWidget(self.residentsRadio)

        self.volunteersRadio = QRadioButton(ImportSourcePage)
        self.volunteersRadio.setObjectName(u"volunteersRadio")

        self.kindLayout.addWidget(self.volunteersRadio)

        self.partnersRadio = QRadioButton(ImportSourcePage)
        self.partnersRadio.setObjectName(u"partnersRadio")

        self.kindLayout.addWidget(self.partnersRadio)

        self.attendanceRadio = QRadioButton(ImportSourcePage)
        self.attendanceRadio.setObjectName(u"attendanceRadio")

        self.kindLayout.addWidget(self.attendanceRadio)


        self.sourceForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.activityLabel = QLabel(ImportSourcePage)
        self.activityLabel.setObjectName(u"activityLabel")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activityLabel)

        self.activityCombo = QComboBox(ImportSourcePage)
        self.activityCombo.setObjectName(u"activityCombo")
        self.activityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activityCombo)

        self.fileLabel = QLabel(ImportSourcePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setSpacing(8)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ImportSourcePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportSourcePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.sourceForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.sheetLabel = QLabel(ImportSourcePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(ImportSourcePage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sheetCombo)


        self.pageLayout.addLayout(self.sourceForm)

        self.fileInfoLabel = QLabel(ImportSourcePage)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)
        self.fileInfoLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.fileInfoLabel)

        self.errorLabel = QLabel(ImportSourcePage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setProperty(u"class", u"errorBanner")

        self.pageLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(ImportSourcePage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.pageLayout.addWidget(self.busyBar)

        self.hintLabel = QLabel(ImportSourcePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setProperty(u"class", u"note")

        self.pageLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.residentsRadio)
        self.activityLabel.setBuddy(self.activityCombo)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.residentsRadio, self.volunteersRadio)
        QWidget.setTabOrder(self.volunteersRadio, self.partnersRadio)
        QWidget.setTabOrder(self.partnersRadio, self.attendanceRadio)
        QWidget.setTabOrder(self.attendanceRadio, self.activityCombo)
        QWidget.setTabOrder(self.activityCombo, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)

        self.retranslateUi(ImportSourcePage)

        QMetaObject.connectSlotsByName(ImportSourcePage)
    # setupUi

    def retranslateUi(self, ImportSourcePage):
        ImportSourcePage.setTitle(QCoreApplication.translate("ImportSourcePage", u"Hva vil du importere?", None))
        ImportSourcePage.setSubTitle(QCoreApplication.translate("ImportSourcePage", u"Velg hva regnearket inneholder, og velg filen (.xlsx fra Excel, eller .csv).", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportSourcePage", u"&Hva:", None))
        self.residentsRadio.setText(QCoreApplication.translate("ImportSourcePage", u"Beboere / deltakere", None))
        self.volunteersRadio.setText(QCoreApplication.translate("ImportSourcePage", u"Frivillige", None))
        self.partnersRadio.setText(QCoreApplication.translate("ImportSourcePage", u"Samarbeidspartnere", None))
        self.attendanceRadio.setText(QCoreApplication.translate("ImportSourcePage", u"Oppm\u00f8te (navn nedover, datoer bortover)", None))
        self.activityLabel.setText(QCoreApplication.translate("ImportSourcePage", u"&Aktivitet:", None))
#if QT_CONFIG(tooltip)
        self.activityCombo.setToolTip(QCoreApplication.translate("ImportSourcePage", u"Oppm\u00f8tet registreres p\u00e5 samlingene til denne aktiviteten. Datoer uten samling f\u00e5r en ny samling.", None))
#endif // QT_CONFIG(tooltip)
        self.fileLabel.setText(QCoreApplication.translate("ImportSourcePage", u"&Fil:", None))
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("ImportSourcePage", u"Hele stien til regnearket. Trykk Velg fil\u2026 for \u00e5 lete det opp.", None))
#endif // QT_CONFIG(tooltip)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportSourcePage", u"Ingen fil valgt", None))
        self.browseButton.setText(QCoreApplication.translate("ImportSourcePage", u"&Velg fil\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportSourcePage", u"A&rk:", None))
#if QT_CONFIG(tooltip)
        self.sheetCombo.setToolTip(QCoreApplication.translate("ImportSourcePage", u"Arbeidsboken har flere ark. Velg arket med tabellen.", None))
#endif // QT_CONFIG(tooltip)
        self.fileInfoLabel.setText("")
        self.errorLabel.setText("")
        self.hintLabel.setText("")
    # retranslateUi

