"""编辑 → 计划数…: the plan's own figures, typed in — its key projects and investment, each quarter's planned
starts and completions, how many indicators of each kind (store/plan_figures.py).

A year opened by 新建下一年度计划 has none until they are typed: the dashboard holds what is listed against them.
Kept in one undo step; a viewer of a shared plan sees them and keeps nothing.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout,
)

from ..domain.target import parse_number, plain_number
from ..store.plan_figures import read_figures
from .lang import language, quarter_tick

# the quarters' figures, by their key in read_figures
_QUARTER_KEYS = ("starts", "completions")


def _shown(value) -> str:
    return "" if value is None else plain_number(value)


class PlanFiguresDialog(QDialog):
    def __init__(self, db, year: int, editable: bool, parent=None) -> None:
        super().__init__(parent)
        # a count's word after its box reads in Chinese ("共 26 项"); English says what is counted in the label
        counted = {"个": "个", "项": "项"} if language() == "zh" else {"个": "", "项": ""}
        self.year = year
        self.setObjectName("planFigures")
        self.setWindowTitle(self.tr("%1年计划数").replace("%1", str(year)))
        self.held = read_figures(db, year)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("计划报告中写明的计划数：概览以此对照已列入的项目和指标。空白表示未定。"), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.fields: dict[str, QLineEdit] = {}
        this, last = f"indicators_{year}", f"indicators_{year - 1}"  # as store.plan_figures.stated_keys names them

        def figure(value, parent) -> QLineEdit:
            box = QLineEdit(_shown(value), parent)
            box.setAlignment(Qt.AlignRight)
            box.setMaximumWidth(90)
            box.setReadOnly(not editable)
            return box

        def line(key: str, unit: str, parent) -> QHBoxLayout:
            row = QHBoxLayout()
            box = self.fields[key] = figure(self.held["stated"][key], parent)
            row.addWidget(box)
            if unit:
                row.addWidget(QLabel(unit, parent))
            return row

        def group(title: str, rows: list[tuple[str, str, str]]) -> QGroupBox:
            box = QGroupBox(title, self)
            grid = QGridLayout(box)
            for i, (label, key, unit) in enumerate(rows):  # one line: 共、完成、未完成、调整 read together
                grid.addWidget(QLabel(label, box), 0, i * 2)
                grid.addLayout(line(key, unit, box), 0, i * 2 + 1)
            grid.setColumnStretch(len(rows) * 2, 1)
            return box

        named = QGroupBox(self.tr("计划"), self)
        form = QFormLayout(named)
        self.plan_fields: dict[str, QLineEdit] = {}
        for key, label, hint in (("title", self.tr("计划名称"), self.tr("如：重庆市渝中区2025年国民经济和社会发展计划")),
                                 ("issuing_office", self.tr("印发单位"), self.tr("如：重庆市渝中区人民政府")),
                                 ("document_number", self.tr("文号"), self.tr("如：渝中府发〔2025〕8号（可不填）"))):
            box = self.plan_fields[key] = QLineEdit(self.held["plan"][key] or "", named)
            box.setPlaceholderText(hint)
            box.setReadOnly(not editable)
            form.addRow(label, box)
        lay.addWidget(named)
        lay.addWidget(group(self.tr("重点项目"), [(self.tr("重点项目"), "key_projects", counted["个"]),
                                               (self.tr("年度计划投资"), "annual_investment", self.tr("亿元"))]))
        quarters = QGroupBox(self.tr("各季度开工、完工"), self)
        grid = QGridLayout(quarters)
        grid.addWidget(QLabel(self.tr("计划开工（个）"), quarters), 0, 1)
        grid.addWidget(QLabel(self.tr("计划完工（个）"), quarters), 0, 2)
        self.quarter_fields: dict[tuple[int, str], QLineEdit] = {}
        for q in self.held["quarters"]:
            n = q["quarter"]
            grid.addWidget(QLabel(quarter_tick(n), quarters), n, 0)
            for c, key in enumerate(_QUARTER_KEYS, start=1):
                box = self.quarter_fields[(n, key)] = figure(q[key], quarters)
                grid.addWidget(box, n, c)
        grid.setColumnStretch(3, 1)
        lay.addWidget(quarters)
        lay.addWidget(group(self.tr("%1年指标").replace("%1", str(year)),
                            [(self.tr("共"), this, counted["项"]), (self.tr("约束性"), f"{this}_binding", counted["项"]),
                             (self.tr("预期性"), f"{this}_expected", counted["项"])]))
        lay.addWidget(group(self.tr("%1年指标完成情况").replace("%1", str(year - 1)),
                            [(self.tr("共"), last, counted["项"]), (self.tr("完成"), f"{last}_met", counted["项"]),
                             (self.tr("未完成"), f"{last}_not_met", counted["项"]),
                             (self.tr("调整"), f"{last}_adjusted", counted["项"])]))
        self.said = QLabel(self)
        self.said.setStyleSheet("color: #b00020")
        self.said.setWordWrap(True)
        lay.addWidget(self.said)
        buttons = QDialogButtonBox((QDialogButtonBox.Save | QDialogButtonBox.Cancel) if editable
                                   else QDialogButtonBox.Close, self)
        if editable:
            buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
            buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        else:
            buttons.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for box in [*self.fields.values(), *self.quarter_fields.values(), *self.plan_fields.values()]:
            box.textChanged.connect(lambda _t: self.said.clear())

    def figures(self) -> dict:
        """The figures as typed, read as :func:`store.plan_figures.set_figures` takes them; ValueError naming the
        figure that is not a number."""
        def number(box: QLineEdit, label: str, whole: bool):
            text = box.text().strip()
            try:
                value = parse_number(text)  # "65个", "184.8亿元", "１１"
            except ValueError:
                value = -1
            if value is not None and (value < 0 or whole and value != int(value)):
                raise ValueError(self.tr("%1应为%2，而不是“%3”").replace("%1", label)
                                 .replace("%2", self.tr("整数") if whole else self.tr("数字")).replace("%3", text))
            return None if value is None else (int(value) if whole else value)

        stated = {k: number(box, self._label(k), k != "annual_investment") for k, box in self.fields.items()}
        quarters = [{"quarter": n, **{k: number(self.quarter_fields[(n, k)], self._label(k, n), True)
                                      for k in _QUARTER_KEYS}} for n in range(1, 5)]
        plan = {k: box.text().strip() or None for k, box in self.plan_fields.items()}
        if not plan["title"]:
            raise ValueError(self.tr("计划名称不能为空：打印的时间轴以它为标题"))
        return {"plan": plan, "stated": stated, "quarters": quarters}

    def _label(self, key: str, quarter: int | None = None) -> str:
        if quarter is not None:
            words = {"starts": self.tr("%1计划开工"), "completions": self.tr("%1计划完工")}
            return words[key].replace("%1", quarter_tick(quarter))
        this, last = f"indicators_{self.year}", f"indicators_{self.year - 1}"
        return {"key_projects": self.tr("重点项目数"), "annual_investment": self.tr("年度计划投资"),
                this: self.tr("%1年指标项数"), f"{this}_binding": self.tr("约束性指标项数"),
                f"{this}_expected": self.tr("预期性指标项数"), last: self.tr("%1年指标项数"),
                f"{last}_met": self.tr("完成的指标项数"), f"{last}_not_met": self.tr("未完成的指标项数"),
                f"{last}_adjusted": self.tr("调整的指标项数")}[key].replace(
                    "%1", str(self.year if key.startswith(this) else self.year - 1))

    def changed(self) -> tuple[dict, dict]:
        """(old, new): only the figures typed otherwise than they were held."""
        new = self.figures()
        old_p = {k: v for k, v in self.held["plan"].items() if new["plan"][k] != v}
        new_p = {k: new["plan"][k] for k in old_p}
        old_s = {k: v for k, v in self.held["stated"].items() if new["stated"][k] != v}
        new_s = {k: new["stated"][k] for k in old_s}
        held_q = {q["quarter"]: q for q in self.held["quarters"]}
        old_q, new_q = [], []
        for q in new["quarters"]:
            keys = [k for k in _QUARTER_KEYS if q[k] != held_q[q["quarter"]][k]]
            if keys:
                old_q.append({"quarter": q["quarter"], **{k: held_q[q["quarter"]][k] for k in keys}})
                new_q.append({"quarter": q["quarter"], **{k: q[k] for k in keys}})
        return ({"plan": old_p, "stated": old_s, "quarters": old_q},
                {"plan": new_p, "stated": new_s, "quarters": new_q})

    def accept(self) -> None:
        try:
            self.changed()
        except ValueError as exc:
            self.said.setText(str(exc))  # the box stays open: nothing typed is lost
            return
        super().accept()
