"""批量修改: one column, one value, every selected project."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from .project_model import header_text

BULK_KEYS = ("zone", "area", "project_class", "nature", "level", "responsible_unit", "owner", "planned_start",
             "planned_completion", "actual_start", "actual_completion", "notes")


class BulkEditDialog(QDialog):
    def __init__(self, model, count: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量修改"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("修改所选的 %1 个项目").replace("%1", str(count)), self))
        self.column = QComboBox(self)
        for k in BULK_KEYS:
            self.column.addItem(header_text(k), k)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("新值（留空则清除）；区域、板块填名称"))
        form.addRow(self.tr("列"), self.column)
        form.addRow(self.tr("值"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.model = model

    def key(self) -> str:
        return self.column.currentData()

    def value(self):
        """Zones and areas are typed by name; the model stores their ids."""
        text = self.text.text().strip()
        if self.key() in ("zone", "area") and text:
            from sqlalchemy import select

            from ..store.schema import Area, Zone

            model = Zone if self.key() == "zone" else Area
            with self.model.ops.db.read() as s:
                found = s.scalar(select(model.id).where(model.name == text))
            if found is None:
                return f"“{text}”不存在"  # the model refuses it with the reason
            return found
        return text
