"""What a plan database with no year's plan in it shows: how to get one in.

Every office but the one whose plan is bundled starts here (``--empty``, or the sample's year deleted): the window
used to open on an empty indicator table titled "年共 0 个指标", with nothing saying that an import makes the plan.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class NoPlanPage(QWidget):
    import_asked = Signal()
    open_asked = Signal()
    shared_asked = Signal()
    help_asked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noPlan")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        title = QLabel(self.tr("这个计划数据库中还没有年度计划"), self)
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignCenter)
        lay.addWidget(title)
        text = QLabel(self.tr(
            "导入本年度的计划报告（Word 文档或文本，从中读出工作举措和量化目标），或重点项目表、举措与目标表，"
            "就建立了这一年的计划：xlsx、WPS 或 LibreOffice 的表格、CSV，也可以把文件拖到窗口上。导入前先预览，"
            "确认后才写入。指标表按年度保存在左侧“指标”下。\n"
            "也可以打开已有的计划数据库，或连接办公室共用的共享数据库。"), self)
        text.setObjectName("noPlanText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignCenter)
        text.setMinimumWidth(520)  # a paragraph, not a column of short lines
        text.setMaximumWidth(640)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        lay.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("导入表格…"), self)
        self.import_button.setDefault(True)
        for button, signal in ((self.import_button, self.import_asked),
                               (QPushButton(self.tr("打开数据库…"), self), self.open_asked),
                               (QPushButton(self.tr("连接共享数据库…"), self), self.shared_asked),
                               (QPushButton(self.tr("使用说明"), self), self.help_asked)):
            button.clicked.connect(signal.emit)
            button.setMinimumWidth(120)
            buttons.addWidget(button)
        buttons.addStretch(1)
        lay.addSpacing(12)
        lay.addLayout(buttons)
        lay.addStretch(2)
