"""Which kind of table a sheet holds, and which year and quarter it is of: from what its headings name, its
title, and else the sheet's or the file's name ("2024年重点项目库导出.xlsx"); with several years in one table,
which columns are the table's year and which the year before.
"""
from __future__ import annotations

import re

from ..domain.schedule_words import PERIOD_END
from .cells import YEAR, norm, schedule_cell, split_unit
from .grid import Sheet, column_letter
from .headings import match_heading
from .layout import KINDS, NEEDED, Column, Layout
from .quarter_headings import is_quarter_field, quarter_figure, title_quarter

__all__ = ["guess_kind", "guess_year", "year_of", "is_a_plan", "running_quarter", "same_year", "period_in_title",
           "quarter_from_names", "year_from_names", "year_from_deadlines", "filed_month", "years_alone", "resolve_years"]


# Fields that say most about which kind a table is.
_SIGNATURE = {
    "indicator_results": {"status": 3, "actual": 2, "name": 1},
    "indicator_targets": {"target": 2, "binding": 2, "name": 1},
    "key_projects": {"total_investment": 3, "annual_investment": 3, "start": 2, "completion": 2, "span": 2,
                     "invested_before": 2, "owner": 2, "content": 2, "zone": 1, "area": 1},
    "measures": {"measure": 8, "section": 1},  # a 举措 column is in no other kind of table
}


def guess_kind(headers: list[str], title: str | None, lowest: list[str]) -> str:
    """The kind of table, from what its headings name; a heading under a group heading counts
    as itself too ("项目" under "项目基本情况", "开工" under "建设周期")."""
    scores = {}
    named = {k: {match_heading(k, h) for h in [*headers, *lowest] if h} for k in KINDS}
    for kind in KINDS:
        fields = set(named[kind])
        scores[kind] = sum(_SIGNATURE[kind].get(f, 0) for f in fields if f)
        if kind == "key_projects":  # a quarterly report: 一季度完成投资, 一季度形象进度
            # "一季度完成" in a table titled "…投资完成情况"
            fields |= {quarter_figure(norm(split_unit(YEAR.sub("", h))[0]), title) for h in headers if h}
            scores[kind] += 3 * sum(1 for f in fields if f and (is_quarter_field(f) or f.startswith("month_")))
    t = norm(title)
    if "measure" in named["measures"] and "项目" in t and not ("举措" in t or "任务" in t) and all(
            match_heading("key_projects", h) is not None for h in [*headers, *lowest]
            if h and match_heading("measures", h) == "measure"):
        # "年度任务" in a 重点项目 table is each project's task for the year, which the project's list reads: no sign of
        # a list of tasks (the list was read as tasks, its projects' names left out)
        scores["measures"] -= _SIGNATURE["measures"]["measure"]
    if "完成情况" in t or "执行情况" in t:
        scores["indicator_results"] += 4
    if "预期" in t or "建议" in t or ("目标" in t and "指标" in t and "完成" not in t):
        scores["indicator_targets"] += 4
    if "项目" in t:
        scores["key_projects"] += 3
    if "举措" in t or "任务" in t:
        scores["measures"] += 3
    heads = {norm(h) for h in headers}
    if any("项目名称" in h for h in heads):
        scores["key_projects"] += 3
    results = [match_heading("indicator_results", h) for h in headers if h]
    periods = sum(1 for f in results if f and f.startswith("period_m"))
    scores["indicator_results"] += 2 * min(periods, 2)  # 一季度 | 上半年 | …: a monitoring table
    if "growth" in results:  # 同比增长 beside a figure: what was reached
        scores["indicator_results"] += 1
    if not any(f in ("actual", "status") for f in results) and periods < 1:
        scores["indicator_results"] -= 2
    target_years = [year_of(h) for h in headers if h and match_heading("indicator_targets", h) == "target"]
    actual_years = [year_of(h) for h in headers if h and match_heading("indicator_results", h) == "actual"]
    if target_years and actual_years and None not in actual_years and max(actual_years) < max(
            (y for y in target_years if y), default=0):
        # "2023年实际 | 2024年计划": last year's figures beside this year's aims, a table of targets
        scores["indicator_targets"] += 5
    # a kind whose table would have no rows to read (no name column, no target column) is no candidate
    # while another has them: "目标任务 | 完成情况" under "…目标任务完成情况" is a review of measures
    readable = [k for k in KINDS if NEEDED[k] in named[k] or (k == "measures" and "measure" in named[k])]
    return max(readable or KINDS, key=lambda k: scores[k])


def year_of(header: str) -> int | None:
    m = YEAR.search(header)
    return int(m.group(1)) if m else None


def guess_year(layout: Layout, title: str | None, kind: str) -> int | None:
    cols = [c for c in [*layout.columns.values(), *layout.extra_columns] if c.year]
    t = norm(title)
    m = YEAR.search(t)
    titled = int(m.group(1)) if m else None
    if kind == "indicator_targets":
        targets = [c.year for c in cols if c.field == "target"]
        if targets:  # the title's year when it heads one of them ("2024年…" over 2024年目标 | 2025年展望)
            return titled if titled in targets else max(targets)
    elif kind == "indicator_results":
        years = [c.year for c in cols if c.field in ("target", "actual")]
        if years:
            return titled if titled in years else max(years)
    if titled:
        return titled
    # "截至2023年底累计完成投资" names the year before the table's
    years = [c.year + (c.field == "invested_before") for c in cols]
    return max(years) if years else None


_PLAN_TITLE = re.compile(r"计划|安排")

_REPORT_TITLE = re.compile(r"情况|完成|进展|执行|调度|报告|监测|通报|统计")


def same_year(col: Column, others: list[Column]) -> bool:
    """Columns of one year ("2023年完成值" beside "2024年1-9月完成" is last year's figure)."""
    return col.year is None or all(c.year in (None, col.year) for c in others)


def running_quarter(headers: list[str]) -> tuple[int, int] | None:
    """The quarter a report whose title names none is as of, from what was done by then: its
    "1-6月完成投资" (or "二季度完成投资") column, when no other quarter's figure of what was done is
    beside it. Its 项目进展, 存在问题 and 下步打算 are then that quarter's, as under a title "…二季度…"."""
    done = {int(f[1]): c for c, t in enumerate(headers) if t and (f := match_heading("key_projects", t))
            and is_quarter_field(f) and f.endswith(("_actual", "_to_date"))}
    return next(iter(done.items())) if len(done) == 1 else None


def is_a_plan(title: str | None) -> bool:
    """A title that sets out what is to be done ("…季度推进计划"), not what was ("…计划执行情况")."""
    t = norm(title or "")
    return bool(_PLAN_TITLE.search(t)) and not _REPORT_TITLE.search(t)


# the months a monitoring report's title covers: "2024年1-9月主要经济指标完成情况", "上半年…"
_TITLE_PERIOD = re.compile(r"(?<![\d-])(1\s*[-—–~～至]\s*(\d{1,2})\s*月|一季度|第一季度|上半年|前三季度)")


def period_in_title(layout: Layout) -> None:
    """A monitoring report titled by its months ("2024年1-9月…完成情况") with a plain 完成 column: the
    figures are the months' totals, not the year's; kept as such, as a "1-9月" column is (they were
    held against the year's targets as the year's actuals)."""
    actual = layout.columns.get("actual")
    m = _TITLE_PERIOD.search(norm(layout.title or ""))
    if actual is None or m is None or any(f.startswith("period_m") for f in layout.columns) \
            or re.search(r"全年|年度|预计", actual.header):
        return
    month = PERIOD_END.get(m.group(1)) or int(m.group(2))
    if not 1 <= month < 12:
        return
    word = m.group(1) if m.group(2) is None else f"1-{month}月"
    del layout.columns["actual"]
    layout.columns[f"period_m{month:02d}"] = Column(f"period_m{month:02d}", actual.index, actual.header, actual.year,
                                                   actual.unit, actual.scale)
    layout.title_period = word
    layout.notes.append(f"表题是{word}的：第{column_letter(actual.index)}列“{actual.header}”作为{word}的累计数导入"
                        "（注明期间，不是全年的）")


_Q_NAME = re.compile(r"(?:^|\d{4}\s*[-_年]?\s*)Q([1-4])$", re.I)  # a sheet named "Q2", "2024Q2", "2024-Q2"


def _q_name(name: str) -> int | None:
    m = _Q_NAME.search(norm(name))
    return int(m.group(1)) if m else None


_NAMED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _sheet_and_file_names(sheet_name: str, file_name: str | None) -> list[tuple[str, str]]:
    """The sheet's name, then the file's without its suffix, each with how a note calls it (a CSV's
    sheet is named after its file: the file's name, said so)."""
    stem = file_name.rsplit(".", 1)[0] if file_name else None
    return [(name, "文件名" if name == stem else where)
            for name, where in ((sheet_name, "工作表名"), (stem, "文件名")) if name]


def quarter_from_names(layout: Layout, sheet_name: str, file_name: str | None) -> int | None:
    """The quarter a report's sheet ("二季度", a workbook with a sheet per quarter) or else its file
    ("2024年二季度重点项目推进情况.xlsx") names, when its title names none; said as a note."""
    for name, where in _sheet_and_file_names(sheet_name, file_name):
        quarter = (title_quarter(name) or _q_name(name)) if len(norm(name)) <= 40 else None
        if quarter is not None:
            layout.notes.append(f"表题没有写季度，按{where}“{name}”作为{'一二三四'[quarter - 1]}季度的报表")
            return quarter
    return None


# when a report was filled in (the month before, if early in a month), or the day its figures run to
_FILED = {"填报日期", "填报时间", "填表日期", "填表时间", "报送日期", "报送时间", "上报日期", "上报时间"}
_CUT_OFF = {"统计截止日期", "统计截止时间", "数据截止日期", "数据截止时间", "截止日期", "截至日期", "统计日期", "数据日期"}


def filed_month(sheet: Sheet, layout: Layout, headers: list[str], shown: list[str],
                 title: str | None) -> tuple[int, int, int] | None:
    """(year, month, column) a project system's report runs to, by its "填报日期" column when the title names no quarter:
    filed on 5 July, June's (the month before, for a day up to the 15th); "统计截止日期 2024-06-30", June's. Every row
    must give one month, and it must fall in the title's year if the title names one; said as a note."""
    for c, text in enumerate(headers):
        base = norm(split_unit(text or "")[0])
        if base not in _FILED and base not in _CUT_OFF:
            continue
        months, first = set(), None
        for r in range(layout.data_start, min(sheet.height, layout.data_start + 2000)):
            v = sheet.cell(r, c)
            if v in (None, ""):
                continue
            cell, _ = schedule_cell(v, None)  # a day as the date columns read it ("2024-07-05", a date cell, …)
            if cell is None or cell.date is None:
                continue
            day = (cell.date.year, cell.date.month, cell.date.day)
            year, month = day[:2]
            if base in _FILED and day[2] <= 15:
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            months.add((year, month))
            first = first or day
        titled = YEAR.search(norm(title or ""))
        if len(months) != 1 or titled and int(titled.group(1)) != next(iter(months))[0]:
            return None
        (year, month), = months
        said = f"{'表题没有写季度' if titled else '表题没有写年度和季度'}，按第{column_letter(c)}列“{shown[c]}”"
        layout.notes.append(f"{said}（{first[0]}-{first[1]:02d}-{first[2]:02d}）作为{year}年截至{month}月底的报表")
        return year, month, c
    return None


def year_from_names(layout: Layout, sheet_name: str, file_name: str | None) -> None:
    """The one year a sheet's name, or else the file's, names: an export from a project
    database has no title ("2024年重点项目库导出.xlsx"), a workbook may hold a sheet per year."""
    for name, where in _sheet_and_file_names(sheet_name, file_name):
        years = set(_NAMED_YEAR.findall(norm(name)))
        if len(years) == 1:  # "2023年完成情况及2024年目标.xlsx" names two: no guess
            layout.year = int(years.pop())
            layout.notes.append(f"标题和表头中没有年度，按{where}“{name}”取{layout.year}年；如不对，请在“年度”中选择")
            return
        if years:
            return


_DATED = re.compile(r"((?:19|20)\d{2})\s*(?:年|[-/.](?=\s*\d))")  # "2024-12-31", "2024年6月", "2024.6"


def year_from_deadlines(sheet: Sheet, layout: Layout) -> None:
    """A task list with no year anywhere (a 督查 system's export: no title, "截止时间" dates): the one year every dated
    deadline falls in, said. Deadlines in two years (a task due next year) give no guess."""
    col = layout.columns.get("quarter")
    if col is None:
        return
    years, dated = set(), 0
    for r in range(layout.data_start, min(sheet.height, layout.data_start + 500)):
        v = sheet.cell(r, col.index)
        if hasattr(v, "year"):  # a date cell
            years.add(v.year)
        elif type(v) is str and (found := _DATED.findall(norm(v))):
            years.update(int(y) for y in found)
        else:
            continue
        dated += 1
    if len(years) == 1 and dated >= 2:
        layout.year = years.pop()
        layout.notes.append(f"标题和表头中没有年度，按第{column_letter(col.index)}列“{col.header}”所写的日期（都在"
                            f"{layout.year}年）取{layout.year}年；如不对，请在“年度”中选择")


def years_alone(layout: Layout, bare_years: list[tuple[int, str, int]]) -> None:
    """"指标 | 单位 | 2022年 | 2023年 | 2024年" under a title naming the table's year: the table's
    year is its target (a 附件2) or its figure reached (a 附件1), an earlier year's its figure
    reached (the latest of them the previous year's); a later year has no field."""
    earlier = [y for _, _, y in bare_years if layout.year is not None and y < layout.year]
    for c, said, col_year in bare_years:
        if earlier and col_year < max(earlier):
            layout.notes.append(f"第{column_letter(c)}列“{said}”是更早年份的数，未导入（只导入上一年的）")
            continue
        if layout.year is None or col_year > layout.year:
            fld = None
        elif col_year < layout.year:
            fld = "actual"  # made the previous year's below
        else:
            fld = "target" if layout.kind == "indicator_targets" else "actual"
        if fld is None or fld in layout.columns and layout.columns[fld].year == col_year:
            layout.notes.append(f"第{column_letter(c)}列“{said}”没有对应的字段，未导入")
            continue
        col = Column(fld, c, said, col_year)
        if fld in layout.columns:
            layout.extra_columns.append(col)
        else:
            layout.columns[fld] = col
        what = "目标" if fld == "target" else "完成值"
        layout.notes.append(f"第{column_letter(c)}列“{said}”只写了年份，作为{col_year}年的{what}导入")


def resolve_years(layout: Layout) -> None:
    """With several years in one table, keep the table's year in the main
    columns; an earlier year's actual is the previous actual."""
    year = layout.year
    if year is None:
        return
    pool = [*layout.columns.values(), *layout.extra_columns]
    main: dict[str, Column] = {}
    extra: list[Column] = []
    for col in pool:
        estimated = (layout.kind == "indicator_targets" and col.field == "growth" and col.year is None
                     and "预计" in norm(col.header))  # "预计增长" beside 2023年预计完成: last year's estimate's
        if col.field in ("actual", "growth") and col.year is not None and col.year < year - 1 and not any(
                c.field == col.field and c.year == year - 1 for c in pool):
            # 2023年预计 in a table taken as 2025's: no figure of the year before it, and not to be shown as one
            extra.append(col)
            layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”是{col.year}年的，不是上一年（{year - 1}年）的，"
                                "未导入")
            continue
        if col.field in ("actual", "growth") and (col.year is not None and col.year < year or estimated):
            earlier = f"previous_{col.field}"  # 2023年完成 | 2023年增长 in a 2024 table: last year's
            held = main.get(earlier)
            if held is None or held.year is not None and col.year is not None and col.year > held.year:
                # the latest year before the table's: 2023 of "2021年 | 2022年 | 2023年" in a 2024 table
                if held is not None:
                    extra.append(Column(col.field, held.index, held.header, held.year, held.unit))
                main[earlier] = Column(earlier, col.index, col.header, col.year, col.unit)
                continue
        if col.field in ("target", "annual_investment", "status") and col.year is not None and col.year != year:
            # "2020年目标值" in a table taken as 2021's is no target of 2021 (said below), and "2023年" over "完成情况"
            # in a table of 2024's targets no standing of 2024's (the year's indicators were "完成" before it began)
            extra.append(col)
            continue
        current = main.get(col.field)
        if current is None:
            main[col.field] = col
        elif current.year != year and col.year == year:
            extra.append(current)
            main[col.field] = col
        else:
            extra.append(col)
    layout.columns = main
    layout.extra_columns = extra
    for col in sorted(extra, key=lambda c: c.index):
        if col.year is not None and (col.year > year and col.field in ("actual", "growth")
                                     or col.year != year and col.field in ("target", "annual_investment", "status")):
            # "2024年目标 | 2025年目标" under "2024—2025年目标", a 滚动计划's 2025年计划投资: the other year's
            # column was dropped unsaid
            layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”是{col.year}年的，本表按{year}年导入，"
                                f"此列未导入（要导入{col.year}年的，请把年度选为{col.year}）")
