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

from .broken_lines import TASK_LINE_SAID, WRAPPED_LINE_SAID
from .cells import norm, text_of
from .column_rules import marks_alike, noted_on
from .data_rows import HIDDEN_ROW_SAID, STRUCK_ROW_SAID, STRUCK_TARGET_SAID, data_rows
from .date_order import day_month_order
from .detect import detect_layout
from .grid import Sheet, column_letter
from .indicators import growth_below, read_indicator
from .key_projects import read_projects
from .layout import NEEDED, Layout, LayoutError
from .measures import outline, read_measure, say_task_lines, tasks_on_their_own_rows
from .project_sheet import (monthly_nodes, plan_and_actual_rows, quarter_figures, quarter_steps, shaded_chart,
                            zone_column_by_its_values)
from .quarter_rows import quarter_rows
from .table import Problem, Row, Table
from .zones import area_word, zone_word

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
    heading_moves: list[str | None] = []
    rows, categories = data_rows(sheet, layout, name_index, left_out, heading_zones, heading_natures, heading_units,
                                  heading_parts, heading_moves)
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
        read_projects(table, sheet, layout, rows, categories, heading_zones or [], heading_natures, heading_units,
                      heading_moves)
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
    if not table.records and not table.errors and not table.leaving:  # (a 调出名单 has its rows as leaving)
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


_WARNED = (HIDDEN_ROW_SAID, STRUCK_ROW_SAID, STRUCK_TARGET_SAID, WRAPPED_LINE_SAID, TASK_LINE_SAID)  # rows left out or joined: the planner checks them
_UNITS_SUMMARY = re.compile(r"各单位目标任务和重点项目进展情况$")  # unit_report's own title, not a task list's




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
