"""数据检查: what does not add up in the plan's key projects, targets and indicators, before a report goes
out. A row opens its project (or shows its target or indicator); the list is read again after every change,
so a fix takes its row away. A finding that is right (the plan's own exception) is marked so, with why, and
counted no more while it is worded the same."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QMenu, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ..domain.collation import sort_text
from ..domain.target import plain_number
from ..store.checks import CHECKS, LIMIT, NAMES, Finding, find_problems
from .clipboard import copy_rows
from .lang import language


def finding_key(f: Finding) -> tuple[str, str, str]:
    """A finding as 数据检查 tells it from another: what check, about what, worded how."""
    return f.check, f.subject, f.text()


class ChecksDialog(QDialog):
    project_asked = Signal(int)  # a row was opened: show its project
    target_asked = Signal(int)  # a row about a measure's target was opened: show it among the targets
    indicator_asked = Signal(int)  # a row about an indicator's year was opened: show it in its year's table

    def __init__(self, ops, year: int, parent=None, brought: set | None = None) -> None:
        super().__init__(parent)
        self.ops, self.year = ops, year
        self.setObjectName("dataChecks")
        self.setWindowTitle(self.tr("数据检查"))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("问题："), self))
        self.which = QComboBox(self)
        self.which.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.which.currentIndexChanged.connect(self._fill)
        top.addWidget(self.which)
        top.addWidget(QLabel(self.tr("单位："), self))
        self.unit = QComboBox(self)  # one unit's problems, to send it its own list (复制)
        self.unit.setObjectName("checksUnit")
        self.unit.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.unit.currentIndexChanged.connect(self._unit_chosen)
        top.addWidget(self.unit)
        self.show_accepted = QCheckBox(self)
        self.show_accepted.setObjectName("showAccepted")
        self.show_accepted.setToolTip(self.tr("标为无误的问题不再计入，措辞变了（数字改了）会重新列出"))
        self.show_accepted.toggled.connect(self._show)  # the findings read already: shown or not
        top.addWidget(self.show_accepted)
        # the findings an import brought (`finding_key`), shown alone at first: its box said "5处新问题", and
        # the list opened on all 191 of the plan, the five among them
        self.brought = brought or set()
        self.only_brought = QCheckBox(self)
        self.only_brought.setObjectName("onlyBrought")
        self.only_brought.setChecked(bool(self.brought))
        self.only_brought.setVisible(bool(self.brought))
        self.only_brought.toggled.connect(self._show)
        top.addWidget(self.only_brought)
        top.addStretch(1)
        self.count = QLabel(self)
        top.addWidget(self.count)
        lay.addLayout(top)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("项目、目标或指标"), self.tr("问题"), self.tr("说明"),
                                              self.tr("无误说明")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.cellDoubleClicked.connect(self._open)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        lay.addWidget(self.table, 1)
        note = QLabel(self.tr("双击一行打开项目、查看目标或指标；改正后这一行自动消失。"), self)
        note.setStyleSheet("color: gray")
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.copy_button = buttons.addButton(self.tr("复制"), QDialogButtonBox.ActionRole)
        self.copy_button.setToolTip(self.tr("把列出的问题复制为表格，可粘贴到 Word 或 Excel 发给填报单位"))
        self.copy_button.clicked.connect(self.copy)
        self.mark_button = buttons.addButton(self.tr("标为无误…"), QDialogButtonBox.ActionRole)
        self.mark_button.setToolTip(self.tr("选中的问题是本计划的实际情况（如同一地块的两个单独立项），不再计入；可写明原因"))
        self.mark_button.clicked.connect(self.ask_mark)
        self.unmark_button = buttons.addButton(self.tr("取消标记"), QDialogButtonBox.ActionRole)
        self.unmark_button.clicked.connect(self.unmark)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.read_only = False
        ops.changed.connect(self._on_changed)  # a bound method: disconnected when the dialog is gone
        self.resize(960, 540)
        self.refresh()

    def refresh(self) -> None:
        """Read the findings again (after every change) and show them."""
        with self.ops.db.read() as s:
            self.every = find_problems(s, self.year)
        self._show()

    def _show(self) -> None:
        every = self.every
        accepted = sum(f.accepted is not None for f in every)
        self.show_accepted.blockSignals(True)
        self.show_accepted.setText(self.tr("显示标为无误的（%1）").replace("%1", str(accepted)))
        self.show_accepted.setVisible(bool(accepted) or self.show_accepted.isChecked())
        self.show_accepted.blockSignals(False)
        self.findings = every if self.show_accepted.isChecked() else [f for f in every if f.accepted is None]
        if self.brought:
            still = [f for f in self.findings if finding_key(f) in self.brought]
            self.only_brought.setText(self.tr("只看本次导入带来的（%1）").replace("%1", str(len(still))))
            if self.only_brought.isChecked():
                self.findings = still
        by_unit = Counter(u for f in self.findings for u in f.units)
        chosen_unit = self.unit.currentData()
        zh = language() == "zh"
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("全部"), None)
        for unit, n in sorted(by_unit.items(), key=lambda kv: (-kv[1], sort_text(kv[0]))):
            self.unit.addItem(f"{unit}（{n}）" if zh else f"{unit} ({n})", unit)
        self.unit.setCurrentIndex(max(self.unit.findData(chosen_unit), 0))
        self.unit.blockSignals(False)
        self._unit_chosen()

    def _unit_chosen(self) -> None:
        """The kinds of problem offered, counted among the chosen unit's (all, when none is chosen)."""
        unit = self.unit.currentData()
        counts = Counter(f.check for f in self.findings if unit is None or unit in f.units)
        chosen = self.which.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(self.tr("全部（%1）").replace("%1", str(sum(counts.values()))), None)
        zh = language() == "zh"
        for key in CHECKS:
            if counts[key]:
                self.which.addItem(f"{NAMES[key][0 if zh else 1]}（{counts[key]}）" if zh else
                                   f"{NAMES[key][1]} ({counts[key]})", key)
        self.which.setCurrentIndex(max(self.which.findData(chosen), 0))
        self.which.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        key, unit = self.which.currentData(), self.unit.currentData()
        self.shown = [f for f in self.findings if (key is None or f.check == key) and (unit is None or unit in f.units)]
        lang = language()
        self.table.setRowCount(len(self.shown))
        grey = QBrush(QColor("#808080"))
        for r, f in enumerate(self.shown):
            for c, text in enumerate((f.name(lang), NAMES[f.check][0 if lang == "zh" else 1], f.text(lang),
                                      self._mark_text(f))):
                item = QTableWidgetItem(text)
                if c == 0:  # the name whole (a target's words are long), and what a double-click does
                    item.setToolTip(text + "\n" + (self.tr("双击在举措与目标中查看") if f.target_id is not None
                                                   else self.tr("双击在指标中查看") if f.indicator_id is not None
                                                   else self.tr("双击打开项目")))
                elif c >= 2:
                    item.setToolTip(text)  # the whole sentence where the column cuts it
                if f.accepted is not None:
                    item.setForeground(grey)  # counted no more: shown for a look back
                self.table.setItem(r, c, item)
        self.table.setColumnHidden(3, not self.show_accepted.isChecked())
        self.table.resizeColumnsToContents()
        # a target as written can be a sentence: the name column stops at a third, the message keeps the rest
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), self.width() // 3))
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), self.width() // 5))  # the reason: its tooltip has it whole
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        open_ = [f for f in self.findings if f.accepted is None]
        if not self.findings:
            self.count.setText(self.tr("没有发现问题"))
        else:
            self.count.setText(self.tr("共%1处").replace("%1", str(len(self.shown)))
                               + (self.tr("（每类最多列出%1处）").replace("%1", str(LIMIT))
                                  if any(n >= LIMIT for n in Counter(f.check for f in open_).values()) else ""))
        self._selection_changed()

    def _mark_text(self, f: Finding) -> str:
        """Who marked it as right, when, and why: "张三 2024-08-15：谯楼单独立项"."""
        a = f.accepted
        if a is None:
            return ""
        said = f"{a.by or ''} {a.at.astimezone():%Y-%m-%d}".strip()
        return f"{said}：{a.note}" if a.note else said

    def selected(self) -> list[Finding]:
        return [self.shown[i.row()] for i in self.table.selectionModel().selectedRows() if i.row() < len(self.shown)]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = [] if self.read_only else self.selected()
        self.mark_button.setEnabled(any(f.accepted is None for f in chosen))
        self.unmark_button.setEnabled(any(f.accepted is not None for f in chosen))
        self.unmark_button.setVisible(self.show_accepted.isChecked())

    def _menu(self, pos) -> None:
        row = self.table.indexAt(pos).row()
        if row < 0 or row >= len(self.shown):
            return
        if row not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(row)  # the menu is about the row clicked, 标为无误… included
        f = self.shown[row]
        menu = QMenu(self.table)
        menu.aboutToHide.connect(menu.deleteLater)  # a menu a right click, not one more child of the table each time
        if f.check == "names_alike":
            act = menu.addAction(self.tr("把“%1”并入“%2”…").replace("%1", f.project).replace("%2", f.values["other"]),
                                 lambda: self.ask_merge(f))
            act.setEnabled(not self.read_only)
            act = menu.addAction(self.tr("把“%1”移出计划（与“%2”重复）…").replace("%1", f.project)
                                 .replace("%2", f.values["other"]), lambda: self.ask_remove_duplicate(f))
            act.setEnabled(not self.read_only)
        if f.check == "quarters_vs_annual" and f.project_id is not None:
            # the year's plan set to what its quarters add up to (the other fix, a quarter's figure, is the planner's)
            act = menu.addAction(self.tr("把年度计划投资改为四个季度合计（%1亿元）")
                                 .replace("%1", plain_number(f.values["quarters"])), lambda: self.take_quarters(f))
            act.setEnabled(not self.read_only)
        act = menu.addAction(self.tr("标为无误…"), self.ask_mark)
        act.setEnabled(self.mark_button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def take_quarters(self, f: Finding) -> bool:
        """四个季度计划投资合计与年度计划不符: the year's planned investment made their total, one undo step."""
        from sqlalchemy import select

        from ..store.schema import Plan, PlanEntry
        from .undo import EditCommand, FieldEdit, push

        with self.ops.db.read() as s:
            entry = s.scalars(select(PlanEntry).join(Plan, Plan.id == PlanEntry.plan_id)
                              .where(Plan.year == self.year, PlanEntry.project_id == f.project_id)).one_or_none()
            if entry is None:
                return False
            edit = FieldEdit("plan_entry", entry.id, "annual_investment", entry.annual_investment, f.values["quarters"],
                             entry.version)
        text = self.tr("修改“%1”的年度计划投资").replace("%1", f.project)
        return push(self.ops, EditCommand(self.ops, [edit], text))

    def ask_remove_duplicate(self, f: Finding) -> QMessageBox:
        """One project listed twice: the later taken off the list (its record and history kept, one undo
        step), once the planner has seen what it holds that the plan's figures would lose."""
        from ..store.checks import invested_in_year

        with self.ops.db.read() as s:
            invested = invested_in_year(s, f.project_id, self.year)
        text = (self.tr("把“%1”移出%2年计划？它与“%3”名称相近，应是同一项目。移出后它的记录和历史保留，可以撤销。")
                .replace("%1", f.project).replace("%2", str(self.year)).replace("%3", f.values["other"]))
        box = QMessageBox(QMessageBox.Question, self.tr("移出重复项目"), text, QMessageBox.Yes | QMessageBox.No, self)
        box.setObjectName("removeDuplicate")
        if invested:
            box.setInformativeText(self.tr("它已填报本年完成投资%1亿元，移出后不再计入本计划；如属“%2”，请先填到“%2”。")
                                   .replace("%1", f"{invested:g}").replace("%2", f.values["other"]))
        box.setDefaultButton(QMessageBox.No)
        box.accepted.connect(lambda: self.remove_duplicate(f))
        self.remove_box = box
        box.open()
        return box

    def remove_duplicate(self, f: Finding) -> bool:
        from .undo import RemoveProjectsCommand, push

        reason = self.tr("与“%1”重复").replace("%1", f.values["other"])
        return push(self.ops, RemoveProjectsCommand(self.ops, self.year, [f.project_id], reason))

    def ask_merge(self, f: Finding) -> QMessageBox | None:
        """One project listed twice, made one (the later into the earlier, or the other way round)."""
        from .merge_box import ask_merge

        self.merge_box = ask_merge(self, self.ops, self.year, f.values["other_id"], f.project_id)
        return self.merge_box

    def ask_mark(self) -> QInputDialog | None:
        """Why the chosen findings are right, asked before they are marked (an empty answer is allowed)."""
        chosen = [f for f in self.selected() if f.accepted is None]
        if not chosen:
            return None
        box = QInputDialog(self)
        box.setObjectName("markReason")
        box.setWindowTitle(self.tr("标为无误"))
        box.setLabelText(self.tr("%1处问题标为无误，不再计入。原因（可不填，同事会看到）：").replace("%1", str(len(chosen))))
        box.setTextValue("")
        box.textValueSelected.connect(lambda note: self.mark(chosen, note))
        box.open()  # not exec(): the window (and a test) keeps running
        return box

    def mark(self, findings: list[Finding], note: str | None) -> bool:
        """Mark ``findings`` as right (one undo step); the list reads again and they leave it."""
        from .undo import AcceptFindingsCommand, push

        return bool(findings) and push(self.ops, AcceptFindingsCommand(self.ops, self.year, findings, note, True))

    def unmark(self) -> bool:
        """The chosen findings count again (one undo step)."""
        from .undo import AcceptFindingsCommand, push

        chosen = [f for f in self.selected() if f.accepted is not None]
        return bool(chosen) and push(self.ops, AcceptFindingsCommand(self.ops, self.year, chosen, None, False))

    def copy(self) -> str:
        """The rows shown as a table on the clipboard (the columns shown)."""
        cols = [c for c in range(self.table.columnCount()) if not self.table.isColumnHidden(c)]
        heads = [self.table.horizontalHeaderItem(c).text() for c in cols]
        rows = [[self.table.item(r, c).text() for c in cols] for r in range(self.table.rowCount())]
        return copy_rows(heads, rows)

    def _on_changed(self, _cs) -> None:
        self.refresh()

    def _open(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.shown):
            f = self.shown[row]
            if f.target_id is not None:
                self.target_asked.emit(f.target_id)
            elif f.indicator_id is not None:
                self.indicator_asked.emit(f.indicator_id)
            else:
                self.project_asked.emit(f.project_id)

