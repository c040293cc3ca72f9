"""The indicators' list: one year's indicator table (附件1 / 附件2 alike), with last year's level, the target,
what was reached and how it stands."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select

from ..domain.target import Target, plain_number
from ..domain.units import by_mentions, units_named
from ..store.changes import ChangeSet
from ..store.dashboard import indicator_pace, indicator_standing
from ..store.queries import last_year_results, previous_levels
from ..store.schema import Indicator, IndicatorYear, indicator_order
from ..store.settings import light_rules
from .operations import Operations
from .row_models import Column, Owned, RowTableModel, search_text, search_words
from .standings import INDICATOR_STANDING_WORDS, PACE_STANDINGS, STANDING_COLOURS, standing_word


@dataclass(frozen=True)
class IndicatorFilter:
    """What the indicators' view shows: words anywhere in the row, a standing (as
    INDICATOR_STANDING_WORDS) and an attribute ("binding" 约束性, "expected" 预期性, "unknown" not stated)."""
    text: str = ""
    standing: str = ""
    binding: str = ""
    unit: str = ""  # a unit leading the indicator or working with it (as the targets' box)


class IndicatorsModel(RowTableModel):
    """One year's indicator table (附件1/附件2 alike)."""

    table = "indicator_year"
    columns = [
        Column("seq", "序号", kind="number"), Column("name", "指标"), Column("category", "类别"), Column("unit", "单位"),
        Column("binding", "属性", "binding", "binding"),
        # last year's level, the target, what was reached and how it stands: read across without scrolling
        Column("previous_actual", "上年完成", "previous_actual", "figure"),
        Column("target_text", "目标", "target_text"), Column("actual", "完成值", "actual", "figure"),
        Column("standing", "评价"), Column("status", "完成情况", "status"),
        Column("status_reason", "原因说明", "status_reason"),
        Column("responsible_unit", "责任单位", "responsible_unit"), Column("partner_units", "配合单位", "partner_units"),
        Column("notes", "备注", "notes"),
        # an indicator adjusted during the year, to the one judged instead: next year's table is drafted with that
        Column("replaced_by", "调整为", "replaced_by_id", "indicator"),
    ]

    # the indicator's own name, category and unit, one for all its years: an indicator imported without its unit
    # (judged by it) or under a misspelt name is put right where it shows
    owned = {"name": Owned("indicator", "indicator_id", "name", "name", blank="指标名称不能为空"),
             "category": Owned("indicator", "indicator_id", "category", "category"),
             "unit": Owned("indicator", "indicator_id", "unit", "unit")}

    def __init__(self, ops: Operations, year: int | None, parent=None) -> None:
        self.year = year
        self.filter = IndicatorFilter()
        super().__init__(ops, parent)

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def _on_changed(self, cs: ChangeSet) -> None:
        if "setting" in cs.inserted or "setting" in cs.updated or cs.updated.get("indicator"):
            # the office's band of 基本达到时序进度 may have moved, or an indicator's unit: every 评价 is judged again
            self.reload()
        elif cs.updated.get(self.table, set()) - {r["id"] for r in self.all_rows}:
            self.reload()  # another year's row: last year's result may be this table's 上年完成 (a colleague's, too)
        else:
            super()._on_changed(cs)

    def keep(self, row):
        f = self.filter
        if f.standing and row["standing"] != f.standing:
            return False
        if f.binding and {True: "binding", False: "expected", None: "unknown"}[row["binding"]] != f.binding:
            return False
        if f.unit and f.unit not in row["units"]:
            return False
        return all(word in row["haystack"] for word in search_words(f.text))

    def units(self) -> list[str]:
        """The units named as leading or working with, the most often named first."""
        return by_mentions([r["units"] for r in self.all_rows])

    def load(self):
        with self.ops.db.read() as s:
            q = (select(IndicatorYear, Indicator).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                 .where(IndicatorYear.year == self.year).order_by(*indicator_order()))
            out = []
            levels = previous_levels(s, self.year) if self.year is not None else {}
            last_year = last_year_results(s, self.year) if self.year is not None else {}
            near = light_rules(s).near_pace_points  # the office's band of 基本达到时序进度
            for i, (iy, ind) in enumerate(s.execute(q).all(), start=1):
                replaced_by = iy.replaced_by.name if iy.replaced_by else None
                out.append({
                    "id": iy.id, "version": iy.version, "seq": iy.seq or i, "name": ind.name, "indicator_id": ind.id,
                    "category": ind.category, "unit": ind.unit, "binding": iy.binding,
                    "target_text": iy.target_text, "target_op": iy.target_op, "target_value": iy.target_value,
                    "target_unit": iy.target_unit, "actual": iy.actual, "actual_text": iy.actual_text,
                    "previous_actual": iy.previous_actual, "previous_actual_text": iy.previous_actual_text,
                    # shown (greyed) where the row states none: last year's own result, typed once, in its table
                    "last_year": last_year.get(ind.id) if iy.previous_actual is None
                    and not iy.previous_actual_text else None,
                    # judged once here, as the dashboard counts it, not on every paint of the cell
                    "standing": (standing := indicator_standing(iy, ind.unit, levels.get(ind.id), near, ind.name)),
                    "status": iy.status,
                    # (% done, % of the year gone): only a figure of part of the year has it
                    "pace": indicator_pace(iy, ind.unit, levels.get(ind.id), ind.name)
                    if standing in PACE_STANDINGS else None,
                    "status_reason": iy.status_reason, "replaced_by": replaced_by, "replaced_by_id": iy.replaced_by_id,
                    "responsible_unit": iy.responsible_unit, "partner_units": iy.partner_units, "notes": iy.notes,
                    "units": units_named(iy.responsible_unit, iy.partner_units),
                    "haystack": search_text(ind.name, ind.category, ind.unit, iy.target_text, iy.actual_text,
                                             iy.previous_actual_text, iy.status, iy.status_reason, replaced_by,
                                             iy.responsible_unit, iy.partner_units, iy.notes),
                })
            return out

    def display(self, row, col):
        if col.key == "standing":
            return standing_word(row["standing"], INDICATOR_STANDING_WORDS)
        if col.key == "previous_actual" and row["last_year"]:
            number, words = row["last_year"]
            return words or plain_number(number)
        return super().display(row, col)

    def data(self, index, role=Qt.DisplayRole):
        if self.waiting and (waiting := self.waiting_data(index, role)) is not None:
            return waiting
        if index.isValid() and self.columns[index.column()].key == "previous_actual" \
                and self.rows[index.row()]["last_year"]:
            if role == Qt.EditRole:
                return self.display(self.rows[index.row()], self.columns[index.column()])
            if role == Qt.ForegroundRole:
                return QBrush(QColor("#808080"))
            if role == Qt.ToolTipRole:
                return (QCoreApplication.translate("Indicators", "取自%1年指标表的完成值；在此填写即为本表自己的上年完成")
                        .replace("%1", str(self.year - 1)))
        if index.isValid() and self.columns[index.column()].key == "standing":
            standing = self.rows[index.row()]["standing"]
            if role == Qt.BackgroundRole and standing in ("not_met", "behind_pace"):
                return QBrush(QColor(STANDING_COLOURS["not_met"]))
            if role == Qt.BackgroundRole and standing == "near_pace":
                return QBrush(QColor(STANDING_COLOURS["pending"]))  # a light warning: short, if only a little
            if role == Qt.ForegroundRole and standing == "pending":
                return QBrush(QColor("#808080"))  # not a finding: the year's figures come at its end
            pace = self.rows[index.row()]["pace"]
            if role == Qt.ToolTipRole and pace is not None and standing in PACE_STANDINGS:
                return (QCoreApplication.translate("Standings", "完成全年目标的%1%，时序进度%2%")
                        .replace("%1", f"{pace[0]:.1f}").replace("%2", f"{pace[1]:.0f}"))
        return super().data(index, role)

    def parse(self, col, value, row):
        if col.kind == "indicator":
            return {col.field: self._indicator_named(str(value or "").strip(), row)}
        if col.field == "target_text":
            if not str(value or "").strip():
                return {"target_text": None, "target_op": None, "target_value": None, "target_unit": None}
            t = Target.parse(value)
            return {"target_text": t.text, "target_op": t.op, "target_value": t.value, "target_unit": t.unit}
        return super().parse(col, value, row)

    def _indicator_named(self, name: str, row: dict[str, Any]) -> int | None:
        """The id of the indicator named ``name`` (as the import matches names); ValueError for none, or this one."""
        from ..store.plan_document import name_key

        if not name:
            return None
        with self.ops.db.read() as s:
            found = s.scalar(select(Indicator.id).where(Indicator.name_key == name_key(name)))
        if found is None:
            raise ValueError(QCoreApplication.translate("Edit", "没有名为“%1”的指标：先在指标表中新增它，再填写调整为")
                             .replace("%1", name))
        if found == row["indicator_id"]:
            raise ValueError(QCoreApplication.translate("Edit", "不能调整为它自己"))
        return found
