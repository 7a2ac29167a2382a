# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_cancel.ui'
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

class Ui_SessionCancelForm(object):
    def setupUi(self, SessionCancelForm):
        if not SessionCancelForm.objectName():
            SessionCancelForm.setObjectName(u"SessionCancelForm")
        SessionCancelForm.resize(460, 200)
        self.outerLayout = QVBoxLayout(SessionCancelForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionLabel = QLabel(SessionCancelForm)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setProperty(u"class", u"dialogHeading")

        self.outerLayout.addWidget(self.sessionLabel)

        self.cancelForm = QFormLayout()
        self.cancelForm.setObjectName(u"cancelForm")
        self.cancelForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonLabel = QLabel(SessionCancelForm)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.cancelForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(SessionCancelForm)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.cancelForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.outerLayout.addLayout(self.cancelForm)

        self.noteLabel = QLabel(SessionCancelForm)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"class", u"note")

        self.outerLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionCancelForm)

        QMetaObject.connectSlotsByName(SessionCancelForm)
    # setupUi

    def retranslateUi(self, SessionCancelForm):
        self.reasonLabel.setText(QCoreApplication.translate("SessionCancelForm", u"&Hvorfor avlyses den?", None))
        self.noteLabel.setText(QCoreApplication.translate("SessionCancelForm", u"Grunnen vises i samlingslisten, i kalenderen og i rapportene. Oppm\u00f8te som alt er registrert, blir ikke slettet.", None))
        pass
    # retranslateUi

