"""批量修改: one column, one value, every selected project.

The value is offered as the column's own cell offers it: the zones and areas by name, the usual 性质, 级别 and 类别
with those the plan uses, the plan's unit names as they are typed. It starts on the column the planner is in.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from .lang import zone_label
from .project_model import header_text, place_id, place_names

BULK_KEYS = ("zone", "area", "project_class", "nature", "level", "responsible_unit", "owner", "planned_start",
             "planned_completion", "actual_start", "actual_completion", "notes")
_UNIT_KEYS = ("responsible_unit", "owner")
_CHOSEN = ("nature", "level", "project_class")


class BulkEditDialog(QDialog):
    def __init__(self, model, count: int, parent=None, key: str | None = None) -> None:
        """``key``: the list's current column, where the dialog starts when it is one it can set."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量修改"))
        self.setMinimumWidth(460)  # a unit's or an area's whole name, and the hint under it
        self.model = model
        self._places = place_names(model.ops)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("修改所选的 %1 个项目").replace("%1", str(count)), self))
        self.column = QComboBox(self)
        for k in BULK_KEYS:
            self.column.addItem(header_text(k), k)
        if key in BULK_KEYS:
            self.column.setCurrentIndex(BULK_KEYS.index(key))
        self.value_box = QComboBox(self)
        self.value_box.setEditable(True)
        self.value_box.setInsertPolicy(QComboBox.NoInsert)
        self.text = self.value_box.lineEdit()
        form.addRow(self.tr("列"), self.column)
        form.addRow(self.tr("值"), self.value_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.column.currentIndexChanged.connect(self._offer)
        self._offer()

    def _offer(self) -> None:
        """The choices of the column chosen (none for dates and notes: typed)."""
        from .delegates import choice_words
        from .unit_completer import offer_units

        key = self.key()
        box = self.value_box
        box.clear()
        self.text.setCompleter(None)
        zones, areas = self._places
        if key == "zone":
            box.addItems([zone_label(z) for z in zones])
        elif key == "area":
            box.addItems(list(dict.fromkeys(name for name, _aid, _zid in areas)))
        elif key in _CHOSEN:
            box.addItems(choice_words(self.model.ops.db, key))
        elif key in _UNIT_KEYS:
            offer_units(self.text, self.model.ops.db, self.model.year)
        box.setCurrentIndex(-1)
        box.setEditText("")
        self.text.setPlaceholderText(self.tr("新值（留空则清除）") if key not in ("zone", "area")
                                     else self.tr("选择或填写名称（留空则清除）"))

    def key(self) -> str:
        return self.column.currentData()

    def value(self):
        """Zones and areas by name (as a paste reads them: 东部, 东部片区, East); the model stores their ids. A name
        the plan has not is returned as the reason, which the model refuses the change with."""
        text = self.text.text().strip()
        if self.key() in ("zone", "area") and text:
            try:
                return place_id(self.key(), text, self._places)
            except ValueError as exc:
                return str(exc)
        return text
