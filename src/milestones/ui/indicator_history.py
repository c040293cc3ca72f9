"""历年情况: one indicator across the years the database holds — each year's target, what was reached and
how it stood, with the figures drawn — what an annual report's "近年完成情况" reads across.

Only whole years are drawn: a 1-9月 figure beside a year's would read as a fall. A target is drawn where it
is a figure in the indicator's own unit (a growth target of an amount is not the amount).
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ..domain.plain_text import normalise_text
from ..domain.target import plain_number, reported_months
from ..store.queries import indicator_history
from .clipboard import copy_rows
from .standings import INDICATOR_STANDING_WORDS, standing_word

_ACTUAL, _TARGET = "#1f4e9c", "#d08a1a"


class IndicatorHistoryDialog(QDialog):
    def __init__(self, ops, indicator_year_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorHistory")
        with ops.db.read() as s:
            self.indicator, self.rows = indicator_history(s, indicator_year_id)
        unit = self.indicator.unit
        self.setWindowTitle(self.tr("历年情况：%1").replace("%1", self.indicator.name + (f"（{unit}）" if unit else "")))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(self.rows), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("年份"), self.tr("目标"), self.tr("完成值"), self.tr("评价"),
                                              self.tr("完成情况")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, row in enumerate(self.rows):
            actual = row.actual_text or (plain_number(row.actual) if row.actual is not None else "")
            for c, text in enumerate((str(row.year), row.target_text or "", actual.replace(":", "："),
                                      standing_word(row.standing, INDICATOR_STANDING_WORDS), row.status or "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        shown = min(len(self.rows), 8)  # as high as its years, up to eight; the chart takes the rest
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + shown * self.table.verticalHeader().defaultSectionSize() + 4)
        lay.addWidget(self.table)
        self.chart = pg.PlotWidget(background="w")
        self.chart.setMinimumHeight(220)
        self.chart.setMouseEnabled(False, False)
        self.chart.hideButtons()
        self.chart.addLegend(offset=(10, 10))
        self.drawn = self._draw()
        lay.addWidget(self.chart, 1)
        self.note = QLabel(self.tr("图中只画全年的完成值，以及与指标同单位的目标；季度或1-9月的数字只列在表中。"), self)
        self.note.setStyleSheet("color: gray")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        if not any(self.drawn.values()):
            self.chart.hide()
            self.note.setText(self.tr("没有可画的数字：目标或完成值是文字，或只有一年的一部分。"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        copy = buttons.addButton(self.tr("复制"), QDialogButtonBox.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 520)

    def _draw(self) -> dict[str, list[tuple[int, float]]]:
        """The whole years' actuals and the targets in the indicator's unit, as (year, figure)."""
        unit = self.indicator.unit
        actual = [(r.year, r.actual) for r in self.rows if r.actual is not None and reported_months(r.actual_text) is None]
        own = normalise_text(unit or "")
        target = [(r.year, r.target_value) for r in self.rows
                  if r.target_value is not None and normalise_text(r.target_unit or unit or "") == own]
        for points, name, colour, style in ((target, self.tr("目标"), _TARGET, Qt.DashLine),
                                            (actual, self.tr("完成值"), _ACTUAL, Qt.SolidLine)):
            if points:
                xs, ys = zip(*points)
                self.chart.plot(list(xs), list(ys), name=name, pen=pg.mkPen(colour, width=2, style=style),
                                symbol="o", symbolBrush=colour, symbolPen=colour, symbolSize=7)
        years = sorted({r.year for r in self.rows})
        self.chart.getAxis("bottom").setTicks([[(y, str(y)) for y in years]])
        if unit:
            self.chart.setLabel("left", unit)
        return {"actual": actual, "target": target}

    def copy(self) -> str:
        heads = [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]
        return copy_rows(heads, [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                                 for r in range(self.table.rowCount())])
