"""From a located table to records: every cell read as the planner meant it.

Each problem names the sheet, the row and column as the spreadsheet shows
them (row 12, column C), the text found and what was expected. Nothing here
touches the database.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from itertools import zip_longest
from typing import Any

from ..domain.quarter import (
    NATURE_WORDS, Quarter, QuarterParseError, ScheduleCell, each_at_once, parse_schedule_cell, parse_schedule_span,
    without_marks,
)
from ..domain.target import (
    DECLINE_WORDS, GROWTH_WORDS, OP_FROM_WORD, OP_WORDS, Target, TargetParseError, parse_number, plain_number,
    split_targets, verdict_of,
)
from .layout import (
    CATEGORY_NUMBERING, NAME_MARKS, NEEDED, PERIODS, Column, Layout, LayoutError, category_text, detect_layout,
    is_note_row, is_quarter_field, norm, not_the_same_field, period_word, split_unit,
)
from .read import Sheet, cell_text, column_letter

__all__ = ["Problem", "Table", "parse_sheet", "parse_tables", "ZONE_WORDS", "NO_ZONE_HEADING"]

NO_ZONE_HEADING = "未分区项目"  # the heading over projects without a zone, in our exports and in offices' tables
_NO_ZONE = {"未分区", NO_ZONE_HEADING, "区域未定", "未定区域"}  # not 其他: a class of its own in some tables
ZONE_WORDS = {"东部": "东部", "东部片区": "东部", "东": "东部", "中部": "中部", "中部片区": "中部", "中": "中部",
              "西部": "西部", "西部片区": "西部", "西": "西部", "全区": "全区", "全区性": "全区", "区级": "全区",
              # the whole district in other words
              "全域": "全区", "全区域": "全区", "全区范围": "全区", "跨片区": "全区", "跨区域": "全区", "多片区": "全区"}
_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)}


@dataclass
class Problem:
    sheet: str
    row: int | None  # as the spreadsheet shows it (1-based)
    column: str | None  # letter
    text: str
    message: str
    severity: str = "error"  # error: the row is not imported; warning/info: it is, with this note

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        where = f"“{self.sheet}”"
        if self.row:
            where += f" 第{self.row}行"
        if self.column:
            where += f" {self.column}列"
        found = f"：“{self.text}”" if self.text else ""
        return f"{where}{found} — {self.message}"


@dataclass
class Table:
    sheet: str
    kind: str | None
    year: int | None
    title: str | None = None
    annex: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # spreadsheet row of each record
    name_column: str | None = None  # the letter of the name column, for problems found later
    parse_problems: list[Problem] | None = None  # the parse's own, kept by the first preview
    no_table: bool = False  # no header was found: a sheet of notes, a chart's data …
    hidden: bool = False  # a hidden sheet, left: the lists behind drop-downs, an old copy

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _nfkc(s: str) -> str:
    s = without_marks(s)  # "城镇新增就业①" is not "城镇新增就业1"
    return s if unicodedata.is_normalized("NFKC", s) else unicodedata.normalize("NFKC", s)


def _text(v: Any) -> str:
    return _nfkc(cell_text(v)).strip()


def _clean(v: Any) -> str | None:
    """A text cell as stored: half-width, without zero-width characters (pasted from
    web pages), inner runs of spaces made one space, a line break between Chinese
    characters (a wrapped cell: "朝天门\n整治") none."""
    if v is None or v == "":
        return None
    return _spaced(_nfkc(cell_text(v)))


_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# "项目⏎(一期)" too, but not "…⏎(2)新建…": a list's next item
_WRAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef)])\s*\n\s*"
                   r"(?=[\u3000-\u9fff\uff00-\uffef]|\((?![0-9一二三四五六七八九十]{1,3}\)))")


def _unwrapped(s: str) -> str:
    """Without zero-width characters and line breaks between Chinese characters
    (a text, or many joined by NULs: neither pattern reaches across a NUL)."""
    if "\n" in s:
        s = _WRAP.sub("", s)
    if not s.isprintable():
        s = _ZERO_WIDTH.sub("", s)
    return s


def _nfkc_unwrapped(s: str) -> str:
    return _unwrapped(_nfkc(s))


def _spaced(s: str) -> str | None:
    return " ".join(_unwrapped(s).split()) or None


class _Row:
    """One spreadsheet row with the helpers to read its cells and report problems."""

    def __init__(self, table: Table, sheet: Sheet, layout: Layout, r: int, index: dict[str, int]) -> None:
        self.table, self.sheet, self.layout, self.r = table, sheet, layout, r
        self.ok = True
        self.cells = sheet.rows[r]
        self.index = index
        self.errors = bool(sheet.errors)

    def raw(self, fld: str) -> Any:
        i = self.index.get(fld)
        if i is None:
            return None
        if self.errors:
            return self.sheet.cell(self.r, i)
        cells = self.cells
        return cells[i] if i < len(cells) else None

    def has(self, fld: str) -> bool:
        return fld in self.layout.columns

    def problem(self, fld: str | None, text: Any, message: str, severity: str = "error") -> None:
        col = self.layout.columns.get(fld) if fld else None
        self.table.problems.append(Problem(self.sheet.name, self.r + 1, column_letter(col.index) if col else None,
                                           _text(text), message, severity))
        if severity == "error":
            self.ok = False

    def number(self, fld: str) -> float | None:
        v = self.raw(fld)
        value, message, severity = _number_cell(v, self.layout.columns[fld].scale)
        if message:
            self.problem(fld, v, message, severity)
        return value

    def schedule(self, fld: str):
        v = self.raw(fld)
        cell, message = _schedule_cell(v, self.layout.year)
        if message:
            self.problem(fld, v, message)
        return cell


_SCHEDULE_EXPECTED = "应为季度或日期，如 2024年一季度、2024Q1、2024年3月、2024-03-15，或“续建”“前期”"


# "约10", "3（含征地）": a figure with a word before or a remark after it
_APPROX = re.compile(r"^(约合|大约|约|近|逾|超过|超|预计)")
_REMARK = re.compile(r"[(（]([^()（）]*)[)）]$")


def _number_cell(v: Any, scale: float, money: bool = False) -> tuple[float | None, str | None, str]:
    """A number cell in the column's unit scaled to the stored one, or why it is
    not one: (value, message, severity). An approximate figure ("约10") or one
    with a remark ("3（含征地）") is taken, with a warning saying so."""
    if v is None or v == "":
        return None, None, "error"
    said = None
    if isinstance(v, str):
        text = norm(v)
        if text in _NO_FIGURE:  # "待定": no figure yet, said; not a typing slip that refuses the row
            return None, "还没有数字，未记入", "warning"
        if not _NUMBER_CELL.fullmatch(text):
            bare = _REMARK.sub("", _APPROX.sub("", text))
            if bare and bare != text and _NUMBER_CELL.fullmatch(bare) and re.search(r"\d", bare):
                remark = _REMARK.search(text)
                said = (f"按 {bare} 记入" + (f"，括号中的说明“{remark.group(1)}”未导入" if remark else ""))
                v = bare
            else:
                what = "单元格是 Excel 错误值" if text.upper() in _EXCEL_ERRORS else "不是数字"
                return None, f"{what}；应为数字（如 12.5 或 1,250）", "error"
    try:
        n = parse_number(v)
    except ValueError:
        return None, "应为数字（如 12.5 或 1,250），不是文字", "error"
    if n is None:
        return None, None, "error"
    if isinstance(v, str) and money and ("亿" in v or "万" in v):
        # an amount that says its unit ("3000万" in a 亿元 column, "0.5亿" in a 万元 one) is in that unit
        return round(n if "亿" in v else n * 1e-4, 6), said, "warning"
    if isinstance(v, str) and "万元" in v and scale == 1.0:
        n *= 1e-4
    return round(n * scale, 6), said, "warning"


_NO_FIGURE = {"待定", "未定", "暂无", "暂缺", "待核定", "待确定", "待测算", "不详", "未知", "无数据"}
_NO_DATE = {"—", "——", "-", "--", "/", "无", "－", "―", "暂无", "不涉及"}  # the table's "nothing here"
_UNDECIDED = re.compile(r"^(待定|未定|暂定|待明确|未明确|待确定|另定|未开工|尚未开工|未完工|视.*|根据.*|待.*后确定)$")


def _schedule_cell(v: Any, year: int | None = None):
    """``year``, the table's, completes a cell that leaves it out ("三季度")."""
    if type(v) is str and (norm(v) in _NO_DATE or _UNDECIDED.match(norm(v))):
        # "—" says nothing; "待定" says the date is not known yet, in words kept with the project
        return ScheduleCell("" if norm(v) in _NO_DATE else v.strip()), None
    try:
        return parse_schedule_cell(v if v != "" else None, year), None
    except QuarterParseError:
        if year is None and type(v) is str:
            try:  # "年底", "三季度": a date that needs the table's year, which nothing gave
                parse_schedule_cell(v, 2000)
                return None, _YEAR_NEEDED
            except QuarterParseError:
                pass
        return None, _SCHEDULE_EXPECTED


_YEAR_NEEDED = "没有写年度，表格标题中也没有；请在预览上方的“年度”中选择（命令行：--year）"


def _clean_column(values: list[Any]) -> list[str | None]:
    """:func:`_clean` of every cell of a column. Names are all different, so the
    distinct texts are NFKC-normalised in one call rather than one call each
    (a NUL, which no cell can hold, keeps them apart and composes with nothing)."""
    distinct = set(values)
    texts = [v for v in distinct if type(v) is str]
    normalised = each_at_once(_nfkc_unwrapped, texts) if len(texts) > 1 else None
    if normalised is None:
        return _memo(_clean, values)
    done: dict[Any, str | None] = dict(zip(texts, [" ".join(t.split()) or None for t in normalised]))
    others = [v for v in distinct if type(v) is not str]  # numbers, dates, empty cells
    if (True in others or False in others) and bool in set(map(type, values)):
        return _memo(_clean, values)  # True == 1: one dict cannot hold both
    for v in others:
        done[v] = _clean(v)
    return list(map(done.__getitem__, values))


def _memo(fn, values: list[Any]) -> list[Any]:
    """``fn`` of every value, computed once per distinct value: a column
    repeats its zones, areas, units and quarters thousands of times."""
    try:
        distinct = set(values)
    except TypeError:  # pragma: no cover - the readers give hashable cells only
        return [fn(v) for v in values]
    if (True in distinct or False in distinct) and bool in set(map(type, values)):
        return [fn(v) for v in values]  # True == 1 and False == 0: a set would merge them
    done = {v: fn(v) for v in distinct}
    return list(map(done.__getitem__, values))


def parse_tables(sheet: Sheet, kind: str | None = None, year: int | None = None) -> list[Table]:
    """The tables ``sheet`` holds: one, or two where one table is both attachments,
    "2023年完成情况及2024年目标" (2023年目标 | 2023年完成 | 2024年目标): the year's results
    and the next year's targets, each read as its own table (unless the planner chose a
    kind or a year)."""
    try:
        layout = detect_layout(sheet, kind, year)
    except LayoutError as exc:
        t = Table(sheet.name, kind, year, no_table=True)
        t.problems.append(Problem(sheet.name, None, None, "", str(exc)))
        return [t]
    both = _results_and_next_targets(layout) if kind is None and year is None else None
    if both is None:
        return [parse_sheet(sheet, kind, year, layout)]
    done = both - 1
    return [parse_sheet(sheet, "indicator_results", done, detect_layout(sheet, "indicator_results", done)),
            parse_sheet(sheet, "indicator_targets", both, detect_layout(sheet, "indicator_targets", both))]


def _results_and_next_targets(layout: Layout) -> int | None:
    """The later year when an indicator table holds a year's target and actual and the next
    year's target, and its title names both (…完成情况及…目标); else None."""
    title = norm(layout.title)
    if not layout.kind.startswith("indicator"):
        return None
    cols = [*layout.columns.values(), *layout.extra_columns]
    both = "完成情况" in title and re.search("目标|预期|建议", title)
    # a title that names neither ("主要经济指标") leaves it to the header: 2023年 目标 | 完成 beside 2024年目标
    # is both, unless the figure is an estimate (预计完成: a 附件2's last-year column, never an actual)
    neutral = not re.search("完成|执行|目标|预期|建议|计划", title) and not any(
        re.search("预计|预估|预测|估计", c.header) for c in cols if c.field in ("actual", "previous_actual"))
    if not (both or neutral):
        return None  # a 附件2 with last year's 目标 | 预计完成 beside its targets is one table: its title says so
    targets = {c.year for c in cols if c.field == "target" and c.year}
    actuals = {c.year for c in cols if c.field in ("actual", "previous_actual") and c.year}
    later = max(targets, default=None)
    if later is None or later - 1 not in targets or later - 1 not in actuals or later in actuals:
        return None
    return later


def parse_sheet(sheet: Sheet, kind: str | None = None, year: int | None = None,
                layout: Layout | None = None) -> Table:
    """Locate the table in ``sheet`` (unless ``layout`` says where it is) and read its records."""
    if layout is None:
        try:
            layout = detect_layout(sheet, kind, year)
        except LayoutError as exc:
            t = Table(sheet.name, kind, year, no_table=True)
            t.problems.append(Problem(sheet.name, None, None, "", str(exc)))
            return t
    if layout.kind == "key_projects":
        _zone_column_by_its_values(sheet, layout)
        _monthly_nodes(sheet, layout)
        _plan_and_actual_rows(sheet, layout)
    _fill_merged_down(sheet, layout)
    if layout.kind == "measures" and ("target" in layout.columns) != ("measure" in layout.columns):
        _outline(sheet, layout)  # one column of tasks: measures and targets both
    table = Table(sheet.name, layout.kind, layout.year, layout.title, layout.annex)
    for note in layout.notes:
        table.problems.append(Problem(sheet.name, layout.header_rows[-1] + 1, None, "", note, "info"))
    for r, c, message in sheet.warnings:
        if r >= layout.data_start:
            table.problems.append(Problem(sheet.name, r + 1, column_letter(c), "", message, "warning"))
    needed = NEEDED[layout.kind]
    if layout.count_column is not None and layout.kind != "measures":
        # "项目类别 | 项目数量 | 年度计划投资 | 完成投资": projects counted by class, not listed — its rows
        # would be read as indicators named "产业高地项目", or projects named "东部"
        table.no_table = True
        count = layout.count_column
        table.problems = [Problem(sheet.name, layout.header_rows[-1] + 1, column_letter(count.index), count.header,
                                  f"第{column_letter(count.index)}列“{count.header}”是项目个数：这是汇总表，"
                                  "不是逐项列出的表，未导入")]
        return table
    if needed not in layout.columns:
        # a sheet of totals by zone beside the list ("片区 | 总投资"): said and left when another sheet is the table
        table.no_table = True
        table.problems = [Problem(sheet.name, layout.header_rows[-1] + 1, None, "",
                                  f"找不到“{ {'name': '名称', 'target': '目标'}[needed] }”列")]
        return table
    if layout.kind.startswith("indicator") and not any(
            f in layout.columns for f in ("target", "actual", "previous_actual", "growth", "status", "binding")) \
            and not any(f.startswith("period_m") for f in layout.columns):
        # "指标 | 单位 | 全市 | 渝中区 | 江北区": no column says what the figures are; only names would be imported
        table.problems.append(Problem(sheet.name, layout.header_rows[-1] + 1, None, "",
                                      "表中没有目标、完成值或属性列，只能导入指标名称；请核对表头", "warning"))
    if layout.kind.startswith("indicator") and layout.year is None:
        table.problems.append(Problem(sheet.name, None, None, layout.title or "",
                                      "无法从标题或表头确定年度；请指定年度"))
    name_index = layout.columns[needed].index
    table.name_column = column_letter(name_index)
    left_out: list[tuple[int, str, str]] = []
    heading_zones: list[str | None] | None = [] if layout.kind == "key_projects" else None
    rows, categories = _data_rows(sheet, layout, name_index, left_out, heading_zones)
    if _only_figures(sheet, rows, name_index):
        # "片区 | 项目个数 | 总投资" beside the list: a summary of counts, whose figures would be read as names
        t = Table(sheet.name, layout.kind, layout.year, layout.title, layout.annex, no_table=True)
        t.problems.append(Problem(sheet.name, layout.header_rows[-1] + 1, column_letter(name_index), "",
                                  f"第{column_letter(name_index)}列“{layout.columns[needed].header}”只有数字，"
                                  "不是名称：这不是逐项列出的表（如汇总表）"))
        return t
    for r, text, why in left_out:
        table.problems.append(Problem(sheet.name, r + 1, column_letter(name_index), _text(text), why, "info"))
    if layout.kind == "key_projects":
        _projects(table, sheet, layout, rows, categories, heading_zones or [])
    else:
        reader = {"indicator_results": _indicator, "indicator_targets": _indicator, "measures": _measure}[layout.kind]
        seen: dict[str, int] = {}
        index = {fld: col.index for fld, col in layout.columns.items()}
        for r, category in zip(rows, categories):
            row = _Row(table, sheet, layout, r, index)
            got = reader(row, category)
            if got is None or not row.ok:
                continue
            for record in (got if isinstance(got, list) else [got]):  # a cell of several targets gives several
                key = _dedupe_key(layout.kind, record)
                if key in seen:
                    row.problem(needed, record.get("name") or record.get("text"),
                                f"与第{seen[key]}行重复，本行未导入")
                    continue
                seen[key] = r + 1
                table.records.append(record)
                table.rows.append(r + 1)
    if not table.records and not table.errors:
        table.problems.append(Problem(sheet.name, None, None, "", "表中没有数据行"))
    return table


def _only_figures(sheet: Sheet, rows: list[int], c: int) -> bool:
    """The name column holds numbers only (two at least): counts, not names. Stops at the
    first name (the first row, in a list of projects)."""
    seen = 0
    for r in rows:
        v = sheet.rows[r][c] if c < len(sheet.rows[r]) else None
        if v in (None, ""):
            continue
        if not (type(v) in (int, float) or re.fullmatch(r"[-\d.,%]+", norm(v))):
            return False
        seen += 1
    return seen >= 2


# Columns whose cells people merge down over the rows sharing a value: a zone
# over its projects, a measure over its targets. Figures are not filled (a merged
# 总投资 is the group's total, not each row's).
_FILLED_DOWN = {"zone", "area", "project_class", "nature", "level", "responsible_unit", "owner", "leader",
                "section", "measure", "category", "binding", "unit", "construction_years"}


def _fill_merged_down(sheet: Sheet, layout: Layout) -> None:
    """A cell merged down over data rows holds its value in its first row only
    (as every reader gives it): the rows below it get the value too."""
    columns = {col.index for fld, col in layout.columns.items() if fld in _FILLED_DOWN}
    for r0, c0, r1, c1 in sheet.merged:
        if r1 <= r0 or r0 < layout.data_start or c0 != c1 or c0 not in columns:
            continue
        value = sheet.rows[r0][c0] if c0 < len(sheet.rows[r0]) else None
        if value in (None, ""):
            continue
        for r in range(r0 + 1, min(r1, sheet.height - 1) + 1):
            row = sheet.rows[r]
            if c0 < len(row) and row[c0] in (None, ""):
                row[c0] = value


# a task's deadline that is no date: it goes on, or comes back every month or quarter
_ONGOING = re.compile(r"(长期|持续|常态化|久久为功|每(月|季度?|半年|年)|按(月|季度?)|逐(月|季)|全年持续|全年推进|动态|适时)")
_ITEM_NUMBER = re.compile(r"^(\d{1,3}[.．、](?!\d)|[(（]\d{1,3}[)）])\s*")
_SECTION_NUMBER = re.compile(r"^[一二三四五六七八九十]+(?:[、.．]|$)")  # not "十项惠民工程…"
_MEASURE_NUMBER = re.compile(r"^[(（][一二三四五六七八九十]+[)）][、.．]?")


def _outline(sheet: Sheet, layout: Layout) -> None:
    """A task list in one column, as an outline: "一、" a section, "（一）" a
    measure, "1." a target under it. The targets are that column's rows; the
    measure heading above each is put in a column of its own (after the last),
    and heading rows are emptied, being no target. A list without measure
    headings makes each task its own measure."""
    col = layout.columns.get("measure") or layout.columns["target"]
    seq = layout.columns.get("seq")
    width = sheet.width
    current = None
    for r in range(layout.data_start, sheet.height):
        cells = sheet.rows[r]
        text = _clean(cells[col.index]) if col.index < len(cells) else None
        number = norm(cells[seq.index]) if seq is not None and seq.index < len(cells) else ""
        if _SECTION_NUMBER.fullmatch(number) or (text and _SECTION_NUMBER.match(text)):
            current = None  # a section heading (left for the category rows): its measures follow
            continue
        if text and (_MEASURE_NUMBER.fullmatch(number) or _MEASURE_NUMBER.match(text)):
            current = _MEASURE_NUMBER.sub("", text).strip() or text
            sheet.rows[r] = [None] * len(cells)  # a measure heading is no target
            continue
        if len(cells) < width:
            cells.extend([None] * (width - len(cells)))
        cells.append(current or text)
    layout.columns["target"] = Column("target", col.index, col.header, col.year, col.unit)
    layout.columns["measure"] = Column("measure", width, col.header)


_PLAN_WORDS = {"计划", "计划数", "计划投资", "年度计划", "计划值"}
_ACTUAL_WORDS = {"实际", "完成", "实际完成", "完成投资", "实际投资", "完成数", "实际数", "完成值"}
_QUARTER_FIGURES = re.compile(r"mark_q([1-4])(?:_(\d{4}))?|q([1-4])_planned")


def _plan_and_actual_rows(sheet: Sheet, layout: Layout) -> None:
    """Each project on two rows, 计划 over 实际 (or 完成), the quarter columns holding
    its planned investment on the first and what was done on the second: the
    second row's figures become the first's actual ones (in columns after the
    last), and the second row is emptied, being no project."""
    quarters = {}
    for fld, col in layout.columns.items():
        m = _QUARTER_FIGURES.fullmatch(fld)
        if m and (not m.group(2) or layout.year is None or int(m.group(2)) == layout.year):
            quarters[int(m.group(1) or m.group(3))] = col
    name = layout.columns.get("name")
    if not quarters or name is None:
        return
    width, body = sheet.width, range(layout.data_start, sheet.height)
    taken = {name.index, *(col.index for col in quarters.values())}
    which = None  # the column saying which row is which
    for c in range(width):
        values = {norm(sheet.rows[r][c]) for r in body if c < len(sheet.rows[r])} - {""}
        if c not in taken and values and values <= _PLAN_WORDS | _ACTUAL_WORDS \
                and values & _PLAN_WORDS and values & _ACTUAL_WORDS:
            which = c
            break
    if which is None:
        return
    actual_at = {n: width + i for i, n in enumerate(sorted(quarters))}
    planned = None
    for r in body:
        row = sheet.rows[r]
        row.extend([None] * (width + len(actual_at) - len(row)))
        said = norm(row[which])
        if said in _PLAN_WORDS:
            planned = r
        elif said in _ACTUAL_WORDS and planned is not None:
            for n, col in quarters.items():
                sheet.rows[planned][actual_at[n]] = row[col.index]
            sheet.rows[r] = [None] * len(row)  # its figures are now its project's
            planned = None
    for n, col in quarters.items():
        scale = 1e-4 if col.unit and "万元" in col.unit else col.scale
        year = col.year or layout.year
        del layout.columns[col.field]
        layout.columns[f"q{n}_planned"] = Column(f"q{n}_planned", col.index, col.header, year, col.unit, scale)
        layout.columns[f"q{n}_actual"] = Column(f"q{n}_actual", actual_at[n], col.header, year, col.unit, scale)
    for fld in [f for f, col in layout.columns.items() if col.index == which]:
        del layout.columns[fld]
    layout.notes = [n for n in layout.notes if "横道图" not in n]
    layout.notes.append(f"每个项目两行：“计划”行为各季度计划投资，“实际”行为完成投资（第{column_letter(which)}列区分）")


def _zone_column_by_its_values(sheet: Sheet, layout: Layout) -> None:
    """"片区" is the zone in some plans (东部片区) and an area in others: a column
    read as the area whose every value names a zone is the zone column."""
    if "zone" in layout.columns:
        return
    candidates = [c for c in [layout.columns.get("area"), *layout.extra_columns] if c is not None and c.field == "area"]
    for col in candidates:
        values = {norm(sheet.rows[r][col.index]) for r in range(layout.data_start, sheet.height)
                  if col.index < len(sheet.rows[r]) and norm(sheet.rows[r][col.index])}
        values = {v for v in values if not CATEGORY_NUMBERING.match(v)}  # "一、东部片区" rows are headings
        if values and all(_zone_word(v) for v in values):
            layout.columns["zone"] = Column("zone", col.index, col.header, col.year, col.unit)
            others = [c for c in candidates if c is not col]
            if layout.columns.get("area") is col:
                del layout.columns["area"]
                if others:
                    layout.columns["area"] = others[0]
            kept = layout.columns.get("area")
            layout.extra_columns = [c for c in layout.extra_columns if c is not col and c is not kept]
            not_the_same_field(layout, col)  # the "same field twice" note no longer holds
            return


def _monthly_nodes(sheet: Sheet, layout: Layout) -> None:
    """"3月 | 6月 | 9月 | 12月" holding words ("完成设计", "开工建设") is a schedule of steps, not a
    figure a month (each cell was refused as no number): a quarter's steps, joined in month order,
    are its goal, and 开工 / 竣工 among them the start and the completion."""
    months = sorted((int(f[6:8]), f, c) for f, c in layout.columns.items() if f.startswith("month_"))
    if not months:
        return
    words = figures = 0
    for _, _, col in months:
        for r in range(layout.data_start, min(sheet.height, layout.data_start + 200)):
            v = sheet.cell(r, col.index)
            if v in (None, "") or type(v) is str and norm(v) in _NO_DATE:
                continue
            if type(v) in (int, float) or _NUMBER_CELL.fullmatch(norm(v)):
                figures += 1
            else:
                words += 1
    if words <= figures:
        return
    by_quarter: dict[int, list[int]] = {}
    for m, _, col in months:
        by_quarter.setdefault((m + 2) // 3, []).append(col.index)
    for _, fld, _ in months:
        del layout.columns[fld]
    for q, indexes in by_quarter.items():
        if f"q{q}_goal" in layout.columns:
            continue  # the quarter's own column says it
        last = indexes[-1]
        layout.columns[f"q{q}_goal"] = Column(f"q{q}_goal", last, _header_of(layout, months, last))
        if len(indexes) > 1:  # the quarter's steps in month order, in its last month's cell: "手续办理、开工建设"
            for r in range(layout.data_start, sheet.height):
                row = sheet.rows[r]
                steps = [norm(row[c]) for c in indexes if c < len(row) and row[c] not in (None, "")
                         and norm(row[c]) not in _NO_DATE]
                if len(steps) > 1 and last < len(row):
                    row[last] = "、".join(steps)
                elif steps and last < len(row) and row[last] in (None, ""):
                    row[last] = steps[0]
    first, last = months[0][2], months[-1][2]
    layout.notes = [n for n in layout.notes if "各月投资" not in n]
    layout.notes.append(f"第{column_letter(first.index)}至{column_letter(last.index)}列是各月的进度节点："
                        "按季度合并，记入季度目标")


def _header_of(layout: Layout, months: list, index: int) -> str:
    return next(col.header for _, _, col in months if col.index == index)


# a sum over other rows, not a record: "合计", "东部片区小计（16个）", "其中：新开工项目"
_TOTAL_ROW = re.compile(r"^(其中[:：].*|.{0,12}(合计|总计|小计|共计)([(（][^()（）]*[)）])?)$")


def _data_rows(sheet: Sheet, layout: Layout, name_index: int,
               left_out: list[tuple[int, str, str]] | None = None,
               zones: list[str | None] | None = None) -> tuple[list[int], list[str | None]]:
    """The rows holding records, each with the category row above it ("一、经济发展");
    blank rows are skipped and a note row ("注：…") ends the table. Total rows
    (合计, 小计) and the header repeated on each printed page are left out and,
    with ``left_out``, listed there (row, text, why). With ``zones``, each row's
    zone heading goes there: "一、东部片区" counts through the "（一）…" headings under
    it, up to the next heading of its own level."""
    rows: list[int] = []
    categories: list[str | None] = []
    category = _heading_above(sheet, layout)
    zone = _zone_word(category)
    seq_col = layout.columns.get("seq")
    heading = _header_texts(sheet, layout)
    # the name column's heading as typed: a repeated header is a copy of it (no NFKC of every name)
    named = {v.strip() for r in layout.header_rows for v in sheet.rows[r][name_index:name_index + 1]
             if type(v) is str}
    indicators = layout.kind.startswith("indicator")  # "其中：工业投资" is an indicator of its own there
    for r in range(layout.data_start, sheet.height):
        cells = sheet.rows[r]
        filled = len(cells) - cells.count(None) - cells.count("")
        if filled == 0:
            continue
        name = cells[name_index] if name_index < len(cells) else None
        if name in (None, "") and type(cells[0]) is str and "计" in cells[0] and _TOTAL_ROW.match(norm(cells[0])):
            name = cells[0]  # "合计" in the 序号 column, the name cell empty
        if type(name) is str and ("计" in name or "其中" in name and not indicators) and _TOTAL_ROW.match(norm(name)):
            if left_out is not None:
                left_out.append((r, name, "合计行，未导入"))
            continue
        if (name in (None, "") or type(name) is str and name.strip() in named) and _repeats_header(cells, heading):
            if left_out is not None:
                left_out.append((r, name or "", "重复的表头行，未导入"))
            continue
        first = cells[0]
        if first is None or first == "":
            first = next(v for v in cells if v is not None and v != "")
        if type(first) is str and is_note_row([norm(first)]):
            break
        if filled <= 3:  # a category row is one cell (a merge keeps its text in the first)
            texts = [norm(v) for v in cells]  # only rows that may be category rows
            cat = category_text(texts, name_index)
            if cat is None and seq_col is not None and seq_col.index < len(texts) \
                    and _SECTION_NUMBER.fullmatch(texts[seq_col.index]):
                others = [t for i, t in enumerate(texts) if t and i not in (seq_col.index, name_index)]
                if not others and name_index < len(texts) and texts[name_index]:
                    cat = _clean(cells[name_index])
            elif cat is None and zones is not None and seq_col is not None and seq_col.index < len(texts) \
                    and texts[seq_col.index].isdigit() and name_index < len(texts) and texts[name_index]:
                # "1 | 东部片区" with its projects numbered 1.1, 1.2 under it: a heading, not a project
                alone = not [t for i, t in enumerate(texts) if t and i not in (seq_col.index, name_index)]
                if alone and _names_a_group(texts[name_index]):
                    cat = _clean(cells[name_index])
            if cat is not None:
                category = _category_as_kept(cells, cat, layout.kind)
                if zones is not None:
                    under = (type(first) is str and _SUB_HEADING.match(norm(first))) or _area_word(cat) or _nature_word(cat)
                    zone = _zone_word(cat) or (zone if under else None)  # a part of the zone, or its projects' stage
                continue
        rows.append(r)
        categories.append(category)
        if zones is not None:
            zones.append(zone)
    return rows, categories


_SUB_HEADING = re.compile(r"^([(（]([一二三四五六七八九十]+|\d+)[)）]|\d+[.．、])")  # "（一）…", "1.…" under "一、…"


def _heading_above(sheet: Sheet, layout: Layout) -> str | None:
    """"一、新开工项目" on the row right above the header: the category of the rows below it
    (a table in parts, each with its header), not a title."""
    top = layout.header_rows[0]
    if top == 0:
        return None
    cells = sheet.rows[top - 1]
    texts = [norm(v) for v in cells]
    filled = [t for t in texts if t]
    if not filled or not CATEGORY_NUMBERING.match(filled[0]) or re.match(r"\d", filled[0]):
        return None
    cat = category_text(texts, None)
    return _category_as_kept(cells, cat, layout.kind) if cat is not None else None


def _category_as_kept(cells: list[Any], cat: str, kind: str) -> str:
    """A category row's text as the records keep it: measures keep the numbering ("（一）…"
    names section 1, "一" | "坚持创新驱动" becomes "一、坚持创新驱动"); other kinds drop it."""
    if kind != "measures":
        return cat
    full = next((cell_text(v).strip() for v in cells if cell_text(v).strip()), cat)
    if _SECTION_NUMBER.fullmatch(norm(full)) and cat != full:
        full = f"{full.rstrip('、')}、{cat}"
    return full


def _header_texts(sheet: Sheet, layout: Layout) -> dict[int, set[str]]:
    """Each column's heading cells as written, to know the header when it comes again."""
    out: dict[int, set[str]] = {}
    for r in layout.header_rows:
        for c, v in enumerate(sheet.rows[r]):
            t = norm(v)
            if t:
                out.setdefault(c, set()).add(t)
    return out


def _repeats_header(cells: list[Any], heading: dict[int, set[str]]) -> bool:
    """A row most of whose cells are the header's own, column for column."""
    texts = [(c, norm(v)) for c, v in enumerate(cells) if v is not None and v != ""]
    same = sum(1 for c, t in texts if t in heading.get(c, ()))
    return same >= 2 and same * 2 >= len(texts)


def _dedupe_key(kind: str, rec: dict[str, Any]) -> str:
    if kind == "measures":
        return f"{rec.get('section')}|{rec.get('measure')}|{norm(rec['text'])}|{rec.get('subject')}"
    return norm(rec["name"]).lower()


_NAME_MARK = re.compile(rf"^\s*[{NAME_MARKS}＊]+\s*|\s*[{NAME_MARKS}＊]+\s*$")


def _marked(marks: dict[str, bool], mark: re.Match | None) -> bool | None:
    """Binding as a note tells it: the marked indicators are what it says, the others the opposite."""
    said = next((marks[c] for c in norm(mark.group()) if c in marks), None) if mark else None
    if said is not None:
        return said
    return (not next(iter(marks.values()))) if len(set(marks.values())) == 1 else None


def _binding(row: _Row) -> bool | None:
    v = norm(row.raw("binding"))
    if not v:
        return None
    if "约束" in v:
        return True
    if "预期" in v:
        return False
    row.problem("binding", v, "属性应为“约束性”或“预期性”", "warning")
    return None


def _growth_words(growth: float) -> str:
    return f"{'增长' if growth >= 0 else '下降'}{plain_number(abs(growth))}%"


def _with_growth(value: float | None, text: str | None, growth: float) -> str:
    """A figure's words with its growth after them: "220.5、增长4.8%"; the growth alone without one."""
    said = _growth_words(growth)
    return f"{text or plain_number(value)}、{said}" if value is not None or text else said


def _the_targets_growth(row: _Row) -> bool:
    """In a targets table, the year's growth column (an earlier year's is last year's) with nothing
    reached beside it is the target's; elsewhere a growth is what was reached."""
    return row.layout.kind == "indicator_targets" and not row.has("actual")


# a footnote's mark after a name: "城镇新增就业¹", "地区生产总值①", "一般公共预算收入（注1）" — read as
# half-width it became part of the name ("城镇新增就业1"), a second indicator beside the first
_FOOTNOTE = re.compile(r"\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\u2460-\u2473]|[(（\[【]\s*注\s*[0-9一二三四五六七八九十]*\s*[)）\]】])\s*$")


def _indicator(row: _Row, category: str | None) -> dict[str, Any] | None:
    given = row.raw("name")
    detail = row.raw("name_detail") if row.has("name_detail") else None
    if detail not in (None, "") and _clean(detail) != _clean(given):
        given = detail  # "基本社会保障" | "城乡基本养老保险参保率": the indicator, not its group
    raw_name = _clean(_FOOTNOTE.sub("", given) if type(given) is str else given)
    if not raw_name:
        if any(norm(v) for v in row.cells):
            row.problem("name", "", "缺少指标名称", "warning")
        return None
    mark = _NAME_MARK.search(raw_name)
    if mark:  # "空气质量优良天数★": the mark is not part of the name; a note says what it means
        raw_name = (raw_name[:mark.start()] + raw_name[mark.end():]).strip()
    name, unit = split_unit(raw_name)
    name = re.sub(r"^其中[:：]\s*", "", _ITEM_NUMBER.sub("", name) or name)  # "1.", "（3）": the list's numbering
    if row.has("unit") and _clean(row.raw("unit")):
        unit = _clean(row.raw("unit"))
    target = None
    tv = row.raw("target")
    if tv not in (None, ""):
        target = _target(row, "target", tv)
        if target is None:
            return None
        if target.unit is None and unit and target.value is not None:
            target = Target(target.op, target.value, unit, target.text, target.subject)
    actual, actual_text = _value_with_text(row, "actual", unit)
    if not row.has("actual"):  # a monitoring table: the latest period reported, said as such
        for month in range(12, 0, -1):
            fld = f"period_m{month:02d}"
            if row.has(fld) and row.raw(fld) not in (None, ""):
                actual, text = _value_with_text(row, fld, unit)
                if month < 12:  # before the year's end the figure is to date: "前三季度:7.8" (as NFKC leaves it)
                    text = f"{period_word(row.layout.columns[fld].header)}:{text or plain_number(actual)}"
                actual_text = text
                break
    growth = _growth(row) if row.has("growth") else None
    previous, previous_text = _value_with_text(row, "previous_actual", unit)
    earlier = _growth(row, "previous_growth") if row.has("previous_growth") else None
    if earlier is not None:  # 2023年预计完成 1631.3 | 2023年增长 5.2: last year's figure, with its growth
        previous_text = _with_growth(previous, previous_text, earlier)
    if growth is not None and _the_targets_growth(row):
        # 2024年目标 1730 | 增长（%） 6: the year's target, in its words; nothing is reached yet
        said = _growth_words(growth)
        if target is None:
            target = Target.parse(said)
        elif target.unit not in ("%", "个百分点"):
            target = Target(target.op, target.value, target.unit, f"{target.text}（{said}）", target.subject)
        growth = None
    if growth is not None:  # kept with the amount it is the growth of: "220.5、增长4.8%"
        if actual is None and not actual_text and norm(unit) in ("%", ""):
            actual = growth  # a rate indicator reports its growth alone
        actual_text = _with_growth(actual, actual_text, growth)
    status = _clean(row.raw("status"))
    if actual is None and actual_text is None and status and _FIGURE.search(norm(status)):
        # no 完成 column: "完成6.1%，超目标0.1个百分点" in 完成情况 is the figure reached, in words;
        # the verdict is the clause that says one ("未完成"), else the figure decides
        actual, actual_text = _value_with_text(row, "status", unit)
        status = next((c for c in re.split(r"[,，;；、]", status) if verdict_of(c) is not None), None)
    notes = _clean(row.raw("notes"))
    reason = _clean(row.raw("reason"))
    if reason is None and notes and status and status != "完成":
        reason, notes = notes, None  # in 附件1 the 备注 column explains what was not met
    replaced = re.search(r"调整为[“\"『「]?([^”\"』」]+)", reason or notes or "")
    record = {
        "name": name, "unit": unit, "category": _clean(row.raw("category")) or category,
        "binding": _binding(row) if not row.layout.binding_marks else _marked(row.layout.binding_marks, mark),
        "target": target.as_dict() if target else None,
        "actual": actual, "actual_text": actual_text, "actual_growth": growth, "previous_actual": previous,
        "previous_actual_text": previous_text, "status": status,
        "reason": reason, "notes": notes, "replaced_by": replaced.group(1).strip() if replaced else None,
    }
    return _paired(record, unit) or record


_PAIR = re.compile(r"\s*[/／]\s*")


def _paired(record: dict[str, Any], unit: str | None) -> list[dict[str, Any]] | None:
    """"城镇登记失业率/城镇调查失业率" with "<4/<5.5": two indicators on one row, a target (and a
    figure reached) each — it was one indicator with the second target."""
    names = _PAIR.split(record["name"])
    target = record["target"]
    if len(names) != 2 or not all(len(n) >= 2 for n in names) or not target or not target["text"]:
        return None
    texts = _PAIR.split(target["text"])
    if len(texts) != 2:
        return None
    try:
        targets = [Target.parse(t) for t in texts]
    except TargetParseError:
        return None
    if any(t.value is None for t in targets):
        return None
    actuals: list[Any] = [record["actual"], record["actual"]]
    if record["actual_text"] and len(_PAIR.split(record["actual_text"])) == 2:
        actuals = [_figure_or_none(a) for a in _PAIR.split(record["actual_text"])]
    return [record | {"name": n, "actual": a, "actual_text": None if a is not None else record["actual_text"],
                      "target": Target(t.op, t.value, t.unit or unit, t.text, t.subject).as_dict()}
            for n, t, a in zip(names, targets, actuals)]


def _figure_or_none(text: str) -> float | None:
    try:
        return parse_number(text)
    except ValueError:
        return None


_NUMBER_CELL = re.compile(r"[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(%|亿元|万元|元|亿|万)?|[-—/]|无")
_EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!"}


def _target(row: _Row, fld: str, value: Any) -> Target | None:
    """A target cell; words are fine ("完成市下达任务"), noise is not ("#REF!", "??")."""
    text = _text(value)
    if text.upper() in _EXCEL_ERRORS:
        row.problem(fld, text, "单元格是 Excel 错误值，应为目标值，如 6%左右、8%以上、完成市下达任务")
        return None
    try:
        t = Target.parse(value)
    except TargetParseError:
        row.problem(fld, text, "无法识别的目标值")
        return None
    if t.op == "text" and not re.search(r"[\u4e00-\u9fff]", t.text):
        row.problem(fld, text, "无法识别的目标值，应为如 6%左右、8%以上、5.5%以内、突破650亿元，或文字目标")
        return None
    return t


def _growth(row: _Row, fld: str = "growth") -> float | None:
    """A 同比增长 cell: 4.8, "4.8%", "增长4.8%", "-2.1", "下降2.1%"."""
    v = row.raw(fld)
    if v in (None, ""):
        return None
    if type(v) in (int, float):
        return float(v)
    text = norm(v)
    m = re.search(r"-?\d+(?:\.\d+)?", text)
    if not m:
        if text not in ("-", "—", "/", "无"):
            row.problem(fld, v, "增长应为百分数，如 5.2 或 增长5.2%", "warning")
        return None
    value = float(m.group())
    return -abs(value) if re.search(DECLINE_WORDS, text) else value


def _value_with_text(row: _Row, fld: str, unit: str | None) -> tuple[float | None, str | None]:
    """An actual may be "5.2", "增长5.2%", "完成市下达任务" or "—": keep both.

    With several figures ("完成210.4亿元、增长5.1%") the one in the
    indicator's unit is the value; otherwise the last one.
    """
    v = row.raw(fld)
    if v in (None, ""):
        return None, None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v), None
    text = _clean(v)
    if re.fullmatch(r"-?\d+(?:\.\d+)?", text or ""):
        return float(text), None  # a number stored as text says no more than the number
    period = _PERIOD_SAID.match(norm(text))  # "1-9月:5.5": the period is no figure
    found = list(_FIGURE.finditer(norm(text), period.end() if period else 0))
    if not found:
        return None, text
    chosen = found[-1].group(1)
    if unit and len(found) > 1:
        in_unit = [m.group(1) for m in found if m.group(2).startswith(unit)]
        # "220.5，增长4.8%" for an amount: the amount, not its growth
        amounts = [m.group(1) for m in found if not _GROWTH_BEFORE.search(norm(text)[:m.start()])]
        if in_unit:
            chosen = in_unit[0]
        elif amounts and norm(unit) not in ("%", "‰"):
            chosen = amounts[0]
    return float(chosen.replace(",", "")), text


_FIGURE = re.compile(r"(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s,，、;；]*)")
_PERIOD_SAID = re.compile(rf"({PERIODS})[:：]")
_GROWTH_BEFORE = re.compile(f"({GROWTH_WORDS}|{DECLINE_WORDS})$")


def _schedule_fields(v: Any, year: int | None = None) -> tuple[str | None, str | None, str | None, str | None]:
    """A schedule cell as a project record keeps it: (quarter, wording, nature, problem)."""
    cell, message = _schedule_cell(v, year)
    if cell is None:
        return None, None, None, message
    return (str(cell.quarter) if cell.quarter else None), (cell.text or None), cell.nature, None


_SPAN_EXPECTED = "应为起止时间，如 2024.03-2025.12、2024年一季度至2025年四季度，或“续建”“前期”"


def _span_fields(v: Any, year: int | None = None):
    """A 开竣工时间 cell as two schedule cells (start, completion), each as
    :func:`_schedule_fields` gives it; the problem goes with the start."""
    if v is None or v == "":
        return None
    if type(v) is str and (norm(v) in _NO_DATE or _UNDECIDED.match(norm(v))):
        # "—" says nothing; "待定" is kept with the start, in the planner's words
        return (None, None if norm(v) in _NO_DATE else v.strip(), None, None), None
    try:
        start, end = parse_schedule_span(v if type(v) is str else cell_text(v), year)
    except QuarterParseError as exc:
        return (None, None, None, "完工早于开工" if exc.reason == "完工早于开工" else _SPAN_EXPECTED), None
    fields = [((str(c.quarter) if c.quarter else None), (c.text or None), c.nature, None) for c in (start, end)]
    return fields[0], (fields[1] if any(fields[1][:3]) else None)


_COUNT = re.compile(r"[(（][^()（）]*[)）]$")  # "（16个）", "(共16个项目)" after a heading
_ZONE_SUFFIX = re.compile(r"(片区|板块|区域|地区|片|区)$")  # "东片区", "东部板块", "西片", "东区"
_DISTRICT = re.compile(r"^\w{1,4}[区县](?=[东中西]部)")  # "渝中区东部": the district's own name before its zone


def _zone_word(text: str | None) -> str | None:
    """The zone a cell or a category row names: "东部", "东部片区", "一、东部片区（16个）"."""
    if not text:
        return None
    t = _DISTRICT.sub("", _COUNT.sub("", norm(text)))
    return ZONE_WORDS.get(t) or ZONE_WORDS.get(t.removesuffix("项目")) or ZONE_WORDS.get(_ZONE_SUFFIX.sub("", t))


_ZONE_LIST = re.compile(r"[、，,/／;；]|和|及|与")


def _spanning_zones(text: str) -> list[str]:
    """The zones a cell naming several of them lists ("东部、中部"), else nothing."""
    parts = [p for p in _ZONE_LIST.split(norm(text)) if p]
    zones = [_zone_word(p) for p in parts]
    return zones if len(parts) > 1 and all(zones) and len(set(zones)) > 1 and "全区" not in zones else []


def _zone_in_title(title: str | None) -> str | None:
    """"2025年东部片区重点项目": the zone of every project of the table."""
    m = re.search(r"([东中西])部片区", norm(title))
    return f"{m.group(1)}部" if m else None


_AREA_HEADING = re.compile(r"(板块|片区|园区|商圈|风貌带|产业带|商务区|组团|功能区|街区|产业园)$")


def _area_word(text: str | None) -> str | None:
    """A heading naming a part of a zone: "（一）解放碑—朝天门板块", "化龙桥片区（5个）"."""
    if not text or _zone_word(text):
        return None
    t = _COUNT.sub("", _clean(text) or "").strip()
    return t if _AREA_HEADING.search(t) else None


def _nature_word(text: str | None) -> str | None:
    """A category row naming the projects' nature: "（一）续建项目", "新开工项目（8个）"."""
    return NATURE_WORDS.get(_COUNT.sub("", norm(text)).removesuffix("项目")) if text else None


class _Columns:
    """The data rows of a sheet read a column at a time.

    A city's schedule has tens of thousands of rows but few distinct zones,
    areas, classes, units and quarters: each distinct cell is read once
    (:func:`_memo`) and problems are reported for every row holding it.
    """

    def __init__(self, sheet: Sheet, layout: Layout, rows: list[int]) -> None:
        self.sheet, self.layout, self.rows = sheet, layout, rows
        self.cells = [sheet.rows[r] for r in rows]
        self.n = len(rows)
        self.columns = list(zip_longest(*self.cells))  # one pass in C instead of one per column
        self.dropped = bytearray(self.n)  # rows without a record: their cells raise no problems
        self.bad = bytearray(self.n)  # rows with an error: not imported
        self.problems: list[tuple[int, Problem]] = []
        self._position = {r: k for k, r in enumerate(rows)} if sheet.errors else {}

    def has(self, fld: str) -> bool:
        return fld in self.layout.columns

    def raw(self, fld: str) -> list[Any]:
        col = self.layout.columns.get(fld)
        if col is None:
            return [None] * self.n
        i = col.index
        values = list(self.columns[i]) if i < len(self.columns) else [None] * self.n
        for (r, c), text in self.sheet.errors.items():  # the reader shows an error cell as empty; it is not
            if c == i and r in self._position:
                values[self._position[r]] = text
        return values

    def text(self, fld: str) -> list[str | None]:
        return _clean_column(self.raw(fld)) if self.has(fld) else [None] * self.n

    def report(self, k: int, fld: str | None, text: Any, message: str, severity: str = "error") -> None:
        if self.dropped[k]:
            return
        col = self.layout.columns.get(fld) if fld else None
        self.problems.append((k, Problem(self.sheet.name, self.rows[k] + 1, column_letter(col.index) if col else None,
                                         _text(text), message, severity)))
        if severity == "error":
            self.bad[k] = 1

    def numbers(self, fld: str) -> list[float | None]:
        if not self.has(fld):
            return [None] * self.n
        scale = self.layout.columns[fld].scale
        out: list[float | None] = [None] * self.n
        others: dict[Any, tuple[float | None, str | None, str]] = {}
        for k, v in enumerate(self.raw(fld)):
            t = type(v)
            if t is float or t is int:
                out[k] = round(v * scale, 6)
            elif v is not None and v != "":
                found = others.get(v) if t is not bool else None
                if found is None:
                    found = others[v] = _number_cell(v, scale, money=True)  # a project's figures are 亿元
                out[k] = found[0]
                if found[1]:
                    self.report(k, fld, v, found[1], found[2])
        return out

    def schedules(self, fld: str) -> list[tuple[str | None, str | None, str | None, str | None] | None]:
        if not self.has(fld):
            return [None] * self.n
        values = self.raw(fld)
        year = self.layout.year
        out = _memo(lambda v: _schedule_fields(v, year), values)
        for k, parsed in enumerate(out):
            if parsed[3]:
                self.report(k, fld, values[k], parsed[3])
        # "2024.10" typed into a number cell is stored as 2024.1: October read as January
        october = {v for v in set(values) if type(v) is float and 1900 < v < 2100 and round(v * 100) % 100 == 10}
        if october:
            for k, v in enumerate(values):
                if v in october and type(v) is float:
                    self.report(k, fld, plain_number(v), f"读作{int(v)}年1月；若是10月（{int(v)}.10），Excel 把它存成了数字"
                                f" {plain_number(v)}：请写成“{int(v)}年10月”或把单元格设为文本", "warning")
        return out

    def spans(self, fld: str) -> tuple[list, list]:
        """Start and completion from one 开竣工时间 column."""
        if not self.has(fld):
            return [None] * self.n, [None] * self.n
        values, year = self.raw(fld), self.layout.year
        out = _memo(lambda v: _span_fields(v, year), values)
        starts, ends = [], []
        for k, pair in enumerate(out):
            start, end = pair or (None, None)
            if start is not None and start[3]:
                self.report(k, fld, values[k], start[3])
            starts.append(start)
            ends.append(end)
        return starts, ends


def _projects(table: Table, sheet: Sheet, layout: Layout, rows: list[int], categories: list[str | None],
              row_zone: list[str | None]) -> None:
    """Key-project records, read a column at a time (the 50,000-row case)."""
    cols = _Columns(sheet, layout, rows)
    names = cols.text("name")
    if None in names:
        for k, name in enumerate(names):
            if not name:
                if any(norm(v) for v in cols.cells[k]):
                    cols.report(k, "name", "", "缺少项目名称", "warning")
                cols.dropped[k] = 1
    numbered = sum(1 for n in names if n and n[0] in "0123456789(（" and _ITEM_NUMBER.match(n))
    if numbered and numbered * 2 >= len(names) - names.count(None):
        # "1.重庆长滨", "（3）…" down the name column: the list's numbering, not the names (a lone
        # "1、2号楼改造" among plain names is a name)
        names = [_ITEM_NUMBER.sub("", n) or n if n else n for n in names]
    zone_texts = cols.text("zone")
    zone_of = {z: _zone_word(z) for z in set(zone_texts) if z}
    category_zone = {c: _zone_word(c) for c in set(categories) if c}
    category_nature = {c: _nature_word(c) for c in category_zone}
    category_area = {c: _area_word(c) for c in category_zone}
    spanning = {z: _spanning_zones(z) for z, w in zone_of.items() if w is None}
    for z, named in spanning.items():
        if named:  # "东部、中部": a project across zones is the whole district's, as the plan counts them
            zone_of[z] = "全区"
    zones = [zone_of[z] if z else rz for z, rz in zip(zone_texts, row_zone)]
    whole = _zone_word(sheet.name) or _zone_in_title(layout.title)  # a sheet per zone: "东部片区"
    if whole and None in zones:
        zones = [z or whole for z in zones]
    if None in zone_of.values():
        for k, zt in enumerate(zone_texts):
            if zt and zone_of[zt] is None:
                cols.report(k, "zone", zt, "区域应为 东部、中部、西部 或 全区", "warning")
    for k, zt in enumerate(zone_texts):
        if zt and spanning.get(zt):
            cols.report(k, "zone", zt, f"跨{'、'.join(spanning[zt])}，按全区导入", "info")
    natures = [NATURE_WORDS.get(n, n) if n else n for n in cols.text("nature")]  # 在建 is 续建, as in a date column
    asked = norm(layout.columns["nature"].header) if cols.has("nature") else ""
    if asked.startswith("是否"):  # "是否新开工": 是 says the nature, 否 says nothing
        word = NATURE_WORDS.get(asked[2:])
        natures = [word if verdict_of(n) == "met" else None for n in natures]
    levels = cols.text("level")
    asked = norm(layout.columns["level"].header) if cols.has("level") else ""
    if asked.startswith("是否"):  # "是否市级重点项目": 是 says the level; 否, the list's own if its title names it
        word = re.search(r"(市级|区级|省级|国家级)重点", asked).group()
        own = re.search(r"(市级|区级|县级)重点", norm(layout.title))
        otherwise = own.group() if own and own.group() != word else None
        levels = [word if verdict_of(v) == "met" else otherwise if verdict_of(v) == "not_met" else None
                  for v in levels]
    starts, completions = cols.schedules("start"), cols.schedules("completion")
    if cols.has("span"):  # "2024.03-2025.12" in one column: each end where its own column is missing or empty
        span_starts, span_ends = cols.spans("span")
        starts = [a or b for a, b in zip(starts, span_starts)]
        completions = [a or b for a, b in zip(completions, span_ends)]
    elif cols.has("construction_years") and not cols.has("start") and not cols.has("completion"):
        # 建设起止年限 "2024-2026" is the only schedule the table gives: read it as one, quietly
        # (it may be a duration, "3年", which says no dates and is no error)
        years = _memo(lambda v: _span_fields(v, layout.year), cols.raw("construction_years"))
        starts = [s if s and not s[3] else None for s, _ in (y or (None, None) for y in years)]
        completions = [e if s and not s[3] else None for s, e in (y or (None, None) for y in years)]
    marked = _marked_quarters(cols, layout)
    if marked:  # the planner's own 横道图 beside the table: its first and last marks, where no date is given
        starts = [s if s and s[0] else ((m[0], None, None, None) if m else s) for s, m in zip(starts, marked)]
        completions = [c if c and c[0] else ((m[-1], None, None, None) if m else c)
                       for c, m in zip(completions, marked)]
    nodes = _node_milestones(cols, layout)
    if nodes:  # a table of quarterly nodes: "开工建设" in a quarter is the start, "竣工验收" the completion
        said = sum(1 for s, (a, _) in zip(starts, nodes) if a and not (s and s[0]))
        said += sum(1 for c, (_, b) in zip(completions, nodes) if b and not (c and c[0]))
        starts = [s if s and s[0] else ((a, None, None, None) if a else s) for s, (a, _) in zip(starts, nodes)]
        completions = [c if c and c[0] else ((b, None, None, None) if b else c) for c, (_, b) in zip(completions, nodes)]
        if said:
            cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                             "开工、完工季度取自季度节点（写“开工”“竣工”的季度）", "info")))
    actual_starts, actual_completions = cols.schedules("actual_start"), cols.schedules("actual_completion")
    if None in natures:
        for k in range(cols.n):
            if not natures[k]:  # "续建" in a schedule column says what the project is
                for cell in (starts[k], completions[k]):
                    if cell is not None and cell[2]:
                        natures[k] = cell[2]
                        break
                else:  # or the category row above: "（一）续建项目"
                    natures[k] = category_nature.get(categories[k])
    classes = cols.text("project_class")
    class_of_category = {c: (c if category_zone[c] is None and category_nature[c] is None
                             and category_area[c] is None and _COUNT.sub("", norm(c)) not in _NO_ZONE else None)
                         for c in category_zone}
    areas = cols.text("area")
    if any(category_area.values()):  # "（一）解放碑—朝天门板块" under "一、东部片区": the projects' area
        areas = [a or (category_area[c] if c else None) for a, c in zip(areas, categories)]
    totals, annuals = cols.numbers("total_investment"), cols.numbers("annual_investment")
    before = cols.numbers("invested_before")
    _check_figures(cols, totals, annuals, starts, completions, before)
    none4 = (None, None, None, None)
    columns = zip(
        names, cols.text("code"), zones, areas, classes, categories, natures, levels,
        cols.text("content"), cols.text("construction_years"), totals, annuals, before, starts, completions,
        actual_starts, actual_completions, cols.text("owner"), cols.text("responsible_unit"), cols.text("leader"),
        cols.text("notes"))
    records: list[tuple[int, dict[str, Any]]] = []
    for k, (name, code, zone, area, cls, category, nature, level, content, years, total, annual, invested, start,
            completion, actual_start, actual_completion, owner, unit, leader, notes) in enumerate(columns):
        if cols.dropped[k] or cols.bad[k]:
            continue
        start, completion = start or none4, completion or none4
        records.append((k, {
            "code": code, "name": name, "zone": zone, "area": area,
            "class": cls or (class_of_category[category] if category else None),
            "nature": nature, "level": level, "content": content, "construction_years": years,
            "total_investment": total, "annual_investment": annual, "invested_before": invested,
            "start": start[0], "start_text": start[1], "completion": completion[0], "completion_text": completion[1],
            "actual_start": (actual_start or none4)[0], "actual_completion": (actual_completion or none4)[0],
            "owner": owner, "responsible_unit": unit, "leader": leader, "notes": notes,
        }))
    if cols.has("seq"):
        records = _package_parts_left_out(cols, records, [r + 1 for r in rows])
    quarter_cols = sorted(f for f in layout.columns if is_quarter_field(f))
    if quarter_cols:
        _quarter_values(cols, layout, quarter_cols, records)
    if any(f.startswith("month_") for f in layout.columns):
        _month_values(cols, layout, records)
    if layout.year and (quarter_cols or any(f.startswith("month_") for f in layout.columns)):
        _check_quarters_add_up(cols, layout.year, records)
    keys = [f"code:{r['code']}" if r["code"] else f"name:{norm(r['name']).lower()}" for _, r in records]
    if len(set(keys)) == len(keys):  # no duplicates: the usual case
        table.records.extend(r for _, r in records)
        table.rows.extend(rows[k] + 1 for k, _ in records)
        records = []
    seen: dict[str, int] = {}
    for (k, record), key in zip(records, keys):
        if key in seen:
            cols.report(k, "name", record["name"], f"与第{seen[key]}行重复，本行未导入")
            continue
        seen[key] = rows[k] + 1
        table.records.append(record)
        table.rows.append(rows[k] + 1)
    cols.problems.sort(key=lambda kp: kp[0])  # row by row, as the planner reads the table
    table.problems.extend(p for _, p in cols.problems)


def _check_quarters_add_up(cols: _Columns, year: int, records: list[tuple[int, dict[str, Any]]]) -> None:
    """A year's plan given quarter by quarter should add up to the year's figure: where all
    four quarters are planned and their sum is not the 年度计划投资, the row says so."""
    for k, rec in records:
        annual, quarters = rec["annual_investment"], rec.get("quarters") or {}
        planned = [(quarters.get(f"{year}Q{n}") or {}).get("planned") for n in range(1, 5)]
        if annual is None or None in planned:
            continue
        total = round(sum(planned), 6)
        if abs(total - annual) > max(0.005, 0.005 * annual):
            cols.report(k, "annual_investment", annual, f"四个季度的计划投资合计 {plain_number(total)} 亿元，与年度计划投资"
                        f" {plain_number(annual)} 亿元不一致；请核对", "warning")


# 亿元: more than the largest projects a city plans (a metro line is a few hundred); a figure above
# it was most likely typed in 万元 under a 亿元 heading
_LARGEST_PROJECT = 3000


_GROUP_COUNT = re.compile(r"[(（]\s*(共)?\d+\s*(个|项)(项目)?\s*[)）]$")  # "（16个）" after a heading


def _names_a_group(text: str) -> bool:
    """A zone, an area, a stage ("续建项目") or a heading counting its projects: not a project's name."""
    return bool(_zone_word(text) or _area_word(text) or _nature_word(text) or _GROUP_COUNT.search(text))


_PART_NUMBER = re.compile(r"(\d+)[.．\-—–](\d+)")


def _package_parts_left_out(cols: _Columns, records: list[tuple[int, dict[str, Any]]],
                            sheet_rows: list[int]) -> list[tuple[int, dict[str, Any]]]:
    """"1 城市更新打包项目" then "1.1 甲片区更新", "1.2 …": the parts of a package project, which
    the list counts once (as the plan's 65 projects do). The package is the project; its parts
    were imported beside it and its investment counted twice. Under a heading row numbered 1
    (no project), "1.1" is a project of its own."""
    raw = cols.raw("seq")
    if not any(type(v) is float and not v.is_integer() or type(v) is str and _PART_NUMBER.search(v) for v in raw):
        return records  # the usual list: 1, 2, 3 …
    seqs = [cell_text(v).strip() if v not in (None, "") else "" for v in raw]
    projects = {seqs[k]: (k, r) for k, r in records if seqs[k]}
    groups: set[int] = set()  # "1 | 东部片区（2个） | 300": a heading with its subtotal, over projects 1.1, 1.2
    kept = []
    for k, record in records:
        m = _PART_NUMBER.fullmatch(seqs[k])
        parent, above = projects.get(m.group(1), (None, None)) if m else (None, None)
        if parent is None or parent >= k:
            kept.append((k, record))
        elif _names_a_group(above["name"]):
            groups.add(parent)
            for fld, word in (("zone", _zone_word), ("area", _area_word), ("nature", _nature_word)):
                record[fld] = record[fld] or word(above["name"])
            kept.append((k, record))
        else:
            cols.report(k, "seq", seqs[k], f"是第{sheet_rows[parent]}行打包项目“{above['name']}”的子项目，"
                                           "按打包项目计入，未单独导入", "info")
    for k in groups:
        cols.report(k, "name", projects[seqs[k]][1]["name"], "分类小计行，未导入", "info")
    return [(k, r) for k, r in kept if k not in groups]


def _check_figures(cols: _Columns, totals: list, annuals: list, starts: list, completions: list,
                   before: list) -> None:
    """What no project can be: a year's investment above its total (万元 typed in a 亿元
    column, most often), more invested before the year than in all, a completion before its start."""
    for k, (total, annual) in enumerate(zip(totals, annuals)):
        if total is not None and annual is not None and annual > total > 0:
            cols.report(k, "annual_investment", annual, f"年度计划投资（{plain_number(annual)}亿元）大于总投资"
                        f"（{plain_number(total)}亿元）；请核对单位是亿元还是万元", "warning")
        elif total is not None and total > _LARGEST_PROJECT:
            cols.report(k, "total_investment", total, f"总投资 {plain_number(total)} 亿元，远超一般重点项目；"
                        "请核对单位是亿元还是万元", "warning")
    for k, (total, invested) in enumerate(zip(totals, before)):
        if total is not None and invested is not None and invested > total * 1.001 > 0:
            cols.report(k, "invested_before", invested, f"截至上年底累计完成投资（{plain_number(invested)}亿元）"
                        f"大于总投资（{plain_number(total)}亿元）；请核对", "warning")
    for k, (start, end) in enumerate(zip(starts, completions)):
        if start and end and start[0] and end[0] and end[0] < start[0]:
            cols.report(k, "completion", end[1] or end[0], f"完工（{end[0]}）早于开工（{start[0]}）")


def _marked_quarters(cols: _Columns, layout: Layout) -> list[list[str]] | None:
    """Each row's marked quarters ("2025Q1", …, in order) in the quarter columns of
    a hand-drawn 横道图. A column holding numbers is a figure per quarter, not marks."""
    columns = []
    for fld, col in layout.columns.items():
        year = col.year or layout.year
        if not fld.startswith("mark_q") or year is None:
            continue
        values = cols.raw(fld)
        if any(type(v) in (int, float) or (type(v) is str and re.fullmatch(r"[-\d.,%]+", norm(v))) for v in values):
            continue
        columns.append((Quarter(year, int(fld[6])), values))
    if not columns:
        return None
    columns.sort(key=lambda qv: qv[0])
    return [[str(q) for q, values in columns if values[k] not in (None, "") and norm(values[k])]
            for k in range(cols.n)]


# a quarter's node that is the start or the completion itself, not a step before it ("开工前准备")
_NODE_START = re.compile(r"^(?:实现|完成|正式|全面|计划|力争|新)?(?:开工|动工|进场施工)(?:建设)?$")
_NODE_END = re.compile(r"^(?:实现|完成|正式|全面|计划|力争|项目)?(?:竣工|完工|建成|投入使用|投用|交付使用)")


def _says(event: re.Pattern, goal: str) -> bool:
    """A quarter's goal names the event itself, or one of its steps does ("手续办理、开工建设")."""
    return any(event.match(step) for step in norm(goal).split("、"))


def _node_milestones(cols: _Columns, layout: Layout) -> list[tuple[str | None, str | None]] | None:
    """Each row's (start, completion) quarter as its quarterly nodes say them, in
    order: the first quarter whose node is "开工" and the first whose node is
    "竣工验收"/"建成投用"."""
    goals = sorted((Quarter(col.year or layout.year, int(f[1])), f) for f, col in layout.columns.items()
                   if f.endswith("_goal") and (col.year or layout.year))
    if not goals:
        return None
    texts = [(q, cols.text(f)) for q, f in goals]
    found = []
    for k in range(cols.n):
        start = next((str(q) for q, t in texts if t[k] and _says(_NODE_START, t[k])), None)
        end = next((str(q) for q, t in texts if t[k] and _says(_NODE_END, t[k])), None)
        found.append((start, end if end and (start is None or end >= start) else None))
    return found if any(a or b for a, b in found) else None


def _month_values(cols: _Columns, layout: Layout, records: list[tuple[int, dict[str, Any]]]) -> None:
    """A figure per month (1月 … 12月 under 分月投资计划) summed into its quarter, where the
    table gives no column for the quarter itself."""
    if layout.year is None:
        return
    sums: dict[str, list[float | None]] = {}
    for fld in sorted(f for f in layout.columns if f.startswith("month_")):
        month, what = int(fld[6:8]), fld[9:]
        key = f"q{(month - 1) // 3 + 1}_{what}"
        if key in layout.columns:
            continue  # the quarter's own column says it
        values = cols.numbers(fld)
        total = sums.setdefault(key, [None] * cols.n)
        for k, v in enumerate(values):
            if v is not None:
                total[k] = round((total[k] or 0) + v, 6)
    for k, rec in records:
        quarters = rec.setdefault("quarters", {})
        for key, total in sums.items():
            if total[k] is not None:
                q = quarters.setdefault(f"{layout.year}Q{key[1]}", {"planned": None, "actual": None, "progress": None})
                q[key[3:]] = total[k]


def _quarter_values(cols: _Columns, layout: Layout, fields: list[str],
                    records: list[tuple[int, dict[str, Any]]]) -> None:
    """Each record's ``quarters``: {"2024Q1": {"planned", "actual", "progress"[, "goal"]}}
    from the quarter columns (亿元; the column's own year, else the table's).
    A running total ("1-6月完成投资") comes as ``to_date`` of its last quarter:
    the quarter's own figure needs the earlier quarters, which the store has."""
    values = {}
    for f in fields:
        values[f] = cols.text(f) if f.endswith(("_progress", "_goal")) else cols.numbers(f)
        if f.endswith(("_progress", "_goal")):  # "—" in a quarter with nothing planned says nothing
            values[f] = [None if v is not None and v in _NO_DATE else v for v in values[f]]
    for k, rec in records:
        quarters: dict[str, dict[str, Any]] = {}
        for f in fields:
            v = values[f][k]
            if v is None:
                continue
            year = layout.columns[f].year or layout.year
            if year is None:
                continue
            key = f"{year}Q{f[1]}"
            quarters.setdefault(key, {"planned": None, "actual": None, "progress": None})[f[3:]] = v
        rec["quarters"] = quarters
    if layout.year is None and not any(c.year for f, c in layout.columns.items() if f in fields):
        cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                         "季度列没有年度，未导入季度投资；请指定年度", "warning")))


def _section_number(text: str | None) -> int | None:
    if not text:
        return None
    m = re.match(r"^(?:[(（]?([一二三四五六七八九十]+)[)）、.]|第([一二三四五六七八九十]+)(?:部分|章|篇|节))", norm(text))
    if not m:
        return None
    s = m.group(1) or m.group(2)  # "（三）", "三、", "第三部分"
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_NUM[s[1]]
    if s.endswith("十"):
        return _CN_NUM[s[0]] * 10
    return _CN_NUM[s[0]] if len(s) == 1 else None


_LEADING_DATE = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|[一二三四]季度|第[一二三四1-4]季度|上半年|下半年|"
                           r"年底|年中|全年)")
_STEP_DONE = re.compile(r"(完成|实现|达到|建成|开工).*$")


def _final_deadline(v: Any, year: int | None) -> tuple[str, str] | None:
    """A deadline cell that is not one date but reads as one: stages ("6月、12月",
    "上半年完成50个、全年完成100个": the last), or a date before an event ("2024年9月开学前": the
    date). (quarter, the words read) or None when the cell is a plain date or no date at all."""
    if type(v) is not str or not v.strip():
        return None
    try:
        parse_schedule_cell(v, year)
        return None  # a date as it is: read the usual way
    except QuarterParseError:
        pass
    clauses = [c for c in re.split(r"[、，,;；]", norm(v)) if c]
    for clause in reversed(clauses):
        for said in (clause, _STEP_DONE.sub("", clause), (_LEADING_DATE.match(clause) or [""])[0]):
            if not said:
                continue
            try:
                cell = parse_schedule_cell(said, year)
            except QuarterParseError:
                continue
            if cell.quarter:
                return str(cell.quarter), said
    return None


def _with_unit(text: str, unit: str | None) -> str:
    """"50以上" with 万平方米 → "50万平方米以上"; a figure that says its unit stays as it is."""
    m = None
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        pass
    if m is None or not unit or text[m.end():].startswith(unit):
        return text
    return f"{text[:m.end()]}{unit}{text[m.end():]}"


def _measure(row: _Row, category: str | None) -> dict[str, Any] | list[dict[str, Any]] | None:
    raw = row.raw("target")
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()] if type(raw) is str and "\n" in raw else []
    if len(lines) > 1 and all(_ITEM_NUMBER.match(_nfkc(ln)) for ln in lines):
        raw = "；".join(lines)  # "（1）…⏎（2）…": a list in the cell, one target a line, not one wrapped line
    text = _clean(raw)
    if text and _ITEM_NUMBER.match(text):  # "1.新培育高新技术企业20家": the list's numbering
        text = _ITEM_NUMBER.sub("", text) or text
    if not text:
        return None
    pieces = [_ITEM_NUMBER.sub("", p) or p for p in split_targets(text)]  # "…；2.引进项目100个"
    if len(pieces) > 1 and not any(row.has(f) for f in ("value", "op", "subject", "actual", "unit")):
        # "全年引进项目100个以上，到位资金200亿元": a target each, as the plan's own text gives them
        # (not where the table gives one figure for the row: its own columns, or one 完成情况)
        records = []
        for piece in pieces:
            record = _measure_target(row, category, piece)
            if record is None:
                return None  # said once, on the row
            records.append(record)
        return records
    return _measure_target(row, category, text)


def _measure_target(row: _Row, category: str | None, text: str) -> dict[str, Any] | None:
    target = _target(row, "target", text)
    if target is None:
        return None
    section = _clean(row.raw("section")) or category
    quarter = None
    if row.has("quarter") and _ONGOING.match(norm(row.raw("quarter"))):
        pass  # "长期坚持", "每季度": no one deadline; the target is the year's (due at its end)
    elif row.has("quarter") and row.raw("quarter") not in (None, ""):
        staged = _final_deadline(row.raw("quarter"), row.layout.year)
        if staged is not None:  # "6月、12月", "上半年完成50个、全年完成100个": due by the last
            quarter, said = staged
            row.problem("quarter", row.raw("quarter"), f"完成时限按“{said}”记入", "info")
        else:
            cell = row.schedule("quarter")
            quarter = str(cell.quarter) if cell and cell.quarter else None
    elif not row.has("quarter") and row.layout.year:  # due by the last quarter the schedule gives it a step
        planned = [n for n in range(1, 5) if row.has(f"node_q{n}") and _clean(row.raw(f"node_q{n}"))]
        planned += [(m + 2) // 3 for m in range(1, 13)
                    if row.has(f"node_m{m:02d}") and _clean(row.raw(f"node_m{m:02d}"))]
        quarter = f"{row.layout.year}Q{max(planned)}" if planned else None
    measure = _clean(row.raw("measure"))
    if measure and _ITEM_NUMBER.match(measure):  # "1.培育市场主体": the list's numbering
        measure = _ITEM_NUMBER.sub("", measure) or measure
    if not measure:
        row.problem("measure", "", "缺少举措名称")
        return None
    # explicit columns (our own export has them) win over what the wording gives
    value = row.number("value") if row.has("value") and row.raw("value") not in (None, "") else target.value
    op = target.op
    if row.has("op") and norm(row.raw("op")):
        op = OP_FROM_WORD.get(norm(row.raw("op")))
        if op is None:
            row.problem("op", row.raw("op"), f"方式应为：{'、'.join(OP_WORDS.values())}")
            return None
    unit = _clean(row.raw("unit")) or target.unit
    actual, actual_text = _value_with_text(row, "actual", unit)
    subject = _clean(row.raw("subject")) or target.subject
    said = target.text
    if subject and not row.has("value") and not re.search(r"[\u4e00-\u9fff]{2}", norm(said).replace("以上", "")
                                                           .replace("左右", "").replace("以内", "")):
        # 量化指标 | 单位 | 目标 as "新增市场主体 | 万户 | 1.2": the target as the plan would write it
        said = f"{subject}{_with_unit(said, unit)}"
    return {
        "section": section, "section_number": _section_number(section), "measure": measure,
        "text": said, "subject": subject, "op": op,
        "value": value, "unit": unit, "quarter": quarter,
        "responsible_unit": _clean(row.raw("responsible_unit")),
        "actual": actual, "actual_text": actual_text, "status": _clean(row.raw("status")),
    }
