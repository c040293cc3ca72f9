"""The foot of the project list: how many projects it lists and what they add up to (合计), or of the rows chosen.

Every table a planner makes in Excel ends in a 合计 row, and Excel's status bar adds up what is chosen: "these 12
projects of 东部 — how much do they invest this year?" was a copy into a spreadsheet. The sums are the database's
(``store.project_rows.list_totals``, three SUMs over the list's own filter), read a moment after the list or the
choice changes, so a list of 50,000 projects is not read row by row and a burst of clicks reads them once.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..store.project_rows import ListTotals, list_totals
from .cell_paste import chosen_rows
from .lang import format_value, quarter_label

SETTLE_MS = 120  # a drag across rows, a filter typed: the sums are read once it settles


class ProjectFoot(QWidget):
    def __init__(self, window, model, view, parent=None) -> None:
        super().__init__(parent)
        self.window, self.model, self.view = window, model, view
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel(self)
        self.totals = QLabel(self)
        self.totals.setObjectName("listTotals")
        # a long line of sums is cut at the window's edge, never widens the window
        self.totals.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.totals.setToolTip(self.tr("按当前筛选的项目合计；选中多个项目时为所选项目的合计"))
        lay.addWidget(self.count)
        lay.addWidget(window.filter_bar.clear_button)
        lay.addSpacing(24)
        lay.addWidget(self.totals, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        model.reloaded.connect(self._count_now)
        view.selectionModel().selectionChanged.connect(lambda *_: self.later())
        window.ops.connection_back.connect(self.later)
        window.ops.changed.connect(
            lambda cs: self.later() if {"key_project", "plan_entry", "quarter_investment"}
            & (set(cs.updated) | set(cs.inserted) | set(cs.deleted)) else None)
        self._count_now()

    def _count_now(self) -> None:
        """The count as soon as the list is read again (the sums follow)."""
        self.count.setText(self.tr("共 %n 个项目", "", self.model.total()))  # "1 project", "49 projects"
        self.later()

    def later(self) -> None:
        self._timer.start()

    def chosen_ids(self) -> list[int]:
        ids = [self.model.project_id(r) for r in chosen_rows(self.view)]
        return [i for i in ids if i is not None]

    def refresh(self) -> None:
        """The count, and the sums of the rows chosen (two or more) or else of the whole list."""
        self._timer.stop()
        m = self.model
        chosen = self.chosen_ids()
        count = self.tr("共 %n 个项目", "", m.total())
        if len(chosen) > 1:
            count += self.tr("，已选 %1 个").replace("%1", str(len(chosen)))
        self.count.setText(count)
        at = m.at
        if at is None or not m.total():
            self.totals.clear()
            return
        f = replace(m.filter, at=m.filter.at or at)
        try:
            with self.window.ops.db.read() as s:
                sums = list_totals(s, replace(f, ids=tuple(chosen)) if len(chosen) > 1 else f, at)
        except Exception as exc:
            if not self.window.ops.is_connection_error(exc):
                raise
            return  # a shared database out of reach: the last sums stay until it is back (the status bar says so)
        said = self.sums_text(sums, at)
        if said and len(chosen) > 1:
            said = self.tr("所选合计：%1").replace("%1", said)
        elif said:
            said = self.tr("合计：%1").replace("%1", said)
        self.totals.setText(said)

    def sums_text(self, t: ListTotals, at) -> str:
        """"总投资 1,234.50 亿元，年度计划投资 …" — the figures the list gives, none where none is given."""
        parts = []
        if t.total_investment is not None:
            parts.append(self.tr("总投资 %1 亿元").replace("%1", format_value(t.total_investment)))
        if t.annual_investment is not None:
            parts.append(self.tr("年度计划投资 %1 亿元").replace("%1", format_value(t.annual_investment)))
        if t.invested is not None:
            done = self.tr("截至%1完成投资 %2 亿元").replace("%1", quarter_label(at)) \
                .replace("%2", format_value(t.invested))
            if t.rate is not None:
                done += self.tr("（完成率 %1）").replace("%1", f"{t.rate:.1%}")
            parts.append(done)
        return self.tr("，").join(parts)
