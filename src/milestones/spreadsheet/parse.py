"""From a located table to records: every cell read as the planner meant it.

This module finds the data rows (past headings, totals, a header repeated on each page, notes)
and hands them to the reader of the table's kind (:mod:`.indicators`, :mod:`.measures`,
:mod:`.key_projects`). Nothing here touches the database.
"""
from __future__ import annotations

import copy
import re
from operator import itemgetter
from typing import Any

from ..domain.numerals import chinese_numeral
from .broken_lines import INDICATOR_GROUP, TASK_LINE_SAID, WRAPPED_LINE_SAID, BrokenLines
from .cells import NUMBER_CELL, clean, norm, text_of
from .column_rules import marks_alike, noted_on
from .date_order import day_month_order
from .detect import detect_layout
from .indicators import growth_below, read_indicator
from .key_projects import read_projects
from .layout import CATEGORY_NUMBERING, CONTINUED, NEEDED, Layout, LayoutError, category_text, is_note_row
from .measures import SECTION_NUMBER, outline, read_measure, say_task_lines, tasks_on_their_own_rows
from .project_sheet import (monthly_nodes, plan_and_actual_rows, quarter_figures, quarter_steps, shaded_chart,
                            zone_column_by_its_values)
from .grid import Sheet, cell_text, column_letter
from .quarter_rows import quarter_rows
from .table import Problem, Row, Table
from .zones import (
    area_word, heading_and_lead, heading_name, names_a_group, nature_word, says_a_group, unit_word, zone_word,
)

__all__ = ["continued_table", "parse_sheet", "parse_tables"]


def parse_tables(sheet: Sheet, kind: str | None = None, year: int | None = None,
                 file_name: str | None = None, marks: tuple[dict, dict] | None = None) -> list[Table]:
    """The tables ``sheet`` holds: one, or two where one table is both attachments,
    "2023年完成情况及2024年目标" (2023年目标 | 2023年完成 | 2024年目标): the year's results
    and the next year's targets, each read as its own table (unless the planner chose a
    kind or a year). ``file_name`` gives the year where the table names none; ``marks``, what
    ★ and ▲ mean where a later page's note says it (binding, level)."""
    try:
        layout = detect_layout(sheet, kind, year, file_name)
    except LayoutError as exc:
        t = Table(sheet.name, kind, year, no_table=True)
        t.problems.append(Problem(sheet.name, None, None, "", str(exc)))
        return [t]
    if marks is not None:
        if layout.kind.startswith("indicator") and not layout.binding_marks:
            layout.binding_marks = marks[0]
            layout.notes += [f"按表注（在后面的页上），名称带“{m}”的为{'约束性' if b else '预期性'}指标"
                             for m, b in marks_alike(marks[0])]
        if layout.kind == "key_projects" and not layout.name_marks:
            layout.name_marks = marks[1]
            layout.notes += [f"按表注（在后面的页上），名称带“{m}”的为{said}项目" for m, said in marks_alike(marks[1])]
    both = _results_and_next_targets(layout) if kind is None and year is None else None
    if both is None:
        return [parse_sheet(sheet, kind, year, layout)]
    done = both - 1
    tables = [parse_sheet(sheet, "indicator_results", done, detect_layout(sheet, "indicator_results", done)),
              parse_sheet(sheet, "indicator_targets", both, detect_layout(sheet, "indicator_targets", both))]
    for t, other in zip(tables, (both, done)):
        # each table's columns of the other year are the other table's: not "not imported, choose that year"
        t.problems = [p for p in t.problems if f"是{other}年的，本表按{t.year}年导入" not in p.message]
        t.problems.insert(0, Problem(sheet.name, None, None, "", BOTH_SAID.format(done=done, next=both), "info"))
    return tables


BOTH_SAID = "本表是{done}年的完成情况和{next}年的目标：分为两表导入"


def _header_row(layout: Layout) -> int | None:
    """The header's last row as the planner counts rows; none on a page going on a table above."""
    return layout.header_rows[-1] + 1 if layout.header_rows else None


CONTINUED_SAID = "本页没有表头，序号接着工作表“{sheet}”的表格（如 PDF 转成的 Excel，每页一个工作表），按它的表头读取"


REPEATED_SAID = "本页表头与工作表“{sheet}”的相同、没有标题，序号接续：是同一张表的下一页，年度和分类按它读取"


def continued_table(sheet: Sheet, before: Sheet, table: Table) -> Table | None:
    """``sheet`` read as the next page of ``table`` (on ``before``) when it goes on with it, else None
    (and the sheet untouched, to be read on its own). A PDF turned into a workbook a page a sheet (WPS's
    PDF转Excel) has the title on the first page only, and the header there or on every page: a page with
    no header was left out as "no table", and one with the header again had no year (an error) and its
    first rows lost the heading the page before ended under. A page goes on when its first 序号 follows
    the last of the table, and it has no header (and no cell beyond the table's columns) or the table's
    header again with no title above it."""
    layout = table.layout
    if layout is None or "seq" not in layout.columns or table.no_table or not table.rows:
        return None
    if zone_word(sheet.name) or area_word(sheet.name):
        return None  # a sheet per zone or area, numbered on from the one before: a table of its own
    seq = layout.columns["seq"].index
    last = next((n for r in reversed(table.rows) if (n := _whole(before.cell(r - 1, seq))) is not None), None)
    if last is None or all(_whole(sheet.cell(r, seq)) != last + 1 for r in range(min(sheet.height, 15))):
        return None  # a quick look first: most sheets after a table are tables of their own
    merged = sheet.merged  # a header's merges put back on a sheet with none: not where there is no header
    try:
        mine = detect_layout(sheet)
    except LayoutError:
        mine = None
    sheet.merged = merged
    # no header, or a data row taken for one ("3 | 重庆长滨3号 | 市级重点项目 …")
    headerless = mine is None or NEEDED[mine.kind] not in mine.columns \
        or any(_whole(sheet.cell(r, seq)) is not None for r in mine.header_rows)
    if headerless:
        width = max(c.index for c in [*layout.columns.values(), *layout.extra_columns]) + 1
        if any(len(row) > width and any(v not in (None, "") for v in row[width:]) for row in sheet.rows):
            return None
        go = copy.deepcopy(layout)
        go.header_rows, go.data_start, go.notes = [], 0, []
        noted_on(sheet, go)
    else:
        if mine.title is not None or mine.annex is not None:
            return None
        try:  # read as the table's kind: with no title, a page's kind is a guess (目标值 | 完成值 as a 附件2's)
            mine = detect_layout(sheet, table.kind)
        except LayoutError:
            mine = None
        if mine is None or not _headings(mine).items() <= _headings(layout).items():
            sheet.merged = merged
            return None
        go = mine
        go.year = go.year or layout.year
        go.title, go.annex, go.reported = layout.title, layout.annex, layout.reported
        go.binding_marks = go.binding_marks or layout.binding_marks  # the first page's 注 (or this one's)
        go.name_marks = go.name_marks or layout.name_marks
        by_index = {c.index: c for c in layout.columns.values()}
        for col in go.columns.values():
            earlier = by_index[col.index]  # the same heading
            if col.unit is None and earlier.unit is not None:
                # "单位：万元" above the first page's header only: this page's figures are in it too
                col.unit, col.scale = earlier.unit, earlier.scale
                go.notes.append(f"第{column_letter(col.index)}列“{col.header}”按工作表“{table.sheet}”的单位"
                                f"“{earlier.unit}”读取")
    first = next((n for r in range(go.data_start, min(sheet.height, go.data_start + 10))
                  if (n := _whole(sheet.cell(r, seq))) is not None), None)
    if first != last + 1:
        sheet.merged = merged
        return None
    go.carried = layout.ended
    t = parse_sheet(sheet, layout=go)
    said = CONTINUED_SAID if headerless else REPEATED_SAID
    t.problems.insert(0, Problem(sheet.name, None, None, "", said.format(sheet=table.sheet),
                                 "warning" if headerless else "info"))
    return t


def _headings(layout: Layout) -> dict[int, str]:
    """Each column's heading as read. The fields may differ, and a table read may have more: 片区 holding
    东部 is read as the zone, and 板块 beside it then as the area."""
    return {c.index: norm(c.header) for c in layout.columns.values()}


def _whole(v: Any) -> int | None:
    """A 序号: 6, 6.0 or "6"."""
    if type(v) is str and v.strip().isdigit():
        return int(v.strip())
    if type(v) in (int, float) and float(v).is_integer():
        return int(v)
    return None


def _results_and_next_targets(layout: Layout) -> int | None:
    """The later year when an indicator table holds a year's target and actual and the next
    year's target, and its title names both (…完成情况及…目标); else None."""
    title = norm(layout.title)
    if not layout.kind.startswith("indicator"):
        return None
    cols = [*layout.columns.values(), *layout.extra_columns]
    # ("…计划执行情况与2025年计划草案…", as the report itself is titled, says both too)
    both = re.search("完成情况|执行情况", title) and re.search("目标|预期|建议|草案", title)
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


_KIND_WORDS = {"indicator_results": "指标完成情况表（附件1）", "indicator_targets": "指标目标表（附件2）",
               "key_projects": "重点项目表", "measures": "举措与目标表"}


def _kind_hint(sheet: Sheet, kind: str | None, year: int | None) -> str:
    """Where the table kind was given and its columns are not there: the kind the headings say, if another
    (a key-project list imported as 附件1 said only "找不到“名称”列")."""
    if kind is None:
        return ""
    try:
        own = detect_layout(sheet, None, year)
    except LayoutError:
        return ""
    if own.kind == kind or NEEDED[own.kind] not in own.columns:
        return ""
    return f"：按表头这是{_KIND_WORDS[own.kind]}，不是所选的{_KIND_WORDS[kind]}，请改选表格类型（或不指定，自动识别）"


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
    day_month_order(sheet, layout)
    if layout.kind == "key_projects":
        zone_column_by_its_values(sheet, layout)
        quarter_rows(sheet, layout)
        shaded_chart(sheet, layout)
        monthly_nodes(sheet, layout)
        plan_and_actual_rows(sheet, layout)
        quarter_figures(sheet, layout)
        quarter_steps(sheet, layout)
    if layout.kind == "measures":
        quarter_rows(sheet, layout)
    shared_targets = _fill_merged_down(sheet, layout)
    if layout.kind == "measures" and ("target" in layout.columns) != ("measure" in layout.columns):
        outline(sheet, layout)  # one column of tasks: measures and targets both
    table = Table(sheet.name, layout.kind, layout.year, layout.title, layout.annex, layout=layout,
                  stated=list(sheet.stated), plan_facts=dict(sheet.plan_facts))
    # a sheet the reader made (a report's measures) says what it read; the layout's notes would be of its own columns
    for note in sheet.notes or layout.notes:
        table.problems.append(Problem(sheet.name, _header_row(layout), None, "", note, "info"))
    for r, c, found, message in sheet.warnings:
        if r >= layout.data_start:
            table.problems.append(Problem(sheet.name, r + 1, column_letter(c), found, message, "warning"))
    needed = NEEDED[layout.kind]
    if layout.title and _UNITS_SUMMARY.search(norm(layout.title)):
        # 各单位进展 as exported ("2024年四季度各单位目标任务和重点项目进展情况"): a row per unit of counts, which
        # was read as a task list of no rows ("表中没有数据行", an error)
        table.no_table = True
        table.problems = [Problem(sheet.name, _header_row(layout), None, layout.title,
                                  "这是各单位进展的统计表，不是逐项列出的表，未导入")]
        return table
    if layout.count_column is not None and layout.kind != "measures":
        # "项目类别 | 项目数量 | 年度计划投资 | 完成投资": projects counted by class, not listed — its rows
        # would be read as indicators named "产业高地项目", or projects named "东部"
        table.no_table = True
        count = layout.count_column
        table.problems = [Problem(sheet.name, _header_row(layout), column_letter(count.index), count.header,
                                  f"第{column_letter(count.index)}列“{count.header}”是项目个数：这是汇总表，"
                                  "不是逐项列出的表，未导入")]
        return table
    if needed not in layout.columns:
        # a sheet of totals by zone beside the list ("片区 | 总投资"): said and left when another sheet is the table
        table.no_table = True
        table.problems = [Problem(sheet.name, _header_row(layout), None, "",
                                  f"找不到“{ {'name': '名称', 'target': '目标'}[needed] }”列" + _kind_hint(sheet, kind, year))]
        return table
    if layout.kind.startswith("indicator") and not any(
            f in layout.columns for f in ("target", "actual", "previous_actual", "growth", "status", "binding")) \
            and not any(f.startswith("period_m") for f in layout.columns):
        # "指标 | 单位 | 全市 | 渝中区 | 江北区": no column says what the figures are; only names would be imported
        table.problems.append(Problem(sheet.name, _header_row(layout), None, "",
                                      "表中没有目标、完成值或属性列，只能导入指标名称；请核对表头", "warning"))
    if layout.kind.startswith("indicator") and layout.year is None:
        table.problems.append(Problem(sheet.name, None, None, layout.title or "",
                                      "无法从标题或表头确定年度；请指定年度"))
    name_index = layout.columns[needed].index
    table.name_column = column_letter(name_index)
    left_out: list[tuple[int, str, str, int | None]] = []
    heading_zones: list[str | None] | None = [] if layout.kind == "key_projects" else None
    heading_natures: list[str | None] = []
    heading_units: list[str | None] = []
    heading_parts: list[str | None] = []
    rows, categories = _data_rows(sheet, layout, name_index, left_out, heading_zones, heading_natures, heading_units,
                                  heading_parts)
    if layout.kind == "measures":
        categories = tasks_on_their_own_rows(sheet, layout, rows, categories)
    _ditto(sheet, layout, rows, name_index, table)
    _fill_blanks_down(sheet, layout, rows, categories, name_index, table, shared_targets)
    if _only_figures(sheet, rows, name_index):
        # "片区 | 项目个数 | 总投资" beside the list: a summary of counts, whose figures would be read as names
        t = Table(sheet.name, layout.kind, layout.year, layout.title, layout.annex, no_table=True)
        t.problems.append(Problem(sheet.name, _header_row(layout), column_letter(name_index), "",
                                  f"第{column_letter(name_index)}列“{layout.columns[needed].header}”只有数字，"
                                  "不是名称：这不是逐项列出的表（如汇总表）"))
        return t
    for r, text, why, at in left_out:  # a hidden row may be a project taken out, or one filtered away: a warning
        where = column_letter(name_index if at is None else at)
        table.problems.append(Problem(sheet.name, r + 1, where, text_of(text), why,
                                      "warning" if why in _WARNED else "info"))
    if layout.kind == "key_projects":
        read_projects(table, sheet, layout, rows, categories, heading_zones or [], heading_natures, heading_units)
    else:
        reader = {"indicator_results": read_indicator, "indicator_targets": read_indicator, "measures": read_measure}[layout.kind]
        seen: dict[str, int] = {}
        first: dict[str, dict[str, Any]] = {}
        index = {fld: col.index for fld, col in layout.columns.items()}
        above: tuple[str | None, str] | None = None  # the indicator on the row above, with its category
        for r, category, unit, part in zip(rows, categories, heading_units, heading_parts):
            row = Row(table, sheet, layout, r, index)
            got = reader(row, category)
            if got is None or not row.ok:
                if not row.ok:
                    row.say_error_values()  # the row's other broken formulas, said now rather than on the next try
                continue
            if part is not None and layout.kind == "measures":  # the heading over the task's section
                for record in (got if isinstance(got, list) else [got]):
                    record["part"] = part
            if unit is not None:  # "区发展改革委（2项）" above: the unit of the tasks under it that name none
                for record in (got if isinstance(got, list) else [got]):
                    if "responsible_unit" in record and not record["responsible_unit"]:
                        record["responsible_unit"] = unit
            if layout.kind.startswith("indicator"):
                above = growth_below(row, got, category, above)
            for record in (got if isinstance(got, list) else [got]):  # a cell of several targets gives several
                key = _dedupe_key(layout.kind, record)
                if key in seen and shared_targets.get(r) == seen[key] - 1:
                    _share_target(row, first[key], record, seen[key])
                    continue
                if key in seen:
                    row.problem(needed, record.get("name") or record.get("text"),
                                f"与第{seen[key]}行重复，本行未导入")
                    continue
                seen[key], first[key] = r + 1, record
                table.records.append(record)
                table.rows.append(r + 1)
    if layout.kind == "measures":
        say_task_lines(table, sheet, layout)
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
# over its projects, a measure over its targets, and the units and the deadline its targets share.
# Figures are not filled (a merged 总投资 is the group's total, not each row's).
_FILLED_DOWN = {"zone", "area", "project_class", "nature", "level", "responsible_unit", "owner", "leader", "contact",
                "location", "section", "measure", "category", "binding", "unit", "construction_years", "partner_units",
                "quarter", "item"}


def _fill_merged_down(sheet: Sheet, layout: Layout) -> dict[int, int]:
    """A cell merged down over data rows holds its value in its first row only
    (as every reader gives it): the rows below it get the value too. In a task list a target
    merged down over the rows of several units is one target they share: its rows below are
    returned, each with the row it shares the target with (the second unit had been lost)."""
    columns = {col.index for fld, col in layout.columns.items() if fld in _FILLED_DOWN}
    target = layout.columns.get("target") if layout.kind == "measures" else None
    shared: dict[int, int] = {}
    if target is not None:
        columns.add(target.index)
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
                if target is not None and c0 == target.index:
                    shared[r] = r0
    return shared


_HIDDEN_ROW_SAID = "隐藏行，未导入（要导入请先在表格中取消隐藏）"
STRUCK_ROW_SAID = "名称有删除线（已划去），未导入（要导入请先去掉删除线）"
STRUCK_TARGET_SAID = "目标有删除线（已划去），未导入（要导入请先去掉删除线）"  # a task list's row is its target
_WARNED = (_HIDDEN_ROW_SAID, STRUCK_ROW_SAID, STRUCK_TARGET_SAID, WRAPPED_LINE_SAID, TASK_LINE_SAID)  # rows left out or joined: the planner checks them
# a sum over other rows, not a record: "合计", "东部片区小计（16个）", "其中：新开工项目"
_UNITS_SUMMARY = re.compile(r"各单位目标任务和重点项目进展情况$")  # unit_report's own title, not a task list's
# the name cell of a total row counting what it sums: "3个", "共16个项目", "（16项）"
_COUNT_CELL = re.compile(r"^[(（]?(共|计|合计)?\d+(个|项)(项目)?[)）]?$")
_TOTAL_ROW = re.compile(r"^(其中[:：].*|.{0,12}(合计|总计|小计|共计)([(（][^()（）]*[)）])?)$")


_PAGE_NUMBER = re.compile(r"[-—–―－~·]*\s*\d{1,4}\s*[-—–―－~·]*|第\s*\d{1,4}\s*页([,，\s]*共\s*\d{1,4}\s*页)?|"
                          r"\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(\s*of\s*\d{1,4})?", re.I)
_COLUMN_NUMBERS_SAID = "栏次行（各列的编号），未导入"
_COLUMN_LABELS = {"甲", "乙", "丙", "丁", "A", "B", "C", "D"}


# The columns that group rows, and the units and leaders answering for them, whose blanks in a CSV
# are a merge it could not keep ("东部" over its projects, "经济发展" over its indicators, a task over
# its targets, "区发展改革委" over the targets it leads, the deadline they share)
_GROUPING = ("zone", "area", "project_class", "nature", "level", "category", "section", "item", "measure",
             "responsible_unit", "leader", "partner_units", "quarter")


_SHARED = ("quarter", "partner_units")  # filled down over a task's targets only
_TASKS_OWN = ("responsible_unit", "leader", "partner_units", "quarter")  # the same in a workbook with no merges


def _blank(cells: list, c: int) -> bool:
    v = cells[c] if c < len(cells) else None
    return v is None or type(v) is str and not v.strip()


_DITTO = frozenset({"同上", "〃", "同前", "同上。"})  # "the same as the row above", typed instead of copying it
# the columns "同上" is typed in: what many rows share (never a name, a figure or a remark)
_DITTO_FIELDS = frozenset({"zone", "area", "project_class", "class", "nature", "level", "responsible_unit", "owner",
                           "leader", "contact", "partner_units", "start", "completion", "span", "construction_years",
                           "actual_start", "actual_completion", "location", "quarter", "unit", "category", "section",
                           "binding"})


def _ditto(sheet: Sheet, layout: Layout, rows: list[int], name_index: int, table: Table) -> None:
    """"同上" in a cell is the value of the record row above it in that column (a unit, a start, a zone): it was
    read as itself ("区域应为 东部、中部…", "应为季度或日期") and the row refused. Said in one line."""
    looked = sorted({col.index for f, col in layout.columns.items()
                     if (f in _DITTO_FIELDS or f.startswith("milestone")) and col.index != name_index})
    lines = list(map(sheet.rows.__getitem__, rows))
    if not looked or not lines:
        return
    # only those columns, looked at in C (most rows have none): 50,000 rows in some 10–20 ms; a reader that leaves
    # rows short (not squared) is looked at cell by cell
    if len(looked) > 1 and min(map(len, lines)) > looked[-1]:
        cells_of = itemgetter(*looked)
    else:
        def cells_of(line):
            return [line[c] for c in looked if c < len(line)]
    clear = list(map(_DITTO.isdisjoint, map(cells_of, lines)))
    if all(clear):
        return
    said: dict[int, list[int]] = {}
    for k in (k for k, none in enumerate(clear) if not none):
        cells, r = lines[k], rows[k]
        for c in looked:
            if c >= len(cells) or cells[c] not in _DITTO:
                continue
            up = lines[k - 1] if k else None  # the record row above (its own 同上 already taken)
            value = up[c] if up is not None and c < len(up) else None
            if value in (None, "") or value in _DITTO:
                table.problems.append(Problem(sheet.name, r + 1, column_letter(c), cells[c],
                                              "写的是“同上”，但上一行这一列没有填写：未按上一行填入"))
                continue
            cells[c] = value
            said.setdefault(c, []).append(r)
    if said:
        first = min(min(filled) for filled in said.values())
        letters = "、".join(column_letter(c) for c in sorted(said))
        table.problems.append(Problem(sheet.name, first + 1, column_letter(min(said)), "同上",
                                      f"有{sum(map(len, said.values()))}处“同上”（第{letters}列），按上一行的值填入",
                                      "info"))


def _fill_blanks_down(sheet: Sheet, layout: Layout, rows: list[int], categories: list[str | None],
                      name_index: int, table: Table, shared_targets: dict[int, int]) -> None:
    """A blank under a filled cell of a grouping column, within one category, is the value above: a
    CSV saves a merge that way. A task's blank name in any file is its task above (else the row would
    be refused): said as a guess there, since the cells were not merged."""
    task = layout.columns.get("measure") if layout.kind == "measures" and not layout.derived_measure else None
    # in a workbook typed without merges, a task's next targets (序号 and task left blank) share its
    # unit, leader and deadline as they would under merged cells; elsewhere its rows are read as typed
    shared_fields = _SHARED if sheet.plain else _TASKS_OWN if task is not None else ()
    # (a task's project likewise: "老旧小区改造" over its two tasks, the second's cell left blank)
    fields = _GROUPING if sheet.plain else ("item", "measure", *shared_fields) if layout.kind == "measures" else ()
    columns = sorted((layout.columns[f].index, f) for f in fields
                     if f in layout.columns and layout.columns[f].index != name_index
                     and not (f == "measure" and layout.derived_measure))  # no column of the sheet's: no blanks
    # a task's next targets, its cell blank: the rows a deadline or 配合单位 over a task's targets reaches
    # (a task of its own with none has none)
    under_a_task = {r for r in rows if _blank(sheet.rows[r], task.index)} if task is not None else set()
    if under_a_task:
        _target_over_units(sheet, layout, rows, under_a_task, shared_targets)
    for at, (c, fld) in enumerate(columns):
        col, above, group, filled = layout.columns[fld], None, None, []
        shared = fld in shared_fields
        # the groups this one is inside: "东部" | "化龙桥片区"; a deadline a task's targets share is none
        # (a target's own unit is one: the 配合单位 of the unit above is not its)
        left = [i for i, f in columns[:at] if f not in _SHARED]
        for r, category in zip(rows, categories):
            cells = sheet.rows[r]
            outer = (category, *(cells[i] if i < len(cells) else None for i in left))
            if outer != group or shared and r not in under_a_task:
                above, group = None, outer  # a category row, or a new value to the left, ends the merge
            v = cells[c] if c < len(cells) else None
            if not _blank(cells, c):
                above = v
            elif above is not None and c < len(cells):
                cells[c] = above
                filled.append(r)
        if filled:
            letter = column_letter(c)
            why = "CSV 文件不保存合并单元格" if sheet.plain else "该列没有合并单元格，请核对"
            table.problems.append(Problem(
                sheet.name, filled[0] + 1, letter, "",
                f"第{letter}列“{col.header}”有{len(filled)}个空白单元格，按上方的值填写（{why}）",
                "info" if sheet.plain else "warning"))


def _target_over_units(sheet: Sheet, layout: Layout, rows: list[int], under_a_task: set[int],
                       shared_targets: dict[int, int]) -> None:
    """A target merged down over the rows of two units, saved with no merges (a CSV, a workbook typed
    so): the target on the first row, a blank beside the second unit. That row shares the target
    above (it was left out without a word)."""
    target, unit = layout.columns.get("target"), layout.columns.get("responsible_unit")
    if target is None or unit is None:
        return
    said = layout.columns.get("measure_text")  # "具体举措": a line of work of the row's own
    above = None  # the row the target above was first written on
    for r in rows:
        cells = sheet.rows[r]
        if not _blank(cells, target.index):
            above = r
        elif r not in under_a_task:
            above = None  # a task of its own with no target
        elif said is not None and above is not None and not sheet.plain and not _blank(cells, said.index) \
                and cells[said.index] != sheet.rows[above][said.index]:
            # a 举措 of its own with no figure to count, in a workbook (which keeps its merges): a target in words
            # (measures._task_line). A CSV keeps none: there the blank is the merge it lost, as it reads above
            continue
        elif above is not None and not _blank(cells, unit.index) and target.index < len(cells):
            cells[target.index] = sheet.rows[above][target.index]
            shared_targets[r] = shared_targets.get(above, above)


def _column_numbers(cells: list) -> bool:
    """The row under a header numbering its columns, as statistical forms do: "1 | 2 | 3 …" or
    "甲 | 乙 | 1 | 2 …" (it was read as a project named 2 whose dates 5 and 6 were refused)."""
    values = [v for v in cells if v not in (None, "")]
    labels = [v for v in values if type(v) is str and v.strip() in _COLUMN_LABELS]
    numbers = [v for v in values if v not in labels]
    try:
        numbers = [int(v) if type(v) is not float or v.is_integer() else None for v in numbers]
    except (TypeError, ValueError):
        return False
    return len(numbers) >= 3 and None not in numbers and numbers == list(range(numbers[0], numbers[0] + len(numbers))) \
        and values[:len(labels)] == labels


def _numbered_heading(text: str) -> bool:
    """"一、社会民生", "（二）…": a heading, which ends a note's lines in the middle of a table."""
    return bool(SECTION_NUMBER.match(text) or _SUB_NUMBER.match(text))


def _rows_go_on(sheet, start: int, name_index: int) -> bool:
    """Whether a row of the table follows (three cells at least, the name among them): the note
    just met is in the middle of the table, not below it."""
    for r in range(start, sheet.height):
        cells = sheet.rows[r]
        if name_index < len(cells) and cells[name_index] not in (None, "") and \
                len(cells) - cells.count(None) - cells.count("") >= 3:
            first = next(v for v in cells if v not in (None, ""))
            if not (type(first) is str and is_note_row([norm(first)])):
                return True
    return False


_SUB_NUMBER = re.compile(r"[(（][一二三四五六七八九十]+[)）]")  # "（一）", a heading under "一、"


def _data_rows(sheet: Sheet, layout: Layout, name_index: int,
               left_out: list[tuple[int, str, str, int | None]] | None = None,
               zones: list[str | None] | None = None,
               natures: list[str | None] | None = None,
               units: list[str | None] | None = None,
               parts: list[str | None] | None = None) -> tuple[list[int], list[str | None]]:
    """The rows holding records, each with the category row above it ("一、经济发展");
    blank rows are skipped and a note row ("注：…") ends the table. Total rows
    (合计, 小计) and the header repeated on each printed page are left out and,
    with ``left_out``, listed there (row, text, why). With ``zones``, each row's
    zone heading goes there: "一、东部片区" counts through the "（一）…" headings under
    it, up to the next heading of its own level; with ``natures`` likewise the stage
    ("一、续建项目" over "（一）东部片区"); with ``units`` the unit a heading names ("区教委（2个）"), which keeps
    the category above it (a zone, a section) and lasts up to the next heading; with ``parts`` a task list's
    heading over its sections ("一、着力稳增长" over "（一）扩大有效投资"), None under a heading of one level."""
    rows: list[int] = []
    categories: list[str | None] = []
    category = _heading_above(sheet, layout)
    zone, nature = zone_word(category), nature_word(category)
    part: str | None = None  # the heading over the lower ones the rows are under
    # a task list's heading with only lower headings under it, so far (its row None when on the page before)
    upper: tuple[int | None, str, int | None] | None = None
    if layout.carried is not None:
        category, zone, nature, part, pending = layout.carried
        upper = None if pending is None else (None, pending, None)
    seq_col = layout.columns.get("seq")
    since_group = 0  # records since the last heading or total row: a zone's subtotal heads them or closes them
    subtotals_head: bool | None = None  # whether the zones' subtotals stand over their projects or under them
    heading_said: int | None = None  # where in ``left_out`` the subtotal just above was said to head its projects
    zones_summed = False  # the zones' subtotals one under the other: a summary, no headings
    unit = None  # the responsible unit a heading names, for the rows under it
    heading = _header_texts(sheet, layout)
    # the name column's heading as typed: a repeated header is a copy of it (no NFKC of every name)
    named = {v.strip() for r in layout.header_rows for v in sheet.rows[r][name_index:name_index + 1]
             if type(v) is str}
    indicators = layout.kind.startswith("indicator")  # "其中：工业投资" is an indicator of its own there
    at_top = True  # the first row under the header
    wraps_onto: int | None = None  # the record row a line with no 序号 may be the rest of
    lines = BrokenLines(sheet, layout)
    in_note = False  # the lines of a note in the middle of the table
    # a row's one cell merged across the table over the name column: "东部片区" typed as a heading
    across = {r0 for r0, c0, r1, c1 in sheet.merged if r0 == r1 and c0 <= name_index <= c1 and c1 - c0 >= 2}
    # a task list's columns a section heading's words may be in, beside its number in the 序号 column
    task_heading = {c.index for f, c in layout.columns.items()
                    if layout.kind == "measures" and f in ("section", "measure", "measure_text")}
    # "1 | 扩大有效投资" over "1.1 | 推进重点项目建设 | 完成投资200亿元": a task list numbered in two levels, the upper
    # rows its sections (they were dropped unsaid, their tasks put under the title's section)
    two_levels = bool(task_heading or indicators) and seq_col is not None \
        and _numbered_in_two_levels(sheet, layout, seq_col.index)
    outlined = bool(task_heading) and two_levels
    for r in range(layout.data_start, sheet.height):
        cells = sheet.rows[r]
        filled = len(cells) - cells.count(None) - cells.count("")
        if filled == 0:
            continue
        below, wraps_onto = wraps_onto, None  # any row but a record or its next line ends the record
        if in_note and filled == 1 and not _numbered_heading(norm(next(v for v in cells if v not in (None, "")))):
            continue  # "2.居民收入按常住人口计算": the note's next line
        in_note = False
        if at_top:
            at_top = False
            if _column_numbers(cells):
                if left_out is not None:
                    said = " ".join(str(v) for v in cells if v not in (None, ""))
                    left_out.append((r, said, _COLUMN_NUMBERS_SAID, None))
                continue
        name = cells[name_index] if name_index < len(cells) else None
        if r in sheet.hidden_rows:
            if left_out is not None:
                left_out.append((r, name if name not in (None, "") else next(v for v in cells if v not in (None, "")),
                                 _HIDDEN_ROW_SAID, None))
            continue
        if sheet.struck and name not in (None, "") and (r, name_index) in sheet.struck:
            # the name struck through (删除线): a project or an indicator taken off the list and left there to be
            # seen, as offices mark what a revision drops; it was imported as listed
            if left_out is not None:
                left_out.append((r, name, STRUCK_TARGET_SAID if layout.kind == "measures" else STRUCK_ROW_SAID, None))
            continue
        said_at = None  # the column the row's word is in, when not the name column
        # (the 序号 cell first: a number on every row but a total's, so a project's name is not looked at)
        if type(cells[0]) is str and ("计" in cells[0] or "其中" in cells[0] and not indicators) \
                and _TOTAL_ROW.match(norm(cells[0])) \
                and (name in (None, "") or type(name) is str and _COUNT_CELL.match(norm(name))):
            # "合计" in the 序号 column, the name cell empty or the count of projects ("3个": read as a project)
            name, said_at = cells[0], 0
        if type(name) is str and ("计" in name or "其中" in name and not indicators) and _TOTAL_ROW.match(norm(name)):
            totalled_zone = _zone_of_subtotal(name) if zones is not None and not zones_summed else None
            why = "合计行，未导入"
            if totalled_zone is not None and subtotals_head is None:
                subtotals_head = since_group == 0  # the table's first says which way all of them go
            if totalled_zone is not None and subtotals_head and heading_said is not None:
                # "东部小计 | 西部小计" one under the other: the zones summed above the table, heading nothing
                zones_summed, zone, totalled_zone = True, None, None
                if left_out is not None:
                    left_out[heading_said] = (*left_out[heading_said][:2], why, left_out[heading_said][3])
            elif totalled_zone is not None and subtotals_head:
                # "东部片区小计（2个）" before its projects, as a heading with their sums: they were left with no
                # zone, the subtotal dropped as any total
                if zone != totalled_zone:  # (under "一、东部片区" it says nothing new)
                    zone, why = totalled_zone, f"小计行，未导入；其下的项目记作{totalled_zone}"
            elif totalled_zone is not None:  # after its projects: theirs, where nothing above said a zone
                unzoned = [k for k in range(len(zones) - since_group, len(zones)) if zones[k] is None]
                for k in unzoned:
                    zones[k] = totalled_zone
                zone = None
                if unzoned:
                    why = f"小计行，未导入；其上的项目记作{totalled_zone}"
            since_group = 0
            heading_said = len(left_out or ()) if subtotals_head and totalled_zone is not None else None
            if left_out is not None:
                left_out.append((r, name, why, said_at))
            continue
        if (name in (None, "") or type(name) is str and name.strip() in named) and _repeats_header(cells, heading):
            if left_out is not None:
                left_out.append((r, name or "", "重复的表头行，未导入", None))
            continue
        first = cells[0]
        if first is None or first == "":
            first = next(v for v in cells if v is not None and v != "")
        if type(first) is str and is_note_row([norm(first)]):
            if not _rows_go_on(sheet, r + 1, name_index):
                break  # the notes below the table
            # "注：按可比价计算" under the first category, the table going on below it: the rows after it
            # were lost without a word
            in_note = True
            if left_out is not None:
                at = next(i for i, v in enumerate(cells) if v not in (None, ""))
                left_out.append((r, first, "表格中间的注释行，未导入", at))
            continue
        if filled == 1 and type(first) is str and _PAGE_NUMBER.fullmatch(norm(first)) \
                and not (first.strip().isdigit() and seq_col is not None and sheet.cell(r, seq_col.index) == first):
            # "— 12 —", "第 3 页": a printed page's number, kept by a PDF turned into a workbook; it was
            # the category (or class) of every row below it. A bare number in the 序号 column is a row's
            if left_out is not None:
                left_out.append((r, first, "页码行，未导入", next(i for i, v in enumerate(cells) if v not in (None, ""))))
            continue
        # before the category rows: a line of one cell beside the name ("积3.2万平方米") was taken for
        # a category, and every project below got it as its class
        # a row naming a group and counting it ("区商务委（1项）") is a heading, not the rest of the task above
        # (one text on the row: a task's text may be copied to a column of its own, the measure's)
        group = not indicators and filled <= 2 and type(name) is str and says_a_group(norm(name)) \
            and all(v in (None, "", name) for v in cells)
        wrapped = below is not None and seq_col is not None and not group and lines.line_of(r, below, seq_col.index)
        if wrapped:
            said = lines.join(r, below, wrapped)
            if left_out is not None:
                left_out.append((r, said, lines.said(), wrapped[0]))
            if not lines.record_too:
                wraps_onto = below  # a third line
                continue
            filled = len(cells) - cells.count(None) - cells.count("")
        if filled <= 2 and type(first) is str and CONTINUED.search(norm(first)):
            # "续表", "附件2（续）": the table going on after a page break (a Word annex, a page), not a
            # category of the rows below (they were all given it as their category or class)
            if left_out is not None:
                at = next(i for i, v in enumerate(cells) if v not in (None, ""))
                left_out.append((r, first, "续表标记行，未导入", at))
            continue
        totalled = zones is not None and filled >= 3 and seq_col is not None \
            and _heading_with_totals(cells, seq_col.index, name_index)
        if totalled:
            # "一 | 东部片区（2个） | 30 | 8": a zone's heading with its subtotals, not a project named 东部片区
            if left_out is not None:
                left_out.append((r, name, "标题行上的小计，未导入", None))  # and read as the heading it is, below
        if filled <= 3 or totalled:  # a category row is one cell (a merge keeps its text in the first)
            texts = [norm(v) for v in cells]  # only rows that may be category rows
            cat = clean(cells[name_index]) if totalled else category_text(texts, name_index)
            if cat is None and seq_col is not None and seq_col.index < len(texts) \
                    and (SECTION_NUMBER.fullmatch(texts[seq_col.index]) or _SUB_NUMBER.fullmatch(texts[seq_col.index])):
                # "一 | 东部片区", and "（一） | 续建项目" under it: headings in the 序号 column, nothing else on the row
                others = [i for i, t in enumerate(texts) if t and i not in (seq_col.index, name_index)]
                if not others and name_index < len(texts) and texts[name_index]:
                    cat = clean(cells[name_index])
                elif len(others) == 1 and others[0] in task_heading and not (
                        name_index < len(texts) and texts[name_index]):
                    # "一 | 扎实推动经济高质量发展" in a task list: the section's words in the task column (its
                    # targets' column, the one a list is read by, empty) — the section was lost, the row dropped
                    cat = clean(cells[others[0]])
            elif cat is None and two_levels and seq_col.index < len(texts) and texts[seq_col.index].isdigit():
                # "1 | 经济发展" over "1.1 | 地区生产总值增速": a group of indicators, not one with no target
                words = [i for i, t in enumerate(texts) if t and i != seq_col.index]
                if len(words) == 1 and (words[0] in task_heading or indicators and words[0] == name_index):
                    cat = clean(cells[words[0]])
            elif cat is None and zones is not None and seq_col is not None and seq_col.index < len(texts) \
                    and texts[seq_col.index].isdigit() and name_index < len(texts) and texts[name_index]:
                # "1 | 东部片区" with its projects numbered 1.1, 1.2 under it: a heading, not a project
                alone = not [t for i, t in enumerate(texts) if t and i not in (seq_col.index, name_index)]
                if alone and names_a_group(texts[name_index]):
                    cat = clean(cells[name_index])
            elif cat is None and (group or zones is not None and filled == 1 and name_index < len(texts)
                                  and texts[name_index]
                                  and (r in across or seq_col is None and names_a_group(texts[name_index]))):
                # "东部片区", "解放碑街道" alone on its row in a table with no 序号 (or merged across the table): a
                # heading, not a project with nothing filled in (under a 序号 column, a project not numbered yet,
                # unless it counts its projects or labels their unit: "区教委（2个）", "牵头单位：区商务委")
                cat = clean(cells[name_index])
            elif cat is None and indicators and filled == 1 and name_index < len(texts) \
                    and INDICATOR_GROUP.fullmatch(texts[name_index]):
                cat = clean(cells[name_index])  # "社会民生" alone in the name column: a heading, not an indicator
            if cat is not None and units is not None and (said_unit := unit_word(cat)) is not None:
                unit = said_unit  # the zone or section above goes on: the unit is a level under it
                continue
            if cat is not None:
                unit, since_group, heading_said = None, 0, None
                category = _category_as_kept(cells, cat, layout.kind)
                if units is not None and (led := heading_and_lead(category)) is not None:
                    category, unit = led  # "二、提振消费（区商务委牵头）": the unit of its tasks that name none
                if task_heading and left_out is not None:
                    # "一、着力稳增长" over "（一）扩大有效投资": the lower headings are the sections (they
                    # hold the tasks); the upper one went without a word
                    lower = type(first) is str and _SUB_HEADING.match(norm(first))
                    if lower and upper is not None:
                        if upper[0] is not None:  # said on its own page
                            left_out.append((upper[0], upper[1], _UPPER_HEADING_SAID, upper[2]))
                        part = upper[1]
                    elif not lower:
                        part = None  # a heading of the upper level: a part only once a lower one comes under it
                    at = next(i for i, v in enumerate(cells) if v not in (None, ""))
                    upper = None if lower else (r, category, at)
                if zones is not None:
                    sub = type(first) is str and _SUB_HEADING.match(norm(first))
                    under = sub or area_word(cat) or nature_word(cat)
                    zone = zone_word(cat) or (zone if under else None)  # a part of the zone, or its projects' stage
                    # and the stage through the zones and areas under it, up to the next heading of its level
                    top = type(first) is str and SECTION_NUMBER.match(norm(first))
                    nature = nature_word(cat) or (nature if sub or not top and (zone_word(cat) or area_word(cat))
                                                  else None)
                continue
        if outlined and seq_col.index < len(cells) and norm(cells[seq_col.index]).isdigit():
            # "3 | 稳定就业 | 新增就业4.6万人" beside 1, 1.1 …: a task of the upper level is a section of its own (it
            # went under the section above)
            task = next((clean(cells[c]) for c in sorted(task_heading) if c < len(cells) and clean(cells[c])), None)
            category = _category_as_kept([cells[seq_col.index]], task, layout.kind) if task else category
        rows.append(r)
        categories.append(category)
        since_group, heading_said = since_group + 1, None
        upper = None  # a heading with tasks of its own is their section
        wraps_onto = r
        lines.record()
        if zones is not None:
            zones.append(zone)
        if natures is not None:
            natures.append(nature)
        if units is not None:
            units.append(unit)
        if parts is not None:
            parts.append(part)
    layout.ended = (category, zone, nature, part, upper[1] if upper is not None else None)
    return rows, categories


_UPPER_HEADING_SAID = "上一级标题：其下“（一）”等各作为一个部分导入，记作这些部分的上一级标题"

_HEADING_OPENINGS = set("一二三四五六七八九十(（")


_TOTAL_WORDS = re.compile(r"(?:合计|总计|小计|共计)(?:[(（][^()（）]*[)）])?$")


def _zone_of_subtotal(name: str) -> str | None:
    """The zone a subtotal row names ("东部片区小计（2个）", "西部合计"), else None ("合计", "其中：续建")."""
    rest = _TOTAL_WORDS.sub("", norm(name))
    return zone_word(rest) if rest and rest != norm(name) else None


_SECOND_LEVEL = re.compile(r"(\d+)[.．](\d+)")


def _numbered_in_two_levels(sheet: Sheet, layout: Layout, seq: int) -> bool:
    """Whether a 序号 column numbers its rows 1, 1.1, 1.2, 2, 2.1 …: an upper row's number heads the lower ones."""
    upper, lower = set(), set()
    for r in range(layout.data_start, min(sheet.height, layout.data_start + 400)):
        v = sheet.cell(r, seq)
        t = norm(v) if v not in (None, "") else ""
        if t.isdigit():
            upper.add(int(t))
        elif (m := _SECOND_LEVEL.fullmatch(t)) is not None:
            lower.add(int(m.group(1)))
    return bool(lower) and lower <= upper


def _heading_with_totals(cells: list, seq: int, name: int) -> bool:
    """A heading numbered 一, 二 (or （一）) naming a zone, an area or a stage, with figures beside it
    and nothing else: its subtotals."""
    if max(seq, name) >= len(cells) or type(cells[seq]) is not str or type(cells[name]) is not str:
        return False
    if cells[seq].lstrip()[:1] not in _HEADING_OPENINGS:  # a quick look: data rows are numbered 1, 2 …
        return False
    number = norm(cells[seq])
    if not (SECTION_NUMBER.fullmatch(number) or _SUB_NUMBER.fullmatch(number)):
        return False
    if not names_a_group(norm(cells[name])):
        return False
    others = [v for i, v in enumerate(cells) if i not in (seq, name) and v not in (None, "")]
    return all(type(v) in (int, float) or type(v) is str and NUMBER_CELL.fullmatch(norm(v)) for v in others)


_SUB_HEADING = re.compile(r"^([(（]([一二三四五六七八九十]+|\d+)[)）]|\d+[.．、])")  # "（一）…", "1.…" under "一、…"


def _heading_above(sheet: Sheet, layout: Layout) -> str | None:
    """"一、新开工项目" on the row right above the header: the category of the rows below it
    (a table in parts, each with its header), not a title."""
    top = layout.header_rows[0] if layout.header_rows else 0
    if top == 0:
        return None
    cells = sheet.rows[top - 1]
    texts = [norm(v) for v in cells]
    filled = [t for t in texts if t]
    if not filled or not CATEGORY_NUMBERING.match(filled[0]) or re.match(r"\d", filled[0]):
        return None
    cat = category_text(texts, None)
    return _category_as_kept(cells, cat, layout.kind) if cat is not None else None


_BRACKET_NUMBER = re.compile(r"[(（][一二三四五六七八九十]+[)）][、.．]?\s*")


def _category_as_kept(cells: list[Any], cat: str, kind: str) -> str:
    """A category row's text as the records keep it: measures keep the numbering ("（一）…"
    names section 1, "一" | "坚持创新驱动" becomes "一、坚持创新驱动"); other kinds drop it, and the
    count after it ("经济发展（8项）", "产业项目：12个"), which would make each year's category another."""
    if kind != "measures":
        return heading_name(cat, any_brackets=False)
    full = next((cell_text(v).strip() for v in cells if cell_text(v).strip()), cat)
    if SECTION_NUMBER.fullmatch(norm(full)) and cat != full:
        full = f"{full.rstrip('、')}、{cat}"
    elif cat != full and _BRACKET_NUMBER.fullmatch(full):  # "（一）" | "推动经济稳进提质": it was the section "（一）"
        full = f"{full.rstrip('、.． ')}{cat}"
    elif cat != full and full.isdigit() and 0 < int(full) < 20:
        full = f"{chinese_numeral(int(full))}、{cat}"  # "1" | "扩大有效投资" over 1.1, 1.2: section 一, as plans number them
    return heading_name(full, any_brackets=False)


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


def _share_target(row: Row, target: dict[str, Any], other: dict[str, Any], at: int) -> None:
    """A target merged down over a second unit's row: the unit answers for it too, and it is due by
    the later deadline of the two; said on the row."""
    joined = False
    for fld in ("responsible_unit", "partner_units", "leader", "contact"):
        mine, theirs = target.get(fld), other.get(fld)
        if theirs and theirs not in re.split(r"[、,，;；]", mine or ""):
            target[fld], joined = f"{mine}、{theirs}" if mine else theirs, True
    if other.get("quarter") and (not target.get("quarter") or other["quarter"] > target["quarter"]):
        target["quarter"], joined = other["quarter"], True
    mine, theirs = target.get("measure_text"), other.get("measure_text")
    if theirs and theirs not in re.split(r"[；;]", mine or ""):
        # "改造老旧小区 | 加装电梯" beside one merged target: both lines are the measure's (the second was lost)
        target["measure_text"], joined = f"{mine}；{theirs}" if mine else theirs, True
    if joined:
        row.problem("target", other["text"], f"与第{at}行是同一目标（合并单元格），本行的单位和完成时限一并记入该目标"
                    if not theirs or theirs == mine else
                    f"与第{at}行是同一目标（合并单元格），本行的工作措施、单位和完成时限一并记入该目标", "info")


def _dedupe_key(kind: str, rec: dict[str, Any]) -> str:
    if kind == "measures":
        return f"{rec.get('section')}|{rec.get('measure')}|{norm(rec['text'])}|{rec.get('subject')}"
    return norm(rec["name"]).lower()
