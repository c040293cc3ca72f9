"""The 举措与目标 page: the targets' table under a bar that narrows it.

A unit reports on what it leads or works with, a meeting asks what is behind: the bar finds
those among a plan's hundred-odd targets (words anywhere in the row, a unit, a standing at the
dashboard's quarter), and the line below says how many are shown of how many.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from .lang import quarter_label
from .list_page import ListPage
from .standings import standing_word
from .targets_model import TargetFilter, TargetsModel

# the standings offered, in the dashboard's order, then the quarter's steps, then the deadlines and the targets
# revised this year
_STANDINGS = ("met", "not_met", "pending", "unscorable", "not_due", "behind", "deadline_moved", "reworded")


class TargetsPage(ListPage):
    def __init__(self, model: TargetsModel, table: QTableView, parent=None) -> None:
        super().__init__(model, table, parent)
        self.search.setPlaceholderText(self.tr("搜索举措、目标、单位、备注…"))
        self.search.setObjectName("targetSearch")
        self.unit = QComboBox(self)
        self.unit.setObjectName("targetUnit")
        self.unit.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(10)
        self.standing = QComboBox(self)
        self.standing.setObjectName("targetStanding")
        self.standing.addItem(self.tr("全部"), "")
        own = {"behind": self.tr("落后于本季度安排"), "deadline_moved": self.tr("完成时限已调整"),
               "reworded": self.tr("目标已调整")}  # not standings: the quarter's steps, the revisions of the year
        for key in _STANDINGS:
            word = own.get(key) or standing_word(key)
            self.standing.addItem(word, key)
        self.add_box(self.tr("单位"), self.unit)
        self.standing_label = QLabel(self)
        self.add_box(self.standing_label, self.standing)
        model.dataChanged.connect(self._fill_units)  # a unit typed into a row is offered at once
        self._reloaded()

    def show_standing(self, standing: str, unit: str = "") -> None:
        """Show the targets of one standing ("" for all), of one unit if given, the other narrowing
        cleared: what a figure of the dashboard or of 各单位进展 counted."""
        self.choose({self.unit: unit, self.standing: standing})

    def current_filter(self) -> TargetFilter:
        return TargetFilter(self.search.text().strip(), self.unit.currentData() or "",
                            self.standing.currentData() or "")

    def counted(self, shown: int, listed: int) -> str:
        if not listed and self.model.section_id is None and self.model.section_ids is None:  # a plan whose measures are not in yet: how they come in
            return self.tr("本年计划还没有工作举措与目标：导入计划报告或工作举措表（导入表格…），或用“新增目标”逐条填写")
        if shown == listed:
            return self.tr("共 %n 个目标", "", listed)  # "1 target", "125 targets"
        return self.tr("显示 %1 个，共 %2 个目标").replace("%1", str(shown)).replace("%2", str(listed))

    def none_shown(self, narrowed: str) -> str:
        return self.tr("没有符合筛选条件的目标（%1）").replace("%1", narrowed)

    def _reloaded(self) -> None:
        at = self.model.at
        self.standing_label.setText(self.tr("截至%1").replace("%1", quarter_label(at)) if at else self.tr("评价"))
        self._fill_units()
        super()._reloaded()
