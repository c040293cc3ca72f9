"""Export an attachment table: which table, which year and zone, where to."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox,
    QProgressDialog, QPushButton, QSpinBox, QWidget,
)

from ..spreadsheet.export import export
from .import_dialog import KIND_NAMES
from .worker import Task


class ExportDialog(QDialog):
    exported = Signal(str)

    def __init__(self, ops, year: int | None, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("导出附件表格"))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for k, name in KIND_NAMES.items():
            self.kind.addItem(self.tr(name), k)
        self.kind.setCurrentIndex(self.kind.findData("key_projects"))
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(year or 2024)
        self.zone = QComboBox(self)
        for z in ("", "东部", "中部", "西部", "全区"):
            self.zone.addItem(self.tr(z) if z else self.tr("全部"), z or None)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.path, 1)
        h.addWidget(browse)
        form.addRow(self.tr("表格"), self.kind)
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("区域"), self.zone)
        form.addRow(self.tr("保存到"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        name = {"indicator_results": "附件1", "indicator_targets": "附件2", "key_projects": "重点项目",
                "measures": "举措与目标"}[self.kind.currentData()]
        folder = Path(self.path.text()).parent if self.path.text() else Path.home()
        self.path.setText(str(folder / f"{self.year.value()}年{name}.xlsx"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path.text(), "Excel (*.xlsx)")
        if path:
            self.path.setText(path if path.endswith(".xlsx") else path + ".xlsx")

    def start(self) -> None:
        kind, out = self.kind.currentData(), self.path.text()
        year = self.year.value()
        zone = self.zone.currentData() if kind == "key_projects" else None
        self.progress = QProgressDialog(self.tr("正在导出…"), None, 0, 0, self)
        self.progress.setMinimumDuration(300)
        self.task = Task(lambda progress, cancelled: export(self.ops.db, kind, out, year=year, zone=zone), parent=self)
        self.task.succeeded.connect(lambda n: self._done(out))
        self.task.failed.connect(self._failed)
        self.task.start()

    def _done(self, out: str) -> None:
        self.progress.reset()
        self.exported.emit(out)
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.reset()
        box = QMessageBox(QMessageBox.Warning, self.tr("导出失败"), message, QMessageBox.Ok, self)
        box.open()
