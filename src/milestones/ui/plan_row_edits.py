"""新增目标 / 新增指标 and deleting them, on 举措与目标 and the indicator tables.

Targets and indicators came only from imports: a target set mid-year, an indicator the table left out, a target
imported twice could not be typed in or taken out where they stand. Each is one undo step (ui/undo.py), the
deletion asked first and given back whole by its undo.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
)
from sqlalchemy import select

from ..store.project_rows import plan_id_for
from ..store.schema import Measure, Section
from .cell_paste import chosen_rows
from .unit_completer import offer_units
from .undo import AddIndicatorCommand, AddTargetCommand, RemoveRowsCommand, push


class _Form(QDialog):
    """A few fields and 新增 / 取消; ``accepted`` hands the values on (not exec: the app keeps running)."""

    def __init__(self, title: str, parent) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WA_DeleteOnClose)
        lay = QVBoxLayout(self)
        self.form = QFormLayout()
        lay.addLayout(self.form)
        self.said = QLabel(self)
        self.said.setStyleSheet("color: #b00020")
        self.said.setWordWrap(True)
        lay.addWidget(self.said)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("新增"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


class PlanRowEdits(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    # -- targets ----------------------------------------------------------
    def measures(self) -> list[tuple[int, str]]:
        """The plan's measures, in the plan's order, as "(二) 强化东部极核引领"."""
        from .row_models import _cn

        with self.window.db.read() as s:
            plan_id = plan_id_for(s, self.window.year)
            q = (select(Measure.id, Measure.title, Section.number).join(Section, Section.id == Measure.section_id)
                 .where(Section.plan_id == plan_id).order_by(Section.number, Measure.seq))
            return [(mid, f"({_cn(n)}) {title}") for mid, title, n in s.execute(q)]

    def ask_target(self) -> _Form | None:
        """新增目标…: which measure (the current row's), its wording, and who answers for it."""
        w = self.window
        if w.read_only or not w.year:
            return None
        view, m = w.targets_table, w.targets_model
        current = view.currentIndex()
        here = m.rows[current.row()]["measure_id"] if current.isValid() and m.rows else None
        measures = self.measures()
        if not measures:  # a target belongs to a measure: a plan read without its measures has none to offer
            w._show_failure(self.tr("计划中还没有工作举措：先导入工作举措与量化目标表，再新增目标"))
            return None
        dialog = _Form(self.tr("新增目标"), w)
        dialog.setObjectName("newTarget")
        dialog.measure = QComboBox(dialog)
        for mid, title in measures:
            dialog.measure.addItem(title, mid)
        dialog.measure.setCurrentIndex(max(dialog.measure.findData(here), 0))
        dialog.text = QLineEdit(dialog)
        dialog.text.setPlaceholderText(self.tr("如：新增创新孵化平台2家以上"))
        dialog.unit = offer_units(QLineEdit(dialog), w.db, w.year)
        dialog.unit.setPlaceholderText(self.tr("（可不填）"))
        dialog.quarter = QLineEdit(dialog)
        dialog.quarter.setPlaceholderText(self.tr("如 三季度、2024年9月（可不填）"))
        dialog.form.addRow(self.tr("举措"), dialog.measure)
        dialog.form.addRow(self.tr("目标（原文）"), dialog.text)
        dialog.form.addRow(self.tr("责任单位"), dialog.unit)
        dialog.form.addRow(self.tr("完成季度"), dialog.quarter)
        dialog.accepted.connect(lambda: self.add_target(dialog.measure.currentData(), dialog.text.text(),
                                                        {"responsible_unit": dialog.unit.text().strip(),
                                                         "quarter": dialog.quarter.text().strip()}))
        dialog.open()
        dialog.text.setFocus()
        return dialog

    def add_target(self, measure_id: int | None, text: str, fields: dict | None = None) -> int | None:
        """A target of the measure, as worded: one undo step; the list shows it chosen."""
        from ..domain.quarter import QuarterParseError, parse_schedule_cell

        w = self.window
        if measure_id is None or not text.strip():
            w._show_failure(self.tr("未新增目标：目标原文不能为空"))
            return None
        fields = {k: v for k, v in (fields or {}).items() if v}
        if fields.get("quarter"):
            try:
                cell = parse_schedule_cell(fields["quarter"], w.year)
            except QuarterParseError:
                cell = None
            if cell is None or cell.quarter is None:
                w._show_failure(self.tr("未新增目标：“%1”不是季度").replace("%1", fields["quarter"]))
                return None
            fields["quarter"] = cell.quarter.short  # kept as text: the command may wait on disk for the server
        cmd = AddTargetCommand(w.ops, measure_id, text.strip(), fields)
        if not push(w.ops, cmd):
            return None
        self._show_row(w.targets_table, w.targets_model, cmd.row_id)
        return cmd.row_id

    # -- indicators -------------------------------------------------------
    def ask_indicator(self) -> _Form | None:
        """新增指标…: its name, unit, the year's target and whether it is binding."""
        w = self.window
        year = w.indicators_model.year
        if w.read_only or not year:
            return None
        dialog = _Form(self.tr("新增%1年指标").replace("%1", str(year)), w)
        dialog.setObjectName("newIndicator")
        dialog.name = QLineEdit(dialog)
        dialog.name.setPlaceholderText(self.tr("如：规模以上工业增加值增速"))
        dialog.unit = QLineEdit(dialog)
        dialog.unit.setPlaceholderText(self.tr("如 %、亿元"))
        dialog.target = QLineEdit(dialog)
        dialog.target.setPlaceholderText(self.tr("如：增长6%左右（可不填）"))
        dialog.binding = QComboBox(dialog)
        for text, value in ((self.tr("未标注"), None), (self.tr("约束性"), True), (self.tr("预期性"), False)):
            dialog.binding.addItem(text, value)
        dialog.form.addRow(self.tr("指标"), dialog.name)
        dialog.form.addRow(self.tr("单位"), dialog.unit)
        dialog.form.addRow(self.tr("目标"), dialog.target)
        dialog.form.addRow(self.tr("属性"), dialog.binding)
        dialog.accepted.connect(lambda: self.add_indicator(dialog.name.text(), dialog.unit.text(),
                                                           dialog.target.text(), dialog.binding.currentData()))
        dialog.open()
        dialog.name.setFocus()
        return dialog

    def add_indicator(self, name: str, unit: str | None = None, target: str | None = None,
                      binding: bool | None = None) -> int | None:
        w = self.window
        if not name.strip():
            w._show_failure(self.tr("未新增指标：指标名称不能为空"))
            return None
        cmd = AddIndicatorCommand(w.ops, w.indicators_model.year, name.strip(), (unit or "").strip() or None,
                                  (target or "").strip() or None, binding)
        if not push(w.ops, cmd):
            return None
        self._show_row(w.indicators_table, w.indicators_model, cmd.row_id)
        return cmd.row_id

    # -- deleting ---------------------------------------------------------
    def ask_remove(self, view) -> QMessageBox | None:
        """删除所选…: the chosen targets (or indicators of the year's table), asked first; one undo step."""
        w = self.window
        m = view.model()
        rows = chosen_rows(view) or ([view.currentIndex().row()] if view.currentIndex().isValid() else [])
        if w.read_only or not rows:
            return None
        targets = m is w.targets_model
        names = [m.rows[r]["text" if targets else "name"] for r in rows]
        shown = "\n".join(f"· {n}" for n in names[:8]) + ("\n…" if len(names) > 8 else "")
        question = (self.tr("删除这%1个目标？").replace("%1", str(len(rows))) if targets
                    else self.tr("从%2年指标中删除这%1个指标？").replace("%1", str(len(rows)))
                    .replace("%2", str(m.year)))
        box = QMessageBox(QMessageBox.Question, self.tr("删除目标") if targets else self.tr("删除指标"),
                          question, QMessageBox.Yes | QMessageBox.No, w)
        box.setInformativeText(shown + "\n\n" + (self.tr("连同其季度安排和完成情况一并删除；可以撤销。") if targets
                                                 else self.tr("其他年度的该指标不受影响；可以撤销。")))
        box.button(QMessageBox.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.No).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.No)
        box.setObjectName("removeRows")
        box.setAttribute(Qt.WA_DeleteOnClose)
        ids = [m.rows[r]["id"] for r in rows]
        yes = box.button(QMessageBox.Yes)
        box.buttonClicked.connect(lambda clicked: self.remove(m, ids) if clicked is yes else None)
        box.open()
        return box

    def remove(self, model, ids: list[int]) -> bool:
        targets = model is self.window.targets_model
        n = len(ids)
        text = (self.tr("删除%n个目标", "", n) if targets else self.tr("删除%n个指标", "", n))
        return push(self.window.ops, RemoveRowsCommand(self.window.ops, "measure_target" if targets
                                                       else "indicator_year", ids, text))

    @staticmethod
    def _show_row(view, model, row_id: int) -> None:
        for r, row in enumerate(model.rows):
            if row["id"] == row_id:
                view.selectRow(r)
                view.scrollTo(model.index(r, 0))
                return
