"""A project's full record: details, the years it was listed, and — editable —
its milestones, quarterly investment (planned and actual) and progress notes,
and the list-change history. Saving is one undo step per list changed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from ..domain.quarter import Quarter
from ..domain.target import plain_number
from ..store import changes
from ..store.project_rows import project_rows
from ..store.queries import project_detail
from ..store.settings import light_rules
from .change_text import change_how, change_value, change_what
from .lang import exact_text, format_value, local_time, quarter_label
from .project_model import light_why
from .problem_text import problem_text
from .undo import DetailsCommand, push


_s = format_value


class _DetailTable(QWidget):
    """One editable list with add and remove buttons."""

    def __init__(self, kind: str, headers: list[str], fields: tuple[str, ...], rows: list[dict], editable: bool,
                 parent=None, blank_quarters=()) -> None:
        super().__init__(parent)
        self.kind, self.fields = kind, fields
        self.original = rows
        lay = QVBoxLayout(self)
        shown = list(rows)
        if editable and blank_quarters:
            # the plan year's quarters not reported yet, ready to be typed into (a row left blank is not saved)
            have = {r.get("quarter") for r in rows}
            shown += [{"quarter": q} for q in blank_quarters if q not in have]
            shown.sort(key=lambda r: (r.get("quarter") is None, r.get("quarter") or 0))
        self.table = QTableWidget(len(shown), len(fields), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(shown):
            for c, f in enumerate(fields):
                self.table.setItem(r, c, QTableWidgetItem(exact_text(row.get(f))))
        self.table.resizeColumnsToContents()  # each heading whole ("Planned (100M CNY)" was cut to "lanned (100M")
        for c in range(len(fields) - 1):  # an empty list's columns were as narrow as "季度"
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), 130))
        if not editable:
            self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        lay.addWidget(self.table)
        if editable:
            buttons = QHBoxLayout()
            add = QPushButton(self.tr("添加一行"), self)
            remove = QPushButton(self.tr("删除所选行"), self)
            add.clicked.connect(self.add_row)
            remove.clicked.connect(self.remove_rows)
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            lay.addLayout(buttons)

    def add_row(self, values: dict | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, f in enumerate(self.fields):
            self.table.setItem(r, c, QTableWidgetItem(exact_text((values or {}).get(f))))

    def remove_rows(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def rows(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, f in enumerate(self.fields):
                item = self.table.item(r, c)
                text = item.text().strip() if item else ""
                row[f] = text or None
            if self.kind == "investments" and row["planned"] is None and row["actual"] is None:
                continue  # a quarter with no figure: nothing to keep (clearing both takes the quarter off)
            if any(v is not None for v in row.values()):
                out.append(row)
        return out

    def changed(self) -> bool:
        def norm(rows):
            return [{f: exact_text(r.get(f)) for f in self.fields} for r in rows]

        return norm(self.rows()) != norm(self.original)


class ProjectDialog(QDialog):
    def __init__(self, ops, project_id: int, year: int | None, parent=None, editable: bool = True,
                 at: Quarter | None = None) -> None:
        super().__init__(parent)
        self.ops, self.pid = ops, project_id
        d = project_detail(ops.db, project_id, year)
        p = d["project"]
        self.setWindowTitle(p["name"])
        self.resize(820, 560)
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        lay.addWidget(self.tabs)

        info = QWidget()
        form = QFormLayout(info)
        rows = [
            (self.tr("项目名称"), p["name"]), (self.tr("项目编码"), p["code"]),
            (self.tr("区域"), d["zone"]), (self.tr("板块"), d["area"]), (self.tr("类别"), p["project_class"]),
            (self.tr("建设内容及规模"), p["content"]), (self.tr("建设起止年限"), p["construction_years"]),
            (self.tr("总投资(亿元)"), p["total_investment"]), (self.tr("业主单位"), p["owner"]),
            (self.tr("责任单位"), p["responsible_unit"]), (self.tr("责任人"), p["contact"]),
            (self.tr("牵头领导"), p["leader"]),
            (self.tr("计划开工"), self._planned(p["planned_start"] or p["planned_start_text"], d["original"], 0)),
            (self.tr("实际开工"), p["actual_start"]),
            (self.tr("计划完工"), self._planned(p["planned_completion"] or p["planned_completion_text"], d["original"], 1)),
            (self.tr("实际完工"), p["actual_completion"]),
            (self.tr("备注"), p["notes"]), (self.tr("来源"), p["source"]),
        ]
        if at is not None and year:  # its light at the quarter the window shows, and why
            with ops.db.read() as s:
                row, rules = project_rows(s, [project_id], year).get(project_id), light_rules(s)
            if row is not None:
                status = row.status(at)
                done = status.actual_to_date
                invested = "—" if done is None else self.tr("%1 亿元").replace("%1", plain_number(round(done, 4)))
                if done is not None and status.annual_planned:
                    invested += self.tr("（年度计划的%1）").replace("%1", f"{done / status.annual_planned * 100:.1f}%")
                at_row = rows.index((self.tr("实际完工"), p["actual_completion"])) + 1
                rows[at_row:at_row] = [
                    (self.tr("截至%1完成投资").replace("%1", quarter_label(at)), invested),
                    (self.tr("预警（截至%1）").replace("%1", quarter_label(at)), light_why(status, at, rules))]
        for label, value in rows:
            text = QLabel(_s(value))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(label, text)
        self.tabs.addTab(info, self.tr("基本信息"))
        self.tabs.addTab(self._table([self.tr("年度"), self.tr("性质"), self.tr("级别"), self.tr("年度计划投资(亿元)"),
                                      self.tr("截至上年底累计完成投资(亿元)"), self.tr("在列")],
                                     [[y["year"], y["nature"], y["level"], y["annual_investment"], y["invested_before"],
                                       self.tr("是") if y["on_list"] else self.tr("否")] for y in d["years"]]),
                         self.tr("各年度"))
        self.details = {
            "investments": _DetailTable("investments", [self.tr("季度"), self.tr("计划投资(亿元)"), self.tr("完成投资(亿元)")],
                                        ("quarter", "planned", "actual"),
                                        changes.project_details(ops.db, project_id, "investments"), editable,
                                        blank_quarters=_year_quarters(year)),
            "milestones": _DetailTable("milestones", [self.tr("节点"), self.tr("计划季度"), self.tr("计划日期"),
                                                      self.tr("实际季度"), self.tr("实际日期"), self.tr("说明")],
                                       ("name", "planned_quarter", "planned_date", "actual_quarter", "actual_date",
                                        "note"),
                                       changes.project_details(ops.db, project_id, "milestones"), editable),
            "notes": _DetailTable("notes", [self.tr("季度"), self.tr("日期"), self.tr("形象进度")],
                                  ("quarter", "noted_on", "text"),
                                  changes.project_details(ops.db, project_id, "notes"), editable),
        }
        self.tabs.addTab(self.details["investments"], self.tr("季度投资"))
        self.tabs.addTab(self.details["milestones"], self.tr("节点"))
        self.tabs.addTab(self.details["notes"], self.tr("形象进度"))
        change = {"added": self.tr("列入"), "removed": self.tr("移出")}
        self.tabs.addTab(self._table([self.tr("年度"), self.tr("变动"), self.tr("日期"), self.tr("原因")],
                                     [[h["year"], change.get(h["change"], h["change"]), h["date"], h["reason"]]
                                      for h in d["history"]]), self.tr("调整记录"))
        # who moved the plan or corrected a figure, and when (the latest first)
        self.tabs.addTab(self._table([self.tr("时间"), self.tr("内容"), self.tr("原为"), self.tr("改为"), self.tr("修改人"),
                                      self.tr("方式")],
                                     [[local_time(c["at"]), change_what(c), change_value(c, c["old"]),
                                       change_value(c, c["new"]), c["by"], change_how(c["how"])] for c in d["changes"]]),
                         self.tr("修改记录"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        if editable:
            self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.AcceptRole)
            buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> bool:
        """Write every changed list (one undo step each); stay open on a problem."""
        labels = {"investments": self.tr("季度投资"), "milestones": self.tr("节点"), "notes": self.tr("形象进度")}
        for kind, table in self.details.items():
            if not table.changed():
                continue
            try:
                rows = [_parse_row(r) for r in table.rows()]
            except ValueError as exc:
                self.tabs.setCurrentWidget(table)
                self.message.setText(problem_text(str(exc)))
                return False
            text = self.tr("修改“%1”的%2").replace("%1", self.windowTitle()).replace("%2", labels[kind])
            failures = []
            self.ops.failed.connect(failures.append)
            try:
                ok = push(self.ops, DetailsCommand(self.ops, self.pid, kind, table.original, rows, text))
            finally:
                self.ops.failed.disconnect(failures.append)
            if not ok:
                self.tabs.setCurrentWidget(table)
                self.message.setText(problem_text(failures[-1]) if failures else self.tr("未能保存"))
                return False
            table.original = changes.project_details(self.ops.db, self.pid, kind)
        self.accept()
        return True

    def _planned(self, now, original: tuple | None, i: int) -> str:
        """A planned quarter, and what it was before a revision ("2024年四季度（原计划2024年一季度）")."""
        if original is None or original[i] == now:
            return _s(now)
        return self.tr("%1（原计划%2）").replace("%1", _s(now) or "—").replace("%2", _s(original[i]) or "—")

    def _table(self, headers, rows) -> QTableWidget:
        t = QTableWidget(len(rows), len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.setItem(r, c, QTableWidgetItem(_s(v)))
        t.resizeColumnsToContents()  # "截至上年底累计完成投资(亿元)" was cut to "年底累计完成投资"
        return t


def _year_quarters(year: int | None) -> list:
    from ..domain.quarter import Quarter

    return [Quarter(year, q) for q in range(1, 5)] if year else []


def _parse_row(row: dict) -> dict:
    """Typed-in text to values: quarters in any notation, numbers with separators, ISO dates."""
    from ..domain.quarter import parse_schedule_cell
    from ..domain.target import parse_number

    out = {}
    for k, v in row.items():
        if v is None:
            out[k] = None
        elif k in ("quarter", "planned_quarter", "actual_quarter"):
            cell = parse_schedule_cell(v)
            if cell.quarter is None:
                raise changes.EditError(f"“{v}”不是季度（应为如 2024年一季度、2024Q1）")
            out[k] = cell.quarter
        elif k in ("planned", "actual"):
            out[k] = parse_number(v)
        elif k in ("planned_date", "actual_date", "noted_on"):
            cell = parse_schedule_cell(v)
            if cell.date is None:
                raise changes.EditError(f"“{v}”不是日期（应为如 2024-03-15）")
            out[k] = cell.date
        else:
            out[k] = v
    return out

