# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_holiday_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from samvirke_desktop.gui.widgets.date_field import DateField

class Ui_SchoolHolidayForm(object):
    def setupUi(self, SchoolHolidayForm):
        if not SchoolHolidayForm.objectName():
            SchoolHolidayForm.setObjectName(u"SchoolHolidayForm")
        SchoolHolidayForm.resize(440, 200)
        self.outerLayout = QVBoxLayout(SchoolHolidayForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.holidayForm = QFormLayout()
        self.holidayForm.setObjectName(u"holidayForm")
        self.holidayForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(SchoolHolidayForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.holidayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QComboBox(SchoolHolidayForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setEditable(True)
        self.nameEdit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.holidayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.firstDateLabel = QLabel(SchoolHolidayForm)
        self.firstDateLabel.setObjectName(u"firstDateLabel")

        self.holidayForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstDateLabel)

        self.firstDateEdit = DateField(SchoolHolidayForm)
        self.firstDateEdit.setObjectName(u"firstDateEdit")
        self.firstDateEdit.setMaximumSize(QSize(160, 16777215))

        self.holidayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstDateEdit)

        self.lastDateLabel = QLabel(SchoolHolidayForm)
        self.lastDateLabel.setObjectName(u"lastDateLabel")

        self.holidayForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastDateLabel)

        self.lastDateEdit = DateField(SchoolHolidayForm)
        self.lastDateEdit.setObjectName(u"lastDateEdit")
        self.lastDateEdit.setMaximumSize(QSize(160, 16777215))

        self.holidayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastDateEdit)


        self.outerLayout.addLayout(self.holidayForm)

        self.noteLabel = QLabel(SchoolHolidayForm)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"class", u"note")

        self.outerLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.firstDateLabel.setBuddy(self.firstDateEdit)
        self.lastDateLabel.setBuddy(self.lastDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SchoolHolidayForm)

        QMetaObject.connectSlotsByName(SchoolHolidayForm)
    # setupUi

    def retranslateUi(self, SchoolHolidayForm):
        self.nameLabel.setText(QCoreApplication.translate("SchoolHolidayForm", u"&Navn", None))
        self.firstDateLabel.setText(QCoreApplication.translate("SchoolHolidayForm", u"&F\u00f8rste feriedag", None))
        self.lastDateLabel.setText(QCoreApplication.translate("SchoolHolidayForm", u"&Siste feriedag", None))
        self.noteLabel.setText(QCoreApplication.translate("SchoolHolidayForm", u"Ta med helgene i ferien, for eksempel mandag til s\u00f8ndag i uke 40. Samlinger i ferien fjernes n\u00e5r du trykker \u00abOppdater samlingene\u00bb.", None))
        pass
    # retranslateUi

