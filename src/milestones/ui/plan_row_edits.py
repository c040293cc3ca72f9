"""新增目标 / 新增指标 and deleting them, on 举措与目标 and the indicator tables.

Targets and indicators came only from imports: a target set mid-year, an indicator the table left out, a target
imported twice could not be typed in or taken out where they stand. Each is one undo step (ui/undo.py), the
deletion asked first and given back whole by its undo. A target's measure and section are chosen or typed: a
measure the plan does not hold (set mid-year, missed by the report's reading, a plan typed in from nothing) is made
with its first target, and undone with it.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QVBoxLayout,
)
from sqlalchemy import func, select

from ..store.project_rows import plan_id_for
from ..store.schema import Measure, Section
from .cell_paste import chosen_rows
from .unit_completer import offer_names, offer_units
from .undo import AddIndicatorCommand, AddTargetCommand, EditCommand, FieldEdit, RemoveRowsCommand, push


class _Form(QDialog):
    """A few fields and 新增 / 取消; ``accepted`` hands the values on (not exec: the app keeps running). ``check``,
    where set, says what is missing: the box stays open, saying it, and nothing typed is lost."""

    check = None

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

    def accept(self) -> None:
        wrong = self.check() if self.check is not None else None
        if wrong:
            self.said.setText(wrong)
            return
        super().accept()


def _typed_or_chosen(parent) -> QComboBox:
    """A list to choose from that also takes a new name typed in; what is typed finds the names holding it."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.NoInsert)
    # a popup, not the inline completion: a new name typed as the start of a listed one is not silently completed
    box.completer().setCompletionMode(QCompleter.PopupCompletion)
    box.completer().setFilterMode(Qt.MatchContains)
    return box


def _chosen(box: QComboBox):
    """The id of the listed name the box shows, or the new name typed (stripped; "" for none)."""
    text = box.currentText().strip()
    i = box.findText(text, Qt.MatchExactly)
    return box.itemData(i) if i >= 0 else text


class PlanRowEdits(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    # -- targets ----------------------------------------------------------
    def outline(self) -> list[tuple[int, str, list[tuple[int, str]]]]:
        """The plan's sections in its order, as "(二) 更加优化区域发展格局", each with its measures (id, title)."""
        from ..domain.numerals import chinese_numeral

        with self.window.db.read() as s:
            plan_id = plan_id_for(s, self.window.year)
            sections = s.execute(select(Section.id, Section.number, Section.title)
                                 .where(Section.plan_id == plan_id).order_by(Section.number)).all()
            measures: dict[int, list[tuple[int, str]]] = {}
            for mid, title, sid in s.execute(select(Measure.id, Measure.title, Measure.section_id)
                                             .join(Section, Section.id == Measure.section_id)
                                             .where(Section.plan_id == plan_id).order_by(Measure.seq)):
                measures.setdefault(sid, []).append((mid, title))
            return [(sid, f"({chinese_numeral(n)}) {title}", measures.get(sid, [])) for sid, n, title in sections]

    def ask_target(self) -> _Form | None:
        """新增目标…: which section and measure (the current row's; or typed, new), its wording, and who answers
        for it."""
        w = self.window
        if w.read_only or not w.year:
            return None
        view, m = w.targets_table, w.targets_model
        current = view.currentIndex()
        here = m.rows[current.row()]["measure_id"] if current.isValid() and m.rows else None
        outline = self.outline()
        dialog = _Form(self.tr("新增目标"), w)
        dialog.setObjectName("newTarget")
        dialog.section = _typed_or_chosen(dialog)
        dialog.measure = _typed_or_chosen(dialog)
        for sid, label, _measures in outline:
            dialog.section.addItem(label, sid)
        dialog.section.lineEdit().setPlaceholderText(self.tr("选择，或填写新的部分"))
        dialog.text = QLineEdit(dialog)

        def section():
            chosen = _chosen(dialog.section)
            if isinstance(chosen, str):  # "（二）" typed alone: the plan's section (二), as its label begins
                numbered = chosen.replace("（", "(").replace("）", ")").replace(" ", "")
                chosen = next((sid for sid, label, _ms in outline if label.split(" ", 1)[0] == numbered), chosen)
            return chosen

        def fill_measures() -> None:
            chosen = section()
            # a measure typed (not one of the list's) stays as the section changes; one chosen is the old section's
            typed = "" if isinstance(_chosen(dialog.measure), int) else dialog.measure.currentText()
            dialog.measure.blockSignals(True)
            dialog.measure.clear()
            for mid, title in next((ms for sid, _label, ms in outline if sid == chosen), []):
                dialog.measure.addItem(title, mid)
            dialog.measure.setCurrentIndex(-1)
            dialog.measure.setEditText(typed)
            dialog.measure.blockSignals(False)
            say_wording()

        def say_wording() -> None:  # a new measure may be its own target; a listed one's target must be worded
            new = not isinstance(_chosen(dialog.measure), int)
            dialog.text.setPlaceholderText(self.tr("不填则以举措本身为目标（按是否完成评价）") if new
                                           else self.tr("如：新增创新孵化平台2家以上"))

        dialog.section.currentIndexChanged.connect(lambda _i: fill_measures())
        dialog.section.editTextChanged.connect(lambda _t: fill_measures())
        dialog.measure.editTextChanged.connect(lambda _t: say_wording())
        dialog.measure.lineEdit().setPlaceholderText(self.tr("选择，或填写新的举措"))
        at = next(((i, ms) for i, (_sid, _label, ms) in enumerate(outline) for mid, _t in ms if mid == here), None)
        dialog.section.setCurrentIndex(at[0] if at else (0 if outline else -1))
        fill_measures()
        if at:
            dialog.measure.setCurrentIndex(dialog.measure.findData(here))
        elif dialog.measure.count():
            dialog.measure.setCurrentIndex(0)
        dialog.unit = offer_units(QLineEdit(dialog), w.db, w.year)
        dialog.unit.setPlaceholderText(self.tr("（可不填）"))
        dialog.quarter = QLineEdit(dialog)
        dialog.quarter.setPlaceholderText(self.tr("如 三季度、%1年9月（可不填）").replace("%1", str(w.year)))
        dialog.form.addRow(self.tr("部分"), dialog.section)
        dialog.form.addRow(self.tr("举措"), dialog.measure)
        dialog.form.addRow(self.tr("目标（原文）"), dialog.text)
        dialog.form.addRow(self.tr("责任单位"), dialog.unit)
        dialog.form.addRow(self.tr("完成季度"), dialog.quarter)

        def measure():
            chosen = _chosen(dialog.measure)
            if isinstance(chosen, int) or not chosen:
                return chosen or None
            return {"year": w.year, "section": section(), "title": chosen}

        dialog.check = lambda: self._wrong_target(measure(), dialog.text.text(), dialog.quarter.text())
        for typed in (dialog.section.editTextChanged, dialog.measure.editTextChanged, dialog.text.textChanged,
                      dialog.quarter.textChanged):
            typed.connect(lambda _t: dialog.said.clear())  # what was missing is said until something is typed
        dialog.accepted.connect(lambda: self.add_target(measure(), dialog.text.text(),
                                                        {"responsible_unit": dialog.unit.text().strip(),
                                                         "quarter": dialog.quarter.text().strip()}))
        dialog.open()
        (dialog.text if outline else dialog.section).setFocus()
        return dialog

    def _wrong_target(self, measure, text: str, quarter: str) -> str | None:
        """What keeps a target from being added, as the box says it; None when nothing does."""
        if measure is None:
            return self.tr("请选择举措，或填写新的举措")
        if isinstance(measure, dict) and not measure["section"]:
            return self.tr("请选择举措所属的部分，或填写新的部分")
        if isinstance(measure, int) and not text.strip():
            return self.tr("目标原文不能为空")
        if quarter.strip() and self._quarter(quarter) is None:
            return self.tr("“%1”不是季度").replace("%1", quarter.strip())
        return None

    def _quarter(self, text: str):
        from ..domain.quarter import QuarterParseError
        from ..domain.schedule_cell import parse_schedule_cell

        try:
            cell = parse_schedule_cell(text.strip(), self.window.year)
        except QuarterParseError:
            return None
        return cell.quarter if cell is not None else None

    def add_target(self, measure: int | dict | None, text: str, fields: dict | None = None) -> int | None:
        """A target of the measure (its id; or {"year", "section", "title"} for a new one), as worded: one undo
        step; the list shows it chosen."""
        w = self.window
        wrong = self._wrong_target(measure, text, (fields or {}).get("quarter") or "")
        if wrong:
            w._show_failure(self.tr("未新增目标：%1").replace("%1", wrong))
            return None
        # a box left with a space is a box left blank (a quarter of " " failed as no quarter: a fault in a box)
        fields = {k: v.strip() if isinstance(v, str) else v for k, v in (fields or {}).items()}
        fields = {k: v for k, v in fields.items() if v}
        if fields.get("quarter"):
            fields["quarter"] = self._quarter(fields["quarter"]).short  # as text: the command may wait on disk
        new = measure if isinstance(measure, dict) else None
        cmd = AddTargetCommand(w.ops, None if new else measure, text.strip(), fields, new)
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
        # the indicators other years' tables hold, this year's not: one chosen keeps its history (a name typed a
        # little otherwise made a second indicator beside it), and brings its unit
        known = self.known_indicators(year)
        completer = offer_names(dialog.name, list(known))

        def take_unit(name: str) -> None:
            if known.get(name.strip()) and not dialog.unit.text().strip():
                dialog.unit.setText(known[name.strip()])

        dialog.name.textChanged.connect(take_unit)
        completer.activated.connect(take_unit)
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

    def known_indicators(self, year: int) -> dict[str, str | None]:
        """The indicators the database knows that ``year``'s table does not hold: name → unit."""
        from ..store.schema import Indicator, IndicatorYear

        with self.window.db.read() as s:
            held = select(IndicatorYear.indicator_id).where(IndicatorYear.year == year)
            return dict(s.execute(select(Indicator.name, Indicator.unit).where(Indicator.id.not_in(held))).all())

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
        ids = [m.rows[r]["id"] for r in rows]
        said = (self.tr("连同其季度安排和完成情况一并删除；可以撤销。") if targets
                else self.tr("其他年度的该指标不受影响；可以撤销。"))
        if targets:  # a measure shows by its targets: one left with none goes with its last
            chosen = set(ids)
            left = Counter(r["measure_id"] for r in m.all_rows if r["id"] not in chosen)
            emptied = [r["measure"] for r in m.all_rows if r["id"] in chosen and not left[r["measure_id"]]]
            if emptied:
                said = self.tr("举措%1没有其他目标，随之删除。").replace(
                    "%1", self.tr("、").join(f"“{t}”" for t in dict.fromkeys(emptied))) + "\n" + said
        return self._ask(self.tr("删除目标") if targets else self.tr("删除指标"), question, shown + "\n\n" + said,
                         "removeRows", lambda: self.remove(m, ids))

    def _ask(self, title: str, question: str, said: str, name: str, remove) -> QMessageBox:
        """A deletion asked first (取消 the default), not modal: ``remove`` runs on 删除."""
        box = QMessageBox(QMessageBox.Question, title, question, QMessageBox.Yes | QMessageBox.No, self.window)
        box.setInformativeText(said)
        box.button(QMessageBox.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.No).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.No)
        box.setObjectName(name)
        box.setAttribute(Qt.WA_DeleteOnClose)
        yes = box.button(QMessageBox.Yes)
        box.buttonClicked.connect(lambda clicked: remove() if clicked is yes else None)
        box.open()
        return box

    def ask_remove_measure(self, row: int) -> QMessageBox | None:
        """删除举措…: the measure of the row, with every target of it (a heading of the report read as a measure, one
        entered twice), asked first; one undo step giving it back whole."""
        w = self.window
        m = w.targets_model
        if w.read_only or not 0 <= row < len(m.rows):
            return None
        measure, mid = m.rows[row]["measure"], m.rows[row]["measure_id"]
        with w.db.read() as s:
            count = len(s.get(Measure, mid).targets) if s.get(Measure, mid) is not None else 0
        text = self.tr("删除举措“%1”").replace("%1", measure)
        return self._ask(self.tr("删除举措"), self.tr("删除举措“%1”？").replace("%1", measure),
                         self.tr("连同它的%n个目标及其季度安排和完成情况一并删除；可以撤销。", "", count), "removeMeasure",
                         lambda: push(w.ops, RemoveRowsCommand(w.ops, "measure", [mid], text)))

    def ask_remove_section(self, section_id: int) -> QMessageBox | None:
        """删除部分…: a section with its measures and their targets (one left empty by moving its measures out, one
        made by mistake), asked first; one undo step giving it back whole."""
        from ..store.schema import MeasureTarget

        w = self.window
        if w.read_only:
            return None
        with w.db.read() as s:
            sec = s.get(Section, section_id)
            if sec is None:
                return None
            title = sec.title
            measures = len(sec.measures)
            targets = s.scalar(select(func.count()).select_from(MeasureTarget).join(Measure)
                               .where(Measure.section_id == section_id))
        text = self.tr("删除部分“%1”").replace("%1", title)

        def remove() -> None:
            shown = w.targets_model.section_id == section_id
            if push(w.ops, RemoveRowsCommand(w.ops, "section", [section_id], text)) and shown:
                w.show_targets("")  # the section shown is gone: every section's targets

        said = (self.tr("连同其中%1项举措、%2个目标及其季度安排和完成情况一并删除；可以撤销。")
                .replace("%1", str(measures)).replace("%2", str(targets)) if measures
                else self.tr("其中没有举措；可以撤销。"))
        return self._ask(self.tr("删除部分"), self.tr("删除部分“%1”？").replace("%1", title), said, "removeSection",
                         remove)

    def ask_rename_part(self, part: str) -> bool:
        """修改上一级标题…: the heading over sections in a list of two levels, renamed for every section under it
        in the plan shown (left empty, the sections stand on their own); one undo step."""
        w = self.window
        if w.read_only:
            return False
        typed, ok = QInputDialog.getText(w, self.tr("修改上一级标题"), self.tr("其下各部分的上一级标题（留空则取消分组）："),
                                         text=part)
        return ok and self.rename_part(part, typed)

    def rename_part(self, part: str, typed: str) -> bool:
        from ..store.import_match import strip_section_number

        w = self.window
        new = strip_section_number(typed.strip()) or None  # "二、着力惠民生" typed with its number: the words
        if new == part:
            return False
        with w.db.read() as s:
            ids = list(s.scalars(select(Section.id).where(Section.plan_id == plan_id_for(s, w.year),
                                                           Section.part == part)))
        if not ids:
            return False
        text = (self.tr("修改上一级标题“%1”").replace("%1", part) if new
                else self.tr("取消上一级标题“%1”").replace("%1", part))
        return push(w.ops, EditCommand(w.ops, [FieldEdit("section", i, "part", part, new, None) for i in ids], text))

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
