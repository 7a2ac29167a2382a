# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schedule_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from samvirke_desktop.gui.widgets.date_field import DateField

class Ui_ScheduleForm(object):
    def setupUi(self, ScheduleForm):
        if not ScheduleForm.objectName():
            ScheduleForm.setObjectName(u"ScheduleForm")
        ScheduleForm.resize(560, 440)
        self.outerLayout = QVBoxLayout(ScheduleForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scheduleForm = QFormLayout()
        self.scheduleForm.setObjectName(u"scheduleForm")
        self.scheduleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.weekdaysLabel = QLabel(ScheduleForm)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weekdaysLabel)

        self.weekdaysBox = QWidget(ScheduleForm)
        self.weekdaysBox.setObjectName(u"weekdaysBox")
        self.weekdaysLayout = QHBoxLayout(self.weekdaysBox)
        self.weekdaysLayout.setObjectName(u"weekdaysLayout")
        self.weekdaysLayout.setContentsMargins(0, 0, 0, 0)
        self.mondayCheck = QCheckBox(self.weekdaysBox)
        self.mondayCheck.setObjectName(u"mondayCheck")

        self.weekdaysLayout.addWidget(self.mondayCheck)

        self.tuesdayCheck = QCheckBox(self.weekdaysBox)
        self.tuesdayCheck.setObjectName(u"tuesdayCheck")

        self.weekdaysLayout.addWidget(self.tuesdayCheck)

        self.wednesdayCheck = QCheckBox(self.weekdaysBox)
        self.wednesdayCheck.setObjectName(u"wednesdayCheck")

        self.weekdaysLayout.addWidget(self.wednesdayCheck)

        self.thursdayCheck = QCheckBox(self.weekdaysBox)
        self.thursdayCheck.setObjectName(u"thursdayCheck")

        self.weekdaysLayout.addWidget(self.thursdayCheck)

        self.fridayCheck = QCheckBox(self.weekdaysBox)
        self.fridayCheck.setObjectName(u"fridayCheck")

        self.weekdaysLayout.addWidget(self.fridayCheck)

        self.saturdayCheck = QCheckBox(self.weekdaysBox)
        self.saturdayCheck.setObjectName(u"saturdayCheck")

        self.weekdaysLayout.addWidget(self.saturdayCheck)

        self.sundayCheck = QCheckBox(self.weekdaysBox)
        self.sundayCheck.setObjectName(u"sundayCheck")

        self.weekdaysLayout.addWidget(self.sundayCheck)

        self.weekdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdaysLayout.addItem(self.weekdaysSpacer)


        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.weekdaysBox)

        self.startLabel = QLabel(ScheduleForm)
        self.startLabel.setObjectName(u"startLabel")

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(ScheduleForm)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMaximumSize(QSize(90, 16777215))

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(ScheduleForm)
        self.endLabel.setObjectName(u"endLabel")

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(ScheduleForm)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setMaximumSize(QSize(90, 16777215))

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.firstDateLabel = QLabel(ScheduleForm)
        self.firstDateLabel.setObjectName(u"firstDateLabel")

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstDateLabel)

        self.firstDateEdit = DateField(ScheduleForm)
        self.firstDateEdit.setObjectName(u"firstDateEdit")
        self.firstDateEdit.setMaximumSize(QSize(160, 16777215))

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstDateEdit)

        self.lastDateLabel = QLabel(ScheduleForm)
        self.lastDateLabel.setObjectName(u"lastDateLabel")

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lastDateLabel)

        self.lastDateEdit = DateField(ScheduleForm)
        self.lastDateEdit.setObjectName(u"lastDateEdit")
        self.lastDateEdit.setMaximumSize(QSize(160, 16777215))

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lastDateEdit)

        self.everyLabel = QLabel(ScheduleForm)
        self.everyLabel.setObjectName(u"everyLabel")

        self.scheduleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.everyLabel)

        self.everyCombo = QComboBox(ScheduleForm)
        self.everyCombo.setObjectName(u"everyCombo")
        self.everyCombo.setMaximumSize(QSize(200, 16777215))

        self.scheduleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.everyCombo)

        self.placeLabel = QLabel(ScheduleForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.scheduleForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(ScheduleForm)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.scheduleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.skipPublicCheck = QCheckBox(ScheduleForm)
        self.skipPublicCheck.setObjectName(u"skipPublicCheck")

        self.scheduleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.skipPublicCheck)

        self.skipSchoolCheck = QCheckBox(ScheduleForm)
        self.skipSchoolCheck.setObjectName(u"skipSchoolCheck")

        self.scheduleForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.skipSchoolCheck)


        self.outerLayout.addLayout(self.scheduleForm)

        self.previewBox = QGroupBox(ScheduleForm)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(self.previewBox)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewLayout.addWidget(self.previewLabel)

        self.changeNote = QLabel(self.previewBox)
        self.changeNote.setObjectName(u"changeNote")
        self.changeNote.setWordWrap(True)
        self.changeNote.setProperty(u"class", u"note")

        self.previewLayout.addWidget(self.changeNote)


        self.outerLayout.addWidget(self.previewBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.weekdaysLabel.setBuddy(self.mondayCheck)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.firstDateLabel.setBuddy(self.firstDateEdit)
        self.lastDateLabel.setBuddy(self.lastDateEdit)
        self.everyLabel.setBuddy(self.everyCombo)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScheduleForm)

        QMetaObject.connectSlotsByName(ScheduleForm)
    # setupUi

    def retranslateUi(self, ScheduleForm):
        self.weekdaysLabel.setText(QCoreApplication.translate("ScheduleForm", u"Uke&dager", None))
#if QT_CONFIG(accessibility)
        self.weekdaysBox.setAccessibleName(QCoreApplication.translate("ScheduleForm", u"Ukedager", None))
#endif // QT_CONFIG(accessibility)
        self.mondayCheck.setText(QCoreApplication.translate("ScheduleForm", u"&Man", None))
        self.tuesdayCheck.setText(QCoreApplication.translate("ScheduleForm", u"&Tir", None))
        self.wednesdayCheck.setText(QCoreApplication.translate("ScheduleForm", u"&Ons", None))
        self.thursdayCheck.setText(QCoreApplication.translate("ScheduleForm", u"T&or", None))
        self.fridayCheck.setText(QCoreApplication.translate("ScheduleForm", u"&Fre", None))
        self.saturdayCheck.setText(QCoreApplication.translate("ScheduleForm", u"&L\u00f8r", None))
        self.sundayCheck.setText(QCoreApplication.translate("ScheduleForm", u"S\u00f8&n", None))
        self.startLabel.setText(QCoreApplication.translate("ScheduleForm", u"&Starter kl.", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ScheduleForm", u"17:00", None))
        self.endLabel.setText(QCoreApplication.translate("ScheduleForm", u"Slutter &kl.", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("ScheduleForm", u"19:00", None))
        self.firstDateLabel.setText(QCoreApplication.translate("ScheduleForm", u"F\u00f8rste &dato", None))
        self.lastDateLabel.setText(QCoreApplication.translate("ScheduleForm", u"Siste d&ato", None))
        self.everyLabel.setText(QCoreApplication.translate("ScheduleForm", u"&Hvor ofte", None))
        self.placeLabel.setText(QCoreApplication.translate("ScheduleForm", u"Ste&d", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ScheduleForm", u"Aktivitetens sted", None))
        self.skipPublicCheck.setText(QCoreApplication.translate("ScheduleForm", u"Hopp over &helligdager (p\u00e5ske, 17. mai, pinse \u2026)", None))
        self.skipSchoolCheck.setText(QCoreApplication.translate("ScheduleForm", u"Hopp over s&koleferier", None))
        self.previewBox.setTitle(QCoreApplication.translate("ScheduleForm", u"Samlingene timeplanen gir", None))
        pass
    # retranslateUi

