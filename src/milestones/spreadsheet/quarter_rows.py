"""A key project over a row a quarter ("季度" | 形象进度目标 | 计划投资, the project's cells merged down over its
four rows, or typed on each), or a task so (重点任务 | 季度 | 季度目标): the quarters' cells made into columns of
the first row, as a list with a column a quarter has them (一季度形象进度目标, a task's 一季度 step). The other rows
are emptied, being no project."""
from __future__ import annotations

import re
from typing import Any

from .cells import norm, split_unit
from .grid import Sheet, column_letter
from .layout import Column, Layout
from .project_schedule import node_event
from .quarter_headings import is_quarter_field, quarter_field

# "一季度", "第二季度末", "3季度", "Q4", "2024年一季度", "6月底" (the quarter's end): the row's quarter
_QUARTER_CELL = re.compile(r"(?:(\d{4})年)?(?:第?([一二三四1-4])季度?[末底]?|[Qq]([1-4])|(3|6|9|12)月[底末份]?)")
# the project's row for the whole year, beside its quarters: its figures are the year's
_YEAR_CELL = {"全年", "年度", "合计", "小计", "全年合计", "年度合计", "全年计划", "本年"}
# what a project is, not what a quarter of it does: never spread over the quarters
_PROJECT_FIELDS = {"seq", "name", "code", "total_investment", "invested_before", "zone", "area", "project_class",
                   "nature", "level", "responsible_unit", "owner", "leader", "contact", "location", "start",
                   "completion", "construction_years", "content"}
_NUMBERS = "一二三四"


def _quarter_of(v: Any, year: int | None) -> int | None:
    """The quarter a cell names (1–4), 0 for the year's row, -1 for another year's quarter ("2025年一季度" in a
    2024 plan), None for anything else."""
    if type(v) is not str:
        return None
    said = norm(v)
    if said in _YEAR_CELL:
        return 0
    m = _QUARTER_CELL.fullmatch(said)
    if m is None:
        return None
    if m.group(1) and year and int(m.group(1)) != year:
        return -1
    if m.group(4):
        return int(m.group(4)) // 3
    n = m.group(2) or m.group(3)
    return _NUMBERS.index(n) + 1 if n in _NUMBERS else int(n)


def _quarter_column(sheet: Sheet, layout: Layout, body: range, key: int, held: set[int]) -> int | None:
    """The column naming each row's quarter: none of the fields ``held`` (a project list's columns have none for
    it), every cell a quarter (or the year), two quarters at least, and more such rows than names in column ``key``
    (a project, or a task, over several rows)."""
    for c in range(sheet.width):
        if c in held:
            continue
        quarters, count = set(), 0
        for r in body:  # (passed over at its first cell naming no quarter: most columns at their first)
            v = sheet.cell(r, c)
            if v is None or v == "":
                continue
            n = _quarter_of(v, layout.year)
            if n is None:
                break
            quarters.add(n)
            count += 1
        else:
            if len(quarters - {0, -1}) < 2:
                continue  # (an empty column, or one quarter: the names are not counted for it)
            names = {norm(v) for v in (sheet.cell(r, key) for r in body)} - {""}
            if count > len(names):
                return c
    return None


def _groups(sheet: Sheet, body: range, which: int, key: int, year: int) -> dict[int, list[tuple[int, int]]]:
    """Each project's (or task's) rows naming a quarter, by its first row: the rows below it with no name or the
    same one. A row with a name and no quarter, quarters under it with none, is the project's own row (its total
    investment, its unit) and their first; any other row naming no quarter ends the project."""
    groups: dict[int, list[tuple[int, int]]] = {}
    first = own = None
    for r in body:
        n = _quarter_of(sheet.cell(r, which), year)
        said = norm(sheet.cell(r, key))
        if n is None:
            if said or any(v not in (None, "") for v in sheet.rows[r]):
                first, own = None, (r if said else None)
            continue
        if first is None and not said and own is not None:
            first = own
            groups[first] = []
        elif first is None or said and said != norm(sheet.cell(first, key)):
            first = r
            groups[first] = []
        groups[first].append((r, n))
    return groups


def _quarter_by_quarter(groups: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the rows run through the quarters as a plan by quarter does: in order in each task, three
    quarters at least in one."""
    runs = [[n for _, n in rows if n > 0] for rows in groups.values()]
    return any(len(run) >= 3 for run in runs) and all(run == sorted(set(run)) for run in runs)


def _others(r0: int, rows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A project's rows but its first."""
    return [(r, n) for r, n in rows if r != r0]


# the heading of a column naming each row's quarter, where a task list would read it as a deadline
_A_QUARTER_HEADING = re.compile(r"(分|推进|所属|计划)?季度|时间[(（]?季度[)）]?")
# a task list's columns of a quarter's own: its step, and what its review says was done
_TASK_STEPS = {"target": "node_q{}", "actual": "done_q{}"}


def _quarter_fields(layout: Layout, fld: str, col: Column) -> list[str] | None:
    """The field of each quarter a column of a row's quarter goes to ("形象进度目标" → q1_goal … q4_goal), or None
    for a column of the project's (or task's) own."""
    if layout.kind == "measures":
        return [_TASK_STEPS[fld].format(n) for n in range(1, 5)] if fld in _TASK_STEPS else None
    base = norm(split_unit(col.header)[0])
    fields = [quarter_field(f"{_NUMBERS[n - 1]}季度{base}") for n in range(1, 5)]
    if fld in _PROJECT_FIELDS or not all(is_quarter_field(f) for f in fields) or len(set(fields)) < 4:
        return None
    return fields


def quarter_rows(sheet: Sheet, layout: Layout) -> None:
    """Each project's (or task's) rows made one, where a column names each row's quarter: the quarter's goal,
    investment and progress (a task's step and what was done) go to that quarter's columns, a 全年 row's to the
    year's; see the module's docstring."""
    named = layout.columns.get("name" if layout.kind == "key_projects" else "measure")
    if named is None or layout.year is None or layout.kind not in ("key_projects", "measures"):
        return
    body = range(layout.data_start, sheet.height)
    # a task list reads a column of quarters as its deadline (完成时限): a task's rows, a quarter each, are its steps
    quarter = layout.columns.get("quarter") if layout.kind == "measures" else layout.columns.get("year_plan")
    if layout.kind == "measures" and quarter is not None and not _A_QUARTER_HEADING.fullmatch(norm(quarter.header)):
        quarter = None  # "完成时限" holding 三季度, 四季度: each target's deadline (two targets of a task, not its steps)
    # (a project list reads "时间节点" as the year's plan, and the 形象进度目标 beside it as the same once more)
    held = {col.index for col in layout.columns.values()} - ({quarter.index} if quarter else set())
    which = _quarter_column(sheet, layout, body, named.index, held)
    if which is None:
        return
    groups = _groups(sheet, body, which, named.index, layout.year)
    if layout.kind == "measures" and not _quarter_by_quarter(groups):
        return  # "季度" beside a task's targets, each due in its own (三季度, 四季度): their deadlines
    if quarter is not None and quarter.index == which:
        del layout.columns[quarter.field]  # the rows' quarters, no field of the project's (or task's)
        _second_taken(layout, quarter)
    spread = {}  # the columns of a quarter's own figures and words: their field for each quarter
    for fld, col in layout.columns.items():
        fields = _quarter_fields(layout, fld, col) if col.index != which else None
        if fields and any(sheet.cell(r, col.index) not in (None, "", sheet.cell(r0, col.index))
                          for r0, rows in groups.items() for r, _ in _others(r0, rows)):
            spread[fld] = fields
    if not spread:
        return
    said = "、".join(f"“{norm(split_unit(layout.columns[f].header)[0])}”" for f in spread)
    width = sheet.width
    at = {(fld, n): width + k * 4 + n - 1 for k, fld in enumerate(spread) for n in range(1, 5)}
    new_width = width + 4 * len(spread)
    for r in body:
        sheet.rows[r].extend([None] * (new_width - len(sheet.rows[r])))
    year_rows = False
    events: dict[str, dict[int, str]] = {}  # "start" / "completion" → the project's row → another year's quarter
    kept = [(col.index, fld) for fld, col in layout.columns.items()
            if fld not in spread and fld not in ("seq", named.field) and col.index != which]
    for r0, rows in groups.items():
        own, year_values = sheet.rows[r0], {}
        # (the first row's own quarter cells, kept before the year's replace them)
        first = list(own) if any(n < 0 for _, n in rows) else own
        for r, n in rows:
            for fld in spread:
                c = layout.columns[fld].index
                if n > 0:
                    own[at[fld, n]] = sheet.rows[r][c]
                elif n == 0:
                    year_values[c] = sheet.rows[r][c]
        for fld in spread:  # the project's year: its row for the year, or its own row above its quarters
            c = layout.columns[fld].index
            if rows[0][0] == r0 or own[c] in (None, ""):  # (else none: the first quarter's is no year's)
                own[c] = year_values.get(c)
            year_rows = year_rows or own[c] not in (None, "")
        for c, fld in kept:
            _one_value(sheet, r0, [(r, n) for r, n in _others(r0, rows) if n >= 0], c, fld)
        for r, n in rows if any(n < 0 for _, n in rows) else ():
            if n < 0:  # "2025年一季度" in a 2024 plan: a later year's step, which no field of this year's holds
                year_goals = [own[at[f, q]] for f, fields in spread.items() if fields[0].endswith("_goal")
                              for q in range(1, 5)]
                event = _event_of(first if r == r0 else sheet.rows[r], layout, spread, year_goals, events, r0, which)
                sheet.warnings.append((r, which, str(sheet.rows[r][which]), f"其他年度的季度：{event}，该行其余未导入"
                                       if event else "其他年度的季度，该行未导入"))
        for r, _ in _others(r0, rows):
            sheet.rows[r] = [None] * new_width
        own[which] = None  # the first row's quarter: no deadline of the task's
    for event, dated in events.items():  # a later year's 竣工 (an earlier one's 开工): the project's date, where no
        c = len(sheet.rows[layout.data_start])  # column gives it, in a column of its own
        for r in body:
            sheet.rows[r].append(dated.get(r))
        layout.columns[event] = Column(event, c, f"{'开工' if event == 'start' else '竣工'}（按季度分行）")
    # a cell merged down over a project's rows is its first row's now (else filled into the emptied rows)
    last = {r0: rows[-1][0] for r0, rows in groups.items()}
    sheet.merged = [(a, c0, a if a in last and b <= last[a] else b, c1) for a, c0, b, c1 in sheet.merged]
    for fld, fields in spread.items():
        col = layout.columns[fld]
        if not year_rows:
            del layout.columns[fld]
        for n, qf in enumerate(fields, start=1):
            layout.columns[qf] = Column(qf, at[fld, n], f"{_NUMBERS[n - 1]}季度{col.header}", col.year, col.unit,
                                        col.scale)
    letter = f"第{column_letter(which)}列“"
    heading = next((str(h) for h in (sheet.cell(r, which) for r in reversed(layout.header_rows)) if h), "季度")
    layout.notes = [n for n in layout.notes if not (n.startswith(letter) and "没有对应的字段" in n)]
    whose = "项目" if layout.kind == "key_projects" else "任务"
    layout.notes.append(f"每个{whose}按季度分行（{letter}{heading}”）：各行的{said}记入该季度")


def _event_of(row: list, layout: Layout, spread: dict[str, list[str]], year_goals: list,
              events: dict[str, dict[int, str]], r0: int, which: int) -> str | None:
    """Another year's quarter row naming the project's start or completion ("2025年二季度 | 竣工验收"): that quarter is
    the project's planned start or completion where no column gives it and the plan year's rows name none; its
    words for the row's warning, else None. (The quarterly nodes hold the plan year's only; the date is the
    project's.)"""
    if layout.kind != "key_projects":
        return None
    goals = [layout.columns[f].index for f, fields in spread.items() if fields[0].endswith("_goal")]
    for c in goals:
        text = row[c]
        event = node_event(str(text)) if text not in (None, "") else None
        if event is None or event in layout.columns or r0 in events.get(event, {}):
            continue
        if any(g not in (None, "") and node_event(str(g)) == event for g in year_goals):
            continue  # the plan year names it itself
        events.setdefault(event, {})[r0] = str(row[which])
        return f"“{str(text).strip()}”作为计划{'开工' if event == 'start' else '竣工'}时间"
    return None


def _second_taken(layout: Layout, quarter: Column) -> None:
    """The column read as the same field as the quarters' once more ("时间节点 | 形象进度目标"), taken for it now."""
    second = next((c for c in layout.extra_columns if c.field == quarter.field), None)
    if second is None:
        return
    layout.extra_columns.remove(second)
    layout.columns[quarter.field] = second
    letter = f"第{column_letter(second.index)}列“"
    layout.notes = [n for n in layout.notes if not (n.startswith(letter) and "是同一项" in n)]


def _one_value(sheet: Sheet, r0: int, rows: list[tuple[int, int]], c: int, fld: str) -> None:
    """A column of the project's own (not a quarter's) as its first row has it, from what its other ``rows`` say: a
    remark on a quarter's row is kept under that quarter ("四季度：需协调交通"), a cell the first row leaves blank
    taken from the row that fills it; another value the first row already holds is said, not taken."""
    own = sheet.rows[r0]
    others = [(r, n, v) for r, n in rows if (v := sheet.rows[r][c]) not in (None, "") and v != own[c]
              and not (type(v) is str and not v.strip())]
    if not others:
        return
    if fld == "notes":
        said = [str(own[c]).strip()] if own[c] not in (None, "") else []
        own[c] = "；".join(said + [f"{_NUMBERS[n - 1] + '季度' if n else '全年'}：{str(v).strip()}" for _, n, v in others])
        return
    if own[c] in (None, "") and len({v for _, _, v in others}) == 1:
        own[c] = others[0][2]
        return
    for r, _, v in others:
        sheet.warnings.append((r, c, str(v), f"与本项目第{r0 + 1}行不同：按第{r0 + 1}行导入"))
