"""A project's full record: details, schedule, milestones, investment plan vs actual, notes, history."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from ..store.queries import project_detail
from .lang import quarter_label


def _s(v) -> str:
    if v is None:
        return ""
    if hasattr(v, "label_zh"):
        return quarter_label(v)
    if isinstance(v, float):
        return f"{v:,.2f}"
    return str(v)


class ProjectDialog(QDialog):
    def __init__(self, ops, project_id: int, year: int | None, parent=None) -> None:
        super().__init__(parent)
        d = project_detail(ops.db, project_id)
        p = d["project"]
        self.setWindowTitle(p["name"])
        self.resize(760, 520)
        lay = QVBoxLayout(self)
        tabs = QTabWidget(self)
        lay.addWidget(tabs)

        info = QWidget()
        form = QFormLayout(info)
        rows = [
            (self.tr("项目名称"), p["name"]), (self.tr("项目编码"), p["code"]),
            (self.tr("区域"), d["zone"]), (self.tr("板块"), d["area"]), (self.tr("类别"), p["project_class"]),
            (self.tr("建设内容及规模"), p["content"]), (self.tr("建设起止年限"), p["construction_years"]),
            (self.tr("总投资(亿元)"), p["total_investment"]), (self.tr("业主单位"), p["owner"]),
            (self.tr("责任单位"), p["responsible_unit"]), (self.tr("牵头领导"), p["leader"]),
            (self.tr("计划开工"), p["planned_start"] or p["planned_start_text"]),
            (self.tr("实际开工"), p["actual_start"]),
            (self.tr("计划完工"), p["planned_completion"] or p["planned_completion_text"]),
            (self.tr("实际完工"), p["actual_completion"]),
            (self.tr("备注"), p["notes"]), (self.tr("来源"), p["source"]),
        ]
        for label, value in rows:
            text = QLabel(_s(value))
            text.setWordWrap(True)
            form.addRow(label, text)
        tabs.addTab(info, self.tr("基本信息"))

        tabs.addTab(self._table([self.tr("年度"), self.tr("性质"), self.tr("级别"), self.tr("年度计划投资(亿元)"),
                                 self.tr("在列")],
                                [[y["year"], y["nature"], y["level"], y["annual_investment"],
                                  self.tr("是") if y["on_list"] else self.tr("否")] for y in d["years"]]),
                    self.tr("各年度"))
        tabs.addTab(self._table([self.tr("节点"), self.tr("计划"), self.tr("实际"), self.tr("说明")],
                                [[m["name"], m["planned_date"] or m["planned"], m["actual_date"] or m["actual"],
                                  m["note"]] for m in d["milestones"]]), self.tr("节点"))
        tabs.addTab(self._table([self.tr("季度"), self.tr("计划投资(亿元)"), self.tr("完成投资(亿元)")],
                                [[i["quarter"], i["planned"], i["actual"]] for i in d["investments"]]),
                    self.tr("季度投资"))
        tabs.addTab(self._table([self.tr("季度"), self.tr("日期"), self.tr("形象进度")],
                                [[n["quarter"], n["date"], n["text"]] for n in d["notes"]]), self.tr("形象进度"))
        change = {"added": self.tr("列入"), "removed": self.tr("移出")}
        tabs.addTab(self._table([self.tr("年度"), self.tr("变动"), self.tr("日期"), self.tr("原因")],
                                [[h["year"], change.get(h["change"], h["change"]), h["date"], h["reason"]]
                                 for h in d["history"]]), self.tr("调整记录"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _table(self, headers, rows) -> QTableWidget:
        t = QTableWidget(len(rows), len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.setItem(r, c, QTableWidgetItem(_s(v)))
        return t
