"""A key project's figures beyond its columns of one value: the quarters' and months' investment and progress,
and the checks of what no project can be (a year's plan above its total, quarters not adding up to the year,
a figure most likely typed in 万元 under a 亿元 heading, a package's parts counted beside it)."""
from __future__ import annotations

import re
from datetime import date
from operator import itemgetter
from typing import Any

from ..domain.target import figure_text, plain_number
from .cells import NO_DATE, PART_NUMBER
from .grid import cell_text
from .layout import Layout
from .project_columns import Columns
from .table import Problem, pace_words
from .zones import area_word, level_word, names_a_group, nature_word, zone_word

__all__ = ["check_figures", "check_quarters_add_up", "year_from_quarters", "package_parts", "package_spans", "package_parts_left_out",
           "quarter_values", "month_values"]


# 亿元: more than the largest projects a city plans (a metro line is a few hundred); a figure above
# it was most likely typed in 万元 under a 亿元 heading
_LARGEST_PROJECT = 3000

# 亿元: 1,000,000 yuan, less than any project a district lists as key; a figure below it was most
# likely typed in 亿元 under a 万元 heading (12.5 read as 12.5 万元)
_SMALLEST_PROJECT = 0.01

# 亿元 in one quarter of one project: a year's whole plan of key projects in a district is a few hundred (渝中
# 2024: 184.8); a quarter's figure above it, with no total to compare, was most likely typed in 万元
_LARGEST_QUARTER = 300


def check_figures(cols: Columns, totals: list, annuals: list, starts: list, completions: list,
                   before: list) -> None:
    """What no project can be: a year's investment above its total (万元 typed in a 亿元
    column, most often), more invested before the year than in all, a completion before its start."""
    typed = cols.raw("total_investment")  # the cell as the file has it, for the message
    for k, (total, annual) in enumerate(zip(totals, annuals)):
        if total is not None and annual is not None and annual > total > 0:
            cols.report(k, "annual_investment", annual, f"年度计划投资（{plain_number(annual)}亿元）大于总投资"
                        f"（{plain_number(total)}亿元）；请核对单位是亿元还是万元", "warning")
        elif total is not None and total > _LARGEST_PROJECT:
            cols.report(k, "total_investment", typed[k], f"总投资 {figure_text(total, 6)} 亿元，远超一般重点项目；"
                        "请核对单位是亿元还是万元", "warning")
        elif total is not None and 0 < total < _SMALLEST_PROJECT:
            cols.report(k, "total_investment", typed[k], f"总投资 {plain_number(total)} 亿元（{plain_number(round(total * 1e4, 4))}"
                        "万元），远低于一般重点项目；请核对单位是万元还是亿元", "warning")
    for k, (total, invested) in enumerate(zip(totals, before)):
        if total is not None and invested is not None and invested > total * 1.001 > 0:
            cols.report(k, "invested_before", invested, f"截至上年底累计完成投资（{plain_number(invested)}亿元）"
                        f"大于总投资（{plain_number(total)}亿元）；请核对", "warning")
    for k, (start, end) in enumerate(zip(starts, completions)):
        if start and end and start[0] and end[0] and end[0] < start[0]:
            cols.report(k, "completion", end[1] or end[0], f"完工（{end[0]}）早于开工（{start[0]}）")
    for fld, figures in (("total_investment", totals), ("annual_investment", annuals), ("invested_before", before)):
        if min(filter(None, figures), default=0) < 0:  # "-5": the edit refuses it; the import took it unsaid (in C)
            cells = cols.raw(fld)
            for k, v in enumerate(figures):
                if v is not None and v < 0:
                    cols.report(k, fld, cells[k], "投资不能为负数")
    if cols.layout.year:
        _far_years(cols, cols.layout.year, (("start", starts), ("completion", completions)))


# years from the plan's: a key project started decades before (a 续建 of 1998) or finishing a dozen years on (a metro
# line) is real; "2099", "2204" or "1024" beyond them is a typing slip the timeline would stretch to
_YEARS_BEFORE, _YEARS_AFTER = 30, 15


def _far_years(cols: Columns, year: int, schedules: tuple) -> None:
    for fld, cells in schedules:
        quarters = set(map(itemgetter(0), filter(None, cells)))  # (50,000 cells, a few dozen quarters; in C)
        far = {q for q in quarters if q and not year - _YEARS_BEFORE <= int(q[:4]) <= year + _YEARS_AFTER}
        for k, cell in enumerate(cells) if far else ():
            if cell and cell[0] in far:
                what = "开工" if fld == "start" else "完工"
                cols.report(k, fld if cols.has(fld) else None, cell[1] or cell[0],
                            f"{what}时间在{cell[0][:4]}年，离{year}年计划过远：请核对是否笔误", "warning")


def check_quarters_add_up(cols: Columns, year: int, records: list[tuple[int, dict[str, Any]]]) -> None:
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


def year_from_quarters(cols: Columns, year: int, records: list[tuple[int, dict[str, Any]]]) -> None:
    """A list giving each quarter's planned investment and no 年度计划投资 column ("一季度计划投资" … "四季度计划投资",
    a month a column, a row a quarter with no 全年 row): the year's plan is its quarters' sum (a quarter left blank
    plans nothing), said once for the table. It fills only a project whose entry holds no year's figure
    ("annual_from_quarters", the store's to respect): the planner's own figure is never overwritten by a sum."""
    layout = cols.layout
    if "annual_investment" in layout.columns:
        return
    covered = {int(f[1]) for f in layout.columns if f[0] == "q" and f.endswith("_planned")}
    covered |= {(int(f[6:8]) + 2) // 3 for f in layout.columns if f.startswith("month_") and f.endswith("_planned")}
    if covered != {1, 2, 3, 4}:
        return  # some quarters only: not the whole year's plan
    n = 0
    for _k, rec in records:
        quarters = rec.get("quarters") or {}
        planned = [v for q in range(1, 5) if (v := (quarters.get(f"{year}Q{q}") or {}).get("planned")) is not None]
        if planned and rec.get("annual_investment") is None:
            rec["annual_investment"], rec["annual_from_quarters"] = round(sum(planned), 6), True
            n += 1
    if n:
        cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                         f"表中没有年度计划投资列：{n}个项目的年度计划投资按四个季度计划投资合计导入；"
                                         "已有项目原有的年度计划投资不变", "info")))


def _quarter_unlikely(v: float, rec: dict[str, Any]) -> str | None:
    """Why a quarter's investment ``v`` (亿元) is most likely in the wrong unit, or None: "3000" typed from a
    unit's report in 万元 into the form's 亿元 column stood as 3000 亿元, unsaid."""
    total, annual = rec.get("total_investment"), rec.get("annual_investment")
    if total and total > 0 and v > total * 1.001:
        return (f"一个季度的投资 {figure_text(v, 6)} 亿元，大于总投资（{plain_number(total)}亿元）；"
                "请核对单位是亿元还是万元")
    if annual and annual > 0 and v > annual * 10:
        return (f"一个季度的投资 {figure_text(v, 6)} 亿元，是年度计划投资（{plain_number(annual)}亿元）的十倍以上；"
                "请核对单位是亿元还是万元")
    if not total and v > _LARGEST_QUARTER:
        return f"一个季度的投资 {figure_text(v, 6)} 亿元，远超一般重点项目；请核对单位是亿元还是万元"
    return None


def package_parts(cols: Columns, names: list[str | None]) -> tuple[dict[int, int], dict[int, int]]:
    """"1 城市更新打包项目" then "1.1 甲片区更新", "1.2 …": the parts of a package project, which the list counts
    once (as the plan's 65 projects do), each part's row → its package's. Under a heading numbered 1 ("1 | 东部片区
    （2个） | 300", no project), "1.1" is a project of its own: the second answer, each such row → its heading's."""
    if not cols.has("seq"):
        return {}, {}
    raw = cols.raw("seq")
    if not any(type(v) is float and not v.is_integer() or type(v) is str and PART_NUMBER.search(v) for v in raw):
        return {}, {}  # the usual list: 1, 2, 3 …
    seqs = [cell_text(v).strip() if v not in (None, "") else "" for v in raw]
    listed = [k for k in range(cols.n) if not cols.dropped[k] and not cols.bad[k]]
    projects = {seqs[k]: k for k in listed if seqs[k]}
    parts: dict[int, int] = {}
    headed: dict[int, int] = {}
    for k in listed:
        m = PART_NUMBER.fullmatch(seqs[k])
        parent = projects.get(m.group(1)) if m else None
        if parent is None or parent >= k:
            continue
        (headed if names_a_group(names[parent] or "") else parts)[k] = parent
    return parts, headed


def package_spans(cols: Columns, parts: dict[int, int], names: list[str | None], starts: list,
                  completions: list) -> dict[int, list[str]]:
    """A package with no dates of its own runs from its parts' first start to their last completion (it had none,
    and was left off the timeline and out of the quarter's starts, its parts not being imported). The package's
    row → the ends so taken ("planned_start", "planned_completion"), for the store to fill only where empty."""
    taken: dict[int, list[str]] = {}
    by_package: dict[int, list[int]] = {}
    for part, package in parts.items():
        by_package.setdefault(package, []).append(part)
    for package, its in by_package.items():
        for ends, pick, end, word, which in ((starts, min, "planned_start", "开工", "最早"),
                                             (completions, max, "planned_completion", "完工", "最晚")):
            own = ends[package]
            if own and (own[0] or own[1]):
                continue
            quarters = [ends[k][0] for k in its if ends[k] and ends[k][0]]
            if quarters:
                q = pick(quarters, key=lambda t: (int(t[:4]), int(t[-1])))
                ends[package] = (q, None, None, None)
                taken.setdefault(package, []).append(end)
                cols.report(package, "name", names[package], f"打包项目没有写{word}时间：取其子项目{which}的{word}，"
                                                             f"{q[:4]}年{'一二三四'[int(q[-1]) - 1]}季度", "info")
    return taken


def package_parts_left_out(cols: Columns, records: list[tuple[int, dict[str, Any]]], sheet_rows: list[int],
                           parts: dict[int, int], headed: dict[int, int]) -> list[tuple[int, dict[str, Any]]]:
    """The records of a list with package projects (:func:`package_parts`): each part said and left out (it was
    imported beside its package and its investment counted twice); a project under a numbered heading kept, with
    the zone, area, nature and level the heading names, the heading said and left out."""
    if not parts and not headed:
        return records
    by_row = dict(records)
    if parts:
        _package_figures(cols, by_row, parts)
    kept = []
    for k, record in records:
        if k in parts:
            cols.report(k, "seq", cell_text(cols.raw("seq")[k]).strip(),
                        f"是第{sheet_rows[parts[k]]}行打包项目“{by_row[parts[k]]['name']}”的子项目，"
                        "按打包项目计入，未单独导入", "info")
            continue
        if k in headed:
            above = by_row[headed[k]]["name"]
            for fld, word in (("zone", zone_word), ("area", area_word), ("nature", nature_word), ("level", level_word)):
                record[fld] = record[fld] or word(above)
        kept.append((k, record))
    headings = set(headed.values())
    for k in headings:
        cols.report(k, "name", by_row[k]["name"], "分类小计行，未导入", "info")
    return [(k, r) for k, r in kept if k not in headings]


# a package's figures its parts give where its own row gives none: the field → its words in the message
_SUMMED = (("total_investment", "总投资"), ("annual_investment", "年度计划投资"), ("invested_before", "以前年度累计完成投资"))


def _package_figures(cols: Columns, by_row: dict[int, dict[str, Any]], parts: dict[int, int]) -> None:
    """A package whose own row leaves its investment blank, the figures on its parts' rows: the package's are its
    parts' sums (the parts are not imported, so their investment was counted nowhere: "按打包项目计入" said, and the
    package had none). Each said on the package's row; "figures_from_parts" lists them for the store, which fills
    only what the project does not hold, as it does a package's dates taken from its parts."""
    by_package: dict[int, list[dict[str, Any]]] = {}
    for part, package in parts.items():
        by_package.setdefault(package, []).append(by_row[part])
    for package, its in by_package.items():
        rec, taken = by_row[package], []
        for fld, word in _SUMMED:
            given = [p[fld] for p in its if p.get(fld) is not None]
            if rec.get(fld) is None and given:
                rec[fld] = round(sum(given), 6)
                taken.append(fld)
                cols.report(package, fld, "", f"打包项目没有写{word}：取其{len(given)}个子项目的合计，"
                                              f"{plain_number(rec[fld])}亿元", "info")
        own = [v for q in (rec.get("quarters") or {}).values() for v in (q.get("planned"), q.get("actual"))
               if v is not None]
        summed: dict[str, dict[str, Any]] = {}
        for p in its:
            for q, values in (p.get("quarters") or {}).items():
                for part in ("planned", "actual"):
                    if values.get(part) is not None:
                        into = summed.setdefault(q, {"planned": None, "actual": None, "progress": None})
                        into[part] = round((into[part] or 0) + values[part], 6)
        if summed and not own:
            quarters = rec.setdefault("quarters", {})
            for q, values in summed.items():
                quarters.setdefault(q, {"planned": None, "actual": None, "progress": None}).update(
                    planned=values["planned"], actual=values["actual"])
            taken.append("quarters")
            cols.report(package, "name", rec["name"], "打包项目没有写各季度投资：取其子项目各季度的合计", "info")
        if taken:
            rec["figures_from_parts"] = taken


_BARE_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def quarter_values(cols: Columns, layout: Layout, fields: list[str],
                    records: list[tuple[int, dict[str, Any]]]) -> None:
    """Each record's ``quarters``: {"2024Q1": {"planned", "actual", "progress"[, "goal"]}}
    from the quarter columns (亿元; the column's own year, else the table's).
    A running total ("1-6月完成投资") comes as ``to_date`` of its last quarter:
    the quarter's own figure needs the earlier quarters, which the store has. Beside a column of the quarter's
    own figure ("三季度 | 累计") it only checks it: a blank or "—" there is no figure for the quarter, not the
    whole total (a project done by June that reports nothing in the third quarter was given all of it)."""
    own_column = {f[:2] for f in fields if f.endswith("_actual")}
    values = {}
    words = ("_progress", "_goal", "_issues", "_asks", "_next", "_lag", "_pace", "_light", "_remedy", "_due")
    for f in fields:
        values[f] = cols.text(f) if f.endswith(words) else cols.numbers(f)
        if f.endswith(words):  # "—" in a quarter with nothing planned says nothing
            values[f] = [None if v is not None and v in NO_DATE else v for v in values[f]]
        if f.endswith("_due"):  # a problem's deadline as a date cell: the day as a planner writes it
            values[f] = [_day(r) if isinstance(r, date) else v for v, r in zip(values[f], cols.raw(f))]
        if f.endswith("_pace"):  # 是 / 否 under "是否达到序时进度" (or "是否滞后"), in the words of the pace, as a task's
            header = layout.columns[f].header or ""
            values[f] = [pace_words(v, header) if v else v for v in values[f]]
        if f.endswith("_progress") and layout.columns[f].unit in ("%", "％"):
            # "形象进度（%）": a bare 30 is 30%, as "65%" beside it says (on the timeline "30" said nothing)
            values[f] = [f"{v}%" if v is not None and _BARE_FIGURE.fullmatch(v) else v for v in values[f]]
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
            if type(v) is float and (why := _quarter_unlikely(v, rec)):
                cols.report(k, f, cols.raw(f)[k], why, "warning")
        for key, q in quarters.items():
            _with_remarks(q)
            if q.get("actual") is None and f"q{key[-1]}" in own_column:
                q.pop("to_date", None)
        rec["quarters"] = quarters
    if layout.year is None and not any(c.year for f, c in layout.columns.items() if f in fields):
        cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                         "季度列没有年度，未导入季度投资；请指定年度", "warning")))


def _with_remarks(quarter: dict[str, Any]) -> None:
    """存在问题 and 下步工作打算 beside a quarter's 形象进度 are kept with it, in one note: "主体结构施工；
    存在问题：征地拆迁进度慢；下步打算：加快征拆" (they were columns with no field, dropped); so are whether it keeps
    pace ("未达时序进度"), the office's light on it ("亮灯：红灯"), why it is behind ("滞后原因：征地拆迁滞后") and how a
    problem is to be solved and by when ("存在问题：征地拆迁滞后（解决时限：2024年6月底）；解决措施：加快征收")."""
    issues, following = quarter.pop("issues", None), quarter.pop("next", None)
    pace, lag, asks = quarter.pop("pace", None), quarter.pop("lag", None), quarter.pop("asks", None)
    light, remedy, due = quarter.pop("light", None), quarter.pop("remedy", None), quarter.pop("due", None)
    if issues and due:
        issues = f"{issues}（解决时限：{due}）"
    if issues or following or pace or lag or asks or light or remedy:
        said = [quarter["progress"], pace, light and f"亮灯：{light}", lag and f"滞后原因：{lag}",
                issues and f"存在问题：{issues}", remedy and f"解决措施：{remedy}", asks and f"需协调：{asks}",
                following and f"下步打算：{following}"]
        quarter["progress"] = "；".join(s for s in said if s)


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def month_values(cols: Columns, layout: Layout, records: list[tuple[int, dict[str, Any]]]) -> None:
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
