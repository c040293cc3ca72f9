"""A key project's start and completion where the table dates them other than in their own columns: one
开竣工时间 column, 建设起止年限, a hand-drawn 横道图, quarterly nodes ("二季度: 开工建设"), the year's schedule in
words ("3月开工，12月主体完工"); and what a quarter's report says has happened by then ("是否开工: 是", "已开工")."""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..domain.quarter import Quarter
from ..domain.schedule_words import leading_time, within_the_year
from .cells import NO_DATE, memo, norm, schedule_fields, span_fields
from .grid import column_letter
from .layout import Layout
from .project_columns import Columns
from .table import Problem
from .zones import nature_word

__all__ = ["Schedules", "read_schedules", "timed_steps", "asked_events", "happened", "node_event", "BEGUN", "DONE",
           "STATE_EVENTS"]


class Schedules(NamedTuple):
    """Each row's planned start and completion, as (quarter, wording, nature, problem) or None."""

    starts: list
    completions: list
    plans: list[_YearPlan] | None  # the year's schedule in words, a row's steps by quarter (see _year_plan)


def read_schedules(cols: Columns) -> Schedules:
    """The start and completion columns, each end filled where they are missing or empty from what else
    dates it: a 开竣工时间 column, else 建设起止年限 alone, the 横道图's first and last marks, the quarterly
    nodes, the year's schedule in words."""
    layout = cols.layout
    starts, completions = cols.schedules("start"), cols.schedules("completion")
    if cols.has("span"):  # "2024.03-2025.12" in one column: each end where its own column is missing or empty
        span_starts, span_ends = cols.spans("span")
        starts = [a or b for a, b in zip(starts, span_starts)]
        completions = [a or b for a, b in zip(completions, span_ends)]
    by_years = None
    if not cols.has("span") and cols.has("construction_years") and not cols.has("start") \
            and not cols.has("completion"):
        # 建设起止年限 "2024-2026" is the only dated schedule the table gives: read it as one, quietly
        # (it may be a duration, "3年", which says no dates and is no error); a quarterly node or the
        # year's schedule in words says the quarter within its year ("四季度开工" is not 2024's first quarter)
        years = memo(lambda v: span_fields(v, layout.year), cols.raw("construction_years"))
        by_years = [(s, e) if s and not s[3] else (None, None) for s, e in (y or (None, None) for y in years)]
        starts, completions = [s for s, _ in by_years], [e for _, e in by_years]
    marked = _marked_quarters(cols, layout)
    if marked:  # the planner's own 横道图 beside the table: its first and last marks, where no date is given
        starts = [s if s and s[0] else ((m[0], None, None, None) if m else s) for s, m in zip(starts, marked)]
        completions = [c if c and c[0] else ((m[-1], None, None, None) if m else c)
                       for c, m in zip(completions, marked)]
    nodes = _node_milestones(cols, layout)
    if nodes:  # a table of quarterly nodes: "开工建设" in a quarter is the start, "竣工验收" the completion
        # (not over 建设起止年限: a year's goal, "2024年主要建设内容: 开工建设", is due by the year's end,
        # which says no quarter of the start)
        starts, completions, said = _dated_by(starts, completions, nodes, None, cols, "季度节点")
        if said:
            cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                             "开工、完工季度取自季度节点（写“开工”“竣工”的季度）", "info")))
    plans = _year_plans(cols, layout)
    if plans:  # "3月开工，12月主体完工" in 2024年进度计划: its 开工 and 竣工 date the project
        starts, completions, said = _dated_by(starts, completions, [(a, b) for _, a, b, _n in plans], by_years, cols,
                                              f"“{layout.columns['year_plan'].header}”")
        col = layout.columns["year_plan"]
        if said or any(set(goals) - {4} for goals, *_ in plans):  # (with no time in it, the year's goal: nothing to say)
            cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                             f"第{column_letter(col.index)}列“{col.header}”按所写时间分为各季度的节点目标"
                                             + ("，写“开工”“竣工”的时间作为开工、完工季度" if said else ""), "info")))
    cols.say_year_only("start", starts, ("span", "construction_years"))
    cols.say_year_only("completion", completions)
    if by_years is None and cols.has("construction_years"):
        _against_the_years(cols, starts, completions)
    return Schedules(starts, completions, plans)


def _against_the_years(cols: Columns, starts: list, completions: list) -> None:
    """A planned start or completion in another year than 建设起止年限 gives ("2023年至2025年" beside a start of "3月",
    read as the plan's year; "2024-2026" beside a completion of "年底"): which one is right the row does not say, so
    the cell is pointed out to be checked (they were read without a word)."""
    col = cols.layout.columns["construction_years"]
    typed = cols.raw("construction_years")  # (each column's cells fetched once: a list of 50,000 rows)
    cells = {fld: cols.raw(fld) for fld in ("start", "completion") if cols.has(fld)}
    years = memo(lambda v: span_fields(v, cols.layout.year), typed)
    for k, span in enumerate(years):
        if not span or span[1] is None or span[0][3]:
            continue
        for fld, cell, end, which in (("start", starts[k], span[0], "开始"), ("completion", completions[k], span[1], "结束")):
            year, said = _year_of(cell), _year_of(end)
            if year is not None and said is not None and year != said and fld in cells:
                when = Quarter.parse(cell[0]).label_zh if cell[0] else f"{year}年"
                cols.report(k, fld, cells[fld][k], f"读作{when}，与第{column_letter(col.index)}列“{col.header}”"
                            f"（{typed[k]}）{which}的{said}年不一致，请核对", "warning")


def _year_of(cell: tuple | None) -> int | None:
    """The year a schedule cell's reading falls in: its quarter's, or a year said alone ("2024年")."""
    if not cell:
        return None
    if cell[0]:
        return int(cell[0][:4])
    m = re.fullmatch(r"(\d{4})年?", cell[1] or "")
    return int(m.group(1)) if m else None


# "2023年5月已开工", "已于2024年6月竣工" in a date column: when it happened, not only when it was due
BEGUN = re.compile(r"已(?:于\S*)?(?:开工|动工|开建)")

DONE = re.compile(r"已(?:于\S*)?(?:竣工|完工|建成|投用)")


def happened(cell: tuple, said: re.Pattern) -> str | None:
    return cell[0] if cell[0] and cell[1] and "已" in cell[1] and said.search(cell[1]) else None


# a project's state in a report (项目状态) that says what has happened by the report's quarter
_STARTED, _COMPLETED = ("actual_start",), ("actual_start", "actual_completion")


STATE_EVENTS = {"已开工": _STARTED, "在建": _STARTED, "已竣工": _COMPLETED, "已完工": _COMPLETED,
                 "已建成": _COMPLETED, "已投用": _COMPLETED, "已建成投用": _COMPLETED, "未开工": ()}

_YES = {"是", "√", "✓", "✔", "Y", "YES", "已"}

_NO = {"否", "×", "✗", "N", "NO", "未", "无"}

# the event's own word as the answer: 已开工 under 是否开工, 已竣工 under 是否竣工
_EVENT_WORDS = {"actual_start": ("开工",), "actual_completion": ("竣工", "完工", "建成")}


def asked_events(cols: Columns, by: str, records: list[tuple[int, dict[str, Any]]]) -> None:
    """"是否开工: 是" in a report of ``by`` (a quarter): the project had started by then. The actual
    start is that quarter unless a date column gives it; ``actual_start_by`` tells the store that
    an earlier start already held is kept (the report says "by", not "in")."""
    for fld, event in (("started_asked", "actual_start"), ("completed_asked", "actual_completion")):
        if not cols.has(fld):
            continue
        said = cols.raw(fld)
        for k, record in records:
            v = said[k]
            word = norm(v).upper() if v not in (None, "") else ""
            if word in _YES or word.removeprefix("已") in _EVENT_WORDS[event]:
                if not record[event]:
                    record[event] = by
                    record[f"{event}_by"] = True
            elif word and word not in _NO and word not in NO_DATE and \
                    word.removeprefix("尚").removeprefix("未") not in _EVENT_WORDS[event]:
                when = schedule_fields(v, int(by[:4]))[0]  # "2024年3月" for 是: when it happened
                if when is not None and when <= by:
                    record[event] = record[event] or when
                else:
                    cols.report(k, fld, v, "应为“是”“否”或开工、竣工的时间，未导入", "warning")


def _marked_quarters(cols: Columns, layout: Layout) -> list[list[str]] | None:
    """Each row's marked quarters ("2025Q1", …, in order) in the quarter columns of
    a hand-drawn 横道图. A column holding numbers is a figure per quarter, not marks."""
    columns = []
    for fld, col in layout.columns.items():
        year = col.year or layout.year
        if not fld.startswith("mark_q") or year is None:
            continue
        values = [_as_mark(v) for v in cols.raw(fld)]
        if any(v is _FIGURE for v in values):
            continue
        columns.append((Quarter(year, int(fld[6])), values))
    if not columns:
        return None
    columns.sort(key=lambda qv: qv[0])
    return [[str(q) for q, values in columns if values[k]] for k in range(cols.n)]


_FIGURE = object()


def _as_mark(v: object) -> object:
    """A chart cell as a mark (True / False), or _FIGURE for an amount: a 1 marks the quarter
    (a chart drawn with 1s), a 0 does not; 2.5 is a figure."""
    if type(v) is str and norm(v) in NO_DATE:
        return False  # "—": nothing in that quarter
    if type(v) is str and re.fullmatch(r"[-\d.,%]+", norm(v)):
        try:
            v = float(norm(v).replace(",", "").rstrip("%"))
        except ValueError:
            return _FIGURE
    if type(v) in (int, float):
        return _FIGURE if v not in (0, 1) else v == 1
    return v not in (None, "") and bool(norm(v))


# a quarter's node that is the start or the completion itself, not a step before it ("开工前准备")
_NODE_START = re.compile(r"^(?:实现|完成|正式|全面|计划|力争|新)?(?:开工|动工|进场施工)(?:建设)?$")

# (a road's or a line's completion is its opening: "通车", "全线通车"; a plant's "投运", "投入运营")
_NODE_END = re.compile(r"^(?:实现|完成|正式|全面|计划|力争|项目|全线)?(?:竣工|完工|建成|投入使用|投用|交付使用|通车|投运|投入运营"
                       r"|投入运行)")


def node_event(goal: str) -> str | None:
    """"start" or "completion" where a quarter's goal is that event itself (or one of its steps is), else None."""
    return "start" if _says(_NODE_START, goal) else "completion" if _says(_NODE_END, goal) else None


def _says(event: re.Pattern, goal: str) -> bool:
    """A quarter's goal names the event itself, or one of its steps does ("手续办理、开工建设")."""
    return any(event.match(step) for step in norm(goal).split("、"))


def _dated_by(starts: list, completions: list, found: list[tuple[str | None, str | None]],
              by_years: list[tuple[Any, Any]] | None, cols: Columns, source: str) -> tuple[list, list, int]:
    """The start and completion ``found`` (quarterly nodes, a year's schedule in words) where no date
    column gives them, or only 建设起止年限 does (``by_years``, where given: a year, not its quarter), or the
    date column gives only the year the step falls in ("年内", "2024年": said at the cell, as the quarter the
    ``source`` names replaces the year's end), and how many that dated."""
    years = by_years or [(None, None)] * len(found)
    said = 0
    out = []
    for fld, cells, end in (("start", starts, 0), ("completion", completions, 1)):
        cells = list(cells)
        raw = cols.raw(fld) if cols.has(fld) else None
        for k, (cell, quarters, from_years) in enumerate(zip(cells, found, years)):
            q = quarters[end]
            if not q:
                continue
            if cell and not cell[0] and cell is not from_years[end] and raw is not None and _within(raw[k]):
                # "年内", "2024年度" in 计划开工 (the year it starts in) beside "二季度：开工": the finer word, said
                cols.report(k, fld, raw[k], f"只写到年，按{source}记入{Quarter.parse(q).label_zh}", "info")
                cells[k] = (q, None, cell[2], None)
            elif not (cell and cell[0]) or cell is from_years[end]:
                cells[k] = (q, None, None, None)
                said += 1
            elif cell[0] != q and cell[0][:4] == q[:4] and within_the_year(cell[1]):
                # "年内" in 计划开工 beside "二季度：开工": the plan's own finer word; the year's end would draw the
                # start in the fourth quarter and call the project on time until the year is out
                cols.report(k, fld, cell[1], f"只写到年，按{source}记入{Quarter.parse(q).label_zh}", "info")
                cells[k] = (q, None, cell[2], None)
        out.append(cells)
    return out[0], out[1], said


def _within(v: Any) -> bool:
    """A start's words naming the year's span ("年内", "2024年度"), not a bare year nor "2024年开工"."""
    return type(v) is str and within_the_year(v) and bool(re.search(r"内|度|全年", norm(v)))


def _node_milestones(cols: Columns, layout: Layout) -> list[tuple[str | None, str | None]] | None:
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


# a year's schedule in words: its steps apart ("3月开工，12月主体完工")
# (and "、" before a quarter: "一季度0.3万户、二季度0.6万户" lists each quarter's step)
_CLAUSES = re.compile(r"[，,；;。\n]+|、(?=第?[一二三四1-4]季度|[Qq][1-4])")

_YearPlan = tuple[dict[int, str], str | None, str | None, str | None]


def _year_plans(cols: Columns, layout: Layout) -> list[_YearPlan] | None:
    """The year's steps in one cell ("3月开工，12月主体完工"), for each row: see :func:`_year_plan`.
    A list repeats its cells ("年底完工", "续建"): each is read once."""
    if not cols.has("year_plan") or layout.year is None:
        return None
    year = layout.year
    return memo(lambda text: _year_plan(text, year), cols.text("year_plan"))


def timed_steps(text: str | None, year: int) -> dict[int, str]:
    """Each quarter's steps of a schedule in words ("一季度完成方案设计，二季度开工，四季度完工"), by the
    quarter of the plan's year: see :func:`_year_plan` (a task list's 进度安排 is written the same way)."""
    return _year_plan(text, year)[0]


def _year_plan(text: str | None, year: int) -> _YearPlan:
    """Each quarter's goal (its steps as written), the quarters a step says 开工 and 竣工 in, as
    quarterly nodes give them, and the nature a step alone says ("续建"). A cell naming no time is
    the year's goal, the fourth quarter's, as 年度目标 is."""
    goals: dict[int, str] = {}
    start = end = nature = None
    last: int | None = None  # the quarter of the step before, which a step with no time goes on (0: another year's)
    waiting: list[str] = []  # steps with no time before the first timed one: they lead up to it
    for clause in (c.strip() for c in _CLAUSES.split(text or "")):
        if not clause:
            continue
        q, step = leading_time(clause, year)
        if q is None:
            said = nature_word(clause, heading=False)
            nature = nature or said
            if said is None and last == 0:
                continue  # after a later year's step ("2025年6月竣工，完成验收"): that year's
            if said is None and last is not None:
                goals[last] = f"{goals[last]}，{clause}"  # "3月开工，完成桩基施工": the first quarter's too
            elif said is None:
                waiting.append(clause)  # "完成前期手续；四季度开工": before the fourth quarter's start
            continue
        if q.year != year:
            last = 0  # no quarter of this year's
        else:
            clause = "，".join([*waiting, clause])
            waiting = []
            goals[q.q] = f"{goals[q.q]}，{clause}" if q.q in goals else clause
            last = q.q
        if start is None and _says(_NODE_START, step):
            start = str(q)
        if end is None and _says(_NODE_END, step):
            end = str(q)
    if text and not goals and start is None and end is None and nature is None:
        goals = {4: text}
    elif waiting:  # steps with no time and none after them: the year's, by its end
        goals[4] = "，".join([goals[4], *waiting] if 4 in goals else waiting)
    return goals, start, end if end and (start is None or end >= start) else None, nature
