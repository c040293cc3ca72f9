"""Cell editors that fit the data: quarters, zones and areas, numbers with units."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate

from ..domain.quarter import Quarter
from ..domain.target import plain_number
from ..store.project_rows import distinct_values
from ..store.schema import Area, Zone
from .lang import quarter_label, zone_label
from .project_model import NUMBER_KEYS, QUARTER_KEYS
from .unit_completer import offer_units

UNIT_KEYS = ("responsible_unit", "owner", "partner_units")  # cells naming units: the plan's names offered


NATURES = ["新开工", "续建", "计划完工", "前期"]
LEVELS = ["市级重点", "区级重点", "储备"]
CLASSES = ["产业发展", "城市基础设施", "城市更新", "公共服务", "民生改善", "生态环保"]


class PlaceBox(QComboBox):
    """区域 or 板块 picked from the plan's: a word typed through an input method (东部, 解放碑) picks the first
    one holding it, as a letter typed picks the first one starting with it; Qt's box ignores such input. The plan's
    own name counts as much as the one shown (西部 typed in the English interface finds West)."""

    NAME = Qt.UserRole + 1  # the plan's name of an item shown translated

    def inputMethodEvent(self, event) -> None:
        typed = event.commitString().strip()
        if typed:
            i = next((i for i in range(self.count())
                      if typed in self.itemText(i) or typed in (self.itemData(i, self.NAME) or "")), -1)
            if i >= 0:
                self.setCurrentIndex(i)
        event.accept()


class QuarterEditor(QComboBox):
    """A quarter picker that also takes any notation typed (2024年3月, 2024-03-15 …)."""

    def __init__(self, year: int, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.addItem("", None)
        for q in Quarter.range(Quarter(year - 2, 1), Quarter(year + 3, 4)):
            self.addItem(quarter_label(q), q.short)
        self.lineEdit().setPlaceholderText(QCoreApplication.translate("Edit", "如 2024年一季度、2024Q1、2024年3月"))

    def value(self) -> str:
        text = self.currentText().strip()
        i = self.findText(text)
        if i >= 0:
            return self.itemData(i) or ""
        return text

    def set_value(self, short: str | None) -> None:
        i = self.findData(short) if short else 0
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(short or "")


def choice_words(db, key: str) -> list[str]:
    """The words offered for a project's 性质, 级别 or 类别: the usual ones first, then those the plan uses."""
    base = {"nature": NATURES, "level": LEVELS, "project_class": CLASSES}[key]
    with db.read() as s:
        used = distinct_values(s, key)
    return sorted(set(base) | set(used), key=lambda v: (v not in base, base.index(v) if v in base else 0, v))


class UnitsDelegate(QStyledItemDelegate):
    """举措与目标's cells: the unit columns offer the plan's unit names as they are typed."""

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        if self.model.columns[index.column()].key in UNIT_KEYS:
            return offer_units(QLineEdit(parent), self.model.ops.db, self.model.year)
        return super().createEditor(parent, option, index)


class IndicatorsDelegate(QStyledItemDelegate):
    """The indicator table's cells: 调整为 offers the indicators the database knows, those holding what is typed."""

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        if self.model.columns[index.column()].kind == "indicator":
            from sqlalchemy import select

            from ..store.schema import Indicator
            from .unit_completer import offer_names

            editor = QLineEdit(parent)
            with self.model.ops.db.read() as s:
                offer_names(editor, list(s.scalars(select(Indicator.name))), max(360, option.rect.width()))
            return editor
        return super().createEditor(parent, option, index)


class ProjectDelegate(QStyledItemDelegate):
    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def _key(self, index) -> str:
        return self.model.keys[index.column()]

    def createEditor(self, parent, option, index):
        key = self._key(index)
        db = self.model.ops.db
        if key in QUARTER_KEYS:
            return QuarterEditor(self.model.year or Quarter.from_date(__import__("datetime").date.today()).year, parent)
        if key == "zone":
            box = PlaceBox(parent)
            box.addItem("", None)
            with db.read() as s:
                for z in s.query(Zone).order_by(Zone.sort_order):
                    box.addItem(zone_label(z.name), z.id)  # East in English
                    box.setItemData(box.count() - 1, z.name, PlaceBox.NAME)
            return box
        if key == "area":
            box = PlaceBox(parent)
            box.addItem("", None)
            row = self.model.row_data(index.row())
            with db.read() as s:
                q = s.query(Area).join(Zone).order_by(Zone.sort_order, Area.sort_order)
                if row is not None and row.zone_id is not None:
                    q = q.filter(Area.zone_id == row.zone_id)
                for a in q:
                    box.addItem(a.name, a.id)
            return box
        if key in ("nature", "level", "project_class"):
            box = QComboBox(parent)
            box.setEditable(True)
            box.addItems([""] + choice_words(db, key))
            return box
        if key in UNIT_KEYS:
            return offer_units(QLineEdit(parent), db, self.model.year)
        if key in NUMBER_KEYS:
            edit = QLineEdit(parent)
            v = QDoubleValidator(0, 1e9, 6, edit)  # six decimals: what an import keeps of 万元 in 亿元
            v.setNotation(QDoubleValidator.StandardNotation)
            edit.setValidator(v)
            edit.setPlaceholderText(QCoreApplication.translate("Edit", "亿元"))
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.EditRole)
        if isinstance(editor, QuarterEditor):
            editor.set_value(value)
        elif isinstance(editor, QComboBox) and not editor.isEditable():
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value or "")
        elif isinstance(editor, QLineEdit) and self._key(index) in NUMBER_KEYS:
            # every digit the database holds: a shortened figure would be written back on Enter
            editor.setText("" if value is None else plain_number(value))
        else:
            super().setEditorData(editor, index)
        if isinstance(editor, QComboBox) and editor.isEditable():
            # typing over a cell replaces it, as Qt does for a line edit and Excel for any cell: the first key or
            # an input method's word (续建 over 新开工) was added to the old text ("新开工续建")
            editor.lineEdit().selectAll()

    def setModelData(self, editor, model, index):
        if isinstance(editor, QuarterEditor):
            model.setData(index, editor.value(), Qt.EditRole)
        elif isinstance(editor, QComboBox) and not editor.isEditable():
            model.setData(index, editor.currentData(), Qt.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.EditRole)
        else:
            super().setModelData(editor, model, index)
