"""文件 → 删除年度计划…: the window's side of store/plan_removal.py.

A year is chosen, a box says what goes with it (its list, the projects no other year lists, its measures,
indicators and kept reports) and that a copy of the whole plan is kept first; the copy and the removal run off
the GUI thread (seconds for a large shared plan), and the window moves to another year if it showed this one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from .boxes import say
from .worker import Task


class PlanYears(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | QInputDialog | None = None  # the last box shown (a test reads it)
        self.task: Task | None = None

    def ask(self) -> QInputDialog | QMessageBox:
        """Which year: the one shown first (a year opened by mistake is usually the one just opened)."""
        from ..store.queries import plan_years

        with self.window.db.read() as s:
            years = plan_years(s)
        if len(years) < 2:
            return self._say(QMessageBox.Information, self.tr("删除年度计划"),
                             self.tr("数据库中只有一个年度计划，不能删除。"), "onlyPlan")
        box = QInputDialog(self.window)
        box.setObjectName("removePlanYear")
        box.setWindowTitle(self.tr("删除年度计划"))
        box.setLabelText(self.tr("删除哪一年的计划？"))
        box.setComboBoxItems([str(y) for y in reversed(years)])
        box.setTextValue(str(self.window.year or years[-1]))
        box.textValueSelected.connect(lambda text: self.confirm(int(text)))
        self.box = box
        box.open()  # not exec(): the window (and a test) keeps running
        return box

    def confirm(self, year: int) -> QMessageBox:
        """What goes with ``year``'s plan, asked before anything is done (否 is the default)."""
        from ..store.plan_removal import plan_contents

        with self.window.db.read() as s:
            c = plan_contents(s, year)
        lines = [self.tr("· 计划内%1个项目：其中%2个只在本年度，连同其季度投资和记录一并删除，其余保留在其他年度")
                 .replace("%1", str(c.listed)).replace("%2", str(c.own_projects))]
        if c.measures or c.targets:
            lines.append(self.tr("· %1条举措、%2个目标").replace("%1", str(c.measures)).replace("%2", str(c.targets)))
        if c.indicators:
            lines.append(self.tr("· %1年指标%2项").replace("%1", str(year)).replace("%2", str(c.indicators)))
        if c.kept_reports:
            lines.append(self.tr("· %1份存档上报").replace("%1", str(c.kept_reports)))
        lines += ["", self.tr("删除前先把整个数据库备份到自动备份文件夹；删除不能撤销，需要时用“文件 → 打开自动备份…”找回。")]
        box = QMessageBox(QMessageBox.Warning, self.tr("删除年度计划"),
                          self.tr("删除%1年计划？").replace("%1", str(year)), QMessageBox.Yes | QMessageBox.No,
                          self.window)
        box.setObjectName("removePlan")
        box.setInformativeText("\n".join(lines))
        box.button(QMessageBox.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.No).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.No)
        box.accepted.connect(lambda: self.remove(year))
        self.box = box
        box.open()
        return box

    def remove(self, year: int) -> Task:
        """The copy, then the removal, off the GUI thread."""
        from ..store.plan_removal import remove_plan

        db = self.window.db
        self.window.statusBar().showMessage(self.tr("正在备份并删除%1年计划…").replace("%1", str(year)))
        task = Task(lambda progress, cancelled: remove_plan(db, year), parent=self)
        task.succeeded.connect(lambda result: self._done(year, *result))
        task.failed.connect(self._failed)
        self.task = task.start()
        return task

    def _done(self, year: int, contents, copy, cs) -> None:
        said = self.tr("已删除%1年计划；删除前的备份：%2").replace("%1", str(year)).replace("%2", str(copy.path))
        if year == self.window.year:  # the window showed it: it opens on the latest year left
            self.window.open_year(contents.other_years[-1], notice=said)
            return
        self.window.ops.changed.emit(cs)
        self.window.nav.fill()
        self.window.statusBar().showMessage(said, 15000)

    def _failed(self, why: str) -> None:
        from .problem_text import problem_text

        self.window.statusBar().clearMessage()
        self._say(QMessageBox.Warning, self.tr("未删除年度计划"), problem_text(why), "removePlanFailed")

    def _say(self, icon, title: str, text: str, name: str) -> QMessageBox:
        self.box = say(self.window, icon, title, text, name)
        return self.box
