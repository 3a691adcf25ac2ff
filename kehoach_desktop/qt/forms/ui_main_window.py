# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QListWidget, QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigationFrame = QFrame(self.central)
        self.navigationFrame.setObjectName(u"navigationFrame")
        self.navigationFrame.setMinimumSize(QSize(210, 0))
        self.navigationFrame.setMaximumSize(QSize(260, 16777215))
        self.navigationLayout = QVBoxLayout(self.navigationFrame)
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.navigationLayout.setContentsMargins(8, 12, 8, 8)
        self.communeLabel = QLabel(self.navigationFrame)
        self.communeLabel.setObjectName(u"communeLabel")
        self.communeLabel.setWordWrap(True)

        self.navigationLayout.addWidget(self.communeLabel)

        self.navigation = QListWidget(self.navigationFrame)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setFrameShape(QFrame.NoFrame)

        self.navigationLayout.addWidget(self.navigation)


        self.centralLayout.addWidget(self.navigationFrame)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"K\u1ebf ho\u1ea1ch C\u0110S Desktop", None))
        self.communeLabel.setText(QCoreApplication.translate("MainWindow", u"K\u1ebf ho\u1ea1ch C\u0110S", None))
    # retranslateUi

