"""Tables of the smaller lists (measure targets, indicators): all rows in memory.

A plan has a few hundred of these, so the model reads them all and edits go
through the same undo commands as the project table. This module holds what the
lists share; each list's own model is in targets_model.py and indicators_model.py.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..domain.collation import sort_text
from ..domain.quarter import Quarter, QuarterParseError
from ..domain.schedule_cell import parse_schedule_cell
from ..domain.target import parse_number, plain_number
from ..store.changes import ChangeSet
from .lang import binding_word, quarter_label
from .operations import Operations
from .standings import STANDING_ORDER
from .undo import EditCommand, FieldEdit, push
from .waiting_cells import WaitingCells


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # Chinese source text, translated in context "Columns"
    field: str | None = None  # editable field in the row's table
    kind: str = "text"  # text / number / figure / quarter / target / binding / indicator (one named, by its name)


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
        self.waiting = WaitingCells(self)
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
            return (STANDING_ORDER.index(row["standing"]) if row["standing"] in STANDING_ORDER
                    else len(STANDING_ORDER),) if row["standing"] else None
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
            return binding_word(v)
        if isinstance(v, float):
            return plain_number(v)
        return str(v)

    def cell_text(self, row: int, column: int) -> str:
        """A cell's text as shown, without a model index (查找和替换 reads every cell)."""
        return self.display(self.rows[row], self.columns[column])

    def cell_key(self, row: int, column: int) -> tuple[int | None, str]:
        """The row and the column a cell of the view is (what a kept change's cell is known by)."""
        return (self.rows[row]["id"] if 0 <= row < len(self.rows) else None), self.columns[column].key

    def waiting_data(self, index, role) -> Any:
        """What a cell whose change waits to be written shows (what was typed), None for any other cell."""
        if self.waiting and index.isValid() and index.row() < len(self.rows):
            return self.waiting.data(self.rows[index.row()]["id"], self.columns[index.column()].key, role)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if self.waiting and (waiting := self.waiting_data(index, role)) is not None:
            return waiting
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
        return self._pushed(EditCommand(self.ops, edits, text), row, col.key, value)

    def _pushed(self, command, row: dict[str, Any], key: str, typed: Any) -> bool:
        """Push a cell's change; one kept to be written later shows what was typed meanwhile."""
        ok = push(self.ops, command)
        if not ok:
            self.waiting.note(command, row["id"], key, typed)
        return ok

    def _set_owned(self, index, row: dict[str, Any], col: Column, value: Any) -> bool:
        """A cell of an owned column typed in: that row's field, one undo step; every row showing it follows."""
        try:
            edit = self._owned_edit(row, col.key, value)
        except ValueError as exc:
            return self._refused(index, row, col.key, exc)
        self._errors.pop((row["id"], col.key), None)
        if edit is None:
            return True
        return self._pushed(EditCommand(self.ops, [edit], self._owned_text(col, edit, value)), row, col.key, value)

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


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()  # "ＰＰＰ" finds "PPP", "5G" finds "５Ｇ"


def search_text(*parts: str | None) -> str:
    return "\n".join(_fold(p) for p in parts if p)


def search_words(text: str) -> list[str]:
    """Each word typed must be found: "老旧 建委" finds the 老旧小区 targets 区住房城乡建委 leads."""
    return _fold(text).split()


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
