"""The latest recorded changes across the plan's projects and targets (最近修改): who moved which plan, corrected
which figure, lately. An office sharing a plan reads it on Monday morning; a row opens its project (its target)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from ..store.history import recent_changes
from .change_text import change_how, change_value, change_what
from .filter_bar import type_ahead
from .lang import local_time

LIMIT = 500  # a page's worth: the project window has each project's whole record


class RecentChangesDialog(QDialog):
    project_asked = Signal(int)  # a row was opened: show its project
    target_asked = Signal(int)  # a target's row was opened: show it in the 举措与目标 list

    def __init__(self, ops, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("recentChanges")
        self.setWindowTitle(self.tr("最近修改"))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("按项目名称、目标或修改人查找…"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.count = QLabel(self)
        top.addWidget(self.count)
        lay.addLayout(top)
        heads = [self.tr("时间"), self.tr("项目"), self.tr("内容"), self.tr("原为"), self.tr("改为"), self.tr("修改人"),
                 self.tr("方式")]
        self.table = QTableWidget(0, len(heads), self)
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.cellDoubleClicked.connect(self._open)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._timer = type_ahead(self.search, self.refresh)
        ops.changed.connect(self._on_changed)  # a bound method: disconnected when the dialog is gone
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        with self.ops.db.read() as s:
            self.rows = recent_changes(s, LIMIT, self.search.text())
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            for col, text in enumerate([local_time(c["at"]), c["project"], change_what(c), change_value(c, c["old"]),
                                        change_value(c, c["new"]), c["by"] or "", change_how(c["how"])]):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setToolTip(self.tr("双击打开项目") if c["target_id"] is None else self.tr("双击显示该目标"))
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        if not self.rows:
            self.count.setText(self.tr("没有记录") if not self.search.text() else self.tr("没有相符的记录"))
        elif len(self.rows) >= LIMIT:
            self.count.setText(self.tr("最近%1次").replace("%1", str(LIMIT)))
        else:
            self.count.setText(self.tr("共%1次").replace("%1", str(len(self.rows))))

    def _on_changed(self, _cs) -> None:
        self.refresh()

    def _open(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.rows):
            c = self.rows[row]
            if c.get("target_id") is not None:
                self.target_asked.emit(c["target_id"])
            else:
                self.project_asked.emit(c["project_id"])
