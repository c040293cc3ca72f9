"""Tables of the smaller lists (measure targets, indicators): all rows in memory.

A plan has a few hundred of these, so the model reads them all and edits go
through the same undo commands as the project table.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select

from ..domain.collation import sort_text
from ..domain.quarter import Quarter, QuarterParseError, parse_schedule_cell
from ..domain.steps import Step, StepsError, parse_steps, quarter_word, step_figure, step_score, steps_text
from ..domain.target import OP_WORDS, Score, Target, parse_number, plain_number
from ..domain.units import by_mentions, units_named
from ..store.changes import DETAIL_KINDS, ChangeSet
from ..store.dashboard import indicator_pace, indicator_standing, target_standing
from ..store.queries import last_year_results, previous_levels
from ..store.schema import Indicator, IndicatorYear, Measure, MeasureTarget, Section, TargetStep, indicator_order
from ..store.settings import light_rules
from .lang import language, quarter_label
from .operations import Operations
from .undo import DetailsCommand, EditCommand, FieldEdit, push



@dataclass(frozen=True)
class Column:
    key: str
    header: str  # Chinese source text, translated in context "Columns"
    field: str | None = None  # editable field in the row's table
    kind: str = "text"  # text / number / figure / quarter / target / binding / indicator (one named, by its name)
    # "figure": a number reported in the planner's words where there are any ("增长5.8%", "完成市下达任务"),
    # kept in the row's ``<key>_text``


@dataclass(frozen=True)
class Owned:
    """A column showing a field of the row a listed row belongs to (RowTableModel.owned)."""

    table: str  # that row's table
    id_key: str  # the listed row's key holding its id
    field: str  # the field written
    shown: str  # the listed row's key holding the value as it stands
    version: str | None = None  # the listed row's key holding that row's version, where it has one
    blank: str | None = None  # why it may not be left blank ("Edit" context), or None where it may
    undo: str | None = None  # the undo step's text, %1 the value replaced ("Undo" context); else 修改 and the heading


class RowTableModel(QAbstractTableModel):
    edit_failed = Signal(QPersistentModelIndex, str)
    edit_noted = Signal(str)  # an edit taken, with a word on how it was read (a figure kept as words)
    reloaded = Signal()  # the rows shown changed as a whole (a reload, a filter): counts follow
    table = ""
    columns: list[Column] = []
    # columns showing a field of the row a listed row belongs to (a target's measure, an indicator's name kept
    # across its years): edited there, once for all the rows showing it
    owned: dict[str, "Owned"] = {}
    year: int | None = None  # the plan's: a quarter typed without one ("三季度") is in it
    filter = None  # what the view narrows the rows by (see keep)

    def __init__(self, ops: Operations, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.all_rows: list[dict[str, Any]] = []  # every row read; ``rows`` are those the filter keeps
        self.rows: list[dict[str, Any]] = []
        self._errors: dict[tuple[int, str], str] = {}
        self.read_only = False
        ops.changed.connect(self._on_changed)
        self.reload()

    def load(self) -> list[dict[str, Any]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def keep(self, row: dict[str, Any]) -> bool:
        """Whether the view's filter shows ``row`` (every row, unless a model filters)."""
        return True

    def set_filter(self, f) -> None:
        """Narrow the rows already read to those ``f`` keeps (a model's own filter type)."""
        if f != self.filter:
            self.filter = f
            self.refilter()

    def reload(self) -> None:
        self.beginResetModel()
        self.all_rows = self.load()
        self.rows = self._shown()
        self.endResetModel()
        self.reloaded.emit()

    def refilter(self) -> None:
        """Apply a changed filter to the rows already read."""
        self.beginResetModel()
        self.rows = self._shown()
        self.endResetModel()
        self.reloaded.emit()

    # -- sorting by a heading -------------------------------------------------
    _sort: tuple[int, bool] | None = None  # (column, descending) clicked; None: the plan's order

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """A click on a heading: by that column (评价 the worst first, 责任单位 a unit's rows together); 部分 or
        举措 (序号 on an indicator table) is the plan's order again. Empty cells last either way."""
        self._sort = (column, order == Qt.DescendingOrder) if 0 <= column < len(self.columns) else None
        self.beginResetModel()
        self.rows = self._shown()
        self.endResetModel()
        self.reloaded.emit()

    def _shown(self) -> list[dict[str, Any]]:
        rows = [r for r in self.all_rows if self.keep(r)]
        if self._sort is None:
            return rows
        column, descending = self._sort
        col = self.columns[column]
        place = {r["id"]: i for i, r in enumerate(self.all_rows)}
        keyed = [(self._sort_key(r, col, place), r) for r in rows]
        full = sorted((k for k in keyed if k[0] is not None), key=lambda k: k[0], reverse=descending)
        return [r for _k, r in full] + [r for k, r in keyed if k is None]  # stable: ties keep the plan's order

    def _sort_key(self, row: dict[str, Any], col: Column, place: dict[int, int]):
        if col.key in ("section", "measure"):
            return (place[row["id"]],)  # the plan's order
        if col.key == "standing":
            return (_STANDING_ORDER.index(row["standing"]) if row["standing"] in _STANDING_ORDER
                    else len(_STANDING_ORDER),) if row["standing"] else None
        value = row.get(col.key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return (0, value, "")
        if isinstance(value, Quarter):
            return (0, value.index, "")
        text = self.display(row, col)
        return (1, 0, sort_text(text)) if text else None

    def _on_changed(self, cs: ChangeSet) -> None:
        if cs.updated.get(self.table) or cs.inserted.get(self.table) or cs.deleted.get(self.table):
            touched = cs.updated.get(self.table, set())
            if not cs.inserted.get(self.table) and not cs.deleted.get(self.table):
                fresh = {r["id"]: r for r in self.load() if r["id"] in touched}
                self.all_rows = [fresh.get(r["id"], r) for r in self.all_rows]
                # an edited row stays in view even if the filter would now leave it out: it does not
                # vanish under the planner's cursor (the next change of the filter applies it)
                for i, r in enumerate(self.rows):
                    if r["id"] in fresh:
                        self.rows[i] = fresh[r["id"]]
                        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return
            self.reload()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.columns):
            return QCoreApplication.translate("Columns", self.columns[section].header)
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return section + 1
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        col = self.columns[index.column()]
        if (col.field or col.key in self.owned) and not self.read_only:
            f |= Qt.ItemIsEditable
        return f

    def owned_value(self, key: str, value: Any) -> Any:
        """What a cell of an owned column typed as ``value`` writes; ValueError where it must not be blank."""
        value = str(value or "").strip() or None
        if value is None and self.owned[key].blank:
            raise ValueError(QCoreApplication.translate("Edit", self.owned[key].blank))
        return value

    def _owned_edit(self, row: dict[str, Any], key: str, value: Any) -> FieldEdit | None:
        o = self.owned[key]
        new = self.owned_value(key, value)
        if new == row[o.shown]:
            return None
        return FieldEdit(o.table, row[o.id_key], o.field, row[o.shown], new, row[o.version] if o.version else None)

    def display(self, row: dict[str, Any], col: Column) -> str:
        if col.kind == "figure" and row.get(f"{col.key}_text"):
            return row[f"{col.key}_text"]  # "增长5.8%", "完成市下达任务": the planner's words, not only their number
        v = row.get(col.key)
        if v is None:
            return ""
        if isinstance(v, Quarter):
            return quarter_label(v)
        if col.kind == "binding":
            return QCoreApplication.translate("Indicators", "约束性") if v else QCoreApplication.translate("Indicators", "预期性")
        if isinstance(v, float):
            return plain_number(v)
        return str(v)

    def cell_text(self, row: int, column: int) -> str:
        """A cell's text as shown, without a model index (查找和替换 reads every cell)."""
        return self.display(self.rows[row], self.columns[column])

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.DisplayRole:
            return self.display(row, col)
        if role == Qt.EditRole:
            if col.kind == "figure" and row.get(f"{col.key}_text"):
                return row[f"{col.key}_text"]  # edited as written, so a word typed is not lost
            v = row.get(col.key)
            if isinstance(v, float):  # text, so the cell edits in a line: Qt's spin box keeps 2 decimals
                return plain_number(v)
            return v.short if isinstance(v, Quarter) else v
        if role == Qt.ToolTipRole:
            long = col.kind == "text" or col.kind == "figure" and row.get(f"{col.key}_text")  # words a cell may cut
            return self._errors.get((row["id"], col.key)) or (self.display(row, col) if long else None)
        if role == Qt.BackgroundRole and (row["id"], col.key) in self._errors:
            return QBrush(QColor("#f8d0d0"))
        if role == Qt.TextAlignmentRole and (col.kind == "number" or col.kind == "figure"
                                             and not row.get(f"{col.key}_text")):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def parse(self, col: Column, value: Any, row: dict[str, Any]) -> dict[str, Any]:
        """The field values an edit of ``col`` in ``row`` writes; raises ValueError with the reason."""
        if isinstance(value, str):
            value = value.strip()
        if col.kind == "figure":
            return _figure(col, value, row)
        if value in ("", None):
            return {col.field: None}
        if col.kind == "number":
            if col.field == "value" and row.get("unit"):
                return {col.field: _value_in(value, row["unit"])}
            return {col.field: parse_number(value)}
        if col.kind == "quarter":
            try:
                cell = parse_schedule_cell(value, self.year)
            except QuarterParseError as exc:
                raise ValueError(str(exc)) from None
            if cell.quarter is None:
                raise ValueError(QCoreApplication.translate("Edit", "“%1”不是季度").replace("%1", str(value)))
            return {col.field: cell.quarter}
        if col.kind == "binding":
            text = str(value)
            if text in ("约束性", "binding", "True", "true", "1"):
                return {col.field: True}
            if text in ("预期性", "expected", "False", "false", "0"):
                return {col.field: False}
            raise ValueError(QCoreApplication.translate("Edit", "属性应为“约束性”或“预期性”"))
        return {col.field: value}

    def _note_figure(self, value: Any, unit: str | None) -> None:
        """Why a figure typed stands as words: "96.5分" for a rate in % is no rate (评价 says 无法评价, not why)."""
        from ..spreadsheet.table import figure_apart

        apart = figure_apart(value, unit)
        if apart:
            said = QCoreApplication.translate("Edit", "“%1”的单位“%2”与本行的单位“%3”不是同一种量：记为文字，不作评价")
            self.edit_noted.emit(said.replace("%1", str(value)).replace("%2", apart).replace("%3", unit or ""))

    def paste_edits(self, cells: list[tuple[int, int, str]]) -> list[FieldEdit]:
        """The edits pasting ``cells`` (row, column, text) makes, each read as if typed into it; ValueError
        naming the row, the column and the reason for the first cell that refuses it."""
        edits: list[FieldEdit] = []
        owned_written: set[tuple[str, int, str]] = set()
        for r, c, text in cells:
            row, col = self.rows[r], self.columns[c]
            heading = QCoreApplication.translate("Columns", col.header)
            if col.key in self.owned and not self.read_only:
                try:
                    edit = self._owned_edit(row, col.key, text)
                except ValueError as exc:
                    named = row.get("name") or row.get("text") or ""
                    raise ValueError(QCoreApplication.translate("Paste", "“%1”的“%2”：%3").replace("%1", str(named))
                                     .replace("%2", heading).replace("%3", str(exc))) from None
                # one write for all the rows showing it (a measure's targets): the first cell's text
                if edit is not None and (edit.table, edit.row_id, edit.field) not in owned_written:
                    owned_written.add((edit.table, edit.row_id, edit.field))
                    edits.append(edit)
                continue
            if not col.field or self.read_only:
                raise ValueError(QCoreApplication.translate("Paste", "“%1”列不能修改").replace("%1", heading))
            if col.kind == "steps":  # the quarters' steps, each with its review: typed in the cell's own editor
                raise ValueError(QCoreApplication.translate("Paste", "“%1”请双击单元格逐格修改").replace("%1", heading))
            try:
                values = self.parse(col, text, row)
            except ValueError as exc:
                named = row.get("name") or row.get("text") or ""
                raise ValueError(QCoreApplication.translate("Paste", "“%1”的“%2”：%3").replace("%1", str(named))
                                 .replace("%2", heading).replace("%3", str(exc))) from None
            held = {(e.row_id, e.field) for e in edits}
            edits += [FieldEdit(self.table, row["id"], f, row.get(f), v, row["version"])
                      for f, v in values.items() if row.get(f) != v and (row["id"], f) not in held]
        return edits

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row, col = self.rows[index.row()], self.columns[index.column()]
        if col.key in self.owned:
            return self._set_owned(index, row, col, value)
        try:
            values = self.parse(col, value, row)
        except ValueError as exc:
            return self._refused(index, row, col.key, exc)
        self._errors.pop((row["id"], col.key), None)
        edits = [FieldEdit(self.table, row["id"], f, row.get(f), v, None)
                 for f, v in values.items() if row.get(f) != v]
        if col.kind == "figure" and values.get(col.field) is None and value not in ("", None):
            self._note_figure(value, row.get("unit"))
        if not edits:
            return True
        edits[0].version = row["version"]
        text = QCoreApplication.translate("Undo", "修改%1").replace("%1", QCoreApplication.translate("Columns", col.header))
        return push(self.ops, EditCommand(self.ops, edits, text))

    def _set_owned(self, index, row: dict[str, Any], col: Column, value: Any) -> bool:
        """A cell of an owned column typed in: that row's field, one undo step; every row showing it follows."""
        try:
            edit = self._owned_edit(row, col.key, value)
        except ValueError as exc:
            return self._refused(index, row, col.key, exc)
        self._errors.pop((row["id"], col.key), None)
        if edit is None:
            return True
        return push(self.ops, EditCommand(self.ops, [edit], self._owned_text(col, edit, value)))

    def _refused(self, index, row: dict[str, Any], key: str, exc: ValueError) -> bool:
        """An edit refused: said on its cell (shaded, the reason its tooltip) and by the window."""
        self._errors[(row["id"], key)] = str(exc)
        self.dataChanged.emit(index, index)
        self.edit_failed.emit(QPersistentModelIndex(index), str(exc))
        return False

    def _owned_text(self, col: Column, edit: FieldEdit, value: Any) -> str:
        """The undo step's text of an owned column's edit."""
        undo = self.owned[col.key].undo
        heading = QCoreApplication.translate("Columns", col.header)
        return (QCoreApplication.translate("Undo", undo).replace("%1", str(edit.old or "")) if undo else
                QCoreApplication.translate("Undo", "修改%1").replace("%1", heading))


class TargetsModel(RowTableModel):
    """Every quantified target of the plan's measures, with its original wording."""

    table = "measure_target"
    columns = [
        Column("section", "部分"), Column("measure", "举措"),
        Column("text", "目标（原文）", "text"), Column("subject", "指标对象", "subject"),
        Column("op_label", "方式"), Column("value", "目标值", "value", "number"),
        Column("unit", "单位", "unit"), Column("quarter", "季度", "quarter", "quarter"),
        Column("steps", "季度安排", "steps", "steps"),
        # what was done beside what was set, so a row is read without scrolling across; who does it after
        Column("actual", "完成值", "actual", "figure"), Column("status", "完成情况", "status"),
        Column("standing", "评价"),
        Column("responsible_unit", "责任单位", "responsible_unit"),
        Column("partner_units", "配合单位", "partner_units"), Column("contact", "责任人", "contact"),
        Column("leader", "牵头领导", "leader"), Column("notes", "备注", "notes"),
    ]
    # a title misread from the report is put right where it shows, once for all the measure's (section's) rows
    owned = {"measure": Owned("measure", "measure_id", "title", "measure", "measure_version", "举措名称不能为空",
                              "修改举措名称“%1”"),
             "section": Owned("section", "section_id", "title", "section_title", None, "部分名称不能为空",
                              "修改部分名称“%1”")}

    def __init__(self, ops: Operations, year: int | None, parent=None, at: Quarter | None = None) -> None:
        self.year = year
        self.at = at  # the quarter the targets are judged at (the dashboard's): due by then or not
        self.section_id: int | None = None
        self.filter = TargetFilter()
        super().__init__(ops, parent)

    def set_section(self, section_id: int | None) -> None:
        self.section_id = section_id
        self.reload()

    def set_at(self, at: Quarter | None) -> None:
        if at != self.at:
            self.at = at
            self.reload()

    def keep(self, row):
        f = self.filter
        if f.unit and f.unit not in row["units"]:
            return False
        if f.standing == "behind":
            if not row["behind_at"]:
                return False
        elif f.standing and row["standing"] != f.standing:
            return False
        return all(word in row["haystack"] for word in _search_words(f.text))

    def units(self) -> list[str]:
        """The units named as responsible or working with, the most often named first."""
        return by_mentions([r["units"] for r in self.all_rows])

    def load(self):
        from ..store.project_rows import plan_id_for

        with self.ops.db.read() as s:
            plan_id = plan_id_for(s, self.year)
            q = (select(MeasureTarget, Measure, Section).select_from(MeasureTarget)
                 .join(Measure, Measure.id == MeasureTarget.measure_id).join(Section, Section.id == Measure.section_id)
                 .where(Section.plan_id == plan_id).order_by(Section.number, Measure.seq, MeasureTarget.seq))
            if self.section_id is not None:
                q = q.where(Section.id == self.section_id)
            rows = s.execute(q).all()
            at = self.at or (Quarter(self.year, 4) if self.year else None)
            steps: dict[int, list[dict[str, Any]]] = {}
            ids = [t.id for t, _m, _sec in rows]
            for c in range(0, len(ids), 500):
                for st in s.scalars(select(TargetStep).where(TargetStep.target_id.in_(ids[c:c + 500]))
                                    .order_by(TargetStep.quarter)):
                    steps.setdefault(st.target_id, []).append({f: getattr(st, f) for f in DETAIL_KINDS["steps"][1]})
            return [{
                "id": t.id, "version": t.version, "section": f"({_cn(sec.number)}) {sec.title}", "measure": m.title,
                "section_id": sec.id, "section_title": sec.title,
                "measure_text": m.text, "measure_id": m.id, "measure_version": m.version,
                "text": t.text, "subject": t.subject, "op": t.op, "op_label": QCoreApplication.translate("Targets", OP_WORDS.get(t.op, t.op)),
                "value": t.value, "unit": t.unit, "quarter": t.quarter, "responsible_unit": t.responsible_unit,
                "partner_units": t.partner_units, "contact": t.contact, "leader": t.leader, "actual": t.actual, "actual_text": t.actual_text,
                "status": t.status, "notes": t.notes, "steps": steps.get(t.id, []),
                # judged once here, not on every paint of the cell
                "steps_shown": steps_text([Step(**st) for st in steps.get(t.id, [])], self.year,
                                          english=language() == "en"),
                "steps_behind": any(step_score(Step(**st), t.op, t.unit) is Score.NOT_MET for st in steps.get(t.id, [])),
                # behind the step of the quarter judged at, as the dashboard's 落后于安排 counts it
                "behind_at": any(st["quarter"] == at and step_score(Step(**st), t.op, t.unit) is Score.NOT_MET
                                 for st in steps.get(t.id, [])),
                "standing": target_standing(t, self.year, at) if at is not None else None,
                "units": units_named(t.responsible_unit or m.responsible_unit, t.partner_units),
                "haystack": _search_text(m.title, t.text, t.subject, t.responsible_unit or m.responsible_unit,
                                         t.partner_units, t.contact,
                                         t.leader, t.notes, t.actual_text, t.status,
                                         *(st["text"] for st in steps.get(t.id, []))),
            } for t, m, sec in rows]

    def _on_changed(self, cs: ChangeSet) -> None:
        if any(cs.updated.get(t) or cs.inserted.get(t) or cs.deleted.get(t) for t in ("measure", "section")):
            self.reload()  # a measure's words or title, a section's title: every target row of it shows them
        else:
            super()._on_changed(cs)

    def set_measure_words(self, row: int | dict, words: str | None) -> bool:
        """What the measure of ``row`` (an index, or the row as read when the box opened: the list may have been
        read again since) does, as the planner writes it (the plan's paragraph, a list's 工作措施): one undo
        step; blank clears it."""
        r = self.rows[row] if isinstance(row, int) else row
        new = (words or "").strip() or None
        if new == r["measure_text"]:
            return True
        edit = FieldEdit("measure", r["measure_id"], "text", r["measure_text"], new, r["measure_version"])
        text = QCoreApplication.translate("Undo", "修改举措说明“%1”").replace("%1", r["measure"])
        return push(self.ops, EditCommand(self.ops, [edit], text))

    def display(self, row, col):
        if col.kind == "steps":
            return row["steps_shown"]
        if col.key == "standing":
            return standing_word(row["standing"]) if row["standing"] else ""
        return super().display(row, col)

    def owned_value(self, key: str, value: Any) -> Any:
        if key == "section":  # typed with its number, as shown: the number is the plan's order, not the title
            from ..store.import_match import strip_section_number

            value = strip_section_number(str(value or ""))  # "（二）" alone is no title
        return super().owned_value(key, value)

    def _owned_edit(self, row: dict[str, Any], key: str, value: Any) -> FieldEdit | None:
        """A title typed that another measure (section) of the plan has already moves the row's target (the row's
        measure) there: two measures of one name are never meant — a planner typing row by row, as in a
        spreadsheet, means this row's target belongs to that measure."""
        edit = super()._owned_edit(row, key, value)
        if edit is None:
            return None
        other = self._titled(key, edit.new, row)
        if other is None:
            return edit
        if key == "measure":
            return FieldEdit("measure_target", row["id"], "measure_id", row["measure_id"], other, row["version"])
        return FieldEdit("measure", row["measure_id"], "section_id", row["section_id"], other, row["measure_version"])

    def _titled(self, key: str, title: str, row: dict[str, Any]) -> int | None:
        """Another measure of the plan (of the row's section first) or another section titled ``title``, or None."""
        from ..store.plan_document import name_key
        from ..store.project_rows import plan_id_for

        wanted = name_key(title)
        with self.ops.db.read() as s:
            plan_id = plan_id_for(s, self.year)
            if key == "section":
                titles = s.execute(select(Section.id, Section.title).where(Section.plan_id == plan_id))
                found = [sid for sid, t in titles if name_key(t) == wanted and sid != row["section_id"]]
                return found[0] if found else None
            found = [(sid != row["section_id"], mid) for mid, t, sid in s.execute(
                select(Measure.id, Measure.title, Measure.section_id).join(Section, Section.id == Measure.section_id)
                .where(Section.plan_id == plan_id)) if name_key(t) == wanted and mid != row["measure_id"]]
            return min(found)[1] if found else None

    def _owned_text(self, col: Column, edit: FieldEdit, value: Any) -> str:
        if edit.field == "measure_id":
            return QCoreApplication.translate("Undo", "把目标移到举措“%1”").replace("%1", str(value).strip())
        if edit.field == "section_id":
            return QCoreApplication.translate("Undo", "把举措移到部分“%1”").replace("%1", self.owned_value("section", value))
        return super()._owned_text(col, edit, value)

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or self.columns[index.column()].kind != "steps":
            return super().setData(index, value, role)
        row = self.rows[index.row()]
        try:
            planned = self._planned_steps(str(value or ""))
        except ValueError as exc:
            return self._refused(index, row, "steps", exc)
        self._errors.pop((row["id"], "steps"), None)
        # the planned words are what was typed; each quarter's review stays on its quarter
        held = {st["quarter"]: st for st in row["steps"]}
        new = []
        for q in sorted(set(planned) | {q for q, st in held.items() if st["actual"] is not None or st["actual_text"]}):
            done = held.get(q, {})
            new.append({"quarter": q, "text": planned.get(q), "value": step_figure(planned.get(q), row["unit"]),
                        "actual": done.get("actual"), "actual_text": done.get("actual_text")})
        if new == row["steps"]:
            return True
        text = QCoreApplication.translate("Undo", "修改季度安排")
        return push(self.ops, DetailsCommand(self.ops, row["id"], "steps", row["steps"], new, text))

    def _planned_steps(self, text: str) -> dict[Quarter, str]:
        try:
            pairs = parse_steps(text, self.year)
        except StepsError as exc:
            raise ValueError(_step_error(exc, self.year)) from None
        for q, _said in pairs:
            if self.year is not None and q.year != self.year:
                raise ValueError(QCoreApplication.translate("Edit", "季度安排只填%1年的季度").replace("%1", str(self.year)))
        return dict(pairs)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.EditRole and index.isValid() and self.columns[index.column()].kind == "steps":
            return self.display(self.rows[index.row()], self.columns[index.column()])  # edited as shown
        if role == Qt.EditRole and index.isValid() and self.columns[index.column()].key == "section":
            return self.rows[index.row()]["section_title"]  # its title; "(二)" is its place in the plan
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].kind == "steps":
            row = self.rows[index.row()]
            if (row["id"], "steps") in self._errors:
                return self._errors[(row["id"], "steps")]
            return _steps_tip([Step(**st) for st in row["steps"]], self.year, row["unit"], row["op"])
        if role == Qt.BackgroundRole and index.isValid() and self.columns[index.column()].kind == "steps":
            row = self.rows[index.row()]
            if (row["id"], "steps") not in self._errors and row["steps_behind"]:
                return QBrush(QColor("#fde2c8"))  # a quarter's review below its step: behind
        if role == Qt.BackgroundRole and index.isValid() and self.columns[index.column()].key == "standing":
            colour = _STANDING_COLOURS.get(self.rows[index.row()]["standing"])
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].key == "standing":
            at = self.at or (Quarter(self.year, 4) if self.year else None)
            return QCoreApplication.translate("Targets", "截至%1").replace("%1", quarter_label(at)) if at else None
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].key == "measure" \
                and (self.rows[index.row()]["id"], "measure") not in self._errors:  # a title refused: why, first
            row = self.rows[index.row()]
            title, text = row["measure"], row.get("measure_text")
            if text and text.startswith(title):  # the plan's paragraph opens with the measure's name
                return f"<p><b>{escape(title)}</b>{escape(text[len(title):])}</p>".replace("\n", "<br>")
            if text:  # what the plan (or the 工作措施 of a task list) says the measure does
                return f"<p><b>{escape(title)}</b></p><p>{escape(text)}</p>".replace("\n", "<br>")
        return super().data(index, role)

    def parse(self, col, value, row):
        if col.field == "text":
            if not str(value or "").strip():
                raise ValueError(QCoreApplication.translate("Edit", "目标原文不能为空"))
            t = Target.parse(value)
            out = {"text": t.text, "op": t.op, "value": t.value, "unit": t.unit}
            if row.get("subject") in (None, Target.parse(row["text"]).subject):  # never typed by hand: follows
                out["subject"] = t.subject
            return out
        return super().parse(col, value, row)


# how a target stands at the quarter judged at (store.dashboard.target_standing), as the dashboard's tiles say it
STANDING_WORDS = {"met": "完成", "not_met": "未完成", "pending": "到期未填报", "unscorable": "无法评价",
                  "not_due": "未到期"}


def standing_word(standing: str, words: dict[str, str] = STANDING_WORDS) -> str:
    """A standing in the interface's language, a target's (or with INDICATOR_STANDING_WORDS an
    indicator's); ui/strings.py lists the words for lupdate."""
    return QCoreApplication.translate("Standings", words[standing])


_STANDING_COLOURS = {"not_met": "#f8d0d0", "pending": "#fff1c2"}
_PACE_STANDINGS = ("on_pace", "near_pace", "behind_pace")  # a figure of part of the year, against the time gone
# 评价 sorted: what needs a word first, what is done last
_STANDING_ORDER = ("not_met", "behind_pace", "pending", "near_pace", "unscorable", "adjusted", "not_due", "on_pace",
                   "met")

# how a year's indicator stands (store.dashboard.indicator_standing), as the dashboard's tiles say it
INDICATOR_STANDING_WORDS = {"met": "完成", "not_met": "未完成", "on_pace": "达到时序进度",
                            "near_pace": "基本达到时序进度", "behind_pace": "未达时序进度",
                            "adjusted": "已调整", "pending": "待填报", "unscorable": "无法评价"}


@dataclass(frozen=True)
class TargetFilter:
    """What the 举措与目标 view shows: words anywhere in the row, a unit (responsible or working
    with), and a standing ("met" … as STANDING_WORDS, or "behind": behind the quarter's step)."""
    text: str = ""
    unit: str = ""
    standing: str = ""


@dataclass(frozen=True)
class IndicatorFilter:
    """What the indicators' view shows: words anywhere in the row, a standing (as
    INDICATOR_STANDING_WORDS) and an attribute ("binding" 约束性, "expected" 预期性, "unknown" not stated)."""
    text: str = ""
    standing: str = ""
    binding: str = ""


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()  # "ＰＰＰ" finds "PPP", "5G" finds "５Ｇ"


def _search_text(*parts: str | None) -> str:
    return "\n".join(_fold(p) for p in parts if p)


def _search_words(text: str) -> list[str]:
    """Each word typed must be found: "老旧 建委" finds the 老旧小区 targets 区住房城乡建委 leads."""
    return _fold(text).split()


def _steps_tip(steps: list[Step], year: int | None, unit: str | None, op: str) -> str | None:
    """Each quarter's step and what its review says was done, a line each."""
    if not steps:
        return None
    english = language() == "en"
    lines = []
    for st in steps:
        line = f"{quarter_word(st.quarter, year, english)}{': ' if english else '：'}{st.text or '—'}"
        done = st.actual_text or (f"{plain_number(st.actual)}{unit or ''}" if st.actual is not None else None)
        if done:
            line += QCoreApplication.translate("Targets", "（完成：%1）").replace("%1", done)
        if step_score(st, op, unit) is Score.NOT_MET:
            line += QCoreApplication.translate("Targets", "，落后")
        lines.append(line)
    return "\n".join(lines)


def _step_error(exc: StepsError, year: int | None) -> str:
    """parse_steps' reason in the interface's language."""
    if exc.kind == "twice":
        said, source = quarter_word(exc.what, year, language() == "en"), "%1写了两次"
    else:
        said, source = exc.what, {"form": "“%1”应写成“一季度：完成……”", "quarter": "“%1”不是季度"}[exc.kind]
    return QCoreApplication.translate("Edit", source).replace("%1", str(said))


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
        return all(word in row["haystack"] for word in _search_words(f.text))

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
                    "standing": (standing := indicator_standing(iy, ind.unit, levels.get(ind.id), near)),
                    "status": iy.status,
                    # (% done, % of the year gone): only a figure of part of the year has it
                    "pace": indicator_pace(iy, ind.unit, levels.get(ind.id))
                    if standing in _PACE_STANDINGS else None,
                    "status_reason": iy.status_reason, "replaced_by": replaced_by, "replaced_by_id": iy.replaced_by_id,
                    "haystack": _search_text(ind.name, ind.category, ind.unit, iy.target_text, iy.actual_text,
                                             iy.previous_actual_text, iy.status, iy.status_reason, replaced_by),
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
                return QBrush(QColor(_STANDING_COLOURS["not_met"]))
            if role == Qt.BackgroundRole and standing == "near_pace":
                return QBrush(QColor(_STANDING_COLOURS["pending"]))  # a light warning: short, if only a little
            if role == Qt.ForegroundRole and standing == "pending":
                return QBrush(QColor("#808080"))  # not a finding: the year's figures come at its end
            pace = self.rows[index.row()]["pace"]
            if role == Qt.ToolTipRole and pace is not None and standing in _PACE_STANDINGS:
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


_CN = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    """Section numbers as the plan writes them: 一 … 十一."""
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + _CN[n - 10]
    return str(n)


def _value_in(value: Any, unit: str) -> float | None:
    """A target's figure typed in its unit's terms: "3000万元" for a target in 亿元 is 0.3 (it stood as 3000
    亿元); one of another measure, or a share ("12%") for an amount, is refused with why."""
    from ..spreadsheet.table import figure_in

    if parse_number(value) is None:  # blank, "—"; a cell with no number at all is refused there
        return None
    number, _words = figure_in(value, unit)
    if number is None:
        raise ValueError(QCoreApplication.translate("Edit", "“%1”不是以“%2”计的数").replace("%1", str(value))
                         .replace("%2", unit))
    return number


def _figure(col: Column, value: Any, row: dict[str, Any]) -> dict[str, Any]:
    """A reported figure typed in a view, read as the import reads it: "1750" is the number alone,
    "增长5.8%" or "完成，1750亿元" the words with their number, so the words kept from a file never
    outlive an edit of the figure (the export writes the words)."""
    from ..spreadsheet.table import figure_in  # the import's reading; loaded on the first edit, not at start-up

    if value in ("", None):
        return {col.field: None, f"{col.field}_text": None}
    number, words = figure_in(value, row.get("unit"))  # "1,750", "１７５０": the number, no words to keep
    return {col.field: number, f"{col.field}_text": words}
