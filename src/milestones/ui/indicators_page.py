"""The indicators' page: one year's table under a bar that narrows it.

A year lists a couple of dozen indicators; at the quarter's meeting the question is which are
not met, not reported or adjusted, and which are binding (约束性). The bar finds them (words
anywhere in the row, a standing, an attribute) as the dashboard's figures count them.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QTableView

from .indicators_model import IndicatorFilter, IndicatorsModel
from .list_page import ListPage
from .standings import INDICATOR_STANDING_WORDS, standing_word

_ATTRIBUTES = (("binding", "约束性"), ("expected", "预期性"), ("unknown", "未标注属性"))


class IndicatorsPage(ListPage):
    def __init__(self, model: IndicatorsModel, table: QTableView, parent=None) -> None:
        super().__init__(model, table, parent)
        self.search.setPlaceholderText(self.tr("搜索指标、目标、完成情况、原因…"))
        self.search.setObjectName("indicatorSearch")
        self.standing = QComboBox(self)
        self.standing.setObjectName("indicatorStanding")
        self.standing.addItem(self.tr("全部"), "")
        for key in INDICATOR_STANDING_WORDS:
            self.standing.addItem(standing_word(key, INDICATOR_STANDING_WORDS), key)
        self.unit = QComboBox(self)  # a table split among the units: what one unit leads or works with
        self.unit.setObjectName("indicatorUnit")
        self.unit.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(10)
        self.binding = QComboBox(self)
        self.binding.setObjectName("indicatorBinding")
        self.binding.addItem(self.tr("全部"), "")
        for key, word in _ATTRIBUTES:
            self.binding.addItem(self.tr(word), key)
        self.add_box(self.tr("评价"), self.standing)
        self.add_box(self.tr("属性"), self.binding)
        self.add_box(self.tr("单位"), self.unit)
        model.dataChanged.connect(self._fill_units)  # a unit typed into a row is offered at once
        self._reloaded()

    def show_standing(self, standing: str = "", binding: str = "", unit: str = "") -> None:
        """Show the indicators of one standing and/or attribute and/or unit ("" for all), the rest cleared."""
        self.choose({self.standing: standing, self.binding: binding, self.unit: unit})

    def current_filter(self) -> IndicatorFilter:
        return IndicatorFilter(self.search.text().strip(), self.standing.currentData() or "",
                               self.binding.currentData() or "", self.unit.currentData() or "")

    def _reloaded(self) -> None:
        self._fill_units()
        super()._reloaded()

    def none_shown(self, narrowed: str) -> str:
        return self.tr("没有符合筛选条件的指标（%1）").replace("%1", narrowed)

    def counted(self, shown: int, listed: int) -> str:
        if not self.model.year:  # a database with no indicator table yet
            return self.tr("共 %n 个指标", "", listed)
        year = str(self.model.year)
        if shown == listed:
            return self.tr("%1年共 %2 个指标").replace("%1", year).replace("%2", str(listed))
        return (self.tr("显示 %1 个，%2年共 %3 个指标").replace("%1", str(shown)).replace("%2", year)
                .replace("%3", str(listed)))
