"""Import an attachment: preview the records, every problem and the diff; then confirm.

Reading and writing run off the GUI thread with a progress dialog that can
be cancelled; a cancelled import writes nothing (the transaction rolls back).
A confirmed import is one undo step.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListView,
    QProgressDialog, QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ..domain.quarter import Quarter
from ..domain.steps import Step, steps_text
from ..domain.target import OP_WORDS
from ..spreadsheet.importer import (
    ImportFile, PlanChangedSincePreview, preview, read_import, take_told_names, write,
)
from ..spreadsheet.marked import not_kept_in_copy, write_marked_copy
from ..store.history import TARGET_REVISIONS
from ..store.imports import revert_import
from .checks_dialog import finding_key
from .frozen_table import FrozenTable
from .lang import binding_word, exact_text, language, quarter_label, zone_label
from .problem_text import problem_text
from .same_names import SameNameChoices
from .undo import StoreCommand
from .worker import Task

_QUARTER = re.compile(r"\d{4}Q[1-4]")  # a record's quarter ("2024Q2")

KIND_NAMES = {"indicator_results": "指标完成情况（附件1）", "indicator_targets": "指标目标（附件2）",
              "key_projects": "重点项目", "measures": "举措与目标"}
RECORD_COLUMNS = {
    "indicator_results": ["name", "unit", "category", "target", "actual", "status", "reason"],
    "indicator_targets": ["name", "unit", "binding", "previous_actual", "target"],
    "key_projects": ["name", "zone", "area", "class", "total_investment", "annual_investment", "start",
                     "completion", "nature", "responsible_unit"],
    "measures": ["section", "measure", "text", "value", "unit", "quarter", "responsible_unit", "partner_units",
                 "leader", "actual", "status", "notes"],
}
# (field, the column it follows)
OPTIONAL_COLUMNS = {
    "key_projects": [("notes", "responsible_unit"),  # (first: the others after 责任单位 go before it)
                     ("owner", "nature"), ("level", "nature"),  # (业主单位 before 责任单位, 级别 beside 性质)
                     ("code", "name"),  # (the code a re-import matches a project by, before its name)
                     ("invested_before", "total_investment"), ("actual_start", "start"),
                     ("actual_completion", "completion"), ("contact", "responsible_unit"),
                     ("leader", "responsible_unit"), ("construction_years", "class"), ("content", "class"),
                     ("location", "area"), ("partner_units", "responsible_unit")],
    "measures": [("measure_text", "notes"), ("steps", "quarter"), ("contact", "partner_units"),  # 工作措施 last: long
                 ("part", "section")],  # a list of two levels: the heading over the section
    # a table split among the units, and the table's remarks
    "indicator_results": [("notes", "reason"), ("partner_units", "reason"), ("responsible_unit", "reason"),
                          ("binding", "category")],  # (属性 in a results table too: it was imported unseen)
    "indicator_targets": [("notes", "target"), ("partner_units", "target"), ("responsible_unit", "target")],
}


# what the planner calls each field (record keys and database columns alike)
FIELD_LABELS = {
    "name": "名称", "zone": "区域", "area": "板块", "class": "类别", "project_class": "类别",
    "total_investment": "总投资(亿元)", "annual_investment": "年度计划投资(亿元)", "start": "计划开工",
    "invested_before": "截至上年底累计完成投资(亿元)",
    "completion": "计划完工", "planned_start": "计划开工", "planned_completion": "计划完工",
    "actual_start": "实际开工", "actual_completion": "实际完工", "nature": "性质", "level": "级别",
    "responsible_unit": "责任单位", "partner_units": "配合单位", "owner": "业主单位", "notes": "备注", "code": "项目编码", "unit": "单位",
    "category": "类别", "binding": "属性", "target": "目标", "target_text": "目标", "target_op": "目标方式",
    "target_value": "目标值", "target_unit": "目标单位", "actual": "完成值", "actual_text": "完成情况（原文）",
    "previous_actual": "上年完成", "previous_actual_text": "上年完成（原文）", "status": "完成情况",
    "reason": "原因说明", "status_reason": "原因说明", "section": "部分", "measure": "举措", "measure_text": "工作措施",
    "contact": "责任人", "text": "目标（原文）", "steps": "季度安排",
    "value": "目标值", "quarter": "季度", "op": "方式", "subject": "指标对象", "zone_id": "区域", "area_id": "板块",
    "on_list": "列入计划", "content": "建设内容", "construction_years": "建设年限", "leader": "牵头领导",
    "location": "建设地点", "part": "上一级标题",
    "planned_start_text": "计划开工（原文）", "planned_completion_text": "计划完工（原文）", "name_key": "名称",
    "quarter_text": "完成时限（原文）",
}


# a quarter's figures in a record, in the order the preview shows them; "to_date" is a running total
# (1-6月完成投资) before it becomes the quarter's own figure
QUARTER_PARTS = {"planned": "计划投资(亿元)", "goal": "形象进度目标", "actual": "完成投资(亿元)",
                 "to_date": "累计完成投资(亿元)", "progress": "形象进度"}


_MILESTONE_PARTS = (("planned", "milestone:"), ("actual", "milestone_done:"), ("note", "milestone_note:"))
_PART_ORDER = {part: n for n, part in enumerate(QUARTER_PARTS)}  # a part not listed goes last, not crash


def field_label(key: str) -> str:
    if key.startswith("milestone:"):  # "milestone:主体完工" → 节点：主体完工, the name as the table gives it
        return QCoreApplication.translate("Fields", "节点：%1").replace("%1", key.split(":", 1)[1])
    if key.startswith("milestone_done:"):  # when it was reached: 节点：主体完工（实际）
        return QCoreApplication.translate("Fields", "节点：%1（实际）").replace("%1", key.split(":", 1)[1])
    if key.startswith("milestone_note:"):  # the words its cell gave ("已批复", "办理中"): 节点：立项批复（说明）
        return QCoreApplication.translate("Fields", "节点：%1（说明）").replace("%1", key.split(":", 1)[1])
    if key.startswith("milestone_date:"):  # the day a cell gives ("2024-05-20")
        return QCoreApplication.translate("Fields", "节点：%1（计划日期）").replace("%1", key.split(":", 1)[1])
    if key.startswith("milestone_done_date:"):
        return QCoreApplication.translate("Fields", "节点：%1（实际日期）").replace("%1", key.split(":", 1)[1])
    if key.startswith("quarter:"):  # "quarter:2024Q1:actual" → 2024年一季度 完成投资(亿元)
        from ..domain.quarter import Quarter

        _, quarter, part = key.split(":")
        return (f"{quarter_label(Quarter.parse(quarter))} "  # "2024 Q1" in English ("2024年一季度" was left in it)
                f"{QCoreApplication.translate('Fields', QUARTER_PARTS.get(part, part))}")
    return QCoreApplication.translate("Fields", FIELD_LABELS.get(key, key))


def _v(v, unit: str | None = None, key: str = "") -> str:
    if isinstance(v, list):  # a target's steps
        return _steps(v, unit) or "—"
    if isinstance(v, bool):
        return _yes_no(key, v)
    return "—" if v is None else exact_text(v)


def _yes_no(key: str, v: bool) -> str:
    """A true or false field in the planner's words: an indicator's 约束性 / 预期性 as the indicator list says it
    (the preview showed "True" and "False"), any other 是 / 否."""
    if key == "binding":
        return binding_word(v)
    return QCoreApplication.translate("Fields", "是") if v else QCoreApplication.translate("Fields", "否")


def _steps(steps: list, unit: str | None) -> str:
    """A target's steps as the 举措与目标 view shows them: each quarter's step, then what was done."""
    held = [st if isinstance(st, Step) else Step(**{**st, "quarter": Quarter.parse(st["quarter"])}) for st in steps]
    if not held:
        return ""
    year, english = held[0].quarter.year, language() == "en"
    planned = steps_text(held, year, english=english)
    done = steps_text(held, year, done=True, english=english, unit=unit)
    return planned if not done else f"{planned}{' | ' if planned else ''}{QCoreApplication.translate('Fields', '完成')} {done}"


class RecordsModel(QAbstractTableModel):
    """The parsed records of one table, coloured by what importing does to each."""

    def __init__(self, table, diff, parent=None) -> None:
        super().__init__(parent)
        self.table, self.diff = table, diff
        self.keys = list(RECORD_COLUMNS.get(table.kind or "", ["name"]))
        self._steps_shown: dict[int, str] = {}
        # the columns many tables leave out, shown where this one fills them
        for key, after in OPTIONAL_COLUMNS.get(table.kind or "", []):
            if after in self.keys and any(rec.get(key) not in (None, []) for rec in table.records):
                self.keys.insert(self.keys.index(after) + 1, key)
        # a target's 方式 beside its 目标值 where any says more than the figure: "压缩至1个工作日" is at most one day
        # (the figure alone showed "1", the ceiling only in the words)
        if "value" in self.keys and any(rec.get("op") not in (None, "exact", "text") for rec in table.records):
            self.keys.insert(self.keys.index("value"), "op")
        # the quarterly report's figures, one column each ("2024年一季度 完成投资(亿元)")
        present = {(q, part) for rec in table.records for q, parts in (rec.get("quarters") or {}).items()
                   for part, v in parts.items() if v is not None}
        self.keys += [f"quarter:{q}:{part}" for q, part in
                      sorted(present, key=lambda qp: (qp[0], _PART_ORDER.get(qp[1], len(_PART_ORDER)), qp[1]))]
        # the project's 节点 beyond start and completion ("节点：主体完工"), one column each
        # (a name's planned, reached and words side by side, the names in the table's order)
        given = {(name, key) for rec in table.records for name, m in (rec.get("milestones") or {}).items()
                 for part, key in _MILESTONE_PARTS if m.get(part)}
        names = dict.fromkeys(name for rec in table.records for name in (rec.get("milestones") or {}))
        self.keys += [f"{key}{name}" for name in names for _part, key in _MILESTONE_PARTS if (name, key) in given]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys) + 1

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return self.table.rows[section] if section < len(self.table.rows) else section + 1
        return self.tr("变化") if section == 0 else field_label(self.keys[section - 1])

    def _status(self, row: int) -> str:
        if self.diff is None:
            return ""
        if row in self.diff.changed:
            return self.tr("修改：") + self.tr("、").join(field_label(k) for k in self.diff.changed[row])
        if row in self.diff.new:
            if row in self.diff.similar:  # likely a typo for a listed project: said, not merged
                return self.tr("新增（与“%1”相近）").replace("%1", self.diff.similar[row])
            return self.tr("新增")
        return self.tr("不变")

    def _said_before(self, key: str, was: str) -> str:
        """A revised list's 原目标, 原责任单位, 原配合单位, 原牵头领导 as a cell's tooltip (a target's or a project's)."""
        return {"text": self.tr("原目标：%1"), "responsible_unit": self.tr("原责任单位：%1"),
                "partner_units": self.tr("原配合单位：%1"), "leader": self.tr("原牵头领导：%1")}[key].replace("%1", was)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        rec = self.table.records[index.row()]
        if role == Qt.DisplayRole:
            if index.column() == 0:
                return self._status(index.row())
            key = self.keys[index.column() - 1]
            if key.startswith("quarter:"):
                _, q, part = key.split(":")
                v = ((rec.get("quarters") or {}).get(q) or {}).get(part)
            elif key.startswith(("milestone:", "milestone_done:", "milestone_note:")):
                m = (rec.get("milestones") or {}).get(key.split(":", 1)[1]) or {}
                v = (m.get("text") or m.get("planned")) if key.startswith("milestone:") else \
                    m.get("actual") if key.startswith("milestone_done:") else m.get("note")
            else:
                v = rec.get(key)
            if isinstance(v, dict):
                return v.get("text")
            if key == "steps":  # worked out once per record, not on every paint
                if index.row() not in self._steps_shown:
                    self._steps_shown[index.row()] = _steps(v or [], rec.get("unit"))
                return self._steps_shown[index.row()]
            if key in ("actual", "previous_actual") and rec.get(f"{key}_text"):
                return rec[f"{key}_text"]  # "增长5.8%": as the file says it, not only its number
            if key == "op":  # as the 举措与目标 list says it: 不高于, 不低于, 左右 …
                return QCoreApplication.translate("Targets", OP_WORDS.get(v, v)) if v else ""
            if key == "zone" and v:  # one of four words: shown as the project list shows it (East in English)
                return zone_label(v)
            if v is None and key in ("quarter", "start", "completion") and rec.get(f"{key}_text"):
                return rec[f"{key}_text"]  # "持续推进", "2024年开工": the words, as the lists show them (it was blank)
            if isinstance(v, str) and _QUARTER.fullmatch(v) and not key.endswith("_text"):
                # "2024年三季度" as the project list and this cell's own tooltip say it ("2024Q3" was the record's)
                v = Quarter.parse(v)
            if isinstance(v, bool):
                return _yes_no(key, v)
            if v is not None and rec.get(f"{key}_by"):  # 是否开工 是 in a report: by then, an earlier one kept
                return self.tr("%1前").replace("%1", exact_text(v))
            return "" if v is None else exact_text(v)
        if role == Qt.ToolTipRole and index.column() > 0 and self.keys[index.column() - 1] == "quarter" \
                and (was := rec.get("quarter_before")):
            # a revised task list's deadline before the revision (kept in the target's record of changes)
            shown = quarter_label(Quarter.parse(was)) if _QUARTER.fullmatch(was) else was
            return self.tr("原完成时限：%1").replace("%1", shown)
        if role == Qt.ToolTipRole and index.column() > 0 and (key := self.keys[index.column() - 1]) in \
                TARGET_REVISIONS and (was := rec.get(f"{key}_before")):  # a revised list's 原目标, 原牵头单位 (the same)
            return self._said_before(key, was)
        if role == Qt.ToolTipRole and index.column() > 0 and rec.get("revised_from") \
                and (was := rec["revised_from"].get(key := self.keys[index.column() - 1])) is not None:
            # a revised list's plan before the revision (kept in the record of changes): "原计划：2024年一季度"
            if key in ("responsible_unit", "partner_units", "leader"):  # (another unit's, other partners', …)
                return self._said_before(key, was)
            shown = quarter_label(Quarter.parse(was)) if isinstance(was, str) and _QUARTER.fullmatch(was) else \
                exact_text(was)
            return self.tr("原计划：%1").replace("%1", shown)
        if role == Qt.ToolTipRole and index.column() == 0 and self.diff and index.row() in self.diff.changed:
            shown = (lambda v: zone_label(v) if v else "—")  # 东部 as the list shows it: East in English
            colon = ": " if language() == "en" else "："
            return "\n".join(f"{field_label(k)}{colon}" + (f"{shown(old)} → {shown(new)}" if k == "zone_id" else
                                                      f"{_v(old, rec.get('unit'), k)} → {_v(new, rec.get('unit'), k)}")
                              for k, (old, new) in self.diff.changed[index.row()].items())
        if role == Qt.BackgroundRole and self.diff is not None:
            if index.row() in self.diff.similar:
                return QBrush(QColor("#fde2c8"))  # new, but maybe not: look before importing
            if index.row() in self.diff.new:
                return QBrush(QColor("#e3f4e1"))
            if index.row() in self.diff.changed:
                return QBrush(QColor("#fff4d6"))
        return None


_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class ProblemsModel(QAbstractTableModel):
    HEAD = ("级别", "工作表", "行", "列", "内容", "说明")

    def __init__(self, problems, parent=None) -> None:
        super().__init__(parent)
        # what stops the import first, then what to check, then the notes: an error was found at the
        # bottom of 2,000 notes ("（续建）" after every name); within each, the file's order
        self.problems = sorted(problems, key=lambda p: _SEVERITY_ORDER.get(p.severity, 3))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEAD)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.HEAD[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        if role == Qt.DisplayRole:
            level = {"error": self.tr("错误"), "warning": self.tr("提示"), "info": self.tr("说明")}[p.severity]
            return [level, p.sheet, p.row or "", p.column or "", p.text, problem_text(p.message)][index.column()]
        if role == Qt.ToolTipRole and index.column() >= 4:  # the whole text where the column cuts it
            return [p.text, problem_text(p.message)][index.column() - 4] or None
        if role == Qt.ForegroundRole and p.severity == "error":
            return QBrush(QColor("#b00020"))
        return None


class ImportCommand(StoreCommand):
    """A whole import as one undo step."""

    def __init__(self, ops, imp: ImportFile, receipt, remove_missing: bool = False) -> None:
        super().__init__(ops, QCoreApplication.translate("Undo", "导入 %1").replace("%1", imp.path.name))
        self.imp, self.receipt, self.remove_missing = imp, receipt, remove_missing
        self._first = True  # the dialog wrote it already, off the GUI thread

    def forward(self) -> None:
        self.receipt = write(self.ops.db, self.imp, remove_missing=self.remove_missing)
        self.ops.changed.emit(self.receipt.changes)

    def backward(self) -> None:
        self.ops.changed.emit(revert_import(self.ops.db, self.receipt))



def _pane(split: QSplitter, label: QLabel, view: QWidget, stretch: int) -> None:
    """``label`` over ``view``: one pane of the preview's ``split``, ``stretch`` its share of the height."""
    box = QWidget(split)
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    v.addWidget(label)
    v.addWidget(view, 1)
    split.addWidget(box)
    split.setStretchFactor(split.count() - 1, stretch)


class _YearBox(QSpinBox):
    """年度: "自动识别" at its lowest; the first step up goes to the likely year (the latest plan's, or this one),
    not to 2000, twenty-odd clicks away."""

    def __init__(self, likely: int, parent=None) -> None:
        super().__init__(parent)
        self.likely = likely

    def stepBy(self, steps: int) -> None:
        if self.value() == self.minimum() and steps > 0:
            self.setValue(self.likely)
        else:
            super().stepBy(steps)


class ImportDialog(QDialog):
    """Open with a path; ``ready`` fires when the preview is shown, ``imported`` after a write."""

    ready = Signal()
    imported = Signal(object)
    # another district's table (import_diff.other_district): imported into a new plan database instead — the file
    own_database_asked = Signal(str)
    marked = Signal(str)  # a copy of the file with its problems marked was written there

    def __init__(self, ops, path: str | Path, kind: str | None = None, year: int | None = None, parent=None,
                 at: Quarter | None = None) -> None:
        super().__init__(parent)
        self.ops, self.path = ops, Path(path)
        # the lights the import moved: at the latest quarter it reports, else at ``at`` (the window's)
        self.at = at
        self.lights_at: Quarter | None = None
        self.lights_moved: dict[int, tuple[str, str]] = {}  # project → (its light before, after)
        self.new_findings: list = []  # what 数据检查 finds after the write and did not before (store.checks)
        self._changed_since_preview: str | None = None  # why the last confirm wrote nothing (the plan moved)
        self._others_said = False  # a colleague's write since the preview was said under it
        self.capped_checks: set[str] = set()  # the checks whose findings after it reach checks.LIMIT: there are more
        self.imp: ImportFile | None = None
        self.task: Task | None = None
        self.result_state = "reading"  # reading / preview / writing / imported / cancelled / failed
        self.setWindowTitle(self.tr("导入：%1").replace("%1", self.path.name))
        self.resize(960, 600)
        lay = QVBoxLayout(self)
        lay.addLayout(self._reading_choices(kind, year))
        self.summary = QLabel(self.tr("正在读取…"), self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        lay.addWidget(self.tabs, 1)
        # an area, project or indicator named like one the plan has: the planner says it is that one
        self.same_names = SameNameChoices(self)
        self.same_names.chosen.connect(self.reread)
        lay.addWidget(self.same_names)
        self.remove_missing = QCheckBox(self)
        self.remove_missing.hide()
        self.remove_missing.toggled.connect(self._say_missing)
        # note, count, taken off by the box, the unit whose form the table is
        self._missing_notes: list[tuple[QLabel, int, bool, str | None]] = []
        lay.addWidget(self.remove_missing)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.AcceptRole)
        # the file back to whoever filled it in, with what is wrong marked on it
        self.mark_button = self.buttons.addButton(self.tr("标注问题…"), QDialogButtonBox.ActionRole)
        self.mark_button.setToolTip(self.tr("另存一份文件副本：有问题的单元格标色并加批注，首页列出全部问题，便于退回填报单位修改"))
        self.mark_button.setEnabled(False)
        self.mark_button.clicked.connect(self._ask_where_to_mark)
        # another district's table over this plan: the right thing, a plan database of its own, one click away
        self.own_database_button = self.buttons.addButton(self.tr("导入到新建的计划数据库…"),
                                                          QDialogButtonBox.ActionRole)
        self.own_database_button.setObjectName("ownDatabaseButton")
        self.own_database_button.hide()
        self.own_database_button.clicked.connect(self._to_own_database)
        self.buttons.addButton(QDialogButtonBox.Cancel)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._reading = 0  # which read is the latest; an earlier one's result is dropped
        self.reread()

    # -- reading ------------------------------------------------------------
    def _reading_choices(self, kind: str | None, year: int | None) -> QHBoxLayout:
        """What the planner can say when the title and headers do not: the
        table's kind and its year (a table titled only "指标完成情况")."""
        row = QHBoxLayout()
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("自动识别"), None)
        for k, name in KIND_NAMES.items():
            self.kind_box.addItem(self.tr(name), k)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.year_box = _YearBox(self._likely_year(), self)
        self.year_box.setRange(1999, 2100)  # the lowest value reads "自动识别"
        self.year_box.setSpecialValueText(self.tr("自动识别"))
        self.year_box.setValue(year or 1999)
        self.year_box.setKeyboardTracking(False)  # typing "2023" is one change, not four
        for label, box in ((self.tr("表格类型"), self.kind_box), (self.tr("年度"), self.year_box)):
            text = QLabel(label, self)
            text.setBuddy(box)
            row.addWidget(text)
            row.addWidget(box)
        row.addStretch(1)
        self._again = QTimer(self, singleShot=True, interval=250)
        self._again.timeout.connect(self.reread)
        self.kind_box.currentIndexChanged.connect(self._again.start)
        self.year_box.valueChanged.connect(self._again.start)
        return row

    def _likely_year(self) -> int:
        """The year a table naming none most likely is: the latest plan's, else this one."""
        from ..store.queries import plan_years

        with self.ops.db.read() as s:
            years = plan_years(s)
        return years[-1] if years else dt.date.today().year

    @property
    def chosen_kind(self) -> str | None:
        return self.kind_box.currentData()

    @property
    def chosen_year(self) -> int | None:
        return self.year_box.value() if self.year_box.value() > self.year_box.minimum() else None

    def reread(self) -> None:
        """Read the file (again) with the kind and year chosen; nothing is written."""
        if self.result_state in ("writing", "imported"):
            return
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self._reading += 1
        self.imp = None
        self.result_state = "reading"
        self._missing_notes = []  # their pages go below
        self.remove_missing.hide()
        self.remove_missing.setChecked(False)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("正在读取…"))
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.same_names.setEnabled(False)
        told = self.same_names
        self.task = Task(self._read, self.chosen_kind, self.chosen_year, dict(told.areas), dict(told.names),
                         set(told.areas_as_in_file), set(told.names_as_in_file), parent=self)
        reading = self._reading
        self.task.succeeded.connect(lambda imp: reading == self._reading and self._show_preview(imp))
        self.task.failed.connect(lambda message: reading == self._reading and self._failed(message))
        self.task.start()

    def _read(self, kind, year, areas, names, areas_as_in_file, names_as_in_file, progress, cancelled):
        imp = read_import(self.path, kind, year)
        take_told_names(self.ops.db, imp, areas, names, areas_as_in_file, names_as_in_file)
        return preview(self.ops.db, imp)

    def others_wrote(self) -> None:
        """A colleague (or another program) wrote to the plan while the preview is open: said under its counts, so
        the diff is not read as the plan's now; the write checks it and previews again where they touched the same
        rows. (Not read again at once: a colleague typing cells would make the preview jump as it is read.)"""
        if self.result_state != "preview" or self._others_said:
            return
        self._others_said = True
        self.summary.setText(self.summary.text() + "\n" + self.tr(
            "同事刚修改了计划：以上比对是修改前的；点“导入”时按最新的计划核对，涉及同样的记录会重新预览。"))

    def _show_preview(self, imp: ImportFile) -> None:
        self.imp = imp
        self.result_state = "preview"
        self._others_said = False
        lines = []
        if self._changed_since_preview:  # said once, above this preview's counts
            lines.append(problem_text(self._changed_since_preview))
            self._changed_since_preview = None
        for p in imp.problems:
            lines.append(self.tr("错误：") + problem_text(p.message))
        for i, t in enumerate(imp.tables):
            d = imp.diffs.get(i)
            c = d.counts() if d else {"new": 0, "changed": 0, "unchanged": 0, "missing": 0}
            if t.hidden:
                lines.append(self.tr("“%1”：隐藏的工作表，未导入").replace("%1", t.sheet))
            elif t.no_table and not t.errors:  # a 填报说明 sheet beside the table
                lines.append(self.tr("“%1”：没有表格，未导入").replace("%1", t.sheet))
            else:
                lines.append(self.tr("“%1”：%2，%3，%4；新增 %5，修改 %6，不变 %7，文件中没有 %8；错误 %9")
                             .replace("%1", t.sheet).replace("%2", self.tr(KIND_NAMES.get(t.kind or "", "未识别")))
                             .replace("%3", self.tr("%1年").replace("%1", str(t.year)) if t.year else self.tr("年度未知"))
                             .replace("%4", self.tr("%n 条", "", len(t.records)))  # (1 record, 2 records)
                             .replace("%5", str(c["new"])).replace("%6", str(c["changed"]))
                             .replace("%7", str(c["unchanged"])).replace("%8", str(c["missing"]))
                             .replace("%9", str(len(t.errors))))
                if d is not None and d.leaving:  # (【调出】, a 名单调整表's 调出 rows the plan lists)
                    lines[-1] += self.tr("；标为调出、移出计划 %1").replace("%1", str(len(d.leaving)))
            page = QWidget()
            # records, problems and what the file leaves out, one above the other: the planner drags the
            # handles to give a long list of problems the room (a fixed share left it two rows high)
            split = QSplitter(Qt.Vertical, page)
            split.setChildrenCollapsible(False)
            QVBoxLayout(page).addWidget(split)
            records = FrozenTable(page)
            records.setModel(RecordsModel(t, d, records))
            header = records.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.Interactive)
            header.setStretchLastSection(True)
            header.setResizeContentsPrecision(200)  # the first rows say enough; 50,000 would take seconds
            records.resizeColumnsToContents()
            widest = records.fontMetrics().horizontalAdvance("0") * 40
            for c in range(header.count()):
                records.setColumnWidth(c, min(max(records.columnWidth(c), 60), widest))
            if records.model().keys[:1] == ["name"]:
                records.freeze(2)  # 变化 and the name stay in sight beside a year's quarterly figures
            split.addWidget(records)
            split.setStretchFactor(0, 1 if t.errors else 3)  # a file with errors: the problems get the room
            if t.problems:
                probs = QTableView(page)
                probs.setModel(ProblemsModel(t.problems, probs))
                head = probs.horizontalHeader()
                head.setStretchLastSection(True)
                head.setResizeContentsPrecision(200)
                probs.resizeColumnsToContents()  # level, sheet, row, column are short: the note gets the room
                probs.setColumnWidth(4, min(probs.columnWidth(4), widest // 2))
                # how many of each: a city's list brings thousands of 提示 behind the few 错误 that stop rows
                levels = Counter(p.severity for p in t.problems)
                words = {"error": self.tr("错误 %1"), "warning": self.tr("提示 %1"), "info": self.tr("说明 %1")}
                counted = ("，" if language() == "zh" else ", ").join(
                    word.replace("%1", f"{levels[key]:,}") for key, word in words.items() if levels[key])
                _pane(split, QLabel(self.tr("问题（%1）").replace("%1", counted)), probs, 2 if t.errors else 1)
            if d is not None and d.leaving:  # the projects the file marks 调出: which the import takes off the list
                leaving = QListView(page)
                leaving.setObjectName("leaving")
                leaving.setModel(QStringListModel([t.leaving[j]["name"] + (f"（{t.leaving[j]['reason']}）"
                                                                           if t.leaving[j].get("reason") else "")
                                                   for j in sorted(d.leaving)], leaving))
                _pane(split, QLabel(self.tr("标为调出，导入时移出计划（记入清单变动，可撤销）：%n 个", "", len(d.leaving))),
                      leaving, 1)
            if d is not None and d.missing:
                # what the database holds and the file does not: left as it is, but shown,
                # since a new year's list without a project usually means it was dropped
                said = QLabel(page)
                missing = QListView(page)
                missing.setObjectName("missing")
                missing.setModel(QStringListModel(d.missing, missing))
                missing.setUniformItemSizes(True)  # tens of thousands of names stay quick
                _pane(split, said, missing, 1)
                if t.kind == "key_projects" and d.scope:  # one unit's form, one zone's list: theirs only
                    self.remove_missing.setText(self.tr("这是%1完整的项目清单：将上列 %2 个项目移出计划（记入清单变动，可撤销）")
                                                .replace("%1", self.tr(d.scope[1])).replace("%2", str(len(d.missing))))
                    self.remove_missing.show()
                elif t.kind == "key_projects":  # the mid-year list: what it leaves out is dropped
                    self.remove_missing.setText(self.tr("这是%1年完整的项目清单：将上列 %2 个项目移出计划（记入清单变动，可撤销）")
                                                .replace("%1", str(t.year or d.plan_year or "")).replace("%2", str(len(d.missing))))
                    self.remove_missing.show()
                self._missing_notes.append((said, len(d.missing), t.kind == "key_projects",
                                            self.tr(d.scope[1]) if d.scope else None))
                self._say_missing()
            # each pane's first height as its rows want it, up to a dozen: two problems need no more room
            # than two rows, fifty warnings more than the records do
            line = records.verticalHeader().defaultSectionSize()
            wanted = [min(len(t.records), 12), min(len(t.problems), 12) if t.problems else None,
                      min(len(d.leaving), 4) if d is not None and d.leaving else None,
                      min(len(d.missing), 4) if d is not None and d.missing else None]
            split.setSizes([(n + 3) * line for n in wanted if n is not None])
            shared = sum(1 for other in imp.tables if other.sheet == t.sheet) > 1  # results and targets in one
            self.tabs.addTab(page, t.sheet if not shared else "%s（%s）" % (
                t.sheet, self.tr(KIND_NAMES.get(t.kind or "", "未识别"))))
        wrong = next((i for i, t in enumerate(imp.tables) if t.errors), None)
        if wrong is not None:  # the sheet to mend first is the one shown
            self.tabs.setCurrentIndex(wrong)
        if any(t.year is None and t.kind and t.kind.startswith("indicator") for t in imp.tables):
            lines.append(self.tr("标题和表头中没有年度：请在上方“年度”中选择。"))
        if imp.has_errors:
            lines.append(self.tr("文件有错误：改正后再导入。未写入任何数据。"))
        self.summary.setText("\n".join(lines))
        self.same_names.show_for(imp)
        self.import_button.setEnabled(not imp.has_errors and bool(imp.importable))
        self.mark_button.setEnabled(any(p.row for p in self._problems()))
        apart = next((d.other_district for d in imp.diffs.values() if d is not None and d.other_district), None)
        self.own_database_button.setVisible(apart is not None)
        # Enter takes another district's table to a plan of its own, not into this one (导入 stays a click away)
        self.own_database_button.setDefault(apart is not None)
        self.import_button.setDefault(apart is None)
        if apart is not None:
            self.own_database_button.setToolTip(self.tr("新建一个空的计划数据库（%1的），把这个文件导入其中；当前的计划不改动")
                                                .replace("%1", apart[0]))
        self.ready.emit()

    def _to_own_database(self) -> None:
        self.own_database_asked.emit(str(self.path))
        self.reject()  # nothing written here

    # -- a marked copy ------------------------------------------------------
    def _problems(self) -> list:
        imp = self.imp
        return [] if imp is None else imp.problems + [p for t in imp.tables for p in t.problems]

    def _ask_where_to_mark(self) -> None:
        suggested = self.path.with_name(f"{self.path.stem}（问题标注）.xlsx")
        out, _ = QFileDialog.getSaveFileName(self, self.tr("标注问题"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)"))
        if out:
            self.write_marked(Path(out) if out.lower().endswith(".xlsx") else Path(out + ".xlsx"))

    def write_marked(self, out: Path) -> None:
        """Write the marked copy to ``out`` off the GUI thread; ``marked`` fires when it is there."""
        if out.resolve() == self.path.resolve():
            self.summary.setText(self.tr("不能覆盖原文件：请另选文件名。"))
            return
        self.mark_button.setEnabled(False)
        progress = QProgressDialog(self.tr("正在标注问题…"), self.tr("取消"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(500)
        task = Task(write_marked_copy, self.path, self._problems(), out, parent=self)
        progress.canceled.connect(task.cancel)
        task.progressed.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))

        def done(n) -> None:
            progress.reset()
            self.mark_button.setEnabled(True)
            said = self.tr("已另存标注了问题的副本：%1（%2 处）").replace("%1", str(out)).replace("%2", str(n))
            lost = not_kept_in_copy(self.path)
            if lost:
                words = {"图片": self.tr("图片"), "图形": self.tr("图形"), "宏": self.tr("宏")}
                said += self.tr("；副本中没有原文件的%1（原文件未改动）").replace(
                    "%1", self.tr("、").join(words[w] for w in lost))
            self.summary.setText(self.summary.text() + "\n" + said)
            self.marked.emit(str(out))

        def failed(message: str) -> None:
            progress.reset()
            self.mark_button.setEnabled(True)
            if not task.cancelled:
                self.summary.setText(self.summary.text() + "\n" + self.tr("无法写入标注副本：%1").replace("%1", message))

        task.succeeded.connect(done)
        task.failed.connect(failed)
        self._mark_task = task.start()

    def _say_missing(self) -> None:
        """The note over what the file leaves out says what the import will do with it."""
        for said, n, list_of_projects, unit in self._missing_notes:
            removing = list_of_projects and self.remove_missing.isChecked()
            text = (self.tr("数据库中有而文件中没有（%1）：导入后移出计划") if removing else
                    self.tr("数据库中有而文件中没有（%1）：导入不改动这些记录")).replace("%1", str(n))
            if unit:  # a unit's form (a zone's list) leaves out the others' rows: only its own are counted
                text = self.tr("%1的表格：").replace("%1", unit) + text
            said.setText(text)

    def _failed(self, message: str) -> None:
        self.result_state = "failed"
        self.same_names.hide()
        self.summary.setText(self.tr("无法读取：%1").replace("%1", problem_text(message)))
        self.ready.emit()

    # -- writing ------------------------------------------------------------
    def confirm(self, *, cancel_at_start: bool = False) -> None:
        if self.imp is None or self.imp.has_errors:
            return
        self.import_button.setEnabled(False)
        self.result_state = "writing"
        self._removing = not self.remove_missing.isHidden() and self.remove_missing.isChecked()
        total = sum(len(t.records) for t in self.imp.importable)
        self.progress = QProgressDialog(self.tr("正在导入…"), self.tr("取消"), 0, max(total, 1), self)
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(300)
        self.task = Task(self._write, parent=self)
        if cancel_at_start:
            self.task.cancel()
        self.progress.canceled.connect(self.task.cancel)
        self.task.progressed.connect(lambda done, _total: self.progress.setValue(done))
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(self._write_failed)
        self.task.start()

    def _write(self, progress, cancelled):
        from ..store.checks import LIMIT

        watch = self._lights_watched()
        year = watch[0] if watch else self._plan_year()
        before = self._lights(*watch) if watch else {}
        found_before = {finding_key(f) for f in self._findings(year)}
        try:
            receipt = write(self.ops.db, self.imp, progress=progress, cancelled=cancelled,
                            remove_missing=self._removing, as_previewed=True)
        except PlanChangedSincePreview as exc:
            return str(exc)  # nothing written: previewed again against the plan as it is now (_written)
        after = self._lights(*watch) if watch else {}
        moved = {pid: (was, after[pid]) for pid, was in before.items() if pid in after and after[pid] != was}
        found_after = self._findings(year)
        new = [f for f in found_after if finding_key(f) not in found_before]
        capped = {check for check, n in Counter(f.check for f in found_after).items() if n >= LIMIT}
        return receipt, (watch[1] if watch else None), moved, new, capped

    def _plan_year(self) -> int | None:
        """The plan the import writes to (its tables' first), for 数据检查 before and after."""
        return next((d.plan_year for d in self.imp.diffs.values() if d is not None and d.plan_year), None)

    def _findings(self, year: int | None) -> list:
        """数据检查's open findings of the plan (none when there is no plan yet: a first import makes it)."""
        from ..store.checks import open_findings
        from ..store.queries import PlanNotFound

        if year is None:
            return []
        try:
            with self.ops.db.read() as s:
                return open_findings(s, year)
        except PlanNotFound:
            return []

    def _lights_watched(self) -> tuple[int, Quarter] | None:
        """(plan year, quarter) at which to compare the lights before and after the write: the latest
        quarter of the plan year that a key-project table reports, else the window's; None when the
        import holds no key projects matched to the plan (a new list moves no light)."""
        year, latest = None, None
        importable = {id(t) for t in self.imp.importable}
        for i, t in enumerate(self.imp.tables):
            d = self.imp.diffs.get(i)
            if t.kind != "key_projects" or id(t) not in importable or d is None or not d.changed:
                continue
            year = d.plan_year
            for rec in t.records:
                for q in rec.get("quarters") or ():
                    quarter = Quarter.parse(q)
                    if quarter.year == year and (latest is None or quarter > latest):
                        latest = quarter
        if year is None:
            return None
        at = latest or (self.at if self.at is not None and self.at.year == year else Quarter(year, 4))
        return year, at

    def _lights(self, year: int, at: Quarter) -> dict[int, str]:
        from ..store.project_rows import project_lights

        with self.ops.db.read() as s:
            return project_lights(s, year, at)

    def _written(self, result) -> None:
        self.progress.reset()
        if isinstance(result, str):  # someone wrote the same projects or indicators while the preview was open
            self.result_state = "preview"
            self._changed_since_preview = result
            self.reread()
            return
        receipt, self.lights_at, self.lights_moved, self.new_findings, self.capped_checks = result
        self.result_state = "imported"
        self.ops.undo_stack.push(ImportCommand(self.ops, self.imp, receipt, self._removing))
        self.ops.changed.emit(receipt.changes)
        self.imported.emit(receipt)
        self.accept()

    def _write_failed(self, message: str) -> None:
        self.progress.reset()
        if self.task is not None and self.task.cancelled:
            self.result_state = "cancelled"
            self.summary.setText(self.tr("已取消导入，未写入任何数据。"))
        else:
            self.result_state = "failed"
            self.summary.setText(self.tr("导入失败，未写入任何数据：%1").replace("%1", problem_text(message)))
        self.import_button.setEnabled(True)
        self.ready.emit()
