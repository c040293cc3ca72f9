"""The key-project table: an id-based model that fetches rows lazily.

The model holds the ids matching the filter (one cheap query) and exposes
them to the view in batches through ``canFetchMore``/``fetchMore``; the
row data is read a page at a time when the view first paints it, and kept
in a cache that a :class:`ChangeSet` invalidates row by row.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.progress import (
    Light, LightRules, ProjectStatus, investment_rate, light_reasons, warning_light,
)
from ..domain.money import AmountError, parse_amount
from ..domain.plain_text import normalise_text
from ..domain.quarter import Quarter, QuarterParseError
from ..domain.schedule_cell import parse_schedule_cell
from ..domain.schedule_span import end_of_span, span_start_year
from ..domain.schedule_words import bare_year, dated_with_words, start_among_steps, start_year_words, undated
from ..store.changes import INT_LIMIT, ChangeSet
from ..store.history import last_move, project_changes
from ..store.project_rows import COLUMNS, ProjectFilter, ProjectRow, project_ids, project_rows
from ..store.reports import kept_lights
from ..store.schema import Area, Zone
from ..store.settings import light_rules
from .change_text import changes_tip, moved_off_words
from .lang import format_value, language, quarter_label, zone_label
from .operations import Operations
from .problem_text import problem_text
from .undo import EditCommand, FieldEdit, push
from .waiting_cells import WaitingCells

HEADERS = {
    "seq": "序号", "name": "项目名称", "zone": "区域", "area": "板块", "project_class": "类别",
    "nature": "性质", "level": "级别", "total_investment": "总投资(亿元)",
    "annual_investment": "年度计划投资(亿元)", "invested_before": "截至上年底累计完成投资(亿元)",
    "planned_start": "计划开工", "actual_start": "实际开工",
    "planned_completion": "计划完工", "actual_completion": "实际完工", "responsible_unit": "责任单位",
    "contact": "责任人", "partner_units": "配合单位", "owner": "业主单位", "code": "项目编码", "leader": "牵头领导", "content": "建设内容及规模",
    "construction_years": "建设起止年限", "location": "建设地点", "notes": "备注", "light": "预警",
    "invested": "截至本季度完成投资(亿元)", "rate": "投资完成率", "light_why": "预警原因",
}
# worked out at the table's quarter, not typed: read-only (the light and why, investment to date)
COMPUTED = ("invested", "rate", "light", "light_why")


def header_text(key: str) -> str:
    # the literal strings are listed for lupdate in ui/strings.py
    return QCoreApplication.translate("Columns", HEADERS[key])


LIGHT_COLOURS = {
    Light.DONE: QColor("#4f7fbf"), Light.GREEN: QColor("#3a9d4a"), Light.YELLOW: QColor("#e0a400"),
    Light.RED: QColor("#d0342c"), Light.NOT_STARTED: QColor("#9a9a9a"),
}
QUARTER_KEYS = {"planned_start", "actual_start", "planned_completion", "actual_completion"}
# the planned ends a plan may give in words with no quarter ("2024年开工", "2024年完工投用"), shown as written
WORDED_KEYS = ("planned_start", "planned_completion")
_WORDS_GREY = QColor("#6b6b6b")
_OFF_LIST_GREY = QColor("#8c8c8c")  # a project off the year's list, shown with 含已移出 (timeline.paint.OFF_LIST_INK)
NUMBER_KEYS = {"total_investment", "annual_investment", "invested_before"}
PAGE = 200
BATCH = 1000


@dataclass(frozen=True)
class Worded:
    """A planned end typed (or pasted) as a plan words it, a year and no quarter: "2024年开工", "2025年竣工", or a
    start's year alone ("2024" → "2024年", as an import reads it)."""

    text: str


@dataclass(frozen=True)
class Spanned:
    """A span typed into one planned end ("2024年3-6月" as 计划开工): that end's quarter of it, the words kept beside
    it, as an import reads such a cell."""

    quarter: Quarter
    text: str


LIGHT_NAMES = {"done": "已完成", "green": "正常", "yellow": "滞后", "red": "严重滞后", "not_started": "未到期"}


def light_text(light: Light) -> str:
    name = LIGHT_NAMES[light.value]
    return QCoreApplication.translate("Lights", name)


def light_why(status: ProjectStatus, at: Quarter, rules: LightRules) -> str:
    """The light at ``at`` and why ("严重滞后：计划2024年一季度开工，尚未开工，已晚2个季度"): what a
    planner asks first on seeing red."""
    light = warning_light(status, at, rules)
    reasons = light_reasons(status, at, rules)
    text = light_text(light)
    if not reasons:
        return text
    return QCoreApplication.translate("Lights", "%1：%2").replace("%1", text).replace(
        "%2", QCoreApplication.translate("Lights", "；").join(r.text(language()) for r in reasons))


# a cell's flags, combined once (enum arithmetic per call cost 9 µs, 600,000 times for a choice of 50,000 rows)
_SHOWN = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_TYPED = _SHOWN | Qt.ItemIsEditable


class ProjectTableModel(QAbstractTableModel):
    edit_failed = Signal(QPersistentModelIndex, str)
    reloaded = Signal()

    def __init__(self, ops: Operations, year: int | None, at: Quarter | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.year = year
        self.at = at or (Quarter(year, 4) if year else None)
        keys = [c[0] for c in COLUMNS]
        # investment to date beside the year's plan; the light and why at the end
        at_plan = keys.index("annual_investment") + 1
        self.keys = keys[:at_plan] + ["invested", "rate"] + keys[at_plan:] + ["light", "light_why"]
        self._filter = ProjectFilter(year=year)
        self._sort: tuple[str, bool] = ("seq", False)
        self._ids: list[int] = []
        self._shown = 0
        self._cache: dict[int, ProjectRow] = {}
        self._kept: dict[int, dict[Quarter, Light]] = {}  # the lights kept reports gave, read on hover
        self._changes: dict[int, list[dict]] = {}  # the recorded changes, read on hover
        self._moves: dict[int, dict | None] = {}  # the last move off the year's list of a row shown off it, on hover
        self._revised_font = QFont()
        self._revised_font.setItalic(True)
        self._struck_font = QFont()  # a project off the year's list, shown with 含已移出: its name struck through
        self._struck_font.setStrikeOut(True)
        self._errors: dict[tuple[int, str], str] = {}
        self.read_only = False
        self.rules = LightRules()
        self.waiting = WaitingCells(self)
        ops.changed.connect(self._on_changed)
        self.reload()

    # -- loading --------------------------------------------------------
    @property
    def filter(self) -> ProjectFilter:
        return self._filter

    def set_filter(self, f: ProjectFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.ops.db.read() as s:
            self._ids = project_ids(s, self._filter, *self._sort, at=self.at)
            self.rules = light_rules(s)  # the plan's warning-light rules
        self._cache.clear()
        self._kept.clear()
        self._changes.clear()
        self._moves.clear()
        self._shown = min(len(self._ids), BATCH)
        self.endResetModel()
        self.reloaded.emit()

    def total(self) -> int:
        return len(self._ids)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        n = min(BATCH, len(self._ids) - self._shown)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + n - 1)
        self._shown += n
        self.endInsertRows()

    def row_of(self, project_id: int) -> int | None:
        """The row showing ``project_id``, fetching up to it if need be."""
        try:
            i = self._ids.index(project_id)
        except ValueError:
            return None
        while self._shown <= i:
            self.fetchMore()
        return i

    def project_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._shown else None

    def ids(self) -> list[int]:
        return list(self._ids)

    def cell_key(self, row: int, column: int) -> tuple[int | None, str]:
        """The project and the column a cell of the view is (what a kept change's cell is known by)."""
        return self.project_id(row), self.keys[column]

    def row_data(self, row: int) -> ProjectRow | None:
        pid = self.project_id(row)
        if pid is None:
            return None
        if pid not in self._cache:
            start = (row // PAGE) * PAGE
            page = self._ids[start:start + PAGE]
            with self.ops.db.read() as s:
                self._cache.update(project_rows(s, page, self.year))
        return self._cache.get(pid)

    def _on_changed(self, cs: ChangeSet) -> None:
        if "kept_report" in cs.inserted or "kept_report" in cs.deleted:
            self._kept.clear()
            if self._filter.changed_since_kept or self._filter.list_changed_since_kept:
                self.reload()
                return
        if "setting" in cs.inserted or "setting" in cs.updated \
                or cs.inserted.get("key_project") or cs.deleted.get("key_project") or cs.inserted.get("plan_entry") \
                or cs.updated.get("plan_entry") and self._entry_list_changed(cs):
            self.reload()
            return
        touched = cs.updated.get("key_project", set())
        rows = []
        for pid in touched:
            self._cache.pop(pid, None)
            self._changes.pop(pid, None)
            self._moves.pop(pid, None)
            if pid in self._ids:
                i = self._ids.index(pid)
                if i < self._shown:
                    rows.append(i)
                    self._errors = {k: v for k, v in self._errors.items() if k[0] != pid}
        for i in rows:
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def _entry_list_changed(self, cs: ChangeSet) -> bool:
        # on_list flips change which rows belong in the table
        ids = cs.updated.get("key_project", set())
        with self.ops.db.read() as s:
            fresh = project_rows(s, list(ids), self.year)
        return any(
            (r.on_list != (pid in self._ids)) and not self._filter.include_removed for pid, r in fresh.items()
        )

    # -- Qt model API ---------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole) and 0 <= section < len(self.keys):
            return header_text(self.keys[section])  # the tooltip: the whole heading of a narrowed column
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return section + 1
        return None

    def flags(self, index):
        # asked for every cell of a choice (Ctrl+Shift+↓ over 50,000 rows: 600,000 times): no flags combined per call
        if not index.isValid():
            return Qt.NoItemFlags
        return _SHOWN if self.read_only or self.keys[index.column()] in COMPUTED else _TYPED

    def data(self, index, role=Qt.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        key = self.keys[index.column()]
        if self.waiting and (waiting := self.waiting.data(row.id, key, role)) is not None:
            return waiting  # typed, kept, not written yet
        if role == Qt.DisplayRole:
            return self._display(row, key)
        if role == Qt.EditRole:
            return self._edit_value(row, key)
        if role == Qt.ToolTipRole:
            err = self._errors.get((row.id, key))
            if err:
                return err
            if key == "name" and not row.on_list:  # shown with 含已移出: when, by whom and why it was taken off
                return "\n".join(filter(None, [self._display(row, key), self._moved_off(row)]))
            if key in ("name", "light_why", "content", "notes"):  # a long cell's whole text
                return self._display(row, key) or None
            if key == "light" and self.at is not None and row.on_list:
                return self._light_history(row)
            if key in row.revised:  # who changed it, when, from what
                return self._changes_of(row, key)
            if self._worded(row, key):
                return QCoreApplication.translate("Lights", "计划原文，没有季度（按该年四季度为期限）；可改填季度，如 2024年二季度")
            if key in WORDED_KEYS and (words := getattr(row, f"{key}_text")):
                q = getattr(row, key)  # a quarter, the words behind it ("2024年3-6月" behind 2024年一季度)
                if words not in (quarter_label(q), q.label_zh):
                    return QCoreApplication.translate("Lights", "计划原文：%1").replace("%1", words)
            return None
        if role == Qt.ForegroundRole and not row.on_list:  # off the year's list (含已移出): greyed, as taken off
            return QBrush(_OFF_LIST_GREY)
        if role == Qt.ForegroundRole and self._worded(row, key):
            return QBrush(_WORDS_GREY)
        if role == Qt.FontRole and key == "name" and not row.on_list:  # struck through, as offices mark it
            return self._struck_font
        if role == Qt.FontRole and key in row.revised:  # revised since first given (修改记录): set apart
            return self._revised_font
        if role == Qt.TextAlignmentRole and (key in NUMBER_KEYS or key in ("seq", "invested", "rate")):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole:
            if (row.id, key) in self._errors:
                return QBrush(QColor("#f8d0d0"))
            if key == "light" and self.at is not None and row.on_list:
                c = QColor(LIGHT_COLOURS[row.light(self.at, self.rules)])
                c.setAlpha(90)
                return QBrush(c)
        if role == Qt.DecorationRole and key == "light" and self.at is not None and row.on_list:
            return LIGHT_COLOURS[row.light(self.at, self.rules)]
        if role == Qt.UserRole:
            return row.id
        return None

    def cell_text(self, row: int, column: int) -> str:
        """A cell's text as shown, without a model index: 查找和替换 reads every cell of a long list (through
        ``index().data()`` a 10,000-project list took 2.5 s)."""
        data = self.row_data(row)
        return "" if data is None else self._display(data, self.keys[column])

    def _moved_off(self, row: ProjectRow) -> str:
        """"已于2024-08-12由张三移出2024年计划" and its reason: a row 含已移出 shows is not on the list."""
        if row.id not in self._moves:
            with self.ops.db.read() as s:
                self._moves[row.id] = last_move(s, self.year, row.id)
        return moved_off_words(self.year, self._moves[row.id])

    def _changes_of(self, row: ProjectRow, key: str) -> str | None:
        """The recorded changes of one cell's field, the latest first: a planned completion moved from
        二季度 to 四季度 says so where it shows (read on hover, kept until the row changes)."""
        if row.id not in self._changes:
            with self.ops.db.read() as s:
                self._changes[row.id] = project_changes(s, row.id)
        mine = [c for c in self._changes[row.id] if c["field"] == key and c["year"] in (None, self.year)]
        return changes_tip(mine, lambda n: QCoreApplication.translate(
            "Changes", "共%n次修改，其余见项目窗口的“修改记录”", "", n))

    def _light_history(self, row: ProjectRow) -> str:
        """The light quarter by quarter up to the chosen one: a project that was
        red and has caught up still shows it had been (offices keep that). A quarter
        whose report was kept says what that report said, and today's light where
        a correction or a rule changed since has moved it."""
        if row.id not in self._kept:
            with self.ops.db.read() as s:
                self._kept[row.id] = kept_lights(s, row.id, self.year)
        kept = self._kept[row.id]
        lines = [light_why(row.status(self.at), self.at, self.rules), ""]
        for q in Quarter.range(Quarter(self.at.year, 1), self.at):
            now, then = row.light(q, self.rules), kept.get(q)
            if then is None:
                text = QCoreApplication.translate("Lights", "%1：%2")
            elif then == now:
                text = QCoreApplication.translate("Lights", "%1：%2（已上报）")
            else:
                text = QCoreApplication.translate("Lights", "%1：上报时%3，现为%2")
            lines.append(text.replace("%1", quarter_label(q)).replace("%2", light_text(now))
                         .replace("%3", light_text(then) if then else ""))
        return "\n".join(lines)

    def _display(self, row: ProjectRow, key: str) -> str:
        if key in COMPUTED:
            return self._worked_out(row, key)
        v = getattr(row, key)
        if key == "zone" and v:
            return zone_label(v)
        if v is None and key in WORDED_KEYS:  # "2024年开工": the plan's words, where it gives no quarter
            return getattr(row, f"{key}_text") or ""
        return format_value(v)

    def _worded(self, row: ProjectRow, key: str) -> bool:
        """A planned end shown in the plan's words, no quarter behind them."""
        return key in WORDED_KEYS and getattr(row, key) is None and bool(getattr(row, f"{key}_text"))

    def _worked_out(self, row: ProjectRow, key: str) -> str:
        if self.at is None:
            return ""
        if key in ("light", "light_why") and not row.on_list:  # (含已移出) judged no more: no count has it
            return QCoreApplication.translate("Lights", "已移出") if key == "light" else ""
        if key == "light":
            return light_text(row.light(self.at, self.rules))
        status = row.status(self.at)
        if key == "light_why":
            return QCoreApplication.translate("Lights", "；").join(
                r.text(language()) for r in light_reasons(status, self.at, self.rules))
        if key == "invested":
            return format_value(status.actual_to_date)
        rate = investment_rate(status.actual_to_date, status.annual_planned)
        return "" if rate is None else f"{rate * 100:.1f}%"

    def _edit_value(self, row: ProjectRow, key: str) -> Any:
        if self._worded(row, key):
            return getattr(row, f"{key}_text")  # the editor starts from the plan's words: Enter changes nothing
        return self._display(row, key) if key in COMPUTED else cell_value(row, key)

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row = self.row_data(index.row())
        key = self.keys[index.column()]
        if row is None or key in COMPUTED:
            return False
        typed = value
        try:
            if key in ("zone", "area"):
                value, typed = self._place(key, value, row.zone_id)
            new = parse_cell(key, value, self.year)
        except ValueError as exc:
            self._errors[(row.id, key)] = str(exc)
            self.dataChanged.emit(index, index)
            self.edit_failed.emit(QPersistentModelIndex(index), str(exc))
            return False
        edits = cell_edits(self.ops, row, key, new)
        if not edits:
            return True
        self._errors.pop((row.id, key), None)
        text = QCoreApplication.translate("Undo", "修改“%1”的%2").replace("%1", row.name).replace("%2", header_text(key))
        command = EditCommand(self.ops, edits, text)
        ok = push(self.ops, command)
        if not ok:
            self.waiting.note(command, row.id, key, typed)
            self.dataChanged.emit(index, index)
        return ok

    def _place(self, key: str, value: Any, zone_id: int | None) -> tuple[Any, str]:
        """A zone or an area set in its cell: the id its list's choice gives, or a name typed or filled in (as a
        paste reads it); a number typed is no id — "2" set 中部, "45292" went to the database and back as a
        foreign-key error in an error box. With the name the cell shows for it."""
        places = place_names(self.ops)
        if isinstance(value, int) and not isinstance(value, bool):
            ids = set(places[0].values()) if key == "zone" else {aid for _name, aid, _zid in places[1]}
            if value not in ids:
                value = str(value)
        if not isinstance(value, int) or isinstance(value, bool):
            value = place_id(key, value, places, zone_id)
        if key == "zone":
            return value, next((zone_label(n) for n, zid in places[0].items() if zid == value), "")
        return value, next((n for n, aid, _zid in places[1] if aid == value), "")

    def paste_edits(self, cells: list[tuple[int, int, str]]) -> list[FieldEdit]:
        """The edits pasting ``cells`` (row, column, text) makes, each read as if typed into it (a zone or an
        area by its name, as the list shows it); ValueError naming the project, the column and the reason for
        the first cell that refuses it. A field written twice (an area brings its zone, beside the zone pasted
        in the same row) is one edit."""
        edits: dict[tuple[str, int, str], FieldEdit] = {}
        places = None
        for r, c, text in cells:
            row, key = self.row_data(r), self.keys[c]
            if row is None:
                continue
            if key in COMPUTED or self.read_only:
                raise ValueError(QCoreApplication.translate("Paste", "“%1”列不能修改").replace("%1", header_text(key)))
            try:
                if key in ("zone", "area"):
                    places = places or place_names(self.ops)
                    text = place_id(key, text, places, row.zone_id)
                for e in cell_edits(self.ops, row, key, parse_cell(key, text, self.year)):
                    held = edits.get((e.table, e.row_id, e.field))
                    if held is None:
                        edits[(e.table, e.row_id, e.field)] = e
                    else:
                        held.new = e.new  # the first edit's old value and version, the last one's value
            except ValueError as exc:
                raise ValueError(QCoreApplication.translate("Paste", "“%1”的“%2”：%3").replace("%1", row.name)
                                 .replace("%2", header_text(key)).replace("%3", str(exc))) from None
        return [e for e in edits.values() if e.old != e.new]

    def bulk_set(self, rows: list[int], key: str, value: Any) -> bool:
        """Set one column on many rows: one transaction, one undo step."""
        new = parse_cell(key, value, self.year)  # raises ValueError with the reason
        edits = []
        for r in rows:
            row = self.row_data(r)
            if row is not None:
                edits += cell_edits(self.ops, row, key, new)
        if not edits:
            return True
        n = len({e.row_id for e in edits})  # lupdate skips a tr() whose count is a call
        text = QCoreApplication.translate("Undo", "批量修改%n个项目的%1", "", n).replace("%1", header_text(key))
        return push(self.ops, EditCommand(self.ops, edits, text))

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = self.keys[column]
        if key == "light_why":
            key = "light"  # its reasons go with its light
        self._sort = (key, order == Qt.DescendingOrder)
        self.reload()


# -- a project's cells, typed: the list's and the project window's one way -----------------------
_WHERE = {c[0]: c for c in COLUMNS}


def cell_value(row: ProjectRow, key: str) -> Any:
    """A typed column's value as an editor starts from (a quarter as its short text)."""
    if key == "zone":
        return row.zone_id
    if key == "area":
        return row.area_id
    v = getattr(row, key, None)
    return v.short if isinstance(v, Quarter) else v


Places = tuple[dict[str, int], list[tuple[str, int, int | None]]]


def place_names(ops: Operations) -> Places:
    """The zones by name and the areas (name, id, zone) a pasted name is looked up in, read once a paste."""
    with ops.db.read() as s:
        zones = {z.name: z.id for z in s.query(Zone).order_by(Zone.sort_order, Zone.id)}
        areas = [(a.name, a.id, a.zone_id) for a in s.query(Area).order_by(Area.zone_id, Area.sort_order, Area.id)]
    return zones, areas


def place_id(key: str, value: Any, places: Places, zone_id: int | None = None) -> Any:
    """A zone or an area named as a list shows it ("东部", "East" in English, "东部片区"; "解放碑中央商务区") as
    the id its cell holds: pasted or replaced, the cell gets the name; picked from the cell's own list, the id. An
    area named in two zones is the row's zone's. ValueError listing what there is."""
    from ..spreadsheet.cells import norm  # the importer's reading of names: loaded on a paste, not at start-up
    from ..spreadsheet.zones import zone_word

    if isinstance(value, int) and not isinstance(value, bool):
        return value  # the id a cell holds (向下填充 takes the cell above's); digits typed or pasted are a name
    text = "" if value is None else str(value).strip()
    if not text:
        return text
    zones, areas = places
    if key == "zone":
        for name, zid in zones.items():
            if text in (name, zone_label(name)):
                return zid
        word = zone_word(text)
        if word in zones:
            return zones[word]
        raise ValueError(QCoreApplication.translate("Edit", "没有“%1”这个区域；可填：%2").replace("%1", text)
                         .replace("%2", QCoreApplication.translate("Edit", "、").join(
                             zone_label(z) for z in zones)))
    found = [(aid, zid) for name, aid, zid in areas if norm(name) == norm(text)]
    if not found:
        raise ValueError(QCoreApplication.translate("Edit", "没有名为“%1”的板块；可在单元格的下拉列表中选择")
                         .replace("%1", text))
    return next((aid for aid, zid in found if zid == zone_id), found[0][0])


def parse_seq(value: Any) -> int:
    """A 序号 typed: a whole number the database holds (99999999999999999999 raised OverflowError on SQLite)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        seq = value if isinstance(value, int) and not isinstance(value, bool) else int(str(value).strip())
    except ValueError:
        raise ValueError(QCoreApplication.translate("Edit", "序号应为整数")) from None
    if not -INT_LIMIT <= seq < INT_LIMIT:
        raise ValueError(QCoreApplication.translate("Edit", "序号过大（最大 %1）").replace("%1", str(INT_LIMIT - 1)))
    return seq


def parse_cell(key: str, value: Any, year: int | None) -> Any:
    """What typing ``value`` into column ``key`` means; ValueError with the reason."""
    if isinstance(value, str):
        value = value.strip()
    if value in ("", None):
        if key == "name":
            raise ValueError(QCoreApplication.translate("Edit", "项目名称不能为空"))
        return None
    if key in QUARTER_KEYS:
        try:
            cell = parse_schedule_cell(value, year)  # "三季度" is this plan's
        except QuarterParseError as exc:
            if key in WORDED_KEYS and isinstance(value, str) and undated(words := normalise_text(value).strip()):
                return Worded(words)  # "待定", "长期": no date, in words an import keeps too
            end = {"planned_start": "start", "planned_completion": "completion"}.get(key)
            if end == "start" and isinstance(value, str) and (alone := span_start_year(value, year)) is not None:
                return Worded(f"{alone}年")  # "2024-2026": it starts in 2024, as an import reads 建设起止年限
            q = end_of_span(value, year, end) if end and isinstance(value, str) else None
            if q is None and end == "start" and (step := start_among_steps(value, year)) is not None:
                q = step[0]  # "2025年3月完成招标、6月开工": the step naming the start, as an import reads it
            if q is None and end and (dated := dated_with_words(value, year)) is not None:
                q = dated[0]  # "2025年6月具备通水条件": the date, the words kept, as an import reads it
            if q is None:
                raise ValueError(str(exc)) from None
            return Spanned(q, normalise_text(value).strip())  # "2024年二、三季度" as 计划完工: the third quarter
        if key == "planned_start" and (alone := bare_year(value)) is not None:
            return Worded(f"{alone}年")  # the year it starts in; alone in 计划完工 a year is its deadline
        if key == "planned_start" and (words := start_year_words(value, cell.quarter)) is not None:
            return Worded(words)  # "2024年度", "年内": the year it starts in, as an import reads them
        if cell.quarter is None and cell.year is not None and key in WORDED_KEYS:
            return Worded(cell.text)  # "2024年开工" ("计划2024年开工" too): the plan's words as an import keeps them
        if cell.quarter is None:
            raise ValueError(QCoreApplication.translate("Edit", "“%1”不是季度；请填如 2024年一季度、2024Q1、2024-03-15").replace("%1", str(value)))
        return cell.quarter
    if key in NUMBER_KEYS:
        try:  # "3000万元" is 0.3 亿元: a unit's 万元 typed as it was read out stood as 3000 亿元
            n = parse_amount(value)
        except AmountError as exc:
            raise ValueError(problem_text(str(exc))) from None
        if n is not None and n < 0:
            raise ValueError(QCoreApplication.translate("Edit", "投资不能为负数"))
        return n
    if key == "seq":
        return parse_seq(value)
    if key in ("zone", "area"):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValueError(str(value)) from None
    return str(value)


def cell_edits(ops: Operations, row: ProjectRow, key: str, new: Any) -> list[FieldEdit]:
    """The writes setting column ``key`` of ``row`` to ``new`` makes (none when it is already so); a zone and
    its area kept together."""
    if key in WORDED_KEYS:
        return _planned_end_edits(row, key, new)
    _, table, field = _WHERE[key]
    old = cell_value(row, key)
    if isinstance(old, str) and key in QUARTER_KEYS:
        old = Quarter.parse(old)
    if old == new:
        return []
    if table == "plan_entry":
        if row.entry_id is None:
            return []
        edits = [FieldEdit("plan_entry", row.entry_id, field, old, new, row.entry_version)]
    else:
        edits = [FieldEdit("key_project", row.id, field, old, new, row.version)]
    if key == "zone" and row.area_id is not None:
        # an area belongs to one zone: moving zones clears an area of the old zone
        area_zone = _area_zone(ops, row.area_id)
        if area_zone is not None and area_zone != new:
            edits.append(FieldEdit("key_project", row.id, "area_id", row.area_id, None, None))
    if key == "area" and new is not None:
        zone = _area_zone(ops, new)
        if zone is not None and zone != row.zone_id:
            edits.append(FieldEdit("key_project", row.id, "zone_id", row.zone_id, zone, None))
    return edits


def _planned_end_edits(row: ProjectRow, key: str, new: Any) -> list[FieldEdit]:
    """A planned start or completion set to a quarter (the plan's words beside it kept), to words with no quarter
    (:class:`Worded`: the quarter cleared), or cleared (both: the words would show again in the emptied cell)."""
    old_q, old_t = getattr(row, key), getattr(row, f"{key}_text")
    if isinstance(new, Spanned):
        new_q, new_t = new.quarter, new.text
    else:
        new_q, new_t = (None, new.text) if isinstance(new, Worded) else (None, None) if new is None else (new, old_t)
    edits, version = [], row.version
    if new_q != old_q:
        edits.append(FieldEdit("key_project", row.id, key, old_q, new_q, version))
        version = None  # one row's second field, as a zone's area
    if new_t != old_t:
        edits.append(FieldEdit("key_project", row.id, f"{key}_text", old_t, new_t, version))
    return edits


def _area_zone(ops: Operations, area_id: int) -> int | None:
    from ..store.schema import Area

    with ops.db.read() as s:
        a = s.get(Area, area_id)
        return a.zone_id if a else None
