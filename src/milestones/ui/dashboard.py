"""The plan at a glance for one quarter: starts and completions, investment, lights, indicators."""
from __future__ import annotations

from collections import Counter

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.progress import Light
from ..domain.quarter import Quarter
from ..domain.target import plain_number
from ..store.dashboard import dashboard
from ..store.queries import PlanNotFound
from ..store.reports import changes_since_kept, kept_quarters, kept_report, report_before, report_snapshot
from ..store.summary import progress_summary
from .lang import language, local_time, quarter_label, quarter_tick
from .filter_bar import CHANGED, LIST_ADJUSTED, LIST_CHANGED, PAST_DUE, REVISED, UNREPORTED
from .project_model import LIGHT_COLOURS, light_text
from .undo import KeepReportCommand, push


def _fmt(v, digits=1) -> str:
    return "—" if v is None else f"{v:,.{digits}f}"


def _rate(made_due: tuple[int, int]) -> str:
    """"50%（2/4）": the share, and the projects behind it."""
    made, due = made_due
    if not due:
        return "—"
    return f"{made / due:.0%}（{made}/{due}）" if language() == "zh" else f"{made / due:.0%} ({made}/{due})"


class _Tile(QLabel):
    """A figure that opens the list it counts."""

    def __init__(self, text: str, clicked, tip: str, parent=None) -> None:
        super().__init__(text, parent)
        self._clicked = clicked
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip(tip)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._clicked()
        super().mousePressEvent(event)


class DashboardView(QWidget):
    quarter_changed = Signal(object)
    # a count of the measures' targets was clicked: show them ("not_met" …, "behind", "" for all)
    targets_asked = Signal(str)
    # a count of projects was clicked: show them, by zone name ("" no zone, None every zone) and light
    # (a Light's value, or "unreported": no investment reported for the quarter)
    projects_asked = Signal(object, str)
    area_projects_asked = Signal(int, str)  # an area's count of a light (分板块预警): its id, the light
    # a count of the year's indicators was clicked: show them, by standing ("met" …) and attribute
    # ("binding", "expected", "unknown"), "" for any
    indicators_asked = Signal(str, str)
    breakdown_asked = Signal()  # 分类统计… was clicked: the window opens it (its rows open projects)
    export_asked = Signal(object)  # 导出推进情况表… was clicked, at this Quarter: the window's export dialog
    plan_gone = Signal()  # the year shown was removed (by a colleague, on a shared plan): the window moves on
    checks_asked = Signal()  # 数据检查… on the dashboard, 先检查… in the keep box: the window's 数据检查
    figures_asked = Signal()  # 计划数未填 was clicked: the window's 计划数… box

    def __init__(self, ops, year: int, parent=None) -> None:
        super().__init__(parent)
        self.ops, self.year = ops, year
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("截至季度："), self))
        self.quarter = QComboBox(self)
        for q in Quarter.range(Quarter(year, 1), Quarter(year, 4)):
            self.quarter.addItem(quarter_label(q), q.index)  # plain ints compare reliably as item data
        top.addWidget(self.quarter)
        # the quarter's report as it was sent (上报存档): kept, and what has moved since
        self.kept_label = QLabel(self)
        self.kept_label.setObjectName("keptLabel")
        self.kept_label.setTextFormat(Qt.RichText)
        # wrapped beside the buttons: "Reported and kept on … (root); no warning has changed since" set the page's
        # least width in English and squeezed the navigation to a sliver with a scroll bar on a laptop's screen
        self.kept_label.setWordWrap(True)
        self.kept_label.linkActivated.connect(self._kept_link)
        top.addSpacing(12)
        top.addWidget(self.kept_label, 1)  # the room between the quarter and the buttons: one line where it fits
        self.breakdown_button = QPushButton(self.tr("分类统计…"), self)
        self.breakdown_button.setToolTip(self.tr("按类别、区域或板块统计项目数、投资、开工完工和预警，可复制到汇报材料"))
        self.breakdown_button.clicked.connect(self.breakdown_asked)
        top.addWidget(self.breakdown_button)
        self.checks_button = QPushButton(self.tr("数据检查…"), self)  # before the report is kept and sent
        self.checks_button.setObjectName("dashboardChecks")
        self.checks_button.setToolTip(self.tr("上报前查一查：年度计划大于总投资、完工早于开工、名称相近的重复项目、"
                                              "完成情况与完成值不符、未填单位等"))
        self.checks_button.clicked.connect(lambda: self.checks_asked.emit())
        top.addWidget(self.checks_button)
        self.keep_button = QPushButton(self.tr("存档上报…"), self)
        self.keep_button.setToolTip(self.tr("把本季度的数字和各项目此刻的预警、投资、开工完工原样存档："
                                            "以后更正数据或修改预警规则，不改变已上报的内容"))
        self.keep_button.clicked.connect(self.ask_keep)
        top.addWidget(self.keep_button)
        self.summary_button = QPushButton(self.tr("进展情况文字…"), self)
        self.summary_button.setToolTip(self.tr("把本页的数字写成汇报材料里的一段文字，可复制后修改"))
        self.summary_button.clicked.connect(self.show_summary)
        top.addWidget(self.summary_button)
        self.export_button = QPushButton(self.tr("导出推进情况表…"), self)
        self.export_button.setToolTip(self.tr("逐项目的年度投资完成、开工竣工、形象进度和预警及原因，附分类统计，"
                                              "存为可打印的 Excel 表格"))
        self.export_button.clicked.connect(lambda: self.export_asked.emit(self.at()))
        top.addWidget(self.export_button)
        lay.addLayout(top)

        grid = QGridLayout()
        lay.addLayout(grid, 1)
        # starts and completions per quarter
        box = QGroupBox(self.tr("开工、完工：计划 / 已列入 / 已完成"), self)
        v = QVBoxLayout(box)
        self.counts = QTableWidget(4, 6, box)
        heads = [self.tr("开工计划"), self.tr("开工列入"), self.tr("已开工"),
                 self.tr("完工计划"), self.tr("完工列入"), self.tr("已完工")]
        # English words are longer than the columns: one word a line ("Completions / planned")
        self.counts.setHorizontalHeaderLabels([h.replace(" ", "\n") for h in heads])
        self.counts.setEditTriggers(QTableWidget.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.counts.verticalHeader().setDefaultSectionSize(28)
        self.counts.setFixedHeight(self.counts.horizontalHeader().sizeHint().height() + 4 * 28 + 4)
        v.addWidget(self.counts)
        self.rates = QLabel(box)  # 开工率 / 竣工率 to the chosen quarter, and the plans revised (a link to them)
        self.rates.setTextFormat(Qt.RichText)
        # wrapped: the line with its links (the earlier year's projects, the plans revised) is long in English, and
        # unwrapped it set the page's least width, squeezing the navigation to "Key proj…" on a laptop's screen
        self.rates.setWordWrap(True)
        self.rates.linkActivated.connect(
            lambda link: self.figures_asked.emit() if link == "figures"
            else self.projects_asked.emit(None, {"past": PAST_DUE, "moves": LIST_ADJUSTED}.get(link, REVISED)))
        v.addWidget(self.rates)
        self.chart = pg.PlotWidget(background="w")
        self.chart.setMinimumHeight(160)
        self.chart.setMouseEnabled(False, False)
        self.chart.hideButtons()
        self.chart.getViewBox().sigResized.connect(lambda _box: self._fit_legend())
        v.addWidget(self.chart, 1)
        grid.addWidget(box, 0, 0, 2, 1)

        inv = QGroupBox(self.tr("年度投资与序时进度"), self)
        f = QGridLayout(inv)
        self.inv_labels = {}
        for r, (key, text) in enumerate([
            ("projects", self.tr("重点项目：已列入 / 计划")),
            ("stated", self.tr("计划年度投资（亿元）")), ("planned", self.tr("项目年度计划投资合计（亿元）")),
            ("actual", self.tr("截至本季度完成投资（亿元）")), ("rate", self.tr("投资完成率")),
            ("elapsed", self.tr("序时进度")), ("gap", self.tr("与序时进度相差")),
            ("reported", self.tr("本季度已报投资的项目")),
        ]):
            f.addWidget(QLabel(text, inv), r, 0)
            if key == "reported":  # who is still to report: a click lists them
                lab = _Tile("—", lambda: self.projects_asked.emit(None, UNREPORTED),
                            self.tr("点击查看尚未填报本季度投资的项目"), inv)
            else:
                lab = QLabel("—", inv)
            lab.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            f.addWidget(lab, r, 1)
            self.inv_labels[key] = lab
        grid.addWidget(inv, 0, 1)

        self.lights_box = lights = QGroupBox(self.tr("分区预警"), self)
        self.lights_layout = QGridLayout(lights)
        grid.addWidget(lights, 1, 1)

        ind = QGroupBox(self.tr("年度指标"), self)
        self.ind_layout = QGridLayout(ind)
        grid.addWidget(ind, 2, 0, 1, 2)
        targets = QGroupBox(self.tr("工作举措量化目标"), self)
        self.target_layout = QGridLayout(targets)
        grid.addWidget(targets, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.quarter.currentIndexChanged.connect(self._quarter_changed)
        self.figures = None  # the last count shown
        self.kept: tuple | None = None  # (when, by whom) the chosen quarter's report was kept
        self.read_only = False  # a viewer of a shared plan sees what was kept and keeps nothing
        self._stale = True
        ops.changed.connect(lambda _cs: self.refresh())
        self.refresh()

    def summary_text(self, kept: bool = False) -> str:
        """The chosen quarter's progress as a report's paragraph, from the figures shown, or (``kept``)
        from the figures of the report kept for it."""
        with self.ops.db.read() as s:
            report = kept_report(s, self.year, self.at()) if kept else None
            before = report_before(s, self.year, self.at())  # the warnings compared with the last report
        if kept:
            return progress_summary(report.figures, language(), before) if report else ""
        if self._stale or self.figures is None:
            self.figures = dashboard(self.ops.db, self.year, self.at())
        return progress_summary(self.figures, language(), before)

    def show_summary(self) -> QDialog:
        """The paragraph in a box to read, edit and copy (not modal: the dashboard stays usable). A
        quarter whose report was kept offers the paragraph of that report beside today's."""
        from .clipboard import text_dialog

        dialog = text_dialog(self, "summaryDialog", self.tr("进展情况（%1）").replace("%1", quarter_label(self.at())),
                             self.summary_text())
        dialog.which = QComboBox(dialog)
        dialog.which.addItem(self.tr("按现在的数据"), False)
        if self.kept is not None:
            dialog.which.addItem(self.tr("上报存档时（%1）").replace("%1", local_time(self.kept[0])), True)
            dialog.which.currentIndexChanged.connect(
                lambda: dialog.text.setPlainText(self.summary_text(dialog.which.currentData())))
            dialog.layout().insertWidget(0, dialog.which)
        else:
            dialog.which.hide()
        return dialog

    def ask_keep(self) -> QMessageBox:
        """Ask before keeping the quarter's report (replacing one kept before); not modal."""
        at = quarter_label(self.at())
        if self.kept is None:
            text = self.tr("存档%1的上报？\n\n将保存本页的数字，以及%2个项目此刻的预警、本年完成投资和开工完工情况。"
                           "以后更正数据或修改预警规则，存档不变；项目的预警记录会注明上报时的情况。可以撤销。")
        else:
            text = self.tr("%1已于%3存档上报。\n\n用现在的数据重新存档，替换原来的存档？（%2个项目；可以撤销）")
            text = text.replace("%3", local_time(self.kept[0]))
        listed = self.figures.reported[1] if self.figures else 0
        box = QMessageBox(QMessageBox.Question, self.tr("存档上报"),
                          text.replace("%1", at).replace("%2", str(listed)), QMessageBox.Yes | QMessageBox.No, self)
        box.setObjectName("keepBox")
        self._say_checks(box)
        box.setDefaultButton(QMessageBox.Yes if self.kept is None else QMessageBox.No)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.accepted.connect(self.keep)
        box.open()
        return box

    def _say_checks(self, box: QMessageBox) -> None:
        """What 数据检查 finds, said before a report is kept (what is sent should add up), with a way to it."""
        from ..store.checks import NAMES, open_findings

        with self.ops.db.read() as s:
            found = Counter(f.check for f in open_findings(s, self.year))  # those marked as right are not said
        if not found:
            return
        zh = language() == "zh"
        kinds = ("、" if zh else ", ").join(f"{NAMES[k][0]}{n}处" if zh else f"{NAMES[k][1]}: {n}"
                                           for k, n in found.most_common(3))
        box.setInformativeText(self.tr("数据检查发现%1处问题（%2）。").replace("%1", str(sum(found.values())))
                               .replace("%2", kinds + ("…" if len(found) > 3 else "")))
        check = box.addButton(self.tr("先检查…"), QMessageBox.ActionRole)
        check.setObjectName("checkFirst")
        check.clicked.connect(self.checks_asked)

    def keep(self) -> bool:
        """Keep the quarter's report now (one undo step)."""
        at = self.at()
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)  # about a second at 50,000 projects
        try:
            before = report_snapshot(self.ops.db, self.year, at) if self.kept is not None else None
            text = (self.tr("存档%1上报") if before is None else self.tr("重新存档%1上报")).replace("%1", quarter_label(at))
            return push(self.ops, KeepReportCommand(self.ops, self.year, at, before, text))
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _show_kept(self) -> None:
        """What the kept-report line says for the chosen quarter: when it was kept, what moved since."""
        with self.ops.db.read() as s:
            kept = kept_quarters(s, self.year).get(self.at())
            moved = changes_since_kept(s, self.year, self.at()) if kept else None
        self.kept = kept
        self.keep_button.setText(self.tr("存档上报…") if kept is None else self.tr("重新存档…"))
        self.keep_button.setEnabled(not self.read_only)
        if kept is None:
            not_kept = self.tr("本季度尚未存档上报")  # (lupdate finds no tr() inside an f-string)
            self.kept_label.setText("<span style='color:#777'>" + not_kept + "</span>")
            return
        words = [self.tr("已于%1存档上报").replace("%1", local_time(kept[0]))
                 + (self.tr("（%1）").replace("%1", kept[1]) if kept[1] else "")]
        if moved["changed"]:
            moved_text = self.tr("此后%n个项目预警有变", "", moved["changed"])
            words.append("<a href='changed'>" + moved_text + "</a>")
        if moved["added"]:  # (both to the projects put on the list or taken off it since)
            words.append("<a href='list'>" + self.tr("新列入%n个", "", moved["added"]) + "</a>")
        if moved["removed"]:
            words.append("<a href='list'>" + self.tr("移出%n个", "", moved["removed"]) + "</a>")
        if len(words) == 1:
            words.append(self.tr("此后各项目预警未变"))
        self.kept_label.setText(self.tr("；").join(words))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.keep_button.setEnabled(not read_only)

    def _kept_link(self, link: str) -> None:
        if link in ("changed", "list"):
            self.projects_asked.emit(None, CHANGED if link == "changed" else LIST_CHANGED)

    def at(self) -> Quarter:
        return Quarter.from_index(self.quarter.currentData())

    def set_at(self, q: Quarter) -> None:
        i = self.quarter.findData(q.index)
        if i >= 0:
            self.quarter.setCurrentIndex(i)

    def _quarter_changed(self) -> None:
        self.refresh()
        self.quarter_changed.emit(self.at())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recount, if shown; else on the next show. Counting 50,000 projects
        takes a fifth of a second: not after every edit made in another view."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            d = self.figures = dashboard(self.ops.db, self.year, self.at())
        except PlanNotFound:
            self.plan_gone.emit()
            return
        self._show_kept()
        for r, qc in enumerate(d.quarters):
            for c, v in enumerate([qc.starts_stated, qc.starts_listed, qc.starts_done,
                                   qc.completions_stated, qc.completions_listed, qc.completions_done]):
                item = QTableWidgetItem("—" if v is None else str(v))
                item.setTextAlignment(Qt.AlignCenter)
                self.counts.setItem(r, c, item)
            self.counts.setVerticalHeaderItem(r, QTableWidgetItem(quarter_tick(qc.quarter.q)))
        rates = (self.tr("截至%1：开工率 %2，竣工率 %3").replace("%1", quarter_label(d.at))
                 .replace("%2", _rate(d.starts_due)).replace("%3", _rate(d.completions_due)))
        if any(d.past_due):  # carried from last year's plan, its dates not moved: to be re-planned
            parts = [*([self.tr("未开工%1个").replace("%1", str(d.past_due[0]))] if d.past_due[0] else []),
                     *([self.tr("未完工%1个").replace("%1", str(d.past_due[1]))] if d.past_due[1] else [])]
            past = self.tr("上年及以前计划的%1").replace("%1", self.tr("、").join(parts))
            rates += self.tr("；") + "<a href='past'>" + past + "</a>"
        if d.plan_revised:
            revised = self.tr("计划调整过的项目%n个", "", d.plan_revised)
            rates += self.tr("；") + "<a href='revised'>" + revised + "</a>"
        joined, left = d.list_adjusted
        if joined or left:  # the list's own changes since it was made: a 名单调整表's projects
            moves = self.tr("名单确定后调入%1个、调出%2个") if joined and left else \
                self.tr("名单确定后调入%1个") if joined else self.tr("名单确定后调出%2个")
            moves = moves.replace("%1", str(joined)).replace("%2", str(left))
            rates += self.tr("；") + "<a href='moves'>" + moves + "</a>"
        if all(qc.starts_stated is None and qc.completions_stated is None for qc in d.quarters) \
                or d.investment_stated is None:  # a year opened from the last one states nothing until typed
            rates += self.tr("；") + "<a href='figures'>" + self.tr("计划数未填，点此填写") + "</a>"
        self.rates.setText(rates)
        s, c = d.due_by_year
        self.rates.setToolTip(
            self.tr("应开工、应完工含计划只写年份（如“2024年开工”）的项目，以该年四季度为期：开工%1个，完工%2个")
            .replace("%1", str(s)).replace("%2", str(c)) if s or c else "")
        self._draw_chart(d)
        L = self.inv_labels
        listed = d.reported[1]
        L["projects"].setText(self.tr("%1 个").replace("%1", str(listed)) if d.projects_stated is None else
                              self.tr("%1 / %2 个").replace("%1", str(listed)).replace("%2", str(d.projects_stated)))
        L["stated"].setText(_fmt(d.investment_stated))
        L["planned"].setText(_fmt(d.investment_planned))
        L["actual"].setText(_fmt(d.investment_actual_to_date))
        L["rate"].setText("—" if d.investment_rate is None else f"{d.investment_rate:.1%}")
        L["elapsed"].setText(f"{d.time_elapsed:.0%}")
        done, listed = d.reported  # who is still to report: the planner chases them (预警 filter: 未报本季度投资)
        L["reported"].setText(self.tr("%1 / %2 个").replace("%1", str(done)).replace("%2", str(listed)))
        gap = None if d.points_behind is None else round(d.points_behind, 1)  # as shown: 0.04 behind is level
        L["gap"].setText("—" if gap is None else self.tr("落后 %1 个百分点").replace("%1", f"{gap:.1f}")
                         if gap > 0 else self.tr("超前 %1 个百分点").replace("%1", f"{-gap:.1f}")
                         if gap < 0 else self.tr("持平"))
        self._fill_lights(d)
        self._fill_indicators(d)
        m, st = d.measure_targets, d.quarter_steps
        tiles = [
            (self.tr("目标数"), m["listed"], ""), (self.tr("截至本季度到期"), m["due"], None),
            (self.tr("完成"), m["met"], "met"), (self.tr("未完成"), m["not_met"], "not_met"),
            (self.tr("到期未填报"), m["pending"], "pending"), (self.tr("无法评价"), m["unscorable"], "unscorable"),
        ]
        if m["behind_pace"]:  # a task review's 未达序时进度 before the deadline: not missed yet, but behind
            tiles.append((self.tr("未到期、未达序时进度"), m["behind_pace"], "behind"))
        if m["deadline_moved"]:  # deadlines a revised task list (or an edit) moved this year: the office counts them
            tiles.append((self.tr("完成时限已调整"), m["deadline_moved"], "deadline_moved"))
        if m["reworded"]:  # targets a revised list (or an edit) reworded: 原目标 | 调整后目标
            tiles.append((self.tr("目标已调整"), m["reworded"], "reworded"))
        self._fill_tiles(self.target_layout, [t[:2] for t in tiles], links=self._targets_links([t[2] for t in tiles]))
        if st["planned"]:  # the quarter's steps of the targets broken down by quarter (季度安排), a row below
            self._fill_tiles(self.target_layout, [
                (self.tr("本季度有安排"), st["planned"]), (self.tr("达到安排"), st["met"]),
                (self.tr("落后于安排"), st["not_met"]), (self.tr("安排未报进展"), st["pending"])], row=2, clear=False,
                links=self._targets_links([None, None, "behind", None]))

    def _draw_chart(self, d) -> None:
        self.chart.clear()
        xs = list(range(1, 5))
        series = [
            ([q.starts_stated or 0 for q in d.quarters], "#9db7d9", -0.3),
            ([q.starts_listed for q in d.quarters], "#3b6fb6", -0.1),
            ([q.completions_stated or 0 for q in d.quarters], "#f2c48d", 0.1),
            ([q.completions_listed for q in d.quarters], "#d9822b", 0.3),
        ]
        for ys, colour, off in series:
            self.chart.addItem(pg.BarGraphItem(x=[x + off for x in xs], height=ys, width=0.18, brush=colour, pen=None))
        ax = self.chart.getAxis("bottom")
        ax.setTicks([[(x, quarter_tick(x)) for x in xs]])
        # the legend in one row above the bars (two where one is wider than the chart: the English words),
        # with headroom so no bar runs under it
        self._chart_top = max([v for ys, _c, _o in series for v in ys] + [1])
        # counts of projects: whole numbers on the left (it read 0, 0.5, 1.0 for a plan of three)
        step = next(s * 10 ** e for e in range(9) for s in (1, 2, 5) if self._chart_top / (s * 10 ** e) <= 6)
        self.chart.getAxis("left").setTickSpacing(levels=[(step, 0)])
        legend = self.chart.addLegend(offset=(10, 2), colCount=4)
        legend.setColumnCount(4)
        legend.clear()
        for (_, colour, _o), name in zip(series, [self.tr("开工计划"), self.tr("开工列入"),
                                                  self.tr("完工计划"), self.tr("完工列入")]):
            legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=0, brush=colour), name)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """One row of the legend if it fits the chart's width, else two, the bars' headroom to match."""
        legend, box = self.chart.plotItem.legend, self.chart.getViewBox()
        if legend is None or not hasattr(self, "_chart_top"):
            return
        legend.setColumnCount(4)
        rows = 1 if legend.boundingRect().width() <= box.width() - 12 else 2
        if rows == 2:
            legend.setColumnCount(2)
        self.chart.setYRange(0, self._chart_top * (1.3 if rows == 1 else 1.6), padding=0)

    def _clear(self, layout) -> None:
        while layout.count():
            w = layout.takeAt(0).widget()
            if w:
                w.hide()  # gone now, not when the event loop deletes it (a repaint in between drew both)
                w.deleteLater()

    def _fill_lights(self, d) -> None:
        self.lights_box.setToolTip(d.rules.describe(d.at, language()))  # what the colours mean here
        lay = self.lights_layout
        self._clear(lay)
        order = [Light.RED, Light.YELLOW, Light.GREEN, Light.NOT_STARTED, Light.DONE]
        widest = 0
        for c, light in enumerate(order, start=1):
            head = QLabel(light_text(light))
            head.setStyleSheet(f"color: {LIGHT_COLOURS[light].name()}; font-weight: bold")
            head.setAlignment(Qt.AlignCenter)  # over its tiles
            head.ensurePolished()  # measured bold
            widest = max(widest, head.sizeHint().width())
            lay.addWidget(head, 0, c)
        rate_col = len(order) + 1  # each zone's investment to date against its plan (分区域看)
        head = QLabel(self.tr("投资完成率"))
        head.setStyleSheet("font-weight: bold")
        # "Investment completion" on two lines leaves the lights their room; 投资完成率 stays whole (Chinese breaks anywhere)
        head.setWordWrap(" " in head.text())
        head.setAlignment(Qt.AlignCenter)
        lay.addWidget(head, 0, rate_col)
        # (the row's name, its lights, planned, invested, what a click on a count shows — None: nothing)
        if d.lights_by_area:  # a district not divided into zones: where each of its areas (streets) stands
            self.lights_box.setTitle(self.tr("分板块预警"))
            rows = [(name or self.tr("未指定板块"), lights, planned, done,
                     None if area_id is None else lambda v, a=area_id: self.area_projects_asked.emit(a, v))
                    for area_id, name, lights, planned, done in d.lights_by_area]
        else:
            self.lights_box.setTitle(self.tr("分区预警"))
            rows = [(self.tr(name) if name else self.tr("未指定区域"), d.lights_by_zone[name],
                     *d.investment_by_zone.get(name, (None, None)),
                     lambda v, z=name: self.projects_asked.emit(z, v))
                    for name in ("东部", "中部", "西部", "全区", "") if name in d.lights_by_zone]
        for r, (name, lights, planned, done, asked) in enumerate(rows, start=1):
            lay.addWidget(QLabel(name), r, 0)
            for c, light in enumerate(order, start=1):
                n = lights[light]
                lab = _Tile(str(n), lambda ask=asked, v=light.value: ask(v),
                            self.tr("点击查看这些项目")) if n and asked else QLabel(str(n))
                lab.setAlignment(Qt.AlignCenter)
                if n and light in (Light.RED, Light.YELLOW):
                    lab.setStyleSheet(f"background: {LIGHT_COLOURS[light].name()}; color: white; border-radius: 3px")
                lay.addWidget(lab, r, c)
            rate = QLabel(f"{done / planned * 100:.1f}%" if planned and done is not None else "—")
            rate.setAlignment(Qt.AlignCenter)
            if done is not None:
                rate.setToolTip(self.tr("完成 %1 亿元 / 年度计划 %2 亿元").replace("%1", plain_number(round(done, 2)))
                                .replace("%2", plain_number(round(planned, 2)) if planned else "—"))
            lay.addWidget(rate, r, rate_col)
        for c in range(1, len(order) + 1):  # one width for every light's tiles: under "Late" a tile was half as wide
            lay.setColumnMinimumWidth(c, widest)

    def _fill_indicators(self, d) -> None:
        c, stated = d.indicators, d.indicators_stated

        def of_plan(key: str) -> str:  # "14 / 26": listed against what the plan's text states
            return f"{c[key]} / {stated[key]}" if key in stated else str(c[key])

        during_year = c["on_pace"] or c["near_pace"] or c["behind_pace"]
        # (caption, figure, what a click shows: a standing, an attribute)
        tiles = [(self.tr("已列入 / 计划") if "listed" in stated else self.tr("已列入"), of_plan("listed"), ("", "")),
                 (self.tr("完成"), c["met"], ("met", "")), (self.tr("未完成"), c["not_met"], ("not_met", "")),
                 # a review before the year's end (前三季度 figures): against the months gone
                 *([(self.tr("达到时序进度"), c["on_pace"], ("on_pace", ""))] if during_year else []),
                 *([(self.tr("基本达到时序进度"), c["near_pace"], ("near_pace", ""))] if c["near_pace"] else []),
                 *([(self.tr("未达时序进度"), c["behind_pace"], ("behind_pace", ""))] if during_year else []),
                 (self.tr("调整"), c["adjusted"], ("adjusted", "")), (self.tr("待填报"), c["pending"], ("pending", "")),
                 (self.tr("无法评价"), c["unscorable"], ("unscorable", "")),
                 (self.tr("约束性"), of_plan("binding"), ("", "binding")),
                 (self.tr("预期性"), of_plan("expected"), ("", "expected"))]
        if c["binding_unknown"]:  # listed without 约束性/预期性: the 附件2 that says it is still to be imported
            tiles.append((self.tr("未标注属性"), c["binding_unknown"], ("", "unknown")))
        tip = self.tr("点击查看这些指标")
        self._fill_tiles(self.ind_layout, [t[:2] for t in tiles],
                         links=[(lambda a=t[2]: self.indicators_asked.emit(*a), tip) for t in tiles])

    def _targets_links(self, standings: list[str | None]) -> list:
        return [None if k is None else (lambda k=k: self.targets_asked.emit(k), self.tr("点击查看这些目标"))
                for k in standings]

    def _fill_tiles(self, lay, items: list[tuple[str, int | str]], row: int = 0, clear: bool = True,
                    links: list | None = None) -> None:
        """A row of big figures with their captions (``row``: the grid row of the figures); a figure
        with a link (what to call, its tooltip) shows what it counts when clicked."""
        if clear:
            self._clear(lay)
        big = QFont()
        big.setPointSize(big.pointSize() + 6)
        big.setBold(True)
        for i, (text, n) in enumerate(items):
            link = links[i] if links else None
            num = QLabel(str(n)) if link is None else _Tile(str(n), *link)
            num.setFont(big)
            num.setAlignment(Qt.AlignCenter)
            lab = QLabel(text)
            lab.setAlignment(Qt.AlignCenter)
            lay.addWidget(num, row, i)
            lay.addWidget(lab, row + 1, i)
