"""分类统计: the key projects by class, zone or area at a quarter — the table a report's "分类推进情况"
needs (projects, planned and invested, started, completed, late), copied into it with one click; a row
opens its projects."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from ..domain.quarter import Quarter
from ..store.breakdown import BreakdownRow, breakdown
from ..store.progress_table import known_sum
from .clipboard import copy_rows
from .lang import format_value, quarter_label, zone_label


class BreakdownDialog(QDialog):
    projects_asked = Signal(str, object, object)  # by, the group's name (None: naming none), its id

    def __init__(self, ops, year: int, at: Quarter | None, parent=None) -> None:
        super().__init__(parent)
        self.ops, self.year = ops, year
        self.at = at or Quarter(year, 4)
        self.setObjectName("breakdown")
        self.setWindowTitle(self.tr("分类统计（截至%1）").replace("%1", quarter_label(self.at)))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("按："), self))
        self.by = QComboBox(self)
        for text, key in ((self.tr("类别"), "class"), (self.tr("区域"), "zone"), (self.tr("板块"), "area")):
            self.by.addItem(text, key)
        top.addWidget(self.by)
        top.addStretch(1)
        lay.addLayout(top)
        self.heads = [self.tr("类别"), self.tr("项目数"), self.tr("年度计划投资(亿元)"), self.tr("截至本季度完成投资(亿元)"),
                      self.tr("投资完成率"), self.tr("已开工"), self.tr("已完工"), self.tr("严重滞后"), self.tr("滞后")]
        self.table = QTableWidget(0, len(self.heads), self)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(self._open)
        lay.addWidget(self.table, 1)
        lay.addWidget(QLabel(self.tr("双击一行查看这些项目；“复制”后可直接粘贴到 Word 或 Excel"), self))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        copy = buttons.addButton(self.tr("复制"), QDialogButtonBox.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.by.currentIndexChanged.connect(self.refresh)
        ops.changed.connect(self._on_changed)  # a bound method: disconnected when the dialog is gone
        self.resize(960, 420)
        self.refresh()

    def refresh(self) -> None:
        by = self.by.currentData()
        with self.ops.db.read() as s:
            self.rows: list[BreakdownRow] = breakdown(s, self.year, self.at, by)
        self.heads[0] = self.by.currentText()
        self.table.setHorizontalHeaderLabels(self.heads)
        none = {"class": self.tr("未分类"), "zone": self.tr("未指定区域"), "area": self.tr("未指定板块")}[by]
        lines = [[none if r.key is None else self._name(by, r.key), r.projects, r.planned, r.invested, r.rate, r.started,
                  r.completed, r.red, r.yellow] for r in self.rows]
        planned, invested = known_sum(r.planned for r in self.rows), known_sum(r.invested for r in self.rows)
        lines.append([self.tr("合计"), sum(r.projects for r in self.rows), planned, invested,
                      invested / planned if planned and invested is not None else None,
                      *(sum(getattr(r, k) for r in self.rows) for k in ("started", "completed", "red", "yellow"))])
        self.lines = [[self._text(c, v) for c, v in enumerate(line)] for line in lines]
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            for c, text in enumerate(line):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if r == len(self.lines) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)

    @staticmethod
    def _name(by: str, key: str) -> str:
        # the zone names are interface words (东部 → East), as the dashboard shows them
        return zone_label(key) if by == "zone" else key

    @staticmethod
    def _text(column: int, v) -> str:
        if v is None:
            return "—"
        if column == 4:
            return f"{v:.1%}"
        return format_value(v) if isinstance(v, float) else str(v)

    def copy(self) -> str:
        """The table as tab-separated text, headings first: pasted into Word or Excel as a table."""
        return copy_rows(self.heads, self.lines)

    def _on_changed(self, _cs) -> None:
        self.refresh()

    def _open(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.rows):  # not the total
            r = self.rows[row]
            self.projects_asked.emit(self.by.currentData(), r.key, r.key_id)
